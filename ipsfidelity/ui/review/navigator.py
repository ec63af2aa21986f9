"""The walk-through's navigator: principles, their elements with a status mark, then caseload."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetrics, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTreeView

from ipsfidelity.i18n import pick, tr
from ipsfidelity.instrument import NOT_RATED, Instrument
from ipsfidelity.ui.common.colours import LOAD_COLOURS, RATING_COLOURS, RATING_MARKS
from ipsfidelity.ui.common.widgets import AnyIndex
from ipsfidelity.ui.review.session import CASELOAD_KEY, OUTCOME_KEY
from ipsfidelity.wording import caseload_status_text

KEY_ROLE = Qt.ItemDataRole.UserRole + 1  # element id, CASELOAD_KEY, or a principle id
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2  # rating id, or caseload status
NBSP = "\u00a0"


class NavigatorModel(QStandardItemModel):
    def __init__(self, pack: Instrument) -> None:
        super().__init__()
        self.pack = pack
        self._items: dict[str, QStandardItem] = {}
        self._principles: dict[str, QStandardItem] = {}
        for principle in pack.principles:
            parent = QStandardItem()
            parent.setData(principle.id, KEY_ROLE)
            parent.setEditable(False)
            font = parent.font()
            font.setBold(True)
            parent.setFont(font)
            self._principles[principle.id] = parent
            for element in principle.elements:
                item = QStandardItem()
                item.setEditable(False)
                item.setData(element.id, KEY_ROLE)
                item.setToolTip(pick(element.text))
                parent.appendRow(item)
                self._items[element.id] = item
                self.set_rating(element.id, NOT_RATED)
            self.appendRow(parent)
        caseload = QStandardItem()
        caseload.setEditable(False)
        caseload.setData(CASELOAD_KEY, KEY_ROLE)
        font = caseload.font()
        font.setBold(True)
        caseload.setFont(font)
        self.appendRow(caseload)
        self._items[CASELOAD_KEY] = caseload
        self.set_caseload_status("missing")
        outcomes = QStandardItem()
        outcomes.setEditable(False)
        outcomes.setData(OUTCOME_KEY, KEY_ROLE)
        outcomes.setFont(font)
        self.appendRow(outcomes)
        self._items[OUTCOME_KEY] = outcomes
        self.set_outcome_status(False)
        self._refresh_principles()

    def set_rating(self, element_id: str, rating: str) -> None:
        item = self._items[element_id]
        labels = {s.id: s.label for s in self.pack.scale}
        status = pick(labels[rating]) if rating in labels else tr("status.not_rated")
        item.setText(f"{RATING_MARKS.get(rating, '?')}  {element_id}  {status}")
        item.setData(rating, STATUS_ROLE)
        item.setForeground(QBrush(QColor(RATING_COLOURS.get(rating, "#000000"))))
        item.setAccessibleText(f"{element_id}: {status}")
        self._refresh_principles()

    def set_caseload_status(self, status: str) -> None:
        item = self._items[CASELOAD_KEY]
        item.setText(f"{tr('common.caseload')} · {caseload_status_text(status)}")
        item.setData(status, STATUS_ROLE)
        item.setForeground(QBrush(QColor(LOAD_COLOURS.get(status, "#000000"))))

    def set_outcome_status(self, entered: bool) -> None:
        item = self._items[OUTCOME_KEY]
        status = tr("outcome.entered") if entered else tr("outcome.not_entered")
        item.setText(f"{tr('common.outcome_figures')} · {status}")
        item.setData("entered" if entered else "missing", STATUS_ROLE)
        item.setForeground(QBrush(QColor(LOAD_COLOURS["ok" if entered else "missing"])))

    def _refresh_principles(self) -> None:
        for principle in self.pack.principles:
            parent = self._principles.get(principle.id)
            if parent is None:
                continue
            done = sum(
                1
                for e in principle.elements
                if e.id in self._items and self._items[e.id].data(STATUS_ROLE) != NOT_RATED
            )
            # "2 af 3 vurderet", never "2/3": that reads as a score.
            count = tr("review.rated_of", done=done, total=len(principle.elements))
            # A heading too long for the row wraps before "·", the count kept whole on its
            # own line ("2 af 3 vurderet"), never "2 af 3 vur…" (WrappingRows).
            whole = f"· {count}".replace(" ", NBSP)
            parent.setText(f"{principle.id} {pick(principle.short)} {whole}")
            parent.setToolTip(f"{pick(principle.title)} · {count}")  # the row may be cut

    def status(self, key: str) -> str:
        return str(self._items[key].data(STATUS_ROLE))

    def index_for(self, key: str) -> QModelIndex:
        return self.indexFromItem(self._items[key])

    @staticmethod
    def key_at(index: QModelIndex | QPersistentModelIndex) -> str | None:
        """The page an index leads to: a principle leads to its first element."""
        if not index.isValid():
            return None
        key = index.data(KEY_ROLE)
        model = index.model()
        if isinstance(model, NavigatorModel) and key in model._principles:
            return str(model._principles[key].child(0).data(KEY_ROLE))
        return None if key is None else str(key)


class WrappingRows(QStyledItemDelegate):
    """Rows as tall as their text wrapped at the tree's width. A QTreeView asks its delegate
    for a row's size without a width (it never wraps on its own), so the width the row will
    have is worked out here: the viewport less the indentation of the row's depth."""

    def __init__(self, tree: QTreeView) -> None:
        super().__init__(tree)
        self.tree = tree

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        hint = super().sizeHint(option, index)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        steps = depth + (1 if self.tree.rootIsDecorated() else 0)
        style = self.tree.style()
        margin = 2 * (
            style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, opt, self.tree) + 1
        )
        width = self.tree.viewport().width() - steps * self.tree.indentation() - margin
        if width <= 0 or not opt.text:
            return hint
        metrics = QFontMetrics(opt.font)
        flags = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft)
        wrapped = metrics.boundingRect(QRect(0, 0, width, 10_000), flags, opt.text)
        extra = hint.height() - metrics.height()  # the style's padding around one line
        return QSize(
            min(hint.width(), width + margin), max(hint.height(), wrapped.height() + extra)
        )
