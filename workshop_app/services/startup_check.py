"""The start-up check: a damaged database is kept aside, never overwritten; a backup is offered."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from workshop_app.domain import clock
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
