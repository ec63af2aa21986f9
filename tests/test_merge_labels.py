"""The import preview and the merge view name an action by what it is about, never by its id,
and gather one action's changed fields in one label."""

from __future__ import annotations

import re
from pathlib import Path

from ipsfidelity.exchange.preview import Status
from ipsfidelity.i18n import tr
from ipsfidelity.store import Store
from tests.merge_help import TODAY, move, preview_from, shared_review


def _no_ids(labels: object) -> bool:
    return re.search(r"\b[0-9a-f]{8}\b", str(labels)) is None


def test_actions_are_named_by_their_elements_or_their_text(
    laptops: tuple[Store, Store], tmp_path: Path
) -> None:
    a, b = laptops
    aid, els = shared_review(a, b, tmp_path)
    (shared,) = a.action_plan(aid)
    about = a.add_action_item(aid, "Aftale med jobcentret", elements=[els[0]])
    b.add_action_item(aid, "Noget kun B har", elements=[els[1]])  # stays B's own
    move(a, b, tmp_path / "about.json")
    a.update_action_item(about.id, text="Aftale med jobcentret om møder", deadline=TODAY)
    a.update_action_item(shared.id, owner="Teamleder")
    b.update_action_item(shared.id, owner="Leder B")  # both changed it: a conflict
    b.update_action_item(about.id, status="i_gang")  # only B: kept here
    a.add_action_item(aid, "Besøg hos arbejdsgivere", elements=[els[2]])  # new on A

    preview = preview_from(a, b, tmp_path / "a.json")
    (row,) = preview.reviews
    assert row.status == Status.CONFLICT
    text, deadline = tr("history.field.text"), tr("history.field.deadline")
    # One label for the action's two changed fields, named by the element it is about.
    assert f"Handling om {els[0]}: {text}, {deadline}" in row.applied
    assert f"Handling om {els[0]}: {tr('history.field.status')}" in row.kept
    # A new action is one »Ny handling«, not a list of every field it has.
    assert f"Ny handling om {els[2]}" in row.applied
    assert not [label for label in row.applied if label.startswith(f"Handling om {els[2]}")]
    (conflict,) = row.conflicts
    assert conflict.label == f"Handling »Ugentlig sparring«: {tr('sync.item.owner')}"
    assert _no_ids(row.applied) and _no_ids(row.kept)
    assert (conflict.local, conflict.incoming) == ("Leder B", "Teamleder")
