"""The overview-table benchmark runs at full size and reports its metric in the common shape."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "benchmarks" / "bench_overview_ui.py"


@pytest.mark.slow
def test_overview_model_sort_metric(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("bench_overview_ui", BENCH)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    results = module.metrics(tmp_path)
    assert set(results) == {"overview_model_sort"}
    metric = results["overview_model_sort"]
    assert {"value", "unit", "floor", "ratio", "target"} <= set(metric)
    assert metric["unit"] == "ms" and metric["rows"] == 200
    assert 0 < metric["value"] <= metric["target"]
