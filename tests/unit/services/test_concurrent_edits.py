"""Two apps on one store: they see each other's workshops, and a stale edit is refused.

Runs on the SQLite file (two apps on one data dir, as the command line and a script may be)
and on PostgreSQL (two data dirs pointing at one database, as two facilitators' laptops).
"""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import StoreBackend
from tests.unit.storage.builders import rich_workshop
from workshop_app.domain.errors import WorkshopAppError
from workshop_app.domain.model import Note, Workshop
from workshop_app.domain.steps import Step
from workshop_app.services.app_context import AppContext, open_app_context
from workshop_app.services.changes import AddItem, DeleteItem, SetHeader, UpdateItem
from workshop_app.services.store_migration import copy_workshops
from workshop_app.storage.errors import SaveFailedError, WorkshopChangedElsewhereError

W = "exempel-1"


def p1_title(workshop: Workshop) -> str:
    return next(p.title for p in workshop.problems if p.id == "p1")


@pytest.fixture
def two_apps(backend: StoreBackend, tmp_path: Path) -> Iterator[tuple[AppContext, AppContext]]:
    if backend.url is None:
        dirs = (tmp_path / "data", tmp_path / "data")
    else:
        dirs = (tmp_path / "Anna laptop", tmp_path / "Björn laptop")
    first = open_app_context(dirs[0], database_url=backend.url)
    second = open_app_context(dirs[1], database_url=backend.url)
    first.workshops.repository.insert(rich_workshop())
    yield first, second
    first.close()
    second.close()


def test_each_app_sees_the_others_workshops(two_apps: tuple[AppContext, AppContext]) -> None:
    anna, bjorn = two_apps
    created = bjorn.workshops.create("Björns workshop")
    assert {s.id for s in anna.workshops.list_workshops()} == {W, created.id}
    assert anna.workshops.load(created.id) == bjorn.workshops.load(created.id)


def test_a_stale_edit_is_refused_not_saved(two_apps: tuple[AppContext, AppContext]) -> None:
    anna, bjorn = two_apps
    anna.workshops.load(W)
    bjorn.workshops.load(W)
    anna.workshops.apply(UpdateItem(W, "problems", ("p1",), {"title": "Annas titel"}))
    with pytest.raises(WorkshopChangedElsewhereError) as caught:
        bjorn.workshops.apply(UpdateItem(W, "problems", ("p1",), {"title": "Björns titel"}))
    # A user-facing error, and not one the window retries.
    assert isinstance(caught.value, WorkshopAppError)
    assert not isinstance(caught.value, SaveFailedError)
    assert "changed elsewhere" in str(caught.value)
    assert p1_title(bjorn.workshops.load(W)) == "Annas titel"
    # Having seen the current state, Björn's next edit goes in.
    bjorn.workshops.apply(UpdateItem(W, "problems", ("p1",), {"title": "Björns titel"}))
    assert p1_title(anna.workshops.load(W)) == "Björns titel"


def test_undoing_a_delete_never_overwrites_another_persons_work(
    two_apps: tuple[AppContext, AppContext],
) -> None:
    """The inverse of a delete restores a whole snapshot: stale, it would erase Anna's note."""
    anna, bjorn = two_apps
    bjorn.workshops.load(W)
    undo = bjorn.workshops.apply(DeleteItem(W, "problems", ("p2",))).inverse
    anna.workshops.load(W)
    anna.workshops.apply(AddItem(W, "notes", Note("annas", Step.CAUSES, "Annas anteckning")))
    with pytest.raises(WorkshopChangedElsewhereError):
        bjorn.workshops.apply(undo)
    assert "annas" in {n.id for n in bjorn.workshops.load(W).notes}


def test_changes_elsewhere_are_noticed_cheaply(two_apps: tuple[AppContext, AppContext]) -> None:
    anna, bjorn = two_apps
    anna.workshops.load(W)
    bjorn.workshops.load(W)
    anna.workshops.apply(SetHeader(W, {"purpose": "Nytt syfte"}, {"purpose": ""}))
    assert not anna.workshops.changed_elsewhere(W)  # its own write is no news to Anna
    assert bjorn.workshops.changed_elsewhere(W)
    current = bjorn.workshops.load_if_changed_elsewhere(W)
    assert current is not None and current.purpose == "Nytt syfte"
    assert bjorn.workshops.load_if_changed_elsewhere(W) is None


def test_bookkeeping_never_causes_a_conflict(two_apps: tuple[AppContext, AppContext]) -> None:
    """Moving to another step is saved, but Anna's next edit is not refused because of it."""
    anna, bjorn = two_apps
    anna.workshops.load(W)
    bjorn.workshops.load(W)
    bjorn.workshops.record(
        SetHeader(W, {"current_step": Step.MEASURES}, {"current_step": Step.PREPARATION})
    )
    anna.workshops.apply(SetHeader(W, {"title": "Annas"}, {"title": ""}))
    assert not anna.workshops.changed_elsewhere(W)
    stored = bjorn.workshops.load(W)
    assert (stored.title, stored.current_step) == ("Annas", Step.MEASURES)


def test_two_concurrent_writers_one_success_one_conflict(
    two_apps: tuple[AppContext, AppContext],
) -> None:
    """Both based on the same state, both saving at the same moment: exactly one wins."""
    anna, bjorn = two_apps
    anna.workshops.load(W)
    bjorn.workshops.load(W)
    start = threading.Barrier(2)
    outcomes: dict[str, object] = {}

    def edit(name: str, app: AppContext) -> None:
        start.wait()
        try:
            app.workshops.apply(UpdateItem(W, "problems", ("p1",), {"title": f"{name}s titel"}))
            outcomes[name] = "saved"
        except Exception as error:
            outcomes[name] = error

    threads = [
        threading.Thread(target=edit, args=("Anna", anna)),
        threading.Thread(target=edit, args=("Björn", bjorn)),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    winners = [name for name, outcome in outcomes.items() if outcome == "saved"]
    losers = [o for o in outcomes.values() if isinstance(o, WorkshopChangedElsewhereError)]
    assert len(winners) == 1 and len(losers) == 1, outcomes
    assert p1_title(anna.workshops.load(W)) == f"{winners[0]}s titel"


def test_different_workshops_never_interfere(two_apps: tuple[AppContext, AppContext]) -> None:
    anna, bjorn = two_apps
    other = dataclasses.replace(rich_workshop("annan"), title="Björns egen")
    bjorn.workshops.repository.insert(other)
    anna.workshops.load(W)
    bjorn.workshops.load("annan")
    for n in range(3):
        anna.workshops.apply(SetHeader(W, {"purpose": f"A{n}"}, {"purpose": ""}))
        bjorn.workshops.apply(SetHeader("annan", {"purpose": f"B{n}"}, {"purpose": ""}))
    assert anna.workshops.load("annan").purpose == "B2"
    assert bjorn.workshops.load(W).purpose == "A2"


def test_moving_the_local_store_into_another(backend: StoreBackend, tmp_path: Path) -> None:
    """migrate-store's core: every workshop exactly, existing ids skipped, run twice = no-op."""
    local = open_app_context(tmp_path / "lokal")
    target = open_app_context(tmp_path / "delad", database_url=backend.url)
    try:
        local.workshops.repository.insert(rich_workshop())
        local.workshops.repository.insert(rich_workshop("andra"))
        target.workshops.repository.insert(dataclasses.replace(rich_workshop("andra"), title="X"))
        report = copy_workshops(local.workshops.repository, target.workshops.repository)
        assert (report.copied, report.skipped) == ([W], ["andra"])
        assert target.workshops.load(W) == rich_workshop()
        assert target.workshops.load("andra").title == "X"  # never overwritten
        again = copy_workshops(local.workshops.repository, target.workshops.repository)
        assert (again.copied, sorted(again.skipped)) == ([], sorted([W, "andra"]))
    finally:
        local.close()
        target.close()
