"""Page 1: the summary a steering group can read on its own."""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.lib.colors import Color
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, TableStyle

from ipsfidelity.i18n import pick
from ipsfidelity.report.content import ReportContent
from ipsfidelity.report.followup import overdue_count, unplanned
from ipsfidelity.report.not_met import not_met_list
from ipsfidelity.report.previous import (
    legend_previous,
    overall_previous,
    previous_fact,
    previous_label,
)
from ipsfidelity.report.radar import RadarSeries, radar_drawing
from ipsfidelity.report.record import record_facts
from ipsfidelity.report.styles import CONTENT_WIDTH, DRAFT, DRAFT_BG, RULE, TINTS, Table, styles
from ipsfidelity.report.tables import padded
from ipsfidelity.report.text import Words, esc
from ipsfidelity.store.followup import CASELOAD_REF, INKLUSION_SHARE
from ipsfidelity.wording import (
    action_status_text,
    caseload_limit,
    caseload_status_text,
    decimal_text,
    verdict_sentence,
)

RADAR_WIDTH = 118 * mm
HOW_BG = colors.HexColor("#f1f3f5")
HOW_GAP = 3 * mm


def summary_page(c: ReportContent, w: Words) -> list[Flowable]:
    st = styles()
    info = c.data.info
    flow: list[Flowable] = [
        Paragraph(esc(report_kicker(c, w)), st["kicker"]),
        Paragraph(esc(report_title(c, w)), st["title"]),
        Paragraph(
            esc(w.tr("report.subtitle", instrument=pick(c.pack.title, c.lang), period=info.period)),
            st["kicker"],
        ),
        Spacer(1, 4 * mm),
        _facts(c, w),
        Spacer(1, 4 * mm),
    ]
    if not c.finished:
        flow += [_draft_box(c, w), Spacer(1, 3 * mm)]
    flow += [
        _verdict_box(c, w),
        Spacer(1, 4 * mm),
        _chart_and_ranking(c, w),
        Spacer(1, 3 * mm),
        Paragraph(esc(caseload_line(c, w)), st["body"]),
    ]
    outcome = outcome_line(c, w)
    if outcome:
        flow.append(Paragraph(esc(outcome), st["body"]))
    flow += [Spacer(1, HOW_GAP), _how_to_read(c, w)]
    # Every element not fully met, its whole text: the steering group's list. It flows
    # onto the next page when long (a weak team's summary is two pages, never cut short).
    flow += not_met_list(c, w)
    return flow


def self_assessment(c: ReportContent) -> bool:
    return c.lifecycle is not None and c.lifecycle.kind == "self"


def report_kicker(c: ReportContent, w: Words) -> str:
    """The line over the title; a self-assessment says so first, not only in the facts."""
    return w.tr("report.detail.kicker_self") if self_assessment(c) else w.tr("report.kicker")


def report_title(c: ReportContent, w: Words) -> str:
    name = c.data.team.name
    return w.tr("report.detail.title_self", team=name) if self_assessment(c) else name


def _facts(c: ReportContent, w: Words) -> Table:
    st = styles()
    info, team = c.data.info, c.data.team
    none = w.tr("report.not_given")
    rows = [
        (w.tr("common.municipality"), team.municipality or none),
        (w.tr("common.psychiatry"), team.psychiatry or none),
        (w.tr("agreement.field.clinics"), team.clinics or none),
        (w.tr("common.date"), w.date(info.date)),
        (w.tr("common.period"), info.period),
        (w.tr("col.reviewers"), ", ".join(info.reviewers) or none),
        *record_facts(c, w),
        (w.tr("report.field.instrument"), c.pack.label(c.lang)),
        (previous_label(c, w), previous_fact(c, w)),
        (w.tr("report.field.agreement"), _agreement_fact(c, w)),
    ]
    if c.actions:
        rows.append((w.tr("common.action_plan"), _actions_fact(c, w)))
    data = [[Paragraph(esc(k), st["muted"]), Paragraph(esc(v), st["small"])] for k, v in rows]
    table = Table(data, colWidths=[44 * mm, CONTENT_WIDTH - 44 * mm])
    table.setStyle(
        TableStyle(
            [
                *padded(left=0, top=1.2, bottom=1.2),
                ("LINEABOVE", (0, 0), (-1, 0), 0.5, RULE),
                ("LINEBELOW", (0, -1), (-1, -1), 0.5, RULE),
            ]
        )
    )
    return table


def _boxed(content: list[Flowable], background: Color, border: Color | None = None) -> Table:
    table = Table([[content]], colWidths=[CONTENT_WIDTH])
    commands: list[tuple[Any, ...]] = [
        ("BACKGROUND", (0, 0), (-1, -1), background),
        ("LEFTPADDING", (0, 0), (-1, -1), 4 * mm),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4 * mm),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5 * mm),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3 * mm),
    ]
    if border is not None:
        commands.append(("BOX", (0, 0), (-1, -1), 1.2, border))
    table.setStyle(TableStyle(commands))
    return table


def _verdict_box(c: ReportContent, w: Words) -> Table:
    sentence = verdict_sentence(c.score, c.lang)
    content = [Paragraph(esc(sentence), styles()["verdict"])]
    step = next_step(c, w)
    if step:
        content.append(Paragraph(esc(step), styles()["body"]))
    return _boxed(content, TINTS[c.score.verdict])


def next_step(c: ReportContent, w: Words) -> str | None:
    """What a finished review that does not meet the definition asks of the steering
    group, under the verdict: actions for the elements the plan leaves out, or else to
    follow the plan up. None when the plan is written by hand (its elements are words)."""
    if not c.finished or c.score.verdict != "does_not_meet":
        return None
    # An item already finished while its element is still not met asks for a new one.
    still_open = [a for a in c.actions if a.status != action_status_text("afsluttet", c.lang)]
    missing = unplanned(c, still_open)
    if missing is None:
        return None
    if c.score.caseload.status == "over" and not any(
        CASELOAD_REF in a.elements for a in still_open
    ):
        missing.append(w.tr("common.caseload").lower())
    if missing:
        return w.tr("report.detail.next_step_unplanned", elements=", ".join(missing))
    if still_open:
        return w.tr("report.detail.next_step_follow_plan")
    return None


def _plain(value: float, w: Words) -> str:
    """'100', '50', '22,5': a threshold or scale point as people write it."""
    return decimal_text(value, "0.######", w.lang)


def how_to_read(c: ReportContent, w: Words) -> list[str]:
    """How the numbers and the verdict come about, from the pack's scale and caseload limit:
    for readers who see a high score beside "lever ikke op"."""
    scale = ", ".join(f"{pick(s.label, c.lang)} = {_plain(100 * s.value, w)}" for s in c.pack.scale)
    full = next(s for s in c.pack.scale if s.id == c.pack.full_marks)
    return [
        w.tr("report.how_scores", scale=scale),
        w.tr(
            "report.how_verdict",
            full=pick(full.label, c.lang),
            limit=caseload_limit(c.pack.caseload, c.lang),
        ),
    ]


def _how_to_read(c: ReportContent, w: Words) -> Table:
    st = styles()
    text = f"<b>{esc(w.tr('report.how_title'))}:</b> " + " ".join(esc(x) for x in how_to_read(c, w))
    box = _boxed([Paragraph(text, st["how"])], HOW_BG)
    box.setStyle(
        TableStyle(
            [
                ("TOPPADDING", (0, 0), (-1, -1), 1.8 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2 * mm),
                ("LEFTPADDING", (0, 0), (-1, -1), 3 * mm),
            ]
        )
    )
    return box


def missing_lines(c: ReportContent, w: Words) -> list[str]:
    lines = []
    if c.score.unrated:
        lines.append(
            w.tr(
                "report.draft_elements",
                count=len(c.score.unrated),
                total=len(c.pack.elements),
                elements=", ".join(c.score.unrated),
            )
        )
    if c.score.caseload.status == "missing" and not c.complete:
        lines.append(w.tr("report.draft_caseload"))
    if c.lifecycle is not None and not c.lifecycle.finished:
        lines.append(w.tr("report.draft_not_finished"))
    return lines


def _draft_box(c: ReportContent, w: Words) -> Table:
    st = styles()
    content: list[Flowable] = [
        Paragraph(esc(w.tr("report.draft_banner")), st["draft"]),
        Paragraph(esc(w.tr("report.draft_missing")), st["small"]),
    ]
    content += [Paragraph("• " + esc(line), st["small"]) for line in missing_lines(c, w)]
    return _boxed(content, DRAFT_BG, border=DRAFT)


def radar_series(c: ReportContent, w: Words) -> list[RadarSeries]:
    series = [
        RadarSeries(
            w.tr("common.this_assessment", period=c.data.info.period),
            [p.score for p in c.score.principles],
        )
    ]
    if c.previous is not None:
        before = {p.id: p.score for p in c.previous.score.principles}
        series.append(
            RadarSeries(
                legend_previous(c, w, c.previous.data.info.period),
                [before.get(p.id) for p in c.score.principles],
            )
        )
    return series


def ranking(c: ReportContent) -> tuple[list[tuple[str, ...]], list[tuple[str, ...]]]:
    """Rows of the strongest and the weakest principles: about three each, best (worst) first.

    A row is one principle id, or several tied at the same score where the tie crosses the
    cut: those stay together in one row rather than three of five being picked by pack
    order. Never the same principle in both lists, and none in a list it does not belong
    to: a principle at the top score is not "weak", one at the bottom score not "strong".
    When all scores are equal both lists are empty.
    """
    scored = [p for p in c.score.principles if p.score is not None]
    if not scored:
        return [], []
    groups: dict[float, list[str]] = {}
    for p in scored:  # pack order within a score
        groups.setdefault(p.score or 0.0, []).append(p.id)
    top, low = max(groups), min(groups)
    take = 3 if len(scored) >= 6 else (len(scored) + 1) // 2

    def rows(order: list[float], limit: int, stop: float, taken: set[str]) -> list[tuple[str, ...]]:
        out: list[tuple[str, ...]] = []
        count = 0
        for score in order:
            ids = groups[score]
            if count >= limit or score == stop or taken & set(ids):
                break
            if count + len(ids) > limit and len(ids) > 1:
                out.append(tuple(ids))  # a tie across the cut: all of them, in one row
            else:
                out += [(i,) for i in ids]
            count += len(ids)
        return out

    strongest = rows(sorted(groups, reverse=True), take, low, set())
    weakest = rows(sorted(groups), 3, top, {i for row in strongest for i in row})
    return strongest, weakest


def _chart_and_ranking(c: ReportContent, w: Words) -> Table:
    st = styles()
    shorts = [pick(p.short, c.lang) for p in c.pack.principles]
    chart = radar_drawing(shorts, radar_series(c, w), RADAR_WIDTH, w.tr("report.legend_unrated"))
    by_id = {p.id: p for p in c.score.principles}
    side_width = CONTENT_WIDTH - RADAR_WIDTH - 4 * mm
    titles = {p.id: pick(p.short, c.lang) for p in c.pack.principles}

    def name(ids: tuple[str, ...]) -> str:
        if len(ids) == 1:
            return f"{ids[0]} {titles[ids[0]]}"
        return w.tr("report.rank_tied", count=len(ids), ids=", ".join(ids))

    def listing(groups: list[tuple[str, ...]]) -> list[Flowable]:
        if not groups:
            return [Paragraph(esc(w.tr("report.no_scores")), st["muted"])]
        # Name and score in columns, so a long name wraps inside its own cell.
        rows = [
            [
                Paragraph(esc(name(ids)), st["small"]),
                Paragraph(f"<b>{w.num(by_id[ids[0]].score)}</b>", st["small_right"]),
            ]
            for ids in groups
        ]
        table = Table(rows, colWidths=[side_width - 14 * mm, 14 * mm])
        table.setStyle(TableStyle(padded(left=0, right=0, top=0.8, bottom=0.8)))
        return [table]

    strongest, weakest = ranking(c)
    side: list[Flowable] = [
        Paragraph(esc(w.tr("common.overall_score")), st["muted"]),
        Paragraph(
            f"{w.num(c.score.overall)} <font size=10 color='#555555'>"
            f"{esc(w.tr('report.overall_of'))}</font>",
            st["big"],
        ),
    ]
    if not c.complete:  # a draft's score is an average of what has been rated so far
        rated = sum(p.rated for p in c.score.principles)
        total = sum(p.elements for p in c.score.principles)
        side.append(
            Paragraph(
                esc(w.tr("report.overall_provisional", rated=rated, total=total)), st["draft"]
            )
        )
    if c.previous is not None:
        side.append(
            Paragraph(
                esc(overall_previous(c, w, w.num(c.previous.score.overall))),
                st["muted"],
            )
        )
    scores = {p.score for p in c.score.principles if p.score is not None}
    if len(scores) == 1:  # nothing stands out: say so rather than rank equals
        side += [
            Spacer(1, 5 * mm),
            Paragraph(esc(w.tr("report.all_equal", score=w.num(scores.pop()))), st["small"]),
        ]
    else:
        side += [Spacer(1, 5 * mm), Paragraph(esc(w.tr("report.strongest")), st["cell_bold"])]
        side += listing(strongest)
        side += [Spacer(1, 4 * mm), Paragraph(esc(w.tr("report.weakest")), st["cell_bold"])]
        side += listing(weakest)
    table = Table([[chart, side]], colWidths=[RADAR_WIDTH, CONTENT_WIDTH - RADAR_WIDTH])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("LEFTPADDING", (1, 0), (1, 0), 4 * mm),
                ("TOPPADDING", (1, 0), (1, 0), 6 * mm),
                ("LINEBEFORE", (1, 0), (1, 0), 0.5, RULE),
            ]
        )
    )
    return table


def caseload_line(c: ReportContent, w: Words) -> str:
    result = c.score.caseload
    if result.status == "missing":
        return w.tr("report.caseload_missing_line")
    worst = max(result.consultants, key=lambda x: x.load)
    status = caseload_status_text(result.status, c.lang)
    # With other cases a lower load can be over the limit (the pack's mixed_max): then the
    # highest load alone would point at the wrong consultant, so name the ones at the status.
    flagged = [x for x in result.consultants if x.status == result.status]
    if result.status != "ok" and worst.status != result.status:
        return w.tr(
            "report.caseload_line_flagged",
            status=status,
            names=", ".join(f"{x.consultant} ({w.num(x.load)})" for x in flagged),
            load=w.num(worst.load),
            consultant=worst.consultant,
            count=len(result.consultants),
        )
    if len(result.consultants) == 1:
        return w.tr(
            "report.caseload_line_one",
            status=status,
            load=w.num(worst.load),
            consultant=worst.consultant,
        )
    return w.tr(
        "report.caseload_line",
        status=status,
        load=w.num(worst.load),
        consultant=worst.consultant,
        count=len(result.consultants),
    )


def _agreement_fact(c: ReportContent, w: Words) -> str:
    """P3.1 asks for a formal agreement: say on page 1 whether one was in force."""
    if c.agreement is None:
        return w.tr("agreement.none")
    return w.tr("report.agreement_fact", start=w.date(c.agreement.start_date))


def _actions_fact(c: ReportContent, w: Words) -> str:
    overdue = sum(a.overdue for a in c.actions)
    text = w.tr("report.action_count", count=len(c.actions))
    if overdue:
        text += " · " + overdue_count(c, w, overdue)
    return text


def outcome_line(c: ReportContent, w: Words) -> str:
    """Outcome figures beside the Inklusion research project's share; empty when none
    are recorded."""
    o = c.outcomes
    if o is None:
        return ""
    reference = w.num(INKLUSION_SHARE)
    if o.share is None:
        return w.tr("report.outcome_line_empty", reference=reference)
    if o.participants == 1:
        return w.tr(
            "report.outcome_line_one",
            in_job=o.in_job_or_education,
            share=w.num(o.share),
            reference=reference,
        )
    return w.tr(
        "report.outcome_line",
        in_job=o.in_job_or_education,
        participants=o.participants,
        share=w.num(o.share),
        reference=reference,
    )
