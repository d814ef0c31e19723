"""The start-up check: a damaged database is kept aside, never overwritten; a backup is offered."""

from __future__ import annotations

import logging
import shutil
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from workshop_app.domain import clock
from workshop_app.domain.file_modes import create_private
from workshop_app.services.app_paths import AppPaths
from workshop_app.services.backup_service import BackupInfo, list_backups
from workshop_app.services.restore_offer import (
    DAMAGED_DIR_NAME,
    clear_pending,
    mark_pending,
    pending_offer,
)
from workshop_app.storage.errors import BackupError
from workshop_app.storage.restore import check_restorable, move_aside, restore_backup
from workshop_app.storage.sqlite_files import damage_of

log = logging.getLogger(__name__)

REPLACED_DIR_NAME = "replaced"
CRASH_WAL_DIR_NAME = "crash-wal"
KEEP_CRASH_WALS = 5


class StartupStatus(StrEnum):
    OK = "ok"  # the database passed quick_check
    MISSING = "missing"  # no database yet (a first start, or it was removed)
    DAMAGED = "damaged"  # it failed the check and was moved to damaged/ (or left, see below)


@dataclass(frozen=True, slots=True)
class StartupReport:
    """What the check found. ``newest_backup`` is verified and set unless the status is OK."""

    status: StartupStatus
    database: Path
    reason: str = ""  # why the file counts as damaged
    moved_to: tuple[Path, ...] = ()  # the damaged file (first) and its -wal/-shm
    newest_backup: BackupInfo | None = None

    @property
    def offer_restore(self) -> bool:
        """The GUI should offer ``restore_newest_backup`` (damaged, or gone with backups left)."""
        return self.status is not StartupStatus.OK and self.newest_backup is not None


def check_database(
    paths: AppPaths, *, move_damaged: bool = True, now: datetime | None = None
) -> StartupReport:
    """Run ``PRAGMA quick_check`` on the database before anything opens it for writing.

    A damaged or not-an-SQLite file is renamed, byte for byte, with its "-wal"/"-shm" to
    ``<data dir>/damaged/<name>-<time>.sqlite3``; it is never overwritten, repaired or deleted.
    Only a process holding the data dir's instance lock may move files: commands that read
    without the lock pass ``move_damaged=False`` and get a DAMAGED report with nothing moved.
    Raises StorageError if the file cannot be read at all (locked, no permission).

    The mover also notes that the offer to restore awaits the user's choice: until
    ``clear_pending`` (or a restore) the following starts report DAMAGED again, even though
    the database in place (a new, empty one) is healthy.
    """
    db_path = paths.database
    pending = pending_offer(paths) if move_damaged else None
    if pending is not None and (not db_path.exists() or damage_of(db_path) is None):
        return StartupReport(
            StartupStatus.DAMAGED,
            db_path,
            "a damaged database was set aside at an earlier start",
            (pending,),
            newest_good_backup(paths.backups),
        )
    if not db_path.exists():
        status = StartupStatus.MISSING
        return StartupReport(status, db_path, newest_backup=newest_good_backup(paths.backups))
    reason = damage_of(db_path)
    if reason is None:
        return StartupReport(StartupStatus.OK, db_path)
    log.error("the database failed its start-up check; it is kept aside")
    moved: list[Path] = []
    if move_damaged:
        stamp = (now or clock.now()).astimezone().strftime("%Y%m%d-%H%M%S")  # local time
        folder = paths.data_dir / DAMAGED_DIR_NAME
        moved = move_aside(db_path, folder, f"{db_path.stem}-{stamp}")
        if moved:
            mark_pending(paths, moved[0])
    return StartupReport(
        StartupStatus.DAMAGED,
        db_path,
        reason,
        tuple(moved),
        newest_good_backup(paths.backups),
    )


def newest_good_backup(backup_dir: Path) -> BackupInfo | None:
    """The newest backup that passes ``integrity_check`` at a revision this version knows."""
    for info in list_backups(backup_dir):
        try:
            check_restorable(info.path)
        except BackupError:
            log.warning("a backup failed its check and is skipped")
            continue
        return info
    return None


def restore_newest_backup(paths: AppPaths, *, now: datetime | None = None) -> BackupInfo | None:
    """Put the newest good backup in place (before the database is opened); None if there is none.

    A database file present now (a new, empty one, say) is moved to ``replaced/`` first.
    """
    newest = newest_good_backup(paths.backups)
    if newest is None:
        return None
    replaced_dir = paths.data_dir / REPLACED_DIR_NAME
    restore_backup(newest.path, paths.database, replaced_dir, when=now)
    clear_pending(paths)
    log.info("the newest backup was restored")
    return newest


def keep_crash_wal(paths: AppPaths, *, now: datetime | None = None) -> Path | None:
    """Copy a "-wal" a crash left behind to ``crash-wal/`` before anything opens it.

    Only for the holder of the instance lock: then no other app has the database open, and a
    WAL with content is what a process that died before closing left. Opening the database
    replays and removes it; a copy keeps a garbled one for examination. The newest
    ``KEEP_CRASH_WALS`` copies are kept. Returns the copy, or None (no WAL, or the copy failed:
    that never stops the start).
    """
    wal = paths.database.with_name(paths.database.name + "-wal")
    try:
        if not wal.is_file() or wal.stat().st_size == 0:
            return None
        folder = paths.data_dir / CRASH_WAL_DIR_NAME
        folder.mkdir(exist_ok=True)
        folder.chmod(0o700)
        stamp = (now or clock.now()).astimezone().strftime("%Y%m%d-%H%M%S")
        copy = folder / f"{paths.database.name}-{stamp}-wal"
        counter = 2
        while copy.exists():
            copy = folder / f"{paths.database.name}-{stamp}-{counter}-wal"
            counter += 1
        create_private(copy)
        shutil.copyfile(wal, copy)
    except OSError as error:
        log.warning("a WAL left by a crash could not be copied aside (%s)", type(error).__name__)
        return None
    log.warning("a WAL left by a crash was copied aside before opening the database")
    for old in sorted(folder.glob("*-wal"), key=lambda p: p.stat().st_mtime)[:-KEEP_CRASH_WALS]:
        old.unlink(missing_ok=True)
    return copy
