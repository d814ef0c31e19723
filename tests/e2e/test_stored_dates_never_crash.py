"""A stored date that overflows in local time never takes the window down (issue 13, item 4).

Such a date is refused at import now, but a database written before (or by another program)
may hold one: the start view must show it, not die with a segmentation fault at every start.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.e2e.cli_runner import run_cli
from tests.paths import EXAMPLE_WORKSHOP


@pytest.mark.parametrize(
    ("stored", "zone"),
    [
        ("9999-12-31T23:59:59-23:59", "UTC"),
        ("0001-01-01T00:00:00+23:59", "UTC"),
        ("9999-12-31T23:59:59+00:00", "Europe/Stockholm"),
    ],
)
def test_the_window_starts_with_an_overflowing_stored_date(
    data_dir: Path, example_file: Path, stored: str, zone: str
) -> None:
    imported = run_cli("import", example_file, data_dir=data_dir)
    assert imported.code == 0, imported.err
    with sqlite3.connect(data_dir / "workshops.sqlite3") as db:
        assert db.execute("UPDATE workshops SET updated_at = ?", (stored,)).rowcount == 1

    started = run_cli("--smoke-test", data_dir=data_dir, env={"TZ": zone})

    assert started.code == 0, (started.code, started.err[-2000:])
    listed = run_cli("list", data_dir=data_dir, env={"TZ": zone})
    assert listed.code == 0 and "exempel-1" in listed.out


def test_import_refuses_the_date_naming_the_field(data_dir: Path, tmp_path: Path) -> None:
    source = EXAMPLE_WORKSHOP
    text = source.read_text(encoding="utf-8")
    start = text.index('"updated_at": "') + len('"updated_at": "')
    end = text.index('"', start)
    bad = tmp_path / "bad.json"
    bad.write_text(text[:start] + "9999-12-31T23:59:59-23:59" + text[end:], encoding="utf-8")

    refused = run_cli("import", bad, data_dir=data_dir)

    assert refused.code == 2
    assert refused.err.startswith("error: ") and "updated_at" in refused.err
    assert "1900-01-01 to 2999-12-31" in refused.err
    assert run_cli("list", data_dir=data_dir).out.strip() == ""
