"""The closing pages: the action plan, the signatures and the cooperation agreement annex.

The annex comes after the signatures: the signatures confirm this review and the plan
just above them, so they stay next to it; the agreement is reference material, signed
on its own, that reads (and can be handed out) as a separate annex on its own pages.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    TableStyle,
)

from ipsfidelity.i18n import pick
from ipsfidelity.report.content import ReportContent
from ipsfidelity.report.styles import CONTENT_WIDTH, RULE, TINTS, Table, styles
from ipsfidelity.report.tables import Command, grid, head, padded, whole_rows_grid
from ipsfidelity.report.text import Words, esc
from ipsfidelity.store.followup import ActionPlanRow, agreement_rows, municipality_name

FIRST_ROWS = 3  # header and two items at least under the heading


def action_plan(c: ReportContent, w: Words) -> list[Flowable]:
    """The plan's table; with no items, one line saying so (no plan and "none needed"
    must not look alike to a reader who was not at the review)."""
    st = styles()
    uncovered = _uncovered_line(c, w)
    if not c.actions:
        return [
            KeepTogether(
                [
                    Paragraph(esc(w.tr("common.action_plan")), st["h1"]),
                    Paragraph(esc(w.tr("report.actions_none")), st["body"]),
                    *uncovered,
                ]
            )
        ]
    rows: list[list[object]] = [
        head(
            w.tr("report.col.item"),
            w.tr("common.element"),
            w.tr("common.party"),
            w.tr("common.owner"),
            w.tr("common.deadline"),
            w.tr("common.status"),
        )
    ]
    extra: list[Command] = []
    scale = {s.id: pick(s.label, c.lang) for s in c.pack.scale}
    for i, a in enumerate(c.actions, start=1):
        item = [Paragraph(esc(a.item), st["cell"])]
        if a.follow_up.strip():
            note = f"<b>{esc(w.tr('common.follow_up'))}:</b> {esc(a.follow_up.strip())}"
            item.append(Paragraph(note, st["muted_cell"]))
        if a.carried:
            item.append(Paragraph(esc(w.tr("report.action_carried")), st["muted_cell"]))
        if a.continued:
            item.append(Paragraph(esc(w.tr("report.action_continued")), st["muted_cell"]))
        deadline = [Paragraph(esc(w.short_date(a.deadline)), st["cell"])]
        if a.overdue:
            # Words, not colour alone: the mark reads in black and white too.
            deadline.append(Paragraph("! " + esc(w.tr("common.overdue")), st["overdue"]))
            extra.append(("BACKGROUND", (4, i), (4, i), TINTS["not_met"]))
        rows.append(
            [
                item,
                _element_cell(a, c, scale),
                Paragraph(esc(a.party), st["cell"]),
                Paragraph(esc(a.owner or "–"), st["cell"]),
                deadline,
                Paragraph(esc(a.status), st["cell"]),
            ]
        )
    # The deadline column holds "! Overskredet" on one line (bold).
    widths = [58 * mm, 22 * mm, 24 * mm, 24 * mm, 26 * mm, CONTENT_WIDTH - 154 * mm]
    overdue = sum(a.overdue for a in c.actions)
    carried = sum(a.carried for a in c.actions)
    counts = [w.tr("report.action_count", count=len(c.actions))]
    if overdue:
        counts.append(overdue_count(c, w, overdue))
    if carried:
        counts.append(w.tr("report.action_count_carried", count=carried))
    notes = [overdue_note(c, w)] if overdue else []
    if carried:
        notes.append(w.tr("report.action_carried_note"))
    start = [
        Paragraph(esc(w.tr("common.action_plan")), st["h1"]),
        Paragraph(esc(" · ".join(counts)), st["body"]),
        Spacer(1, 2.5 * mm),
    ]
    flow: list[Flowable] = [
        # The heading never stands alone: it starts a page unless the first rows fit below it.
        CondPageBreak(_height([*start, grid(rows[:FIRST_ROWS], widths)])),
        *start,
        whole_rows_grid(rows, widths, extra),
    ]
    if notes:
        flow += [Spacer(1, 1.5 * mm), Paragraph(esc(" ".join(notes)), st["muted"])]
    return flow + uncovered


def overdue_count(c: ReportContent, w: Words, count: int) -> str:
    """ "overskredet pr. 4. december 2026: 2": the count says which day it is counted on."""
    return w.tr("report.detail.overdue_as_of", date=w.date(c.overdue_date), count=count)


def overdue_note(c: ReportContent, w: Words) -> str:
    """Which day "Overskredet" is counted from, and why that day: the printing date unless
    another was given (a steering group reads the plan as it stands when it meets)."""
    day = w.date(c.overdue_date)
    if c.overdue_on is None or c.overdue_on == c.generated:
        return w.tr("report.detail.overdue_note_printed", date=day)
    return w.tr("report.detail.overdue_note_given", date=day)


def _element_cell(a: ActionPlanRow, c: ReportContent, scale: dict[str, str]) -> list[Paragraph]:
    """The item's elements, each with its current consensus rating beneath it."""
    st = styles()
    labels = a.element.split(", ")
    if not a.elements or len(labels) != len(a.elements):  # a plan given by hand
        return [Paragraph(esc(a.element or "–"), st["cell"])]
    cell = []
    for element_id, label in zip(a.elements, labels, strict=True):
        cell.append(Paragraph(esc(label), st["cell"]))
        rating = c.data.ratings.get(element_id)
        if rating is not None and rating.rating in scale:
            cell.append(Paragraph(esc(scale[rating.rating]), st["muted_cell"]))
    return cell


def unplanned(c: ReportContent, items: Sequence[ActionPlanRow] | None = None) -> list[str] | None:
    """The elements not fully met that no item of the plan (or of `items`) names, in the
    report's order; None for a plan given by hand, which names its elements only in words."""
    if any(not a.elements and a.element for a in c.actions):
        return None
    named = {e for a in (c.actions if items is None else items) for e in a.elements}
    return [e for e in c.score.not_met if e not in named]


def _uncovered_line(c: ReportContent, w: Words) -> list[Flowable]:
    """The elements not fully met that no item of the plan names: "Ingen handling planlagt"."""
    scale = {s.id: pick(s.label, c.lang) for s in c.pack.scale}
    missing = [f"{e} ({scale.get(c.data.ratings[e].rating, '–')})" for e in unplanned(c) or ()]
    if not missing:
        return []
    text = w.tr("report.detail.no_action", elements=", ".join(missing))
    return [Spacer(1, 1.5 * mm), Paragraph(esc(text), styles()["body"])]


def _height(flowables: list[Flowable]) -> float:
    return sum(
        f.wrap(CONTENT_WIDTH, 10_000)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in flowables
    )


def _party_names(c: ReportContent, w: Words) -> tuple[str, str]:
    """Headings of the two signature columns: the agreement's parties when the team has
    one in force, else the team's municipality and psychiatry unit."""
    team = c.data.team
    municipality, psychiatry = team.municipality.strip(), team.psychiatry.strip()
    if c.agreement is not None:
        municipality = c.agreement.municipality.strip() or municipality
        psychiatry = c.agreement.psychiatry.strip() or psychiatry
    if not municipality:
        left = w.tr("report.sign_municipality")
    else:
        left = w.tr("report.sign_for", name=municipality_name(municipality, w.lang))
    right = (
        w.tr("report.sign_for", name=psychiatry) if psychiatry else w.tr("report.sign_psychiatry")
    )
    return left, right


def signatures(c: ReportContent, w: Words) -> list[Flowable]:
    """As in the cooperation agreement template: one column per party, lines to sign on."""
    st = styles()
    left, right = _party_names(c, w)
    gap = 12 * mm
    col = (CONTENT_WIDTH - gap) / 2
    rows: list[list[object]] = [
        [Paragraph(esc(left), st["cell_bold"]), "", Paragraph(esc(right), st["cell_bold"])]
    ]
    style: list[Command] = [
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
    ]
    for label in (w.tr("common.name"), w.tr("common.date"), w.tr("report.sign_signature")):
        line_row = len(rows)
        rows.append(["", "", ""])
        rows.append([Paragraph(esc(label), st["muted"]), "", Paragraph(esc(label), st["muted"])])
        style += [
            ("LINEBELOW", (0, line_row), (0, line_row), 0.7, colors.black),
            ("LINEBELOW", (2, line_row), (2, line_row), 0.7, colors.black),
        ]
    heights = [None] + [13 * mm if i % 2 == 0 else None for i in range(6)]
    table = Table(rows, colWidths=[col, gap, col], rowHeights=heights)
    table.setStyle(TableStyle(style))
    return [
        KeepTogether(
            [
                Paragraph(esc(w.tr("agreement.group.signatories")), st["h1"]),
                Paragraph(esc(w.tr("report.sign_intro")), st["body"]),
                Spacer(1, 4 * mm),
                table,
            ]
        )
    ]


def agreement_annex(c: ReportContent, w: Words) -> list[Flowable]:
    """The agreement in force on the review date, field by field in the template's order.
    Nothing when there is none (the summary page says so)."""
    if c.agreement is None:
        return []
    st = styles()
    rows = [
        [Paragraph(esc(label), st["cell_bold"]), Paragraph(esc(text), st["cell"])]
        for label, text in agreement_rows(c.agreement, c.lang, w.date)
    ]
    table = Table(rows, colWidths=[60 * mm, CONTENT_WIDTH - 60 * mm])
    table.setStyle(
        TableStyle(
            [
                *padded(left=0, right=3, top=2.5, bottom=3),
                ("RIGHTPADDING", (0, 0), (0, -1), 3 * mm),  # a long label never meets its value
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ("LINEABOVE", (0, 0), (-1, 0), 0.4, RULE),
            ]
        )
    )
    intro = w.tr(
        "report.annex_intro",
        date=w.date(c.data.info.date),
        start=w.date(c.agreement.start_date),
    )
    return [
        PageBreak(),
        Paragraph(esc(w.tr("report.section.agreement")), st["h1"]),
        Paragraph(esc(intro), st["body"]),
        Spacer(1, 3 * mm),
        table,
    ]
