"""The log files never hold text typed in a workshop: not after edits, imports, or failures."""

from __future__ import annotations

import dataclasses
import json
import logging
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from tests.e2e.cli_runner import run_cli
from tests.unit.storage.builders import CET, rich_workshop
from workshop_app.domain.limits import TEXT_MAX
from workshop_app.domain.model import Note, Problem, Workshop
from workshop_app.domain.steps import Step
from workshop_app.domain.workshop_file import write_workshop_file
from workshop_app.services.app_context import AppContext, open_app_context
from workshop_app.services.backup_service import BackupService
from workshop_app.services.changes import AddItem, DeleteItem, MoveItem, SetHeader, UpdateItem
from workshop_app.services.startup_check import check_database

CANARY = "KANARIE-3c9e1f"  # ASCII: it looks the same in any encoding or escaping
NOW = datetime(2026, 11, 22, 10, 0, tzinfo=CET)


def canary_workshop(workshop_id: str = "kanarie-1") -> Workshop:
    base = rich_workshop(workshop_id)
    assessment = dataclasses.replace(base.indicator_assessments[0], observations=CANARY)
    return dataclasses.replace(
        base,
        title=f"Titel {CANARY}",
        purpose=f"Syfte {CANARY}",
        notes=tuple(dataclasses.replace(n, text=f"{n.text} {CANARY}") for n in base.notes),
        indicator_assessments=(assessment, *base.indicator_assessments[1:]),
    )


def write_file(path: Path, workshop: Workshop) -> Path:
    write_workshop_file(path, workshop, app_version="test", exported_at=NOW)
    return path


def broken_file(path: Path) -> Path:
    """A workshop file refused on import, whose refusal quotes the canary."""
    document = json.loads(write_file(path, canary_workshop()).read_text(encoding="utf-8"))
    document["workshop"]["language"] = CANARY
    document["workshop"]["notes"][0]["step"] = CANARY
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def assert_logs_clean(data_dir: Path) -> str:
    files = [p for p in (data_dir / "logs").rglob("*") if p.is_file()]
    assert files, "nothing was logged at all"
    text = ""
    for path in files:
        data = path.read_bytes()
        assert CANARY.encode("ascii") not in data, path.name
        assert CANARY.lower().encode("ascii") not in data.lower(), path.name
        text += data.decode("utf-8", errors="replace")
    return text


@pytest.fixture
def context(data_dir: Path) -> Iterator[AppContext]:
    ctx = open_app_context(data_dir)
    logger = logging.getLogger("workshop_app")
    level = logger.level
    logger.setLevel(logging.DEBUG)  # even debug lines, should anyone add them
    yield ctx
    logger.setLevel(level)
    ctx.close()


def run_edits(ctx: AppContext, tmp_path: Path) -> None:
    """Every kind of service call a session makes, with the canary in the text."""
    service = ctx.workshops
    created = service.create(f"Ny {CANARY}", municipality=CANARY, area=CANARY)
    wid = created.id
    service.set_header(wid, purpose=CANARY)
    service.apply(SetHeader(wid, {"title": f"Ändrad {CANARY}"}, {"title": created.title}))
    problem = Problem("p1", f"Problem {CANARY}", description=CANARY, place=CANARY)
    undo_add = service.apply(AddItem(wid, "problems", problem)).inverse
    service.apply(AddItem(wid, "notes", Note("n1", Step.PROBLEMS, CANARY * 20)))
    service.apply(AddItem(wid, "notes", Note("n2", Step.PROBLEMS, CANARY), 0))
    service.apply(UpdateItem(wid, "notes", ("n1",), {"text": f"uppdaterad {CANARY}"}))
    service.apply(MoveItem(wid, "notes", ("n1",), 0))
    undo_delete = service.apply(DeleteItem(wid, "notes", ("n2",))).inverse
    service.apply(undo_delete)  # undo: the whole workshop restored
    service.apply(undo_add)
    service.rename(wid, f"Omdöpt {CANARY}")
    copy = service.duplicate(wid)
    service.delete(copy.id)
    exported = ctx.transfer.export_file(wid, tmp_path / "ut.workshop.json")
    ctx.transfer.import_file(exported)  # an existing id: imported as a copy
    ctx.transfer.import_file(write_file(tmp_path / "in.workshop.json", canary_workshop()))
    ctx.minutes.export(wid, tmp_path / "protokoll.docx")
    backups = BackupService(ctx.paths.database, ctx.paths.backups, ctx.database)
    backups.maybe_backup(NOW)
    backups.maybe_backup(NOW + timedelta(minutes=11))
    backups.list_backups()
    check_database(ctx.paths, move_damaged=False)


def test_service_edits_leave_no_text_in_the_log(
    context: AppContext, data_dir: Path, tmp_path: Path
) -> None:
    run_edits(context, tmp_path)
    assert "opened data dir" in assert_logs_clean(data_dir)


def test_failures_through_the_worker_leave_no_text_in_the_log(
    qapp: Any, context: AppContext, data_dir: Path, tmp_path: Path
) -> None:
    """Failed jobs are logged by the GUI's worker with their traceback: it must stay clean."""
    from workshop_app.gui.db_worker import DatabaseWorker
    from workshop_app.gui.widgets.save_status import SaveTracker

    service = context.workshops
    wid = service.create("Workshop").id
    engine = context.database.engine
    with engine.begin() as conn:  # the database itself refuses: SQLAlchemy's text has the values
        conn.exec_driver_sql(
            "CREATE TRIGGER refuse BEFORE INSERT ON problems WHEN NEW.title LIKE '%KANARIE%' "
            "BEGIN SELECT RAISE(ABORT, 'refused'); END"
        )
    service.apply(AddItem(wid, "notes", Note("n1", Step.CAUSES, "finns")))
    jobs: list[tuple[str, Callable[[], object]]] = [
        (
            "duplicate id",
            lambda: service.apply(AddItem(wid, "notes", Note("n1", Step.CAUSES, CANARY))),
        ),
        ("trigger", lambda: service.apply(AddItem(wid, "problems", Problem("p9", CANARY)))),
        ("missing item", lambda: service.apply(UpdateItem(wid, "notes", ("x",), {"text": CANARY}))),
    ]
    worker = DatabaseWorker()
    tracker = SaveTracker()
    failures: list[BaseException] = []

    def failed(error: BaseException) -> None:
        failures.append(error)
        tracker.failed(error)

    for _name, job in jobs:
        worker.submit(job, None, failed)
    assert worker.drain()
    assert [type(e).__name__ for e in failures] == [
        "IntegrityError",
        "IntegrityError",
        "ItemNotFoundError",
    ]

    @event.listens_for(engine, "connect")
    def _disk_full(dbapi_connection: Any, _record: Any) -> None:
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    engine.dispose()
    worker.submit(
        lambda: service.apply(
            AddItem(wid, "notes", Note("n3", Step.CAUSES, CANARY * (TEXT_MAX // len(CANARY))))
        ),
        None,
        failed,
    )
    assert worker.drain()
    worker.close()
    assert type(failures[-1]).__name__ == "SaveFailedError"
    logged = assert_logs_clean(data_dir)
    assert "database job failed: SaveFailedError" in logged
    assert "Traceback" in logged  # the worker did log the tracebacks


def test_refusals_that_quote_the_value_leave_no_text_in_the_log(
    qapp: Any, context: AppContext, data_dir: Path, tmp_path: Path
) -> None:
    from workshop_app.gui.db_worker import DatabaseWorker

    wid = context.workshops.create("Workshop").id
    context.workshops.apply(AddItem(wid, "notes", Note("n1", Step.CAUSES, "finns")))
    broken = broken_file(tmp_path / "trasig.workshop.json")
    worker = DatabaseWorker()
    failures: list[BaseException] = []
    bad_step = UpdateItem(wid, "notes", ("n1",), {"step": CANARY})
    worker.submit(lambda: context.transfer.import_file(broken), None, failures.append)
    worker.submit(lambda: context.workshops.apply(bad_step), None, failures.append)
    assert worker.drain()
    worker.close()
    assert [type(e).__name__ for e in failures] == ["WorkshopFileError", "ValueError"]
    assert CANARY in str(failures[0])  # the user is told which value is wrong …
    assert_logs_clean(data_dir)  # … the log must not be


def test_the_command_line_leaves_no_text_in_the_log(data_dir: Path, tmp_path: Path) -> None:
    good = write_file(tmp_path / "bra.workshop.json", canary_workshop())
    broken = broken_file(tmp_path / "trasig.workshop.json")
    imported = run_cli("import", good, data_dir=data_dir)
    assert imported.code == 0, imported.err
    wid = imported.out.strip()
    assert run_cli("import", good, data_dir=data_dir).code == 0  # again: as a copy
    refused = run_cli("import", broken, data_dir=data_dir)
    assert refused.code == 2
    assert CANARY in refused.err  # the user is told what is wrong; the log is not
    assert run_cli("list", data_dir=data_dir).code == 0
    assert CANARY in run_cli("list", "--json", data_dir=data_dir).out
    for fmt, name in (("json", "ut.workshop.json"), ("docx", "ut.docx")):
        done = run_cli("export", wid, "--format", fmt, "-o", tmp_path / name, data_dir=data_dir)
        assert done.code == 0, done.err
    nowhere = tmp_path / "saknas" / "ut.docx"
    assert run_cli("export", wid, "--format", "docx", "-o", nowhere, data_dir=data_dir).code != 0
    assert "opened data dir" in assert_logs_clean(data_dir)
