"""Names derived from the data dir work for a Windows user called "Åsa Öberg-Ärlig" with a
deep %LOCALAPPDATA%: the single-instance socket name, the lock file, the database URL."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tests.e2e.cli_runner import run_cli
from workshop_app.gui.single_instance import server_name
from workshop_app.storage.instance_lock import COMMAND, InstanceLock


@pytest.fixture
def windows_like_dir(tmp_path: Path) -> Path:
    """…/Users/Åsa Öberg-Ärlig/AppData/Local/<long folders>/Workshopstod, as on a laptop
    with a redirected profile: non-ASCII letters, spaces, and a path of about 400 bytes (the
    database's path must stay under SQLite's 512)."""
    base = tmp_path / "Users" / "Åsa Öberg-Ärlig" / "AppData" / "Local"
    path = base.joinpath(*[f"Kommunens mapp {i} för ärenden" for i in range(8)], "Workshopstod")
    assert 300 < len(os.fsencode(path)) < 480, len(os.fsencode(path))
    return path


def test_the_socket_name_is_short_ascii_and_one_per_folder(windows_like_dir: Path) -> None:
    windows_like_dir.mkdir(parents=True)
    name = server_name(windows_like_dir)
    assert name.isascii() and " " not in name and len(name) <= 40
    assert name == server_name(windows_like_dir / ".." / windows_like_dir.name)
    assert name != server_name(windows_like_dir.parent)
    undecodable = windows_like_dir.parent / "fil\udcff namn"  # a POSIX name that is not UTF-8
    assert server_name(undecodable).isascii()


def test_the_lock_file_in_such_a_folder(windows_like_dir: Path) -> None:
    with InstanceLock(windows_like_dir, role=COMMAND) as lock:
        assert (windows_like_dir / ".lock").is_file()
        assert lock.holder_pid() == os.getpid() and lock.holder_role() == COMMAND
        assert not InstanceLock(windows_like_dir).acquire()


def test_the_command_line_works_in_such_a_folder(
    windows_like_dir: Path, example_file: Path, tmp_path: Path
) -> None:
    assert run_cli("import", example_file, data_dir=windows_like_dir).code == 0
    out = windows_like_dir.parent / "Åsas export.workshop.json"
    result = run_cli(
        "export", "exempel-1", "--format", "json", "-o", out, data_dir=windows_like_dir
    )
    assert result.code == 0, result.err
    assert json.loads(out.read_text(encoding="utf-8"))["workshop"]["id"] == "exempel-1"
    env = {"WORKSHOP_APP_DATA_DIR": str(windows_like_dir)}
    listed = run_cli("list", "--json", env=env)
    assert [w["id"] for w in json.loads(listed.out)] == ["exempel-1"]


def test_a_path_too_long_for_the_database_is_a_clear_error(tmp_path: Path) -> None:
    too_long = tmp_path.joinpath(*[f"Åsa Öbergs mapp nummer {i} med långt namn" for i in range(12)])
    result = run_cli("list", data_dir=too_long)
    assert result.code == 2, result.err
    assert result.err.startswith("error: The path of the database") and "shorter" in result.err
    assert len(result.err.strip().splitlines()) == 1
    assert not (too_long / "workshops.sqlite3").exists()
