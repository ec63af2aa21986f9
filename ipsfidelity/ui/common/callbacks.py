"""Worker answers for widgets that may be gone by the time the answer arrives.

A dialog closed (and deleted) while its last write is still queued must not crash the app
when the write's answer comes back; the write itself still happens.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject
from shiboken6 import isValid


def guarded(owner: QObject, fn: Callable[..., Any]) -> Callable[..., None]:
    """`fn`, called only while `owner` (the widget or object it touches) still exists."""

    def call(*args: Any) -> None:
        if isValid(owner):
            fn(*args)

    return call
