"""Atomic file writes: a reader sees the old file or the new one, never half of one."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO


def atomic_write(path: Path, write: Callable[[BinaryIO], None] | bytes, mode: int = 0o600) -> None:
    """Write to a temporary file beside `path`, flush it to disk, then rename it over `path`."""
    path = Path(path)
    directory = path.parent if str(path.parent) else Path(".")
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as fh:
            if isinstance(write, bytes):
                fh.write(write)
            else:
                write(fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    if hasattr(os, "O_DIRECTORY"):
        dir_fd = os.open(directory, os.O_DIRECTORY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


def os_reason(exc: OSError) -> str:
    """A short, translated reason for a failed file operation (the OS's own text is English)."""
    from ipsfidelity.i18n import tr

    match exc.errno:
        case errno.ENOENT:
            return tr("os.no_such_folder")
        case errno.EACCES | errno.EPERM:
            return tr("os.permission")
        case errno.EROFS:
            return tr("os.read_only")
        case errno.ENOSPC:
            return tr("os.disk_full")
        case errno.EISDIR:
            return tr("os.is_folder")
        case errno.ENOTDIR:
            return tr("os.not_a_folder")
    return exc.strerror or str(exc)
