"""The comparison benchmark at full size: it runs, and its database scores right."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest
from analysis_data import same_as_scoring

from ipsfidelity.analysis import overview, sort_rows, trend

BENCH = Path(__file__).resolve().parent.parent / "benchmarks" / "bench_queries.py"


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_queries", BENCH)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
def test_metrics_report_every_metric(tmp_path: Path) -> None:
    results = _bench().metrics(tmp_path)
    assert set(results) == {"trend_query", "overview_query", "overview_sort"}
    for metric in results.values():
        assert {"value", "unit", "floor", "ratio", "target"} <= set(metric)
        assert metric["unit"] == "ms" and metric["value"] > 0 and metric["floor"] > 0


@pytest.mark.slow
def test_regional_scale_overview_matches_scoring(tmp_path: Path) -> None:
    store = _bench().build_database(str(tmp_path / "region.sqlite3"))
    try:
        rows = overview(store)
        assert len(rows) == 200
        for row in rows:
            assert row.score is not None and row.period == "2026-Q4"
            same_as_scoring(row.score, store.score(row.score.id))
        history = trend(store, rows[17].team_id)
        assert len(history) == 20 and history[-1] == rows[17].score
        worst_first = sort_rows(rows, "overall")
        assert worst_first[0].overall == min(r.overall for r in rows if r.overall is not None)
    finally:
        store.close()
