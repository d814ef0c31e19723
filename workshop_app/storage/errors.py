"""Errors the storage layer raises for the user to read (all are ``WorkshopAppError``)."""

from __future__ import annotations

import errno
from pathlib import Path

from workshop_app.domain.errors import WorkshopAppError


class StorageError(WorkshopAppError):
    """The database file could not be opened, migrated or backed up."""


class DatabaseTooNewError(StorageError):
    """The database was written by a newer Workshopstöd; it is left exactly as it is."""

    def __init__(self, db_path: Path | str, revision: str) -> None:
        super().__init__(
            f'The database "{db_path}" was saved by a newer version of Workshopstöd '
            f"(database version {revision}), which this version cannot read. "
            "Install the newer version of Workshopstöd to open it; the file has not been changed."
        )
        self.db_path = db_path
        self.revision = revision


class NotAWorkshopDatabaseError(StorageError):
    """The file is an SQLite database, but not one of Workshopstöd's."""

    def __init__(self, db_path: Path) -> None:
        super().__init__(
            f'The file "{db_path}" is not a Workshopstöd database; it has not been changed.'
        )
        self.db_path = db_path


class DatabaseDamagedError(StorageError):
    """The file cannot be read as an SQLite database at all."""

    def __init__(self, db_path: Path, detail: str) -> None:
        super().__init__(
            f'The database "{db_path}" cannot be read ({detail}); it has not been changed.'
        )
        self.db_path = db_path


class BackupError(StorageError):
    """A backup could not be written or did not verify; nothing was migrated or replaced."""


class SaveFailedError(StorageError):
    """The database could not write (disk full, read-only folder, locked …); nothing changed."""

    def __init__(self, detail: str) -> None:
        super().__init__(f"The change could not be saved: {detail}")
        self.detail = detail


# SQLite's primary result codes (sqlite3.Error.sqlite_errorcode & 0xFF) and errno values.
_PLAIN_REASONS = {
    13: "the disk is full",  # SQLITE_FULL
    8: "the data folder is read-only",  # SQLITE_READONLY
    5: "the database is busy in another program",  # SQLITE_BUSY
    6: "the database is locked by another program",  # SQLITE_LOCKED
    10: "the disk could not be written (input/output error)",  # SQLITE_IOERR
    14: "the database file could not be opened",  # SQLITE_CANTOPEN
    11: "the database file is damaged",  # SQLITE_CORRUPT
}
_PLAIN_ERRNO = {
    errno.ENOSPC: "the disk is full",
    getattr(errno, "EDQUOT", -1): "the disk quota is used up",
    errno.EROFS: "the data folder is read-only",
    errno.EACCES: "no permission to write the data folder",
    errno.EPERM: "no permission to write the data folder",
    errno.EIO: "the disk could not be written (input/output error)",
}


def save_failure_reason(error: BaseException | None) -> str:
    """A plain reason for a failed write (no SQL, no parameters, no workshop text)."""
    if isinstance(error, OSError) and error.errno in _PLAIN_ERRNO:
        return _PLAIN_ERRNO[error.errno]
    code = getattr(error, "sqlite_errorcode", None)
    if isinstance(code, int) and code & 0xFF in _PLAIN_REASONS:
        return _PLAIN_REASONS[code & 0xFF]
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return f"database error ({type(error).__name__})"
