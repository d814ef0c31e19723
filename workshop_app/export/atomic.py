"""Writes the minutes file atomically and turns OS errors into a plain ``ExportError``."""

from __future__ import annotations

import errno
import stat
from pathlib import Path

from workshop_app.domain.atomic_file import write_bytes_atomically
from workshop_app.export.errors import ExportError, Reason

_NEW_FILE_MODE = 0o600  # readable by the user only: minutes may hold sensitive material
_DISK_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}


def _explain(error: OSError, path: Path) -> ExportError:
    """A plain message for the user, naming the file and what to do about it."""
    reason: Reason
    if error.errno in _DISK_FULL:
        reason, text = "disk_full", f"The disk is full: {path} could not be written."
    elif error.errno == errno.EROFS:
        reason, text = "read_only", f"The folder {path.parent} is read-only; choose another folder."
    elif isinstance(error, FileNotFoundError):
        reason, text = "missing_folder", f"The folder {path.parent} does not exist."
    elif isinstance(error, PermissionError) and _folder_writable(path.parent):
        reason = "locked"
        text = (
            f"{path} could not be replaced: it is probably open in another program. "
            "Close it there and export again."
        )
    elif isinstance(error, PermissionError):
        reason = "read_only"
        text = f"The folder {path.parent} cannot be written to; choose another folder."
    else:
        reason, text = "other", f"{path} could not be written: {error.strerror or error}."
    return ExportError(text, path=path, reason=reason)


def _folder_writable(folder: Path) -> bool:
    try:
        return bool(folder.stat().st_mode & stat.S_IWUSR) and folder.is_dir()
    except OSError:
        return False


def write_file(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` completely or not at all; an existing file survives a failure.

    Keeps the permissions of a file it replaces. Raises ``ExportError`` when the folder is
    missing or read-only, the disk is full, or the target is locked by another program.
    """
    path = Path(path)
    if path.is_dir():
        raise ExportError(f"{path} is a folder; choose a file name.", path=path, reason="other")
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
    except OSError:
        mode = _NEW_FILE_MODE
    try:
        write_bytes_atomically(path, data, mode=mode)
    except OSError as error:
        raise _explain(error, path) from error
