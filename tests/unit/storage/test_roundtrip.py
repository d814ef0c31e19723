"""Every entity and field survives insert → close → reopen → load, order and offsets included."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from tests.unit.storage.builders import rich_workshop
from workshop_app.domain.model import Workshop
from workshop_app.storage.database import open_database
from workshop_app.storage.repository import WorkshopRepository


def _reopened_load(data_dir: Path, workshop: Workshop) -> Workshop:
    db_path = data_dir / "workshops.sqlite3"
    with open_database(db_path, backup_dir=data_dir / "backups") as db:
        WorkshopRepository(db.engine).insert(workshop)
    with open_database(db_path, backup_dir=data_dir / "backups") as db:
        return WorkshopRepository(db.engine).load(workshop.id)


def test_rich_workshop_round_trips_exactly(any_data_dir: Path) -> None:
    workshop = rich_workshop()
    loaded = _reopened_load(any_data_dir, workshop)
    for field in dataclasses.fields(Workshop):  # a readable failure names the field
        assert getattr(loaded, field.name) == getattr(workshop, field.name), field.name
    assert loaded == workshop


def test_offsets_and_types_are_kept(data_dir: Path) -> None:
    loaded = _reopened_load(data_dir, rich_workshop())
    assert loaded.created_at.isoformat() == "2026-09-01T09:00:00+02:00"
    assert loaded.updated_at.isoformat() == "2026-11-20T16:05:30+01:00"
    assert loaded.notes[0].created_at.isoformat() == "2026-09-01T10:15:00-03:30"
    assert loaded.notes[1].created_at is None
    assert loaded.notes[2].created_at.isoformat() == "2026-09-01T08:00:00+00:00"
    assert type(loaded.indicator_assessments[1].extent).__name__ == "Extent"
    assert type(loaded.measures[1].phase).__name__ == "Phase"
    assert isinstance(loaded.problems[1].indicator_ids, tuple)


def test_minimal_workshop_round_trips(data_dir: Path) -> None:
    workshop = dataclasses.replace(rich_workshop(), **{f: () for f in _collection_fields()})
    assert _reopened_load(data_dir, workshop) == workshop


def test_missing_timestamps_are_filled_on_insert(repo: WorkshopRepository) -> None:
    workshop = Workshop(id="w-utan-tid", title="Utan tider")
    repo.insert(workshop)
    loaded = repo.load("w-utan-tid")
    assert loaded.created_at is not None
    assert loaded.updated_at == loaded.created_at
    assert dataclasses.replace(loaded, created_at=None, updated_at=None) == workshop


def _collection_fields() -> list[str]:
    return [f.name for f in dataclasses.fields(Workshop) if f.type.startswith("tuple")]
