"""The pages after the summary: principles, caseload, change (and outcome figures)."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer

from ipsfidelity.i18n import pick
from ipsfidelity.instrument import NOT_RATED
from ipsfidelity.report.caseload_rows import consultant_cells, consultant_titles
from ipsfidelity.report.content import ReportContent
from ipsfidelity.report.fonts import BOLD
from ipsfidelity.report.previous import change_heading, change_intro, previous_label
from ipsfidelity.report.styles import CONTENT_WIDTH, TINTS, styles
from ipsfidelity.report.tables import FRAME_HEIGHT, Command, grid, head, whole_rows_grid
from ipsfidelity.report.text import Words, esc
from ipsfidelity.scoring import Score
from ipsfidelity.store.followup import INKLUSION_SHARE
from ipsfidelity.store.views import RatingInfo
from ipsfidelity.wording import caseload_status_text, verdict_short_text

UP, DOWN = colors.HexColor("#1b7a3a"), colors.HexColor("#b42318")
LONG_NOTE = 1500  # characters: an element and a note this long may split across pages


def principles(c: ReportContent, w: Words) -> list[Flowable]:
    st = styles()
    flow: list[Flowable] = [Paragraph(esc(w.tr("report.section.principles")), st["h1"])]
    # The pack's own note says how its elements relate to the source; a generic line otherwise.
    note = pick(c.pack.note, c.lang) if c.pack.note else w.tr("report.principles_help_note")
    flow.append(Paragraph(esc(note), st["muted"]))
    scores = {p.id: p for p in c.score.principles}
    scale = {s.id: pick(s.label, c.lang) for s in c.pack.scale}
    sources = {s.id: pick(s.label, c.lang) for s in c.pack.evidence_sources}
    # Number, element, rating; a note and its sources go on a full-width line under the
    # element, so a long note makes the row longer, not a narrow column pages tall.
    widths = [13 * mm, CONTENT_WIDTH - 39 * mm, 26 * mm]
    for principle in c.pack.principles:
        ps = scores[principle.id]
        rows: list[list[object]] = [
            head(w.tr("report.col.number"), w.tr("common.element"), w.tr("common.rating"))
        ]
        extra: list[Command] = []
        for element in principle.elements:
            rating = c.data.ratings.get(element.id)
            value = rating.rating if rating else NOT_RATED
            label = scale.get(value, w.tr("report.not_rated"))
            rows.append(
                [
                    Paragraph(element.id, st["cell_bold"]),
                    Paragraph(esc(pick(element.text, c.lang)), st["cell"]),
                    Paragraph(esc(label), st["cell"]),
                ]
            )
            r = len(rows) - 1
            extra.append(("BACKGROUND", (2, r), (2, r), TINTS.get(value, TINTS[NOT_RATED])))
            notes = _note_lines(rating, sources, w)
            if notes:
                rows.append(["", notes, ""])
                extra += [
                    ("SPAN", (1, r + 1), (2, r + 1)),
                    ("LINEBELOW", (0, r), (-1, r), 0.4, colors.white),  # one entry, no rule
                    ("TOPPADDING", (0, r + 1), (-1, r + 1), 0),
                ]
                if sum(len(str(n.text)) for n in notes) < LONG_NOTE:
                    extra.append(("NOSPLIT", (0, r), (-1, r + 1)))  # element and its note
        heading = Paragraph(f"{principle.id} {esc(pick(principle.short, c.lang))}", st["h2"])
        about = Paragraph(
            f"<b>{esc(w.tr('report.help_label'))}</b> {esc(pick(principle.help, c.lang))}",
            st["muted"],
        )
        intro = Paragraph(
            esc(pick(principle.title, c.lang))
            + "<br/>"
            + esc(
                w.tr("report.principle_score_one", score=w.num(ps.score), rated=ps.rated)
                if ps.elements == 1
                else w.tr(
                    "report.principle_score",
                    score=w.num(ps.score),
                    rated=ps.rated,
                    elements=ps.elements,
                )
            ),
            st["muted"],
        )
        table = whole_rows_grid(rows, widths, extra)  # rows split only if taller than a page
        block = [heading, intro, Spacer(1, 1 * mm), about, Spacer(1, 2 * mm), table]
        _, height = table.wrap(CONTENT_WIDTH, FRAME_HEIGHT)
        if height < 0.5 * FRAME_HEIGHT:
            flow.append(KeepTogether(block))  # a principle on one page when it fits
        else:  # long notes: start with room for the heading and a row, then flow on
            flow += [CondPageBreak(70 * mm), *block]
    return flow


def _note_lines(rating: RatingInfo | None, sources: dict[str, str], w: Words) -> list[Paragraph]:
    st = styles()
    lines = []
    if rating and rating.note.strip():
        label = f"<b>{esc(w.tr('report.note_label'))}:</b> "
        text = esc(rating.note.strip())  # line breaks kept (esc)
        lines.append(Paragraph(label + text, st["cell"]))
    if rating and rating.evidence:
        names = ", ".join(sources.get(e, e) for e in rating.evidence)
        lines.append(Paragraph(esc(w.tr("report.sources", sources=names)), st["muted"]))
    return lines


def caseload(c: ReportContent, w: Words) -> list[Flowable]:
    st = styles()
    block: list[Flowable] = [
        Paragraph(esc(w.tr("common.caseload")), st["h1"]),
        Paragraph(esc(pick(c.pack.caseload.rule, c.lang)), st["body"]),
        Spacer(1, 3 * mm),
    ]
    result = c.score.caseload
    if result.status == "missing":
        block.append(Paragraph(esc(w.tr("report.caseload_none")), st["body"]))
        return [CondPageBreak(60 * mm), *block]
    rows: list[list[object]] = [head(*consultant_titles(w), right=(1, 2, 3, 4))]
    extra: list[Command] = [("ALIGN", (1, 1), (4, -1), "RIGHT")]
    for i, (entry, load) in enumerate(
        zip(c.data.caseload, result.consultants, strict=True), start=1
    ):
        rows.append(consultant_cells(entry, load, c, w))
        extra.append(("BACKGROUND", (5, i), (5, i), TINTS[load.status]))
    extra += [("FONTNAME", (0, 1), (-1, -1), "DejaVuSans"), ("FONTSIZE", (0, 1), (-1, -1), 8.5)]
    widths = [52 * mm, 18 * mm, 20 * mm, 24 * mm, 22 * mm, CONTENT_WIDTH - 136 * mm]
    block += [
        grid(rows, widths, extra),
        Spacer(1, 2 * mm),
        Paragraph(
            esc(w.tr("report.caseload_team", status=caseload_status_text(result.status, c.lang))),
            st["body"],
        ),
    ]
    return [KeepTogether(block)]


def change(c: ReportContent, w: Words) -> list[Flowable]:
    st = styles()
    block: list[Flowable] = [
        Paragraph(esc(change_heading(c, w)), st["h1"]),
        Paragraph(esc(change_intro(c, w)), st["body"]),
    ]
    if c.previous is None:
        return [KeepTogether(block), *outcome_trend(c, w)]
    prev = c.previous
    if not c.complete:  # scores of a half-rated review move as the rest is rated
        block.append(Paragraph(esc(w.tr("report.change_provisional")), st["draft"]))
    block.append(Spacer(1, 3 * mm))
    before = {p.id: p.score for p in prev.score.principles}
    rows: list[list[object]] = [
        [
            *head(w.tr("common.principle")),
            Paragraph(
                f"{esc(previous_label(c, w))}<br/>{esc(prev.data.info.period)}",
                st["cell_bold_right"],
            ),
            Paragraph(
                f"{esc(w.tr('report.col.current'))}<br/>{esc(c.data.info.period)}",
                st["cell_bold_right"],
            ),
            *head(w.tr("common.change"), right=(0,)),
        ]
    ]
    extra: list[Command] = [("ALIGN", (1, 1), (-1, -1), "RIGHT")]
    lines = [
        (f"{p.id} {pick(p.short, c.lang)}", before.get(p.id), s.score)
        for p, s in zip(c.pack.principles, c.score.principles, strict=True)
    ]
    lines.append((w.tr("common.overall_score"), prev.score.overall, c.score.overall))
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
    # Scores can stand still while the verdict turns (a caseload over the limit): say so.
    then_v, now_v = prev.score.verdict, c.score.verdict
    rows.append(
        [
            Paragraph(esc(w.tr("common.result")), st["cell"]),
            Paragraph(esc(verdict_short_text(then_v, c.lang)), st["small_right"]),
            Paragraph(esc(verdict_short_text(now_v, c.lang)), st["small_right"]),
            w.tr("report.changed") if then_v != now_v else w.tr("common.unchanged"),
        ]
    )
    if then_v != now_v and "meets" in (then_v, now_v):
        better = now_v == "meets"
        extra.append(("TEXTCOLOR", (3, last + 1), (3, last + 1), UP if better else DOWN))
    highest = [_highest_load(prev.score), _highest_load(c.score)]
    if highest != [None, None]:
        # The arrows above mean better or worse; a load is plainly higher or lower.
        text, sign = w.delta(highest[1], highest[0])
        text = text.split(" ", 1)[-1] if sign else text
        rows.append(
            [
                Paragraph(esc(w.tr("report.highest_load_row")), st["cell"]),
                *map(w.num, highest),
                text,
            ]
        )
        if sign:  # a higher load is worse
            extra.append(("TEXTCOLOR", (3, last + 2), (3, last + 2), DOWN if sign > 0 else UP))
    widths = [82 * mm, 28 * mm, 28 * mm, CONTENT_WIDTH - 138 * mm]
    block.append(grid(rows, widths, extra))
    return [KeepTogether(block), *outcome_trend(c, w)]


def _highest_load(score: Score) -> float | None:
    return max((c.load for c in score.caseload.consultants), default=None)


def outcome_trend(c: ReportContent, w: Words) -> list[Flowable]:
    """The team's outcome figures per review, beside the Inklusion reference; only when
    there is more than one period to compare."""
    if len(c.outcome_trend) < 2:
        return []
    st = styles()
    rows: list[list[object]] = [
        head(
            w.tr("common.period"),
            w.tr("report.col.participants"),
            w.tr("common.in_job"),
            w.tr("common.share"),
            right=(1, 2, 3),
        )
    ]
    extra: list[Command] = [
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("FONTSIZE", (0, 1), (-1, -1), 8.5),
    ]
    for i, o in enumerate(c.outcome_trend, start=1):
        share = o.share
        rows.append(
            [
                f"{o.period} ({w.date(o.date)})",
                str(o.participants),
                str(o.in_job_or_education),
                "–" if share is None else f"{w.num(share)}{w.tr('report.percent')}",
            ]
        )
        if o.assessment_id == c.data.info.id:  # this review's row reads as the current one
            extra.append(("FONTNAME", (0, i), (-1, i), BOLD))
    widths = [64 * mm, 38 * mm, 42 * mm, CONTENT_WIDTH - 144 * mm]
    reference = w.tr("report.outcome_reference", share=w.num(INKLUSION_SHARE))
    return [
        KeepTogether(
            [
                Paragraph(esc(w.tr("report.section.outcomes")), st["h2"]),
                grid(rows, widths, extra),
                Spacer(1, 1.5 * mm),
                Paragraph(esc(reference), st["muted"]),
            ]
        )
    ]
