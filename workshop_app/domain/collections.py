"""The item collections of a workshop: their names, item types and keys.

Services, storage and the GUI address an item as (collection name, key). The key is a tuple
of the item's key fields: ``("c1",)`` for a cause, ``("indicators",)`` for a step plan,
``("resources", None)`` for a precondition assessment of no particular organisation.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from workshop_app.domain.model import (
    Attachment,
    Cause,
    Consequence,
    EarlierAssessment,
    FollowUpMeeting,
    GoalAttainment,
    Indicator,
    IndicatorAssessment,
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
)

ItemKey = tuple[Any, ...]


@dataclass(frozen=True, slots=True)
class CollectionSpec:
    """One collection of ``Workshop``: attribute name, item class and the fields of its key."""

    name: str
    item_type: type
    key_fields: tuple[str, ...]

    def key_of(self, item: object) -> ItemKey:
        return tuple(getattr(item, f) for f in self.key_fields)


COLLECTIONS: dict[str, CollectionSpec] = {
    spec.name: spec
    for spec in (
        CollectionSpec("step_plan", StepPlan, ("step",)),
        CollectionSpec("organisations", Organisation, ("id",)),
        CollectionSpec("participants", Participant, ("id",)),
        CollectionSpec("meetings", Meeting, ("id",)),
        CollectionSpec("indicators", Indicator, ("id",)),
        CollectionSpec("indicator_assessments", IndicatorAssessment, ("indicator_id",)),
        CollectionSpec("problems", Problem, ("id",)),
        CollectionSpec("causes", Cause, ("id",)),
        CollectionSpec("measures", Measure, ("id",)),
        CollectionSpec(
            "preconditions", PreconditionAssessment, ("dimension_id", "organisation_id")
        ),
        CollectionSpec("next_steps", NextStep, ("id",)),
        CollectionSpec("notes", Note, ("id",)),
        CollectionSpec("consequences", Consequence, ("id",)),
        CollectionSpec("follow_up_meetings", FollowUpMeeting, ("id",)),
        CollectionSpec("earlier_assessments", EarlierAssessment, ("indicator_id", "meeting_id")),
        CollectionSpec("next_step_updates", NextStepUpdate, ("next_step_id", "meeting_id")),
        CollectionSpec("goal_attainments", GoalAttainment, ("problem_id", "meeting_id")),
        CollectionSpec("attachments", Attachment, ("id",)),
        CollectionSpec("distribution", Recipient, ("id",)),
    )
}


def collection(name: str) -> CollectionSpec:
    """The spec of collection ``name``; ``KeyError`` with the valid names if unknown."""
    try:
        return COLLECTIONS[name]
    except KeyError:
        raise KeyError(f"unknown collection {name!r}; known: {', '.join(COLLECTIONS)}") from None
