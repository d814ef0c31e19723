"""Errors the storage layer raises for the user to read (all are ``WorkshopAppError``)."""

from __future__ import annotations

import errno
import shutil
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
        self.detail = detail


class StoredDataDamagedError(StorageError):
    """A stored row cannot be turned back into a workshop (damage ``quick_check`` misses).

    The message never quotes the stored value: it may be garbage bytes, or workshop text.
    """

    def __init__(self, where: str = "") -> None:
        place = f" ({where})" if where else ""
        super().__init__(
            f"stored data is damaged{place}; nothing was changed. Open the Workshopstöd window: "
            "File → Restore from backup… goes back to a verified backup"
        )
        self.where = where


class BackupError(StorageError):
    """A backup could not be written or did not verify; nothing was migrated or replaced."""


class SaveFailedError(StorageError):
    """The database could not write (disk full, read-only folder, locked …); nothing changed."""

    def __init__(self, detail: str) -> None:
        super().__init__(f"The change could not be saved: {detail}")
        self.detail = detail


CONNECTION_LOST = "the connection to the database server was lost"


class ConnectionLostError(SaveFailedError):
    """The database server could not be reached while saving; nothing changed, try again."""

    def __init__(self) -> None:
        super().__init__(CONNECTION_LOST)


class CommitOutcomeUnknownError(ConnectionLostError):
    """The connection broke while the server was committing: the write may be stored or not.

    A ConnectionLostError still (the window keeps the edit and tries again; a retry that finds
    the edit stored reports a conflict and shows what is stored), but its message says that
    the outcome is unknown instead of "nothing changed".
    """

    def __init__(self) -> None:
        super().__init__()
        self.args = (
            "the connection to the database server was lost while the change was being "
            "committed; it may have been saved",
        )


class DatabaseUnreachableError(StorageError):
    """The database server could not be reached (or refused us) while reading or opening."""

    def __init__(self, where: str = "", detail: str = "") -> None:
        place = f" {where}" if where else ""
        reason = f": {detail}" if detail else " right now"
        super().__init__(
            f"The database server{place} cannot be reached{reason}. Check the network "
            "connection and the database address; nothing has been changed."
        )
        self.where = where
        self.detail = detail


def is_undecodable(error: BaseException | None) -> bool:
    """True for a driver error that means the stored bytes are not what they should be:
    text that is not UTF-8, or SQLite finding its file corrupt while reading."""
    if error is None:
        return False
    code = getattr(error, "sqlite_errorcode", None)
    if isinstance(code, int) and code & 0xFF in (11, 26):  # SQLITE_CORRUPT, SQLITE_NOTADB
        return True
    return str(error).startswith("Could not decode to UTF-8")


def driver_reason(error: BaseException | None) -> str:
    """The first line of a driver's connection error ("… Connection refused", "FATAL: role …").

    Only for errors raised while connecting: they name the server, never workshop text.
    """
    text = str(error or "").strip().splitlines()
    first = text[0] if text else ""
    return first.removeprefix("connection failed: ").strip()


class WorkshopChangedElsewhereError(WorkshopAppError):
    """The workshop was changed by someone else since this edit's data was read.

    Not a SaveFailedError on purpose: trying the same edit again cannot succeed, and must not,
    as it was made without seeing the other change. The caller shows the current state.
    """

    def __init__(self, workshop_id: str, expected: int, found: int) -> None:
        super().__init__(
            f'The workshop "{workshop_id}" was changed elsewhere (by someone else, or in another '
            "window) after it was read here, so this change was not saved. Load the workshop "
            "again to see the current state."
        )
        self.workshop_id = workshop_id
        self.expected = expected
        self.found = found


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
    errno.ENAMETOOLONG: "the path is longer than the system allows",
    errno.EISDIR: "a folder is where a file should be",
}


# PostgreSQL SQLSTATE codes (psycopg's ``error.sqlstate``) and their classes (first two chars).
_PLAIN_SQLSTATES = {
    "53100": "the database server's disk is full",
    "53200": "the database server is out of memory",
    "53300": "the database server has too many connections",
    "25006": "the database is read-only",
    "40001": "another person was saving at the same moment",
    "40P01": "another person was saving at the same moment",
    "55P03": "the database is locked by another program",
    "57014": "the database server took too long to answer",
    "42501": "no permission to write to the database",
}
_LOST_SQLSTATE_CLASSES = ("08",)  # connection exception
_LOST_SQLSTATES = frozenset({"57P01", "57P02", "57P03"})  # server shut down or restarting


def is_connection_lost(error: BaseException | None) -> bool:
    """True if ``error`` (a driver's error) means the server connection broke or was refused.

    psycopg raises OperationalError without a SQLSTATE when the socket closes under it
    ("server closed the connection unexpectedly", "consuming input failed").
    """
    if error is None:
        return False
    sqlstate = getattr(error, "sqlstate", None)
    if isinstance(sqlstate, str):
        return sqlstate.startswith(_LOST_SQLSTATE_CLASSES) or sqlstate in _LOST_SQLSTATES
    module = type(error).__module__ or ""
    return module.startswith("psycopg") and type(error).__name__ in (
        "OperationalError",
        "InterfaceError",
    )


DISK_FULL = "the disk is full"
_IO_ERROR = "the disk could not be written (input/output error)"
# Below this many free bytes an I/O error of SQLite is taken for a full disk: SQLite reports
# a -shm or -wal that cannot grow as SQLITE_IOERR, not SQLITE_FULL.
NEARLY_FULL_BYTES = 1 << 20


def disk_nearly_full(where: Path | str | None) -> bool:
    """True if the file system holding ``where`` (or its nearest existing parent) is full."""
    if where is None:
        return False
    folder = Path(where)
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    try:
        return shutil.disk_usage(folder).free < NEARLY_FULL_BYTES
    except OSError:
        return False


def save_failure_reason(error: BaseException | None, where: Path | str | None = None) -> str:
    """A plain reason for a failed write (no SQL, no parameters, no workshop text).

    ``where``: a file or folder on the disk written to; an input/output error while that disk
    is full is reported as a full disk, which is what the user can do something about.
    """
    reason = _plain_reason(error)
    if reason == _IO_ERROR and disk_nearly_full(where):
        return DISK_FULL
    return reason


def _plain_reason(error: BaseException | None) -> str:
    if is_connection_lost(error):
        return CONNECTION_LOST
    sqlstate = getattr(error, "sqlstate", None)
    if isinstance(sqlstate, str) and sqlstate in _PLAIN_SQLSTATES:
        return _PLAIN_SQLSTATES[sqlstate]
    if isinstance(error, OSError) and error.errno in _PLAIN_ERRNO:
        return _PLAIN_ERRNO[error.errno]
    code = getattr(error, "sqlite_errorcode", None)
    if isinstance(code, int) and code & 0xFF in _PLAIN_REASONS:
        return _PLAIN_REASONS[code & 0xFF]
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return f"database error ({type(error).__name__})"


STORED_DATA_DAMAGED = "stored data is damaged"
# Conditions of the computer, not faults of the app: the user can act on them (exit 2).
_ENVIRONMENT_ERRNOS = frozenset(
    {
        errno.ENOSPC,
        getattr(errno, "EDQUOT", -1),
        errno.EROFS,
        errno.EACCES,
        errno.EPERM,
        errno.ENAMETOOLONG,
        errno.EISDIR,
    }
)
_ENVIRONMENT_SQLITE_CODES = {13: DISK_FULL, 8: "the data folder is read-only"}
_DAMAGE_SQLITE_CODES = frozenset({11, 26})  # SQLITE_CORRUPT, SQLITE_NOTADB


def environment_reason(error: BaseException, where: Path | str | None = None) -> str | None:
    """A plain reason if ``error`` (or what caused it) is a state of the computer the user
    can act on — a full disk, a read-only folder, no permission, a path too long — or damage
    in the stored data; None for anything else (an unexpected failure)."""
    for cause in _causes(error):
        if isinstance(cause, OSError) and cause.errno in _ENVIRONMENT_ERRNOS:
            return save_failure_reason(cause, where)
        code = getattr(cause, "sqlite_errorcode", None)
        if isinstance(code, int):
            primary = code & 0xFF
            if primary in _ENVIRONMENT_SQLITE_CODES:
                return _ENVIRONMENT_SQLITE_CODES[primary]
            if primary in _DAMAGE_SQLITE_CODES:
                return STORED_DATA_DAMAGED
            if primary == 10 and disk_nearly_full(where):  # SQLITE_IOERR
                return DISK_FULL
    return None


def _causes(error: BaseException) -> list[BaseException]:
    """``error``, the driver error inside a SQLAlchemy error, and what they were raised from."""
    seen: list[BaseException] = []
    pending: list[BaseException | None] = [error]
    while pending:
        current = pending.pop(0)
        if current is None or any(current is s for s in seen):
            continue
        seen.append(current)
        orig = getattr(current, "orig", None)
        pending += [orig if isinstance(orig, BaseException) else None]
        pending += [current.__cause__, current.__context__]
    return seen
