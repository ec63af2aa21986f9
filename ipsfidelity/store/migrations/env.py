"""Alembic environment: runs on the connection handed in by ipsfidelity.store.database.upgrade."""

from alembic import context
from sqlalchemy import create_engine

from ipsfidelity.store.models import Base

config = context.config


def _run(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        # Each migration commits together with its version bump, or not at all.
        transaction_per_migration=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:
    engine = create_engine(
        config.get_main_option("sqlalchemy.url") or "sqlite://", hide_parameters=True
    )
    with engine.begin() as conn:
        _run(conn)
