"""Writing a file so that readers see either the old content or the whole new one, never half."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


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
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    _fsync_folder(folder)


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
