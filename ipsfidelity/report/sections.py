"""The pages after the summary: principles, caseload, change, action plan, signatures."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    TableStyle,
)

from ipsfidelity.i18n import pick
from ipsfidelity.instrument import NOT_RATED
from ipsfidelity.report.content import ReportContent
from ipsfidelity.report.styles import HEAD_BG, RULE, TINTS, Table, styles
from ipsfidelity.report.summary import CONTENT_WIDTH
from ipsfidelity.report.text import Words, esc
from ipsfidelity.wording import caseload_status_text

Command = tuple[Any, ...]  # a TableStyle command
UP, DOWN = colors.HexColor("#1b7a3a"), colors.HexColor("#b42318")


def _grid(
    data: list[list[object]], widths: Sequence[float], extra: Sequence[Command] = ()
) -> Table:
    """A table with a tinted, repeating header row and light rules between rows."""
    table = Table(data, colWidths=list(widths), repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                *extra,
            ]
        )
    )
    return table


def _head(w: Words, *keys: str, right: Sequence[int] = ()) -> list[object]:
    """Header cells; columns in `right` sit right-aligned, over numbers."""
    st = styles()
    return [
        Paragraph(esc(w(k)), st["cell_bold_right" if i in right else "cell_bold"])
        for i, k in enumerate(keys)
    ]


def principles(c: ReportContent, w: Words) -> list[Flowable]:
    st = styles()
    flow: list[Flowable] = [Paragraph(esc(w("report.section.principles")), st["h1"])]
    scores = {p.id: p for p in c.score.principles}
    scale = {s.id: pick(s.label, c.lang) for s in c.pack.scale}
    sources = {s.id: pick(s.label, c.lang) for s in c.pack.evidence_sources}
    widths = [13 * mm, 82 * mm, 24 * mm, CONTENT_WIDTH - 119 * mm]
    for principle in c.pack.principles:
        ps = scores[principle.id]
        rows: list[list[object]] = [
            _head(
                w, "report.col.number", "report.col.element", "report.col.rating", "report.col.note"
            )
        ]
        tints = []
        for i, element in enumerate(principle.elements, start=1):
            rating = c.data.ratings.get(element.id)
            value = rating.rating if rating else NOT_RATED
            label = scale.get(value, w("report.not_rated"))
            notes = []
            if rating and rating.note.strip():
                notes.append(Paragraph(esc(rating.note.strip()), st["cell"]))
            if rating and rating.evidence:
                names = ", ".join(sources.get(e, e) for e in rating.evidence)
                notes.append(Paragraph(esc(w("report.sources", sources=names)), st["muted"]))
            rows.append(
                [
                    Paragraph(element.id, st["cell_bold"]),
                    Paragraph(esc(pick(element.text, c.lang)), st["cell"]),
                    Paragraph(esc(label), st["cell"]),
                    notes or "",
                ]
            )
            tints.append(("BACKGROUND", (2, i), (2, i), TINTS.get(value, TINTS[NOT_RATED])))
        heading = Paragraph(f"{principle.id} {esc(pick(principle.short, c.lang))}", st["h2"])
        intro = Paragraph(
            esc(pick(principle.title, c.lang))
            + "<br/>"
            + esc(
                w(
                    "report.principle_score",
                    score=w.num(ps.score),
                    rated=ps.rated,
                    elements=ps.elements,
                )
            ),
            st["muted"],
        )
        # The heading travels with its table; a long table may still split (header repeats).
        flow.append(KeepTogether([heading, intro, Spacer(1, 2 * mm), _grid(rows, widths, tints)]))
    return flow


def caseload(c: ReportContent, w: Words) -> list[Flowable]:
    st = styles()
    block: list[Flowable] = [
        Paragraph(esc(w("report.section.caseload")), st["h1"]),
        Paragraph(esc(pick(c.pack.caseload.rule, c.lang)), st["body"]),
        Spacer(1, 3 * mm),
    ]
    result = c.score.caseload
    if result.status == "missing":
        block.append(Paragraph(esc(w("report.caseload_none")), st["body"]))
        return [CondPageBreak(60 * mm), *block]
    rows: list[list[object]] = [
        _head(
            w,
            "report.col.consultant",
            "report.col.fte",
            "report.col.ips_cases",
            "report.col.other_cases",
            "report.col.load",
            "report.col.status",
            right=(1, 2, 3, 4),
        )
    ]
    extra: list[Command] = [("ALIGN", (1, 1), (4, -1), "RIGHT")]
    for i, (entry, load) in enumerate(
        zip(c.data.caseload, result.consultants, strict=True), start=1
    ):
        rows.append(
            [
                Paragraph(esc(entry.consultant), st["cell"]),
                _fte(entry.fte, w),
                str(entry.ips_cases),
                str(entry.other_cases),
                w.num(load.load),
                Paragraph(esc(caseload_status_text(load.status, c.lang)), st["cell"]),
            ]
        )
        extra.append(("BACKGROUND", (5, i), (5, i), TINTS[load.status]))
    extra += [("FONTNAME", (0, 1), (-1, -1), "DejaVuSans"), ("FONTSIZE", (0, 1), (-1, -1), 8.5)]
    widths = [52 * mm, 18 * mm, 20 * mm, 24 * mm, 22 * mm, CONTENT_WIDTH - 136 * mm]
    block += [
        _grid(rows, widths, extra),
        Spacer(1, 2 * mm),
        Paragraph(
            esc(w("report.caseload_team", status=caseload_status_text(result.status, c.lang))),
            st["body"],
        ),
    ]
    return [KeepTogether(block)]


def _fte(fte: float, w: Words) -> str:
    text = f"{fte:.2f}".rstrip("0").rstrip(".")
    return text.replace(".", ",") if w.lang == "da" else text


def change(c: ReportContent, w: Words) -> list[Flowable]:
    st = styles()
    block: list[Flowable] = [Paragraph(esc(w("report.section.change")), st["h1"])]
    if c.previous is None:
        block.append(Paragraph(esc(w("report.change_first")), st["body"]))
        return [KeepTogether(block)]
    prev = c.previous
    block += [
        Paragraph(
            esc(
                w(
                    "report.change_intro",
                    date=w.date(prev.data.info.date),
                    period=prev.data.info.period,
                )
            ),
            st["body"],
        ),
        Spacer(1, 3 * mm),
    ]
    before = {p.id: p.score for p in prev.score.principles}
    rows: list[list[object]] = [
        [
            *_head(w, "report.col.principle"),
            Paragraph(
                f"{esc(w('report.col.previous'))}<br/>{esc(prev.data.info.period)}",
                st["cell_bold_right"],
            ),
            Paragraph(
                f"{esc(w('report.col.current'))}<br/>{esc(c.data.info.period)}",
                st["cell_bold_right"],
            ),
            *_head(w, "report.col.change", right=(0,)),
        ]
    ]
    extra: list[Command] = [("ALIGN", (1, 1), (-1, -1), "RIGHT")]
    lines = [
        (f"{p.id} {pick(p.short, c.lang)}", before.get(p.id), s.score)
        for p, s in zip(c.pack.principles, c.score.principles, strict=True)
    ]
    lines.append((w("report.overall_row"), prev.score.overall, c.score.overall))
    for i, (name, then, now) in enumerate(lines, start=1):
        text, sign = w.delta(now, then)
        rows.append([Paragraph(esc(name), st["cell"]), w.num(then), w.num(now), text])
        if sign:
            extra.append(("TEXTCOLOR", (3, i), (3, i), UP if sign > 0 else DOWN))
    last = len(lines)
    extra += [
        ("FONTNAME", (0, 1), (-1, -1), "DejaVuSans"),
        ("FONTSIZE", (0, 1), (-1, -1), 8.5),
        ("FONTNAME", (0, last), (-1, last), "DejaVuSans-Bold"),
        ("LINEABOVE", (0, last), (-1, last), 0.8, colors.black),
    ]
    rows[last][0] = Paragraph(f"<b>{esc(lines[-1][0])}</b>", st["cell"])
    widths = [82 * mm, 28 * mm, 28 * mm, CONTENT_WIDTH - 138 * mm]
    block.append(_grid(rows, widths, extra))
    return [KeepTogether(block)]


def action_plan(c: ReportContent, w: Words) -> list[Flowable]:
    """Omitted entirely when the team has no action plan items."""
    if not c.actions:
        return []
    st = styles()
    rows: list[list[object]] = [
        _head(
            w,
            "report.col.item",
            "report.col.element",
            "report.col.responsible",
            "report.col.owner",
            "report.col.deadline",
            "report.col.status",
        )
    ]
    for a in c.actions:
        rows.append(
            [
                Paragraph(esc(a.item), st["cell"]),
                Paragraph(esc(a.element), st["cell"]),
                Paragraph(esc(a.responsible), st["cell"]),
                Paragraph(esc(a.owner), st["cell"]),
                Paragraph(esc(w.date(a.deadline)) if a.deadline else "–", st["cell"]),
                Paragraph(esc(a.status), st["cell"]),
            ]
        )
    widths = [62 * mm, 16 * mm, 24 * mm, 28 * mm, 24 * mm, CONTENT_WIDTH - 154 * mm]
    heading = Paragraph(esc(w("report.section.actions")), st["h1"])
    # Heading plus the first rows stay together; the rest may run on (header repeats).
    return [CondPageBreak(50 * mm), heading, _grid(rows, widths)]


def signatures(c: ReportContent, w: Words) -> list[Flowable]:
    """As in the cooperation agreement template: one column per party, lines to sign on."""
    st = styles()
    team = c.data.team
    municipality = team.municipality.strip()
    if not municipality:
        left = w("report.sign_municipality")
    elif "kommune" in municipality.lower() or "municipality" in municipality.lower():
        left = w("report.sign_for", name=municipality)
    else:
        left = w("report.sign_for_municipality", name=municipality)
    psychiatry = team.psychiatry.strip()
    right = w("report.sign_for", name=psychiatry) if psychiatry else w("report.sign_psychiatry")
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
    for key in ("report.sign_name", "report.sign_date", "report.sign_signature"):
        line_row = len(rows)
        rows.append(["", "", ""])
        rows.append([Paragraph(esc(w(key)), st["muted"]), "", Paragraph(esc(w(key)), st["muted"])])
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
                Paragraph(esc(w("report.section.signatures")), st["h1"]),
                Paragraph(esc(w("report.sign_intro")), st["body"]),
                Spacer(1, 4 * mm),
                table,
            ]
        )
    ]
