"""Format versions of the workshop file: what version 2 adds, and what version 1 would lose."""

from __future__ import annotations

from dataclasses import fields

from workshop_app.domain.enums import Rating
from workshop_app.domain.errors import WorkshopFileError
from workshop_app.domain.model import (
    IndicatorAssessment,
    Measure,
    NextStep,
    Note,
    Problem,
    Workshop,
)

VERSION_1 = 1
VERSION_2 = 2
CURRENT_VERSION = VERSION_2
READABLE_VERSIONS: tuple[int, ...] = (VERSION_1, VERSION_2)

# Fields version 2 added to items of version 1, in the order they are written (after the
# version-1 fields, which keep their name, place and meaning).
ADDED_FIELDS: dict[type, tuple[str, ...]] = {
    IndicatorAssessment: ("meeting_id",),
    Problem: ("goal", "goal_date", "goal_measure", "goal_indicator_ids"),
    Measure: ("expected_effect", "evidence", "implementation"),
    NextStep: ("meeting_id",),
    Note: ("resolved_at",),
}

# Header fields version 2 added to the workshop (the record fields, migration 0005), written
# after "follow_up_date".
ADDED_HEADER_FIELDS: tuple[str, ...] = ("note_taker", "logo")

# Collections version 2 added to the workshop, in the order they are written (after "notes").
ADDED_COLLECTIONS: tuple[str, ...] = (
    "consequences",
    "follow_up_meetings",
    "earlier_assessments",
    "next_step_updates",
    "goal_attainments",
    "attachments",
    "distribution",
)

_DEFAULTS = {
    (cls, f.name): f.default
    for cls, added in ADDED_FIELDS.items()
    for f in fields(cls)
    if f.name in added
}


def version_1_losses(workshop: Workshop) -> tuple[str, ...]:
    """What writing ``workshop`` as version 1 would lose, one phrase per kind, in file order.

    Empty when version 1 can express the whole workshop.
    """
    lost: list[str] = []
    if workshop.note_taker:
        lost.append("note_taker")
    if workshop.logo is not None:
        lost.append("logo")
    for name in ADDED_COLLECTIONS:
        count = len(getattr(workshop, name))
        if count:
            lost.append(f"{name} ({count})")
    collections = (
        ("indicator_assessments", IndicatorAssessment, workshop.indicator_assessments),
        ("problems", Problem, workshop.problems),
        ("measures", Measure, workshop.measures),
        ("next_steps", NextStep, workshop.next_steps),
        ("notes", Note, workshop.notes),
    )
    for collection, cls, items in collections:
        for name in ADDED_FIELDS[cls]:
            default = _DEFAULTS[(cls, name)]
            count = sum(getattr(item, name) != default for item in items)
            if count:
                lost.append(f"{collection}[].{name} ({count})")
    unknown = sum(p.rating is Rating.DONT_KNOW for p in workshop.preconditions)
    if unknown:
        lost.append(f'preconditions[].rating "dont_know" ({unknown})')
    return tuple(lost)


def check_version_1_expresses(workshop: Workshop) -> None:
    """Raise ``WorkshopFileError`` naming what version 1 cannot hold, if anything."""
    lost = version_1_losses(workshop)
    if lost:
        raise WorkshopFileError(
            "format version 1 cannot hold what this workshop contains; it would lose: "
            + ", ".join(lost)
            + " (export version 2 instead)",
            "format_version",
        )
