"""Item edits: update, move and delete; links replaced in order, positions dense."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from typing import Any

import pytest

from tests.unit.storage.conftest import FakeClock
from tests.unit.storage.db_helpers import W, assert_dense
from workshop_app.domain.collections import COLLECTIONS
from workshop_app.domain.enums import (
    Branch,
    Certainty,
    IndicatorStatus,
    SourceType,
)
from workshop_app.domain.errors import IntegrityError, ItemNotFoundError
from workshop_app.domain.model import (
    IndicatorSource,
    Note,
    Workshop,
)
from workshop_app.domain.steps import Step
from workshop_app.storage.database import Database
from workshop_app.storage.repository import WorkshopRepository

# ---- update_item ----------------------------------------------------------------------

UPDATES: list[tuple[str, tuple, dict[str, Any]]] = [
    (
        "step_plan",
        ("indicators",),
        {"planned_minutes": None, "elapsed_seconds": 3000, "completed": False},
    ),
    ("organisations", ("polis",), {"name": "Polismyndigheten", "kind": "annat"}),
    ("participants", ("del2",), {"name": "Sam", "role": "r", "organisation_id": "skola"}),
    ("participants", ("del1",), {"organisation_id": None}),
    (
        "meetings",
        ("m1",),
        {
            "date": date(2026, 9, 2),
            "start_time": None,
            "end_time": "23:59",
            "location": "L",
            "notes": "N",
            "attendee_ids": ("del1", "del2", "del3"),
        },
    ),
    ("meetings", ("m1",), {"attendee_ids": ()}),
    ("indicators", ("ind.a",), {"title": "T", "description": "D", "group": "G", "custom": True}),
    (
        "indicator_assessments",
        ("ind.a",),
        {
            "status": IndicatorStatus.UNKNOWN,
            "extent": None,
            "trend": None,
            "certainty": None,
            "observations": "O",
            "sources": (
                IndicatorSource("skola", SourceType.OTHER, "s"),
                IndicatorSource("polis", SourceType.STATISTICS, "RAR"),
            ),
        },
    ),
    ("indicator_assessments", ("ind.b",), {"extent": 3, "status": "observed"}),
    (
        "problems",
        ("p1",),
        {
            "title": "T",
            "description": "",
            "place": "P",
            "votes": 8,
            "prioritised": False,
            "rank": None,
            "indicator_ids": ("ind.b", "ind.a"),
        },
    ),
    (
        "causes",
        ("c2",),
        {
            "description": "D",
            "parent_id": "c1",
            "branch": Branch.PLACE,
            "directness": "underlying",
            "evidence": "E",
            "certainty": Certainty.HIGH,
        },
    ),
    ("causes", ("c3",), {"parent_id": None}),
    (
        "measures",
        ("mt1",),
        {
            "title": "T",
            "cause_ids": ("c2",),
            "description": "D",
            "kind": "other",
            "horizon": None,
            "phase": None,
            "lead_organisation_id": None,
            "partner_organisation_ids": ("skola",),
            "resources": "R",
            "follow_up": "F",
            "votes": 0,
            "prioritised": False,
        },
    ),
    ("measures", ("mt2",), {"problem_id": "p1", "cause_ids": ("c1",)}),
    (
        "preconditions",
        ("samverkan", "polis"),
        {
            "dimension_title": "S",
            "rating": None,
            "current_state": "C",
            "obstacles": "O",
            "remedy": "R",
        },
    ),
    (
        "next_steps",
        ("n1",),
        {
            "title": "T",
            "description": "",
            "owner_organisation_id": None,
            "owner_role": "",
            "due_date": None,
            "status": "done",
            "measure_ids": ("mt2",),
            "to_steering_group": False,
        },
    ),
    (
        "notes",
        ("note1",),
        {
            "step": Step.NEXT_STEPS,
            "text": "Ny text",
            "created_at": datetime(2026, 1, 1),
        },
    ),
]


@pytest.mark.parametrize(("collection", "key", "changes"), UPDATES)
def test_update_item(
    repo: WorkshopRepository,
    stored: Workshop,
    fake_clock: FakeClock,
    collection: str,
    key: tuple,
    changes: dict[str, Any],
) -> None:
    before = repo.get_item(W, collection, key)
    changed_at = repo.update_item(W, collection, key, changes)
    assert changed_at == fake_clock.current
    after = repo.get_item(W, collection, key)
    for field, value in changes.items():
        assert getattr(after, field) == value, field
    untouched = {f.name for f in dataclasses.fields(after)} - set(changes)
    for field in untouched:
        assert getattr(after, field) == getattr(before, field), field
    loaded = repo.load(W)
    assert loaded.updated_at == changed_at
    # Nothing else moved: the item stays in its place in the collection.
    spec = COLLECTIONS[collection]
    expected = tuple(
        after if spec.key_of(i) == tuple(key) else i for i in getattr(stored, collection)
    )
    assert getattr(loaded, collection) == expected


@pytest.mark.parametrize(
    ("collection", "key", "changes", "error", "message"),
    [
        ("causes", ("c1",), {"id": "c9"}, ValueError, "key"),
        ("indicator_assessments", ("ind.a",), {"indicator_id": "ind.b"}, ValueError, "key"),
        ("causes", ("c1",), {"colour": "red"}, ValueError, "no field"),
        ("causes", ("c1",), {"certainty": "sure"}, ValueError, "not one of"),
        ("problems", ("p1",), {"votes": True}, TypeError, "expected int"),
        ("problems", ("p1",), {"indicator_ids": "ind.a"}, TypeError, "expected a tuple"),
        ("causes", ("c1",), {"parent_id": "c2"}, IntegrityError, "own ancestor"),
        ("causes", ("c1",), {"parent_id": "c1"}, IntegrityError, "own ancestor"),
        ("causes", ("c2",), {"parent_id": "c4"}, IntegrityError, "belongs to problem"),
        ("causes", ("c2",), {"problem_id": "p2"}, IntegrityError, "belongs to problem"),
        ("causes", ("c1",), {"problem_id": "p2", "parent_id": None}, IntegrityError, "sub-causes"),
        ("causes", ("c2",), {"problem_id": "p9", "parent_id": None}, IntegrityError, "no problem"),
        ("measures", ("mt1",), {"problem_id": "p2"}, IntegrityError, "belongs to problem"),
        ("measures", ("mt1",), {"cause_ids": ("c4",)}, IntegrityError, "belongs to problem"),
        (
            "measures",
            ("mt1",),
            {"partner_organisation_ids": ("polis", "polis")},
            IntegrityError,
            "twice",
        ),
        ("next_steps", ("n1",), {"measure_ids": ("m9",)}, IntegrityError, "no measure"),
        ("meetings", ("m1",), {"attendee_ids": ("del1", "d9")}, IntegrityError, "no participant"),
        (
            "indicator_assessments",
            ("ind.a",),
            {"sources": (IndicatorSource("o9", SourceType.TIP),)},
            IntegrityError,
            "no organisation",
        ),
        (
            "indicator_assessments",
            ("ind.a",),
            {"sources": ("polis",)},
            TypeError,
            "IndicatorSource",
        ),
        ("organisations", ("polis",), {"name": ""}, IntegrityError, "must not be empty"),
        ("causes", ("c9",), {"description": "x"}, ItemNotFoundError, "no item"),
    ],
)
def test_update_item_refuses(
    repo: WorkshopRepository,
    stored: Workshop,
    collection: str,
    key: tuple,
    changes: dict,
    error: type[Exception],
    message: str,
) -> None:
    with pytest.raises(error, match=message):
        repo.update_item(W, collection, key, changes)
    assert repo.load(W) == stored


def test_cause_moves_to_another_problem_when_free(
    repo: WorkshopRepository, stored: Workshop
) -> None:
    repo.update_item(W, "causes", ("c2",), {"problem_id": "p2", "parent_id": "c4"})
    assert repo.get_item(W, "causes", ("c2",)).problem_id == "p2"
    # A cause with measure links may not move: the link would cross problems.
    repo.update_item(W, "causes", ("c3",), {"parent_id": None})
    with pytest.raises(IntegrityError, match="measures \\(mt1\\)"):
        repo.update_item(W, "causes", ("c3",), {"problem_id": "p2"})


# ---- move_item ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "new_index", "expected"),
    [
        (("kommun",), 3, ["polis", "bostad", "skola", "kommun"]),
        (("skola",), 0, ["skola", "kommun", "polis", "bostad"]),
        (("polis",), 2, ["kommun", "bostad", "polis", "skola"]),
        (("bostad",), 1, ["kommun", "bostad", "polis", "skola"]),
        (("polis",), 1, ["kommun", "polis", "bostad", "skola"]),
    ],
)
def test_move_item(
    repo: WorkshopRepository,
    stored: Workshop,
    database: Database,
    fake_clock: FakeClock,
    key: tuple,
    new_index: int,
    expected: list[str],
) -> None:
    changed_at = repo.move_item(W, "organisations", key, new_index)
    loaded = repo.load(W)
    assert [o.id for o in loaded.organisations] == expected
    assert loaded.updated_at == changed_at == fake_clock.current
    assert_dense(database)


def test_move_item_composite_keys_and_errors(repo: WorkshopRepository, stored: Workshop) -> None:
    repo.move_item(W, "preconditions", ("kunskap", None), 0)
    repo.move_item(W, "step_plan", ("preparation",), 0)
    loaded = repo.load(W)
    assert [p.dimension_id for p in loaded.preconditions] == ["kunskap", "samverkan", "samverkan"]
    assert loaded.step_plan[0].step is Step.PREPARATION
    with pytest.raises(ValueError, match="outside"):
        repo.move_item(W, "organisations", ("polis",), 4)
    with pytest.raises(ItemNotFoundError):
        repo.move_item(W, "organisations", ("o9",), 0)


# ---- delete_item ----------------------------------------------------------------------


@pytest.mark.parametrize("collection", list(COLLECTIONS))
def test_delete_item_of_every_collection(
    repo: WorkshopRepository,
    stored: Workshop,
    database: Database,
    fake_clock: FakeClock,
    collection: str,
) -> None:
    spec = COLLECTIONS[collection]
    victim = getattr(stored, collection)[0]
    changed_at = repo.delete_item(W, collection, spec.key_of(victim))
    assert changed_at == fake_clock.current
    loaded = repo.load(W)
    assert victim not in getattr(loaded, collection)
    assert loaded.updated_at == changed_at
    with pytest.raises(ItemNotFoundError):
        repo.get_item(W, collection, spec.key_of(victim))
    assert_dense(database)


def test_delete_missing_item(repo: WorkshopRepository, stored: Workshop) -> None:
    with pytest.raises(ItemNotFoundError):
        repo.delete_item(W, "notes", ("nope",))
    assert repo.load(W) == stored


def test_updated_at_moves_with_every_edit(
    repo: WorkshopRepository, stored: Workshop, fake_clock: FakeClock
) -> None:
    times = [
        repo.add_item(W, "notes", Note("t1", Step.CAUSES, "x")),
        repo.update_item(W, "notes", ("t1",), {"text": "y"}),
        repo.move_item(W, "notes", ("t1",), 0),
        repo.delete_item(W, "notes", ("t1",)),
        repo.update_header(W, {"title": "Ny"}),
    ]
    assert times == sorted(times) and len(set(times)) == len(times)
    assert repo.load(W).updated_at == times[-1]
    assert repo.list_summaries()[0].updated_at == times[-1]
