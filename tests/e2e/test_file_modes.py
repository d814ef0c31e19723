"""Every file of the data dir is readable by the user only (0600), whatever the umask."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.cli_runner import run_cli
from workshop_app.domain import clock
from workshop_app.services.app_context import open_app_context
from workshop_app.services.app_paths import AppPaths
from workshop_app.services.startup_check import check_database

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


@pytest.fixture(params=[0o000, 0o022], ids=["umask000", "umask022"])
def umask(request: pytest.FixtureRequest) -> Iterator[int]:
    previous = os.umask(request.param)
    try:
        yield request.param
    finally:
        os.umask(previous)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_command_line_leaves_only_private_files(
    data_dir: Path, example_file: Path, tmp_path: Path, umask: int
) -> None:
    assert run_cli("import", example_file, data_dir=data_dir, umask=umask).code == 0
    out = tmp_path / "out.workshop.json"
    assert (
        run_cli("export", "exempel-1", "--format", "json", "-o", out, data_dir=data_dir).code == 0
    )
    files = {
        p.relative_to(data_dir).as_posix(): mode(p) for p in data_dir.rglob("*") if p.is_file()
    }
    assert {"workshops.sqlite3", ".lock", "logs/workshop-app.log"} <= set(files)
    assert files == dict.fromkeys(files, 0o600)
    folders = [p for p in data_dir.rglob("*") if p.is_dir()]
    assert all(mode(p) == 0o700 for p in [data_dir, *folders])
    assert mode(out) == 0o600


def test_wal_shm_backups_damaged_and_gui_settings_are_private(
    data_dir: Path, example_file: Path, umask: int
) -> None:
    context = open_app_context(data_dir)
    try:
        context.transfer.import_file(example_file)
        paths = context.paths
        sides = [paths.database.with_name(paths.database.name + s) for s in ("-wal", "-shm")]
        assert all(p.exists() for p in sides)
        assert [mode(p) for p in [paths.database, *sides]] == [0o600] * 3
        backup = context.backups.maybe_backup(clock.now())
        assert backup is not None and mode(backup) == 0o600
    finally:
        context.close()
    paths.database.write_bytes(b"not a database" * 100)
    report = check_database(AppPaths(data_dir))
    assert report.moved_to and all(mode(p) == 0o600 for p in report.moved_to)
    assert all(mode(p) == 0o600 for p in (data_dir / "damaged").iterdir())
    assert mode(data_dir / "damaged") == 0o700

    from workshop_app.gui.app import gui_settings  # Qt only here

    settings = gui_settings(data_dir)
    settings.setValue("window/geometry", b"x" * 40)
    settings.sync()
    assert mode(data_dir / "gui.ini") == 0o600
