"""carried caseload rows: a new review's caseload comes from the team's previous review

Revision ID: 0005_carry
Revises: 0004_roles
Create Date: 2026-12-04

`caseload_entry.carried` marks a row copied from the previous review whose counts nobody has
confirmed yet; such a caseload scores as not entered (docs/scoring.md). Every existing row was
typed in by a reviewer, so it is confirmed: the column (0 or 1) is added with 0 for all of them.
Batch mode on SQLite (a table copy with every row); no import of the models.
"""

import sqlalchemy as sa
from alembic import op

revision = "0005_carry"
down_revision = "0004_roles"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("caseload_entry") as batch:
        batch.add_column(
            sa.Column("carried", sa.Integer(), nullable=False, server_default=sa.text("0"))
        )


def downgrade() -> None:
    with op.batch_alter_table("caseload_entry") as batch:
        batch.drop_column("carried")
