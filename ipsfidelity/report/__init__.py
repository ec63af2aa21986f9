"""The PDF report for the steering group. Qt-free: the app calls it from a worker thread.

write_report(store, assessment_id, path, lang="da", progress=cb)  # a file, atomically
build_report(store, assessment_id, lang="da")                      # bytes, for printing
"""

from ipsfidelity.report.build import build_report, render_pdf, write_report
from ipsfidelity.report.content import ActionItem, ReportContent, gather

__all__ = ["ActionItem", "ReportContent", "build_report", "gather", "render_pdf", "write_report"]
