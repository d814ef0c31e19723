"""Moving a database file set aside (never deleting it) and restoring a backup in its place."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from contextlib import closing
from datetime import datetime
from pathlib import Path

from workshop_app.domain import clock
from workshop_app.domain.atomic_file import rename_file, replace_file
from workshop_app.domain.file_modes import create_private, make_private
from workshop_app.storage.errors import BackupError, StorageError
from workshop_app.storage.sqlite_files import connect_read_only, passes_check, read_revision

# SQLite's side files of a database; the WAL and its index go first (see move_aside).
SIDE_SUFFIXES = ("-wal", "-shm", "-journal")


def side_files(db_path: Path) -> list[Path]:
    """The existing "-wal", "-shm" and "-journal" files that belong to ``db_path``."""
    candidates = (db_path.with_name(db_path.name + suffix) for suffix in SIDE_SUFFIXES)
    return [path for path in candidates if path.exists()]


def move_aside(db_path: Path, folder: Path, base_name: str) -> list[Path]:
    """Rename ``db_path`` and its side files into ``folder`` unchanged; returns the new paths.

    ``folder/<base_name>.sqlite3`` (a counter is added rather than overwrite anything), with
    "-wal"/"-shm" beside it under the matching names so the set still opens as one database.
    The side files move first: a WAL left behind without its database could otherwise be
    replayed into a new file of the same name. Nothing is copied, so the bytes are the same.
    """
    if not db_path.exists() and not side_files(db_path):
        return []
    folder.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(OSError):
        folder.chmod(0o700)
    suffix = db_path.suffix or ".sqlite3"
    target = folder / f"{base_name}{suffix}"
    counter = 2
    while target.exists() or any(_side(target, s).exists() for s in SIDE_SUFFIXES):
        target = folder / f"{base_name}-{counter}{suffix}"
        counter += 1
    moved: list[Path] = []
    sides = side_files(db_path)
    try:
        for side in sides:
            destination = _side(target, side.name[len(db_path.name) :])
            rename_file(side, destination)
            moved.append(destination)
        if db_path.exists():
            rename_file(db_path, target)
            moved.insert(0, target)
    except OSError:
        _move_back(moved, sides)  # e.g. Windows: the database is still open
        raise
    make_private(*moved)  # the mode only, never a byte: kept private wherever it goes
    _fsync_folder(db_path.parent)
    _fsync_folder(folder)
    return moved


def check_restorable(backup_path: Path) -> str:
    """The backup's revision, after ``integrity_check``; BackupError if it cannot be restored."""
    if not backup_path.is_file():
        raise BackupError(f'The backup "{backup_path}" does not exist')
    if not passes_check(backup_path, "integrity_check"):
        raise BackupError(f'The backup "{backup_path}" failed its integrity check')
    try:
        revision = read_revision(backup_path)
    except StorageError as error:
        raise BackupError(str(error)) from None
    from workshop_app.storage import migrate  # Alembic: loaded only when a backup is checked

    if revision not in migrate.known_revisions():
        raise BackupError(
            f'The backup "{backup_path}" is not a Workshopstöd database this version can read'
        )
    return revision


def restore_backup(
    backup_path: Path, db_path: Path, replaced_dir: Path, *, when: datetime | None = None
) -> Path | None:
    """Put ``backup_path`` in place of ``db_path``; returns where the old database went, if any.

    Every connection to ``db_path`` must be closed first (``Database.close()``), or its
    writes would go on into the file moved aside. The backup is verified, copied with the
    backup API beside the database and verified again; only then is the current file set
    moved to ``replaced_dir/<name>-<time>-before-restore.sqlite3`` (never deleted) and the
    copy renamed into place. Raises BackupError with the current database untouched.
    """
    revision = check_restorable(backup_path)
    staging = db_path.with_name(db_path.name + ".restoring")
    _remove(staging)
    try:
        db_path.parent.mkdir(parents=True, exist_ok=True)
        create_private(staging)  # it becomes the database: 0600 like every file of ours
        with (
            closing(connect_read_only(backup_path, leave_no_trace=True)) as source,
            closing(sqlite3.connect(staging)) as copy,
        ):
            source.backup(copy)
            copy.execute("PRAGMA journal_mode = DELETE")
        if not passes_check(staging, "integrity_check") or read_revision(staging) != revision:
            raise BackupError(f'The copy of "{backup_path}" did not verify')
        with staging.open("rb+") as file:
            os.fsync(file.fileno())
    except (OSError, sqlite3.Error, StorageError) as error:
        _remove(staging)
        if isinstance(error, BackupError):
            raise
        raise BackupError(f'Could not restore "{backup_path}": {error}') from None
    stamp = (when or clock.now()).astimezone().strftime("%Y%m%d-%H%M%S")  # local time
    originals = ([db_path] if db_path.exists() else []) + side_files(db_path)
    moved: list[Path] = []
    try:
        moved = move_aside(db_path, replaced_dir, f"{db_path.stem}-{stamp}-before-restore")
        replace_file(staging, db_path)
    except OSError as error:
        _remove(staging)
        _move_back(moved, originals)
        raise BackupError(f"Could not put the backup in place: {error}") from None
    _fsync_folder(db_path.parent)
    return moved[0] if originals and originals[0] == db_path else None


def _move_back(moved: list[Path], originals: list[Path]) -> None:
    """Best effort after a failed move: files go back where they were (never over a file)."""
    for source, destination in zip(moved, originals, strict=False):
        if not destination.exists():
            with contextlib.suppress(OSError):
                rename_file(source, destination)


def _side(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def _remove(path: Path) -> None:
    for leftover in (path, _side(path, "-journal")):
        leftover.unlink(missing_ok=True)


def _fsync_folder(folder: Path) -> None:
    # Makes renames durable on POSIX; Windows cannot open a folder, and the rename is done.
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
