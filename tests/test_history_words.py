"""The history in words: every entry a review's life writes reads as Danish (and English),
never as a table or field name, with values as a person reads them, CPR numbers masked."""

from __future__ import annotations

import datetime as dt
import re

from ipsfidelity.history_words import history_rows, pack_words
from ipsfidelity.store import Store
from ipsfidelity.store.views import CaseloadInfo

TODAY = dt.date.today()
# Names the store uses for its tables and columns: none may show through.
INTERNAL = re.compile(
    r"reviewer_rating|reviewer_caseload|signoff|signed_on|caseload_unavailable|action_item"
    r"|in_job_or_education|follow_up|\bentries\b|\bassessment\b|\brating\b|\bevidence\b"
    r"|\bnot_rated\b|\bpartial\b|\bindependent\b|\bfinished\b|\bdraft\b"
)


def _a_full_life(store: Store) -> str:
    """Every kind of change a review's history records, once or more."""
    team = store.create_team("IPS Køge", "Køge")
    a = store.create_assessment(team.id, TODAY, reviewers=["Anna Holm", "Bo Lund"])
    elements = list(store.pack_for(a).element_ids)
    store.set_kind(a.id, "self")
    with store.acting_as("Anna Holm"):
        for e in elements:
            store.set_reviewer_rating(a.id, "Anna Holm", e, "met", evidence=["interview"])
        store.set_reviewer_caseload(a.id, "Anna Holm", [CaseloadInfo("Kim", 1.0, 15, 2)])
    with store.acting_as("Bo Lund"):
        for e in elements:
            store.set_reviewer_rating(a.id, "Bo Lund", e, "partial", note="Borger 010190-1234")
    store.accept_agreed(a.id)
    for e in elements:
        store.set_consensus(a.id, e, "met", note="Aftalt")
    store.set_caseload(a.id, [CaseloadInfo("Kim", 1.0, 15, 2)])
    store.sign_off(a.id, "Anna Holm", TODAY)
    store.set_consensus(a.id, elements[0], "partial")  # takes Anna's sign-off back
    store.finish(a.id, [("Anna Holm", TODAY), ("Bo Lund", TODAY)])
    store.reopen(a.id, "Rettelse af P1.1")
    store.set_consensus(a.id, elements[0], "not_rated")
    store.set_outcomes(a.id, 10, 4)
    return a.id


def test_every_entry_reads_in_words_in_both_languages(store: Store) -> None:
    aid = _a_full_life(store)
    entries = store.history(aid)
    pack = store.pack_for(store.get_assessment(aid).info)
    assert {h.entity for h in entries} >= {
        "assessment",
        "reviewer_rating",
        "reviewer_caseload",
        "rating",
        "caseload",
        "signoff",
        "reopening",
        "outcome",
    }
    for lang in ("da", "en"):
        rows = history_rows(entries, pack_words(pack, lang), lang=lang)
        for h, r in zip(entries, rows, strict=True):
            if lang == "da":  # English words may be the same as the stored names
                assert not INTERNAL.search(r.what), (h.entity, h.field, r.what)
                assert not INTERNAL.search(r.old + r.new), (h.field, r.old, r.new)
            assert "_" not in r.what and '"' not in r.old + r.new, (h.field, r.what, r.new)

    da = {
        (h.entity, h.field): r
        for h, r in zip(
            entries, history_rows(entries, pack_words(pack, "da"), lang="da"), strict=True
        )
    }
    assert da[("rating", "note")].what.startswith("Konsensus P")
    assert da[("reviewer_caseload", "entries")].what == "Egen caseload, Anna Holm · konsulenter"
    assert (
        da[("reviewer_caseload", "entries")].new == "Kim: årsværk 1,0, IPS-sager 15, andre sager 2"
    )
    assert da[("assessment", "kind")].new == "Selvevaluering"
    assert da[("signoff", "voided")].what == (
        "Underskrift, Anna Holm · annulleret: vurderingen blev ændret efter underskriften"
    )
    assert da[("signoff", "deleted")].what == "Underskrift, Bo Lund · taget tilbage ved genåbning"
    assert da[("reopening", "reason")].new == "Rettelse af P1.1"
    own = [
        r
        for h, r in zip(
            entries, history_rows(entries, pack_words(pack, "da"), lang="da"), strict=True
        )
        if h.entity == "reviewer_rating" and h.field == "rating"
    ]
    assert own[0].what.startswith("Egen bedømmelse, Anna Holm P") and own[0].what.endswith(
        " · bedømmelse"
    )
    assert own[0].new == "Opfyldt"
    states = [
        r.new
        for h, r in zip(
            entries, history_rows(entries, pack_words(pack, "da"), lang="da"), strict=True
        )
        if h.field == "state"
    ]
    assert states == ["Kladde", "Konsensus", "Afsluttet", "Konsensus"]
    en = history_rows(entries, pack_words(pack, "en"), lang="en")
    assert any(
        r.what == "Sign-off, Anna Holm · voided: the review was changed after the sign-off"
        for r in en
    )


def test_personal_data_is_masked_unless_allowed(store: Store) -> None:
    aid = _a_full_life(store)
    entries = store.history(aid)
    masked = history_rows(entries)
    assert not any("010190-1234" in r.old + r.new for r in masked)
    assert any("XXXXXX-XXXX" in r.new for r in masked)
    shown = history_rows(entries, allow_personal=True)
    assert any("010190-1234" in r.new for r in shown)
