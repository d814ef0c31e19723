"""Real damaged databases at start-up: detected, kept aside byte for byte, the backup restores."""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from benchmarks.generator import large_workshop
from tests.unit.storage.builders import CET, rich_workshop
from workshop_app.services.app_context import open_app_context
from workshop_app.services.app_paths import AppPaths
from workshop_app.services.backup_service import BackupService
from workshop_app.services.startup_check import (
    StartupStatus,
    check_database,
    restore_newest_backup,
)
from workshop_app.storage.repository import WorkshopRepository

NOW = datetime(2026, 11, 22, 13, 0, tzinfo=CET)
BACKED_UP = [f"verkstad-{i:02d}" for i in range(40)]


def build_data_dir(data_dir: Path, *, hot_wal: bool) -> AppPaths:
    """Many workshops (many pages), a rolling backup, then more work after the backup."""
    context = open_app_context(data_dir)
    repo = WorkshopRepository(context.database.engine)
    for workshop_id in BACKED_UP:
        repo.insert(rich_workshop(workshop_id))
    repo.insert(large_workshop(workshop_id="stor"))
    service = BackupService(context.paths.database, context.paths.backups, context.database)
    assert service.maybe_backup(NOW) is not None
    with context.database.engine.connect() as conn:  # most pages in the file, as usual
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    repo.insert(rich_workshop("efter-backupen"))
    paths = context.paths
    if hot_wal:  # the files as a crash leaves them: committed pages still in the WAL
        names = [paths.database.name + s for s in ("", "-wal", "-shm")]
        image = {name: (data_dir / name).read_bytes() for name in names}
        context.close()
        for name, data in image.items():
            (data_dir / name).write_bytes(data)
    else:
        context.close()
    return paths


def damage(path: Path, how: str) -> None:
    rng = random.Random(how)
    data = bytearray(path.read_bytes())
    if how == "middle":  # three pages in the middle of the workshops' pages
        middle = len(data) // 2 // 4096 * 4096
        data[middle : middle + 3 * 4096] = rng.randbytes(3 * 4096)
    elif how == "page-headers":
        for page in range(len(data) // 4096 // 3, len(data) // 4096, 7):
            data[page * 4096 : page * 4096 + 16] = rng.randbytes(16)
    elif how == "truncated":
        data = data[: len(data) // 3]
    elif how == "garbage":
        data = bytearray(rng.randbytes(len(data)))
    elif how == "empty":
        data = bytearray()
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("hot_wal", [False, True], ids=["closed", "crashed"])
@pytest.mark.parametrize("how", ["middle", "page-headers", "truncated", "garbage", "empty"])
def test_damage_is_found_kept_aside_and_the_backup_restores(
    data_dir: Path, how: str, hot_wal: bool
) -> None:
    paths = build_data_dir(data_dir, hot_wal=hot_wal)
    damage(paths.database, how)
    sides = [paths.database.with_name(paths.database.name + s) for s in ("-wal", "-shm")]
    before = {p.name: p.read_bytes() for p in [paths.database, *sides] if p.exists()}
    assert ("workshops.sqlite3-wal" in before) == hot_wal
    # The -shm is an index SQLite rebuilds from the WAL; reading the WAL may refresh it.
    kept_bytes = [name for name in before if not name.endswith("-shm")]

    report = check_database(paths, now=NOW + timedelta(hours=1))

    assert report.status is StartupStatus.DAMAGED, report
    assert report.reason
    moved = {
        p.name.replace(report.moved_to[0].name, "workshops.sqlite3"): p for p in report.moved_to
    }
    assert report.moved_to[0].parent == data_dir / "damaged"
    assert set(moved) == set(before)
    for name in kept_bytes:  # byte for byte what was there, the WAL included
        assert moved[name].read_bytes() == before[name], name
    assert not any(data_dir.glob("workshops.sqlite3*"))
    assert report.newest_backup is not None
    assert report.newest_backup.workshop_count == len(BACKED_UP) + 1
    assert report.offer_restore

    restored = restore_newest_backup(paths)
    assert restored == report.newest_backup
    assert check_database(paths).status is StartupStatus.OK
    context = open_app_context(data_dir)
    try:
        ids = sorted(s.id for s in context.workshops.list_workshops())
        assert ids == sorted([*BACKED_UP, "stor"])
        assert context.workshops.load("verkstad-07") == rich_workshop("verkstad-07")
    finally:
        context.close()
    for name in kept_bytes:  # restoring never touched what was kept aside
        assert moved[name].read_bytes() == before[name]


def test_a_crash_image_is_not_mistaken_for_damage(data_dir: Path) -> None:
    paths = build_data_dir(data_dir, hot_wal=True)
    report = check_database(paths)
    assert report.status is StartupStatus.OK
    context = open_app_context(data_dir)
    try:
        assert context.workshops.repository.exists("efter-backupen")  # the WAL's commit
    finally:
        context.close()
