"""SQL aggregates equal `score_assessment` for every assessment, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from pathlib import Path

import pytest
from analysis_data import doc, install_second_pack, random_doc, same_as_scoring, team_dict
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import ipsfidelity.instrument as instrument
from ipsfidelity.analysis import overview, trend
from ipsfidelity.demo import fill_demo
from ipsfidelity.exchange import import_documents
from ipsfidelity.instrument import NOT_RATED, default_pack, get_pack
from ipsfidelity.store import Store
from ipsfidelity.store.aggregates import pack_plan


def check_every_assessment(store: Store) -> int:
    """Compare trend() for every team and overview() with scoring; return how many."""
    checked = 0
    latest = {r.team_id: r.score for r in overview(store)}
    for team in store.list_teams():
        history = trend(store, team.id)
        ids = [a.id for a in store.list_assessments(team.id)]
        assert sorted(s.id for s in history) == sorted(ids)
        for agg in history:
            same_as_scoring(agg, store.score(agg.id))
            checked += 1
        assert (latest[team.id] is None) == (not history)
        if history:
            assert latest[team.id] == history[-1]
    return checked


def test_demo_data_scores_match(any_store: Store) -> None:
    fill_demo(any_store)
    assert check_every_assessment(any_store) == 16


def test_random_data_scores_match(any_store: Store) -> None:
    rng = random.Random(20261122)
    pack = default_pack()
    docs = []
    for t in range(30):
        team = team_dict(f"IPS Tilfældig {t:02d}")
        for q in range(rng.randint(0, 5)):
            date = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randint(0, 700))
            docs.append(("test", random_doc(rng, pack, team, date, key=f"{q}")))
    import_documents(any_store, docs)
    assert check_every_assessment(any_store) == len(docs)


def test_caseload_boundaries_are_exact(any_store: Store) -> None:
    """6 IPS cases at 0.3 FTE is exactly 20 (ok), which float SQL would call 20.000000000000004."""
    pack = default_pack()
    all_met = [{"element": e, "rating": "met"} for e in pack.element_ids]
    cases = {
        "ok": {"fte": 0.3, "ips_cases": 6, "other_cases": 0},
        "warning": {"fte": 1.0, "ips_cases": 24, "other_cases": 0},
        "over": {"fte": 0.5, "ips_cases": 13, "other_cases": 0},
        # Seed 004: 10 IPS cases allow at most 20 other cases (pack version 2).
        "mixed ok": {"fte": 1.0, "ips_cases": 10, "other_cases": 20},
        "mixed over": {"fte": 1.0, "ips_cases": 10, "other_cases": 21},
    }
    docs = [
        (
            "test",
            doc(
                pack,
                team_dict(f"IPS {status}"),
                dt.date(2026, 11, 2),
                all_met,
                [{"consultant": "K", **entry}],
                key="x",
            ),
        )
        for status, entry in cases.items()
    ]
    import_documents(any_store, docs)
    by_team = {r.team: r for r in overview(any_store)}
    assert {name: r.caseload for name, r in by_team.items()} == {
        "IPS ok": "ok",
        "IPS warning": "warning",
        "IPS over": "over",
        "IPS mixed ok": "ok",
        "IPS mixed over": "over",
    }
    assert by_team["IPS ok"].verdict == "meets"
    assert by_team["IPS over"].verdict == "does_not_meet"
    check_every_assessment(any_store)


def test_unrated_and_empty_assessments(any_store: Store) -> None:
    pack = default_pack()
    team = any_store.create_team("IPS Tom")
    empty = any_store.create_assessment(team.id, dt.date(2026, 1, 5))
    some = any_store.create_assessment(team.id, dt.date(2026, 4, 5))
    any_store.set_rating(some.id, "P1.1", "partial")
    any_store.set_rating(some.id, "P1.2", NOT_RATED)
    any_store.set_rating(some.id, "P2.1", "met")
    history = trend(any_store, team.id)
    assert [s.id for s in history] == [empty.id, some.id]
    assert history[0].overall is None
    assert set(history[0].principles.values()) == {None}
    assert history[0].verdict == "incomplete"
    assert history[1].principles["P1"] == 50.0 and history[1].principles["P2"] == 100.0
    assert history[1].rated == 2 and history[1].elements == len(pack.element_ids)
    assert history[1].verdict == "does_not_meet"
    check_every_assessment(any_store)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    ratings=st.lists(
        st.sampled_from(["met", "partial", "not_met", NOT_RATED, None]), min_size=14, max_size=14
    ),
    caseload=st.lists(
        st.tuples(
            st.sampled_from([1.0, 0.5, 0.3, 0.25, 0.1]), st.integers(0, 30), st.integers(0, 40)
        ),
        max_size=3,
    ),
)
def test_property_scores_match(store: Store, ratings: list[str | None], caseload: list) -> None:
    pack = default_pack()
    team = team_dict(f"IPS H {len(store.list_teams())}")
    rated = [
        {"element": e, "rating": r}
        for e, r in zip(pack.element_ids, ratings, strict=True)
        if r is not None
    ]
    entries = [
        {"consultant": f"K{i}", "fte": f, "ips_cases": a, "other_cases": b}
        for i, (f, a, b) in enumerate(caseload)
    ]
    import_documents(store, [("h", doc(pack, team, dt.date(2026, 3, 3), rated, entries, key="h"))])
    (agg,) = trend(store, team["id"])
    same_as_scoring(agg, store.score(agg.id))


@pytest.fixture
def two_packs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    root = install_second_pack(tmp_path / "instruments")
    get_pack.cache_clear()
    pack_plan.cache_clear()
    monkeypatch.setattr(instrument, "instruments_dir", lambda: root)
    yield
    get_pack.cache_clear()
    pack_plan.cache_clear()


def test_several_packs_score_with_their_own_scale(any_store: Store, two_packs: None) -> None:
    fine, dk = get_pack("test-fine", "2"), default_pack()
    assert pack_plan(fine.key).big  # 1/3 needs a 64-bit numerator: PostgreSQL sums to numeric
    rng = random.Random(7)
    docs = []
    for t in range(12):
        team = team_dict(f"IPS Blandet {t}")
        for q in range(4):
            pack = fine if (t + q) % 2 else dk
            docs.append(
                ("t", random_doc(rng, pack, team, dt.date(2026, 1 + 3 * q, 10), key=f"{q}"))
            )
    # Principles fully rated with a third each: 100 * (1/3) must print as 33.3, not 33.4.
    thirds = [{"element": e, "rating": "third"} for e in fine.element_ids]
    docs.append(("t", doc(fine, team_dict("IPS Tredjedel"), dt.date(2026, 6, 1), thirds, key="x")))
    import_documents(any_store, docs)
    assert check_every_assessment(any_store) == len(docs)
    (third,) = trend(any_store, team_dict("IPS Tredjedel")["id"])
    assert third.principles == {"A": 33.3, "P1": 33.3, "C": 33.3}
    assert third.instrument == ("test-fine", "2")
    rows = overview(any_store)
    packs = {r.score.instrument for r in rows if r.score}
    assert packs == {fine.key, dk.key}


def test_mixed_pack_overview_exports_one_column_per_principle(
    store: Store, two_packs: None, tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    from ipsfidelity.analysis.export import write_csv, write_xlsx

    fine, dk = get_pack("test-fine", "2"), default_pack()
    rng = random.Random(3)
    docs = [
        ("t", random_doc(rng, pack, team_dict(f"IPS {pack.id}"), dt.date(2026, 9, 1), key="1"))
        for pack in (fine, dk)
    ]
    import_documents(store, docs)
    rows = overview(store)
    write_csv(rows, tmp_path / "o.csv")
    write_xlsx(rows, tmp_path / "o.xlsx")
    header = (tmp_path / "o.csv").read_text(encoding="utf-8-sig").splitlines()[0].split(";")
    # dk-minimum sorts first, so its P1 title wins; A and C follow from test-fine.
    assert header[5:17] == [
        "Type",
        "Status",
        "P1 Ingen eksklusion",
        "P2 Ordinært job",
        "P3 Integration med behandling",
        "P4 Vejledning om ydelser",
        "P5 Hurtig jobsøgning",
        "P6 Arbejdsgiverkontakt",
        "P7 Tidsubegrænset støtte",
        "P8 Egne præferencer",
        "A Kort A",
        "C Kort C",
    ]
    sheet = load_workbook(tmp_path / "o.xlsx").active
    by_team = {r[0].value: r for r in sheet.iter_rows(min_row=2)}
    fine_row = by_team["IPS test-fine"]
    assert fine_row[6].value == "Kladde"  # the review's state, in words
    assert fine_row[8].value is None  # P2 is not in test-fine
    fine_score = next(r.score for r in rows if r.team == "IPS test-fine")
    assert fine_row[15].value == fine_score.principles["A"]
    assert fine_row[7].value == fine_score.principles["P1"]
