"""Qt's own dialogs speak the app's language: Qt's shipped catalogue, and ours for its gaps."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
)
from pytestqt.qtbot import QtBot

from ipsfidelity.i18n import language
from ipsfidelity.ui.app import install_qt_translation


@pytest.fixture
def qt_language(qapp: QApplication) -> Iterator[QApplication]:
    yield qapp
    install_qt_translation(qapp, language())


def _file_dialog(qtbot: QtBot) -> QFileDialog:
    dialog = QFileDialog(None, "", "", "PDF (*.pdf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    return dialog


def test_danish_buttons_menus_and_file_dialog(qt_language: QApplication, qtbot: QtBot) -> None:
    install_qt_translation(qt_language, "da")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Annuller"
    message = QMessageBox()
    qtbot.addWidget(message)
    message.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    assert message.button(QMessageBox.StandardButton.Yes).text().replace("&", "") == "Ja"
    edit = QLineEdit()
    qtbot.addWidget(edit)
    menu = edit.createStandardContextMenu()
    assert any(a.text().startswith("&Kopiér") for a in menu.actions())
    menu.deleteLater()

    dialog = _file_dialog(qtbot)
    labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    # "&Look in:" and "Files of &type:" are missing from Qt's own Danish catalogue.
    assert labels["lookInLabel"] == "Kig &i:"
    assert labels["fileTypeLabel"] == "Filer af &type:"
    assert labels["fileNameLabel"] == "&Filnavn:"
    # A text neither catalogue has keeps Qt's English rather than going blank.
    assert QCoreApplication.translate("QFileDialog", "No such text") == "No such text"


def test_english_stays_qts_own(qt_language: QApplication, qtbot: QtBot) -> None:
    install_qt_translation(qt_language, "en")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancel"
    dialog = _file_dialog(qtbot)
    labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    assert labels["lookInLabel"] == "&Look in:"
    assert labels["fileTypeLabel"] == "Files of &type:"


def test_cancel_is_spelt_as_qt_spells_it_everywhere(
    qt_language: QApplication, qtbot: QtBot
) -> None:
    """One Danish word for Cancel: Qt's standard buttons say »Annuller«, so do ours (not
    »Annullér«), in the catalogue, the user guide and the exchange dialogs' own button."""
    from PySide6.QtWidgets import QDialog

    from ipsfidelity.resources import resource_path
    from ipsfidelity.ui.exchange.buttons import go_or_cancel
    from ipsfidelity.words import CATALOGUE

    install_qt_translation(qt_language, "da")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    qt_word = box.button(QDialogButtonBox.StandardButton.Cancel).text()
    dialog = QDialog()
    qtbot.addWidget(dialog)
    buttons, _, cancel = go_or_cancel(dialog, "Eksportér", lambda: None)
    qtbot.addWidget(buttons)
    assert cancel.text() == qt_word == "Annuller"
    accented = [key for key, entry in CATALOGUE.items() if "nnullér" in entry["da"]]
    assert not accented
    guide = resource_path("guide", "da.md").read_text(encoding="utf-8")
    assert "Annuller" in guide and "Annullér" not in guide
