"""The export_ui_block benchmark still drives the real export path (it broke silently once)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "benchmarks" / "bench_report_ui.py"


def test_export_ui_block_benchmark_runs(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("bench_report_ui", BENCH)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    metric = module.metrics(tmp_path)["export_ui_block"]
    assert set(metric) >= {"value", "unit", "floor", "ratio", "target"}
    assert metric["unit"] == "ms" and metric["value"] >= 0
    assert metric["export_wall_ms"] > 0
