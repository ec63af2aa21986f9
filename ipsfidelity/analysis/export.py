"""The overview as a spreadsheet: CSV for Danish Excel, and XLSX.

CSV format (chosen for Danish Excel, which opens it correctly by double-click):
UTF-8 with a byte-order mark (so æ, ø, å survive), `;` between fields, CRLF line ends,
decimal comma (`75,0`), ISO dates (`2026-11-20`), an empty field for no value.
XLSX: scores are numeric cells shown with one decimal, dates are date cells, text cells
are always strings (never formulas).
In both, a text that could start a formula gets a leading apostrophe (`cells.inert`), and
CPR-like numbers are masked unless the caller allows them (`mask_personal_data=False`).
Both are written atomically, readable by the user only (0600, as every other output);
the headers follow the message language (Danish first).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Sequence
from pathlib import Path

from ipsfidelity.analysis.overview import OverviewRow
from ipsfidelity.analysis.table import principle_columns
from ipsfidelity.cells import inert
from ipsfidelity.fileio import atomic_write
from ipsfidelity.i18n import pick, tr
from ipsfidelity.instrument import get_pack
from ipsfidelity.privacy import contains_cpr, mask_cpr
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


def overview_table(
    rows: Sequence[OverviewRow], *, mask_personal_data: bool = False
) -> tuple[list[str], list[list[Cell]], set[int]]:
    """Header, cells (floats for scores, dates, text, None) and the score columns' indexes;
    with `mask_personal_data`, CPR-like numbers in the texts masked."""
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
    if mask_personal_data:
        body = [[mask_cpr(c) if isinstance(c, str) else c for c in row] for row in body]
    return header, body, scores


def personal_data_places(rows: Sequence[OverviewRow]) -> list[str]:
    """The cells ("række 2, kolonne Kommune") whose text looks like it holds a CPR number."""
    header, body, _ = overview_table(rows)
    return [
        tr("export.place.cell", row=n, column=header[i])
        for n, row in enumerate(body, 1)
        for i, cell in enumerate(row)
        if isinstance(cell, str) and contains_cpr(cell)
    ]


def _csv_cell(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return number(value, "da")  # the CSV is for Danish spreadsheets
    if isinstance(value, dt.date):
        return value.isoformat()
    return inert(value)


def write_csv(rows: Sequence[OverviewRow], path: Path, *, mask_personal_data: bool = True) -> None:
    header, body, _ = overview_table(rows, mask_personal_data=mask_personal_data)
    text = io.StringIO()
    writer = csv.writer(text, delimiter=CSV_DELIMITER, lineterminator="\r\n")
    writer.writerow([inert(h) for h in header])
    writer.writerows([_csv_cell(c) for c in row] for row in body)
    atomic_write(path, text.getvalue().encode("utf-8-sig"))


def write_xlsx(rows: Sequence[OverviewRow], path: Path, *, mask_personal_data: bool = True) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    header, body, scores = overview_table(rows, mask_personal_data=mask_personal_data)
    body = [[inert(c) if isinstance(c, str) else c for c in row] for row in body]
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = tr("overview.sheet")
    sheet.append(header)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in body:
        sheet.append(row)
    for line in sheet.iter_rows():
        for cell in line:
            if isinstance(cell.value, str):
                cell.data_type = "s"  # openpyxl types a text starting with "=" as a formula
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
    atomic_write(path, data.getvalue())
