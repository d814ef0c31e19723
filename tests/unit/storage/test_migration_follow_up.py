"""Migration 0004 (the follow-up cycle) keeps every field a database of the previous release holds.

``tests/data/release-0003-workshops.sqlite3`` was written by the release before format version
2 (commit bf30545, schema 0003): the storage tests' rich workshop and the shipped example.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.conftest import REPO_ROOT
from tests.unit.storage.builders import rich_workshop, rich_workshop_v1
from tests.unit.storage.db_helpers import copy_rows_to_server
from workshop_app.domain.method_pack.loader import load_method_pack
from workshop_app.domain.model import Workshop
from workshop_app.domain.workshop_file import read_workshop_file
from workshop_app.storage import migrate
from workshop_app.storage.database import open_database, open_database_url
from workshop_app.storage.repository import WorkshopRepository
from workshop_app.storage.sqlite_files import passes_check, read_revision

RELEASE_DB = REPO_ROOT / "tests" / "data" / "release-0003-workshops.sqlite3"
RELEASE_EXAMPLE = REPO_ROOT / "tests" / "data" / "v1" / "exempel-solbacken-v1.workshop.json"


def release_workshops() -> list[Workshop]:
    """What the release stored, as this version's domain objects (version 2 fields unset)."""
    known = {indicator.id for indicator in load_method_pack().indicators}
    return [rich_workshop_v1(), read_workshop_file(RELEASE_EXAMPLE, known_indicator_ids=known)]


def test_a_release_database_is_backed_up_then_migrated_keeping_every_field(
    data_dir: Path,
) -> None:
    db_path = data_dir / "workshops.sqlite3"
    shutil.copyfile(RELEASE_DB, db_path)
    assert read_revision(db_path) == "0003"
    with open_database(db_path, backup_dir=data_dir / "backups") as db:
        assert db.backup_path is not None and read_revision(db.backup_path) == "0003"
        assert passes_check(db.backup_path, "integrity_check")
        repo = WorkshopRepository(db.engine)
        for expected in release_workshops():
            # Dataclass equality: every field of every item, in order.
            assert repo.load(expected.id) == expected
        # The migrated store takes the follow-up cycle.
        repo.delete("exempel-1")
        repo.insert(rich_workshop())
        assert repo.load("exempel-1") == rich_workshop()
    assert read_revision(db_path) == migrate.head_revision()
    assert passes_check(db_path, "integrity_check")


def test_a_release_server_schema_is_migrated_keeping_every_field(
    pg_schema_url: str, data_dir: Path
) -> None:
    """The same data in a PostgreSQL schema at 0003 (rows copied from the release file)."""
    copy_rows_to_server(RELEASE_DB, pg_schema_url, "0003")
    with open_database_url(pg_schema_url, backup_dir=data_dir / "backups") as db:
        repo = WorkshopRepository(db.engine)
        for expected in release_workshops():
            assert repo.load(expected.id) == expected
        repo.delete("exempel-1")
        repo.insert(rich_workshop())
        assert repo.load("exempel-1") == rich_workshop()
