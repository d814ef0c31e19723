"""migrate-store names a workshop it cannot copy, copies the rest, and a rerun continues."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path

from tests.e2e.cli_runner import run_cli


def import_three(example_file: Path, tmp_path: Path, data_dir: Path) -> list[str]:
    document = json.loads(example_file.read_text(encoding="utf-8"))
    ids = []
    for number in range(3):  # oldest first: the middle one is copied second
        document["workshop"]["id"] = f"w{number}"
        document["workshop"]["updated_at"] = f"2026-09-0{number + 1}T12:00:00+02:00"
        path = tmp_path / f"w{number}.workshop.json"
        path.write_text(json.dumps(document), encoding="utf-8")
        result = run_cli("import", path, data_dir=data_dir)
        assert result.code == 0, result.err
        ids.append(result.out.strip())
    return ids


def shared_ids(url: str, tmp_path: Path) -> set[str]:
    listed = run_cli("--database-url", url, "list", "--json", data_dir=tmp_path / "reader")
    assert listed.code == 0, listed.err
    return {row["id"] for row in json.loads(listed.out)}


def test_one_bad_workshop_in_the_middle_is_named_and_the_rest_copied(
    pg_schema_url: str, tmp_path: Path, example_file: Path
) -> None:
    data_dir = tmp_path / "laptop"
    first, middle, last = import_three(example_file, tmp_path, data_dir)
    # An older version stored a text PostgreSQL cannot hold (a U+0000): what SQLite took.
    with closing(sqlite3.connect(data_dir / "workshops.sqlite3")) as conn, conn:
        conn.execute(
            "UPDATE problems SET description = 'före' || char(0) || 'efter' WHERE workshop_pk = "
            "(SELECT pk FROM workshops WHERE id = ?)",
            (middle,),
        )

    moved = run_cli("--database-url", pg_schema_url, "migrate-store", data_dir=data_dir)
    assert moved.code == 2, moved.err
    assert moved.out.startswith("copied 2 workshops into postgresql+psycopg://")
    assert "skipped 0 already there; could not copy 1" in moved.out
    errors = moved.err.splitlines()
    assert errors[0] == (
        f'error: workshop "{middle}" was not copied: '
        "Problem.description: text contains the character U+0000 (NUL), which is not allowed"
    )
    assert errors[-1] == "error: run migrate-store again to continue where it stopped"
    assert shared_ids(pg_schema_url, tmp_path) == {first, last}

    # The user fixes the text in the local store; the rerun copies just that one.
    with closing(sqlite3.connect(data_dir / "workshops.sqlite3")) as conn, conn:
        conn.execute(
            "UPDATE problems SET description = 'före efter' WHERE workshop_pk = "
            "(SELECT pk FROM workshops WHERE id = ?)",
            (middle,),
        )
    again = run_cli("--database-url", pg_schema_url, "migrate-store", data_dir=data_dir)
    assert again.code == 0, again.err
    assert "copied 1 workshops" in again.out and "skipped 2 already there" in again.out
    assert shared_ids(pg_schema_url, tmp_path) == {first, middle, last}
