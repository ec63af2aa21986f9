"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-22

The first schema: teams, consultants, assessments, ratings and caseload entries.
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "team",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("municipality", sa.String(length=200), nullable=False),
        sa.Column("psychiatry", sa.String(length=200), nullable=False),
        sa.Column("clinics", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_team")),
        sa.UniqueConstraint("name", name=op.f("uq_team_name")),
    )
    op.create_table(
        "assessment",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("team_id", sa.String(length=36), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("period", sa.String(length=16), nullable=False),
        sa.Column("instrument_id", sa.String(length=32), nullable=False),
        sa.Column("instrument_version", sa.String(length=32), nullable=False),
        sa.Column("reviewers", sa.JSON(), nullable=False),
        sa.Column("last_element", sa.String(length=32), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["team_id"], ["team.id"], name=op.f("fk_assessment_team_id_team"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assessment")),
    )
    with op.batch_alter_table("assessment", schema=None) as batch_op:
        batch_op.create_index("ix_assessment_team_id_period", ["team_id", "period"], unique=False)

    op.create_table(
        "consultant",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("team_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["team_id"], ["team.id"], name=op.f("fk_consultant_team_id_team"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consultant")),
        sa.UniqueConstraint("team_id", "name", name=op.f("uq_consultant_team_id_name")),
    )
    op.create_table(
        "caseload_entry",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("assessment_id", sa.String(length=36), nullable=False),
        sa.Column("consultant_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("fte", sa.Float(), nullable=False),
        sa.Column("ips_cases", sa.Integer(), nullable=False),
        sa.Column("other_cases", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("fte > 0 AND fte <= 1", name=op.f("ck_caseload_entry_fte_range")),
        sa.CheckConstraint(
            "ips_cases >= 0 AND other_cases >= 0", name=op.f("ck_caseload_entry_cases_nonnegative")
        ),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["assessment.id"],
            name=op.f("fk_caseload_entry_assessment_id_assessment"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["consultant_id"],
            ["consultant.id"],
            name=op.f("fk_caseload_entry_consultant_id_consultant"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_caseload_entry")),
    )
    with op.batch_alter_table("caseload_entry", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_caseload_entry_assessment_id"), ["assessment_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_caseload_entry_consultant_id"), ["consultant_id"], unique=False
        )

    op.create_table(
        "rating",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("assessment_id", sa.String(length=36), nullable=False),
        sa.Column("element_id", sa.String(length=32), nullable=False),
        sa.Column("principle_id", sa.String(length=32), nullable=False),
        sa.Column("rating", sa.String(length=16), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("evidence", sa.JSON(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["assessment.id"],
            name=op.f("fk_rating_assessment_id_assessment"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rating")),
        sa.UniqueConstraint(
            "assessment_id", "element_id", name=op.f("uq_rating_assessment_id_element_id")
        ),
    )


def downgrade() -> None:

    op.drop_table("rating")
    with op.batch_alter_table("caseload_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_caseload_entry_consultant_id"))
        batch_op.drop_index(batch_op.f("ix_caseload_entry_assessment_id"))

    op.drop_table("caseload_entry")
    op.drop_table("consultant")
    with op.batch_alter_table("assessment", schema=None) as batch_op:
        batch_op.drop_index("ix_assessment_team_id_period")

    op.drop_table("assessment")
    op.drop_table("team")
