"""A finished review is locked by the regional server itself (store/server_lock.py): an
ambassador with psql cannot change their own team's finished review, the app's reopening
still works, and an import that writes a finished review again unchanged still goes through."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from ipsfidelity.errors import UserError
from ipsfidelity.exchange.labels import scale_words
from ipsfidelity.exchange.sync import apply_sync, preview_sync
from ipsfidelity.i18n import tr
from ipsfidelity.instrument import default_pack
from ipsfidelity.store import Store, open_store
from ipsfidelity.store.server_lock import LOCKED_SQLSTATE
from tests.lifecycle_help import finish_review
from tests.server_region import Region, build_region, drop_region
from tests.test_lifecycle import (
    test_a_finished_review_cannot_be_changed_except_by_reopening as lifecycle_property,
)

pytestmark = pytest.mark.postgres


@pytest.fixture
def region(pg_url: str) -> Iterator[Region]:
    r = build_region(pg_url)
    yield r
    drop_region(r)


def _finished(store: Store, review: str) -> None:
    for element in default_pack().element_ids:
        store.set_rating(review, element, "met", note="Enige")
    finish_review(store, review)


def _record(store: Store, review: str) -> tuple[object, ...]:
    data = store.get_assessment(review)
    life = store.lifecycle(review)
    ratings = sorted((e, r.rating, r.note) for e, r in data.ratings.items())
    return (life.state, data.info.kind, ratings, data.caseload, data.info.reviewers)


REFUSED = [
    ["UPDATE rating SET rating = 'not_met' WHERE assessment_id = %(a)s"],
    ["UPDATE rating SET note = 'Rettet i psql' WHERE assessment_id = %(a)s"],
    ["DELETE FROM rating WHERE assessment_id = %(a)s"],
    ["UPDATE caseload_entry SET ips_cases = ips_cases + 1 WHERE assessment_id = %(a)s"],
    ["UPDATE assessment SET kind = 'self' WHERE id = %(a)s"],
    ["UPDATE assessment SET state = 'draft', finished_at = NULL WHERE id = %(a)s"],
    ["DELETE FROM signoff WHERE assessment_id = %(a)s"],
    ["DELETE FROM assessment WHERE id = %(a)s"],
    [
        "INSERT INTO reviewer_rating (id, assessment_id, reviewer, element_id, rating, note,"
        " evidence, updated_at) SELECT gen_random_uuid()::text, %(a)s::varchar, 'Åse', element_id,"
        " 'not_met', '', '[]', now() FROM rating WHERE assessment_id = %(a)s"
    ],
    # Touching a free column first does not open the review for the rest of the transaction.
    [
        "UPDATE assessment SET updated_at = now() WHERE id = %(a)s",
        "UPDATE rating SET rating = 'not_met' WHERE assessment_id = %(a)s",
    ],
]


@pytest.mark.parametrize("statements", REFUSED)
def test_psql_cannot_change_a_finished_review(region: Region, statements: list[str]) -> None:
    amb = region.store_for("ambassador")
    own = region.reviews["IPS Brøndby"]
    _finished(amb, own)
    before = _record(amb, own)
    with region.sql_as("ambassador") as conn:
        for sql in statements:
            conn.execute(sql, {"a": own})
        with pytest.raises(psycopg.Error) as refused:
            conn.commit()
        assert refused.value.sqlstate == LOCKED_SQLSTATE
    assert _record(amb, own) == before


def test_where_the_walk_through_stands_and_the_follow_up_stay_open(region: Region) -> None:
    amb = region.store_for("ambassador")
    own = region.reviews["IPS Brøndby"]
    _finished(amb, own)
    with region.sql_as("ambassador") as conn:
        conn.execute(
            "UPDATE assessment SET last_element = 'P1.1', updated_at = now() WHERE id = %s",
            (own,),
        )
    lead = region.store_for("team_lead")
    lead.add_action_item(own, "Opfølgning efter afslutningen")  # moves updated_at too
    assert amb.lifecycle(own).state == "finished"
    assert len(lead.action_plan(own)) == 2


def test_the_app_says_its_lock_message_and_reopens(region: Region) -> None:
    amb = region.store_for("ambassador")
    own = region.reviews["IPS Brøndby"]
    first = default_pack().element_ids[0]
    _finished(amb, own)
    # Past the app's own check, to the server's:
    with pytest.raises(UserError) as refused, amb.bulk_writing() as writer:
        writer.conn.execute(
            text("UPDATE rating SET rating = 'not_met' WHERE assessment_id = :a"), {"a": own}
        )
    assert str(refused.value) == tr("lifecycle.locked")
    assert amb.get_assessment(own).ratings[first].rating == "met"

    amb.reopen(own, "Forkert bedømmelse af P1")
    amb.set_rating(own, first, "partial")
    finish_review(amb, own)
    assert amb.get_assessment(own).ratings[first].rating == "partial"
    assert amb.lifecycle(own).state == "finished"


def test_a_reopening_in_the_same_transaction_opens_it(region: Region) -> None:
    """The server's rule, for psql too: a change goes with a recorded reopening."""
    amb = region.store_for("ambassador")
    own = region.reviews["IPS Brøndby"]
    _finished(amb, own)
    with region.sql_as("ambassador") as conn:
        conn.execute(
            "INSERT INTO reopening (id, assessment_id, reason, reviewer, os_user, at)"
            " VALUES (gen_random_uuid()::text, %s, 'Rettelse', 'Åse', '', now())",
            (own,),
        )
        conn.execute("UPDATE rating SET note = 'Rettet' WHERE assessment_id = %s", (own,))
        conn.execute(
            "UPDATE assessment SET state = 'draft', finished_at = NULL WHERE id = %s", (own,)
        )
        conn.execute("DELETE FROM signoff WHERE assessment_id = %s", (own,))
    assert amb.lifecycle(own).state == "draft"
    with region.sql_as("ambassador") as conn:  # nor may a reopening be taken away
        conn.execute("DELETE FROM reopening WHERE assessment_id = %s", (own,))
        conn.commit()  # the review is a draft now: its reopenings are no longer locked
    _finished(amb, own)
    with region.sql_as("ambassador") as conn:
        conn.execute(
            "INSERT INTO reopening (id, assessment_id, reason, reviewer, os_user, at)"
            " VALUES (gen_random_uuid()::text, %s, 'Igen', 'Åse', '', now())",
            (own,),
        )
        conn.commit()
        conn.execute("DELETE FROM reopening WHERE assessment_id = %s", (own,))
        with pytest.raises(psycopg.Error) as refused:
            conn.commit()
        assert refused.value.sqlstate == LOCKED_SQLSTATE


def test_sync_writes_a_finished_review_again_and_reopens_it(region: Region, tmp_path: Path) -> None:
    """The import writes a review again by deleting and inserting it: unchanged, a finished
    review goes through; changed, it needs its reopening, which the server then holds."""
    owner = open_store(region.url)
    region.stores.append(owner)
    own = region.reviews["IPS Brøndby"]
    _finished(owner, own)
    laptop = open_store(str(tmp_path / "laptop.sqlite3"))
    region.stores.append(laptop)
    apply_sync(laptop, preview_sync(laptop, region.url))
    laptop.add_action_item(own, "Ny handling fra den bærbare")
    result = apply_sync(laptop, preview_sync(laptop, region.url))
    assert result.sent.updated == 1
    assert len(owner.action_plan(own)) == 2 and owner.lifecycle(own).state == "finished"

    first = default_pack().element_ids[0]
    laptop.reopen(own, "Ret P1 efter samtale")
    laptop.set_rating(own, first, "partial")
    finish_review(laptop, own)
    preview = preview_sync(laptop, region.url)
    (conflict,) = preview.send.conflicts  # the server's copy is finished: locked
    assert conflict.locked and conflict.incoming is not None
    pack = default_pack()
    partial = scale_words(pack.id, pack.version)["partial"]  # "Delvist opfyldt"
    assert conflict.incoming.startswith(partial)
    apply_sync(laptop, preview, keep="local", reopen_reason="Ret P1 efter samtale")
    assert owner.get_assessment(own).ratings[first].rating == "partial"
    assert {o.reason for o in owner.lifecycle(own).reopenings} == {"Ret P1 efter samtale"}
    assert owner.lifecycle(own).state == "finished"


def test_a_day_old_finished_review_keeps_its_date(region: Region) -> None:
    amb = region.store_for("ambassador")
    own = region.reviews["IPS Brøndby"]
    _finished(amb, own)
    with pytest.raises(UserError):
        amb.update_assessment(own, date=dt.date.today() - dt.timedelta(days=1))
    with region.sql_as("ambassador") as conn:
        conn.execute("UPDATE assessment SET date = date - 1 WHERE id = %s", (own,))
        with pytest.raises(psycopg.Error):
            conn.commit()


def test_the_app_lifecycle_property_holds_with_the_server_lock(region: Region) -> None:
    """The lifecycle's property test (no operation changes a finished review but a
    reopening) on a server whose triggers are set up."""
    owner = open_store(region.url)
    region.stores.append(owner)
    lifecycle_property(owner)


_ANY_CHANGE = [sql for statements in REFUSED for sql in statements]
_FREE = [
    "UPDATE assessment SET last_element = 'P2.1' WHERE id = %(a)s",
    "UPDATE assessment SET updated_at = now() WHERE id = %(a)s",
    "SELECT count(*) FROM rating WHERE assessment_id = %(a)s",
]


def test_no_psql_transaction_changes_a_finished_review(region: Region) -> None:
    amb = region.store_for("ambassador")
    own = region.reviews["IPS Brøndby"]
    _finished(amb, own)
    before = _record(amb, own)
    statements = st.lists(st.sampled_from(_ANY_CHANGE + _FREE), min_size=1, max_size=4, unique=True)

    @settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck))
    @given(statements)
    def run(chosen: list[str]) -> None:
        with region.sql_as("ambassador") as conn:
            for sql in chosen:
                conn.execute(sql, {"a": own})
            if any(
                sql in _ANY_CHANGE and not sql.startswith("UPDATE assessment SET updated")
                for sql in chosen
            ):
                with pytest.raises(psycopg.Error) as refused:
                    conn.commit()
                assert refused.value.sqlstate == LOCKED_SQLSTATE
            else:
                conn.commit()
        assert _record(amb, own) == before

    run()


def test_deleting_the_team_of_a_finished_review_is_refused(region: Region) -> None:
    amb = region.store_for("ambassador")
    own = region.reviews["IPS Brøndby"]
    _finished(amb, own)
    with region.sql_as("admin") as conn:
        conn.execute("DELETE FROM team WHERE id = %s", (region.teams["IPS Brøndby"],))
        with pytest.raises(psycopg.Error) as refused:
            conn.commit()
        assert refused.value.sqlstate == LOCKED_SQLSTATE
    assert amb.lifecycle(own).state == "finished"


def test_an_import_with_a_reason_reopens_on_the_server(region: Region, tmp_path: Path) -> None:
    """apply_import(..., reopen_reason=...) as the ambassador: the server holds the reopening
    its lock asks for; without a reason the app refuses before writing."""
    from ipsfidelity.cli import main
    from ipsfidelity.exchange.apply import ReopenNeeded, apply_import
    from ipsfidelity.exchange.incoming import read_one
    from ipsfidelity.exchange.merge import preview_import

    amb = region.store_for("ambassador")
    own = region.reviews["IPS Brøndby"]
    laptop = open_store(str(tmp_path / "laptop.sqlite3"))
    region.stores.append(laptop)
    first = default_pack().element_ids[0]
    apply_sync(laptop, preview_sync(laptop, region.url))  # the owner's copy, to a laptop
    _finished(amb, own)
    laptop.set_rating(own, first, "not_met", note="Fra den bærbare")
    exported = tmp_path / "review.json"
    assert main(["--db", str(tmp_path / "laptop.sqlite3"), "export", own, str(exported)]) == 0
    preview = preview_import(amb, [read_one(exported)])
    (conflict,) = [c for c in preview.conflicts if c.element == f"rating:{first}"]
    assert conflict.locked
    with pytest.raises(ReopenNeeded):
        apply_import(amb, preview, keep="incoming")
    assert amb.lifecycle(own).state == "finished"
    result = apply_import(amb, preview, keep="incoming", reopen_reason="Rettet efter import")
    assert result.reopened == 1
    assert amb.get_assessment(own).ratings[first].rating == "not_met"
    assert [o.reason for o in amb.lifecycle(own).reopenings] == ["Rettet efter import"]
