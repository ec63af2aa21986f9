"""Moving reviews between two laptops in the running app, on real SQLite files and the real
exchange core: files dropped on the window, the preview, a conflict resolved in the merge
view, apply; an export read back; a cancel before the write leaves the database as it was."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from ipsfidelity.exchange import export_assessment
from ipsfidelity.exchange.apply import apply_import
from ipsfidelity.exchange.incoming import read_files
from ipsfidelity.exchange.merge import preview_import
from ipsfidelity.i18n import pick
from ipsfidelity.instrument import default_pack
from ipsfidelity.store import Store, open_store
from ipsfidelity.store.views import CaseloadInfo
from ipsfidelity.ui.app import App, start
from ipsfidelity.ui.exchange.export_dialog import ExportChoice, ExportDialog
from ipsfidelity.ui.exchange.merge_view import MergeDialog
from ipsfidelity.ui.exchange.preview import PreviewDialog
from ipsfidelity.ui.exchange.sync_dialog import SyncDialog
from ipsfidelity.ui.main_window import MainWindow
from ipsfidelity.ui.review.view import ReviewView
from tests.lifecycle_help import finish_review
from tests.ui.conftest import activate, settle, wait_ready


def _bring_in(store: Store, *files: Path) -> None:
    """What another laptop does with a file: the core's own import, no choices needed."""
    apply_import(store, preview_import(store, read_files(list(files))))


@contextmanager
def _looking(db_path: Path) -> Iterator[Store]:
    """The database file as another program reads it (the app keeps its own connection)."""
    store = open_store(str(db_path))
    try:
        yield store
    finally:
        store.close()


def _rating(store: Store, assessment_id: str, element: str) -> str:
    return store.get_assessment(assessment_id).ratings[element].rating


def _open(qtbot: QtBot, db_path: Path) -> MainWindow:
    window = start(str(db_path), lang="da").window
    qtbot.addWidget(window)
    wait_ready(qtbot, window)
    settle(qtbot, window)
    return window


def _drop(window: MainWindow, files: list[Path]) -> None:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(f)) for f in files])
    where = QPoint(window.width() // 2, window.height() // 2)
    actions = Qt.DropAction.CopyAction
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(where, actions, data, buttons, keys)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()  # the window takes files
    drop = QDropEvent(QPointF(where), actions, data, buttons, keys)
    QApplication.sendEvent(window, drop)
    assert drop.isAccepted()


def _column(preview: PreviewDialog, name: str) -> int:
    """The preview's column of `name` ("outcome", "direction", "date", "state", ...)."""
    return preview.model.columns.index(name)


def _preview(qtbot: QtBot, window: MainWindow) -> PreviewDialog:
    qtbot.waitUntil(lambda: window.exchange.preview_dialog is not None, timeout=15_000)
    dialog = window.exchange.preview_dialog
    assert dialog is not None
    return dialog


def test_two_dropped_files_previewed_one_conflict_resolved_and_applied(
    qtbot: QtBot, tmp_path: Path, store: Store, db_path: Path
) -> None:
    pack = default_pack()
    first, second = pack.element_ids[:2]
    # This laptop (the app's database): a review both laptops start from.
    team = store.create_team("IPS Hvidovre", "Hvidovre", "Psykiatrisk Center Hvidovre")
    day = dt.date.today() - dt.timedelta(days=20)
    review = store.create_assessment(team.id, day, reviewers=["Mette Sørensen"])
    store.set_rating(review.id, first, "not_met")
    store.set_rating(review.id, second, "not_met")
    export_assessment(store, review.id, tmp_path / "base.json")
    # The other laptop brings it in, then rates both elements; a third team is new there.
    other = open_store(str(tmp_path / "other.sqlite3"))
    _bring_in(other, tmp_path / "base.json")
    other.set_rating(review.id, first, "met")
    other.set_rating(review.id, second, "partial")
    odense = other.create_team("IPS Odense", "Odense", "Psykiatrien i Region Syddanmark")
    new_review = other.create_assessment(odense.id, day, reviewers=["Jonas Holm"])
    other.set_rating(new_review.id, first, "met")
    dropped = [tmp_path / "hvidovre.json", tmp_path / "odense.json"]
    export_assessment(other, review.id, dropped[0])
    export_assessment(other, new_review.id, dropped[1])
    other.close()
    # Meanwhile this laptop rated the first element too: a conflict on it alone.
    store.set_rating(review.id, first, "partial")
    store.close()

    window = _open(qtbot, db_path)
    _drop(window, dropped)
    preview = _preview(qtbot, window)
    rows = {
        preview.model.index(r, 0).data(): preview.model.index(r, _column(preview, "outcome")).data()
        for r in range(preview.model.rowCount())
    }
    assert rows == {"IPS Hvidovre": "Konflikt", "IPS Odense": "Ny"}
    # A reason cut off in its cell stands whole in the tooltip, with the file it came from.
    reason = _column(preview, "reason")
    for r in range(preview.model.rowCount()):
        text = preview.model.index(r, reason).data()
        tip = preview.model.index(r, reason).data(Qt.ItemDataRole.ToolTipRole)
        assert tip == "\n".join(p for p in (text, preview.model.rows[r].origin) if p)
    assert any(preview.model.index(r, reason).data() for r in range(preview.model.rowCount()))
    assert preview.width() <= 1280
    assert "Nye teams oprettes: IPS Odense" in preview.teams.text()
    assert "Findes allerede her: IPS Hvidovre" in preview.teams.text()
    assert not preview.apply_button.isEnabled()  # the conflict has no choice yet
    assert preview.conflict_note.text() == (
        "1 element eller felt i konflikt mangler et valg, før der kan anvendes."
    )
    with _looking(db_path) as look:  # nothing written by the preview
        assert [t.name for t in look.list_teams()] == ["IPS Hvidovre"]

    preview.resolve_button.click()
    qtbot.waitUntil(lambda: preview.merge_dialog is not None)
    merge = preview.merge_dialog
    assert isinstance(merge, MergeDialog)
    activate(qtbot, merge)
    assert merge.model.rowCount() == 1  # the second element came from one side only
    texts = [merge.model.index(0, c).data() for c in range(5)]
    assert texts[0] == "IPS Hvidovre · " + review.period
    assert first in texts[1]
    # Here, incoming, the base: in the walk-through's words, not as codes.
    words = {option.id: pick(option.label) for option in pack.scale}
    assert texts[2:5] == [words["partial"], words["met"], words["not_met"]]
    assert not merge.apply_button.isEnabled()
    qtbot.keyClick(merge.table, Qt.Key.Key_I)  # take the other laptop's value
    assert merge.apply_button.isEnabled()
    merge.apply_button.click()
    qtbot.waitUntil(lambda: preview.apply_button.isEnabled())
    preview.apply_button.click()
    qtbot.waitUntil(lambda: window.exchange.last_applied is not None, timeout=15_000)
    settle(qtbot, window)
    applied = window.exchange.last_applied
    assert applied is not None and (applied.created, applied.updated) == (1, 1)
    assert "Importeret: 1 nye, 1 opdaterede" in window.exchange.last_message
    window.close()

    with _looking(db_path) as after:
        assert _rating(after, review.id, first) == "met"  # the choice
        assert _rating(after, review.id, second) == "partial"  # only changed there
        assert sorted(t.name for t in after.list_teams()) == ["IPS Hvidovre", "IPS Odense"]
        assert _rating(after, new_review.id, first) == "met"


def test_export_of_a_team_reads_back_and_imports_as_unchanged(
    qtbot: QtBot, tmp_path: Path, store: Store, db_path: Path
) -> None:
    first = default_pack().element_ids[0]
    team = store.create_team("IPS Hvidovre", "Hvidovre", "Psykiatrisk Center Hvidovre")
    ids = []
    for days in (200, 20):
        info = store.create_assessment(
            team.id, dt.date.today() - dt.timedelta(days=days), reviewers=["Mette Sørensen"]
        )
        store.set_rating(info.id, first, "partial", note="Møde med borger 010203-1234")
        ids.append(info.id)
    store.close()

    window = _open(qtbot, db_path)
    window.refresh_teams(team.id)
    settle(qtbot, window)
    qtbot.waitUntil(lambda: window.home.current_team() is not None)
    window.exchange.export_action.trigger()
    qtbot.waitUntil(lambda: isinstance(window.active_dialog, ExportDialog))
    dialog = window.active_dialog
    assert isinstance(dialog, ExportDialog)
    dialog.team_radio.setChecked(True)
    target = tmp_path / "hvidovre.json"
    dialog.path_edit.setText(str(target))
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: "eksporteret" in window.exchange.last_message, timeout=15_000)
    assert "2 vurderinger" in window.exchange.last_message
    assert "010203-1234" not in target.read_text(encoding="utf-8")  # hidden by default

    # Read back on another laptop: the same reviews and ratings.
    other = open_store(str(tmp_path / "other.sqlite3"))
    _bring_in(other, target)
    assert sorted(a.id for a in other.list_assessments()) == sorted(ids)
    assert all(_rating(other, aid, first) == "partial" for aid in ids)
    other.close()

    # And into the app it came from: nothing new, so nothing to apply.
    _drop(window, [target])
    preview = _preview(qtbot, window)
    outcomes = {
        preview.model.index(r, _column(preview, "outcome")).data()
        for r in range(preview.model.rowCount())
    }
    assert outcomes == {"Uændret"}
    assert not preview.apply_button.isEnabled()
    assert preview.conflict_note.text() == "Der er intet nyt at skrive."
    preview.reject()
    window.close()


def test_cancel_before_the_write_leaves_everything_as_it_was(
    qtbot: QtBot, tmp_path: Path, store: Store, db_path: Path
) -> None:
    other = open_store(str(tmp_path / "other.sqlite3"))
    files = []
    for n in range(3):
        team = other.create_team(f"IPS Team {n}", "Hvidovre", "PC Hvidovre")
        info = other.create_assessment(team.id, dt.date.today(), reviewers=["Mette Sørensen"])
        files.append(tmp_path / f"{n}.json")
        export_assessment(other, info.id, files[-1])
    other.close()
    store.close()

    window = _open(qtbot, db_path)
    gate = threading.Event()
    window.worker.read(lambda _s: gate.wait(10))  # the worker is busy a moment
    window.exchange.import_paths(files)
    progress = window.exchange.progress
    assert progress is not None and progress.isVisible()
    cancel = progress.findChild(QPushButton)
    assert cancel is not None and cancel.text() == "Annuller"
    cancel.click()  # before the job has even started
    gate.set()
    qtbot.waitUntil(lambda: not window.exchange.busy, timeout=15_000)
    assert window.exchange.last_message == "Annulleret – intet er skrevet"
    assert window.exchange.preview_dialog is None
    window.close()
    with _looking(db_path) as after:
        assert after.list_teams() == []


def test_a_change_to_a_finished_review_is_applied_only_with_a_reopen_reason(
    qtbot: QtBot, tmp_path: Path, store: Store, db_path: Path
) -> None:
    pack = default_pack()
    first = pack.element_ids[0]
    team = store.create_team("IPS Ærø", "Ærø", "Psykiatrien i Region Syddanmark")
    review = store.create_assessment(
        team.id, dt.date.today() - dt.timedelta(days=30), reviewers=["Åse Bøgelund"]
    )
    for element in pack.element_ids:
        store.set_rating(review.id, element, "met")
    store.set_caseload(review.id, [CaseloadInfo("Bjørn Ødegård", 1.0, 15, 4)])
    export_assessment(store, review.id, tmp_path / "base.json")
    other = open_store(str(tmp_path / "other.sqlite3"))
    _bring_in(other, tmp_path / "base.json")
    other.set_rating(review.id, first, "partial")
    export_assessment(other, review.id, tmp_path / "changed.json")
    other.close()
    finish_review(store, review.id)  # finished here meanwhile: the file's change is a conflict
    store.close()

    window = _open(qtbot, db_path)
    _drop(window, [tmp_path / "changed.json"])
    preview = _preview(qtbot, window)
    assert preview.model.index(0, _column(preview, "outcome")).data() == "Konflikt (afsluttet)"
    # The review's date, and its state in the file (a draft there; finished here, as the
    # outcome says).
    day = (dt.date.today() - dt.timedelta(days=30)).isoformat()
    assert preview.model.index(0, _column(preview, "date")).data() == day
    assert preview.model.index(0, _column(preview, "state")).data() == "Kladde"
    assert preview.model.headerData(_column(preview, "state"), Qt.Orientation.Horizontal) == (
        "Status"
    )
    preview.resolve_button.click()
    qtbot.waitUntil(lambda: preview.merge_dialog is not None)
    merge = preview.merge_dialog
    assert isinstance(merge, MergeDialog)
    # The element with its own words from the pack: shortened in the cell, whole on hover.
    words = pick(pack.elements[0].text)
    what = merge.model.index(0, 1)
    label, shown = what.data().split("\n")
    assert label == f"Element {first}" and shown.endswith(" …") and len(shown) <= 92
    assert words.startswith(shown.removesuffix(" …"))
    assert what.data(Qt.ItemDataRole.ToolTipRole) == f"Element {first}\n{words}"
    activate(qtbot, merge)
    qtbot.keyClick(merge.table, Qt.Key.Key_I)
    assert merge.model.all_chosen() and merge.reason.isVisible()
    assert not merge.apply_button.isEnabled()  # not without a reason
    qtbot.keyClicks(merge.reason, "Aftalt med teamet efter audit")
    merge.apply_button.click()
    qtbot.waitUntil(lambda: preview.apply_button.isEnabled())
    preview.apply_button.click()
    qtbot.waitUntil(lambda: window.exchange.last_applied is not None, timeout=15_000)
    settle(qtbot, window)
    assert "1 afsluttet vurdering er genåbnet;" in window.exchange.last_message
    window.close()
    with _looking(db_path) as after:
        assert _rating(after, review.id, first) == "partial"
        reopenings = after.lifecycle(review.id).reopenings
        assert [r.reason for r in reopenings] == ["Aftalt med teamet efter audit"]


def test_the_overviews_selected_teams_go_to_the_export_dialog(
    qtbot: QtBot, store: Store, db_path: Path
) -> None:
    for name in ("IPS Albertslund", "IPS Ballerup", "IPS Gentofte"):
        team = store.create_team(name, name.removeprefix("IPS "), "PC Glostrup")
        store.create_assessment(team.id, dt.date.today(), reviewers=["Mette Sørensen"])
    store.close()
    window = _open(qtbot, db_path)
    window.compare.show_overview()
    overview = window.compare.overview
    qtbot.waitUntil(lambda: overview.model.rowCount() == 3 and not overview.loading)
    table = overview.table
    table.selectRow(0)
    table.selectionModel().select(
        overview.model.index(2, 0),
        table.selectionModel().SelectionFlag.Select | table.selectionModel().SelectionFlag.Rows,
    )
    chosen = overview.selected_team_ids()
    assert len(chosen) == 2
    overview.export_action.trigger()  # the table's right-click action
    qtbot.waitUntil(lambda: isinstance(window.active_dialog, ExportDialog))
    dialog = window.active_dialog
    assert isinstance(dialog, ExportDialog)
    assert dialog.teams_radio.isChecked()
    assert dialog.choice().team_ids == tuple(chosen)
    dialog.reject()
    window.close()


def _sync_dialog(qtbot: QtBot, window: MainWindow) -> SyncDialog:
    window.exchange.sync_action.trigger()
    qtbot.waitUntil(lambda: isinstance(window.active_dialog, SyncDialog))
    dialog = window.active_dialog
    assert isinstance(dialog, SyncDialog)
    return dialog


@pytest.mark.postgres
def test_sync_sends_the_ticked_team_and_fetches_the_others(
    qtbot: QtBot, store: Store, db_path: Path, pg_url: str
) -> None:
    server = open_store(pg_url)
    odense = server.create_team("IPS Odense", "Odense", "Psykiatrien i Region Syddanmark")
    theirs = server.create_assessment(odense.id, dt.date.today(), reviewers=["Jonas Holm"])
    server.close()
    hvidovre = store.create_team("IPS Hvidovre", "Hvidovre", "Psykiatrisk Center Hvidovre")
    ours = store.create_assessment(hvidovre.id, dt.date.today(), reviewers=["Mette Sørensen"])
    store.close()

    window = _open(qtbot, db_path)
    dialog = _sync_dialog(qtbot, window)
    assert dialog.ticked() == (hvidovre.id,)  # the first time: the team selected at home
    dialog.url_edit.setText(pg_url)
    dialog.tick_all(True)
    dialog.ok_button.click()
    preview = _preview(qtbot, window)
    rows = {
        tuple(
            preview.model.index(r, c).data()
            for c in (0, _column(preview, "direction"), _column(preview, "outcome"))
        )
        for r in range(preview.model.rowCount())
    }
    assert rows == {("IPS Hvidovre", "↑ sendes", "Ny"), ("IPS Odense", "↓ hentes", "Ny")}
    preview.apply_button.click()
    qtbot.waitUntil(lambda: window.exchange.last_applied is not None, timeout=30_000)
    settle(qtbot, window)
    assert "1 vurdering er sendt til serveren" in window.exchange.last_message
    assert window.settings.value("exchange/server_url") == pg_url  # remembered, no password
    window.close()
    with _looking(db_path) as laptop:
        assert {a.id for a in laptop.list_assessments()} == {ours.id, theirs.id}
    server = open_store(pg_url)
    try:
        assert {a.id for a in server.list_assessments()} == {ours.id, theirs.id}
    finally:
        server.close()


def test_a_sync_that_cannot_reach_the_server_says_so_and_can_be_retried(
    qtbot: QtBot, store: Store, db_path: Path
) -> None:
    store.create_team("IPS Hvidovre", "Hvidovre", "Psykiatrisk Center Hvidovre")
    store.close()
    window = _open(qtbot, db_path)
    dialog = _sync_dialog(qtbot, window)
    dialog.url_edit.setText("postgresql://ipsfidelity@127.0.0.1:9/region")  # nobody there
    dialog.ok_button.click()

    def error_box() -> QMessageBox:
        qtbot.waitUntil(
            lambda: (
                window.active_dialog is not None
                and window.active_dialog.objectName() == "sync_error"
            ),
            timeout=30_000,
        )
        box = window.active_dialog
        assert isinstance(box, QMessageBox)
        return box

    box = error_box()
    assert "Traceback" not in box.text() and len(box.text().splitlines()) == 1
    assert "Intet er ændret" in box.informativeText()
    retry = next(b for b in box.buttons() if b.text() == "Prøv igen")
    retry.click()  # tries again with the same choices
    again = error_box()
    assert again is not box
    again.reject()
    assert not window.exchange.busy
    window.close()
    with _looking(db_path) as after:
        assert [t.name for t in after.list_teams()] == ["IPS Hvidovre"]


def test_filer_importer_mappe_previews_every_file_in_the_folder(
    qtbot: QtBot, tmp_path: Path, store: Store, db_path: Path
) -> None:
    folder = tmp_path / "fra Odense"
    folder.mkdir()
    other = open_store(str(tmp_path / "other.sqlite3"))
    for name in ("IPS Odense", "IPS Svendborg"):
        team = other.create_team(name, name.removeprefix("IPS "), "Psykiatrien i Region Syddanmark")
        info = other.create_assessment(team.id, dt.date.today(), reviewers=["Jonas Holm"])
        export_assessment(other, info.id, folder / f"{name}.json")
    other.close()
    (folder / "noter.txt").write_text("ikke en udvekslingsfil", encoding="utf-8")
    store.close()

    window = _open(qtbot, db_path)
    window.exchange.import_folder_action.trigger()
    qtbot.waitUntil(lambda: isinstance(window.active_dialog, QFileDialog))
    chooser = window.active_dialog
    assert isinstance(chooser, QFileDialog)
    assert chooser.fileMode() == QFileDialog.FileMode.Directory
    chooser.fileSelected.emit(str(folder))  # what choosing the folder and OK sends
    chooser.reject()
    preview = _preview(qtbot, window)
    rows = {
        preview.model.index(r, 0).data(): preview.model.index(r, _column(preview, "outcome")).data()
        for r in range(preview.model.rowCount())
    }
    assert rows == {"IPS Odense": "Ny", "IPS Svendborg": "Ny"}  # the .txt file left alone
    preview.apply_button.click()
    qtbot.waitUntil(lambda: window.exchange.last_applied is not None, timeout=15_000)
    settle(qtbot, window)
    qtbot.waitUntil(lambda: window.home.team_model.rowCount() == 2)  # the team list is fresh
    window.close()


def test_an_export_to_a_folder_that_is_not_there_says_so_in_words(
    qtbot: QtBot, tmp_path: Path, store: Store, db_path: Path
) -> None:
    team = store.create_team("IPS Hvidovre", "Hvidovre", "Psykiatrisk Center Hvidovre")
    store.create_assessment(team.id, dt.date.today(), reviewers=["Mette Sørensen"])
    store.close()
    window = _open(qtbot, db_path)
    target = tmp_path / "findes ikke" / "alt.json"
    window.exchange.export(ExportChoice("everything", target, True))
    qtbot.waitUntil(
        lambda: (
            window.active_dialog is not None
            and window.active_dialog.objectName() == "exchange_error"
        ),
        timeout=15_000,
    )
    box = window.active_dialog
    assert isinstance(box, QMessageBox)
    assert box.text().startswith(f"Kunne ikke skrive {target}")
    assert not target.parent.exists() and not window.exchange.busy
    box.accept()
    window.close()


def test_the_file_menu_has_the_exchange_entries_and_ctrl_i_asks_for_files(
    qtbot: QtBot, store: Store, db_path: Path
) -> None:
    store.close()
    window = _open(qtbot, db_path)
    file_menu = window.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu)
    texts = [a.text() for a in file_menu.actions()]
    for text in ("&Importér …", "Importér &mappe …", "Eks&portér …", "Synk&ronisér med server …"):
        assert text in texts
    assert window.exchange.import_action.shortcut() == QKeySequence("Ctrl+I")
    assert window.exchange.export_action.shortcut() == QKeySequence("Ctrl+Shift+E")
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(window.active_dialog, QFileDialog))
    chooser = window.active_dialog
    assert isinstance(chooser, QFileDialog)
    assert chooser.fileMode() == QFileDialog.FileMode.ExistingFiles  # one or more
    chooser.reject()
    window.close()


def test_an_agreement_field_changed_on_both_laptops_is_chosen_field_by_field(
    qtbot: QtBot, tmp_path: Path, store: Store, db_path: Path
) -> None:
    from ipsfidelity.exchange.bundle import export_bundle

    team = store.create_team("IPS Slagelse", "Slagelse")
    agreement = store.create_agreement(
        team.id, dt.date.today() - dt.timedelta(days=30), target_age="18-30"
    )
    export_bundle(store, tmp_path / "start.json")
    other = open_store(str(tmp_path / "other.sqlite3"))
    _bring_in(other, tmp_path / "start.json")
    other.update_agreement(agreement.id, referral="Via visitationen", duration="To år")
    export_bundle(other, tmp_path / "slagelse.json")
    other.close()
    store.update_agreement(agreement.id, referral="Direkte fra behandler")
    store.close()

    window = _open(qtbot, db_path)
    _drop(window, [tmp_path / "slagelse.json"])
    preview = _preview(qtbot, window)
    assert not preview.apply_button.isEnabled()
    preview.resolve_button.click()
    qtbot.waitUntil(lambda: preview.merge_dialog is not None)
    merge = preview.merge_dialog
    assert isinstance(merge, MergeDialog)
    activate(qtbot, merge)
    assert merge.model.rowCount() == 1  # the duration changed on one side only
    shown = [merge.model.index(0, c).data() for c in range(4)]
    assert shown[0] == "IPS Slagelse · samarbejdsaftale"
    assert shown[2:] == ["Direkte fra behandler", "Via visitationen"]
    qtbot.keyClick(merge.table, Qt.Key.Key_L)  # keep this laptop's referral
    merge.apply_button.click()
    qtbot.waitUntil(lambda: preview.apply_button.isEnabled())
    preview.apply_button.click()
    qtbot.waitUntil(lambda: window.exchange.last_applied is not None, timeout=15_000)
    settle(qtbot, window)
    window.close()
    with _looking(db_path) as after:
        (got,) = after.agreements(team.id)
        assert (got.referral, got.duration) == ("Direkte fra behandler", "To år")


def test_an_import_reloads_the_review_open_in_the_walkthrough(
    qtbot: QtBot, review: ReviewView, seeded: str, app: App, tmp_path: Path, db_path: Path
) -> None:
    window = app.window
    first = default_pack().element_ids[0]
    with _looking(db_path) as here:
        export_assessment(here, seeded, tmp_path / "base.json")
    other = open_store(str(tmp_path / "other.sqlite3"))
    _bring_in(other, tmp_path / "base.json")
    other.set_rating(seeded, first, "met")
    export_assessment(other, seeded, tmp_path / "changed.json")
    other.close()
    session = window.session
    assert session is not None and session.elements[first].rating != "met"

    window.exchange.import_paths([tmp_path / "changed.json"])
    preview = _preview(qtbot, window)
    assert preview.model.index(0, _column(preview, "outcome")).data() == "Opdateres"
    preview.apply_button.click()
    qtbot.waitUntil(lambda: window.exchange.last_applied is not None, timeout=15_000)
    qtbot.waitUntil(
        lambda: (
            window.session is not None
            and window.session is not session
            and window.session.elements[first].rating == "met"
        ),
        timeout=15_000,
    )
    settle(qtbot, window)


def test_one_reviewers_own_ratings_go_to_the_other_laptop_for_consensus(
    qtbot: QtBot, tmp_path: Path, store: Store, db_path: Path
) -> None:
    first, second = default_pack().element_ids[:2]
    team = store.create_team("IPS Køge", "Køge", "Psykiatri Øst")
    review = store.create_assessment(team.id, dt.date.today(), reviewers=["Anna Berg", "Bo Dahl"])
    export_assessment(store, review.id, tmp_path / "base.json")
    laptop_b = open_store(str(tmp_path / "b.sqlite3"))
    _bring_in(laptop_b, tmp_path / "base.json")
    laptop_b.set_reviewer_rating(review.id, "Bo Dahl", first, "partial")
    store.set_reviewer_rating(review.id, "Anna Berg", first, "met")  # this laptop is Anna's
    store.set_reviewer_rating(review.id, "Anna Berg", second, "not_met")
    store.close()

    window = _open(qtbot, db_path)
    window.refresh_teams(team.id)
    settle(qtbot, window)
    qtbot.waitUntil(lambda: window.home.current_assessment_row() is not None)
    window.exchange.export_action.trigger()
    qtbot.waitUntil(lambda: isinstance(window.active_dialog, ExportDialog))
    dialog = window.active_dialog
    assert isinstance(dialog, ExportDialog)
    assert dialog.review_radio.isChecked() and dialog.own_row.isVisibleTo(dialog)
    dialog.own_box.setChecked(True)
    dialog.reviewer_combo.setCurrentText("Anna Berg")
    assert "Anna Berg" in dialog.path_edit.text()
    target = tmp_path / "anna.json"
    dialog.path_edit.setText(str(target))
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: "eksporteret" in window.exchange.last_message, timeout=15_000)
    assert window.exchange.last_message == f"1 vurdering er eksporteret til {target}"
    window.close()

    # Laptop B brings in Anna's own ratings next to Bo's: merged, not a conflict.
    preview = preview_import(laptop_b, read_files([target]))
    assert not preview.conflicts
    apply_import(laptop_b, preview)
    own = laptop_b.reviewer_ratings(review.id)
    assert own["Anna Berg"][first].rating == "met" and own["Bo Dahl"][first].rating == "partial"
    laptop_b.close()
