"""Consensus decisions are the reviewers' jointly in the history (no single reviewer is
credited), and the report names who reopened a review, never the operating-system login."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from ipsfidelity.history_words import history_rows, pack_words
from ipsfidelity.report import write_report
from ipsfidelity.store import Store
from ipsfidelity.store.history import os_user
from ipsfidelity.wording import date_text
from tests.lifecycle_help import finish_review
from tests.test_report import pdf_text


def test_consensus_decisions_show_as_joint_and_own_ratings_as_their_reviewer(
    any_store: Store,
) -> None:
    store = any_store
    team = store.create_team("IPS Greve", "Greve")
    info = store.create_assessment(team.id, dt.date.today(), reviewers=["Anna", "Bo"])
    element = store.pack_for(info).element_ids[0]
    for name, rating in (("Anna", "met"), ("Bo", "partial")):
        with store.acting_as(name):
            store.set_reviewer_rating(info.id, name, element, rating)
    # The consensus screen writes as no single reviewer (ui/consensus/controller.py), even
    # though Bo was the last one chosen in the walk-through.
    with store.acting_as(""):
        store.set_consensus(info.id, element, "partial", note="Aftalt")
    entries = store.history(info.id)
    words = pack_words(store.pack_for(info), "da", reviewers=info.reviewers)
    rows = {(r.what, r.reviewer) for r in history_rows(entries, words, lang="da")}
    assert (f"Konsensus {element} · bedømmelse", "Fælles (Anna, Bo)") in rows
    assert (f"Konsensus {element} · note", "Fælles (Anna, Bo)") in rows
    assert (f"Egen bedømmelse, Bo {element} · bedømmelse", "Bo") in rows
    assert (f"Egen bedømmelse, Anna {element} · bedømmelse", "Anna") in rows
    consensus = [h for h in entries if h.entity == "rating"]
    assert consensus and all(h.reviewer == "" for h in consensus)  # stored: nobody alone
    english = history_rows(entries, pack_words(None, "en", info.reviewers), lang="en")
    assert "Jointly (Anna, Bo)" in {r.reviewer for r in english}

    # One reviewer: the consensus is theirs, nothing is called joint.
    solo = store.create_assessment(team.id, dt.date.today(), reviewers=["Mette"])
    store.set_rating(solo.id, element, "met")
    solo_rows = history_rows(store.history(solo.id), pack_words(None, "da", ["Mette"]), lang="da")
    assert solo_rows and not any("Fælles" in r.reviewer for r in solo_rows)


def _finished(store: Store) -> str:
    team = store.create_team("IPS Køge", "Køge")
    info = store.create_assessment(team.id, dt.date.today(), reviewers=["Mette"])
    for element in store.pack_for(info).element_ids:
        store.set_rating(info.id, element, "met")
    store.mark_caseload_unavailable(info.id, "Ikke opgjort")
    finish_review(store, info.id)
    return info.id


def test_the_report_names_who_reopened_never_the_login(store: Store, tmp_path: Path) -> None:
    aid = _finished(store)
    store.reopen(aid, "Dato rettet")  # no reviewer known (the command line without --as)
    finish_review(store, aid)
    with store.acting_as("Mette"):
        store.reopen(aid, "Note tilføjet")
    finish_review(store, aid)
    first, second = store.lifecycle(aid).reopenings
    assert first.os_user == os_user() and first.reviewer == ""
    text = " ".join(pdf_text(write_report(store, aid, tmp_path / "r.pdf")).split())
    day = date_text(first.at.astimezone().date())
    assert f"Genåbnet {day}: Dato rettet" in text
    assert f"Genåbnet {date_text(second.at.astimezone().date())} af Mette: Note tilføjet" in text
    assert f"af {os_user()}" not in text
