"""A full disk: every command says "the disk is full" (exit 2), never a traceback or I/O error."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.cli_runner import Result, run_cli
from tests.e2e.mounts import fill_up, small_disk

NOISE = ("Traceback", "disk I/O error", "Logging error", "unexpected error")


def assert_disk_full(result: Result) -> None:
    for noise in NOISE:
        assert noise not in result.err, result.err
    assert result.code == 2, (result.code, result.out, result.err)
    lines = result.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.err
    assert "the disk is full" in lines[0].lower(), lines[0]


@pytest.mark.parametrize("free_kb", [4, 40])
def test_every_command_on_a_full_disk(tmp_path: Path, example_file: Path, free_kb: int) -> None:
    with small_disk(tmp_path / "disk", 3072) as disk:
        data_dir = disk / "data"
        assert run_cli("import", example_file, data_dir=data_dir).code == 0
        fill_up(disk, free_kb * 1024)
        outside = tmp_path / "outside.workshop.json"
        commands = [
            ["import", example_file],
            ["list"],
            ["list", "--json"],
            ["export", "exempel-1", "--format", "json", "-o", disk / "x.workshop.json"],
            ["export", "exempel-1", "--format", "docx", "-o", disk / "x.docx"],
            ["export", "exempel-1", "--format", "json", "-o", outside],
            ["import", example_file],
            ["delete", "exempel-1", "--yes"],
        ]
        for command in commands:
            result = run_cli(*command, data_dir=data_dir)
            target = command[-1]
            may_succeed = free_kb > 4 or target == outside  # with room to spare, or elsewhere
            if may_succeed and result.code == 0:  # then it did all of it
                assert result.err == ""
                if command[0] == "list":
                    assert "exempel-1" in result.out
                elif command[0] == "delete":
                    pytest.fail("nothing may be deleted without room for its backup")
                elif command[0] == "export":
                    assert isinstance(target, Path) and target.stat().st_size > 1000
                    target.unlink()
                continue
            assert_disk_full(result)
        assert not list(disk.glob("x.*")) and not list(disk.glob(".x.*"))
        (disk / "filler").unlink()
        listed = run_cli("list", data_dir=data_dir)  # room again: everything is still there
        assert listed.code == 0 and listed.out.count("exempel-1") == 1, listed.err
