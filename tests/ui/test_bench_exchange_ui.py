"""The exchange_ui_block benchmark drives the real import path of the app (a bundle made by
the core, the family's import, the preview, Apply), here on a small bundle."""

from __future__ import annotations

import importlib.util
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "benchmarks" / "bench_exchange_ui.py"


def test_exchange_ui_block_benchmark_runs(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("bench_exchange_ui", BENCH)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    found = module.metrics(tmp_path, teams=4, periods=5)
    block, preview = found["exchange_ui_block"], found["exchange_ui_preview"]
    assert block["reviews"] == 20 and block["unit"] == "ms"
    assert block["value"] >= 0 and block["floor"] >= 0
    assert preview["new_preview_s"] > 0 and preview["again_preview_s"] > 0
    assert preview["apply_s"] > 0  # the first import wrote; the second had nothing to apply
