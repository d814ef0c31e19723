"""Disk full, a read-only folder, a refused write: a plain error, nothing half-saved, nothing lost."""

from __future__ import annotations

import errno
import os
import sqlite3
import traceback
from collections.abc import Callable
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from tests.conftest import SQLITE, StoreBackend
from tests.unit.storage.builders import rich_workshop
from workshop_app.domain.errors import IntegrityError, WorkshopAppError
from workshop_app.domain.limits import TEXT_MAX
from workshop_app.domain.model import Note
from workshop_app.domain.steps import Step
from workshop_app.storage import writing
from workshop_app.storage.database import Database
from workshop_app.storage.errors import SaveFailedError
from workshop_app.storage.repository import WorkshopRepository

CANARY = "HEMLIG-ANTECKNING-5d1e"
W = "exempel-1"


@pytest.fixture
def backend() -> StoreBackend:
    """SQLite only: disk full, read-only files and SQLite result codes."""
    return SQLITE


def on_every_connection(database: Database, *statements: str) -> None:
    """Run ``statements`` on each new connection (the pool is emptied so all connections are)."""

    @event.listens_for(database.engine, "connect")
    def _connect(dbapi_connection: Any, _record: Any) -> None:
        for statement in statements:
            dbapi_connection.execute(statement)

    database.engine.dispose()


def integrity_ok(db_path: Path) -> bool:
    with closing(sqlite3.connect(db_path)) as conn:
        return conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]


def big_note(text: str = CANARY) -> Note:
    # As long as a note may be (domain.limits): it needs new pages.
    return Note("n-big", Step.CAUSES, (f"{text} " * 4000)[:TEXT_MAX])


def assert_plain(error: BaseException, reason: str) -> None:
    """The user's message names the reason; no SQL, no parameters, no workshop text anywhere."""
    assert isinstance(error, WorkshopAppError)
    assert str(error) == f"The change could not be saved: {reason}"
    shown = "".join(traceback.format_exception(error))
    for leak in (CANARY, "INSERT", "UPDATE", "[parameters"):
        assert leak not in shown, leak


@pytest.fixture
def filled(database: Database, db_path: Path) -> WorkshopRepository:
    """The rich workshop, with a few more committed edits."""
    repo = WorkshopRepository(database.engine)
    repo.insert(rich_workshop())
    repo.update_header(W, {"title": "Före felet"})
    repo.add_item(W, "notes", Note("n-1", Step.PROBLEMS, "sparad"))
    return repo


def assert_earlier_commits_kept(repo: WorkshopRepository, db_path: Path) -> None:
    workshop = repo.load(W)
    assert workshop.title == "Före felet"
    assert [n.id for n in workshop.notes][-1] == "n-1"
    assert "n-big" not in {n.id for n in workshop.notes}
    assert integrity_ok(db_path)


def test_disk_full_in_sqlite(filled: WorkshopRepository, database: Database, db_path: Path) -> None:
    """SQLITE_FULL for real: the file may not grow by a single page."""
    with closing(sqlite3.connect(db_path)) as conn:
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
    on_every_connection(database, f"PRAGMA max_page_count = {pages}")
    with pytest.raises(SaveFailedError) as caught:
        filled.add_item(W, "notes", big_note())
    assert_plain(caught.value, "the disk is full")
    assert_earlier_commits_kept(filled, db_path)
    on_every_connection(database, "PRAGMA max_page_count = 1073741823")  # space freed again
    filled.add_item(W, "notes", big_note("ny"))
    assert filled.load(W).notes[-1].id == "n-big"


def test_read_only_database(filled: WorkshopRepository, database: Database, db_path: Path) -> None:
    on_every_connection(database, "PRAGMA query_only = ON")
    with pytest.raises(SaveFailedError) as caught:
        filled.update_header(W, {"title": CANARY})
    assert_plain(caught.value, "the data folder is read-only")
    assert_earlier_commits_kept(filled, db_path)


@pytest.mark.skipif(
    os.name != "posix" or os.geteuid() == 0, reason="root writes through chmod 0500"
)
def test_read_only_folder_and_file(
    filled: WorkshopRepository, database: Database, db_path: Path
) -> None:
    database.close()  # the WAL is checkpointed and removed
    db_path.chmod(0o400)
    db_path.parent.chmod(0o500)
    try:
        with pytest.raises(WorkshopAppError) as caught:
            filled.update_header(W, {"title": CANARY})
        assert "could not be saved" in str(caught.value)
        assert CANARY not in "".join(traceback.format_exception(caught.value))
    finally:
        db_path.parent.chmod(0o700)
        db_path.chmod(0o600)
    assert_earlier_commits_kept(filled, db_path)


@pytest.mark.parametrize(
    ("number", "reason"),
    [
        (errno.ENOSPC, "the disk is full"),
        (errno.EROFS, "the data folder is read-only"),
        (errno.EACCES, "no permission to write the data folder"),
        (errno.EIO, "the disk could not be written (input/output error)"),
    ],
)
def test_an_os_error_midway_rolls_the_transaction_back(
    filled: WorkshopRepository,
    db_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    number: int,
    reason: str,
) -> None:
    """The failure comes after the item's rows were written: none of them may stay."""

    def failing_touch(*_args: object) -> None:
        raise OSError(number, os.strerror(number))

    monkeypatch.setattr(writing, "touch", failing_touch)
    with pytest.raises(SaveFailedError) as caught:
        filled.add_item(W, "notes", big_note())
    assert_plain(caught.value, reason)
    monkeypatch.undo()
    assert_earlier_commits_kept(filled, db_path)


@pytest.mark.parametrize("operation", ["add", "update", "header", "delete", "move"])
def test_every_kind_of_write_fails_cleanly(
    filled: WorkshopRepository, database: Database, db_path: Path, operation: str
) -> None:
    """Every kind of write fails cleanly when SQLite cannot write at all (all rolled back)."""
    before = filled.load(W)
    with closing(sqlite3.connect(db_path)) as conn:
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
    on_every_connection(database, f"PRAGMA max_page_count = {pages}", "PRAGMA query_only = ON")
    actions: dict[str, Callable[[], object]] = {
        "add": lambda: filled.add_item(W, "notes", big_note()),
        "update": lambda: filled.update_item(W, "notes", ("n-1",), {"text": CANARY}),
        "header": lambda: filled.update_header(W, {"purpose": CANARY}),
        "delete": lambda: filled.delete_item(W, "notes", ("n-1",)),
        "move": lambda: filled.move_item(W, "notes", ("n-1",), 0),
    }
    with pytest.raises(SaveFailedError) as caught:
        actions[operation]()
    assert_plain(caught.value, "the data folder is read-only")
    assert filled.load(W) == before
    assert integrity_ok(db_path)


def test_a_refusal_by_the_database_does_not_carry_the_text(
    filled: WorkshopRepository, database: Database, db_path: Path
) -> None:
    """The last-line IntegrityError: SQLAlchemy's message would list the parameters."""
    with database.engine.begin() as conn:
        conn.exec_driver_sql(
            "CREATE TRIGGER refuse BEFORE INSERT ON notes WHEN NEW.text LIKE '%HEMLIG%' "
            "BEGIN SELECT RAISE(ABORT, 'refused by a trigger'); END"
        )
    with pytest.raises(IntegrityError) as caught:
        filled.add_item(W, "notes", big_note())
    assert "refused by a trigger" in str(caught.value)
    shown = "".join(traceback.format_exception(caught.value))
    assert CANARY not in shown
    assert "[parameters" not in shown
    assert_earlier_commits_kept(filled, db_path)
