"""Migrations at start-up: new, current, newer, older (backed up first), failing, foreign files."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from tests.unit.storage.builders import rich_workshop
from workshop_app.domain.errors import WorkshopAppError
from workshop_app.storage import migrate
from workshop_app.storage.database import Database, open_database, upgrade_file
from workshop_app.storage.engine import create_file_engine
from workshop_app.storage.errors import (
    BackupError,
    DatabaseDamagedError,
    DatabaseTooNewError,
    NotAWorkshopDatabaseError,
)
from workshop_app.storage.repository import WorkshopRepository
from workshop_app.storage.sqlite_files import passes_check, read_revision
from workshop_app.storage.tables import Base

HEAD = migrate.head_revision()
TEST_REVISION = "0099"
REVISION_TEST = '''"""Test revision: a new table, and a column added by rebuilding a table."""

import sqlalchemy as sa
from alembic import op

revision = "0099"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table("extra", sa.Column("pk", sa.Integer(), primary_key=True))
    # Rebuilding "organisations" drops it: with foreign keys on, SET NULL / CASCADE would
    # empty the references of participants, sources, partners … The migration keeps them.
    with op.batch_alter_table("organisations", recreate="always") as batch:
        batch.add_column(sa.Column("colour", sa.Text(), nullable=True))
    {failure}


def downgrade():
    pass
'''


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def make_scripts(tmp_path: Path, *, failing: bool = False) -> Path:
    """The shipped migrations plus a test revision, in a folder with "%", spaces and å ä ö."""
    scripts = tmp_path / "Åsa Öberg 100% säker" / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    failure = 'raise RuntimeError("a bug in the migration")' if failing else ""
    (scripts / "versions" / "0099_test.py").write_text(
        REVISION_TEST.format(failure=failure, head=HEAD), encoding="utf-8"
    )
    return scripts


@pytest.fixture
def filled_db(any_data_dir: Path) -> Path:
    """A database at the current head holding the rich workshop, closed."""
    db_path = any_data_dir / "workshops.sqlite3"
    with open_database(db_path, backup_dir=any_data_dir / "backups") as db:
        WorkshopRepository(db.engine).insert(rich_workshop())
    return db_path


def table_names(db_path: Path) -> set[str]:
    with closing(sqlite3.connect(db_path)) as conn:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}


# ---- new and current databases ---------------------------------------------------------


def test_new_database_is_created_at_head(any_data_dir: Path) -> None:
    db_path = any_data_dir / "sub folder" / "workshops.sqlite3"
    with open_database(db_path, backup_dir=any_data_dir / "backups") as db:
        assert db.backup_path is None
        assert WorkshopRepository(db.engine).list_summaries() == []
    assert read_revision(db_path) == migrate.head_revision() == "0005"
    assert {t.name for t in Base.metadata.sorted_tables} <= table_names(db_path)
    assert not (any_data_dir / "backups").exists()  # nothing worth a backup yet


def test_empty_file_is_initialised(data_dir: Path) -> None:
    db_path = data_dir / "workshops.sqlite3"
    db_path.touch()
    open_database(db_path, backup_dir=data_dir / "backups").close()
    assert read_revision(db_path) == HEAD


def test_migrated_schema_equals_the_orm_metadata(database: Database) -> None:
    with database.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []


def test_current_database_is_neither_backed_up_nor_migrated(filled_db: Path) -> None:
    backups = filled_db.parent / "backups"
    with open_database(filled_db, backup_dir=backups) as db:
        assert db.backup_path is None
        assert WorkshopRepository(db.engine).load("exempel-1") == rich_workshop()
    assert not backups.exists()


def test_a_0001_database_gets_workshop_revisions(data_dir: Path) -> None:
    """The first real upgrade: backed up, and every existing workshop starts at revision 0."""
    db_path = data_dir / "workshops.sqlite3"
    engine = create_file_engine(db_path, pooled=False)
    with engine.begin() as conn:
        migrate.upgrade(conn, revision="0001")
    engine.dispose()
    with closing(sqlite3.connect(db_path)) as conn, conn:
        conn.execute(
            "INSERT INTO workshops (id, title, municipality, area, purpose, language, method_id,"
            " method_version, created_at, updated_at, current_step) VALUES ('w1', 'Gammal', '',"
            " '', '', 'sv', 'bra-parallella', '1', '2026-09-01T09:00:00+02:00',"
            " '2026-09-01T09:00:00+02:00', 'preparation')"
        )
    with open_database(db_path, backup_dir=data_dir / "backups") as db:
        assert db.backup_path is not None and read_revision(db.backup_path) == "0001"
        repo = WorkshopRepository(db.engine)
        assert repo.revision("w1") == 0
        repo.update_header("w1", {"title": "Ny"})
        assert repo.load_with_revision("w1")[0].title == "Ny"
        assert repo.revision("w1") == 1
    assert read_revision(db_path) == HEAD


# ---- newer databases ------------------------------------------------------------------


def test_newer_database_is_refused_and_left_untouched(filled_db: Path) -> None:
    with closing(sqlite3.connect(filled_db)) as conn, conn:
        conn.execute("UPDATE alembic_version SET version_num = '0042_from_the_future'")
    before = snapshot(filled_db.parent)
    with pytest.raises(DatabaseTooNewError) as caught:
        open_database(filled_db, backup_dir=filled_db.parent / "backups")
    message = str(caught.value)
    assert str(filled_db) in message
    assert "newer version of Workshopstöd" in message
    assert isinstance(caught.value, WorkshopAppError)
    assert snapshot(filled_db.parent) == before  # same files, same bytes


# ---- older databases: backup, then migration -------------------------------------------


def test_older_database_is_backed_up_verified_and_migrated(filled_db: Path, tmp_path: Path) -> None:
    scripts = make_scripts(tmp_path)
    backups = filled_db.parent / "backups"
    backup = upgrade_file(filled_db, backup_dir=backups, script_location=scripts)
    assert backup is not None and backup.parent == backups
    assert backup.name.startswith("workshops-") and f"before-upgrade-from-{HEAD}" in backup.name
    assert passes_check(backup, "integrity_check")
    assert read_revision(backup) == HEAD
    assert sorted(p.name for p in backups.iterdir()) == [backup.name]  # one self-contained file
    assert read_revision(filled_db) == TEST_REVISION
    assert "extra" in table_names(filled_db)
    # The rebuilt parent table took no references with it.
    with open_database(backup, backup_dir=tmp_path / "unused") as db:
        assert WorkshopRepository(db.engine).load("exempel-1") == rich_workshop()
    with Database(create_file_engine(filled_db)) as db:
        assert WorkshopRepository(db.engine).load("exempel-1") == rich_workshop()
        assert "colour" in {c["name"] for c in inspect(db.engine).get_columns("organisations")}


def test_failed_backup_means_no_migration(filled_db: Path, tmp_path: Path) -> None:
    scripts = make_scripts(tmp_path)
    before = snapshot(filled_db.parent)

    def failing_backup(db_path: Path, backup_dir: Path, *, reason: str) -> Path:
        raise OSError("No space left on device")

    with pytest.raises(BackupError, match=r"No space left on device.*not upgraded"):
        upgrade_file(
            filled_db,
            backup_dir=filled_db.parent / "backups",
            script_location=scripts,
            backup=failing_backup,
        )
    assert snapshot(filled_db.parent) == before
    assert read_revision(filled_db) == HEAD


def test_unverified_backup_means_no_migration(
    filled_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    scripts = make_scripts(tmp_path)
    from workshop_app.storage import backup as backup_module

    monkeypatch.setattr(backup_module, "passes_check", lambda path, pragma: False)
    backups = filled_db.parent / "backups"
    with pytest.raises(BackupError, match=r"integrity check.*not upgraded"):
        upgrade_file(filled_db, backup_dir=backups, script_location=scripts)
    assert read_revision(filled_db) == HEAD
    assert list(backups.iterdir()) == []  # the unverified copy is not left lying around


def test_failing_migration_changes_nothing(filled_db: Path, tmp_path: Path) -> None:
    scripts = make_scripts(tmp_path, failing=True)
    with pytest.raises(RuntimeError, match="a bug in the migration"):
        upgrade_file(filled_db, backup_dir=filled_db.parent / "backups", script_location=scripts)
    # One transaction: neither the new table, nor the rebuilt one, nor the version stamp.
    assert read_revision(filled_db) == HEAD
    assert "extra" not in table_names(filled_db)
    with open_database(filled_db, backup_dir=filled_db.parent / "backups") as db:
        assert WorkshopRepository(db.engine).load("exempel-1") == rich_workshop()
        columns = {c["name"] for c in inspect(db.engine).get_columns("organisations")}
        assert "colour" not in columns


# ---- files that are not ours ---------------------------------------------------------


def test_foreign_sqlite_file_is_refused_untouched(data_dir: Path) -> None:
    db_path = data_dir / "workshops.sqlite3"
    with closing(sqlite3.connect(db_path)) as conn, conn:
        conn.execute("CREATE TABLE recipes (name TEXT)")
    before = snapshot(data_dir)
    with pytest.raises(NotAWorkshopDatabaseError, match="not a Workshopstöd database"):
        open_database(db_path, backup_dir=data_dir / "backups")
    assert snapshot(data_dir) == before


def test_damaged_file_is_refused_untouched(data_dir: Path) -> None:
    db_path = data_dir / "workshops.sqlite3"
    db_path.write_bytes(b"this is not a database, just some text " * 200)
    before = snapshot(data_dir)
    with pytest.raises(DatabaseDamagedError, match="cannot be read"):
        open_database(db_path, backup_dir=data_dir / "backups")
    assert snapshot(data_dir) == before
