"""follow-up: agreement, action plan, outcome figures

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22

Follow-up after a review: the team's cooperation agreement (versioned by start date),
each assessment's action plan, and its outcome figures (counts only). New tables only,
so no existing row is touched. Written by autogenerate, then reviewed: plain `sa` types
(timestamps are naive UTC `DateTime`, as in 0001), no import of the models.
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "agreement",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("team_id", sa.String(length=36), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("municipality", sa.String(length=200), nullable=False),
        sa.Column("psychiatry", sa.String(length=200), nullable=False),
        sa.Column("clinics", sa.Text(), nullable=False),
        sa.Column("target_age", sa.String(length=200), nullable=False),
        sa.Column("target_clinics", sa.Text(), nullable=False),
        sa.Column("target_motivation", sa.Text(), nullable=False),
        sa.Column("target_benefits", sa.Text(), nullable=False),
        sa.Column("target_other", sa.Text(), nullable=False),
        sa.Column("startup", sa.Text(), nullable=False),
        sa.Column("target_participants", sa.Integer(), nullable=True),
        sa.Column("target_referrals", sa.Integer(), nullable=True),
        sa.Column("target_in_job", sa.Integer(), nullable=True),
        sa.Column("follow_up_cadence", sa.Text(), nullable=False),
        sa.Column("referral", sa.Text(), nullable=False),
        sa.Column("presence_place", sa.Text(), nullable=False),
        sa.Column("presence_times", sa.Text(), nullable=False),
        sa.Column("presence_conferences", sa.Text(), nullable=False),
        sa.Column("leadership", sa.Text(), nullable=False),
        sa.Column("duration", sa.Text(), nullable=False),
        sa.Column("signatories", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "(target_participants IS NULL OR target_participants >= 0)"
            " AND (target_referrals IS NULL OR target_referrals >= 0)"
            " AND (target_in_job IS NULL OR target_in_job >= 0)",
            name=op.f("ck_agreement_targets_nonnegative"),
        ),
        sa.ForeignKeyConstraint(
            ["team_id"], ["team.id"], name=op.f("fk_agreement_team_id_team"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agreement")),
        sa.UniqueConstraint("team_id", "start_date", name=op.f("uq_agreement_team_id_start_date")),
    )
    op.create_table(
        "action_item",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("assessment_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("elements", sa.JSON(), nullable=False),
        sa.Column("party", sa.String(length=16), nullable=False),
        sa.Column("owner", sa.String(length=200), nullable=False),
        sa.Column("deadline", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("follow_up", sa.Text(), nullable=False),
        sa.Column("origin_item_id", sa.String(length=36), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "party IN ('kommune', 'psykiatri', 'faelles')", name=op.f("ck_action_item_party_known")
        ),
        sa.CheckConstraint(
            "status IN ('aaben', 'i_gang', 'afsluttet')", name=op.f("ck_action_item_status_known")
        ),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["assessment.id"],
            name=op.f("fk_action_item_assessment_id_assessment"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action_item")),
    )
    with op.batch_alter_table("action_item", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_action_item_assessment_id"), ["assessment_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_action_item_origin_item_id"), ["origin_item_id"], unique=False
        )

    op.create_table(
        "outcome",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("assessment_id", sa.String(length=36), nullable=False),
        sa.Column("participants", sa.Integer(), nullable=False),
        sa.Column("in_job_or_education", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "participants >= 0 AND in_job_or_education >= 0"
            " AND in_job_or_education <= participants",
            name=op.f("ck_outcome_counts_valid"),
        ),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["assessment.id"],
            name=op.f("fk_outcome_assessment_id_assessment"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outcome")),
        sa.UniqueConstraint("assessment_id", name=op.f("uq_outcome_assessment_id")),
    )


def downgrade() -> None:
    op.drop_table("outcome")
    with op.batch_alter_table("action_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_action_item_origin_item_id"))
        batch_op.drop_index(batch_op.f("ix_action_item_assessment_id"))

    op.drop_table("action_item")
    op.drop_table("agreement")
