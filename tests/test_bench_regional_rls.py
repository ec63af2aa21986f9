"""The regional benchmark's `--rls` run: as each role, through the proxy, with row-level
security on; a role's figures leave out what the server refuses it."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"


def _bench() -> ModuleType:
    sys.path.insert(0, str(BENCHMARKS))  # its helpers (regional, pg_server) sit beside it
    spec = importlib.util.spec_from_file_location(
        "bench_regional", BENCHMARKS / "bench_regional.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_regional"] = module  # its dataclasses look themselves up there
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
@pytest.mark.postgres
def test_regional_benchmark_runs_as_each_role(tmp_path: Path) -> None:
    bench = _bench()
    if bench.pg_bindir() is None:
        pytest.skip("PostgreSQL binaries are not installed")
    results = bench.run_all(
        tmp_path,
        teams=6,
        delays=(0,),
        only={"team_list", "overview", "save_rating"},
        sqlite=False,
        rls=("ambassador", "team_lead", "steering"),
    )
    assert "regional_pg_0ms_save_rating_rls_ambassador" in results
    assert "regional_pg_0ms_save_rating_rls_steering" not in results  # refused to it
    for role in ("ambassador", "team_lead", "steering"):
        metric = results[f"regional_pg_0ms_overview_rls_{role}"]
        assert metric["statements"] == results["regional_pg_0ms_overview"]["statements"]
        assert metric["value"] > 0
