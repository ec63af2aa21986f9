"""The overview and a team's trend as spreadsheets: CSV for Danish Excel, and XLSX.

CSV format (chosen for Danish Excel, which opens it correctly by double-click):
UTF-8 with a byte-order mark (so æ, ø, å survive), `;` between fields, CRLF line ends,
decimal comma (`75,0`), ISO dates (`2026-11-20`), an empty field for no value.
XLSX: scores are numeric cells shown with one decimal (changes with their sign), dates
are date cells, text cells are always strings (never formulas).
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
from dataclasses import dataclass, field
from pathlib import Path

from ipsfidelity.analysis.overview import OverviewRow
from ipsfidelity.analysis.table import principle_columns, principle_ids
from ipsfidelity.analysis.trend import steps
from ipsfidelity.cells import inert
from ipsfidelity.fileio import atomic_write
from ipsfidelity.i18n import pick, tr
from ipsfidelity.instrument import get_pack
from ipsfidelity.person_names import contains_personal_data, masked_free_text, staff_names
from ipsfidelity.privacy import contains_cpr, mask_cpr
from ipsfidelity.review_words import kind_word, state_word
from ipsfidelity.store.aggregates import AssessmentScore
from ipsfidelity.wording import caseload_status_text, number, verdict_short_text

Cell = str | float | dt.date | None
CSV_DELIMITER = ";"
SCORE_FORMAT = "0.0"
CHANGE_FORMAT = "+0.0;-0.0;0.0"  # the sign shown, as in the app


@dataclass
class Table:
    """A spreadsheet: header, cells (floats for scores, dates, text, None), and which
    columns hold scores and which hold changes (both numbers with one decimal)."""

    header: list[str]
    body: list[list[Cell]]
    scores: set[int] = field(default_factory=set)
    changes: set[int] = field(default_factory=set)
    # Columns of free text (an action, a follow-up note), checked for citizens' names too,
    # and columns naming the staff (an owner), whose names are none.
    free_text: set[int] = field(default_factory=set)
    staff: set[int] = field(default_factory=set)

    def _people(self) -> frozenset[tuple[str, ...]]:
        return staff_names(
            c
            for row in self.body
            for i, c in enumerate(row)
            if i in self.staff and isinstance(c, str)
        )

    def _mask(self, i: int, cell: str, people: frozenset[tuple[str, ...]]) -> str:
        return masked_free_text(cell, people) if i in self.free_text else mask_cpr(cell)

    def _said(self, i: int, cell: str, people: frozenset[tuple[str, ...]]) -> bool:
        return contains_personal_data(cell, people) if i in self.free_text else contains_cpr(cell)

    def masked(self) -> Table:
        """The table with CPR-like numbers in its texts masked, and names in its free texts."""
        people = self._people() if self.free_text else frozenset()
        body = [
            [self._mask(i, c, people) if isinstance(c, str) else c for i, c in enumerate(row)]
            for row in self.body
        ]
        return Table(self.header, body, self.scores, self.changes, self.free_text, self.staff)

    def personal_data_places(self) -> list[str]:
        """The cells ("række 2, kolonne Kommune") whose text looks like it holds a CPR number
        (or, in a free-text column, a citizen's name)."""
        people = self._people() if self.free_text else frozenset()
        return [
            tr("export.place.cell", row=n, column=self.header[i])
            for n, row in enumerate(self.body, 1)
            for i, cell in enumerate(row)
            if isinstance(cell, str) and self._said(i, cell, people)
        ]


def _titles(packs: Sequence[tuple[str, str]], pids: Sequence[str]) -> list[tuple[str, str]]:
    titles: dict[str, str] = {}
    for key in sorted(set(packs)):
        for p in get_pack(*key).principles:
            titles.setdefault(p.id, f"{p.id} {pick(p.short)}")
    return [(pid, titles[pid]) for pid in pids]


def principle_headers(rows: Sequence[OverviewRow]) -> list[tuple[str, str]]:
    """(principle id, header such as "P1 Ingen eksklusion") for the rows' packs."""
    packs = [r.score.instrument for r in rows if r.score is not None]
    return _titles(packs, principle_columns(rows))


def _kind(kind: str | None) -> str | None:
    return None if kind is None else kind_word(kind)


def _score_header(principles: Sequence[tuple[str, str]]) -> list[str]:
    """The columns of one scored review, alike in both tables: period, date, kind, state,
    each principle, overall, change, result, caseload."""
    return [
        tr("common.period"),
        tr("common.date"),
        tr("compare.col.kind"),
        tr("common.status"),
        *(title for _, title in principles),
        tr("common.overall"),
        tr("compare.col.change"),
        tr("common.result"),
        tr("common.caseload"),
    ]


def overview_table(rows: Sequence[OverviewRow]) -> Table:
    """Each team's row. "Seneste vurdering" (the team's latest review, whatever the period
    or kind) only when it says more than "Dato": with each team's latest review of any
    kind the two are the same date."""
    principles = principle_headers(rows)
    latest = any(r.last_review != r.date for r in rows)
    header = [
        tr("common.team"),
        tr("common.municipality"),
        tr("common.psychiatry"),
        *_score_header(principles),
        *([tr("common.latest_assessment")] if latest else []),
        tr("overview.col.stale"),
    ]
    first = 7
    body: list[list[Cell]] = [
        [
            r.team,
            r.municipality,
            r.psychiatry,
            r.period,
            r.date,
            _kind(r.kind),
            None if r.state is None else state_word(r.state),
            *(r.principle(pid) for pid, _ in principles),
            r.overall,
            r.change,
            None if r.verdict is None else verdict_short_text(r.verdict),
            None if r.caseload is None else caseload_status_text(r.caseload),
            *([r.last_review] if latest else []),
            tr("common.yes") if r.stale else tr("common.no"),
        ]
        for r in rows
    ]
    overall = first + len(principles)
    return Table(header, body, set(range(first, overall + 1)), {overall + 1})


def trend_table(team: str, scores: Sequence[AssessmentScore]) -> Table:
    """A team's series, oldest first: every review with its kind, principle scores,
    overall score, change since the review before, verdict and caseload."""
    pids = principle_ids(s.instrument for s in scores)
    principles = _titles([s.instrument for s in scores], pids)
    header = [tr("common.team"), *_score_header(principles)]
    first = 5
    body: list[list[Cell]] = [
        [
            team,
            step.score.period,
            step.score.date,
            kind_word(step.score.kind),
            state_word(step.score.state),
            *(step.score.principles.get(pid) for pid in pids),
            step.score.overall,
            step.overall_delta,
            verdict_short_text(step.score.verdict),
            caseload_status_text(step.score.caseload),
        ]
        for step in steps(scores)
    ]
    overall = first + len(pids)
    return Table(header, body, set(range(first, overall + 1)), {overall + 1})


def personal_data_places(rows: Sequence[OverviewRow]) -> list[str]:
    """The overview's cells whose text looks like it holds a CPR number."""
    return overview_table(rows).personal_data_places()


def _csv_cell(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return number(value, "da")  # the CSV is for Danish spreadsheets
    if isinstance(value, dt.date):
        return value.isoformat()
    return inert(value)


def table_csv(table: Table, path: Path) -> None:
    text = io.StringIO()
    writer = csv.writer(text, delimiter=CSV_DELIMITER, lineterminator="\r\n")
    writer.writerow([inert(h) for h in table.header])
    writer.writerows([_csv_cell(c) for c in row] for row in table.body)
    atomic_write(path, text.getvalue().encode("utf-8-sig"))


def table_xlsx(table: Table, path: Path, sheet_title: str) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    header = table.header
    body = [[inert(c) if isinstance(c, str) else c for c in row] for row in table.body]
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = sheet_title
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
        for (cell,) in sheet.iter_rows(min_row=2, min_col=index + 1, max_col=index + 1):
            if index in table.scores:
                cell.number_format = SCORE_FORMAT
            elif index in table.changes:
                cell.number_format = CHANGE_FORMAT
            elif isinstance(cell.value, dt.date):
                cell.number_format = "yyyy-mm-dd"
        widest = max((len(_csv_cell(r[index])) for r in body), default=0)
        sheet.column_dimensions[letter].width = min(40, max(len(title), widest) + 2)
    sheet.freeze_panes = "B2"
    sheet.auto_filter.ref = sheet.dimensions
    data = io.BytesIO()
    book.save(data)
    atomic_write(path, data.getvalue())


def write_table(table: Table, path: Path, kind: str, sheet_title: str, *, mask: bool) -> None:
    """`table` to `path` as "csv" or "xlsx", CPR-like numbers masked with `mask`."""
    chosen = table.masked() if mask else table
    if kind == "xlsx":
        table_xlsx(chosen, path, sheet_title)
    else:
        table_csv(chosen, path)


def write_csv(rows: Sequence[OverviewRow], path: Path, *, mask_personal_data: bool = True) -> None:
    write_table(overview_table(rows), path, "csv", "", mask=mask_personal_data)


def write_xlsx(rows: Sequence[OverviewRow], path: Path, *, mask_personal_data: bool = True) -> None:
    write_table(overview_table(rows), path, "xlsx", tr("overview.sheet"), mask=mask_personal_data)


def write_trend(
    team: str,
    scores: Sequence[AssessmentScore],
    path: Path,
    kind: str,
    *,
    mask_personal_data: bool = True,
) -> None:
    """A team's series (`trend_table`) to `path` as "csv" or "xlsx"."""
    table = trend_table(team, scores)
    write_table(table, path, kind, tr("trend.sheet"), mask=mask_personal_data)
