"""A finished review is locked by the regional server too, not only by the app.

The app refuses a change to a finished review before anything is written (history.py's
`before_flush`); these triggers hold a user who connects with `psql` to the same rule:
the record of a review that was finished when a transaction first touched it must stand
unchanged when that transaction commits, unless the transaction also records a reopening
of it (a new row in `reopening`, with its reason).

Why checked at commit, against the record as first touched, rather than row by row: the
app's reopening writes the state before the reopening row (the ORM's order), and an
import writes a review again by deleting and inserting it (store/bulk.py), which is
allowed when its record comes out the same (a team lead's newer action plan travels that
way). So:

- a BEFORE trigger on the review's tables notes, at the first row a transaction touches of
  a review, its record (`ipsf_review_record`: the review's columns but where the
  walk-through stands and its time stamps, its consensus and own ratings, caseload, own
  caseload readings and sign-offs) and its reopenings, in `ipsf_review_touch`;
- a deferred constraint trigger on that table compares them at commit, and removes the
  note. The note's table belongs to the owner, no role may read or write it, and the
  functions run as the owner: no client can forge a note.

A refusal raises SQLSTATE `IPF01` ("the review is finished"), which the app shows as its
own Danish lock message (store/database.py).
"""

from __future__ import annotations

from typing import Final

LOCKED_SQLSTATE: Final = "IPF01"
TOUCH_TABLE: Final = "ipsf_review_touch"
# The record: each table with the columns left out of it (ids are made afresh when an
# import writes a review again; time stamps and the walk-through's place are not record).
RECORD: Final[dict[str, tuple[str, ...]]] = {
    "rating": ("id", "updated_at"),
    "caseload_entry": ("id", "updated_at", "created_at"),
    "reviewer_rating": ("id", "updated_at"),
    "reviewer_caseload": ("id", "updated_at"),
    "signoff": ("id", "created_at"),
}
ASSESSMENT_FREE: Final = ("last_element", "created_at", "updated_at")
GUARDED: Final = ("assessment", *RECORD, "reopening")


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _minus(columns: tuple[str, ...]) -> str:
    return "ARRAY[" + ", ".join(f"'{c}'" for c in columns) + "]"


def _record_function(path: str) -> str:
    parts = [
        "'assessment', (SELECT to_jsonb(a) - "
        f"{_minus(ASSESSMENT_FREE)} FROM assessment a WHERE a.id = aid)"
    ]
    for table, left_out in RECORD.items():
        parts.append(
            f"'{table}', (SELECT jsonb_agg(x ORDER BY x::text) FROM (SELECT to_jsonb(t) - "
            f"{_minus(left_out)} AS x FROM {_q(table)} t WHERE t.assessment_id = aid) s)"
        )
    body = ",\n    ".join(parts)
    return (
        "CREATE OR REPLACE FUNCTION ipsf_review_record(aid varchar) RETURNS jsonb\n"
        f"  LANGUAGE sql VOLATILE SECURITY DEFINER {path} AS $$\n"
        f"  SELECT jsonb_build_object(\n    {body}) $$"
    )


def _reopenings(aid: str) -> str:
    return (
        "(SELECT coalesce(jsonb_agg(to_jsonb(r) - 'id'), '[]'::jsonb) FROM reopening r"
        f" WHERE r.assessment_id = {aid})"
    )


def lock_statements(schema: str) -> list[str]:
    """The note table, the functions and the triggers; idempotent like the rest of setup."""
    path = f"SET search_path = {_q(schema)}, pg_temp"
    touch = _q(TOUCH_TABLE)
    out = [
        f"CREATE TABLE IF NOT EXISTS {touch} (xact xid8 NOT NULL, assessment_id varchar"
        " NOT NULL, record jsonb, reopenings jsonb, PRIMARY KEY (xact, assessment_id))",
        f"REVOKE ALL ON {touch} FROM PUBLIC",
        f"ALTER TABLE {touch} ENABLE ROW LEVEL SECURITY",
        _record_function(path),
        "CREATE OR REPLACE FUNCTION ipsf_touch_review(aid varchar) RETURNS void\n"
        f"  LANGUAGE plpgsql VOLATILE SECURITY DEFINER {path} AS $$\n"
        "BEGIN\n"
        "  IF aid IS NULL OR EXISTS (SELECT 1 FROM ipsf_review_touch"
        " WHERE xact = pg_current_xact_id() AND assessment_id = aid) THEN RETURN; END IF;\n"
        "  IF EXISTS (SELECT 1 FROM assessment WHERE id = aid AND state = 'finished') THEN\n"
        "    INSERT INTO ipsf_review_touch VALUES (pg_current_xact_id(), aid,"
        f" ipsf_review_record(aid), {_reopenings('aid')});\n"
        "  ELSE\n"
        "    INSERT INTO ipsf_review_touch VALUES (pg_current_xact_id(), aid, NULL, NULL);\n"
        "  END IF;\n"
        "END $$",
        "CREATE OR REPLACE FUNCTION ipsf_guard_review() RETURNS trigger\n"
        f"  LANGUAGE plpgsql VOLATILE SECURITY DEFINER {path} AS $$\n"
        "DECLARE key text := CASE WHEN TG_TABLE_NAME = 'assessment' THEN 'id'"
        " ELSE 'assessment_id' END;\n"
        "BEGIN\n"
        "  IF TG_OP <> 'INSERT' THEN PERFORM ipsf_touch_review(to_jsonb(OLD) ->> key);"
        " END IF;\n"
        "  IF TG_OP <> 'DELETE' THEN PERFORM ipsf_touch_review(to_jsonb(NEW) ->> key);"
        " RETURN NEW; END IF;\n"
        "  RETURN OLD;\n"
        "END $$",
        "CREATE OR REPLACE FUNCTION ipsf_check_review() RETURNS trigger\n"
        f"  LANGUAGE plpgsql VOLATILE SECURITY DEFINER {path} AS $$\n"
        "DECLARE now_reopenings jsonb;\n"
        "BEGIN\n"
        f"  DELETE FROM {touch} WHERE xact = NEW.xact AND assessment_id = NEW.assessment_id;\n"
        "  IF NEW.record IS NULL THEN RETURN NULL; END IF;\n"
        f"  now_reopenings := {_reopenings('NEW.assessment_id')};\n"
        "  IF NOT now_reopenings @> NEW.reopenings OR (NEW.reopenings @> now_reopenings"
        " AND ipsf_review_record(NEW.assessment_id) IS DISTINCT FROM NEW.record) THEN\n"
        f"    RAISE EXCEPTION USING ERRCODE = '{LOCKED_SQLSTATE}', MESSAGE = 'review '"
        " || NEW.assessment_id || ' is finished: reopen it first, with a reason';\n"
        "  END IF;\n"
        "  RETURN NULL;\n"
        "END $$",
        "REVOKE ALL ON FUNCTION ipsf_review_record(varchar), ipsf_touch_review(varchar),"
        " ipsf_guard_review(), ipsf_check_review() FROM PUBLIC",
        f"DROP TRIGGER IF EXISTS ipsf_check_review ON {touch}",
        f"CREATE CONSTRAINT TRIGGER ipsf_check_review AFTER INSERT ON {touch}\n"
        "  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ipsf_check_review()",
    ]
    for table in GUARDED:
        out.append(f"DROP TRIGGER IF EXISTS ipsf_guard_review ON {_q(table)}")
        out.append(
            f"CREATE TRIGGER ipsf_guard_review BEFORE INSERT OR UPDATE OR DELETE ON {_q(table)}\n"
            "  FOR EACH ROW EXECUTE FUNCTION ipsf_guard_review()"
        )
    return out
