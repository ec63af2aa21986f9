"""Reading a SQLite database for the report with the standard library only.

The `report` command would spend most of its time importing SQLAlchemy (~250 ms) to run a
handful of queries. `open_current(path)` hands back a `SQLiteReader` only when skipping
it is safe: the file exists, its header is SQLite's and its schema is exactly the one this
code writes (`SCHEMA_HEAD`). Anything else (a missing, damaged, older or newer file) gets
None, and the caller opens `Store`, which creates, migrates, refuses or explains as usual.

The connection is read-only (`mode=ro`): it cannot change the file, and each method reads
one snapshot in a deferred transaction, so it neither waits for nor disturbs a writer
(WAL). It hands out the very views `Store` does, converted by the same code (`rows.py`);
its queries mirror the repository's (same filters, same order), and
tests/test_sqlite_reader.py compares the two on demo data.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from types import SimpleNamespace, TracebackType
from typing import Any

from ipsfidelity.i18n import language
from ipsfidelity.store.followup import (
    ActionItemInfo,
    ActionPlanRow,
    AgreementInfo,
    OutcomeInfo,
)
from ipsfidelity.store.integrity import LOCK_WAIT, header_problem, read_only_uri
from ipsfidelity.store.lifecycle_views import (
    HISTORY_COLUMNS,
    HistoryInfo,
    LifecycleInfo,
    ReopeningInfo,
    SignOffInfo,
)
from ipsfidelity.store.location import SCHEMA_HEAD
from ipsfidelity.store.rows import (
    ACTION_ITEM_COLUMNS,
    AGREEMENT_COLUMNS,
    ASSESSMENT_COLUMNS,
    OUTCOME_COLUMNS,
    action_item_info,
    action_plan_row,
    agreement_info,
    assessment_data,
    assessment_info,
    lifecycle_info,
    not_found,
    outcome_info,
    resolve_assessment_ref,
    team_info,
    utc_for_storage,
    utc_from_storage,
)
from ipsfidelity.store.views import (
    AssessmentData,
    AssessmentInfo,
    CaseloadInfo,
    RatingInfo,
    TeamInfo,
)

# How the ORM stores non-text columns in SQLite (models.py): Date as 'YYYY-MM-DD', the
# UTCDateTime stamps as naive UTC text, JSON as JSON text. A test checks these names
# against the models, so a new column of those types cannot be missed.
DATE_COLUMNS = frozenset({"date", "start_date", "deadline", "signed_on"})
STAMP_COLUMNS = frozenset({"created_at", "updated_at", "finished_at", "at"})
JSON_COLUMNS = frozenset({"reviewers", "evidence", "elements", "signatories", "entries"})

TEAM = ("id", "name", "municipality", "psychiatry", "clinics", "updated_at")
ASSESSMENT = (*ASSESSMENT_COLUMNS, "reviewers")
RATING = ("element_id", "rating", "note", "evidence")
CASELOAD = ("fte", "ips_cases", "other_cases", "carried")
AGREEMENT = (*AGREEMENT_COLUMNS, "signatories")
ACTION_ITEM = (*ACTION_ITEM_COLUMNS, "elements")
OUTCOME = OUTCOME_COLUMNS


def _value(column: str, raw: Any) -> Any:
    if raw is None:
        return None
    if column in DATE_COLUMNS:
        return dt.date.fromisoformat(raw)
    if column in STAMP_COLUMNS:
        return utc_from_storage(raw)
    if column in JSON_COLUMNS:
        return json.loads(raw)
    return raw


class _Shape:
    """Columns of one or more tables in one SELECT, read back as one row object per
    table (attributes named as the columns, values as the ORM reads them)."""

    def __init__(self, *tables: tuple[str, Sequence[str]]) -> None:
        self._tables = tables
        self.columns = ", ".join(f"{table}.{c}" for table, cols in tables for c in cols)

    def rows(self, raw: Sequence[Any]) -> tuple[Any, ...]:
        out, start = [], 0
        for _table, cols in self._tables:
            values = {c: _value(c, raw[start + i]) for i, c in enumerate(cols)}
            out.append(SimpleNamespace(**values))
            start += len(cols)
        return tuple(out)


_TEAM = _Shape(("team", TEAM))
_ASSESSMENT = _Shape(("assessment", ASSESSMENT))
_RATING = _Shape(("rating", RATING))
_CASELOAD = _Shape(("caseload_entry", CASELOAD), ("consultant", ("name",)))
_AGREEMENT = _Shape(("agreement", AGREEMENT))
_ITEM = _Shape(("action_item", ACTION_ITEM), ("assessment", ASSESSMENT), ("team", ("name",)))
_OUTCOME = _Shape(("outcome", OUTCOME), ("assessment", ASSESSMENT))


def _stored_date(day: dt.date) -> str:
    return day.isoformat()  # as SQLAlchemy binds a Date on SQLite


def _stored_stamp(stamp: dt.datetime) -> str:
    # As UTCDateTime, then SQLAlchemy's SQLite DateTime, bind it: naive UTC, 6 decimals.
    return utc_for_storage(stamp).isoformat(sep=" ", timespec="microseconds")


def open_current(path: Path) -> SQLiteReader | None:
    """A read-only reader for the SQLite file `path` when its schema is exactly
    `SCHEMA_HEAD` and its header looks sound; None in every other case, and on any
    error while looking (the caller then opens `Store`, which says what is wrong)."""
    try:
        if not path.is_file():
            return None
        size = path.stat().st_size
        if size == 0 or header_problem(path, size) is not None:
            return None
        conn = sqlite3.connect(
            read_only_uri(path), uri=True, timeout=LOCK_WAIT, isolation_level=None
        )
    except (OSError, sqlite3.Error):
        return None
    try:
        versions = conn.execute("SELECT version_num FROM alembic_version").fetchall()
    except sqlite3.Error:
        versions = []
    if versions != [(SCHEMA_HEAD,)]:
        conn.close()
        return None
    return SQLiteReader(conn)


class SQLiteReader:
    """What the report reads (`ReportSource`), from a read-only SQLite connection.

    Each method reads one snapshot, like `Store.reading()`. Errors are sqlite3's own:
    the report command then starts over with `Store`.
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        self._depth = 0

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> SQLiteReader:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def reading(self) -> AbstractContextManager[object]:
        """Reads inside it share one snapshot, as `Store.reading()`."""
        return self._snapshot()

    @contextmanager
    def _snapshot(self) -> Iterator[sqlite3.Connection]:
        """One read transaction (deferred: takes no lock a writer waits for)."""
        if self._depth:
            yield self._conn
            return
        self._conn.execute("BEGIN")
        self._depth += 1
        try:
            yield self._conn
        finally:
            self._depth -= 1
            if self._conn.in_transaction:
                self._conn.execute("ROLLBACK")  # nothing to keep: the connection cannot write

    def _one(self, shape: _Shape, sql: str, params: Sequence[Any]) -> tuple[Any, ...] | None:
        raw = self._conn.execute(f"SELECT {shape.columns} {sql}", params).fetchone()
        return None if raw is None else shape.rows(raw)

    def _all(self, shape: _Shape, sql: str, params: Sequence[Any]) -> list[tuple[Any, ...]]:
        return [shape.rows(r) for r in self._conn.execute(f"SELECT {shape.columns} {sql}", params)]

    def _assessment(self, assessment_id: str) -> Any:
        found = self._one(_ASSESSMENT, "FROM assessment WHERE assessment.id = ?", [assessment_id])
        if found is None:
            raise not_found("assessment", assessment_id)
        return found[0]

    def _team(self, team_id: str) -> Any:
        found = self._one(_TEAM, "FROM team WHERE team.id = ?", [team_id])
        if found is None:
            raise not_found("team", team_id)
        return found[0]

    # -- teams -------------------------------------------------------------------

    def list_teams(self) -> list[TeamInfo]:
        """As `Store.list_teams`: the app shows these while SQLAlchemy is still loading."""
        with self._snapshot():
            return [
                team_info(t) for (t,) in self._all(_TEAM, "FROM team ORDER BY lower(team.name)", [])
            ]

    # -- assessments ---------------------------------------------------------

    def resolve_assessment(self, ref: str) -> str:
        """An assessment id from a full uuid or a unique prefix of one."""

        def matching(pattern: str) -> list[str]:
            with self._snapshot() as c:
                query = "SELECT assessment.id FROM assessment WHERE assessment.id LIKE ? LIMIT ?"
                return [r[0] for r in c.execute(query, [pattern, 2])]

        return resolve_assessment_ref(ref, matching)

    def get_assessment(self, assessment_id: str) -> AssessmentData:
        with self._snapshot():
            a = self._assessment(assessment_id)
            # The ORM's lazy loads of Assessment.ratings and .caseload, in their order.
            ratings = self._all(_RATING, "FROM rating WHERE ? = rating.assessment_id", [a.id])
            caseload = self._all(
                _CASELOAD,
                "FROM caseload_entry"
                " JOIN consultant ON consultant.id = caseload_entry.consultant_id"
                " WHERE ? = caseload_entry.assessment_id ORDER BY caseload_entry.position",
                [a.id],
            )
            return assessment_data(
                a,
                self._team(a.team_id),
                [r for (r,) in ratings],
                [(c, consultant.name) for c, consultant in caseload],
            )

    def previous_assessment(
        self, assessment_id: str, *, same_kind: bool = False
    ) -> AssessmentInfo | None:
        """The same team's assessment just before this one (by date, then creation); with
        `same_kind`, the one before it of the same kind (as Store's)."""
        with self._snapshot():
            a = self._assessment(assessment_id)
            day = _stored_date(a.date)
            kind, of_kind = (" AND assessment.kind = ?", [a.kind]) if same_kind else ("", [])
            found = self._one(
                _ASSESSMENT,
                "FROM assessment WHERE assessment.team_id = ? AND assessment.id != ?"
                + kind
                + " AND (assessment.date < ? OR assessment.date = ? AND assessment.created_at < ?)"
                " ORDER BY assessment.date DESC, assessment.created_at DESC LIMIT 1",
                [a.team_id, a.id, *of_kind, day, day, _stored_stamp(a.created_at)],
            )
            return None if found is None else assessment_info(found[0], self._team(a.team_id).name)

    # -- the review's lifecycle (as Store's LifecycleMixin) ---------------------

    def lifecycle(self, assessment_id: str) -> LifecycleInfo:
        with self._snapshot() as c:
            a = self._assessment(assessment_id)
            signoffs = [
                SignOffInfo(r, dt.date.fromisoformat(d))
                for r, d in c.execute(
                    "SELECT reviewer, signed_on FROM signoff WHERE assessment_id = ?"
                    " ORDER BY signed_on",
                    [a.id],
                )
            ]
            reopenings = [
                ReopeningInfo(reason, reviewer, user, utc_from_storage(at))
                for reason, reviewer, user, at in c.execute(
                    "SELECT reason, reviewer, os_user, at FROM reopening"
                    " WHERE assessment_id = ? ORDER BY at",
                    [a.id],
                )
            ]
            finished = c.execute(
                "SELECT caseload_unavailable, finished_at FROM assessment WHERE id = ?", [a.id]
            ).fetchone()
            stamp = None if finished[1] is None else utc_from_storage(finished[1])
            return lifecycle_info(a, finished[0], stamp, signoffs, reopenings)

    def history(self, assessment_id: str) -> list[HistoryInfo]:
        """The review's recorded changes, oldest first, as `Store.history` (unfiltered)."""
        with self._snapshot() as c:
            a = self._assessment(assessment_id)
            rows = c.execute(
                f"SELECT {', '.join(HISTORY_COLUMNS)} FROM history"
                " WHERE history.assessment_id = ? ORDER BY history.at, history.entity",
                [a.id],
            )
            out = []
            for raw in rows:
                values = dict(zip(HISTORY_COLUMNS, raw, strict=True))
                values["at"] = utc_from_storage(values["at"])
                out.append(HistoryInfo(**values))
            return out

    def reviewer_ratings(self, assessment_id: str) -> dict[str, dict[str, RatingInfo]]:
        with self._snapshot() as c:
            a = self._assessment(assessment_id)
            out: dict[str, dict[str, RatingInfo]] = {}
            rows = c.execute(
                "SELECT reviewer, element_id, rating, note, evidence FROM reviewer_rating"
                " WHERE assessment_id = ? ORDER BY reviewer, element_id",
                [a.id],
            )
            for reviewer, element_id, rating, note, evidence in rows:
                out.setdefault(reviewer, {})[element_id] = RatingInfo(
                    element_id, rating, note, tuple(json.loads(evidence))
                )
            return out

    def reviewer_caseloads(self, assessment_id: str) -> dict[str, tuple[CaseloadInfo, ...]]:
        """Each reviewer's own caseload reading, as `Store.reviewer_caseloads`."""
        with self._snapshot() as c:
            a = self._assessment(assessment_id)
            rows = c.execute(
                "SELECT reviewer, entries FROM reviewer_caseload"
                " WHERE assessment_id = ? ORDER BY reviewer",
                [a.id],
            )
            return {
                reviewer: tuple(
                    CaseloadInfo(e["consultant"], e["fte"], e["ips_cases"], e["other_cases"])
                    for e in json.loads(entries)
                )
                for reviewer, entries in rows
            }

    # -- follow-up -----------------------------------------------------------

    def action_plan(self, assessment_id: str) -> list[ActionItemInfo]:
        """The assessment's items in their order."""
        with self._snapshot() as c:
            self._assessment(assessment_id)
            rows = self._all(
                _ITEM,
                "FROM action_item JOIN assessment ON assessment.id = action_item.assessment_id"
                " JOIN team ON team.id = assessment.team_id WHERE action_item.assessment_id = ?"
                " ORDER BY action_item.position, action_item.created_at",
                [assessment_id],
            )
            ids = [item.id for item, _a, _team in rows]
            continued: dict[str, str] = {}
            if ids:
                marks = ", ".join("?" * len(ids))
                query = (
                    "SELECT action_item.origin_item_id, action_item.id FROM action_item"
                    f" WHERE action_item.origin_item_id IN ({marks})"
                )
                continued = {o: i for o, i in c.execute(query, ids) if o is not None}
            return [
                action_item_info(item, a, team.name, continued.get(item.id))
                for item, a, team in rows
            ]

    def action_plan_rows(
        self, assessment_id: str, today: dt.date | None = None, lang: str | None = None
    ) -> list[ActionPlanRow]:
        """The report's action-plan table (`Store.action_plan_rows`)."""
        today = today or dt.date.today()
        lang = lang or language()
        return [action_plan_row(i, today, lang) for i in self.action_plan(assessment_id)]

    def outcome_trend(self, team_id: str) -> list[OutcomeInfo]:
        """The team's outcome figures over time, oldest review first."""
        with self._snapshot():
            self._team(team_id)
            rows = self._all(
                _OUTCOME,
                "FROM outcome JOIN assessment ON assessment.id = outcome.assessment_id"
                " WHERE assessment.team_id = ? ORDER BY assessment.date, assessment.created_at",
                [team_id],
            )
            return [outcome_info(o, a) for o, a in rows]

    def agreement_for(self, team_id: str, on_date: dt.date | None = None) -> AgreementInfo | None:
        """The version in force on `on_date` (default today): latest start date on or before it."""
        on_date = on_date or dt.date.today()
        with self._snapshot():
            found = self._one(
                _AGREEMENT,
                "FROM agreement WHERE agreement.team_id = ? AND agreement.start_date <= ?"
                " ORDER BY agreement.start_date DESC LIMIT 1",
                [team_id, _stored_date(on_date)],
            )
            return None if found is None else agreement_info(found[0])
