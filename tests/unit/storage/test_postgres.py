"""The same storage on PostgreSQL, when a server is given (WORKSHOP_APP_TEST_POSTGRES_URL).

e.g. ``WORKSHOP_APP_TEST_POSTGRES_URL=postgresql+psycopg://postgres@127.0.0.1:5432/scratch``;
every table of that database is dropped before each test.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import MetaData, create_engine, text

from tests.unit.storage.builders import large_workshop, rich_workshop
from workshop_app.domain.errors import IntegrityError
from workshop_app.domain.model import Cause, PreconditionAssessment
from workshop_app.storage.database import Database, open_database_url
from workshop_app.storage.errors import DatabaseTooNewError
from workshop_app.storage.repository import WorkshopRepository
from workshop_app.storage.tables import Base

URL = os.environ.get("WORKSHOP_APP_TEST_POSTGRES_URL", "")
pytestmark = pytest.mark.skipif(not URL, reason="no WORKSHOP_APP_TEST_POSTGRES_URL given")
W = "exempel-1"


def _drop_everything() -> None:
    engine = create_engine(URL)
    with engine.begin() as conn:
        existing = MetaData()
        existing.reflect(conn)
        existing.drop_all(conn)
    engine.dispose()


@pytest.fixture
def pg(tmp_path: Path) -> Iterator[Database]:
    pytest.importorskip("psycopg")
    _drop_everything()
    db = open_database_url(URL, backup_dir=tmp_path / "unused")
    yield db
    db.close()


@pytest.fixture
def pg_repo(pg: Database) -> WorkshopRepository:
    return WorkshopRepository(pg.engine)


def test_migrated_schema_equals_the_orm_metadata(pg: Database) -> None:
    with pg.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []


def test_round_trip_keeps_offsets_order_and_links(pg_repo: WorkshopRepository) -> None:
    pg_repo.insert(rich_workshop())
    assert pg_repo.load(W) == rich_workshop()
    pg_repo.insert(large_workshop())
    assert pg_repo.load("stor") == large_workshop()


def test_cascades_and_order(pg_repo: WorkshopRepository) -> None:
    pg_repo.insert(rich_workshop())
    pg_repo.delete_item(W, "organisations", ("polis",))
    pg_repo.delete_item(W, "problems", ("p1",))
    pg_repo.move_item(W, "notes", ("note3",), 0)
    w = pg_repo.load(W)
    assert [p.organisation_id for p in w.participants] == [None, "kommun", None]
    assert [c.id for c in w.causes] == ["c4"]
    assert w.next_steps[1].measure_ids == ("mt2",)
    assert [n.id for n in w.notes] == ["note3", "note2", "note1"]
    assert [(p.dimension_id, p.organisation_id) for p in w.preconditions] == [
        ("samverkan", None),
        ("kunskap", None),
    ]


def test_rules_hold(pg_repo: WorkshopRepository) -> None:
    pg_repo.insert(rich_workshop())
    with pytest.raises(IntegrityError, match="own ancestor"):
        pg_repo.update_item(W, "causes", ("c1",), {"parent_id": "c2"})
    with pytest.raises(IntegrityError, match="already exists"):
        pg_repo.add_item(W, "preconditions", PreconditionAssessment("kunskap"))
    with pytest.raises(IntegrityError, match="already exists"):
        pg_repo.insert(dataclasses.replace(rich_workshop(), title="Dubblett"))
    pg_repo.add_item(W, "causes", Cause("c9", "p1", "Ny", "c2"), 0)
    assert pg_repo.load(W).causes[0].id == "c9"


def test_newer_database_is_refused(pg: Database, tmp_path: Path) -> None:
    with pg.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0042_future'"))
    with pytest.raises(DatabaseTooNewError, match="newer version of Workshopstöd"):
        open_database_url(URL, backup_dir=tmp_path)
