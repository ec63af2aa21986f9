"""review lifecycle: kind, state, reviewers' own ratings, sign-offs, reopenings, history

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-04

A review becomes independent or a self-assessment, and draft -> consensus -> finished
(docs/review-lifecycle.md). Existing rows are kept as they are: the `rating` table
already holds what the report reads, so existing ratings *are* the consensus, and the
reviewer names stay in `assessment.reviewers`. Existing reviews become:

- kind "independent" (the only kind there was);
- state "finished" when complete: every element of their pack rated and a caseload
  entered; finished at their last change (`updated_at`); otherwise "draft";

and each gets one history entry saying its state was set by this upgrade.

The history table is append-only: a trigger on both backends refuses UPDATE and DELETE.
On PostgreSQL its `db_user` column defaults to `session_user`, so the server names the
database role. Hand-written after autogenerate; no import of the models.
"""

import datetime as dt
import getpass
import json
import uuid

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

NOT_RATED = "not_rated"
UPGRADE_SUBJECT = "upgrade"  # history.subject of the entries written here

_REFUSE_MESSAGE = "history is append-only"


def _os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name in the environment (some services)
        return ""


def _element_count(instrument_id: str, version: str) -> int | None:
    # Packs are immutable and versioned, so reading one here gives the same answer forever.
    from ipsfidelity.packs import get_pack

    try:
        return len(get_pack(instrument_id, version).element_ids)
    except Exception:  # a pack this build does not ship: leave the review a draft
        return None


def upgrade() -> None:
    bind = op.get_bind()
    postgres = bind.dialect.name == "postgresql"
    # Plain ADD COLUMN, no table rebuild: the assessment table keeps every row in place, and
    # kind and state are checked by the store (store/lifecycle_rules.py), so that a
    # downgrade can drop the columns again without rebuilding (and cascading) on SQLite.
    op.add_column(
        "assessment",
        sa.Column("kind", sa.String(length=16), nullable=False, server_default="independent"),
    )
    op.add_column(
        "assessment",
        sa.Column("state", sa.String(length=16), nullable=False, server_default="draft"),
    )
    op.add_column("assessment", sa.Column("caseload_unavailable", sa.Text(), nullable=True))
    op.add_column("assessment", sa.Column("finished_at", sa.DateTime(), nullable=True))

    op.create_table(
        "reviewer_rating",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("assessment_id", sa.String(length=36), nullable=False),
        sa.Column("reviewer", sa.String(length=200), nullable=False),
        sa.Column("element_id", sa.String(length=32), nullable=False),
        sa.Column("rating", sa.String(length=16), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("evidence", sa.JSON(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["assessment.id"],
            name=op.f("fk_reviewer_rating_assessment_id_assessment"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reviewer_rating")),
        sa.UniqueConstraint(
            "assessment_id",
            "reviewer",
            "element_id",
            name=op.f("uq_reviewer_rating_assessment_id_reviewer_element_id"),
        ),
    )
    op.create_table(
        "reviewer_caseload",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("assessment_id", sa.String(length=36), nullable=False),
        sa.Column("reviewer", sa.String(length=200), nullable=False),
        sa.Column("entries", sa.JSON(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["assessment.id"],
            name=op.f("fk_reviewer_caseload_assessment_id_assessment"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reviewer_caseload")),
        sa.UniqueConstraint(
            "assessment_id", "reviewer", name=op.f("uq_reviewer_caseload_assessment_id_reviewer")
        ),
    )
    op.create_table(
        "signoff",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("assessment_id", sa.String(length=36), nullable=False),
        sa.Column("reviewer", sa.String(length=200), nullable=False),
        sa.Column("signed_on", sa.Date(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["assessment.id"],
            name=op.f("fk_signoff_assessment_id_assessment"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_signoff")),
        sa.UniqueConstraint(
            "assessment_id", "reviewer", name=op.f("uq_signoff_assessment_id_reviewer")
        ),
    )
    op.create_table(
        "reopening",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("assessment_id", sa.String(length=36), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("reviewer", sa.String(length=200), nullable=False),
        sa.Column("os_user", sa.String(length=200), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["assessment.id"],
            name=op.f("fk_reopening_assessment_id_assessment"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reopening")),
    )
    with op.batch_alter_table("reopening", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_reopening_assessment_id"), ["assessment_id"], unique=False
        )

    op.create_table(
        "history",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("team_id", sa.String(length=36), nullable=True),
        sa.Column("assessment_id", sa.String(length=36), nullable=True),
        sa.Column("entity", sa.String(length=32), nullable=False),
        sa.Column("entity_id", sa.String(length=36), nullable=False),
        sa.Column("element_id", sa.String(length=32), nullable=False),
        sa.Column("subject", sa.String(length=200), nullable=False),
        sa.Column("field", sa.String(length=64), nullable=False),
        sa.Column("old_value", sa.Text(), nullable=True),
        sa.Column("new_value", sa.Text(), nullable=True),
        sa.Column("reviewer", sa.String(length=200), nullable=False),
        sa.Column("os_user", sa.String(length=200), nullable=False),
        sa.Column(
            "db_user",
            sa.String(length=200),
            nullable=True,
            server_default=sa.text("session_user") if postgres else None,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_history")),
    )
    with op.batch_alter_table("history", schema=None) as batch_op:
        batch_op.create_index("ix_history_assessment_id_at", ["assessment_id", "at"], unique=False)
        batch_op.create_index(batch_op.f("ix_history_team_id"), ["team_id"], unique=False)

    _append_only(postgres)
    _set_states(bind)


def _append_only(postgres: bool) -> None:
    if postgres:
        op.execute(
            "CREATE FUNCTION history_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ "
            f"BEGIN RAISE EXCEPTION '{_REFUSE_MESSAGE}'; END $$"
        )
        op.execute(
            "CREATE TRIGGER history_append_only BEFORE UPDATE OR DELETE ON history "
            "FOR EACH ROW EXECUTE FUNCTION history_append_only()"
        )
        return
    for action in ("UPDATE", "DELETE"):
        op.execute(
            f"CREATE TRIGGER history_no_{action.lower()} BEFORE {action} ON history "
            f"BEGIN SELECT RAISE(ABORT, '{_REFUSE_MESSAGE}'); END"
        )


def _set_states(bind: sa.Connection) -> None:
    rated: dict[str, int] = dict(
        bind.execute(
            sa.text(
                "SELECT assessment_id, count(*) FROM rating WHERE rating != :not_rated "
                "GROUP BY assessment_id"
            ),
            {"not_rated": NOT_RATED},
        ).all()
    )
    with_caseload = set(
        bind.execute(sa.text("SELECT DISTINCT assessment_id FROM caseload_entry")).scalars()
    )
    rows = bind.execute(
        sa.text("SELECT id, team_id, instrument_id, instrument_version FROM assessment")
    ).all()
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    os_user = _os_user()
    history = []
    for aid, team_id, instrument_id, version in rows:
        needed = _element_count(instrument_id, version)
        complete = needed is not None and rated.get(aid, 0) >= needed and aid in with_caseload
        state = "finished" if complete else "draft"
        if complete:
            bind.execute(
                sa.text(
                    "UPDATE assessment SET state = 'finished', finished_at = updated_at "
                    "WHERE id = :id"
                ),
                {"id": aid},
            )
        history.append(
            {
                "id": str(uuid.uuid4()),
                "at": now,
                "team_id": team_id,
                "assessment_id": aid,
                "entity": "assessment",
                "entity_id": aid,
                "element_id": "",
                "subject": UPGRADE_SUBJECT,
                "field": "state",
                "old_value": None,
                "new_value": json.dumps(state),
                "reviewer": "",
                "os_user": os_user,
            }
        )
    if history:
        text_columns = [n for n in history[0] if n != "at"]
        table = sa.table(
            "history",
            sa.column("at", sa.DateTime()),
            *(sa.column(name, sa.Text()) for name in text_columns),
        )
        bind.execute(sa.insert(table), history)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        op.execute("DROP TRIGGER history_append_only ON history")
        op.execute("DROP FUNCTION history_append_only()")
    op.drop_table("history")
    with op.batch_alter_table("reopening", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_reopening_assessment_id"))
    op.drop_table("reopening")
    op.drop_table("signoff")
    op.drop_table("reviewer_caseload")
    op.drop_table("reviewer_rating")
    # Native DROP COLUMN (SQLite 3.35+), no rebuild of the table the others point to.
    for column in ("finished_at", "caseload_unavailable", "state", "kind"):
        op.drop_column("assessment", column)
