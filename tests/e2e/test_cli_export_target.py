"""`export -o` never overwrites the app's own files, nor anything that is not a plain file."""

from __future__ import annotations

import hashlib
import json
import os
import stat
from pathlib import Path

import pytest

from tests.e2e.cli_runner import Result, run_cli


def files_of(data_dir: Path) -> dict[str, str]:
    """Every file under the data dir but the log, with a hash of its bytes."""
    return {
        str(p.relative_to(data_dir)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(data_dir.rglob("*"))
        if p.is_file() and "logs" not in p.parts
    }


@pytest.fixture
def filled(data_dir: Path, example_file: Path) -> Path:
    assert run_cli("import", example_file, data_dir=data_dir).code == 0
    backup = data_dir / "backups" / "workshops-20261101-120000-rolling.sqlite3"
    backup.write_bytes((data_dir / "workshops.sqlite3").read_bytes())
    return data_dir


def export(data_dir: Path, target: Path | str) -> Result:
    return run_cli("export", "exempel-1", "--format", "json", "-o", target, data_dir=data_dir)


def assert_refused(result: Result, *words: str) -> None:
    assert result.code == 2, (result.out, result.err)
    lines = result.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: cannot write "), result.err
    for word in words:
        assert word in lines[0], lines[0]


@pytest.mark.parametrize(
    "name",
    [
        "workshops.sqlite3",
        "workshops.sqlite3-wal",
        "workshops.sqlite3-shm",
        "backups/workshops-20261101-120000-rolling.sqlite3",
        "logs/workshop-app.log",
        "new-file.workshop.json",
        "backups",
    ],
)
def test_nothing_inside_the_data_dir_is_ever_overwritten(filled: Path, name: str) -> None:
    before = files_of(filled)
    result = export(filled, filled / name)
    assert_refused(result, "inside the data folder")
    assert files_of(filled) == before
    listed = json.loads(run_cli("list", "--json", data_dir=filled).out)
    assert [w["id"] for w in listed] == ["exempel-1"]


def test_the_data_dir_spelled_through_a_link_is_refused_too(filled: Path, tmp_path: Path) -> None:
    alias = tmp_path / "alias"
    alias.symlink_to(filled)
    before = files_of(filled)
    assert_refused(export(filled, alias / "workshops.sqlite3"), "inside the data folder")
    assert files_of(filled) == before


def test_a_folder_a_fifo_and_a_device_are_refused(filled: Path, tmp_path: Path) -> None:
    folder = tmp_path / "folder"
    folder.mkdir()
    assert_refused(export(filled, folder), "folder")
    assert list(folder.iterdir()) == []
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    assert_refused(export(filled, fifo), "not a regular file")
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    assert_refused(export(filled, "/dev/null"), "not a regular file")
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_a_read_only_file_is_refused_not_replaced(filled: Path, tmp_path: Path) -> None:
    target = tmp_path / "final.workshop.json"
    target.write_text("the signed version", encoding="utf-8")
    target.chmod(0o444)
    assert_refused(export(filled, target), "read-only")
    assert target.read_text(encoding="utf-8") == "the signed version"
    assert stat.S_IMODE(target.stat().st_mode) == 0o444


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="needs root to chown")
def test_a_file_of_another_user_is_refused_not_replaced(filled: Path, tmp_path: Path) -> None:
    target = tmp_path / "theirs.workshop.json"
    target.write_text("someone else's", encoding="utf-8")
    os.chown(target, 65534, 65534)
    assert_refused(export(filled, target), "another user")
    assert target.read_text(encoding="utf-8") == "someone else's"
    assert target.stat().st_uid == 65534


def test_a_symlink_is_written_through_and_stays_a_link(filled: Path, tmp_path: Path) -> None:
    real = tmp_path / "archive" / "norrbacka.workshop.json"
    real.parent.mkdir()
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "latest.workshop.json"
    link.symlink_to(real)
    result = export(filled, link)
    assert result.code == 0, result.err
    assert link.is_symlink() and link.resolve() == real
    assert json.loads(real.read_text(encoding="utf-8"))["workshop"]["id"] == "exempel-1"


def test_a_link_into_the_data_dir_or_to_nothing_is_refused(filled: Path, tmp_path: Path) -> None:
    before = files_of(filled)
    into = tmp_path / "harmless.json"
    into.symlink_to(filled / "workshops.sqlite3")
    assert_refused(export(filled, into), "inside the data folder")
    dangling = tmp_path / "dangling.json"
    dangling.symlink_to(tmp_path / "nowhere" / "x.json")
    assert_refused(export(filled, dangling), "points to no file")
    assert dangling.is_symlink() and not (tmp_path / "nowhere").exists()
    assert files_of(filled) == before
