"""Hjælp → Vejledning: the user guide (resources/guide/<lang>.md) in a window of its own,
with a contents list and a search field (Ctrl+F), readable offline.

Screenshots are made from the real app by tools/guide_screenshots.py into a folder that is
never committed (`screens_dir`); a picture that is not there is left out, and the text reads
the same without it.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QImage, QKeySequence, QShortcut, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ipsfidelity.i18n import language, tr
from ipsfidelity.resources import resource_path

PICTURE_WIDTH = 640  # the screenshots are 1280 px wide: shown at half size
_PICTURE = re.compile(r"^!\[(?P<alt>[^\]]*)\]\((?P<file>[\w.-]+\.png)\)\s*$")


def guide_file(lang: str) -> Path:
    path = resource_path("guide", f"{lang}.md")
    return path if path.is_file() else resource_path("guide", "da.md")


def screens_dir() -> Path:
    """Where tools/guide_screenshots.py writes the pictures: `build/guide-screens` in the
    source tree; a frozen build carries them (when made before it) in its resources."""
    if getattr(sys, "frozen", False):
        return resource_path("guide-screens")
    return Path(__file__).resolve().parents[3] / "build" / "guide-screens"


@dataclass(frozen=True)
class Guide:
    markdown: str  # the text, with pictures that exist
    pictures: tuple[Path, ...]  # the files it shows


def load_guide(lang: str, screens: Path) -> Guide:
    """The guide's Markdown; a line that is only a picture stays when the file exists."""
    lines = []
    pictures = []
    for line in guide_file(lang).read_text(encoding="utf-8").splitlines():
        match = _PICTURE.match(line)
        if match is not None:
            file = screens / match["file"]
            if not file.is_file():
                continue
            pictures.append(file)
        lines.append(line)
    return Guide("\n".join(lines) + "\n", tuple(pictures))


class GuideWindow(QWidget):
    """The guide beside the app: contents on the left, the text on the right."""

    def __init__(self, parent: QWidget | None = None, screens: Path | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("guide_window")
        self.setWindowTitle(tr("help.guide.title"))
        self.guide = load_guide(language(), screens if screens is not None else screens_dir())

        self.text = QTextBrowser()
        self.text.setObjectName("guide_text")
        self.text.setAccessibleName(tr("help.guide.text"))
        self.text.setOpenExternalLinks(False)
        self.text.setMarkdown(self.guide.markdown)
        document = self.text.document()
        for file in self.guide.pictures:  # after the text: setMarkdown drops resources
            image = QImage(str(file))
            if not image.isNull() and image.width() > PICTURE_WIDTH:
                image = image.scaledToWidth(
                    PICTURE_WIDTH, Qt.TransformationMode.SmoothTransformation
                )
            document.addResource(
                QTextDocument.ResourceType.ImageResource.value, QUrl(file.name), image
            )
        document.markContentsDirty(0, document.characterCount())

        self.contents = QListWidget()
        self.contents.setObjectName("guide_contents")
        self.contents.setAccessibleName(tr("help.guide.contents"))
        self._headings: list[int] = []  # where each contents entry's heading starts
        self._jumping = False
        block = document.begin()
        while block.isValid():
            level = block.blockFormat().headingLevel()
            if level in (1, 2):
                item = QListWidgetItem(("" if level == 1 else "    ") + block.text())
                self.contents.addItem(item)
                self._headings.append(block.position())
            block = block.next()
        self.contents.currentRowChanged.connect(self.go_to)
        self.text.verticalScrollBar().valueChanged.connect(self._follow_scroll)

        self.search = QLineEdit()
        self.search.setObjectName("guide_search")
        self.search.setPlaceholderText(tr("help.guide.search_hint"))
        self.search.setClearButtonEnabled(True)
        self.search.textEdited.connect(lambda _t: self.find(from_start=True))
        self.search.returnPressed.connect(self.find)
        search_label = QLabel(tr("help.guide.search"))
        search_label.setBuddy(self.search)
        self.found = QLabel()
        self.found.setObjectName("guide_found")
        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_search)
        QShortcut(QKeySequence.StandardKey.FindNext, self, self.find)
        QShortcut(QKeySequence.StandardKey.FindPrevious, self, lambda: self.find(backward=True))
        QShortcut(QKeySequence("Shift+Return"), self.search, lambda: self.find(backward=True))
        QShortcut(QKeySequence("Escape"), self, self.close)

        bar = QHBoxLayout()
        bar.addWidget(search_label)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.found)
        splitter = QSplitter()
        splitter.addWidget(self.contents)
        splitter.addWidget(self.text)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 740])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        self.resize(1000, 680)

    def headings(self) -> list[str]:
        return [self.contents.item(i).text().strip() for i in range(self.contents.count())]

    def go_to(self, row: int) -> None:
        """Scroll the text so that heading `row` stands at the top."""
        if not 0 <= row < len(self._headings):
            return
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(self._headings[row])
        self.text.setTextCursor(cursor)
        bar = self.text.verticalScrollBar()
        self._jumping = True  # the chosen entry stays marked, even near the end
        bar.setValue(bar.maximum())  # past it first, so that the heading lands on top
        self.text.ensureCursorVisible()
        self._jumping = False

    def _follow_scroll(self, value: int) -> None:
        """The contents list marks the section being read."""
        if self._jumping:
            return
        document = self.text.document()
        layout = document.documentLayout()
        row = 0
        for i, position in enumerate(self._headings):
            top = layout.blockBoundingRect(document.findBlock(position)).top()
            if top > value + 4:
                break
            row = i
        if self.text.verticalScrollBar().value() >= self.text.verticalScrollBar().maximum() > 0:
            row = len(self._headings) - 1  # the end: the last section, however short
        if row != self.contents.currentRow():
            self.contents.blockSignals(True)
            self.contents.setCurrentRow(row)
            self.contents.blockSignals(False)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def find(self, *, from_start: bool = False, backward: bool = False) -> bool:
        """The next (or previous) place the search text stands, wrapping round the end."""
        words = self.search.text().strip()
        self.found.clear()
        if not words:
            return False
        flags = QTextDocument.FindFlag.FindBackward if backward else QTextDocument.FindFlag(0)
        if from_start:
            self.text.moveCursor(QTextCursor.MoveOperation.Start)
        if self.text.find(words, flags):
            return self._centred()
        self.text.moveCursor(
            QTextCursor.MoveOperation.End if backward else QTextCursor.MoveOperation.Start
        )
        if self.text.find(words, flags):
            return self._centred()
        self.found.setText(tr("help.guide.not_found"))
        return False

    def _centred(self) -> bool:
        """The match in the middle of the text rather than on its bottom edge."""
        bar = self.text.verticalScrollBar()
        middle = self.text.viewport().height() // 2
        bar.setValue(bar.value() + self.text.cursorRect().center().y() - middle)
        return True
