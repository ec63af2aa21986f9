"""The team's follow-up list: every open action across its plans, status updated in place.

An item carried into a later plan is listed once, through its copy (`Store.action_items`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QWidget,
)

from ipsfidelity.i18n import tr
from ipsfidelity.ui.common.callbacks import guarded
from ipsfidelity.ui.common.colours import MUTED
from ipsfidelity.ui.common.followup_text import overdue_mark
from ipsfidelity.ui.common.layouts import vbox
from ipsfidelity.ui.followup import operations as ops
from ipsfidelity.ui.followup.plan_model import ActionPlanModel
from ipsfidelity.ui.followup.plan_table import PlanTableBox

if TYPE_CHECKING:
    from ipsfidelity.store.followup import ActionItemInfo
    from ipsfidelity.store.views import TeamInfo
    from ipsfidelity.ui.common.worker import Worker

# What is followed up here; text and linked elements are the plan's own business.
FOLLOW_UP_FIELDS = frozenset({"party", "owner", "deadline", "status", "follow_up"})


class FollowupDialog(QDialog):
    changed = Signal()

    def __init__(self, worker: Worker, team: TeamInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker, self.team = worker, team
        self.loaded = False
        self.setWindowTitle(tr("followup.title", team=team.name))
        self.resize(1250, 560)
        intro = QLabel(tr("followup.intro"))
        intro.setWordWrap(True)
        self.overdue_label = QLabel()
        self.overdue_label.setStyleSheet("font-weight: 600;")
        self.show_done = QCheckBox(tr("followup.show_done"))
        self.show_done.toggled.connect(lambda _on: self.load())
        self.model = ActionPlanModel(with_period=True, editable=FOLLOW_UP_FIELDS)
        self.model.edit_requested.connect(self._edit)
        self.table_box = PlanTableBox(self.model, tr("followup.none"))
        self.table, self.message = self.table_box.table, self.table_box.message
        self.table.setAccessibleName(tr("access.open_actions"))
        self.table_box.empty_label.setStyleSheet(f"color: {MUTED};")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("agreement.close"))
        buttons.rejected.connect(self.reject)
        vbox(intro, self.overdue_label, self.show_done, (self.table_box, 1), buttons, parent=self)
        self.load()

    def load(self) -> None:
        team_id, open_only = self.team.id, not self.show_done.isChecked()
        ops.load_action_items(self.worker, team_id, open_only, guarded(self, self._loaded))

    def _loaded(self, items: list[ActionItemInfo]) -> None:
        self.loaded = True
        self.model.set_items(items)
        self.table.resizeRowsToContents()
        self.table_box.show_marks(not items)
        self.overdue_label.setText(overdue_mark(self.model.overdue_count()))

    def _edit(self, item_id: str, field: str, _before: Any, after: Any) -> None:
        self.message.clear_message()
        saved, refused = guarded(self, self._saved), guarded(self, self.message.show_message)
        ops.set_action_field(self.worker, item_id, field, after, saved, refused)

    def _saved(self, item: ActionItemInfo) -> None:
        self.model.replace_item(item)
        self.overdue_label.setText(overdue_mark(self.model.overdue_count()))
        self.changed.emit()
