"""What goes on every page: the footer with "side x af y" and, for drafts, the marking.

The footer needs the page count, which is known only once layout is done, so the
canvas keeps each finished page's state and draws footers at save (two passes in one).
"""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from ipsfidelity.report.fonts import BOLD, REGULAR
from ipsfidelity.report.styles import DRAFT, MARGIN_X, MUTED, RULE

PAGE_W, PAGE_H = A4
FOOTER_SIZE = 7.5


def _fit(text: str, width: float, size: float = FOOTER_SIZE) -> str:
    """`text`, cut with an ellipsis to fit `width` points."""
    if stringWidth(text, REGULAR, size) <= width:
        return text
    while text and stringWidth(text + " …", REGULAR, size) > width:
        text = text[:-1]
    return text.rstrip() + " …"


class PageMarks:
    """The words the page furniture needs, fixed before layout starts."""

    def __init__(
        self,
        left: str,
        right: str,
        page_text: str,
        draft: tuple[str, str] | None,
        watermark: str,
        fingerprint: str = "",
    ) -> None:
        self.left = left
        # The record's fingerprint, on a line of its own under the page number.
        self.fingerprint = fingerprint
        self.right = right
        self.page_text = page_text  # e.g. "side {page} af {pages}"
        self.draft = draft  # (banner, what is missing) or None for a finished assessment
        self.watermark = watermark

    def under_content(self, canvas: Canvas, _doc: object = None) -> None:
        """Drawn before the page's content: a pale diagonal watermark and the banner."""
        if self.draft is None:
            return
        canvas.saveState()
        canvas.setFillColor(colors.Color(0.71, 0.14, 0.09, alpha=0.07))
        canvas.setFont(BOLD, 110)
        canvas.translate(PAGE_W / 2, PAGE_H / 2)
        canvas.rotate(50)
        canvas.drawCentredString(0, -35, self.watermark)
        canvas.restoreState()
        canvas.saveState()
        banner, missing = self.draft
        y = PAGE_H - 11 * mm
        canvas.setFillColor(DRAFT)
        canvas.setFont(BOLD, 9)
        canvas.drawString(MARGIN_X, y, banner)
        canvas.setFont(REGULAR, 8)
        canvas.drawRightString(PAGE_W - MARGIN_X, y, missing)
        canvas.setStrokeColor(DRAFT)
        canvas.setLineWidth(0.8)
        canvas.line(MARGIN_X, y - 2 * mm, PAGE_W - MARGIN_X, y - 2 * mm)
        canvas.restoreState()

    def footer(self, canvas: Canvas, page: int, pages: int) -> None:
        canvas.saveState()
        y = 11 * mm
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_X, y + 4 * mm, PAGE_W - MARGIN_X, y + 4 * mm)
        canvas.setFont(REGULAR, FOOTER_SIZE)
        canvas.setFillColor(MUTED)
        centre = self.page_text.format(page=page, pages=pages)
        # Each side gets what the centred page number leaves, so long names never overlap it.
        room = PAGE_W / 2 - MARGIN_X - stringWidth(centre, REGULAR, FOOTER_SIZE) / 2 - 4 * mm
        canvas.drawString(MARGIN_X, y, _fit(self.left, room))
        canvas.drawCentredString(PAGE_W / 2, y, centre)
        canvas.drawRightString(PAGE_W - MARGIN_X, y, _fit(self.right, room))
        if self.fingerprint:
            canvas.drawCentredString(PAGE_W / 2, y - 3.4 * mm, self.fingerprint)
        canvas.restoreState()


def numbered_canvas(marks: PageMarks) -> type[Canvas]:
    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # reportlab names it so
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                marks.footer(self, number, total)
                super().showPage()
            super().save()

    return NumberedCanvas
