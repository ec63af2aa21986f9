"""The summary's list of every element not fully met, each with its whole text: what a
steering group acts on. Wrapped, never cut; a long list flows onto the next page with its
header row repeated."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph

from ipsfidelity.i18n import pick
from ipsfidelity.report.content import ReportContent
from ipsfidelity.report.styles import CONTENT_WIDTH, TINTS, styles
from ipsfidelity.report.tables import grid, head
from ipsfidelity.report.text import Words, esc

ID_WIDTH = 16 * mm
RATING_WIDTH = 28 * mm


def not_met_list(c: ReportContent, w: Words) -> list[Flowable]:
    """Heading and table; nothing when every rated element is fully met. The furthest
    from met first ("Ikke opfyldt" before "Delvist"), then in the pack's order."""
    if not c.score.not_met:
        return []
    st = styles()
    texts = {e.id: pick(e.text, c.lang) for e in c.pack.elements}
    scale = {s.id: pick(s.label, c.lang) for s in c.pack.scale}
    values = c.pack.scale_values
    order = {e: i for i, e in enumerate(c.pack.element_ids)}
    worst_first = sorted(
        c.score.not_met, key=lambda e: (values[c.data.ratings[e].rating], order.get(e, 0))
    )
    rows: list[list[object]] = [
        head(
            w.tr("common.element"), w.tr("report.detail.col_rating"), w.tr("report.detail.col_text")
        )
    ]
    tints = []
    for i, element_id in enumerate(worst_first, start=1):
        value = c.data.ratings[element_id].rating
        rows.append(
            [
                Paragraph(element_id, st["cell_bold"]),
                Paragraph(esc(scale[value]), st["cell"]),
                Paragraph(esc(texts[element_id]), st["cell"]),
            ]
        )
        tints.append(("BACKGROUND", (1, i), (1, i), TINTS[value]))
    widths = [ID_WIDTH, RATING_WIDTH, CONTENT_WIDTH - ID_WIDTH - RATING_WIDTH]
    table = grid(rows, widths, tints, split_rows=False)  # a row stays on one page
    heading = Paragraph(esc(w.tr("report.not_met_heading", count=len(worst_first))), st["h2"])
    # Whole on the front page when it fits, else whole at the top of the next page (not a
    # row or two at the foot of page 1); a list longer than a page splits between rows.
    return [KeepTogether([heading, table])]
