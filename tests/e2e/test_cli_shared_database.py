"""The command line on a shared database (CONTRACT §2 ``--database-url``), as a subprocess."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.e2e.cli_runner import run_cli
from workshop_app.services.app_paths import AppPaths
from workshop_app.services.store_settings import save_database_url


def ids(result_out: str) -> set[str]:
    return {row["id"] for row in json.loads(result_out)}


def test_two_data_dirs_on_one_database_share_their_workshops(
    pg_schema_url: str, tmp_path: Path, example_file: Path
) -> None:
    anna, bjorn = tmp_path / "Anna", tmp_path / "Björn"
    imported = run_cli("--database-url", pg_schema_url, "import", example_file, data_dir=anna)
    assert imported.code == 0, imported.err
    listed = run_cli("--database-url", pg_schema_url, "list", "--json", data_dir=bjorn)
    assert listed.code == 0, listed.err
    assert ids(listed.out) == {imported.out.strip()}
    # The data dirs hold settings and logs only: no local database was created.
    assert not (anna / "workshops.sqlite3").exists() and not (bjorn / "workshops.sqlite3").exists()
    via_env = run_cli(
        "list", "--json", data_dir=bjorn, env={"WORKSHOP_APP_DATABASE_URL": pg_schema_url}
    )
    assert ids(via_env.out) == {"exempel-1"}


def test_the_saved_setting_is_used_and_the_option_comes_first(
    pg_schema_url: str, tmp_path: Path, example_file: Path
) -> None:
    data_dir = tmp_path / "data"
    save_database_url(AppPaths(data_dir), pg_schema_url)
    assert run_cli("import", example_file, data_dir=data_dir).code == 0
    assert ids(run_cli("list", "--json", data_dir=data_dir).out) == {"exempel-1"}
    local = run_cli(
        "--database-url",
        f"sqlite:///{data_dir / 'annan.sqlite3'}",
        "list",
        "--json",
        data_dir=data_dir,
    )
    assert local.code == 0, local.err
    assert json.loads(local.out) == []


def test_migrate_store_copies_the_local_workshops_once(
    pg_schema_url: str, tmp_path: Path, example_file: Path
) -> None:
    data_dir = tmp_path / "laptop"
    first = run_cli("import", example_file, data_dir=data_dir)
    second = run_cli("import", example_file, data_dir=data_dir)  # a copy with a new id
    assert first.code == second.code == 0
    moved = run_cli("--database-url", pg_schema_url, "migrate-store", data_dir=data_dir)
    assert moved.code == 0, moved.err
    assert moved.out.startswith("copied 2 workshops into postgresql+psycopg://")
    shared = run_cli("--database-url", pg_schema_url, "list", "--json", data_dir=tmp_path / "x")
    assert ids(shared.out) == {first.out.strip(), second.out.strip()}
    again = run_cli("--database-url", pg_schema_url, "migrate-store", data_dir=data_dir)
    assert again.code == 0, again.err
    assert "copied 0 workshops" in again.out and "skipped 2 already there" in again.out
    # The local store is untouched.
    assert ids(run_cli("list", "--json", data_dir=data_dir).out) == ids(shared.out)


def test_bad_database_urls_are_one_error_line(tmp_path: Path) -> None:
    pytest.importorskip("psycopg")
    data_dir = tmp_path / "data"
    cases = {
        "not a url": "not a valid URL",
        "postgresql+psycopg://nobody@127.0.0.1:1/none": "cannot be reached",
    }
    for url, expected in cases.items():
        result = run_cli("--database-url", url, "list", data_dir=data_dir)
        assert result.code == 2, result.err
        lines = result.err.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("error: ") and expected in lines[0]
    no_target = run_cli("migrate-store", data_dir=data_dir)
    assert no_target.code == 2 and "needs the target database" in no_target.err
