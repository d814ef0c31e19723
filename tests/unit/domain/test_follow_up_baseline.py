"""The baseline (the workshop's own assessment) and the change since it."""

from __future__ import annotations

from datetime import date

from workshop_app.domain.enums import Extent, IndicatorStatus
from workshop_app.domain.follow_up import (
    Direction,
    assessment_change,
    baseline_assessment,
    changes_since_baseline,
)
from workshop_app.domain.follow_up_edits import reassess, start_meeting
from workshop_app.domain.model import Indicator, IndicatorAssessment, Workshop

OBSERVED, NOT_OBSERVED, UNKNOWN = (
    IndicatorStatus.OBSERVED,
    IndicatorStatus.NOT_OBSERVED,
    IndicatorStatus.UNKNOWN,
)


def followed_up() -> Workshop:
    w = Workshop(
        "w",
        "T",
        indicators=tuple(Indicator(i, i.upper()) for i in "abcd"),
        indicator_assessments=(
            IndicatorAssessment("a", OBSERVED, Extent.CONSIDERABLE),
            IndicatorAssessment("b", OBSERVED, Extent.SOME),
            IndicatorAssessment("c", UNKNOWN),
        ),
    )
    w = start_meeting(w, "f1", date(2027, 1, 10))
    w = start_meeting(w, "f2", date(2027, 3, 10))
    w = reassess(w, "f1", "a", status=OBSERVED, extent=Extent.SOME)
    w = reassess(w, "f2", "a", status=OBSERVED, extent=Extent.EXTENSIVE)
    w = reassess(w, "f2", "c", status=OBSERVED, extent=Extent.SOME)
    return reassess(w, "f1", "d", status=NOT_OBSERVED, extent=Extent.NONE)


def test_the_baseline_is_the_workshops_assessment_after_any_number_of_meetings() -> None:
    w = followed_up()
    assert baseline_assessment(w, "a").extent is Extent.CONSIDERABLE
    assert baseline_assessment(w, "b").extent is Extent.SOME  # never reassessed: current
    assert baseline_assessment(w, "d") is None  # first assessed at a follow-up


def test_change_since_the_baseline_in_the_order_asked() -> None:
    w = followed_up()
    changes = changes_since_baseline(w, ["d", "a", "b", "c"])
    assert [c.indicator_id for c in changes] == ["d", "a", "b", "c"]
    assert [c.direction for c in changes] == [
        Direction.UNKNOWN,  # no baseline
        Direction.UP,  # 2 at the workshop, 3 now (1 in between does not matter)
        Direction.SAME,
        Direction.UNKNOWN,  # unknown at the workshop
    ]
    assert changes[1].current.meeting_id == "f2"
    assert changes[2].current.meeting_id is None


def test_the_change_since_the_previous_meeting_still_compares_with_the_one_before() -> None:
    change = assessment_change(followed_up(), "a")
    assert change is not None
    assert (change.previous.meeting_id, change.direction) == ("f1", Direction.UP)
