"""The PDF report for the steering group. Qt-free: the app calls it from a worker thread.

write_report(store, assessment_id, path, lang="da", progress=cb)  # a file, atomically
build_report(store, assessment_id, lang="da")                      # bytes, for printing

Both read the assessment's action plan, the agreement in force and the outcome figures
from the store themselves, so every caller gets the same report.
"""

from ipsfidelity.report.build import build_report, render_pdf, write_report
from ipsfidelity.report.content import ReportContent, gather, personal_data_notes

__all__ = [
    "ReportContent",
    "build_report",
    "gather",
    "personal_data_notes",
    "render_pdf",
    "write_report",
]
