"""Restoring a backup on Windows: a database file held for a moment is replaced on a retry."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.domain.test_atomic_replace_retry import failing_first
from tests.unit.storage.builders import rich_workshop
from workshop_app.storage.backup import backup_database
from workshop_app.storage.database import open_database
from workshop_app.storage.repository import WorkshopRepository
from workshop_app.storage.restore import restore_backup


def test_restoring_a_backup_retries_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db_path = tmp_path / "workshops.sqlite3"
    with open_database(db_path, backup_dir=tmp_path / "backups") as db:
        WorkshopRepository(db.engine).insert(rich_workshop("a"))
    backup = backup_database(db_path, tmp_path / "backups")
    with open_database(db_path, backup_dir=tmp_path / "backups") as db:
        WorkshopRepository(db.engine).delete("a")
    calls = failing_first(2, monkeypatch)
    restore_backup(backup, db_path, tmp_path / "replaced")
    assert len(calls) == 3
    with open_database(db_path, backup_dir=tmp_path / "backups") as db:
        assert WorkshopRepository(db.engine).exists("a")
