"""Migration 0005 (the minutes' record fields, resolved notes) keeps every field of a 0004 store.

``tests/data/release-0004-workshops.sqlite3`` was written at schema 0004 by this branch before
the migration existed: the storage tests' rich workshop (as "rich-0004", version 2 with the
follow-up cycle) and the shipped example workshop.
"""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

from tests.conftest import REPO_ROOT
from tests.unit.storage.builders import rich_workshop, rich_workshop_0004
from tests.unit.storage.db_helpers import copy_rows_to_server
from workshop_app.domain.method_pack.loader import load_method_pack
from workshop_app.domain.model import Workshop
from workshop_app.domain.workshop_file import read_workshop_file
from workshop_app.storage import migrate
from workshop_app.storage.database import open_database, open_database_url
from workshop_app.storage.repository import WorkshopRepository
from workshop_app.storage.sqlite_files import passes_check, read_revision

STORE_0004 = REPO_ROOT / "tests" / "data" / "release-0004-workshops.sqlite3"
EXAMPLE = REPO_ROOT / "tests" / "data" / "example-workshop.json"


def stored_at_0004() -> list[Workshop]:
    """What the 0004 store holds, as this version's domain objects (0005 fields unset)."""
    known = {indicator.id for indicator in load_method_pack().indicators}
    return [rich_workshop_0004("rich-0004"), read_workshop_file(EXAMPLE, known_indicator_ids=known)]


def check_migrated(repo: WorkshopRepository) -> None:
    for expected in stored_at_0004():
        # Dataclass equality: every field of every item, in order.
        loaded = repo.load(expected.id)
        assert loaded == expected
        assert loaded.note_taker == "" and loaded.logo is None
        assert loaded.attachments == () and loaded.distribution == ()
        assert all(note.resolved_at is None for note in loaded.notes)
    # The migrated store takes the new fields, and changes them.
    repo.insert(rich_workshop("with-records"))
    assert repo.load("with-records") == rich_workshop("with-records")
    repo.update_header("rich-0004", {"note_taker": "Sekreterare, Polisen"})
    assert repo.load("rich-0004") == dataclasses.replace(
        rich_workshop_0004("rich-0004"),
        note_taker="Sekreterare, Polisen",
        updated_at=repo.load("rich-0004").updated_at,
    )


def test_a_0004_database_is_backed_up_then_migrated_keeping_every_field(data_dir: Path) -> None:
    db_path = data_dir / "workshops.sqlite3"
    shutil.copyfile(STORE_0004, db_path)
    assert read_revision(db_path) == "0004"
    with open_database(db_path, backup_dir=data_dir / "backups") as db:
        assert db.backup_path is not None and read_revision(db.backup_path) == "0004"
        assert passes_check(db.backup_path, "integrity_check")
        check_migrated(WorkshopRepository(db.engine))
    assert read_revision(db_path) == migrate.head_revision() == "0005"
    assert passes_check(db_path, "integrity_check")


def test_a_0004_server_schema_is_migrated_keeping_every_field(
    pg_schema_url: str, data_dir: Path
) -> None:
    """The same data in a PostgreSQL schema at 0004 (rows copied from the 0004 file)."""
    copy_rows_to_server(STORE_0004, pg_schema_url, "0004")
    with open_database_url(pg_schema_url, backup_dir=data_dir / "backups") as db:
        check_migrated(WorkshopRepository(db.engine))
