"""Persistence: SQLAlchemy models, migrations and the repository the app and CLI use.

Never imports Qt (checked by import-linter).
"""

from ipsfidelity.store.database import default_database_path, open_store, resolve_url
from ipsfidelity.store.repository import Store

__all__ = ["Store", "default_database_path", "open_store", "resolve_url"]
