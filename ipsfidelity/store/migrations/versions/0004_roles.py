"""roles: who may see what on a regional server (the access_scope table)

Revision ID: 0004_roles
Revises: 0003
Create Date: 2026-12-04

One new table, so no existing row is touched. On PostgreSQL the `server setup` command
(commands/server.py, docs/server.md) creates the group roles and the row-level security
policies that read it; the roles are the server's, so the migration leaves them alone. On
a SQLite file the table stays empty: a laptop is single-user. No import of the models.
"""

import sqlalchemy as sa
from alembic import op

revision = "0004_roles"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "access_scope",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("db_user", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("municipality", sa.String(length=200), nullable=False),
        sa.Column("psychiatry", sa.String(length=200), nullable=False),
        sa.Column("team_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "role IN ('ambassador', 'team_lead', 'steering', 'admin')",
            name=op.f("ck_access_scope_role_known"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_access_scope")),
        sa.UniqueConstraint(
            "db_user",
            "role",
            "municipality",
            "psychiatry",
            "team_id",
            name=op.f("uq_access_scope_db_user_role_municipality_psychiatry_team_id"),
        ),
    )


def downgrade() -> None:
    op.drop_table("access_scope")
