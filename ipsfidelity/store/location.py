"""Which database a command means, and the schema revision this code reads and writes.

`--db` wins over IPSFIDELITY_DB, which wins over the per-user default file. No SQLAlchemy
here, so the report command can decide on its light read path (`sqlite_reader.py`)
without loading it.
"""

from __future__ import annotations

import os
from pathlib import Path

# The newest migration's revision id; tests/test_migrations.py keeps it equal to Alembic's head.
SCHEMA_HEAD = "0005_carry"

ENV_VAR = "IPSFIDELITY_DB"
_SQLITE_FILE = "sqlite:///"


def default_database_path() -> Path:
    from ipsfidelity.paths import default_database_path as default_path

    return default_path()  # the user's data folder, or beside a portable app


def resolve_url(arg: str | None = None) -> str:
    """`--db` wins over IPSFIDELITY_DB, which wins over the per-user default file.

    A value without `://` is a path to a SQLite file.
    """
    value = arg or os.environ.get(ENV_VAR) or str(default_database_path())
    if "://" not in value:
        return _SQLITE_FILE + str(Path(value).expanduser().resolve())
    if value.startswith(("postgresql://", "postgres://")):
        # SQLAlchemy would pick psycopg2 for a bare scheme; we ship psycopg 3.
        value = "postgresql+psycopg://" + value.split("://", 1)[1]
    return value


def plain_sqlite_file(url: str) -> Path | None:
    """The file of a plain `sqlite:///<path>` URL, as `database.sqlite_path` reads it; None
    for anything else (another database, memory, a URL with options or escapes), which
    only SQLAlchemy's URL parser reads right."""
    if not url.startswith(_SQLITE_FILE):
        return None
    name = url[len(_SQLITE_FILE) :]
    if not name or name == ":memory:" or any(c in name for c in "?#%"):
        return None
    return Path(name)
