"""Storage test fixtures: an open database in a temporary data dir, a repository, a clock."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from tests.conftest import StoreBackend
from tests.unit.storage.builders import CEST, rich_workshop
from workshop_app.domain import clock
from workshop_app.domain.model import Workshop
from workshop_app.storage.database import Database, open_database, open_database_url
from workshop_app.storage.repository import WorkshopRepository

DB_NAME = "workshops.sqlite3"


@pytest.fixture
def db_path(data_dir: Path) -> Path:
    return data_dir / DB_NAME


@pytest.fixture
def database(backend: StoreBackend, db_path: Path) -> Iterator[Database]:
    """The open store: an SQLite file in the data dir, and (when a server is given) a fresh
    PostgreSQL schema – every test using it runs on both."""
    if backend.url is None:
        db = open_database(db_path, backup_dir=db_path.parent / "backups")
    else:
        db = open_database_url(backend.url, backup_dir=db_path.parent / "backups")
    yield db
    db.close()


@pytest.fixture
def repo(database: Database) -> WorkshopRepository:
    return WorkshopRepository(database.engine)


@pytest.fixture
def stored(repo: WorkshopRepository) -> Workshop:
    """The rich workshop, inserted."""
    workshop = rich_workshop()
    repo.insert(workshop)
    return workshop


class FakeClock:
    """``clock.now`` that advances one minute per call, so every write gets a new time."""

    def __init__(self) -> None:
        self.current = datetime(2026, 12, 1, 10, 0, tzinfo=CEST)

    def __call__(self) -> datetime:
        self.current += timedelta(minutes=1)
        return self.current


@pytest.fixture
def fake_clock(monkeypatch: pytest.MonkeyPatch) -> FakeClock:
    fake = FakeClock()
    monkeypatch.setattr(clock, "now", fake)
    return fake
