"""Whole-workshop operations: summaries, exists, load, insert, replace, delete, header changes."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, timedelta, timezone

import pytest

from tests.unit.storage.builders import CEST, rich_workshop
from tests.unit.storage.conftest import FakeClock
from workshop_app.domain.enums import Language
from workshop_app.domain.errors import IntegrityError, WorkshopNotFoundError
from workshop_app.domain.model import Cause, Measure, MethodRef, Problem, StepPlan, Workshop
from workshop_app.domain.steps import Step
from workshop_app.storage.repository import WorkshopRepository


def test_list_summaries_newest_first_with_completed_steps(repo: WorkshopRepository) -> None:
    older = Workshop(
        id="a",
        title="Äldre",
        municipality="M",
        area="A",
        updated_at=datetime(2026, 9, 1, 12, 0, tzinfo=CEST),  # 10:00 UTC
        step_plan=(StepPlan(Step.PROBLEMS, completed=True),),
    )
    # Later as an instant although its text sorts first: offsets must be respected.
    newer = Workshop(
        id="b",
        title="Nyare",
        updated_at=datetime(2026, 9, 1, 8, 0, tzinfo=timezone(-timedelta(hours=5))),
    )
    repo.insert(older)
    repo.insert(newer)
    repo.insert(rich_workshop())
    summaries = repo.list_summaries()
    assert [s.id for s in summaries] == ["exempel-1", "b", "a"]
    by_id = {s.id: s for s in summaries}
    assert by_id["a"].completed_steps == frozenset({Step.PROBLEMS})
    assert by_id["a"].municipality == "M" and by_id["a"].area == "A"
    assert by_id["exempel-1"].completed_steps == frozenset({Step.INDICATORS, Step.PREPARATION})
    assert by_id["exempel-1"].current_step is Step.CAUSES
    assert by_id["b"].updated_at == newer.updated_at


def test_list_summaries_of_empty_database(repo: WorkshopRepository) -> None:
    assert repo.list_summaries() == []


def test_exists_and_load_unknown(repo: WorkshopRepository, stored: Workshop) -> None:
    assert repo.exists(stored.id)
    assert not repo.exists("nope")
    with pytest.raises(WorkshopNotFoundError, match='"nope"'):
        repo.load("nope")


def test_insert_refuses_an_existing_id(repo: WorkshopRepository, stored: Workshop) -> None:
    with pytest.raises(IntegrityError, match="already exists"):
        repo.insert(dataclasses.replace(stored, title="Annan"))
    assert repo.load(stored.id) == stored


def test_two_workshops_may_share_item_ids(repo: WorkshopRepository, stored: Workshop) -> None:
    copy = dataclasses.replace(stored, id="kopia", title=stored.title + " (kopia)")
    repo.insert(copy)
    assert repo.load("kopia") == copy
    repo.delete_item("kopia", "organisations", ("polis",))
    assert repo.load(stored.id) == stored


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            {"causes": (Cause("c1", "p-x", "Orsak"),)},
            'causes\\["c1"\\].problem_id: no problem with id "p-x"',
        ),
        (
            {"problems": (Problem("p", "P"),), "causes": (Cause("c1", "p", "O", "c9"),)},
            'no cause with id "c9"',
        ),
        (
            {
                "problems": (Problem("p", "P"),),
                "causes": (Cause("c1", "p", "O", "c2"), Cause("c2", "p", "O", "c1")),
            },
            "own ancestor",
        ),
        (
            {
                "problems": (Problem("p", "P"), Problem("q", "Q")),
                "causes": (Cause("c1", "p", "O"), Cause("c2", "q", "O", "c1")),
            },
            'belongs to problem "p", not "q"',
        ),
        (
            {
                "problems": (Problem("p", "P"), Problem("q", "Q")),
                "causes": (Cause("c1", "p", "O"),),
                "measures": (Measure("m", "q", "M", ("c1",)),),
            },
            'measures\\["m"\\].cause_ids: cause "c1" belongs to problem "p", not "q"',
        ),
        ({"problems": (Problem("p", "P"), Problem("p", "Q"))}, 'problems\\["p"\\]: listed twice'),
        ({"problems": (Problem("p", "P", indicator_ids=("i9",)),)}, 'no indicator with id "i9"'),
        ({"problems": (Problem("p", "   "),)}, "must not be empty"),
        ({"problems": (Problem("p p", "P"),)}, "not a valid id"),
    ],
)
def test_insert_refuses_broken_workshops(
    repo: WorkshopRepository, change: dict, message: str
) -> None:
    workshop = dataclasses.replace(Workshop(id="w", title="W"), **change)
    with pytest.raises(IntegrityError, match=message):
        repo.insert(workshop)
    assert not repo.exists("w")  # all or nothing


def test_insert_refuses_wrong_types(repo: WorkshopRepository) -> None:
    with pytest.raises(TypeError, match=r"Problem\.votes: expected int"):
        repo.insert(Workshop(id="w", title="W", problems=(Problem("p", "P", votes="3"),)))  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="problems holds Problem items"):
        repo.insert(Workshop(id="w", title="W", problems=(Cause("c", "p", "x"),)))  # type: ignore[arg-type]
    assert not repo.exists("w")


def test_replace_swaps_the_whole_aggregate(repo: WorkshopRepository, stored: Workshop) -> None:
    smaller = dataclasses.replace(
        stored,
        title="Ersatt",
        causes=stored.causes[1:2],
        measures=(),
        next_steps=(),
        next_step_updates=(),
        notes=tuple(reversed(stored.notes)),
    )
    repo.replace(smaller)
    assert repo.load(stored.id) == smaller
    repo.replace(stored)  # and back again, as undo does
    assert repo.load(stored.id) == stored


def test_replace_of_unknown_workshop(repo: WorkshopRepository) -> None:
    with pytest.raises(WorkshopNotFoundError):
        repo.replace(Workshop(id="nope", title="N"))


def test_failed_replace_keeps_the_old_state(repo: WorkshopRepository, stored: Workshop) -> None:
    broken = dataclasses.replace(stored, causes=(Cause("c1", "p-x", "O"),))
    with pytest.raises(IntegrityError):
        repo.replace(broken)
    assert repo.load(stored.id) == stored


def test_delete_removes_everything(repo: WorkshopRepository, stored: Workshop, database) -> None:
    other = dataclasses.replace(stored, id="annan")
    repo.insert(other)
    repo.delete(stored.id)
    assert not repo.exists(stored.id)
    assert repo.load("annan") == other
    repo.delete("annan")
    from sqlalchemy import func, select

    from workshop_app.storage.tables import Base

    with database.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            assert conn.execute(select(func.count()).select_from(table)).scalar_one() == 0, table
    with pytest.raises(WorkshopNotFoundError):
        repo.delete("annan")


def test_update_header(repo: WorkshopRepository, stored: Workshop, fake_clock: FakeClock) -> None:
    changed_at = repo.update_header(
        stored.id,
        {
            "title": "Ny titel",
            "municipality": "Ny kommun",
            "area": "Nytt område",
            "purpose": "",
            "language": "sv",  # the value is accepted and stored as the enum
            "current_step": Step.MEASURES,
            "follow_up_date": None,
            "method": MethodRef("annan-metod", "2"),
        },
    )
    assert changed_at == fake_clock.current
    loaded = repo.load(stored.id)
    assert loaded == dataclasses.replace(
        stored,
        title="Ny titel",
        municipality="Ny kommun",
        area="Nytt område",
        purpose="",
        language=Language.SV,
        current_step=Step.MEASURES,
        follow_up_date=None,
        method=MethodRef("annan-metod", "2"),
        updated_at=changed_at,
    )
    assert repo.update_header(stored.id, {"follow_up_date": date(2027, 1, 2)}) > changed_at
    assert repo.load(stored.id).follow_up_date == date(2027, 1, 2)


@pytest.mark.parametrize(
    ("changes", "error"),
    [
        ({"id": "x"}, ValueError),
        ({"created_at": datetime(2026, 9, 1, 12, 0)}, ValueError),  # no UTC offset
        ({"notes": ()}, ValueError),
        ({"title": 5}, TypeError),
        ({"title": ""}, IntegrityError),
        ({"language": "de"}, ValueError),
        ({"current_step": "nope"}, ValueError),
        ({"follow_up_date": datetime(2027, 1, 1)}, TypeError),
        ({"follow_up_date": "2027-01-01"}, TypeError),
        ({"method": ("a", "1")}, TypeError),
        ({"method": MethodRef("bad id", "1")}, IntegrityError),
    ],
)
def test_update_header_validates(
    repo: WorkshopRepository, stored: Workshop, changes: dict, error: type[Exception]
) -> None:
    with pytest.raises(error):
        repo.update_header(stored.id, changes)
    assert repo.load(stored.id) == stored


def test_update_header_of_unknown_workshop(repo: WorkshopRepository) -> None:
    with pytest.raises(WorkshopNotFoundError):
        repo.update_header("nope", {"title": "x"})
