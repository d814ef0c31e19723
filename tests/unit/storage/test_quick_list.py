"""The first list read with sqlite3 alone: the same rows as the repository, only at head."""

from __future__ import annotations

import dataclasses
import hashlib
import sqlite3
import subprocess
import sys
from contextlib import closing
from datetime import datetime, timedelta, timezone
from pathlib import Path

from tests.unit.storage.builders import rich_workshop
from workshop_app.domain.steps import Step
from workshop_app.storage import migrate
from workshop_app.storage.database import open_database
from workshop_app.storage.engine import create_file_engine
from workshop_app.storage.quick_list import read_listing
from workshop_app.storage.repository import WorkshopRepository
from workshop_app.storage.revisions import HEAD_REVISION


def _filled(db_path: Path) -> list[object]:
    """Three workshops with different offsets and completed steps; the repository's list."""
    with open_database(db_path, backup_dir=db_path.parent / "backups") as db:
        repo = WorkshopRepository(db.engine)
        # w2 is the later instant, though its ISO text sorts first.
        earlier = datetime(2026, 9, 2, 10, 0, tzinfo=timezone(timedelta(hours=2)))
        later = datetime(2026, 9, 2, 9, 0, tzinfo=timezone(timedelta(hours=-5)))
        base = dataclasses.replace(rich_workshop("w1"), updated_at=earlier)
        repo.insert(base)
        repo.insert(dataclasses.replace(base, id="w2", title="Åby torg", updated_at=later))
        repo.insert(
            dataclasses.replace(
                base, id="w3", title="Öster", current_step=Step.CAUSES, step_plan=()
            )
        )
        return list(repo.list_summaries())


def _digest(db_path: Path) -> str:
    return hashlib.sha256(db_path.read_bytes()).hexdigest()


def test_same_rows_and_order_as_the_repository(data_dir: Path) -> None:
    db_path = data_dir / "workshops.sqlite3"
    expected = _filled(db_path)
    assert [s.id for s in expected][:1] == ["w2"]  # the newest instant, across offsets
    assert read_listing(db_path) == expected


def test_reading_leaves_the_folder_as_it_was(data_dir: Path) -> None:
    db_path = data_dir / "workshops.sqlite3"
    _filled(db_path)
    before = (sorted(p.name for p in data_dir.iterdir()), _digest(db_path))
    assert read_listing(db_path)
    assert (sorted(p.name for p in data_dir.iterdir()), _digest(db_path)) == before


def test_an_older_or_newer_revision_is_left_to_alembic(data_dir: Path) -> None:
    db_path = data_dir / "workshops.sqlite3"
    engine = create_file_engine(db_path, pooled=False)
    with engine.begin() as conn:
        migrate.upgrade(conn, revision="0001")
    engine.dispose()
    assert read_listing(db_path) is None  # a migration is due
    with open_database(db_path, backup_dir=data_dir / "backups"):
        pass
    assert read_listing(db_path) == []
    with closing(sqlite3.connect(db_path)) as conn, conn:
        conn.execute("UPDATE alembic_version SET version_num = 'zzzz'")
    assert read_listing(db_path) is None  # a newer version's file: refused by the full start


def test_a_file_without_revision_is_left_to_alembic(data_dir: Path) -> None:
    db_path = data_dir / "other.sqlite3"
    with closing(sqlite3.connect(db_path)) as conn, conn:
        conn.execute("CREATE TABLE notes (x)")
    assert read_listing(db_path) is None


def test_opening_at_head_does_not_load_alembic(data_dir: Path) -> None:
    """Alembic runs only when a migration is due (a fresh process: nothing imported yet)."""
    db_path = data_dir / "workshops.sqlite3"
    _filled(db_path)
    code = (
        "import sys; from pathlib import Path\n"
        "from workshop_app.storage.database import open_database\n"
        "from workshop_app.storage.repository import WorkshopRepository\n"
        f"db = open_database(Path({str(db_path)!r}), backup_dir=Path({str(data_dir)!r}))\n"
        "assert len(WorkshopRepository(db.engine).list_summaries()) == 3\n"
        "db.close()\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
    assert migrate.head_revision() == HEAD_REVISION
