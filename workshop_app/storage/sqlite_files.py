"""Read-only looks into an SQLite file: its Alembic revision and its integrity."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from workshop_app.storage.errors import DatabaseDamagedError, StorageError, save_failure_reason


@dataclass(frozen=True, slots=True)
class FileState:
    """What a database file holds before it is migrated."""

    revisions: tuple[str, ...]  # rows of alembic_version (one, normally)
    has_tables: bool  # any table at all, ours or not


def connect_read_only(db_path: Path, *, leave_no_trace: bool = False) -> sqlite3.Connection:
    """A connection that cannot change the file (``mode=ro``); works with any path.

    Even read-only, SQLite creates "-wal"/"-shm" beside a WAL database. With
    ``leave_no_trace`` and no "-wal" present (so there is nothing un-checkpointed to miss),
    the file is opened ``immutable``: no side files, no locks, nothing in the folder changes.
    Only for a file no other process is writing (start-up, under the instance lock).
    """
    # as_uri() percent-encodes spaces, "?", "#" and non-ASCII letters, as SQLite URIs need.
    uri = f"{db_path.resolve().as_uri()}?mode=ro"
    if leave_no_trace and not db_path.with_name(db_path.name + "-wal").exists():
        uri += "&immutable=1"
    return sqlite3.connect(uri, uri=True)


def inspect_file(db_path: Path) -> FileState:
    """Revision and emptiness of an existing file; DatabaseDamagedError if it is unreadable."""
    try:
        with closing(connect_read_only(db_path, leave_no_trace=True)) as conn:
            tables = {
                name
                for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            }
            revisions: tuple[str, ...] = ()
            if "alembic_version" in tables:
                revisions = tuple(
                    r for (r,) in conn.execute("SELECT version_num FROM alembic_version")
                )
            return FileState(revisions, bool(tables - {"alembic_version"}))
    except sqlite3.DatabaseError as error:
        raise DatabaseDamagedError(db_path, str(error)) from error


def read_revision(db_path: Path) -> str | None:
    """The file's Alembic revision, or None if it has none."""
    revisions = inspect_file(db_path).revisions
    return revisions[0] if revisions else None


def passes_check(db_path: Path, pragma: str = "quick_check") -> bool:
    """True if ``PRAGMA quick_check`` (or ``integrity_check``) answers just "ok"."""
    if pragma not in ("quick_check", "integrity_check"):
        raise ValueError(f"not a check pragma: {pragma}")
    if not db_path.exists():
        raise FileNotFoundError(db_path)
    try:
        with closing(connect_read_only(db_path)) as conn:
            rows = conn.execute(f"PRAGMA {pragma}").fetchall()
    except sqlite3.DatabaseError:
        return False
    return rows == [("ok",)]


def quick_check(db_path: Path) -> bool:
    """``PRAGMA quick_check`` at start-up: False for a damaged file (FileNotFoundError if none)."""
    return passes_check(db_path, "quick_check")


_HEADER_MAGIC = b"SQLite format 3\x00"
_DAMAGE_CODES = {11: "SQLITE_CORRUPT", 26: "SQLITE_NOTADB"}  # primary result codes


def damage_of(db_path: Path) -> str | None:
    """Why the file at ``db_path`` is damaged (a short reason), or None if it looks healthy.

    Only reads: the header, then ``PRAGMA quick_check`` on a read-only connection (a hot WAL
    left by a crash is read too, as it belongs to the file). An empty file counts as damaged
    (a bad copy or a disk fault, most likely; moving it aside loses nothing). A file that
    cannot be read for another reason (locked, no permission, I/O error) raises StorageError
    instead: that says nothing about its content, and it must not be moved.
    """
    size = db_path.stat().st_size
    if size == 0:
        return "the file is empty"
    with db_path.open("rb") as file:
        header = file.read(100)
    if not header.startswith(_HEADER_MAGIC):
        return "the file is not an SQLite database"
    if len(header) < 100:
        return "the file is cut off inside its header"
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    if header[24:28] == header[92:96] and pages * page_size > size:  # the size field is valid
        return f"the file is cut off ({size} of {pages * page_size} bytes)"
    try:
        with closing(connect_read_only(db_path, leave_no_trace=True)) as conn:
            rows = conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as error:
        code = getattr(error, "sqlite_errorcode", None)
        if code is not None and code & 0xFF in _DAMAGE_CODES:
            return str(error)
        reason = save_failure_reason(error, db_path)
        raise StorageError(f'The database "{db_path}" could not be checked: {reason}') from None
    if rows != [("ok",)]:
        return f"quick_check: {rows[0][0]}" if rows else "quick_check gave no answer"
    return None
