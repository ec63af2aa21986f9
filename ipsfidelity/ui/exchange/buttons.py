"""The buttons under every exchange dialog: one that goes ahead, named for the step, and
Cancel (Escape)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton

from ipsfidelity.i18n import tr


def go_or_cancel(
    dialog: QDialog, text: str, go: Callable[[], None], name: str = ""
) -> tuple[QDialogButtonBox, QPushButton, QPushButton]:
    """The button box, its go-ahead button (`text`, object name `name`) that runs `go`,
    and Cancel, which rejects `dialog`."""
    buttons = QDialogButtonBox()
    go_button = buttons.addButton(text, QDialogButtonBox.ButtonRole.AcceptRole)
    go_button.setObjectName(name)
    cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
    cancel.setText(tr("common.cancel"))  # Qt's own word (qtbase_da: Annuller), also untranslated
    buttons.accepted.connect(go)
    buttons.rejected.connect(dialog.reject)
    return buttons, go_button, cancel
