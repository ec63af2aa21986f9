"""The reviewers' annex's caseload part: each reviewer's own caseload reading, weighed by
the pack's rule as the caseload section weighs the review's, marked where it differs from
the caseload the report is built on, and whose reading that caseload is (one reading can
give "i orden" where another gives "ved grænsen")."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from ipsfidelity.consensus_marks import same_reading, whose_reading
from ipsfidelity.report.caseload_rows import consultant_cells, consultant_titles
from ipsfidelity.report.content import ReportContent
from ipsfidelity.report.styles import TINTS, styles
from ipsfidelity.report.tables import Command, grid, head
from ipsfidelity.report.text import Words, esc
from ipsfidelity.scoring import CaseloadEntry, assess_caseload


def caseload_readings(c: ReportContent, w: Words, reviewers: list[str]) -> list[Flowable]:
    """The readings in `reviewers`' order (then any other reviewer's); nothing when no
    reviewer read the caseload on their own."""
    readings = {
        name: c.reviewer_caseloads[name]
        for name in [*reviewers, *sorted(set(c.reviewer_caseloads) - set(reviewers))]
        if c.reviewer_caseloads.get(name)
    }
    if not readings:
        return []
    st = styles()
    rows: list[list[object]] = [
        head(w.tr("history.col.reviewer"), *consultant_titles(w), right=(2, 3, 4, 5))
    ]
    extra: list[Command] = [
        ("ALIGN", (2, 1), (5, -1), "RIGHT"),
        ("FONTNAME", (0, 1), (-1, -1), "DejaVuSans"),
        ("FONTSIZE", (0, 1), (-1, -1), 8.5),
    ]
    for name, entries in readings.items():
        # The same weighing as the caseload section's (scoring.caseload), on this reading.
        result = assess_caseload(
            c.pack.caseload,
            [CaseloadEntry(e.consultant, e.fte, e.ips_cases, e.other_cases) for e in entries],
        )
        mark = "" if same_reading(entries, c.data.caseload) else " ≠"
        for i, (entry, load) in enumerate(zip(entries, result.consultants, strict=True)):
            who = Paragraph(esc(name + mark) if i == 0 else "", st["cell"])
            rows.append([who, *consultant_cells(entry, load, c, w)])
            extra.append(("BACKGROUND", (6, len(rows) - 1), (6, len(rows) - 1), TINTS[load.status]))
    widths = [30 * mm, 36 * mm, 18 * mm, 20 * mm, 26 * mm, 22 * mm, 22 * mm]
    taken = whose_reading(c.data.caseload, readings)
    if taken:
        line = w.tr("annex.caseload_taken", names=", ".join(taken))
    elif c.data.caseload:
        line = w.tr("annex.caseload_joint")
    else:
        line = w.tr("report.caseload_none")
    return [
        Spacer(1, 5 * mm),
        KeepTogether(
            [
                Paragraph(esc(w.tr("annex.caseload_heading")), st["h2"]),
                Paragraph(esc(w.tr("annex.caseload_intro")), st["body"]),
                Spacer(1, 2 * mm),
                grid(rows, widths, extra, split_rows=False),
                Spacer(1, 2 * mm),
                Paragraph(esc(line), st["body"]),
            ]
        ),
    ]
