"""The app's preview of a bundle that changes only a team's cooperation agreement: it says
so, Apply is offered, and the change is written."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pytestqt.qtbot import QtBot

from ipsfidelity.exchange.bundle import export_bundle
from ipsfidelity.store import Store, open_store
from tests.ui.conftest import settle
from tests.ui.test_exchange_ui import _bring_in, _drop, _looking, _open, _preview


def test_a_one_sided_agreement_change_is_shown_and_applied(
    qtbot: QtBot, tmp_path: Path, store: Store, db_path: Path
) -> None:
    team = store.create_team("IPS Næstved", "Næstved")
    day = dt.date.today() - dt.timedelta(days=40)
    agreement = store.create_agreement(team.id, day, duration="Et år")
    export_bundle(store, tmp_path / "start.json")
    other = open_store(str(tmp_path / "other.sqlite3"))
    _bring_in(other, tmp_path / "start.json")
    other.update_agreement(agreement.id, duration="To år")  # only the other laptop
    export_bundle(other, tmp_path / "naestved.json")
    other.close()
    store.close()

    window = _open(qtbot, db_path)
    _drop(window, [tmp_path / "naestved.json"])
    preview = _preview(qtbot, window)
    teams = preview.teams.text()
    assert "Samarbejdsaftalen for IPS Næstved opdateres: " in teams
    assert "Samarbejdsaftale: Varighed og evaluering" in teams
    assert preview.apply_button.isEnabled() and not preview.preview.conflicts
    preview.apply_button.click()
    qtbot.waitUntil(lambda: window.exchange.last_applied is not None, timeout=15_000)
    settle(qtbot, window)
    window.close()
    with _looking(db_path) as after:
        assert after.agreements(team.id)[0].duration == "To år"
