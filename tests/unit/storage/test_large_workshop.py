"""A large generated workshop inserts and loads equal, with a fixed number of queries."""

from __future__ import annotations

import time

import pytest
from sqlalchemy import event

from benchmarks.generator import large_workshop
from tests.unit.storage.builders import rich_workshop
from workshop_app.storage.database import Database
from workshop_app.storage.repository import WorkshopRepository


def count_queries(database: Database, action) -> int:  # type: ignore[no-untyped-def]
    statements: list[str] = []

    def record(conn, cursor, statement, parameters, context, executemany) -> None:  # type: ignore[no-untyped-def]
        statements.append(statement)

    event.listen(database.engine, "before_cursor_execute", record)
    try:
        action()
    finally:
        event.remove(database.engine, "before_cursor_execute", record)
    return len(statements)


def test_large_workshop_round_trip(
    repo: WorkshopRepository, capsys: pytest.CaptureFixture[str]
) -> None:
    workshop = large_workshop()
    assert (len(workshop.indicators), len(workshop.problems), len(workshop.causes)) == (
        400,
        120,
        1500,
    )
    assert (len(workshop.measures), len(workshop.next_steps), len(workshop.notes)) == (
        1000,
        400,
        1500,
    )
    started = time.perf_counter()
    repo.insert(workshop)
    inserted = time.perf_counter()
    repo.load(workshop.id)  # the first load also compiles the statements (once per engine)
    first_load = time.perf_counter()
    loaded = repo.load(workshop.id)
    loaded_again = time.perf_counter()
    assert loaded == workshop
    with capsys.disabled():
        print(
            f"\nlarge workshop: insert {1000 * (inserted - started):.0f} ms, "
            f"first load {1000 * (first_load - inserted):.0f} ms, "
            f"load {1000 * (loaded_again - first_load):.0f} ms"
        )


def test_load_uses_a_fixed_number_of_queries(repo: WorkshopRepository, database: Database) -> None:
    repo.insert(rich_workshop())
    workshop = large_workshop()
    repo.insert(workshop)
    small = count_queries(database, lambda: repo.load("exempel-1"))
    large = count_queries(database, lambda: repo.load(workshop.id))
    # 21 before format version 2, which added five collections and one link table (27),
    # then the record fields' two lists (29).
    assert small == large <= 29
