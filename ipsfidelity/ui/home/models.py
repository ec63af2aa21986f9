"""Models for the main window: the teams, and the selected team's assessments with scores."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from ipsfidelity.i18n import tr
from ipsfidelity.ui.common.colours import BAD, VERDICT_COLOURS
from ipsfidelity.ui.common.followup_text import follow_up_text
from ipsfidelity.ui.common.tables import RowsModel
from ipsfidelity.ui.common.widgets import ID_ROLE, AnyIndex
from ipsfidelity.wording import verdict_short_text

if TYPE_CHECKING:
    from ipsfidelity.store import Store
    from ipsfidelity.store.views import AssessmentInfo, TeamInfo  # noqa: F401 (a string below)


@dataclass(frozen=True)
class AssessmentRow:
    info: AssessmentInfo
    overall: float | None
    verdict: str
    total: int
    open_items: int = 0  # action items not finished (carried-on ones counted once)
    overdue: int = 0  # of those, past their deadline


def load_assessment_rows(store: Store, team_id: str) -> list[AssessmentRow]:
    """Runs on the database worker: the team's assessments, each scored (in one read)."""
    from ipsfidelity.analysis.screens import scored_assessments

    return [
        AssessmentRow(
            r.info, r.score.overall, r.score.verdict, r.score.elements, r.open_items, r.overdue
        )
        for r in scored_assessments(store, team_id, follow_up=True)
    ]


class TeamListModel(RowsModel["TeamInfo"]):
    """The teams, one column, for the team list."""

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        team = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return team.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return " · ".join(x for x in (team.municipality, team.psychiatry, team.clinics) if x)
        if role == ID_ROLE:
            return team.id
        return None

    def row_of(self, team_id: str | None) -> int:
        for i, team in enumerate(self.rows):
            if team.id == team_id:
                return i
        return -1

    def names(self) -> list[str]:
        return [team.name for team in self.rows]


# The assessment table's columns, in order, and each one's title.
_TITLE_KEYS = {
    "period": "common.period",
    "date": "common.date",
    "reviewers": "col.reviewers",
    "overall": "common.overall",
    "result": "common.result",
    "progress": "col.progress",
    "status": "common.status",
    "follow_up": "common.follow_up",
}
COLUMNS = tuple(_TITLE_KEYS)
FOLLOW_UP_COLUMN = COLUMNS.index("follow_up")


def _cell(row: AssessmentRow, column: str) -> str:
    # Imported here: wording pulls in scoring, which the first window does not need.
    from ipsfidelity.review_words import state_word
    from ipsfidelity.wording import number

    match column:
        case "period":
            return row.info.period
        case "date":
            return row.info.date.isoformat()
        case "reviewers":
            return ", ".join(row.info.reviewers)
        case "overall":
            return number(row.overall)
        case "result":
            return verdict_short_text(row.verdict)
        case "progress":
            return tr("progress", rated=row.info.rated, total=row.total)
        case "status":
            return state_word(row.info.state)
    return follow_up_text(row.open_items, row.overdue)


class AssessmentTableModel(RowsModel[AssessmentRow]):
    def titles(self) -> tuple[str, ...]:
        return tuple(tr(_TITLE_KEYS[column]) for column in COLUMNS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return _cell(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == "result":
            return QBrush(QColor(VERDICT_COLOURS[row.verdict]))
        if role == Qt.ItemDataRole.ForegroundRole and column == "follow_up" and row.overdue:
            return QBrush(QColor(BAD))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "overall":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ID_ROLE:
            return row.info.id
        return None
