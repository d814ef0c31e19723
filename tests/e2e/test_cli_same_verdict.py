"""A file gets the same verdict on SQLite and PostgreSQL (CONTRACT §1 rule 8), via the CLI."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import StoreBackend
from tests.e2e.cli_runner import run_cli


def odd_file(example_file: Path, tmp_path: Path, change: Any) -> Path:
    document = json.loads(example_file.read_text(encoding="utf-8"))
    change(document["workshop"])
    path = tmp_path / "odd.workshop.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("change", "place"),
    [
        (
            lambda w: w["notes"].append({"id": "n1", "step": "causes", "text": "a\x00"}),
            "notes[0].text",
        ),
        (lambda w: w.__setitem__("purpose", "\x00"), "purpose"),
        (
            lambda w: w["step_plan"][0].__setitem__("elapsed_seconds", 2**31),
            "step_plan[0].elapsed_seconds",
        ),
        (lambda w: w["problems"][0].__setitem__("rank", 2**31), "problems[0].rank"),
        (lambda w: w["problems"][0].__setitem__("votes", 2**31), "problems[0].votes"),
    ],
)
def test_odd_files_are_refused_alike_on_both_stores(
    backend: StoreBackend,
    data_dir: Path,
    example_file: Path,
    tmp_path: Path,
    change: Any,
    place: str,
) -> None:
    path = odd_file(example_file, tmp_path, change)
    result = run_cli(*backend.args, "import", path, data_dir=data_dir)
    assert result.code == 2, result.err
    lines = result.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"error: {place}: "), result.err
    assert "database error" not in result.err
    listed = run_cli(*backend.args, "list", "--json", data_dir=data_dir)
    assert json.loads(listed.out) == []
