"""`workshop-app delete ID [--yes]`: a backup first, a question on a terminal, --yes otherwise."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from tests.e2e.cli_runner import run_cli


def listed_ids(data_dir: Path) -> list[str]:
    result = run_cli("list", "--json", data_dir=data_dir)
    assert result.code == 0, result.err
    return [w["id"] for w in json.loads(result.out)]


def ids_in_backups(data_dir: Path) -> list[set[str]]:
    found = []
    for backup in sorted((data_dir / "backups").glob("*-rolling*.sqlite3")):
        with closing(sqlite3.connect(f"{backup.as_uri()}?mode=ro", uri=True)) as conn:
            found.append({row[0] for row in conn.execute("SELECT id FROM workshops")})
    return found


@pytest.fixture
def two_workshops(data_dir: Path, example_file: Path) -> Path:
    for _ in range(2):
        assert run_cli("import", example_file, data_dir=data_dir).code == 0
    return data_dir


def run_on_a_terminal(data_dir: Path, answer: str, *args: str) -> tuple[int, str]:
    """The command with a pseudo-terminal as its stdin, answering ``answer``."""
    controller, terminal = os.openpty()
    env = {k: v for k, v in os.environ.items() if not k.startswith("WORKSHOP_APP_DATA")}
    try:
        process = subprocess.Popen(
            [sys.executable, "-m", "workshop_app", "--data-dir", str(data_dir), *args],
            stdin=terminal,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
        )
        os.write(controller, answer.encode() + b"\n")
        out, err = process.communicate(timeout=120)
    finally:
        os.close(controller)
        os.close(terminal)
    return process.returncode, (out + err).decode("utf-8")


def test_without_a_terminal_delete_needs_yes(two_workshops: Path) -> None:
    before = listed_ids(two_workshops)
    result = run_cli("delete", "exempel-1", data_dir=two_workshops)
    assert result.code == 2, (result.out, result.err)
    lines = result.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and "--yes" in lines[0]
    assert listed_ids(two_workshops) == before
    assert not list((two_workshops / "backups").glob("*.sqlite3"))


def test_delete_yes_removes_it_after_a_backup_that_holds_it(two_workshops: Path) -> None:
    before = listed_ids(two_workshops)
    other = next(i for i in before if i != "exempel-1")
    result = run_cli("delete", "exempel-1", "--yes", data_dir=two_workshops)
    assert result.code == 0, result.err
    assert "deleted" in result.out and "exempel-1" in result.out
    assert listed_ids(two_workshops) == [other]
    assert ids_in_backups(two_workshops) == [set(before)]
    again = run_cli("delete", "exempel-1", "--yes", data_dir=two_workshops)
    assert again.code == 2 and 'no workshop with id "exempel-1"' in again.err


def test_on_a_terminal_it_asks_and_no_keeps_it(two_workshops: Path) -> None:
    before = listed_ids(two_workshops)
    code, text = run_on_a_terminal(two_workshops, "n", "delete", "exempel-1")
    assert code == 0, text
    assert "[y/N]" in text and "nothing was deleted" in text
    assert listed_ids(two_workshops) == before
    code, text = run_on_a_terminal(two_workshops, "y", "delete", "exempel-1")
    assert code == 0, text
    assert "exempel-1" not in listed_ids(two_workshops)
    assert len(listed_ids(two_workshops)) == 1


def test_delete_on_a_shared_database(
    pg_schema_url: str, data_dir: Path, example_file: Path
) -> None:
    env = {"WORKSHOP_APP_DATABASE_URL": pg_schema_url}
    assert run_cli("import", example_file, data_dir=data_dir, env=env).code == 0
    refused = run_cli("delete", "exempel-1", data_dir=data_dir, env=env)
    assert refused.code == 2 and "--yes" in refused.err
    result = run_cli("delete", "exempel-1", "--yes", data_dir=data_dir, env=env)
    assert result.code == 0, result.err
    assert "backup" not in result.out  # the server's own backups apply, not ours
    listed = run_cli("list", "--json", data_dir=data_dir, env=env)
    assert json.loads(listed.out) == []
