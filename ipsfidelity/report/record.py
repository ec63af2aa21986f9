"""The review as a record: its kind and status on the summary page, the reviewers'
agreement and any reopening near the end, and an annex (after the signatures, on pages
of its own) with each reviewer's own ratings beside the consensus
(docs/review-lifecycle.md)."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer

from ipsfidelity.consensus_marks import differs_from_every_reviewer
from ipsfidelity.i18n import pick
from ipsfidelity.report.annex_caseload import caseload_readings
from ipsfidelity.report.content import ReportContent
from ipsfidelity.report.reopenings import reopening_blocks
from ipsfidelity.report.styles import CONTENT_WIDTH, styles
from ipsfidelity.report.tables import grid, head
from ipsfidelity.report.text import Words, esc
from ipsfidelity.review_words import agreement_lines, kind_word, state_word
from ipsfidelity.store.views import RatingInfo


def finished_line(c: ReportContent, w: Words) -> str | None:
    """ "Afsluttet 4. december 2026 af Anna, Bo" for a finished review; None otherwise."""
    life = c.lifecycle
    if life is None or not life.finished or life.finished_at is None:
        return None
    day = life.finished_at.astimezone().date()
    if life.signoffs and all(s.signed_on == day for s in life.signoffs):
        # All signed on the day it was finished: that date once, not once a name.
        names = ", ".join(s.reviewer for s in life.signoffs)
        return w.tr("report.detail.finished_signed_that_day", date=w.date(day), names=names)
    # Each signature with its own date: reviewers may sign on different days.
    names = ", ".join(
        w.tr("report.detail.signed", name=s.reviewer, date=w.date(s.signed_on))
        for s in life.signoffs
    )
    if not names:
        return w.tr("report.finished_by_upgrade", date=w.date(day))
    return w.tr("lifecycle.finished_on_by", date=w.date(day), names=names)


def record_facts(c: ReportContent, w: Words) -> list[tuple[str, str]]:
    """A row for the summary's facts table: the kind and the status, in one line so the
    summary stays one page."""
    life = c.lifecycle
    if life is None:
        return []
    status = finished_line(c, w) or state_word(life.state, c.lang)
    count = len(life.reopenings)
    if count == 1:
        status += " · " + w.tr("report.reopened_once")
    elif count:
        status += " · " + w.tr("report.reopened_count", count=count)
    return [(w.tr("common.status"), f"{kind_word(life.kind, c.lang)} · {status}")]


def review_record(c: ReportContent, w: Words) -> list[Flowable]:
    """Agreement between the reviewers, the caseload's absence, any reopenings and what the
    fingerprint in the page footer covers."""
    st = styles()
    life = c.lifecycle
    if life is None:
        return []
    # Blocks that each stay on one page, so no heading or closing note is left alone.
    blocks: list[list[Flowable]] = []
    if c.fingerprint:  # the footer's code, said once in words: what it covers and what not
        text = w.tr("report.fingerprint_explained", fingerprint=c.fingerprint)
        blocks.append([Paragraph(esc(text), st["body"])])
    if c.interrater is not None:
        agreement: list[Flowable] = [Paragraph(esc(w.tr("report.section.interrater")), st["h2"])]
        agreement += [
            Paragraph(esc(line), st["body"]) for line in agreement_lines(c.interrater, c.lang)
        ]
        if c.reviewer_ratings:
            agreement.append(Paragraph(esc(w.tr("report.see_reviewers_annex")), st["body"]))
        blocks.append(agreement)
    if life.caseload_unavailable:
        text = w.tr("report.caseload_unavailable", reason=life.caseload_unavailable)
        blocks.append([Paragraph(esc(text), st["body"])])
    if life.reopenings:
        first, *rest = reopening_blocks(c, w)
        blocks += [[Paragraph(esc(w.tr("report.section.reopenings")), st["h2"]), *first], *rest]
    if not blocks:
        return []
    heading = Paragraph(esc(w.tr("report.section.record")), st["h1"])
    return [KeepTogether([heading, *blocks[0]]), *(KeepTogether(b) for b in blocks[1:])]


def reviewers_annex(c: ReportContent, w: Words) -> list[Flowable]:
    """Annex: each reviewer's own rating (and note) of every element beside the consensus
    rating (its note is with the element in the report),
    on pages of its own after the signatures, with the agreement figures; nothing when no
    reviewer rated on their own (one reviewer's ratings are the consensus)."""
    if not c.reviewer_ratings:
        return []
    st = styles()
    reviewers = [r for r in c.data.info.reviewers if r in c.reviewer_ratings] + sorted(
        r for r in c.reviewer_ratings if r not in c.data.info.reviewers
    )
    scale = {s.id: pick(s.label, c.lang) for s in c.pack.scale}

    def cell(
        info: RatingInfo | None, consensus: bool = False, mark: str = "", why: bool = False
    ) -> Paragraph:
        if info is None:
            return Paragraph("–", st["cell"])
        text = esc(scale.get(info.rating, "–"))
        if consensus:
            # Its note stands with the element in the report itself; where the reviewers
            # differ (≠) it stands here too, so the reader sees why the consensus is what it is.
            text = f"<b>{text}</b>{esc(mark)}"
            if why:
                note = info.note.strip() or w.tr("report.detail.no_consensus_note")
                text += f"<br/><font size=7.5 color='#555555'>{esc(note)}</font>"
            return Paragraph(text, st["cell"])
        if info.note:
            text += f"<br/><font size=7.5>{esc(info.note)}</font>"
        return Paragraph(text, st["cell"])

    rows: list[list[object]] = [
        [
            *head(w.tr("common.element")),
            *(Paragraph(esc(name), st["cell_bold"]) for name in reviewers),
            *head(w.tr("common.consensus")),
        ]
    ]
    unrated_by_all = False  # some consensus differs from every reviewer's own rating
    for element_id in c.pack.element_ids:
        own = [c.reviewer_ratings[r].get(element_id) for r in reviewers]
        values = {o.rating for o in own if o is not None}
        mark = " ≠" if len(values) > 1 else ""
        consensus = c.data.ratings.get(element_id)
        nobody = differs_from_every_reviewer(
            consensus and consensus.rating, [o and o.rating for o in own]
        )
        unrated_by_all |= nobody
        rows.append(
            [
                Paragraph(esc(element_id + mark), st["cell"]),
                *(cell(o) for o in own),
                cell(
                    consensus,
                    consensus=True,
                    mark=" " + w.tr("annex.differs_from_all") if nobody else "",
                    why=nobody or bool(mark),
                ),
            ]
        )
    first = 22 * mm
    rest = (CONTENT_WIDTH - first) / (len(reviewers) + 1)
    table = grid(rows, [first, *([rest] * (len(reviewers) + 1))], split_rows=False)
    figures = [] if c.interrater is None else agreement_lines(c.interrater, c.lang)
    return [
        PageBreak(),
        Paragraph(esc(w.tr("report.section.reviewers_annex")), st["h1"]),
        Paragraph(
            esc(w.tr("report.reviewers_annex_intro") + " " + w.tr("report.detail.annex_why")),
            st["body"],
        ),
        *(Paragraph(esc(line), st["body"]) for line in figures),
        Spacer(1, 3 * mm),
        table,
        *(
            [Paragraph(esc(w.tr("annex.differs_from_all_note")), st["muted"])]
            if unrated_by_all
            else []
        ),
        *caseload_readings(c, w, reviewers),
    ]
