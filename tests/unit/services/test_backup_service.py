"""Rolling backups: taken at most every 10 minutes while changes happen, pruned, restorable."""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import closing
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import create_mock_engine, event

from benchmarks.generator import large_workshop
from tests.unit.storage.builders import CET, rich_workshop
from workshop_app.domain.model import Note
from workshop_app.domain.steps import Step
from workshop_app.services.backup_service import (
    BackupService,
    backups_to_keep,
    list_backups,
)
from workshop_app.storage.backup import backup_database
from workshop_app.storage.database import Database, open_database
from workshop_app.storage.errors import BackupError
from workshop_app.storage.repository import WorkshopRepository
from workshop_app.storage.sqlite_files import passes_check

START = datetime(2026, 11, 22, 9, 0, tzinfo=CET)
W = "exempel-1"


@pytest.fixture
def database(data_dir: Path) -> Iterator[Database]:
    db = open_database(data_dir / "workshops.sqlite3", backup_dir=data_dir / "backups")
    WorkshopRepository(db.engine).insert(rich_workshop())
    yield db
    db.close()


@pytest.fixture
def service(database: Database, data_dir: Path) -> BackupService:
    assert database.path is not None
    return BackupService(database.path, data_dir / "backups", database)


def edit(database: Database, text: str) -> None:
    WorkshopRepository(database.engine).update_header(W, {"purpose": text})


def workshop_ids(path: Path) -> list[str]:
    with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as conn:
        return sorted(r for (r,) in conn.execute("SELECT id FROM workshops"))


# ---- retention, a pure function ------------------------------------------------------------


def at(*times: datetime) -> list[tuple[Path, datetime]]:
    return [(Path(f"b{i:04d}.sqlite3"), t) for i, t in enumerate(times)]


def test_few_backups_are_all_kept() -> None:
    backups = at(*(START - timedelta(days=400 * i) for i in range(5)))
    assert backups_to_keep(backups, START) == {p for p, _ in backups}


def test_one_busy_day_keeps_the_ten_newest() -> None:
    backups = at(*(START + timedelta(minutes=10 * i) for i in range(30)))
    kept = backups_to_keep(backups, START + timedelta(hours=5))
    assert kept == {p for p, _ in backups[-10:]}


def test_ninety_days_of_hourly_backups() -> None:
    now = datetime(2026, 11, 22, 23, 30, tzinfo=CET)  # a Sunday
    backups = at(*(now - timedelta(hours=h) for h in range(90 * 24)))
    keep = backups_to_keep(backups, now)
    kept = {t for p, t in backups if p in keep}
    newest_ten = {now - timedelta(hours=h) for h in range(10)}
    # The newest of each day is at 23:30 (today: now itself), for the last 7 days …
    daily = {now - timedelta(days=d) for d in range(7)}
    # … and the newest of each ISO week (Sunday 23:30), for the weeks of the last 56 days.
    weekly = {now - timedelta(days=7 * w) for w in range(8)}
    assert kept == newest_ten | daily | weekly
    assert len(kept) == 10 + 6 + 7


def test_backups_from_the_future_are_kept() -> None:
    """After the clock was set back, nothing newer than "now" is judged too old."""
    backups = at(*(START + timedelta(days=d) for d in range(1, 20)))
    backups += at(*(START - timedelta(days=100 + d) for d in range(20)))
    future = {p for p, t in backups if t > START}
    assert future <= backups_to_keep(backups, START)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(0, 120 * 24 * 60), min_size=0, max_size=60, unique=True))
def test_retention_is_stable_and_keeps_the_newest(minutes_ago: list[int]) -> None:
    now = START
    backups = at(*(now - timedelta(minutes=m) for m in minutes_ago))
    kept = backups_to_keep(backups, now)
    assert len(kept) <= 10 + 7 + 8
    assert {p for p, _ in sorted(backups, key=lambda b: b[1])[-10:]} <= kept
    again = backups_to_keep([b for b in backups if b[0] in kept], now)
    assert again == kept  # pruning twice removes nothing more


# ---- maybe_backup ---------------------------------------------------------------------------


def test_the_first_change_takes_a_verified_backup(
    service: BackupService, database: Database, data_dir: Path
) -> None:
    edit(database, "först")  # in the WAL only: the backup API still sees it
    path = service.maybe_backup(START)
    local = START.astimezone()  # names are in the computer's local time
    assert path == data_dir / "backups" / f"workshops-{local:%Y%m%d-%H%M%S}-rolling.sqlite3"
    assert passes_check(path, "integrity_check")
    with open_database(path, backup_dir=data_dir / "unused") as copy:
        assert WorkshopRepository(copy.engine).load(W).purpose == "först"


def test_at_most_every_ten_minutes_and_only_after_changes(
    service: BackupService, database: Database
) -> None:
    edit(database, "1")
    assert service.maybe_backup(START) is not None
    edit(database, "2")
    assert service.maybe_backup(START + timedelta(minutes=5)) is None
    assert service.maybe_backup(START + timedelta(minutes=9, seconds=59)) is None
    assert service.maybe_backup(START + timedelta(minutes=10)) is not None
    # Nothing changed since: no new backup, however long the wait.
    assert service.maybe_backup(START + timedelta(minutes=30)) is None
    edit(database, "3")
    assert service.maybe_backup(START + timedelta(minutes=31)) is not None


def test_the_interval_holds_across_restarts(
    service: BackupService, database: Database, data_dir: Path
) -> None:
    edit(database, "1")
    assert service.maybe_backup(START) is not None
    restarted = BackupService(service.db_path, service.backup_dir, database)
    edit(database, "2")
    assert restarted.maybe_backup(START + timedelta(minutes=3)) is None
    assert restarted.maybe_backup(START + timedelta(minutes=11)) is not None


def test_twelve_days_of_work_are_pruned_by_retention(
    service: BackupService, database: Database, data_dir: Path
) -> None:
    (data_dir / "backups").mkdir(exist_ok=True)
    upgrade = backup_database(
        service.db_path, data_dir / "backups", reason="before-upgrade-from-0001", stamp=START
    )
    now = START
    for step in range(12 * 8):  # 12 days, a change every 3 hours
        now = START + timedelta(hours=3 * step)
        edit(database, f"ändring {step}")
        service.maybe_backup(now)
    infos = list_backups(data_dir / "backups")
    rolling = [(i.path, i.taken_at) for i in infos if i.reason == "rolling"]
    assert {p for p, _ in rolling} == backups_to_keep(rolling, now.astimezone())  # local days
    assert len(rolling) <= 10 + 7 + 8
    assert upgrade in {i.path for i in infos}  # only rolling backups are ever pruned
    assert max(t for _, t in rolling) == now


def test_a_failed_backup_raises_and_is_retried_later(
    service: BackupService, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    def failing(*_args: object, **_kwargs: object) -> Path:
        raise BackupError("disk full")

    monkeypatch.setattr("workshop_app.services.backup_service.backup_database", failing)
    edit(database, "1")
    with pytest.raises(BackupError):
        service.maybe_backup(START)
    monkeypatch.undo()
    assert service.maybe_backup(START + timedelta(minutes=1)) is None  # not hammered
    assert service.maybe_backup(START + timedelta(minutes=10)) is not None


def test_nothing_to_do_on_a_database_server(data_dir: Path) -> None:
    server = create_mock_engine("postgresql://", lambda *a, **k: None)
    service = BackupService(data_dir / "workshops.sqlite3", data_dir / "backups", server)  # type: ignore[arg-type]
    (data_dir / "workshops.sqlite3").write_bytes(b"")
    assert not service.enabled
    assert service.maybe_backup(START) is None


def test_backups_do_not_block_the_writer(
    service: BackupService, database: Database, data_dir: Path
) -> None:
    """Writers use busy_timeout 0 here: any wait for the backup's lock would fail at once."""
    WorkshopRepository(database.engine).insert(large_workshop())

    @event.listens_for(database.engine, "connect")
    def _no_waiting(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute("PRAGMA busy_timeout = 0")

    database.engine.dispose()
    repo = WorkshopRepository(database.engine)
    errors: list[BaseException] = []
    written = 0
    stop = threading.Event()

    def write() -> None:
        nonlocal written
        while not stop.is_set():
            try:
                repo.add_item(W, "notes", Note(f"n{written}", Step.CAUSES, "text " * 50))
                written += 1
            except BaseException as error:  # collected for the assertion below
                errors.append(error)
                return

    writer = threading.Thread(target=write)
    writer.start()
    try:
        backups = [service.maybe_backup(START + timedelta(minutes=10 * i)) for i in range(4)]
    finally:
        stop.set()
        writer.join()
    assert errors == []
    assert written > 0
    assert all(b is not None and passes_check(b, "integrity_check") for b in backups)


# ---- listing and restoring ------------------------------------------------------------------


def test_list_backups(service: BackupService, database: Database, data_dir: Path) -> None:
    edit(database, "1")
    first = service.maybe_backup(START)
    WorkshopRepository(database.engine).insert(rich_workshop("andra"))
    second = service.maybe_backup(START + timedelta(minutes=15))
    broken = data_dir / "backups" / "trasig.sqlite3"
    broken.write_bytes(b"not a database")
    # A file without a time in its name sorts by its mtime: put it before both backups so the
    # test does not depend on today's date.
    older = (START - timedelta(days=1)).timestamp()
    os.utime(broken, (older, older))
    infos = service.list_backups()
    assert [i.path for i in infos[:2]] == [second, first]
    assert [i.workshop_count for i in infos] == [2, 1, None]
    assert infos[0].taken_at == START + timedelta(minutes=15)
    assert infos[0].reason == "rolling"
    assert infos[0].size == second.stat().st_size  # type: ignore[union-attr]
    assert list_backups(data_dir / "none") == []


def test_restore_moves_the_current_database_aside(
    service: BackupService, database: Database, data_dir: Path
) -> None:
    backup = service.maybe_backup(START)
    assert backup is not None
    WorkshopRepository(database.engine).insert(rich_workshop("senare"))
    database.close()  # the caller closes its engine first
    replaced = service.restore(backup, now=START + timedelta(hours=1))
    local = (START + timedelta(hours=1)).astimezone()
    name = f"workshops-{local:%Y%m%d-%H%M%S}-before-restore.sqlite3"
    assert replaced == data_dir / "replaced" / name
    assert workshop_ids(service.db_path) == [W]
    assert workshop_ids(replaced) == ["exempel-1", "senare"]
    assert backup.exists()
    # The next backup is taken on the next change, whatever the restored file's times are.
    with open_database(service.db_path, backup_dir=data_dir / "backups") as reopened:
        edit(reopened, "efter")
        assert service.maybe_backup(START + timedelta(hours=2)) is not None
