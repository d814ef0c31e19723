"""Paths the system cannot take: too long, or a folder where the database should be."""

from __future__ import annotations

import json
import os
from pathlib import Path

from tests.e2e.cli_runner import Result, run_cli


def assert_one_error_line(result: Result, *words: str) -> None:
    assert result.code == 2, (result.code, result.out, result.err)
    lines = result.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.err
    assert "Traceback" not in result.err
    for word in words:
        assert word in lines[0], lines[0]


def test_paths_over_the_system_limit(data_dir: Path, example_file: Path, tmp_path: Path) -> None:
    limit = os.pathconf(tmp_path, "PC_NAME_MAX")
    too_long_name = tmp_path / ("x" * (limit + 1))
    for command in (["list"], ["import", example_file]):
        assert_one_error_line(run_cli(*command, data_dir=too_long_name), "longer than")
    deep = tmp_path.joinpath(*(["y" * 200] * (os.pathconf(tmp_path, "PC_PATH_MAX") // 200 + 1)))
    assert_one_error_line(run_cli("import", example_file, data_dir=deep))
    assert run_cli("import", example_file, data_dir=data_dir).code == 0
    exported = run_cli(
        "export",
        "exempel-1",
        "--format",
        "json",
        "-o",
        tmp_path / ("z" * (limit + 1)),
        data_dir=data_dir,
    )
    assert_one_error_line(exported, "longer than")
    assert json.loads(run_cli("list", "--json", data_dir=data_dir).out)[0]["id"] == "exempel-1"


def test_a_folder_where_the_database_should_be(data_dir: Path, example_file: Path) -> None:
    (data_dir / "workshops.sqlite3").mkdir()
    (data_dir / "workshops.sqlite3" / "keep.txt").write_text("mine", encoding="utf-8")
    for command in (["list"], ["import", example_file]):
        assert_one_error_line(run_cli(*command, data_dir=data_dir), "folder")
    assert (data_dir / "workshops.sqlite3" / "keep.txt").read_text(encoding="utf-8") == "mine"
