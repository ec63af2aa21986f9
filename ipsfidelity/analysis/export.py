"""The overview as a spreadsheet: CSV for Danish Excel, and XLSX.

CSV format (chosen for Danish Excel, which opens it correctly by double-click):
UTF-8 with a byte-order mark (so æ, ø, å survive), `;` between fields, CRLF line ends,
decimal comma (`75,0`), ISO dates (`2026-11-20`), an empty field for no value.
XLSX: scores are numeric cells shown with one decimal, dates are date cells.
Both are written atomically; the headers follow the message language (Danish first).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Sequence
from pathlib import Path

from ipsfidelity.analysis.overview import OverviewRow
from ipsfidelity.analysis.table import principle_columns
from ipsfidelity.fileio import atomic_write
from ipsfidelity.i18n import pick, tr
from ipsfidelity.instrument import get_pack
from ipsfidelity.wording import caseload_status_text, number, verdict_short_text

Cell = str | float | dt.date | None
CSV_DELIMITER = ";"
SCORE_FORMAT = "0.0"


def principle_headers(rows: Sequence[OverviewRow]) -> list[tuple[str, str]]:
    """(principle id, header such as "P1 Ingen eksklusion") for the rows' packs."""
    titles: dict[str, str] = {}
    for key in sorted({r.score.instrument for r in rows if r.score is not None}):
        for p in get_pack(*key).principles:
            titles.setdefault(p.id, f"{p.id} {pick(p.short)}")
    return [(pid, titles[pid]) for pid in principle_columns(rows)]


def overview_table(rows: Sequence[OverviewRow]) -> tuple[list[str], list[list[Cell]], set[int]]:
    """Header, cells (floats for scores, dates, text, None) and the score columns' indexes."""
    principles = principle_headers(rows)
    header = [
        tr("common.team"),
        tr("common.municipality"),
        tr("common.psychiatry"),
        tr("common.period"),
        tr("common.date"),
        *(title for _, title in principles),
        tr("common.overall"),
        tr("common.result"),
        tr("common.caseload"),
        tr("common.latest_assessment"),
        tr("overview.col.stale"),
    ]
    scores = set(range(5, 5 + len(principles) + 1))
    body: list[list[Cell]] = [
        [
            r.team,
            r.municipality,
            r.psychiatry,
            r.period,
            r.date,
            *(r.principle(pid) for pid, _ in principles),
            r.overall,
            None if r.verdict is None else verdict_short_text(r.verdict),
            None if r.caseload is None else caseload_status_text(r.caseload),
            r.last_review,
            tr("common.yes") if r.stale else tr("common.no"),
        ]
        for r in rows
    ]
    return header, body, scores


def _csv_cell(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return number(value, "da")  # the CSV is for Danish spreadsheets
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def write_csv(rows: Sequence[OverviewRow], path: Path) -> None:
    header, body, _ = overview_table(rows)
    text = io.StringIO()
    writer = csv.writer(text, delimiter=CSV_DELIMITER, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows([_csv_cell(c) for c in row] for row in body)
    atomic_write(path, text.getvalue().encode("utf-8-sig"), mode=0o644)


def write_xlsx(rows: Sequence[OverviewRow], path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    header, body, scores = overview_table(rows)
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = tr("overview.sheet")
    sheet.append(header)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in body:
        sheet.append(row)
    for index, title in enumerate(header):
        letter = get_column_letter(index + 1)
        if index in scores:
            for (cell,) in sheet.iter_rows(min_row=2, min_col=index + 1, max_col=index + 1):
                cell.number_format = SCORE_FORMAT
        else:
            for (cell,) in sheet.iter_rows(min_row=2, min_col=index + 1, max_col=index + 1):
                if isinstance(cell.value, dt.date):
                    cell.number_format = "yyyy-mm-dd"
        widest = max((len(_csv_cell(r[index])) for r in body), default=0)
        sheet.column_dimensions[letter].width = min(40, max(len(title), widest) + 2)
    sheet.freeze_panes = "B2"
    sheet.auto_filter.ref = sheet.dimensions
    data = io.BytesIO()
    book.save(data)
    atomic_write(path, data.getvalue(), mode=0o644)
