"""Migration 0003 (the imports table) on SQLite, after a verified backup, and on PostgreSQL."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import create_engine, inspect, text

from tests.unit.storage.builders import rich_workshop
from workshop_app.storage import migrate
from workshop_app.storage.database import open_database, open_database_url
from workshop_app.storage.engine import create_file_engine
from workshop_app.storage.repository import WorkshopRepository
from workshop_app.storage.sqlite_files import passes_check, read_revision


def test_a_0002_file_is_backed_up_verified_then_gets_the_imports_table(data_dir: Path) -> None:
    db_path = data_dir / "workshops.sqlite3"
    engine = create_file_engine(db_path, pooled=False)
    with engine.begin() as conn:
        migrate.upgrade(conn, revision="0002")
    engine.dispose()
    with open_database(db_path, backup_dir=data_dir / "backups") as db:
        assert db.backup_path is not None and read_revision(db.backup_path) == "0002"
        assert passes_check(db.backup_path, "integrity_check")
        assert (
            "imports" not in inspect(create_engine(f"sqlite:///{db.backup_path}")).get_table_names()
        )
        repo = WorkshopRepository(db.engine)
        repo.insert(rich_workshop())
        assert "imports" in inspect(db.engine).get_table_names()
    assert read_revision(db_path) == migrate.head_revision()


def test_a_0002_server_schema_gets_the_imports_table(pg_schema_url: str, data_dir: Path) -> None:
    engine = create_engine(pg_schema_url)
    with engine.begin() as conn:
        migrate.upgrade(conn, revision="0002")
    engine.dispose()
    with open_database_url(pg_schema_url, backup_dir=data_dir / "backups") as db:
        assert "imports" in inspect(db.engine).get_table_names()
        with db.engine.connect() as conn:
            version = conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
        assert version == migrate.head_revision()
