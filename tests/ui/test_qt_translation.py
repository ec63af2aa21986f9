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
