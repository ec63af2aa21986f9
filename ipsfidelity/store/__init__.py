"""Persistence: SQLAlchemy models, migrations and the repository the app and CLI use.

Never imports Qt (checked by import-linter). Importing the package, or one of its plain
modules (`views`, `followup`, `location`, `sqlite_reader`), does not import SQLAlchemy:
`Store`, `open_store` and the rest below are loaded on first use.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ipsfidelity.store.database import open_store
    from ipsfidelity.store.location import default_database_path, resolve_url
    from ipsfidelity.store.repository import Store

__all__ = ["Store", "default_database_path", "open_store", "resolve_url"]

_LAZY = {
    "Store": "ipsfidelity.store.repository",
    "open_store": "ipsfidelity.store.database",
    "default_database_path": "ipsfidelity.store.location",
    "resolve_url": "ipsfidelity.store.location",
}


def __getattr__(name: str) -> object:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value
