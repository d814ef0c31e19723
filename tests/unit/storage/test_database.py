"""The open database: pragmas on every connection, real transactions, backups, quick_check."""

from __future__ import annotations

import sqlite3
from contextlib import ExitStack, closing
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from tests.conftest import SQLITE, StoreBackend
from tests.unit.storage.builders import CET, rich_workshop
from workshop_app.domain import clock
from workshop_app.storage import migrate
from workshop_app.storage.backup import backup_database, verify_backup
from workshop_app.storage.database import Database, open_database, quick_check
from workshop_app.storage.engine import WRITE_OPTIONS
from workshop_app.storage.errors import BackupError
from workshop_app.storage.repository import WorkshopRepository
from workshop_app.storage.sqlite_files import passes_check, read_revision


@pytest.fixture
def backend() -> StoreBackend:
    """SQLite only: pragmas, WAL and file backups."""
    return SQLITE


def test_pragmas_on_every_connection(database: Database) -> None:
    with ExitStack() as stack:
        # Several connections open at once: each is a separate DBAPI connection of the pool.
        connections = [stack.enter_context(database.engine.connect()) for _ in range(4)]
        assert len({id(c.connection.dbapi_connection) for c in connections}) == 4
        for conn in connections:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000


def test_pragmas_survive_pool_recycling(database: Database) -> None:
    database.engine.dispose()
    with database.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_writes_take_the_write_lock_at_begin(database: Database, db_path: Path) -> None:
    writer = database.engine.execution_options(**WRITE_OPTIONS)
    with writer.begin() as conn:
        conn.execute(text("SELECT 1"))
        other = closing(sqlite3.connect(db_path, timeout=0, isolation_level=None))
        with other as other_conn, pytest.raises(sqlite3.OperationalError, match="locked"):
            other_conn.execute("BEGIN IMMEDIATE")
    # A read transaction does not block another writer (WAL).
    with database.engine.begin() as conn:
        conn.execute(text("SELECT 1"))
        with closing(sqlite3.connect(db_path, timeout=0, isolation_level=None)) as other:
            other.execute("BEGIN IMMEDIATE")
            other.execute("ROLLBACK")


def test_transactions_are_real_for_ddl(database: Database) -> None:
    with pytest.raises(RuntimeError), database.engine.begin() as conn:
        conn.execute(text("CREATE TABLE scratch (x INTEGER)"))
        raise RuntimeError("roll back")
    with database.engine.connect() as conn:
        names = conn.exec_driver_sql("SELECT name FROM sqlite_master").scalars().all()
        assert "scratch" not in names


def test_quick_check(database: Database, db_path: Path, data_dir: Path) -> None:
    assert quick_check(db_path)
    damaged = data_dir / "damaged.sqlite3"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\xff" * 8000)
    assert not quick_check(damaged)
    with pytest.raises(FileNotFoundError):
        quick_check(data_dir / "missing.sqlite3")


def test_quick_check_finds_a_corrupted_page(
    database: Database, db_path: Path, tmp_path: Path
) -> None:
    WorkshopRepository(database.engine).insert(rich_workshop())
    database.close()
    corrupted = tmp_path / "corrupted.sqlite3"
    data = bytearray(db_path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    for page in range(2, len(data) // page_size):
        data[page * page_size + 8 : page * page_size + 40] = b"\xa5" * 32
    corrupted.write_bytes(bytes(data))
    assert not quick_check(corrupted)


def test_backup_of_a_live_database(any_data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "now", lambda: datetime(2026, 11, 20, 16, 5, 30, tzinfo=CET))
    db_path = any_data_dir / "workshops.sqlite3"
    backups = any_data_dir / "säkerhetskopior"
    with open_database(db_path, backup_dir=backups) as db:
        repo = WorkshopRepository(db.engine)
        repo.insert(rich_workshop())  # still in the WAL: a file copy would miss it
        assert (any_data_dir / "workshops.sqlite3-wal").stat().st_size > 0
        first = backup_database(db_path, backups, reason="manual")
        second = backup_database(db_path, backups, reason="manual")
    assert first != second  # never overwritten, even within one second
    assert first.name == "workshops-20261120-160530-manual.sqlite3"
    assert second.name == first.name.replace(".sqlite3", "-2.sqlite3")
    assert sorted(p.name for p in backups.iterdir()) == sorted([first.name, second.name])
    assert passes_check(first, "integrity_check")
    assert read_revision(first) == migrate.head_revision()
    with open_database(first, backup_dir=any_data_dir / "unused") as copy:
        assert WorkshopRepository(copy.engine).load("exempel-1") == rich_workshop()


def test_backup_of_a_missing_file(data_dir: Path) -> None:
    with pytest.raises(BackupError, match="no such file"):
        backup_database(data_dir / "nope.sqlite3", data_dir / "backups")


def test_verify_backup_refuses_bad_copies(
    database: Database, db_path: Path, data_dir: Path
) -> None:
    database.close()
    copy = backup_database(db_path, data_dir / "backups")
    head = migrate.head_revision()
    verify_backup(copy, head)
    with pytest.raises(BackupError, match=f"database version {head}, expected 0099"):
        verify_backup(copy, "0099")
    garbage = data_dir / "garbage.sqlite3"
    garbage.write_bytes(b"\x00" * 4096)
    with pytest.raises(BackupError, match="integrity check"):
        verify_backup(garbage, head)


def test_database_close_removes_the_wal(database: Database, db_path: Path) -> None:
    WorkshopRepository(database.engine).insert(rich_workshop())
    database.close()
    assert not db_path.with_name(db_path.name + "-wal").exists()
