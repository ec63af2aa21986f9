"""Lay out the report and write it: `build_report` (bytes, for printing) and
`write_report` (a file, written atomically)."""

from __future__ import annotations

import errno
import io
from collections.abc import Callable
from pathlib import Path
from typing import Unpack

from reportlab.lib.units import cm
from reportlab.platypus import BaseDocTemplate, CondPageBreak, Flowable, Frame, PageTemplate

from ipsfidelity.errors import UserError
from ipsfidelity.fileio import atomic_write
from ipsfidelity.report.content import GatherOptions, ReportContent, gather
from ipsfidelity.report.followup import action_plan, agreement_annex, signatures
from ipsfidelity.report.fonts import REGULAR, register_fonts
from ipsfidelity.report.pages import PAGE_H, PAGE_W, PageMarks, numbered_canvas
from ipsfidelity.report.record import review_record, reviewers_annex
from ipsfidelity.report.sections import caseload, change, principles
from ipsfidelity.report.styles import MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X
from ipsfidelity.report.summary import report_kicker, report_title, summary_page
from ipsfidelity.report.text import Words
from ipsfidelity.store.report_source import ReportSource

Progress = Callable[[int, str], None]


def _marks(c: ReportContent, w: Words) -> PageMarks:
    info = c.data.info
    draft = None
    if not c.finished:
        missing = []
        if c.score.unrated:
            n = len(c.score.unrated)
            missing.append(
                w.tr("report.draft_short_element")
                if n == 1
                else w.tr("report.draft_short_elements", count=n)
            )
        if c.score.caseload.status == "missing" and not c.complete:
            missing.append(w.tr("common.caseload_lower"))
        if c.complete:
            missing.append(w.tr("report.draft_short_not_finished"))
        draft = (
            w.tr("report.draft_banner"),
            w.tr("report.draft_short", missing=", ".join(missing)),
        )
    return PageMarks(
        left=f"{c.data.team.name} · {info.period}",
        right=w.tr(
            "report.footer_generated",
            date=w.date(c.generated),
            instrument=f"{c.pack.id} v{c.pack.version}",
        ),
        page_text=w.tr("report.footer_page", page="{page}", pages="{pages}"),
        draft=draft,
        watermark=w.tr("report.draft_watermark"),
        fingerprint=w.tr("report.footer_fingerprint", fingerprint=c.fingerprint)
        if c.fingerprint
        else "",
    )


class AfterSummary(CondPageBreak):
    """Section 2 on a page of its own after a one-page summary. When the list of elements
    not fully met has carried the summary onto page 2, section 2 follows it there, as a
    near-empty page would only add paper to a printed report; a new page is still taken
    when less than `ROOM` is left."""

    ROOM = 8 * cm

    def __init__(self) -> None:
        super().__init__(self.ROOM)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        on_first_page = self.canv.getPageNumber() == 1
        self.height = availHeight + 1 if on_first_page else self.ROOM
        return super().wrap(availWidth, availHeight)


def story(c: ReportContent) -> list[Flowable]:
    w = Words(c.lang)
    return [
        *summary_page(c, w),
        AfterSummary(),
        *principles(c, w),
        *caseload(c, w),
        *change(c, w),
        *review_record(c, w),
        *action_plan(c, w),
        *signatures(c, w),
        *reviewers_annex(c, w),
        *agreement_annex(c, w),
    ]


def render_pdf(content: ReportContent) -> bytes:
    """The PDF for already gathered content; touches no database."""
    register_fonts()
    w = Words(content.lang)
    marks = _marks(content, w)
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=(PAGE_W, PAGE_H),
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=f"{report_title(content, w)} · {content.data.info.period}",
        author="ipsfidelity",
        subject=report_kicker(content, w),
        lang=content.lang,
        initialFontName=REGULAR,  # else every page names Helvetica, a font we do not embed
    )
    frame = Frame(
        doc.leftMargin,
        doc.bottomMargin,
        doc.width,
        doc.height,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates([PageTemplate("page", [frame], onPage=marks.under_content)])
    doc.build(story(content), canvasmaker=numbered_canvas(marks))
    return buffer.getvalue()


def build_report(
    store: ReportSource,
    assessment_id: str,
    lang: str = "da",
    *,
    progress: Progress | None = None,
    **options: Unpack[GatherOptions],
) -> bytes:
    """The report as PDF bytes (for printing or previewing without a file).

    The action plan, agreement and outcome figures come from the store; `actions`
    replaces the stored plan only when given (see `gather` for the options)."""
    w = Words(lang)
    report = progress or (lambda _p, _m: None)
    report(5, w.tr("report.progress.gather"))
    content = gather(store, assessment_id, lang, **options)
    report(30, w.tr("report.progress.layout"))
    pdf = render_pdf(content)
    report(90, w.tr("report.progress.write"))
    return pdf


def _why(exc: OSError, w: Words) -> str:
    match exc.errno:
        case errno.ENOENT | errno.ENOTDIR:
            return w.tr("os.no_such_folder")
        case errno.EACCES | errno.EPERM | errno.EROFS:
            return w.tr("report.why.denied")
        case errno.EISDIR:
            return w.tr("report.why.is_folder")
        case errno.ENOSPC:
            return w.tr("os.disk_full")
    return exc.strerror or str(exc)


def write_report(
    store: ReportSource,
    assessment_id: str,
    path: Path | str,
    lang: str = "da",
    *,
    progress: Progress | None = None,
    **options: Unpack[GatherOptions],
) -> Path:
    """Write the report to `path` atomically; a failure leaves no file and raises UserError."""
    path = Path(path)
    pdf = build_report(store, assessment_id, lang, progress=progress, **options)
    save_pdf(pdf, path, lang)
    if progress:
        progress(100, Words(lang).tr("report.progress.done"))
    return path


def save_pdf(pdf: bytes, path: Path | str, lang: str = "da") -> Path:
    """Write finished PDF bytes atomically, 0600; a failure leaves no file, says why."""
    path = Path(path)
    try:
        atomic_write(path, pdf, mode=0o600)  # a report names a team and its people
    except OSError as exc:
        w = Words(lang)
        raise UserError(w.tr("report.write_failed", path=path, why=_why(exc, w))) from None
    return path
