"""Writing a file so that readers see either the old content or the whole new one, never half."""

from __future__ import annotations

import contextlib
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any


def write_bytes_atomically(path: Path, data: bytes, *, mode: int = 0o600) -> None:
    """Replace ``path`` with ``data`` atomically: a temporary file in the same folder, then rename.

    The temporary file is flushed and fsynced before the rename, so a crash leaves the old file
    or the complete new one. On any error the temporary file is removed, an existing file at
    ``path`` is untouched, and the ``OSError`` propagates. ``mode`` is applied exactly (not
    through the umask); on Windows only its write bit means anything.
    """
    path = Path(path)
    folder = path.parent
    # Same folder: os.replace is atomic only within one file system.
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.chmod(temporary, mode)
        replace_file(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    _fsync_folder(folder)


# Waits between attempts: about 1.5 s in all, longer than a virus scanner's or a backup
# agent's look at a new file usually takes, short enough for a user waiting on a save.
RETRY_DELAYS = (0.05, 0.1, 0.2, 0.4, 0.8)


def replace_file(source: Path | str, target: Path | str) -> None:
    """``os.replace``, tried again a few times while the system refuses with PermissionError.

    On Windows a file that another program (an antivirus scanner, a backup or sync agent,
    the search indexer) has open for a moment cannot be replaced or renamed: the call fails
    with PermissionError (sharing violation or access denied) and succeeds a moment later.
    Any other error, or the last PermissionError, propagates.
    """
    _retrying(os.replace, source, target)


def rename_file(source: Path | str, target: Path | str) -> None:
    """``os.rename`` (never over an existing file on Windows), retried like ``replace_file``."""
    _retrying(os.rename, source, target)


def _retrying(operation: Callable[[Any, Any], None], source: Any, target: Any) -> None:
    for delay in RETRY_DELAYS:
        try:
            operation(source, target)
            return
        except PermissionError:
            time.sleep(delay)
    operation(source, target)


def _fsync_folder(folder: Path) -> None:
    # Makes the rename itself durable on POSIX. Windows cannot open a folder this way and
    # some file systems refuse fsync on one; the file is already in place, so that is fine.
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
