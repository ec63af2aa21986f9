"""The preview shown before an import or a sync writes anything: each review's outcome,
the teams matched or created; Apply or Cancel. Conflicts open the merge view first."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ipsfidelity.i18n import tr
from ipsfidelity.ui.common.colours import MUTED
from ipsfidelity.ui.common.tables import RowsModel, row_table
from ipsfidelity.ui.common.widgets import compact_rows
from ipsfidelity.ui.exchange.buttons import go_or_cancel
from ipsfidelity.ui.exchange.preview_data import (
    OUTCOME_ORDER,
    ImportPreview,
    Outcome,
    Resolution,
    ReviewLine,
    whole,
)

_Index = QModelIndex | QPersistentModelIndex

_WIDTHS = {"team": 200, "period": 80, "date": 90, "state": 90, "direction": 100, "outcome": 170}

# Tints for the outcomes that ask for attention; the rest stay plain.
_TINT = {"conflict": "#fff1c2", "refused": "#f8d7da"}


# The words of each outcome and column, as tables of literal keys.
_OUTCOME_KEYS: dict[Outcome, str] = {
    "new": "sync.status.new",
    "updated": "sync.status.updated",
    "unchanged": "sync.status.unchanged",
    "kept_local": "xui.outcome.kept_local",
    "deleted": "sync.status.deleted",
    "conflict": "sync.status.conflict",
    "refused": "sync.status.refused",
}
_HEADER_KEYS = {
    "team": "common.team",
    "period": "common.period",
    "date": "common.date",
    "state": "common.status",
    "direction": "xui.col.direction",
    "outcome": "xui.col.outcome",
    "reason": "xui.col.reason",
}


def outcome_text(outcome: Outcome) -> str:
    return tr(_OUTCOME_KEYS[outcome])


class ReviewLinesModel(RowsModel):
    def __init__(self, lines: list[ReviewLine]) -> None:
        rank = {o: i for i, o in enumerate(OUTCOME_ORDER)}
        columns = ["team", "period", "date", "state", "outcome", "reason"]
        if any(line.direction for line in lines):
            columns.insert(4, "direction")
        super().__init__(
            sorted(lines, key=lambda r: (rank[r.outcome], r.team.casefold(), r.period)),
            [tr(_HEADER_KEYS[c]) for c in columns],
        )
        self.columns = columns

    def data(self, index: _Index, role: int = 0) -> Any:
        if not index.isValid():
            return None
        line: ReviewLine = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            match self.columns[index.column()]:
                case "team":
                    return line.team
                case "period":
                    return line.period
                case "date":
                    return line.date.isoformat() if line.date else ""
                case "state":
                    return line.state
                case "direction":
                    return (
                        tr("xui.direction.send")
                        if line.direction == "send"
                        else tr("xui.direction.fetch")
                    )
                case "outcome":
                    text = outcome_text(line.outcome)
                    return tr("xui.locked_mark", text=text) if line.locked else text
                case _:
                    return line.reason
        if role == Qt.ItemDataRole.BackgroundRole and line.outcome in _TINT:
            return QColor(_TINT[line.outcome])
        if role == Qt.ItemDataRole.ToolTipRole:
            if self.columns[index.column()] == "reason":  # a long reason is cut off in the cell
                return "\n".join(part for part in (line.reason, line.origin) if part) or None
            return line.origin or None
        return None


class PreviewDialog(QDialog):
    """Apply is enabled once every conflict has a choice (made in the merge view)."""

    def __init__(self, preview: ImportPreview, title: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("exchange_preview")
        self.setWindowTitle(title)
        self.preview = preview
        self.resolution = Resolution({})
        self.resize(1180, 560)  # the reasons get room on a 1280-wide screen

        intro = QLabel(tr("xui.preview.intro"))
        intro.setWordWrap(True)
        self.summary = QLabel(self._summary())
        self.summary.setObjectName("preview_summary")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-weight: 600;")

        self.model = ReviewLinesModel(preview.reviews)
        # Named with the title: what a screen reader says for the list.
        self.table = row_table(QTableView(), self.model, title)
        self.table.setObjectName("preview_table")
        self.table.setAccessibleDescription(self.summary.text())
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        compact_rows(self.table)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        # Fixed widths: sizing to the contents asks every row (a bundle has thousands).
        for column, name in enumerate(self.model.columns[:-1]):
            self.table.setColumnWidth(column, _WIDTHS.get(name, 120))

        self.teams = QLabel(self._teams_text())
        self.teams.setObjectName("preview_teams")
        self.teams.setWordWrap(True)
        self.teams.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.conflict_note = QLabel()
        self.conflict_note.setWordWrap(True)
        self.conflict_note.setStyleSheet(f"color: {MUTED};")
        self.resolve_button = QPushButton(tr("xui.preview.resolve"))
        self.resolve_button.setObjectName("resolve_button")
        self.resolve_button.setShortcut(QKeySequence("Ctrl+R"))
        self.resolve_button.setVisible(bool(preview.conflicts))
        self.resolve_button.clicked.connect(self.open_merge)
        conflicts = QHBoxLayout()
        conflicts.addWidget(self.conflict_note, 1)
        conflicts.addWidget(self.resolve_button)

        self.buttons, self.apply_button, self.cancel_button = go_or_cancel(
            self, tr("xui.preview.apply"), self.accept, "apply_button"
        )

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.teams)
        layout.addLayout(conflicts)
        layout.addWidget(self.buttons)
        self._update()
        self.table.setFocus()

    def _summary(self) -> str:
        """The counts that are not nought, most pressing first."""
        p = self.preview
        parts = []
        for outcome in OUTCOME_ORDER:
            count = p.count(outcome)
            if count:
                parts.append(f"{outcome_text(outcome)}: {whole(count)}")
        return " · ".join(parts) or tr("xui.preview.nothing")

    def _teams_text(self) -> str:
        teams = self.preview.teams
        matched = sorted(
            (t.name for t in teams if not t.created and not t.refused), key=str.casefold
        )
        created = sorted((t.name for t in teams if t.created), key=str.casefold)
        parts = [
            tr("xui.preview.team_refused", name=t.name, why=t.refused) for t in teams if t.refused
        ]
        if created:
            parts.append(tr("xui.preview.teams_created", names=", ".join(created)))
        parts += [
            tr("sync.team_agreement_updated", name=t.name, fields=", ".join(t.updated))
            for t in teams
            if t.updated
        ]
        if matched:
            parts.append(tr("xui.preview.teams_matched", names=", ".join(matched)))
        return "\n".join(parts) or tr("xui.preview.no_teams")

    @property
    def unresolved(self) -> int:
        chosen = self.resolution.choices
        return sum(1 for c in self.preview.conflicts if c.key not in chosen)

    def _update(self) -> None:
        left = self.unresolved
        if self.preview.conflicts:
            if left == 1:
                self.conflict_note.setText(tr("xui.preview.conflicts_left_one"))
            elif left:
                self.conflict_note.setText(tr("xui.preview.conflicts_left", count=whole(left)))
            else:
                self.conflict_note.setText(tr("xui.preview.conflicts_done"))
        elif not self.preview.writes_anything:
            self.conflict_note.setText(tr("xui.preview.nothing"))
        self.apply_button.setEnabled(left == 0 and self.preview.writes_anything)
        if left:
            self.resolve_button.setDefault(True)
        else:
            self.apply_button.setDefault(True)

    def open_merge(self) -> None:
        from ipsfidelity.ui.exchange.merge_view import MergeDialog

        dialog = MergeDialog(self.preview, self.resolution.choices, self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.merge_dialog: MergeDialog | None = dialog

        def chosen() -> None:
            self.set_resolution(dialog.resolution())

        dialog.accepted.connect(chosen)
        dialog.finished.connect(lambda _r: self._merge_closed(dialog))
        dialog.open()

    def _merge_closed(self, dialog: QDialog) -> None:
        self.merge_dialog = None
        dialog.deleteLater()
        # Back on the preview with the keyboard, where Enter applies once all is chosen; the
        # closed dialog took the focus with it, and not every window manager gives it back.
        self.activateWindow()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_resolution(self, resolution: Resolution) -> None:
        self.resolution = resolution
        self._update()
