"""The follow-up meeting's slides as data: the page's order, earlier beside new, goals by rank."""

from __future__ import annotations

import dataclasses
from datetime import date

from workshop_app.domain.enums import (
    Attainment,
    Extent,
    IndicatorStatus,
    NextStepStatus,
)
from workshop_app.domain.follow_up import Direction
from workshop_app.domain.model import (
    EarlierAssessment,
    FollowUpMeeting,
    GoalAttainment,
    Indicator,
    IndicatorAssessment,
    NextStep,
    NextStepUpdate,
    Organisation,
    Problem,
    Workshop,
)
from workshop_app.domain.presentation_follow_up import (
    FOLLOW_UP_PARTS,
    FollowUpPart,
    LineKind,
    build_follow_up_slide,
)
from workshop_app.domain.slide_model import Fact, FactKind

MEETING = FollowUpMeeting("m1", date(2026, 5, 4))
TODAY = date(2026, 5, 2)


def workshop() -> Workshop:
    return Workshop(
        id="w",
        title="Uppföljning",
        organisations=(Organisation("o1", "Polisen"),),
        indicators=(
            Indicator("i1", "Klotter", custom=True),
            Indicator("i2", "Bränder", custom=True),
        ),
        indicator_assessments=(
            IndicatorAssessment("i1", IndicatorStatus.OBSERVED, Extent.EXTENSIVE, meeting_id="m1"),
            IndicatorAssessment("i2", IndicatorStatus.OBSERVED, Extent.SOME),
        ),
        earlier_assessments=(EarlierAssessment("i1", None, IndicatorStatus.OBSERVED, Extent.SOME),),
        problems=(
            Problem("p1", "Otrygghet", prioritised=True, rank=2, goal="Tryggare torg"),
            Problem("p2", "Klotter", prioritised=True, rank=1, goal_date=date(2027, 1, 1)),
            Problem("p3", "Inte prioriterat"),
        ),
        next_steps=(
            NextStep("later", "Senare", due_date=date(2026, 9, 1)),
            NextStep("done", "Klar", due_date=date(2026, 1, 1), status=NextStepStatus.DONE),
            NextStep("late", "Försenad", "", "o1", "samordnare", due_date=date(2026, 4, 1)),
            NextStep("by", "Till mötet", due_date=date(2026, 5, 3)),
        ),
        next_step_updates=(NextStepUpdate("late", "m1", NextStepStatus.PLANNED, "Påmint"),),
        goal_attainments=(GoalAttainment("p2", "m1", Attainment.ON_THE_WAY, effect="Mindre"),),
        follow_up_meetings=(MEETING,),
    )


def test_three_slides_in_the_pages_order() -> None:
    parts = [build_follow_up_slide(workshop(), "m1", i, TODAY).follow_up for i in range(3)]
    assert [view.part for view in parts if view] == list(FOLLOW_UP_PARTS)
    slide = build_follow_up_slide(workshop(), "m1", 7, TODAY)  # clamped to the last
    assert slide.follow_up is not None and slide.follow_up.part == FollowUpPart.GOALS
    assert (slide.question_number, slide.question_count) == (3, 3)
    assert slide.follow_up.meeting_number == 1 and slide.follow_up.meeting_date == "2026-05-04"


def test_the_review_puts_overdue_and_due_by_the_meeting_first() -> None:
    cards = build_follow_up_slide(workshop(), "m1", 0, TODAY).cards
    assert [c.id for c in cards] == ["late", "by", "later", "done"]
    late, by = cards[0], cards[1]
    assert Fact(FactKind.ATTENTION, "overdue") in late.facts
    assert Fact(FactKind.ATTENTION, "due_by_meeting") in by.facts
    assert [(line.label, line.text) for line in late.lines] == [
        (LineKind.OWNER.value, "Polisen – samordnare"),
        (LineKind.COMMENT.value, "Påmint"),
    ]


def test_the_reassessment_shows_earlier_new_and_the_change() -> None:
    cards = {c.id: c for c in build_follow_up_slide(workshop(), "m1", 1, TODAY).cards}
    assert cards["i1"].facts == (Fact(FactKind.CHANGE, Direction.UP.value),)
    earlier, new = cards["i1"].lines
    assert (earlier.label, earlier.values) == ("earlier", ("observed", "1", "", ""))
    assert (new.label, new.values) == ("new", ("observed", "3", "", ""))
    # Not reassessed at this meeting yet: its current assessment is the earlier one.
    earlier, new = cards["i2"].lines
    assert earlier.values == ("observed", "1", "", "") and new.label == "not_reassessed"


def test_goal_attainment_by_rank_and_only_what_this_meeting_judged() -> None:
    cards = build_follow_up_slide(workshop(), "m1", 2, TODAY).cards
    assert [c.id for c in cards] == ["p2", "p1"]
    assert cards[0].facts == (
        Fact(FactKind.ATTAINMENT, "on_the_way"),
        Fact(FactKind.GOAL_DATE, "2027-01-01"),
    )
    assert [(line.label, line.text) for line in cards[0].lines] == [("effect", "Mindre")]
    assert cards[1].facts == (Fact(FactKind.ATTAINMENT, ""),)
    assert [(line.label, line.text) for line in cards[1].lines] == [("goal", "Tryggare torg")]


def test_before_a_meeting_there_is_nothing_to_show() -> None:
    empty = dataclasses.replace(workshop(), follow_up_meetings=())
    slide = build_follow_up_slide(empty, "", 0, TODAY)
    assert slide.cards == () and slide.follow_up is not None
    assert slide.follow_up.meeting_number == 0
