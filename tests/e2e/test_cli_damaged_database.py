"""A writing command on a damaged database changes nothing and points to the window's backup."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from tests.e2e.cli_runner import run_cli
from workshop_app.services.app_paths import AppPaths
from workshop_app.services.startup_check import StartupStatus, check_database
from workshop_app.storage.backup import backup_database


def snapshot(data_dir: Path) -> dict[str, str]:
    return {
        str(p.relative_to(data_dir)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(data_dir.rglob("*"))
        if p.is_file() and "logs" not in p.parts
    }


def damaged_data_dir(data_dir: Path, example_file: Path) -> AppPaths:
    assert run_cli("import", example_file, data_dir=data_dir).code == 0
    paths = AppPaths(data_dir)
    backup_database(paths.database, paths.backups, reason="rolling")
    data = bytearray(paths.database.read_bytes())
    data[:100] = b"\x00" * 100  # the header is gone
    paths.database.write_bytes(bytes(data))
    return paths


def test_import_on_a_damaged_database_moves_nothing_and_names_the_window(
    data_dir: Path, example_file: Path
) -> None:
    paths = damaged_data_dir(data_dir, example_file)
    before = snapshot(data_dir)
    result = run_cli("import", example_file, data_dir=data_dir)
    assert result.code == 2, (result.out, result.err)
    lines = result.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: the database"), result.err
    assert "damaged" in lines[0] and "window" in lines[0] and "backup" in lines[0]
    assert result.out == ""
    assert snapshot(data_dir) == before
    assert not (data_dir / "damaged").exists()
    # The window, starting next, still finds the damage and offers the verified backup.
    report = check_database(paths, move_damaged=False)
    assert report.status is StartupStatus.DAMAGED and report.offer_restore


def test_while_the_offer_awaits_a_choice_writing_commands_refuse(
    data_dir: Path, example_file: Path
) -> None:
    paths = damaged_data_dir(data_dir, example_file)
    check_database(paths)  # the window's start: the damaged file goes to damaged/
    assert not paths.database.exists()
    before = snapshot(data_dir)
    result = run_cli("import", example_file, data_dir=data_dir)
    assert result.code == 2, (result.out, result.err)
    assert "awaits your choice" in result.err and "window" in result.err
    assert snapshot(data_dir) == before
    assert not paths.database.exists()  # no empty database started in its place
    listed = run_cli("list", "--json", data_dir=data_dir)
    assert listed.code == 0 and json.loads(listed.out) == []
