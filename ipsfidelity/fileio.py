"""Atomic file writes: a reader sees the old file or the new one, never half of one."""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO


def writable_target(path: Path) -> Path:
    """The file an atomic write to `path` replaces. A symlink is followed: its final target
    is replaced and the link stays. Anything that exists and is not a regular file (a
    device such as /dev/null, a FIFO, a socket, a folder) is refused with an OSError whose
    text says so; renaming over it would put a plain file in its place."""
    path = Path(path)
    target = Path(os.path.realpath(path)) if path.is_symlink() else path
    try:
        info = os.stat(target)  # never opens it: a FIFO must not block
    except FileNotFoundError:
        return target
    if stat.S_ISDIR(info.st_mode):
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
    if not stat.S_ISREG(info.st_mode):
        from ipsfidelity.i18n import tr

        raise NotRegularFileError(None, tr("os.not_regular"), str(path))
    return target


class NotRegularFileError(OSError):
    """The output path exists and is a device, FIFO or socket."""


def atomic_write(path: Path, write: Callable[[BinaryIO], None] | bytes, mode: int = 0o600) -> None:
    """Write to a temporary file beside `path`, flush it to disk, then rename it over `path`
    (over a symlink's target, keeping the link; see `writable_target`)."""
    path = writable_target(Path(path))
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


# Why a file operation failed, in words, for the errors a user can act on.
_OS_REASON_KEYS = {
    errno.ENOENT: "os.no_such_folder",
    errno.EACCES: "os.permission",
    errno.EPERM: "os.permission",
    errno.EROFS: "os.read_only",
    errno.ENOSPC: "os.disk_full",
    errno.EISDIR: "os.is_folder",
    errno.ENOTDIR: "os.not_a_folder",
}


def os_reason(exc: OSError) -> str:
    """A short, translated reason for a failed file operation (the OS's own text is English)."""
    from ipsfidelity.i18n import tr

    if exc.errno in _OS_REASON_KEYS:
        return tr(_OS_REASON_KEYS[exc.errno])
    return exc.strerror or str(exc)
