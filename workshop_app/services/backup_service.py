"""Rolling backups while the group works: every 10 minutes at most, pruned, restorable."""

from __future__ import annotations

import logging
import re
import sqlite3
import threading
from collections.abc import Iterable
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import Engine

from workshop_app.storage.backup import backup_database
from workshop_app.storage.database import Database
from workshop_app.storage.restore import restore_backup
from workshop_app.storage.sqlite_files import connect_read_only

log = logging.getLogger(__name__)

ROLLING_REASON = "rolling"
BACKUP_INTERVAL = timedelta(minutes=10)
KEEP_RECENT = 10
KEEP_DAYS = 7
KEEP_WEEKS = 8
_NAME = re.compile(r"-(?P<stamp>\d{8}-\d{6})-(?P<reason>.+)$")
_ROLLING = re.compile(rf"{ROLLING_REASON}(?:-\d+)?")  # "-2": a second backup in one second


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """One backup file: when it was taken, its size, how many workshops it holds."""

    path: Path
    taken_at: datetime
    size: int
    workshop_count: int | None  # None: the file could not be read
    reason: str = ""  # "rolling", "before-upgrade-from-0001", "manual" …


def backups_to_keep(paths_with_times: Iterable[tuple[Path, datetime]], now: datetime) -> set[Path]:
    """The backups retention keeps: the 10 newest, the newest of each of the last 7 days and
    the newest of each of the last 8 weeks (ISO weeks), days counted in ``now``'s time zone.
    Backups dated after ``now`` (a clock that was set back) are kept too."""
    newest_first = sorted(paths_with_times, key=lambda pt: pt[1], reverse=True)
    keep = {path for path, _ in newest_first[:KEEP_RECENT]}
    keep |= {path for path, taken in newest_first if taken > now}
    days: set[object] = set()
    weeks: set[object] = set()
    for path, taken in newest_first:
        day = taken.astimezone(now.tzinfo).date() if now.tzinfo and taken.tzinfo else taken.date()
        age_days = (now.date() - day).days
        if 0 <= age_days < KEEP_DAYS and day not in days:
            days.add(day)
            keep.add(path)
        week = day.isocalendar()[:2]
        if 0 <= age_days < KEEP_WEEKS * 7 and week not in weeks:
            weeks.add(week)
            keep.add(path)
    return keep


def list_backups(backup_dir: Path) -> list[BackupInfo]:
    """Every backup in ``backup_dir`` (rolling and the ones taken before upgrades), newest first."""
    return [
        BackupInfo(path, taken_at, path.stat().st_size, _count(path), reason)
        for path, taken_at, reason in _scan(backup_dir)
    ]


class BackupService:
    """Takes rolling backups of the SQLite database, prunes them and restores one.

    ``maybe_backup`` is cheap when nothing is due, and safe to call from any thread (calls are
    serialised); run it off the database worker so an edit never waits for a backup. It
    reads through its own read-only connection: in WAL mode that never blocks the writer.
    ``database`` (or its engine) only tells whether there is a file to back up at all: on
    a database server backups are its administrator's job and the service does nothing.
    """

    def __init__(
        self,
        db_path: Path,
        backup_dir: Path,
        database: Database | Engine | None = None,
        *,
        interval: timedelta = BACKUP_INTERVAL,
    ) -> None:
        self.db_path = db_path
        self.backup_dir = backup_dir
        self.interval = interval
        engine = database.engine if isinstance(database, Database) else database
        self.enabled = engine is None or engine.dialect.name == "sqlite"
        self._lock = threading.Lock()
        self._last_attempt: datetime | None = None
        self._last_fingerprint: tuple[int, ...] | None = None

    def maybe_backup(self, now: datetime) -> Path | None:
        """Back up if the last backup is 10 minutes old and the file changed since; then prune.

        Call it after each saved change (or from a timer). Returns the new backup, or None.
        A failed backup raises BackupError (nothing half-written is left) and is tried
        again an interval later.
        """
        if not self.enabled or not self.db_path.exists():
            return None
        with self._lock:
            last = self._last_attempt or self._newest_rolling()
            if last is not None and timedelta(0) <= now - last < self.interval:
                return None
            fingerprint = self._fingerprint()
            if fingerprint == self._last_fingerprint:
                return None
            self._last_attempt = now
            # Named in local time, as read back by list_backups: the same instant either way.
            local = now.astimezone()
            path = backup_database(
                self.db_path, self.backup_dir, reason=ROLLING_REASON, stamp=local
            )
            self._last_fingerprint = fingerprint
            log.info("rolling backup taken (%d bytes)", path.stat().st_size)
            self.prune(local)
            return path

    def backup_now(self, now: datetime) -> Path | None:
        """A rolling backup now, whenever the last one was (before a deletion); then prune.

        None on a database server (its administrator's backups apply) or without a file.
        Raises BackupError, and then the caller must not go on with what it backs up for.
        """
        if not self.enabled or not self.db_path.exists():
            return None
        with self._lock:
            local = now.astimezone()
            path = backup_database(
                self.db_path, self.backup_dir, reason=ROLLING_REASON, stamp=local
            )
            self._last_attempt = now
            self._last_fingerprint = self._fingerprint()
            log.info("rolling backup taken on request (%d bytes)", path.stat().st_size)
            self.prune(local)
            return path

    def prune(self, now: datetime) -> list[Path]:
        """Delete the rolling backups retention does not keep; others are never deleted."""
        rolling = [
            (path, taken_at)
            for path, taken_at, reason in _scan(self.backup_dir)
            if reason == ROLLING_REASON
        ]
        keep = backups_to_keep(rolling, now)
        removed = [path for path, _ in rolling if path not in keep]
        for path in removed:
            path.unlink(missing_ok=True)
        return removed

    def list_backups(self) -> list[BackupInfo]:
        return list_backups(self.backup_dir)

    def restore(self, backup_path: Path, *, now: datetime | None = None) -> Path | None:
        """Replace the database by a verified copy of ``backup_path``.

        The caller must close the database first (``AppContext.close()`` after draining the
        worker) and open it again afterwards. The current file set is moved to
        ``<data dir>/replaced/…-before-restore.sqlite3``, never deleted; returns its new path
        (None if there was no database). BackupError leaves everything as it was.
        """
        with self._lock:
            replaced = restore_backup(
                backup_path, self.db_path, self.db_path.parent / "replaced", when=now
            )
            self._last_fingerprint = None
            log.info("backup restored")
            return replaced

    def _newest_rolling(self) -> datetime | None:
        stamps = [t for _, t, reason in _scan(self.backup_dir) if reason == ROLLING_REASON]
        return max(stamps, default=None)

    def _fingerprint(self) -> tuple[int, ...]:
        """Size and change time of the file and its WAL: every commit changes the WAL."""
        parts: list[int] = []
        for path in (self.db_path, self.db_path.with_name(self.db_path.name + "-wal")):
            try:
                stat = path.stat()
            except FileNotFoundError:
                parts += [-1, -1]
            else:
                parts += [stat.st_size, stat.st_mtime_ns]
        return tuple(parts)


def _scan(backup_dir: Path) -> list[tuple[Path, datetime, str]]:
    """(path, time taken, reason) of each backup file, newest first; times from the names."""
    if not backup_dir.is_dir():
        return []
    found = [(path, *_parse_name(path)) for path in backup_dir.glob("*.sqlite3")]
    return sorted(found, key=lambda entry: (entry[1], entry[0].name), reverse=True)


def _parse_name(path: Path) -> tuple[datetime, str]:
    match = _NAME.search(path.stem)
    if match:
        try:
            stamp = datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S").astimezone()
        except ValueError:
            pass
        else:
            reason = match["reason"]
            return stamp, ROLLING_REASON if _ROLLING.fullmatch(reason) else reason
    return datetime.fromtimestamp(path.stat().st_mtime).astimezone(), ""


def _count(path: Path) -> int | None:
    try:
        with closing(connect_read_only(path, leave_no_trace=True)) as conn:
            return int(conn.execute("SELECT count(*) FROM workshops").fetchone()[0])
    except sqlite3.Error:
        return None
