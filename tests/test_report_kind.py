"""A report compares a review with the team's previous review of the same kind: an
independent review with the previous independent one, a self-assessment with the previous
self-assessment, and names a self-assessment in the comparison's labels. Read back from
real PDFs, through the store and through the report command's light SQLite reader."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from ipsfidelity.instrument import default_pack
from ipsfidelity.report import write_report
from ipsfidelity.report.content import gather
from ipsfidelity.report.text import Words
from ipsfidelity.store import Store
from ipsfidelity.store.sqlite_reader import open_current
from ipsfidelity.store.views import score_data
from tests.test_report import pdf_text

DAYS = {
    "q1": (dt.date(2026, 2, 10), "independent", 7),
    "q2": (dt.date(2026, 5, 12), "self", 10),
    "q3": (dt.date(2026, 8, 20), "independent", 14),
    "q4": (dt.date(2026, 11, 3), "self", 12),
}


def _history(store: Store) -> dict[str, str]:
    """Independent Q1, self Q2, independent Q3, self Q4; the first `met` elements met."""
    team = store.create_team("IPS Aarhus", "Aarhus", "PC Vest")
    ids = {}
    for name, (day, kind, met) in DAYS.items():
        ids[name] = store.create_assessment(team.id, day, kind=kind).id
        for i, element in enumerate(default_pack().element_ids):
            store.set_rating(ids[name], element, "met" if i < met else "not_met")
    return ids


def _overall(store: Store, assessment_id: str, w: Words) -> str:
    return w.num(score_data(store.get_assessment(assessment_id)).overall)


def test_the_previous_review_of_the_same_kind(store: Store, db_path: Path) -> None:
    ids = _history(store)
    same = {n: store.previous_assessment(a, same_kind=True) for n, a in ids.items()}
    assert same["q1"] is None and same["q2"] is None
    assert same["q3"] is not None and same["q3"].id == ids["q1"]
    assert same["q4"] is not None and same["q4"].id == ids["q2"]
    # Without it, the review just before, whatever its kind (the caseload's carry-over and
    # the action plan's carried items use that, unchanged).
    plain = store.previous_assessment(ids["q3"])
    assert plain is not None and plain.id == ids["q2"]
    reader = open_current(db_path)
    assert reader is not None
    try:
        for a in ids.values():
            for same_kind in (False, True):
                assert reader.previous_assessment(
                    a, same_kind=same_kind
                ) == store.previous_assessment(a, same_kind=same_kind)
            assert gather(reader, a, "da") == gather(store, a, "da")
    finally:
        reader.close()


def test_independent_review_compared_with_the_previous_independent(
    store: Store, tmp_path: Path
) -> None:
    ids = _history(store)
    w = Words("da")
    out = write_report(store, ids["q3"], tmp_path / "q3.pdf")
    first, text = pdf_text(out, 1), pdf_text(out)
    assert "Forrige vurdering 10. februar 2026 (2026-Q1)" in first
    assert f"Forrige vurdering: {_overall(store, ids['q1'], w)}" in first
    assert "Forrige vurdering (2026-Q1)" in first  # the radar's legend
    assert "2026-Q2" not in text and "selvevaluering" not in first.lower()
    assert "Udvikling siden forrige vurdering" in text
    assert (
        "Sammenlignet med teamets forrige eksterne vurdering 10. februar 2026 (2026-Q1);"
        " selvevalueringer indgår ikke." in text
    )
    assert "Forrige vurdering 2026-Q1 Denne vurdering 2026-Q3" in text  # the change table
    # Q1, the team's first independent review, has nothing to compare with.
    q1 = pdf_text(write_report(store, ids["q1"], tmp_path / "q1.pdf"))
    assert "Forrige vurdering ingen – første eksterne vurdering" in q1
    assert "Ingen tidligere ekstern vurdering: teamet har ingen ekstern vurdering" in q1


def test_self_assessment_compared_with_the_previous_self_assessment(
    store: Store, tmp_path: Path
) -> None:
    ids = _history(store)
    w = Words("da")
    # Q2: the first self-assessment, after an independent review; it says there is none.
    q2 = write_report(store, ids["q2"], tmp_path / "q2.pdf")
    first, text = pdf_text(q2, 1), pdf_text(q2)
    assert "Forrige selvevaluering ingen – første selvevaluering" in first
    assert "Forrige vurdering" not in text and "2026-Q1" not in text
    assert "Udvikling siden forrige selvevaluering" in text
    assert (
        "Ingen tidligere selvevaluering: teamet har ingen selvevaluering før denne at"
        " sammenligne med" in text
    )
    # Q4: compared with Q2, not with the independent Q3 between them.
    q4 = write_report(store, ids["q4"], tmp_path / "q4.pdf")
    first, text = pdf_text(q4, 1), pdf_text(q4)
    assert "Forrige selvevaluering 12. maj 2026 (2026-Q2)" in first
    assert f"Forrige selvevaluering: {_overall(store, ids['q2'], w)}" in first
    assert "Forrige selvevaluering (2026-Q2)" in first
    assert "2026-Q3" not in text and "Forrige vurdering" not in text
    assert "Sammenlignet med teamets forrige selvevaluering 12. maj 2026 (2026-Q2)" in text
    assert "Forrige selvevaluering 2026-Q2 Denne vurdering 2026-Q4" in text
    en = pdf_text(write_report(store, ids["q4"], tmp_path / "q4_en.pdf", "en"))
    assert "Previous self-assessment (2026-Q2)" in en
    assert "Change since the previous self-assessment" in en
    assert "Compared with the team's previous self-assessment of" in en


def test_the_results_screen_compares_as_the_report_does(store: Store) -> None:
    """The app's results screen (analysis.screens.previous_score) takes the same previous
    review as the report: Q3 (independent) is compared with Q1, not with the self Q2."""
    from ipsfidelity.analysis.screens import previous_score

    ids = _history(store)
    assert previous_score(store, ids["q1"]) is None
    assert previous_score(store, ids["q2"]) is None  # no earlier self-assessment
    found = previous_score(store, ids["q3"])
    assert found is not None
    score, period = found
    q1 = store.get_assessment(ids["q1"])
    assert period == q1.info.period
    assert score.overall == score_data(q1).overall
