"""The app's screens under each role on a regional server: what the role may not do is
hidden or disabled, and a refusal by the server is a Danish message, not a crash."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from ipsfidelity.i18n import tr
from ipsfidelity.instrument import default_pack
from ipsfidelity.store import open_store
from ipsfidelity.ui.app import App, start
from ipsfidelity.ui.main_window import MainWindow
from tests.server_region import Region, build_region, drop_region
from tests.ui.conftest import settle, wait_ready

pytestmark = pytest.mark.postgres


@pytest.fixture
def region(pg_url: str) -> Iterator[Region]:
    r = build_region(pg_url)
    yield r
    drop_region(r)


@pytest.fixture
def open_as(qtbot: QtBot, region: Region) -> Iterator[object]:
    started: list[App] = []

    def open_window(role: str) -> MainWindow:
        app = start(region.url_for(role), lang="da")
        started.append(app)
        window = app.window
        qtbot.waitExposed(window)
        wait_ready(qtbot, window)
        settle(qtbot, window)
        return window

    yield open_window
    for app in started:
        app.window.close()


def _team_names(window: MainWindow) -> list[str]:
    return [t.name for t in window.home.team_model.rows]


def _open_review(qtbot: QtBot, window: MainWindow, assessment_id: str) -> None:
    window.open_assessment(assessment_id)
    qtbot.waitUntil(lambda: window.review is not None, timeout=10_000)
    settle(qtbot, window)


def _consensus(region: Region, assessment_id: str) -> dict[str, str]:
    owner = open_store(region.url)
    try:
        return {k: r.rating for k, r in owner.get_assessment(assessment_id).ratings.items()}
    finally:
        owner.close()


def test_steering_group_reads_every_team_and_changes_nothing(
    qtbot: QtBot, region: Region, open_as
) -> None:  # type: ignore[no-untyped-def]
    window = open_as("steering")
    home = window.home
    assert sorted(_team_names(window)) == ["IPS Brøndby", "IPS Herlev"]
    assert window.who_label.isVisibleTo(window)
    assert tr("server.role.steering") in window.who_label.text()
    for button in (
        home.new_team_button,
        home.edit_team_button,
        home.delete_team_button,
        home.new_assessment_button,
        home.delete_assessment_button,
    ):
        assert not button.isVisibleTo(window)
    assert not window.new_team_action.isEnabled()
    assert not window.new_assessment_action.isEnabled()

    herlev = region.reviews["IPS Herlev"]
    before = _consensus(region, herlev)
    _open_review(qtbot, window, herlev)
    review = window.review
    assert review is not None
    assert review.lifecycle.read_only_label.isVisibleTo(window)
    assert not review.lifecycle.finish_button.isVisibleTo(window)
    assert review.element_page.note_edit.isReadOnly()
    assert not any(b.isEnabled() for b in review.element_page.rating_buttons)
    assert not review.followup.editable
    review._rate(default_pack().element_ids[1], "met")  # what a rating key does
    assert window.indicator.text() == tr("not_saved", why=tr("server.ui.may_not_rate"))

    # Past the screen (a stale window, a script): the server refuses, in Danish.
    assert window.session is not None
    window.session.set_rating(default_pack().element_ids[1], "met")
    qtbot.waitUntil(
        lambda: window.indicator.text() == tr("not_saved", why=tr("server.refused")),
        timeout=10_000,
    )
    settle(qtbot, window)
    assert _consensus(region, herlev) == before

    window.show_consensus()  # two reviewers: the consensus screen, where 1/2/3 set it
    settle(qtbot, window)
    consensus = window.consensus
    assert consensus.view is not None and not consensus.may_rate
    consensus._set(default_pack().element_ids[1], "met", None)  # what the 1 key does
    settle(qtbot, window)
    assert consensus.view.message.text() == tr("server.ui.may_not_rate")
    assert _consensus(region, herlev) == before
    _open_review(qtbot, window, herlev)

    window.show_action_plan()
    settle(qtbot, window)
    plan_view = window.followup.plan_view
    assert plan_view.read_only and plan_view.read_only_label.isVisibleTo(window)
    assert not plan_view.add_button.isVisibleTo(window)
    before_items = len(plan_view.model.items)
    plan_view.add_item()  # what Ctrl+N does
    settle(qtbot, window)
    assert plan_view.message.text() == tr("server.ui.may_not_follow_up")
    assert len(plan_view.model.items) == before_items


def test_agreement_is_read_only_unless_the_role_follows_up(
    qtbot: QtBot, region: Region, open_as
) -> None:  # type: ignore[no-untyped-def]
    from ipsfidelity.ui.followup.agreement import AgreementDialog

    for role, editable in (("steering", False), ("ambassador", False), ("team_lead", True)):
        window = open_as(role)
        window.followup._open_agreement(window.home.team_model.rows[0], None)
        dialog = window.active_dialog
        assert isinstance(dialog, AgreementDialog)
        qtbot.waitUntil(lambda d=dialog: d.loaded, timeout=10_000)
        assert dialog.form_box.isEnabled() is editable
        assert dialog.create_button.isVisibleTo(dialog) is editable
        if not editable:
            assert dialog.version_message.text() == tr("server.ui.may_not_follow_up")
        dialog.reject()
        settle(qtbot, window)


def test_team_lead_sees_own_municipality_and_works_on_the_plan(
    qtbot: QtBot, region: Region, open_as
) -> None:  # type: ignore[no-untyped-def]
    window = open_as("team_lead")
    assert _team_names(window) == ["IPS Brøndby"]
    assert tr("server.role.team_lead") in window.who_label.text()
    assert not window.home.new_assessment_button.isVisibleTo(window)
    _open_review(qtbot, window, region.reviews["IPS Brøndby"])
    assert window.review is not None and window.review.lifecycle.read_only_label.isVisibleTo(window)
    assert window.review.followup.editable  # the plan's status beside each element
    window.show_action_plan()
    settle(qtbot, window)
    plan_view = window.followup.plan_view
    assert not plan_view.read_only
    assert plan_view.add_button.isVisibleTo(window)
    before = len(plan_view.model.items)
    plan_view.add_item()
    settle(qtbot, window)
    qtbot.waitUntil(lambda: len(plan_view.model.items) == before + 1, timeout=10_000)
    assert not window.indicator.text().startswith(tr("not_saved", why="")[:8])


def test_ambassador_rates_own_team_and_reads_the_plan(
    qtbot: QtBot, region: Region, open_as
) -> None:  # type: ignore[no-untyped-def]
    window = open_as("ambassador")
    home = window.home
    assert _team_names(window) == ["IPS Brøndby"]
    assert home.new_assessment_button.isVisibleTo(window)
    assert home.new_assessment_button.isEnabled()
    assert not home.new_team_button.isVisibleTo(window)
    own = region.reviews["IPS Brøndby"]
    _open_review(qtbot, window, own)
    review = window.review
    assert review is not None
    assert not review.lifecycle.read_only_label.isVisibleTo(window)
    assert review.lifecycle.finish_button.isVisibleTo(window)
    element = default_pack().element_ids[3]
    # Two reviewers (Åse, Bo): nothing is written before the app knows who is rating.
    review._rate(element, "partial")
    settle(qtbot, window)
    assert window.indicator.text() == tr("not_saved", why=tr("rater.choose_first"))
    assert element not in _consensus(region, own)
    review.lifecycle.choose("")  # the consensus, on purpose
    qtbot.waitUntil(lambda: window.session is not None and not window.session.awaiting_rater)
    review._rate(element, "partial")
    settle(qtbot, window)
    assert _consensus(region, own)[element] == "partial"
    window.show_action_plan()
    settle(qtbot, window)
    assert window.followup.plan_view.read_only


def test_administrator_keeps_teams_but_does_not_rate(qtbot: QtBot, region: Region, open_as) -> None:  # type: ignore[no-untyped-def]
    window = open_as("admin")
    home = window.home
    assert home.new_team_button.isVisibleTo(window)
    assert window.new_team_action.isEnabled()
    assert not home.new_assessment_button.isVisibleTo(window)
    assert tr("server.role.admin") in window.who_label.text()
