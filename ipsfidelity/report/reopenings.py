"""The record's reopenings, each in a few lines: who reopened it and why, when it had been
finished and by whose signatures, what changed in the consensus after it, and whether it
was finished again (the facts come from `reopening_facts`)."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from ipsfidelity.i18n import pick
from ipsfidelity.report.content import ReportContent
from ipsfidelity.report.reopening_facts import ReopeningStory
from ipsfidelity.report.styles import styles
from ipsfidelity.report.text import Words, esc
from ipsfidelity.store.lifecycle_views import ReopeningInfo


def _detail_style() -> ParagraphStyle:
    return ParagraphStyle("reopening_detail", parent=styles()["small"], leftIndent=5 * mm)


def _headline(o: ReopeningInfo | ReopeningStory, w: Words) -> str:
    # Never the operating-system login: the reviewer who reopened, when known.
    day = w.date(o.at.astimezone().date())
    if o.reviewer:
        return w.tr("report.reopened_line", date=day, who=o.reviewer, reason=o.reason)
    return w.tr("rater.reopened_line_no_one", date=day, reason=o.reason)


def story_lines(story: ReopeningStory, c: ReportContent, w: Words) -> list[str]:
    """The lines under a reopening's headline, in words."""
    scale = {s.id: pick(s.label, c.lang) for s in c.pack.scale}
    unrated = w.tr("report.not_rated")
    lines = []
    if story.finished_at is not None:
        day = w.date(story.finished_at.astimezone().date())
        signed = ", ".join(f"{s.reviewer} ({w.date(s.signed_on)})" for s in story.signed)
        lines.append(
            w.tr("report.detail.first_finished_signed", date=day, names=signed)
            if signed
            else w.tr("report.detail.first_finished", date=day)
        )
    changed = [
        f"{x.element_id} {scale.get(x.old or '', unrated)} → {scale.get(x.new or '', unrated)}"
        for x in story.changes
    ]
    if story.notes_changed:
        changed.append(w.tr("report.detail.notes_changed", elements=", ".join(story.notes_changed)))
    if story.caseload_changed:
        changed.append(w.tr("report.detail.caseload_changed"))
    if not story.traced:
        lines.append(w.tr("report.detail.not_traced"))
    elif changed:
        lines.append(w.tr("report.detail.changed", changes="; ".join(changed)))
    else:
        lines.append(w.tr("report.detail.nothing_changed"))
    if story.finished_again is not None:
        day = w.date(story.finished_again.astimezone().date())
        lines.append(w.tr("report.detail.finished_again", date=day))
    else:
        lines.append(w.tr("report.detail.not_finished_again"))
    return lines


def reopening_blocks(c: ReportContent, w: Words) -> list[list[Flowable]]:
    """One block per reopening, oldest first, for the caller to keep each on one page (a
    KeepTogether inside another would push the outer one to a page of its own)."""
    st = styles()
    life = c.lifecycle
    if life is None or not life.reopenings:
        return []
    if len(c.reopenings) != len(life.reopenings):  # content made by hand: the reasons only
        return [[Paragraph(esc(_headline(o, w)), st["body"])] for o in life.reopenings]
    detail = _detail_style()
    return [
        [
            Paragraph(esc(_headline(story, w)), st["body"]),
            *(Paragraph(esc(line), detail) for line in story_lines(story, c, w)),
            Spacer(1, 2 * mm),
        ]
        for story in c.reopenings
    ]
