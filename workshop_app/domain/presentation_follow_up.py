"""What the projector shows of a follow-up meeting: three slides built from a snapshot (pure).

The action plan review (in ``follow_up.review_order``), the indicators' reassessment (earlier
beside new, with the change) and goal attainment per prioritised problem — the Follow-up
page's three parts in its order. As on the steps' slides, cards carry data (enum values,
dates, the group's own words); the GUI words the captions.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from workshop_app.domain.action_plan import is_overdue
from workshop_app.domain.follow_up import (
    indicators_to_reassess,
    meetings_in_order,
    needs_attention,
    problems_to_follow_up,
    reassessment_at,
    review_order,
    step_update,
)
from workshop_app.domain.model import (
    EarlierAssessment,
    FollowUpMeeting,
    GoalAttainment,
    IndicatorAssessment,
    Workshop,
)
from workshop_app.domain.presentation_content import mark_new
from workshop_app.domain.slide_model import Card, CardLine, Fact, FactKind, Slide
from workshop_app.domain.steps import STEP_ORDER


class FollowUpPart(StrEnum):
    """A slide of the follow-up meeting, in the page's order."""

    REVIEW = "review"  # the action plan review
    REASSESSMENT = "reassessment"  # the indicators, earlier and new
    GOALS = "goals"  # goal attainment per prioritised problem


FOLLOW_UP_PARTS: tuple[FollowUpPart, ...] = tuple(FollowUpPart)


class LineKind(StrEnum):
    """A labelled line on a follow-up card ("Kommentar: …"); the GUI words the label."""

    OWNER = "owner"  # text: "organisation – role"
    COMMENT = "comment"  # text: the comment made at this meeting
    EARLIER = "earlier"  # values: the last assessment before this meeting
    NEW = "new"  # values: the assessment made at this meeting
    NOT_REASSESSED = "not_reassessed"  # not yet reassessed at this meeting
    GOAL = "goal"  # text: the goal as written
    GOAL_MEASURE = "goal_measure"  # text: how the group will know
    PRODUCTION = "production"  # text: what was done
    PROCESS = "process"  # text: how the cooperation worked
    EFFECT = "effect"  # text: what changed


@dataclass(frozen=True, slots=True)
class FollowUpView:
    """Which meeting and which of its slides; ``meeting_number`` 0: no meeting held yet."""

    part: FollowUpPart
    meeting_number: int
    meeting_date: str  # ISO date, "" without a meeting


def build_follow_up_slide(
    workshop: Workshop,
    meeting_id: str | None,
    part_index: int,
    today: date,
    newest_id: str | None = None,
) -> Slide:
    """The follow-up meeting's slide ``part_index`` (0 … 2, clamped): its parts are turned
    like a step's guiding questions."""
    index = min(max(part_index, 0), len(FOLLOW_UP_PARTS) - 1)
    part = FOLLOW_UP_PARTS[index]
    return Slide(
        workshop_title=workshop.title,
        area=workshop.area,
        step=workshop.current_step,  # the step behind the Follow-up page on the laptop
        step_title="",
        step_number=0,
        step_count=len(STEP_ORDER) - 1,
        question="",
        question_number=index + 1,
        question_count=len(FOLLOW_UP_PARTS),
        cards=follow_up_cards(workshop, meeting_id, part, today, newest_id),
        follow_up=follow_up_view(workshop, meeting_id, part),
    )


def follow_up_meeting(workshop: Workshop, meeting_id: str | None) -> FollowUpMeeting | None:
    return next((m for m in workshop.follow_up_meetings if m.id == meeting_id), None)


def follow_up_view(workshop: Workshop, meeting_id: str | None, part: FollowUpPart) -> FollowUpView:
    meetings = meetings_in_order(workshop)
    meeting = follow_up_meeting(workshop, meeting_id)
    if meeting is None:
        return FollowUpView(part, 0, "")
    return FollowUpView(part, meetings.index(meeting) + 1, meeting.date.isoformat())


def follow_up_cards(
    workshop: Workshop,
    meeting_id: str | None,
    part: FollowUpPart,
    today: date,
    newest_id: str | None = None,
) -> tuple[Card, ...]:
    """The cards of one follow-up slide (none before a meeting is started)."""
    meeting = follow_up_meeting(workshop, meeting_id)
    if meeting is None:
        return ()
    if part == FollowUpPart.REVIEW:
        cards = review_cards(workshop, meeting, today)
    elif part == FollowUpPart.REASSESSMENT:
        cards = reassessment_cards(workshop, meeting)
    else:
        cards = goal_cards(workshop, meeting)
    return mark_new(cards, newest_id) if newest_id is not None else cards


def review_cards(workshop: Workshop, meeting: FollowUpMeeting, today: date) -> tuple[Card, ...]:
    """Every next step as the meeting reviews it: overdue and due before it first."""
    names = {o.id: o.name for o in workshop.organisations}
    cards = []
    for step in review_order(workshop.next_steps, meeting.date):
        facts = []  # what needs attention first: it starts the line, read before the rest
        if is_overdue(step, today):
            facts.append(Fact(FactKind.ATTENTION, "overdue"))
        elif needs_attention(step, meeting.date):
            facts.append(Fact(FactKind.ATTENTION, "due_by_meeting"))
        if step.due_date is not None:
            facts.append(Fact(FactKind.DUE, step.due_date.isoformat()))
        facts.append(Fact(FactKind.STATUS, step.status.value))
        owner = " – ".join(
            part
            for part in (names.get(step.owner_organisation_id or "", ""), step.owner_role)
            if part
        )
        lines = []
        if owner:
            lines.append(CardLine(f"{step.id}:owner", owner, label=LineKind.OWNER.value))
        update = step_update(workshop, step.id, meeting.id)
        if update is not None and update.comment:
            lines.append(
                CardLine(f"{step.id}:comment", update.comment, label=LineKind.COMMENT.value)
            )
        cards.append(Card(id=step.id, title=step.title, facts=tuple(facts), lines=tuple(lines)))
    return tuple(cards)


def _values(assessment: IndicatorAssessment | EarlierAssessment) -> tuple[str, ...]:
    """(status, extent, trend, certainty) as enum values; "" for what was not given."""
    return (
        assessment.status.value,
        "" if assessment.extent is None else str(int(assessment.extent)),
        assessment.trend.value if assessment.trend is not None else "",
        assessment.certainty.value if assessment.certainty is not None else "",
    )


def reassessment_cards(workshop: Workshop, meeting: FollowUpMeeting) -> tuple[Card, ...]:
    """The observed and goal-linked indicators: the last assessment beside the new one."""
    cards = []
    for indicator_id, title in indicators_to_reassess(workshop):
        found = reassessment_at(workshop, indicator_id, meeting.id)
        facts = (Fact(FactKind.CHANGE, found.direction.value),) if found.direction else ()
        earlier = CardLine(
            f"{indicator_id}:earlier",
            "",
            label=LineKind.EARLIER.value,
            values=_values(found.earlier) if found.earlier is not None else (),
        )
        if found.new is not None:
            new = CardLine(
                f"{indicator_id}:new", "", label=LineKind.NEW.value, values=_values(found.new)
            )
        else:
            new = CardLine(f"{indicator_id}:new", "", label=LineKind.NOT_REASSESSED.value)
        cards.append(Card(id=indicator_id, title=title, facts=facts, lines=(earlier, new)))
    return tuple(cards)


def goal_cards(workshop: Workshop, meeting: FollowUpMeeting) -> tuple[Card, ...]:
    """Each prioritised problem's goal and how far it is reached, judged at this meeting."""
    judged = {g.problem_id: g for g in workshop.goal_attainments if g.meeting_id == meeting.id}
    cards = []
    for problem in problems_to_follow_up(workshop):
        entry: GoalAttainment | None = judged.get(problem.id)
        facts = [Fact(FactKind.ATTAINMENT, entry.attainment.value if entry else "")]
        if problem.goal_date is not None:
            facts.append(Fact(FactKind.GOAL_DATE, problem.goal_date.isoformat()))
        texts = [(LineKind.GOAL, problem.goal), (LineKind.GOAL_MEASURE, problem.goal_measure)]
        if entry is not None:
            texts += [
                (LineKind.COMMENT, entry.comment),
                (LineKind.PRODUCTION, entry.production),
                (LineKind.PROCESS, entry.process),
                (LineKind.EFFECT, entry.effect),
            ]
        lines = tuple(
            CardLine(f"{problem.id}:{kind.value}", text, label=kind.value)
            for kind, text in texts
            if text
        )
        cards.append(Card(id=problem.id, title=problem.title, facts=tuple(facts), lines=lines))
    return tuple(cards)
