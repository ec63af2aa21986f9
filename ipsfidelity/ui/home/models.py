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


def _columns() -> tuple[str, ...]:
    return (
        tr("common.period"),
        tr("common.date"),
        tr("col.reviewers"),
        tr("common.overall"),
        tr("common.result"),
        tr("col.progress"),
        tr("common.status"),
        tr("common.follow_up"),
    )


FOLLOW_UP_COLUMN = 7


class AssessmentTableModel(RowsModel[AssessmentRow]):
    def titles(self) -> tuple[str, ...]:
        return _columns()

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            # Imported here: wording pulls in scoring, which the first window does not need.
            from ipsfidelity.review_words import state_word
            from ipsfidelity.wording import number

            return (
                row.info.period,
                row.info.date.isoformat(),
                ", ".join(row.info.reviewers),
                number(row.overall),
                verdict_short_text(row.verdict),
                tr("progress", rated=row.info.rated, total=row.total),
                state_word(row.info.state),
                follow_up_text(row.open_items, row.overdue),
            )[col]
        if role == Qt.ItemDataRole.ForegroundRole and col == 4:
            return QBrush(QColor(VERDICT_COLOURS[row.verdict]))
        if role == Qt.ItemDataRole.ForegroundRole and col == FOLLOW_UP_COLUMN and row.overdue:
            return QBrush(QColor(BAD))
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ID_ROLE:
            return row.info.id
        return None
