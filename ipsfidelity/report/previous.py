"""The report's words for its comparison: a review is compared with the team's previous
review of the same kind (an independent review with the previous independent one, a
self-assessment with the previous self-assessment), and a self-assessment's labels say so."""

from __future__ import annotations

from ipsfidelity.report.content import ReportContent
from ipsfidelity.report.text import Words


def _is_self(c: ReportContent) -> bool:
    return c.data.info.kind == "self"


def previous_label(c: ReportContent, w: Words) -> str:
    """ "Forrige vurdering", or "Forrige selvevaluering" for a self-assessment."""
    return w.tr("report.kind.previous_self") if _is_self(c) else w.tr("report.col.previous")


def previous_fact(c: ReportContent, w: Words) -> str:
    """The summary's value: the previous review's date and period, or that there is none."""
    if c.previous is not None:
        info = c.previous.data.info
        return f"{w.date(info.date)} ({info.period})"
    if _is_self(c):
        return w.tr("report.kind.first_self")
    return w.tr("report.kind.first_independent")


def legend_previous(c: ReportContent, w: Words, period: str) -> str:
    if _is_self(c):
        return w.tr("report.kind.legend_previous_self", period=period)
    return w.tr("report.legend_previous", period=period)


def overall_previous(c: ReportContent, w: Words, score: str) -> str:
    if _is_self(c):
        return w.tr("report.kind.overall_previous_self", score=score)
    return w.tr("report.overall_previous", score=score)


def change_heading(c: ReportContent, w: Words) -> str:
    if _is_self(c):
        return w.tr("report.kind.section_change_self")
    return w.tr("report.section.change")


def change_intro(c: ReportContent, w: Words) -> str:
    """Which review this one is compared with, and that the other kind is left out."""
    if c.previous is None:
        if _is_self(c):
            return w.tr("report.kind.change_first_self")
        return w.tr("report.kind.change_first_independent")
    info = c.previous.data.info
    if _is_self(c):
        return w.tr("report.kind.change_intro_self", date=w.date(info.date), period=info.period)
    return w.tr("report.kind.change_intro_independent", date=w.date(info.date), period=info.period)
