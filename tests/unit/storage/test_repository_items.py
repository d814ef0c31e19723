"""Item operations get and add: keys, references, tree rules, index and updated_at."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from tests.unit.storage.conftest import FakeClock
from tests.unit.storage.db_helpers import W, assert_dense
from workshop_app.domain.collections import COLLECTIONS
from workshop_app.domain.enums import (
    Affected,
    Attainment,
    Branch,
    Certainty,
    Extent,
    IndicatorStatus,
    NextStepStatus,
    Rating,
    Severity,
    SourceType,
)
from workshop_app.domain.errors import IntegrityError, ItemNotFoundError, WorkshopNotFoundError
from workshop_app.domain.model import (
    Attachment,
    Cause,
    Consequence,
    EarlierAssessment,
    FollowUpMeeting,
    GoalAttainment,
    Indicator,
    IndicatorAssessment,
    IndicatorSource,
    Measure,
    Meeting,
    NextStep,
    NextStepUpdate,
    Note,
    Organisation,
    Participant,
    PreconditionAssessment,
    Problem,
    Recipient,
    StepPlan,
    Workshop,
)
from workshop_app.domain.steps import Step
from workshop_app.storage.database import Database
from workshop_app.storage.repository import WorkshopRepository

# ---- get_item -------------------------------------------------------------------------


def test_get_item_returns_every_item_as_load_does(
    repo: WorkshopRepository, stored: Workshop
) -> None:
    for name, spec in COLLECTIONS.items():
        for item in getattr(stored, name):
            assert repo.get_item(W, name, spec.key_of(item)) == item


def test_get_item_missing(repo: WorkshopRepository, stored: Workshop) -> None:
    with pytest.raises(ItemNotFoundError, match=r"causes: no item with key \(c9\)"):
        repo.get_item(W, "causes", ("c9",))
    with pytest.raises(ItemNotFoundError):
        repo.get_item(W, "preconditions", ("kunskap", "polis"))
    with pytest.raises(ItemNotFoundError):
        repo.get_item(W, "step_plan", ("measures",))
    with pytest.raises(WorkshopNotFoundError):
        repo.get_item("nope", "causes", ("c1",))
    with pytest.raises(ValueError, match="unknown collection"):
        repo.get_item(W, "orsaker", ("c1",))
    with pytest.raises(ValueError, match="key"):
        repo.get_item(W, "preconditions", ("kunskap",))


# ---- add_item -------------------------------------------------------------------------

NEW_ITEMS: dict[str, Any] = {
    "step_plan": StepPlan(Step.NEXT_STEPS, 30, 5, True),
    "organisations": Organisation("ny-org", "Ny", "police"),
    "participants": Participant("ny-del", "Ny deltagare", "roll", "polis"),
    "meetings": Meeting("ny-m", date(2026, 10, 1), "13:00", None, "", ("del2",)),
    "indicators": Indicator("ny-ind", "Ny indikator"),
    "indicator_assessments": None,  # built in the test: needs an unassessed indicator
    "problems": Problem("ny-p", "Nytt problem", indicator_ids=("egen:1", "ind.a")),
    "causes": Cause("ny-c", "p1", "Ny orsak", "c2", Branch.VICTIM, certainty=Certainty.LOW),
    "measures": Measure(
        "ny-mt",
        "p1",
        "Ny åtgärd",
        ("c2",),
        lead_organisation_id="skola",
        partner_organisation_ids=("bostad",),
    ),
    "preconditions": PreconditionAssessment("kunskap", "Kunskap", "skola", Rating.IN_PLACE),
    "next_steps": NextStep(
        "ny-n",
        "Nytt steg",
        owner_organisation_id="polis",
        measure_ids=("mt2",),
        status=NextStepStatus.DONE,
    ),
    "notes": Note("ny-note", Step.MEASURES, "Ny anteckning"),
    "consequences": Consequence("ny-k", "p2", Affected.BUSINESSES, Severity.LOW, "Tappade kunder"),
    "follow_up_meetings": FollowUpMeeting("ny-f", date(2027, 9, 1), "Tredje mötet"),
    "earlier_assessments": EarlierAssessment("ind.b", "f2", IndicatorStatus.OBSERVED),
    "next_step_updates": NextStepUpdate("n2", "f2", NextStepStatus.DONE, "Klart"),
    "goal_attainments": GoalAttainment("p1", "f2", Attainment.REACHED, effect="Inga hot"),
    "attachments": Attachment("ny-b", "Ny bilaga"),
    "distribution": Recipient("ny-s", "Socialtjänsten, enhetschef"),
}


@pytest.mark.parametrize("collection", list(COLLECTIONS))
@pytest.mark.parametrize("index", [None, 0, 1])
def test_add_item_at_index(
    repo: WorkshopRepository,
    stored: Workshop,
    database: Database,
    fake_clock: FakeClock,
    collection: str,
    index: int | None,
) -> None:
    if collection == "indicator_assessments":
        repo.add_item(W, "indicators", Indicator("ny-ind", "Ny"))
        item = IndicatorAssessment(
            "ny-ind",
            IndicatorStatus.OBSERVED,
            Extent.EXTENSIVE,
            sources=(IndicatorSource("skola", SourceType.SURVEY, "x"),),
        )
    else:
        item = NEW_ITEMS[collection]
    changed_at = repo.add_item(W, collection, item, index)
    assert changed_at == fake_clock.current
    loaded = repo.load(W)
    items = list(getattr(stored, collection))
    items.insert(len(items) if index is None else index, item)
    assert getattr(loaded, collection) == tuple(items)
    assert loaded.updated_at == changed_at
    key = COLLECTIONS[collection].key_of(item)
    assert repo.get_item(W, collection, key) == item
    assert_dense(database)


def test_add_item_normalises_raw_enum_values(repo: WorkshopRepository, stored: Workshop) -> None:
    repo.add_item(W, "notes", Note("n-raw", "causes", "Text"))  # type: ignore[arg-type]
    assert repo.get_item(W, "notes", ("n-raw",)).step is Step.CAUSES


@pytest.mark.parametrize(
    ("collection", "item", "message"),
    [
        (
            "organisations",
            Organisation("polis", "Dubblett"),
            'organisations\\["polis"\\]: already exists',
        ),
        ("indicator_assessments", IndicatorAssessment("ind.a"), "already exists"),
        (
            "preconditions",
            PreconditionAssessment("samverkan", organisation_id=None),
            "already exists",
        ),
        (
            "preconditions",
            PreconditionAssessment("samverkan", organisation_id="polis"),
            "already exists",
        ),
        ("step_plan", StepPlan(Step.INDICATORS), "already exists"),
        (
            "participants",
            Participant("x", "X", organisation_id="okand"),
            'no organisation with id "okand"',
        ),
        (
            "meetings",
            Meeting("x", date(2026, 1, 1), attendee_ids=("d9",)),
            "no participant",
        ),
        ("indicator_assessments", IndicatorAssessment("i9"), 'no indicator with id "i9"'),
        ("indicator_assessments", None, 'sources: no organisation with id "o9"'),
        ("problems", Problem("x", "X", indicator_ids=("i9",)), "no indicator"),
        ("causes", Cause("x", "p9", "X"), 'causes\\["x"\\].problem_id: no problem with id "p9"'),
        ("causes", Cause("x", "p1", "X", "c9"), 'no cause with id "c9"'),
        ("causes", Cause("x", "p2", "X", "c1"), 'cause "c1" belongs to problem "p1", not "p2"'),
        ("causes", Cause("x", "p1", "X", "x"), "own ancestor"),
        ("measures", Measure("x", "p9", "X"), "no problem"),
        (
            "measures",
            Measure("x", "p2", "X", ("c1",)),
            'cause "c1" belongs to problem "p1", not "p2"',
        ),
        ("measures", Measure("x", "p1", "X", ("c9",)), 'no cause with id "c9"'),
        ("measures", Measure("x", "p1", "X", lead_organisation_id="o9"), "lead_organisation_id"),
        (
            "measures",
            Measure("x", "p1", "X", partner_organisation_ids=("o9",)),
            "partner_organisation_ids",
        ),
        ("measures", Measure("x", "p1", "X", cause_ids=("c1", "c1")), "listed twice"),
        ("preconditions", PreconditionAssessment("d", organisation_id="o9"), "no organisation"),
        ("next_steps", NextStep("x", "X", owner_organisation_id="o9"), "no organisation"),
        ("next_steps", NextStep("x", "X", measure_ids=("m9",)), 'no measure with id "m9"'),
        ("notes", Note("x", Step.CAUSES, ""), "Note.text: must not be empty"),
        ("meetings", Meeting("x", date(2026, 1, 1), "9:00"), "HH:MM"),
        ("problems", Problem("x", "X", votes=-1), "out of range"),
        ("problems", Problem("x", "X", rank=0), "out of range"),
        ("step_plan", StepPlan(Step.CAUSES, planned_minutes=1441), "out of range"),
    ],
)
def test_add_item_refuses(
    repo: WorkshopRepository, stored: Workshop, collection: str, item: Any, message: str
) -> None:
    if item is None:  # a source naming an unknown organisation, on a fresh indicator
        repo.add_item(W, "indicators", Indicator("i-new", "Ny"))
        stored = repo.load(W)
        item = IndicatorAssessment("i-new", sources=(IndicatorSource("o9", SourceType.TIP),))
    with pytest.raises(IntegrityError, match=message):
        repo.add_item(W, collection, item)
    assert repo.load(W) == stored  # nothing changed, not even updated_at


@pytest.mark.parametrize(
    ("args", "error"),
    [
        (("causes", Problem("x", "X")), TypeError),
        (("causes", Cause("x", "p1", 5)), TypeError),  # type: ignore[arg-type]
        (("causes", Cause("x", "p1", "X", branch="trunk")), ValueError),  # type: ignore[arg-type]
        (("orsaker", Cause("x", "p1", "X")), ValueError),
        (("causes", Cause("x", "p1", "X"), 9), ValueError),
        (("causes", Cause("x", "p1", "X"), -1), ValueError),
    ],
)
def test_add_item_programming_errors(
    repo: WorkshopRepository, stored: Workshop, args: tuple, error: type[Exception]
) -> None:
    with pytest.raises(error):
        repo.add_item(W, *args)
    assert repo.load(W) == stored


def test_add_item_to_unknown_workshop(repo: WorkshopRepository) -> None:
    with pytest.raises(WorkshopNotFoundError):
        repo.add_item("nope", "notes", Note("n", Step.CAUSES, "x"))
