"""A WAL left by a crash is copied aside, byte for byte, before the database is opened."""

from __future__ import annotations

import stat
from pathlib import Path

from tests.unit.storage.builders import rich_workshop
from workshop_app.services.app_context import open_app_context
from workshop_app.services.startup_check import CRASH_WAL_DIR_NAME
from workshop_app.storage.instance_lock import InstanceLock


def crash_image(data_dir: Path, workshop_id: str = "efter-kraschen") -> bytes:
    """The files as a process killed while the database was open leaves them; the WAL's bytes."""
    context = open_app_context(data_dir)
    context.workshops.repository.insert(rich_workshop(workshop_id))
    names = ["workshops.sqlite3", "workshops.sqlite3-wal", "workshops.sqlite3-shm"]
    image = {name: (data_dir / name).read_bytes() for name in names}
    context.close()  # a clean close checkpoints and removes the WAL …
    for name, data in image.items():  # … which a crash does not
        (data_dir / name).write_bytes(data)
    assert image["workshops.sqlite3-wal"]
    return image["workshops.sqlite3-wal"]


def test_a_crash_wal_is_kept_before_it_is_replayed(data_dir: Path) -> None:
    wal = crash_image(data_dir)
    context = open_app_context(data_dir)
    try:
        assert context.workshops.repository.exists("efter-kraschen")  # replayed as before
    finally:
        context.close()
    copies = list((data_dir / CRASH_WAL_DIR_NAME).iterdir())
    assert len(copies) == 1 and copies[0].read_bytes() == wal
    assert stat.S_IMODE(copies[0].stat().st_mode) == 0o600
    open_app_context(data_dir).close()  # a clean start: nothing more to keep
    assert len(list((data_dir / CRASH_WAL_DIR_NAME).iterdir())) == 1


def test_a_reading_command_keeps_it_too_unless_an_app_holds_the_folder(data_dir: Path) -> None:
    crash_image(data_dir)
    with InstanceLock(data_dir):  # a window is running: its WAL is live, not a crash's
        open_app_context(data_dir, exclusive=False).close()
    assert not (data_dir / CRASH_WAL_DIR_NAME).exists()
    wal = crash_image(data_dir, "efter-en-till-krasch")
    open_app_context(data_dir, exclusive=False).close()  # `list` after a crash
    copies = list((data_dir / CRASH_WAL_DIR_NAME).iterdir())
    assert [c.read_bytes() for c in copies] == [wal]
