"""Damage checks, moving a file set aside unchanged, and restoring a backup in place."""

from __future__ import annotations

import os
import shutil
import sqlite3
from contextlib import closing
from datetime import datetime
from pathlib import Path

import pytest

from tests.unit.storage.builders import CET, rich_workshop
from workshop_app.storage import migrate
from workshop_app.storage.backup import backup_database
from workshop_app.storage.database import open_database
from workshop_app.storage.errors import BackupError, StorageError
from workshop_app.storage.repository import WorkshopRepository
from workshop_app.storage.restore import check_restorable, move_aside, restore_backup
from workshop_app.storage.sqlite_files import damage_of

WHEN = datetime(2026, 11, 22, 14, 30, 5, tzinfo=CET)
LOCAL = f"{WHEN.astimezone():%Y%m%d-%H%M%S}"  # file names are in the computer's local time


def make_database(db_path: Path, *ids: str) -> None:
    with open_database(db_path, backup_dir=db_path.parent / "backups") as db:
        repo = WorkshopRepository(db.engine)
        for workshop_id in ids:
            repo.insert(rich_workshop(workshop_id))


def stored_ids(db_path: Path) -> list[str]:
    with open_database(db_path, backup_dir=db_path.parent / "backups") as db:
        return sorted(s.id for s in WorkshopRepository(db.engine).list_summaries())


def leave_hot_wal(db_path: Path, workshop_id: str) -> None:
    """The files as a process leaves them that commits and dies: the WAL holds the commit.

    Copied while the connection is open and idle (a crash image), put back after it closed.
    """
    names = [db_path.name + suffix for suffix in ("", "-wal", "-shm")]
    with open_database(db_path, backup_dir=db_path.parent / "backups") as db:
        WorkshopRepository(db.engine).insert(rich_workshop(workshop_id))
        image = {name: (db_path.parent / name).read_bytes() for name in names}
    for name, data in image.items():
        (db_path.parent / name).write_bytes(data)


def test_a_healthy_database_passes(data_dir: Path) -> None:
    db_path = data_dir / "w.sqlite3"
    make_database(db_path, "a", "b")
    assert damage_of(db_path) is None


def test_a_database_left_with_a_hot_wal_passes_and_keeps_its_commits(data_dir: Path) -> None:
    db_path = data_dir / "w.sqlite3"
    make_database(db_path, "a")
    leave_hot_wal(db_path, "b")
    assert db_path.with_name("w.sqlite3-wal").stat().st_size > 0
    before = db_path.read_bytes()
    assert damage_of(db_path) is None
    assert db_path.read_bytes() == before  # the check only reads
    assert stored_ids(db_path) == ["a", "b"]


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty"),
        (b"hello, not a database" * 100, "not an SQLite database"),
        (b"SQLite format 3\x00" + b"\x10", "cut off inside its header"),
    ],
)
def test_files_that_are_no_database(data_dir: Path, content: bytes, reason: str) -> None:
    path = data_dir / "w.sqlite3"
    path.write_bytes(content)
    assert reason in (damage_of(path) or "")


def test_a_truncated_database_is_damaged(data_dir: Path) -> None:
    db_path = data_dir / "w.sqlite3"
    make_database(db_path, "a", "b", "c")
    data = db_path.read_bytes()
    for cut in (len(data) // 2, len(data) - 4096, len(data) - 1, 4096):
        db_path.write_bytes(data[:cut])
        assert damage_of(db_path), cut


def test_a_locked_or_unreadable_file_is_not_called_damaged(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db_path = data_dir / "w.sqlite3"
    make_database(db_path, "a")

    def cannot_open(*_args: object, **_kwargs: object) -> sqlite3.Connection:
        error = sqlite3.OperationalError("unable to open database file")
        error.sqlite_errorcode = 14  # type: ignore[attr-defined]
        raise error

    monkeypatch.setattr("workshop_app.storage.sqlite_files.connect_read_only", cannot_open)
    with pytest.raises(StorageError, match="could not be checked"):
        damage_of(db_path)


def test_move_aside_keeps_the_bytes_and_the_side_files(data_dir: Path) -> None:
    db_path = data_dir / "w.sqlite3"
    make_database(db_path, "a")
    leave_hot_wal(db_path, "b")
    originals = {
        suffix: db_path.with_name(db_path.name + suffix).read_bytes() for suffix in ("", "-wal")
    }
    folder = data_dir / "damaged"
    moved = move_aside(db_path, folder, "w-20261122-143005")
    assert [p.name for p in moved] == [
        "w-20261122-143005.sqlite3",
        "w-20261122-143005.sqlite3-wal",
        "w-20261122-143005.sqlite3-shm",
    ]
    assert not db_path.exists()
    assert not any(data_dir.glob("w.sqlite3*"))
    assert moved[0].read_bytes() == originals[""]
    assert moved[1].read_bytes() == originals["-wal"]
    again = data_dir / "w.sqlite3"
    again.write_bytes(b"x")
    second = move_aside(again, folder, "w-20261122-143005")
    assert second[0].name == "w-20261122-143005-2.sqlite3"  # never over an earlier one
    assert moved[0].read_bytes() == originals[""]
    assert stored_ids(moved[0]) == ["a", "b"]  # the set still opens as one database


def test_restore_puts_the_backup_in_place_and_keeps_the_current_file(data_dir: Path) -> None:
    db_path = data_dir / "w.sqlite3"
    make_database(db_path, "a")
    backup = backup_database(db_path, data_dir / "backups", reason="manual")
    make_database(db_path, "later")
    current = db_path.read_bytes()
    replaced = restore_backup(backup, db_path, data_dir / "replaced", when=WHEN)
    assert replaced == data_dir / "replaced" / f"w-{LOCAL}-before-restore.sqlite3"
    assert replaced.read_bytes() == current
    assert stored_ids(db_path) == ["a"]
    assert stored_ids(replaced) == ["a", "later"]
    assert backup.exists()
    assert not list(data_dir.glob("*.restoring*"))


def test_restore_with_a_hot_wal_moves_the_wal_too(data_dir: Path) -> None:
    db_path = data_dir / "w.sqlite3"
    make_database(db_path, "a")
    backup = backup_database(db_path, data_dir / "backups", reason="manual")
    leave_hot_wal(db_path, "b")
    replaced = restore_backup(backup, db_path, data_dir / "replaced", when=WHEN)
    assert replaced is not None
    assert replaced.with_name(replaced.name + "-wal").exists()
    assert not db_path.with_name("w.sqlite3-wal").exists()
    assert stored_ids(db_path) == ["a"]
    assert stored_ids(replaced) == ["a", "b"]


def test_restore_without_a_current_database(data_dir: Path) -> None:
    db_path = data_dir / "w.sqlite3"
    make_database(db_path, "a")
    backup = backup_database(db_path, data_dir / "backups", reason="manual")
    db_path.unlink()
    assert restore_backup(backup, db_path, data_dir / "replaced") is None
    assert stored_ids(db_path) == ["a"]


@pytest.mark.parametrize("kind", ["garbage", "foreign", "missing", "corrupt"])
def test_a_bad_backup_is_refused_and_nothing_changes(data_dir: Path, kind: str) -> None:
    db_path = data_dir / "w.sqlite3"
    make_database(db_path, "a")
    bad = data_dir / "backups" / "bad.sqlite3"
    bad.parent.mkdir(exist_ok=True)
    if kind == "garbage":
        bad.write_bytes(os.urandom(8192))
    elif kind == "foreign":
        with closing(sqlite3.connect(bad)) as conn:
            conn.execute("CREATE TABLE other (x)")
    elif kind == "corrupt":
        shutil.copy(backup_database(db_path, data_dir / "backups"), bad)
        data = bytearray(bad.read_bytes())
        for page in range(1, len(data) // 4096):
            data[page * 4096 : page * 4096 + 12] = b"\xee" * 12
        bad.write_bytes(bytes(data))
    before = db_path.read_bytes()
    with pytest.raises(BackupError):
        restore_backup(bad, db_path, data_dir / "replaced")
    assert db_path.read_bytes() == before
    assert not (data_dir / "replaced").exists()
    assert not list(data_dir.glob("*.restoring*"))


def test_check_restorable_names_the_revision(data_dir: Path) -> None:
    db_path = data_dir / "w.sqlite3"
    make_database(db_path, "a")
    assert (
        check_restorable(backup_database(db_path, data_dir / "backups")) == migrate.head_revision()
    )


def test_a_failed_rename_puts_everything_back(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As on Windows, where an open database cannot be renamed: nothing may be left half-moved."""
    db_path = data_dir / "w.sqlite3"
    make_database(db_path, "a")
    backup = backup_database(db_path, data_dir / "backups", reason="manual")
    leave_hot_wal(db_path, "b")
    real_rename = os.rename

    def rename(source: object, destination: object) -> None:
        if Path(str(source)) == db_path:
            raise PermissionError(13, "The file is in use")
        real_rename(source, destination)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "rename", rename)
    with pytest.raises(BackupError, match="in use"):
        restore_backup(backup, db_path, data_dir / "replaced")
    monkeypatch.undo()
    assert db_path.with_name("w.sqlite3-wal").exists()
    assert not list((data_dir / "replaced").glob("*"))
    assert stored_ids(db_path) == ["a", "b"]
