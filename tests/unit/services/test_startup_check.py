"""The start-up check's report: healthy, missing, damaged (moved aside), and the backup offered."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from tests.unit.storage.builders import CET, rich_workshop
from workshop_app.services.app_paths import AppPaths
from workshop_app.services.backup_service import BackupService
from workshop_app.services.restore_offer import clear_pending
from workshop_app.services.startup_check import (
    StartupStatus,
    check_database,
    newest_good_backup,
    restore_newest_backup,
)
from workshop_app.storage.database import open_database
from workshop_app.storage.errors import StorageError
from workshop_app.storage.repository import WorkshopRepository

NOW = datetime(2026, 11, 22, 8, 15, tzinfo=CET)


@pytest.fixture
def paths(data_dir: Path) -> AppPaths:
    return AppPaths(data_dir).ensure()


def store(paths: AppPaths, *ids: str) -> None:
    with open_database(paths.database, backup_dir=paths.backups) as db:
        for workshop_id in ids:
            WorkshopRepository(db.engine).insert(rich_workshop(workshop_id))


def take_backup(paths: AppPaths, when: datetime) -> Path:
    path = BackupService(paths.database, paths.backups).maybe_backup(when)
    assert path is not None
    return path


def test_a_healthy_database(paths: AppPaths) -> None:
    store(paths, "a")
    report = check_database(paths)
    assert report.status is StartupStatus.OK
    assert report.moved_to == ()
    assert not report.offer_restore
    assert paths.database.exists()


def test_a_first_start(paths: AppPaths) -> None:
    report = check_database(paths)
    assert report.status is StartupStatus.MISSING
    assert report.newest_backup is None
    assert not report.offer_restore


def test_a_missing_database_with_backups_offers_the_newest(paths: AppPaths) -> None:
    store(paths, "a")
    backup = take_backup(paths, NOW)
    paths.database.unlink()
    report = check_database(paths)
    assert report.status is StartupStatus.MISSING
    assert report.newest_backup is not None and report.newest_backup.path == backup
    assert report.offer_restore


def test_a_damaged_database_is_moved_and_the_newest_good_backup_named(paths: AppPaths) -> None:
    store(paths, "a", "b")
    good = take_backup(paths, NOW)
    newer_but_bad = paths.backups / "workshops-20991231-235959-rolling.sqlite3"
    newer_but_bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 5000)
    paths.database.write_bytes(b"garbage" * 1000)
    report = check_database(paths, now=NOW)
    assert report.status is StartupStatus.DAMAGED
    assert "not an SQLite database" in report.reason
    local = NOW.astimezone()
    moved = paths.data_dir / "damaged" / f"workshops-{local:%Y%m%d-%H%M%S}.sqlite3"
    assert report.moved_to[0] == moved
    assert set(report.moved_to[1:]) <= {moved.with_name(moved.name + s) for s in ("-wal", "-shm")}
    assert moved.read_bytes() == b"garbage" * 1000
    assert not paths.database.exists()
    assert report.newest_backup is not None
    assert report.newest_backup.path == good
    assert report.newest_backup.workshop_count == 2
    assert report.offer_restore


def test_without_the_lock_nothing_is_moved(paths: AppPaths) -> None:
    paths.database.write_bytes(b"")
    report = check_database(paths, move_damaged=False)
    assert report.status is StartupStatus.DAMAGED
    assert report.moved_to == ()
    assert paths.database.exists()


def test_restore_newest_backup(paths: AppPaths) -> None:
    store(paths, "a")
    take_backup(paths, NOW)
    store(paths, "b")
    newest = take_backup(paths, NOW + timedelta(minutes=20))
    paths.database.write_bytes(b"")
    check_database(paths)
    restored = restore_newest_backup(paths)
    assert restored is not None and restored.path == newest
    with open_database(paths.database, backup_dir=paths.backups) as db:
        ids = {s.id for s in WorkshopRepository(db.engine).list_summaries()}
    assert ids == {"a", "b"}
    assert check_database(paths).status is StartupStatus.OK


def test_no_backup_to_restore(paths: AppPaths) -> None:
    assert restore_newest_backup(paths) is None
    assert newest_good_backup(paths.backups) is None
    assert not paths.database.exists()


def test_an_unreadable_file_is_reported_not_moved(
    paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    store(paths, "a")

    def locked(_path: Path) -> str | None:
        raise StorageError("could not be checked: database is locked")

    monkeypatch.setattr("workshop_app.services.startup_check.damage_of", locked)
    with pytest.raises(StorageError):
        check_database(paths)
    assert paths.database.exists()
    assert not (paths.data_dir / "damaged").exists()


def test_the_offer_to_restore_stays_until_the_user_chooses(paths: AppPaths) -> None:
    store(paths, "a")
    take_backup(paths, NOW)
    paths.database.write_bytes(b"garbage" * 1000)
    first = check_database(paths, now=NOW)
    assert first.status is StartupStatus.DAMAGED and first.offer_restore
    # The window started an empty database, then was closed before the question was answered.
    store(paths)
    again = check_database(paths)
    assert again.status is StartupStatus.DAMAGED and again.offer_restore
    assert again.moved_to == first.moved_to[:1]
    assert check_database(paths).offer_restore  # and again, until a choice is made
    clear_pending(paths)  # "No": go on with the empty database
    assert check_database(paths).status is StartupStatus.OK


def test_restoring_answers_the_offer(paths: AppPaths) -> None:
    store(paths, "a")
    take_backup(paths, NOW)
    paths.database.write_bytes(b"")
    assert check_database(paths).offer_restore
    assert restore_newest_backup(paths) is not None
    assert check_database(paths).status is StartupStatus.OK
