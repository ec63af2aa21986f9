"""A consultant's row in the report's caseload tables: the caseload section's and the
reviewers' readings in the annex, so both weigh and word a reading alike."""

from __future__ import annotations

from reportlab.platypus import Paragraph

from ipsfidelity.report.content import ReportContent
from ipsfidelity.report.styles import styles
from ipsfidelity.report.text import Words, esc
from ipsfidelity.scoring.caseload import ConsultantLoad
from ipsfidelity.store.views import CaseloadInfo
from ipsfidelity.wording import caseload_status_text, decimal_text


def consultant_cells(
    entry: CaseloadInfo, load: ConsultantLoad, c: ReportContent, w: Words
) -> list[object]:
    """One consultant's row of a caseload table: name, FTE, cases, the weighed load and its
    status (the caller tints the status cell). Also the reviewers' readings in the annex."""
    st = styles()
    return [
        Paragraph(esc(entry.consultant), st["cell"]),
        decimal_text(entry.fte, "0.0#", w.lang),  # 1,0 beside 0,5 and 0,25
        str(entry.ips_cases),
        str(entry.other_cases),
        w.num(load.load),
        Paragraph(esc(caseload_status_text(load.status, c.lang)), st["cell"]),
    ]


def consultant_titles(w: Words) -> list[str]:
    """The column titles over `consultant_cells`."""
    return [
        w.tr("common.consultant"),
        w.tr("common.fte"),
        w.tr("common.ips_cases"),
        w.tr("common.other_cases"),
        w.tr("common.load"),
        w.tr("common.status"),
    ]
