"""A deleted workshop's text is really gone from the database file and its WAL."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from tests.unit.storage.builders import rich_workshop
from workshop_app.domain.model import Workshop
from workshop_app.storage import engine as engine_module
from workshop_app.storage.database import open_database
from workshop_app.storage.repository import WorkshopRepository

CANARY = "KANARIEFÅGEL-7f3a9c"


def canary_workshop(workshop_id: str) -> Workshop:
    base = rich_workshop(workshop_id)
    notes = tuple(
        dataclasses.replace(note, text=f"{CANARY} {note.text} " + CANARY * 300)  # overflow pages
        for note in base.notes
    )
    problems = tuple(
        dataclasses.replace(p, description=f"{p.description} {CANARY}") for p in base.problems
    )
    return dataclasses.replace(
        base, title=f"Titel {CANARY}", purpose=CANARY, notes=notes, problems=problems
    )


def canary_bytes(db_path: Path) -> dict[str, int]:
    needle = CANARY.encode("utf-8")
    counts = {}
    for suffix in ("", "-wal"):
        path = db_path.with_name(db_path.name + suffix)
        counts[suffix or "db"] = path.read_bytes().count(needle) if path.exists() else 0
    return counts


def insert_delete_checkpoint(db_path: Path) -> dict[str, int]:
    """Store a workshop full of the canary beside another one, delete it, checkpoint the WAL."""
    with open_database(db_path, backup_dir=db_path.parent / "backups") as db:
        repo = WorkshopRepository(db.engine)
        repo.insert(rich_workshop("kvar"))  # stays: pages are shared with the deleted one
        repo.insert(canary_workshop("bort"))
        assert sum(canary_bytes(db_path).values()) > 0
        repo.delete("bort")
        with db.engine.connect() as conn:
            busy, _, _ = conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").one()
            assert busy == 0
        assert repo.load("kvar") == rich_workshop("kvar")
        return canary_bytes(db_path)


def test_every_connection_has_secure_delete_on(data_dir: Path) -> None:
    with open_database(data_dir / "w.sqlite3", backup_dir=data_dir / "backups") as db:
        for _ in range(3):
            with db.engine.connect() as conn:
                assert conn.exec_driver_sql("PRAGMA secure_delete").scalar() == 1
            db.engine.dispose()


def test_deleted_text_is_gone_after_a_checkpoint(data_dir: Path) -> None:
    counts = insert_delete_checkpoint(data_dir / "workshops.sqlite3")
    assert counts == {"db": 0, "-wal": 0}


def test_without_secure_delete_the_text_would_stay(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The control: the test above would find leftovers if there were any."""
    pragmas = tuple(p for p in engine_module._PRAGMAS if "secure_delete" not in p)
    monkeypatch.setattr(engine_module, "_PRAGMAS", (*pragmas, "PRAGMA secure_delete = OFF"))
    assert insert_delete_checkpoint(data_dir / "workshops.sqlite3")["db"] > 0


def test_deleted_item_text_is_gone_too(data_dir: Path) -> None:
    db_path = data_dir / "workshops.sqlite3"
    with open_database(db_path, backup_dir=data_dir / "backups") as db:
        repo = WorkshopRepository(db.engine)
        workshop = rich_workshop()
        repo.insert(workshop)
        note = workshop.notes[0]
        repo.update_item(workshop.id, "notes", (note.id,), {"text": CANARY * 50})
        repo.delete_item(workshop.id, "notes", (note.id,))
        with db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        assert canary_bytes(db_path) == {"db": 0, "-wal": 0}
