"""The follow-up rules: change since the previous meeting, review order, current attainment."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from workshop_app.domain.enums import Attainment, Extent, IndicatorStatus, NextStepStatus
from workshop_app.domain.follow_up import (
    Direction,
    assessment_change,
    current_attainment,
    days_until_follow_up,
    latest_meeting,
    level,
    review_order,
)
from workshop_app.domain.follow_up_edits import reassess, record_attainment, start_meeting
from workshop_app.domain.model import (
    GoalAttainment,
    Indicator,
    IndicatorAssessment,
    NextStep,
    Problem,
    Workshop,
)

OBSERVED, NOT_OBSERVED, UNKNOWN = (
    IndicatorStatus.OBSERVED,
    IndicatorStatus.NOT_OBSERVED,
    IndicatorStatus.UNKNOWN,
)


def workshop() -> Workshop:
    return Workshop(
        "w",
        "T",
        indicators=(Indicator("i1", "Ett"), Indicator("i2", "Två")),
        indicator_assessments=(IndicatorAssessment("i1", OBSERVED, Extent.SOME),),
        problems=(Problem("p1", "Problem"),),
    )


@pytest.mark.parametrize(
    ("before", "after", "direction"),
    [
        ((OBSERVED, Extent.SOME), (OBSERVED, Extent.EXTENSIVE), Direction.UP),
        ((OBSERVED, Extent.CONSIDERABLE), (OBSERVED, None), Direction.DOWN),
        ((OBSERVED, None), (OBSERVED, Extent.SOME), Direction.SAME),
        ((OBSERVED, Extent.SOME), (NOT_OBSERVED, None), Direction.DOWN),
        ((NOT_OBSERVED, None), (OBSERVED, Extent.NONE), Direction.SAME),
        ((OBSERVED, Extent.SOME), (UNKNOWN, None), Direction.UNKNOWN),
    ],
)
def test_change_since_the_previous_meeting(
    before: tuple[IndicatorStatus, Extent | None],
    after: tuple[IndicatorStatus, Extent | None],
    direction: Direction,
) -> None:
    base = dataclasses.replace(
        workshop(), indicator_assessments=(IndicatorAssessment("i1", before[0], before[1]),)
    )
    assert assessment_change(base, "i1") is None  # never reassessed: no change to show
    later = start_meeting(base, "f1", date(2027, 1, 10))
    later = reassess(later, "f1", "i1", status=after[0], extent=after[1])
    change = assessment_change(later, "i1")
    assert change is not None and change.direction is direction
    assert (change.previous.status, change.previous.extent) == before
    assert change.previous.meeting_id is None  # the workshop's assessment is the baseline


def test_level_is_the_one_scale_for_status_and_extent() -> None:
    assert level(NOT_OBSERVED, Extent.EXTENSIVE) == 0
    assert level(OBSERVED, None) == 1 and level(OBSERVED, Extent.EXTENSIVE) == 3
    assert level(UNKNOWN, Extent.SOME) is None


def test_meetings_are_ordered_by_date_not_by_entry() -> None:
    w = start_meeting(workshop(), "late", date(2027, 6, 1))
    w = start_meeting(w, "early", date(2027, 2, 1))  # entered afterwards, held before
    assert latest_meeting(w).id == "late"  # type: ignore[union-attr]
    w = record_attainment(w, GoalAttainment("p1", "late", Attainment.REACHED))
    w = record_attainment(w, GoalAttainment("p1", "early", Attainment.ON_THE_WAY))
    assert current_attainment(w, "p1").attainment is Attainment.REACHED  # type: ignore[union-attr]
    w = reassess(w, "late", "i1", status=OBSERVED, extent=Extent.EXTENSIVE)
    w = reassess(w, "early", "i1", status=OBSERVED, extent=Extent.CONSIDERABLE)
    # The newest superseded one is the early meeting's, whatever the order of entry.
    change = assessment_change(w, "i1")
    assert change is not None and change.previous.meeting_id == "late"


def test_review_order_puts_what_needs_attention_first() -> None:
    meeting = date(2027, 3, 1)
    steps = [
        NextStep("done", "Klar", due_date=date(2027, 1, 1), status=NextStepStatus.DONE),
        NextStep("later", "Senare", due_date=date(2027, 5, 1)),
        NextStep("undated", "Utan datum"),
        NextStep("due", "Förfaller", due_date=date(2027, 3, 1)),
        NextStep("overdue", "Försenad", due_date=date(2027, 1, 15)),
    ]
    assert [s.id for s in review_order(steps, meeting)] == [
        "overdue",
        "due",
        "later",
        "undated",
        "done",
    ]


def test_days_until_the_next_follow_up() -> None:
    w = dataclasses.replace(workshop(), follow_up_date=date(2027, 3, 1))
    assert days_until_follow_up(w.follow_up_date, date(2027, 2, 20)) == 9
    assert days_until_follow_up(w.follow_up_date, date(2027, 3, 4)) == -3
    assert days_until_follow_up(workshop().follow_up_date, date(2027, 3, 4)) is None
