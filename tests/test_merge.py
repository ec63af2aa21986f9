"""Two laptops that diverge and merge: element by element, with the base from the history."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ipsfidelity.cli import main
from ipsfidelity.errors import UserError
from ipsfidelity.exchange import export_assessment
from ipsfidelity.exchange.apply import ReopenNeeded, UnresolvedConflicts, apply_import
from ipsfidelity.exchange.bundle import export_bundle
from ipsfidelity.exchange.incoming import read_files
from ipsfidelity.exchange.merge import preview_import
from ipsfidelity.exchange.preview import Status
from ipsfidelity.store import Store, open_store
from ipsfidelity.store.views import CaseloadInfo
from tests.merge_help import TODAY, move, preview_from, record, shared_review
from tests.test_exchange import MINIMAL, db_digest, write


def test_same_element_edited_on_both_is_a_conflict(laptops, tmp_path: Path) -> None:
    a, b = laptops
    aid, els = shared_review(a, b, tmp_path)
    a.set_rating(aid, els[0], "not_met")
    b.set_rating(aid, els[0], "partial")
    preview = preview_from(a, b, tmp_path / "a.json")
    (row,) = preview.reviews
    assert row.status == Status.CONFLICT
    (c,) = row.conflicts
    assert (c.element, c.local, c.incoming) == (
        f"rating:{els[0]}",
        f"Delvist opfyldt – om {els[0]}",
        f"Ikke opfyldt – om {els[0]}",
    )  # the pack's scale in words, not the codes
    assert c.base == f"Opfyldt – om {els[0]}"  # the value both started from
    assert c.label == f"Element {els[0]}"

    before = db_digest(tmp_path / "b.sqlite3")
    with pytest.raises(UnresolvedConflicts) as refused:
        apply_import(b, preview)
    assert str(refused.value) == "1 konflikt er ikke afgjort – intet er skrevet."  # not "(er)"
    assert db_digest(tmp_path / "b.sqlite3") == before  # nothing written without a choice

    result = apply_import(b, preview, {c.id: "incoming"})
    assert result.updated == 1
    assert b.get_assessment(aid).ratings[els[0]].rating == "not_met"
    # Back to A: B now has everything A had, so it is simply unchanged there.
    again = preview_from(b, a, tmp_path / "b.json")
    assert [r.status for r in again.reviews] == [Status.UNCHANGED]


def test_different_elements_are_both_kept(laptops, tmp_path: Path) -> None:
    a, b = laptops
    aid, els = shared_review(a, b, tmp_path)
    a.set_rating(aid, els[0], "not_met")
    b.set_rating(aid, els[1], "partial", note="ændret på B")
    (item,) = a.action_plan(aid)
    a.update_action_item(item.id, text="Sparring hver uge")
    b.update_action_item(item.id, owner="Teamleder")  # another field of the same item

    preview = preview_from(a, b, tmp_path / "a.json")
    (row,) = preview.reviews
    assert row.status == Status.UPDATED and not row.conflicts
    assert f"Element {els[1]}" in row.kept  # the preview says B's own change stays
    apply_import(b, preview)
    move(b, a, tmp_path / "b.json")
    assert record(a, aid) == record(b, aid)
    got = record(b, aid)
    assert got["ratings"][els[0]][0] == "not_met" and got["ratings"][els[1]][0] == "partial"
    assert got["items"][0][1:3] == ("Sparring hver uge", "Teamleder")


def test_only_local_changed_keeps_local_and_says_so(laptops, tmp_path: Path) -> None:
    a, b = laptops
    aid, els = shared_review(a, b, tmp_path)
    old = tmp_path / "old.json"
    export_bundle(a, old)
    b.set_rating(aid, els[2], "not_met")
    preview = preview_import(b, read_files([old]))
    (row,) = preview.reviews
    assert row.status == Status.LOCAL_NEWER and row.reason and row.kept
    apply_import(b, preview)
    assert b.get_assessment(aid).ratings[els[2]].rating == "not_met"


def test_one_reviewers_own_ratings_merge_into_the_same_review(laptops, tmp_path: Path) -> None:
    a, b = laptops
    team = a.create_team("IPS Holbæk")
    review = a.create_assessment(team.id, TODAY, reviewers=["Anna", "Bo"])
    move(a, b, tmp_path / "start.json")
    els = list(a.pack_for(review).element_ids)
    with a.acting_as("Anna"):
        for e in els[:5]:
            a.set_reviewer_rating(review.id, "Anna", e, "met")
    with b.acting_as("Bo"):
        for e in els[:5]:
            b.set_reviewer_rating(review.id, "Bo", e, "partial")
    preview = preview_from(a, b, tmp_path / "anna.json")
    assert not preview.conflicts  # independent ratings are not a conflict
    apply_import(b, preview)
    own = b.reviewer_ratings(review.id)
    assert {e: r.rating for e, r in own["Anna"].items()} == dict.fromkeys(els[:5], "met")
    assert {e: r.rating for e, r in own["Bo"].items()} == dict.fromkeys(els[:5], "partial")


def test_a_reviewer_only_file_merges_too(laptops, tmp_path: Path) -> None:
    a, b = laptops
    team = a.create_team("IPS Ringsted")
    review = a.create_assessment(team.id, TODAY, reviewers=["Anna", "Bo"])
    move(a, b, tmp_path / "start.json")
    with a.acting_as("Anna"):
        a.set_reviewer_rating(review.id, "Anna", "P1.1", "met")
    with b.acting_as("Bo"):
        b.set_reviewer_rating(review.id, "Bo", "P1.1", "not_met")
    f = tmp_path / "anna-own.json"
    export_assessment(a, review.id, f, reviewer="Anna")
    apply_import(b, preview_import(b, read_files([f])))
    own = b.reviewer_ratings(review.id)
    assert own["Anna"]["P1.1"].rating == "met" and own["Bo"]["P1.1"].rating == "not_met"


def test_a_change_to_a_finished_review_needs_a_reopen(laptops, tmp_path: Path) -> None:
    a, b = laptops
    aid, els = shared_review(a, b, tmp_path)
    b.set_rating(aid, els[5], "partial")  # B goes on editing its copy
    for e in els:
        a.set_rating(aid, e, "met")
    a.set_caseload(aid, [CaseloadInfo("Søren Ærø", 1.0, 18, 0)])
    a.finish(aid, [("Anna", TODAY)])
    preview = preview_from(b, a, tmp_path / "b.json")
    (row,) = preview.reviews
    assert row.status == Status.CONFLICT and row.locked
    assert all(c.locked for c in row.conflicts if c.element.startswith("rating:"))
    with pytest.raises(ReopenNeeded):
        apply_import(a, preview, keep="incoming")
    assert a.lifecycle(aid).state == "finished"
    with a.acting_as("Anna"):
        result = apply_import(a, preview, keep="incoming", reopen_reason="Rettelse fra B")
    assert result.reopened == 1
    life = a.lifecycle(aid)
    assert life.state != "finished" and life.reopenings[-1].reason == "Rettelse fra B"
    assert any(h.entity == "reopening" for h in a.history(aid))
    assert a.get_assessment(aid).ratings[els[5]].rating == "partial"


def test_a_deletion_travels_and_an_old_file_does_not_bring_it_back(laptops, tmp_path) -> None:
    a, b = laptops
    aid, _ = shared_review(a, b, tmp_path)
    old = tmp_path / "old.json"
    export_bundle(b, old)
    a.delete_assessment(aid)
    preview = preview_from(a, b, tmp_path / "a.json")
    assert [r.status for r in preview.reviews] == [Status.DELETED]
    assert apply_import(b, preview).deleted == 1
    assert b.list_assessments() == []
    for store in (a, b):  # the old file stays out on both laptops
        preview = preview_import(store, read_files([old]))
        assert [r.status for r in preview.reviews] == [Status.REFUSED]
        apply_import(store, preview)
        assert store.list_assessments() == []


def test_bundle_reimport_changes_nothing_and_old_files_still_import(
    laptops, tmp_path: Path
) -> None:
    a, b = laptops
    shared_review(a, b, tmp_path)
    v1 = write(tmp_path / "v1.json", MINIMAL)
    v2 = dict(MINIMAL, format_version=2)
    v2 = write(
        tmp_path / "v2.json",
        {
            **v2,
            "assessment": {**MINIMAL["assessment"], "id": "1b9f3c1e-6a55-4a8e-9d43-2a0f7d6b1c12"},
        },
    )
    bundle = tmp_path / "all.json"
    export_bundle(a, bundle)
    first = apply_import(b, preview_import(b, read_files([bundle, v1, v2])))
    assert (first.created, first.unchanged) == (2, 1)
    digest = db_digest(tmp_path / "b.sqlite3")
    again = preview_import(b, read_files([tmp_path]))  # the folder: all three files, again
    assert not again.has_changes
    apply_import(b, again)
    assert db_digest(tmp_path / "b.sqlite3") == digest


def test_cli_dry_run_conflicts_and_keep(laptops, tmp_path: Path, capsys) -> None:
    a, b = laptops
    aid, els = shared_review(a, b, tmp_path)
    a.set_rating(aid, els[0], "not_met")
    b.set_rating(aid, els[0], "partial")
    a.close()
    b.close()
    db_a, db_b = str(tmp_path / "a.sqlite3"), str(tmp_path / "b.sqlite3")
    f = tmp_path / "team.json"
    assert main(["--db", db_a, "bundle", str(f), "--team", "IPS Køge"]) == 0
    assert capsys.readouterr().out == f"Gemt: {f} (1 vurdering, 1 team)\n"  # one of each
    before = db_digest(Path(db_b))
    assert main(["--db", db_b, "import", "--dry-run", str(f)]) == 0
    out = capsys.readouterr().out
    assert "Konflikt" in out and f"Element {els[0]}" in out and "Ikke opfyldt" in out
    assert main(["--db", db_b, "import", str(f)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--keep local|incoming" in err and "appen" in err
    assert "1 konflikt – intet er skrevet. Løs den i appen" in err  # one, in the singular
    assert db_digest(Path(db_b)) == before
    assert main(["--db", db_b, "import", "--keep", "local", str(f)]) == 0
    with _opened(db_b) as s:
        assert s.get_assessment(aid).ratings[els[0]].rating == "partial"


class _opened:
    def __init__(self, url: str) -> None:
        self.store = open_store(url)

    def __enter__(self) -> Store:
        return self.store

    def __exit__(self, *exc: object) -> None:
        self.store.close()


@pytest.fixture(scope="module")
def base_pair(tmp_path_factory):
    folder = tmp_path_factory.mktemp("pair")
    a = open_store(str(folder / "a.sqlite3"))
    b = open_store(str(folder / "b.sqlite3"))
    aid, els = shared_review(a, b, folder)
    a.close()
    b.close()
    return folder, aid, els


EDITS = st.lists(
    st.tuples(st.integers(0, 5), st.sampled_from(["met", "partial", "not_met"])),
    max_size=4,
)


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(on_a=EDITS, on_b=EDITS, winner=st.sampled_from(["a", "b"]))
def test_merging_either_way_gives_the_same_records(base_pair, on_a, on_b, winner) -> None:
    folder, aid, els = base_pair
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        results = []
        for direction in ("a_into_b", "b_into_a"):
            shutil.copy(folder / "a.sqlite3", work / "a.sqlite3")
            shutil.copy(folder / "b.sqlite3", work / "b.sqlite3")
            a = open_store(str(work / "a.sqlite3"))
            b = open_store(str(work / "b.sqlite3"))
            for i, value in on_a:
                a.set_rating(aid, els[i], value)
            for i, value in on_b:
                b.set_rating(aid, els[i], value, note="B")
            source, target = (a, b) if direction == "a_into_b" else (b, a)
            # The same resolution both ways: the winner's value.
            keep = "incoming" if (winner == "a") == (direction == "a_into_b") else "local"
            move(source, target, work / "x.json", keep=keep)
            results.append(record(target, aid)["ratings"])
            a.close()
            b.close()
        assert results[0] == results[1]


def test_bundle_schema_file_is_in_step_and_accepts_a_written_bundle(laptops, tmp_path) -> None:
    import jsonschema

    from ipsfidelity.exchange.bundle_schema import json_schema
    from ipsfidelity.resources import resource_path

    published = json.loads(
        resource_path("schemas", "bundle-v1.schema.json").read_text(encoding="utf-8")
    )
    assert published == json_schema()
    a, b = laptops
    shared_review(a, b, tmp_path)
    f = tmp_path / "all.json"
    export_bundle(a, f)
    written = json.loads(f.read_text(encoding="utf-8"))
    jsonschema.validate(written, published)
    assert written["teams"][0]["name"] == "IPS Køge" and len(written["assessments"]) == 1


def test_bundle_export_asks_before_writing_a_cpr_number(laptops, tmp_path) -> None:
    a, _ = laptops
    team = a.create_team("IPS Næstved")
    review = a.create_assessment(team.id, TODAY)
    a.set_rating(review.id, "P1.1", "met", note="Borger 010203-1234 deltog")
    asked: list[list[str]] = []
    export_bundle(a, tmp_path / "masked.json", personal_data=lambda f: asked.append(f) or True)
    assert asked and "010203-1234" not in (tmp_path / "masked.json").read_text(encoding="utf-8")
    with pytest.raises(UserError):
        export_bundle(a, tmp_path / "no.json", personal_data=_refuse)
    assert not (tmp_path / "no.json").exists()


def _refuse(fields: list[str]) -> bool:
    raise UserError("nej")


def test_cooperation_agreements_merge_field_by_field(laptops, tmp_path: Path) -> None:
    a, b = laptops
    team = a.create_team("IPS Slagelse", "Slagelse")
    ag = a.create_agreement(team.id, TODAY - dt.timedelta(days=30), target_age="18-30")
    move(a, b, tmp_path / "start.json")
    assert b.agreements(team.id)[0].target_age == "18-30"
    a.update_agreement(ag.id, target_age="18-35", leadership="Fælles styregruppe")
    b.update_agreement(ag.id, duration="To år")
    preview = preview_from(a, b, tmp_path / "a.json")
    assert not preview.conflicts
    apply_import(b, preview)
    (got,) = b.agreements(team.id)
    assert (got.target_age, got.leadership, got.duration) == (
        "18-35",
        "Fælles styregruppe",
        "To år",
    )
    # The same field on both: a conflict, with the base.
    a.update_agreement(ag.id, referral="Via visitationen")
    b.update_agreement(ag.id, referral="Direkte fra behandler")
    preview = preview_from(a, b, tmp_path / "a2.json")
    (c,) = preview.conflicts
    assert c.assessment_id is None and c.element.endswith(":referral")
    assert (c.local, c.incoming) == ("Direkte fra behandler", "Via visitationen")
    apply_import(b, preview, {c.id: "local"})
    assert b.agreements(team.id)[0].referral == "Direkte fra behandler"
    again = preview_from(a, b, tmp_path / "a3.json")
    assert not again.conflicts


def test_stored_reviews_read_together_equal_one_at_a_time(any_store: Store) -> None:
    """The preview reads many stored reviews at once; they must be exactly what the export
    of one review says, or the merge would see changes nobody made."""
    from ipsfidelity.exchange import elements as el
    from ipsfidelity.exchange.local_docs import local_documents
    from ipsfidelity.exchange.merge import local_document
    from tests.test_lifecycle import _finished

    aid, els = _finished(any_store)
    with any_store.acting_as("Anna"):
        any_store.reopen(aid, "Ny oplysning")
    any_store.add_action_item(aid, "Opfølgning på P1.1", elements=[els[0]], owner="Leder")
    any_store.set_caseload(aid, [CaseloadInfo("Søren Ærø", 0.5, 9, 1)])
    any_store.set_outcomes(aid, 12, 5)
    one = local_document(any_store, aid)
    (together,) = local_documents(any_store, [aid]).values()
    assert el.flatten(together) == el.flatten(one)
    for key in ("history", "reopenings", "updated_at", "finished_at", "id", "instrument"):
        assert together[key] == one[key], key
    one["team"].pop("agreement", None)  # the agreement travels by its own stamp
    assert together["team"] == one["team"]


def test_two_reviewers_files_of_a_new_review_arrive_together(laptops, tmp_path: Path) -> None:
    a, b = laptops
    team = a.create_team("IPS Sorø")
    review = a.create_assessment(team.id, TODAY, reviewers=["Anna", "Bo"])
    with a.acting_as("Anna"):
        a.set_reviewer_rating(review.id, "Anna", "P1.1", "met")
    with a.acting_as("Bo"):
        a.set_reviewer_rating(review.id, "Bo", "P1.1", "partial")
    for name in ("Anna", "Bo"):
        export_assessment(a, review.id, tmp_path / f"{name}.json", reviewer=name)
    files = [tmp_path / "Anna.json", tmp_path / "Bo.json"]
    preview = preview_import(b, read_files(files))
    assert [r.status for r in preview.reviews] == [Status.NEW]
    apply_import(b, preview)
    own = b.reviewer_ratings(review.id)
    assert (own["Anna"]["P1.1"].rating, own["Bo"]["P1.1"].rating) == ("met", "partial")
    assert not preview_import(b, read_files(files)).has_changes


def test_a_team_without_reviews_and_its_agreement_travel(laptops, tmp_path: Path) -> None:
    a, b = laptops
    team = a.create_team("IPS Faxe", "Faxe")
    a.create_agreement(team.id, TODAY, target_age="18-64")
    preview = preview_from(a, b, tmp_path / "a.json")
    assert [(t.name, t.status) for t in preview.teams] == [("IPS Faxe", "created")]
    assert apply_import(b, preview).teams_created == 1
    assert b.agreements(team.id)[0].target_age == "18-64"
    assert not preview_from(a, b, tmp_path / "again.json").has_changes


def test_a_deletion_against_a_later_change_here_is_a_conflict(laptops, tmp_path: Path) -> None:
    a, b = laptops
    aid, els = shared_review(a, b, tmp_path)
    a.delete_assessment(aid)
    b.set_rating(aid, els[3], "not_met")  # B went on working on it
    preview = preview_from(a, b, tmp_path / "a.json")
    (row,) = preview.reviews
    (c,) = row.conflicts
    assert row.status == Status.CONFLICT and c.element == "review:deleted"
    apply_import(b, preview, {c.id: "local"})
    assert [x.id for x in b.list_assessments()] == [aid]  # kept, by choice
    apply_import(b, preview_from(a, b, tmp_path / "a2.json"), keep="incoming")
    assert b.list_assessments() == []


def test_progress_is_told_and_cancel_writes_nothing(laptops, tmp_path: Path) -> None:
    from ipsfidelity.exchange.progress import ImportCancelled

    a, b = laptops
    shared_review(a, b, tmp_path)
    bundle = tmp_path / "all.json"
    seen: list[tuple[int, int]] = []
    export_bundle(a, bundle, progress=lambda done, total: seen.append((done, total)))
    assert seen and seen[-1][0] == seen[-1][1]
    seen.clear()
    incoming = read_files([bundle], progress=lambda d, t: seen.append((d, t)))
    preview_import(b, incoming, progress=lambda d, t: seen.append((d, t)))
    assert seen[-1] == (1, 1)
    before = db_digest(tmp_path / "b.sqlite3")
    with pytest.raises(ImportCancelled):
        preview_import(b, incoming, cancelled=lambda: True)
    with pytest.raises(ImportCancelled):
        read_files([bundle], cancelled=lambda: True)
    assert db_digest(tmp_path / "b.sqlite3") == before
