"""What only a database server has: many connections, a newer schema, a lost connection.

Runs with ``WORKSHOP_APP_TEST_PG_URL`` (``.ci/postgres.sh`` starts a throwaway server); each
test gets a schema of its own. The repository tests run here too, through ``backend``.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import Connection, create_engine, text

from tests.unit.storage.builders import rich_workshop
from workshop_app.storage import writing
from workshop_app.storage.database import Database, open_database_url
from workshop_app.storage.engine import create_url_engine
from workshop_app.storage.errors import (
    ConnectionLostError,
    DatabaseTooNewError,
    DatabaseUnreachableError,
    SaveFailedError,
    StorageError,
)
from workshop_app.storage.repository import RevisionGuard, WorkshopRepository
from workshop_app.storage.server_probe import probe_database

W = "exempel-1"


@pytest.fixture
def pg(pg_schema_url: str, tmp_path: Path) -> Iterator[Database]:
    db = open_database_url(pg_schema_url, backup_dir=tmp_path / "unused")
    yield db
    db.close()


@pytest.fixture
def pg_repo(pg: Database) -> WorkshopRepository:
    return WorkshopRepository(pg.engine)


def test_newer_database_is_refused(pg: Database, pg_schema_url: str, tmp_path: Path) -> None:
    with pg.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0042_future'"))
    with pytest.raises(DatabaseTooNewError, match="newer version of Workshopstöd"):
        open_database_url(pg_schema_url, backup_dir=tmp_path)
    with pytest.raises(DatabaseTooNewError):
        probe_database(pg_schema_url)


def test_two_apps_starting_at_once_migrate_once(pg_schema_url: str, tmp_path: Path) -> None:
    """An empty database, two first starts at the same moment: both open, one schema."""
    opened: list[Database] = []
    errors: list[BaseException] = []
    barrier = threading.Barrier(4)

    def start() -> None:
        barrier.wait()
        try:
            opened.append(open_database_url(pg_schema_url, backup_dir=tmp_path))
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=start) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    try:
        assert errors == []
        WorkshopRepository(opened[0].engine).insert(rich_workshop())
        assert WorkshopRepository(opened[1].engine).load(W) == rich_workshop()
    finally:
        for db in opened:
            db.close()


def test_probe_tells_what_is_there(pg_schema_url: str, tmp_path: Path) -> None:
    empty = probe_database(pg_schema_url)
    assert (empty.revision, empty.workshop_count, empty.can_create_tables) == (None, None, True)
    with open_database_url(pg_schema_url, backup_dir=tmp_path) as db:
        WorkshopRepository(db.engine).insert(rich_workshop())
    filled = probe_database(pg_schema_url)
    assert filled.workshop_count == 1 and filled.revision is not None
    assert "@" in filled.server


def test_unreachable_server_and_bad_urls_are_clear_errors(tmp_path: Path) -> None:
    pytest.importorskip("psycopg")
    with pytest.raises(DatabaseUnreachableError, match=r"cannot be reached: .*refused"):
        open_database_url("postgresql+psycopg://nobody@127.0.0.1:1/none", backup_dir=tmp_path)
    with pytest.raises(StorageError, match="not a valid URL"):
        open_database_url("this is no url", backup_dir=tmp_path)
    with pytest.raises(DatabaseUnreachableError) as caught:
        open_database_url(
            "postgresql+psycopg://nobody:secret@127.0.0.1:1/none", backup_dir=tmp_path
        )
    assert "secret" not in str(caught.value) and "nobody:***@" in str(caught.value)


def test_writers_of_different_workshops_do_not_wait_for_each_other(
    pg: Database, pg_repo: WorkshopRepository, pg_schema_url: str
) -> None:
    """A transaction holding one workshop's row holds up edits of that workshop only."""
    pg_repo.insert(rich_workshop())
    pg_repo.insert(rich_workshop("annan"))
    # A second app whose server gives up waiting for a lock after 1 s instead of waiting.
    impatient_url = pg_schema_url.replace("options=", "options=-c%20lock_timeout%3D1000%20")
    impatient = create_url_engine(impatient_url)
    other_app = WorkshopRepository(impatient)
    blocker = pg.engine.connect()
    try:
        blocker.begin()
        blocker.execute(text("SELECT pk FROM workshops WHERE id = :id FOR UPDATE"), {"id": W})
        other_app.update_header("annan", {"title": "Medan den andra redigeras"})
        assert other_app.load("annan").title == "Medan den andra redigeras"
        with pytest.raises(SaveFailedError, match="locked"):  # the control: same workshop
            other_app.update_header(W, {"title": "Väntar"})
    finally:
        blocker.rollback()
        blocker.close()
        impatient.dispose()
    assert pg_repo.load(W).title == rich_workshop().title


def test_a_killed_connection_mid_edit_loses_nothing_reported_saved(
    pg: Database, pg_repo: WorkshopRepository, pg_schema_url: str
) -> None:
    """The server ends the app's connection: the next save fails clearly (retryable), every
    save reported before is there, and once connections work the same change goes in."""
    pg_repo.insert(rich_workshop())
    saved_titles = []
    for n in range(3):
        pg_repo.update_header(W, {"title": f"Sparad {n}"})
        saved_titles.append(f"Sparad {n}")
    # Kill every connection of the app's pool from a separate admin connection.
    admin = create_engine(pg_schema_url)
    with admin.begin() as conn:
        killed = conn.execute(
            text(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                "WHERE pid <> pg_backend_pid() AND datname = current_database() "
                "AND application_name = 'Workshopstod'"
            )
        ).scalar_one()
    admin.dispose()
    assert killed >= 1
    # pool_pre_ping replaces the dead pooled connection: the edit just works.
    pg_repo.update_header(W, {"purpose": "Efter avbrottet"})
    stored = pg_repo.load(W)
    assert stored.title == saved_titles[-1]
    assert stored.purpose == "Efter avbrottet"


def test_a_connection_lost_inside_a_transaction_is_a_retryable_save_failure(
    pg: Database, pg_repo: WorkshopRepository, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The connection dies between the lock and the commit: ConnectionLostError (a
    SaveFailedError, so the window keeps the edit and retries), and nothing half-written."""
    pg_repo.insert(rich_workshop())
    before = pg_repo.load(W)
    guard = RevisionGuard(W, pg_repo.revision(W))
    guarded = pg_repo.guarded(guard)
    real_touch = writing.touch

    def touch_then_die(conn: Connection, workshop_pk: int) -> datetime:
        conn.exec_driver_sql("SELECT pg_terminate_backend(pg_backend_pid())")
        return real_touch(conn, workshop_pk)

    monkeypatch.setattr(writing, "touch", touch_then_die)
    with pytest.raises(ConnectionLostError) as caught:
        guarded.update_header(W, {"title": "Aldrig halvvägs"})
    monkeypatch.setattr(writing, "touch", real_touch)
    assert isinstance(caught.value, SaveFailedError)
    assert "connection to the database server was lost" in str(caught.value)
    assert pg_repo.load(W) == before
    # The guard did not move: the same change, tried again, goes in.
    guarded.update_header(W, {"title": "Andra försöket"})
    assert pg_repo.load(W).title == "Andra försöket"
