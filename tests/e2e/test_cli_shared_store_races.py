"""Concurrent imports of one file into a shared PostgreSQL store (issue 14 item 1)."""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import create_engine, func, select

from workshop_app.storage.repository import WorkshopRepository
from workshop_app.storage.tables import ImportRow, WorkshopRow

PROCESSES = 8


def cli_command(url: str, data_dir: Path, *args: str | Path) -> list[str]:
    return [
        sys.executable,
        "-m",
        "workshop_app",
        "--data-dir",
        str(data_dir),
        "--database-url",
        url,
        *map(str, args),
    ]


def test_concurrent_imports_of_one_file_give_whole_workshops(
    pg_schema_url: str, tmp_path: Path, example_file: Path
) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("WORKSHOP_APP_")}
    runs = [
        subprocess.Popen(
            cli_command(pg_schema_url, tmp_path / f"d{n}", "import", example_file),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for n in range(PROCESSES)
    ]
    results = [(run.wait(timeout=180), run.stdout.read(), run.stderr.read()) for run in runs]
    for run in runs:
        run.stdout.close()
        run.stderr.close()
    assert [code for code, _out, _err in results] == [0] * PROCESSES, results
    assert all(err == "" for _code, _out, err in results), results
    ids = [out.strip() for _code, out, _err in results]
    original = json.loads(example_file.read_text(encoding="utf-8"))["workshop"]
    assert len(set(ids)) == PROCESSES and original["id"] in ids

    engine = create_engine(pg_schema_url)
    try:
        repo = WorkshopRepository(engine)
        first = repo.load(original["id"])
        for workshop_id in ids:
            stored = repo.load(workshop_id)
            assert dataclasses.replace(stored, id=first.id, title=first.title) == first
            if workshop_id != first.id:
                assert stored.title.endswith("(kopia)")
        with engine.connect() as conn:
            assert conn.execute(select(func.count()).select_from(WorkshopRow)).scalar() == PROCESSES
            assert conn.execute(select(func.count()).select_from(ImportRow)).scalar() == PROCESSES
    finally:
        engine.dispose()
