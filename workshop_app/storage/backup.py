"""Backups with SQLite's online backup API (never a file copy), verified before they count."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import datetime
from pathlib import Path

from workshop_app.domain import clock
from workshop_app.domain.file_modes import create_private
from workshop_app.storage.errors import BackupError, StorageError, environment_reason
from workshop_app.storage.sqlite_files import connect_read_only, passes_check, read_revision


def backup_database(
    db_path: Path,
    backup_dir: Path,
    *,
    reason: str = "backup",
    stamp: datetime | None = None,
) -> Path:
    """Copy ``db_path`` into ``backup_dir`` under a timestamped name, verify it, return its path.

    The backup API copies a consistent snapshot even while the app writes (a file copy could
    catch a half-written page or miss the WAL). It copies in one step, which in WAL mode is
    one read transaction: writers go on committing meanwhile (readers never block them in
    WAL), and no concurrent commit can make a step-wise copy start over. The copy is switched
    to a rollback journal so it is one self-contained file. ``stamp`` (default: now) names
    it. Raises BackupError, leaving no partial copy behind.
    """
    target: Path | None = None
    if not db_path.is_file():
        raise BackupError(f'Could not back up "{db_path}": there is no such file')
    try:
        expected_revision = read_revision(db_path)
        backup_dir.mkdir(parents=True, exist_ok=True)
        target = _free_name(backup_dir, db_path, reason, stamp or clock.now())
        create_private(target)  # 0600 from the start; SQLite writes into the empty file
        with (
            closing(connect_read_only(db_path)) as source,
            closing(sqlite3.connect(target)) as copy,
        ):
            source.backup(copy)
            copy.execute("PRAGMA journal_mode = DELETE")
        verify_backup(target, expected_revision)
    except StorageError:  # BackupError, or a source that cannot be read
        _remove(target)
        raise
    except (OSError, sqlite3.Error) as error:
        _remove(target)
        reason = environment_reason(error, backup_dir) or str(error)  # "the disk is full" …
        raise BackupError(f'Could not back up "{db_path}" into "{backup_dir}": {reason}') from error
    return target


def verify_backup(backup_path: Path, expected_revision: str | None) -> None:
    """The copy passes ``PRAGMA integrity_check`` and is at ``expected_revision``."""
    if not passes_check(backup_path, "integrity_check"):
        raise BackupError(f'The backup "{backup_path}" failed its integrity check')
    revision = read_revision(backup_path)
    if revision != expected_revision:
        raise BackupError(
            f'The backup "{backup_path}" is at database version {revision}, '
            f"expected {expected_revision}"
        )


def _free_name(backup_dir: Path, db_path: Path, reason: str, when: datetime) -> Path:
    suffix = db_path.suffix or ".sqlite3"
    base = f"{db_path.stem}-{when:%Y%m%d-%H%M%S}-{reason}"
    candidate = backup_dir / f"{base}{suffix}"
    counter = 2
    while candidate.exists():  # two backups within one second: never overwrite
        candidate = backup_dir / f"{base}-{counter}{suffix}"
        counter += 1
    return candidate


def _remove(path: Path | None) -> None:
    if path is None:
        return
    for leftover in (path, path.with_name(path.name + "-journal")):
        leftover.unlink(missing_ok=True)
