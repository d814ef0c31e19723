"""Start-up with the first list read by sqlite3: an older database still takes the full start,
with its verified backup before the migration."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from tests.e2e.cli_runner import run_cli
from workshop_app.storage import migrate
from workshop_app.storage.engine import create_file_engine
from workshop_app.storage.revisions import HEAD_REVISION
from workshop_app.storage.sqlite_files import read_revision


def test_smoke_test_on_an_older_database_migrates_after_a_backup(data_dir: Path) -> None:
    db_path = data_dir / "workshops.sqlite3"
    engine = create_file_engine(db_path, pooled=False)
    with engine.begin() as conn:
        migrate.upgrade(conn, revision="0001")
    engine.dispose()
    with closing(sqlite3.connect(db_path)) as conn, conn:
        conn.execute(
            "INSERT INTO workshops (id, title, municipality, area, purpose, language, method_id,"
            " method_version, created_at, updated_at, current_step) VALUES ('w1', 'Gammal', '',"
            " '', '', 'sv', 'bra-parallella', '1', '2026-09-01T09:00:00+02:00',"
            " '2026-09-01T09:00:00+02:00', 'preparation')"
        )
    result = run_cli("--smoke-test", data_dir=data_dir)
    assert result.code == 0, result.err
    assert read_revision(db_path) == HEAD_REVISION
    backups = list((data_dir / "backups").glob("*before-upgrade-from-0001*"))
    assert len(backups) == 1 and read_revision(backups[0]) == "0001"


def test_smoke_test_on_a_current_database_shows_its_list(
    data_dir: Path, example_file: Path
) -> None:
    assert run_cli("import", example_file, data_dir=data_dir).code == 0
    result = run_cli("--smoke-test", data_dir=data_dir)
    assert result.code == 0, result.err
    assert "Traceback" not in result.err
