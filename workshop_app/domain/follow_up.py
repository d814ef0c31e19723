"""The follow-up cycle's rules: meeting order, "current" and "previous", change, review order.

One definition for the Indicators page, the Follow-up page, the start view and the minutes.
The first workshop's assessments are the baseline; each follow-up meeting may supersede them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from workshop_app.domain.action_plan import CLOSED_STATUSES
from workshop_app.domain.enums import Extent, IndicatorStatus
from workshop_app.domain.model import (
    EarlierAssessment,
    FollowUpMeeting,
    GoalAttainment,
    IndicatorAssessment,
    NextStep,
    NextStepUpdate,
    Problem,
    Workshop,
)
from workshop_app.domain.priorities import prioritised_by_rank
from workshop_app.domain.summary import days_until_follow_up as days_until_follow_up


class Direction(StrEnum):
    """How an indicator moved since the previous meeting: more, less, the same, or unknown."""

    UP = "up"
    DOWN = "down"
    SAME = "same"
    UNKNOWN = "unknown"


ARROWS: dict[Direction, str] = {
    Direction.UP: "↑",
    Direction.DOWN: "↓",
    Direction.SAME: "=",
    Direction.UNKNOWN: "?",
}


# An assessment as made at one meeting: the current one, or one a later meeting superseded.
Entry = IndicatorAssessment | EarlierAssessment


@dataclass(frozen=True, slots=True)
class AssessmentChange:
    """An indicator's current assessment against the one it superseded."""

    indicator_id: str
    direction: Direction
    previous: EarlierAssessment
    current: IndicatorAssessment


def meetings_in_order(workshop: Workshop) -> list[FollowUpMeeting]:
    """Follow-up meetings oldest first (by date; the user's order among one day's meetings)."""
    return sorted(workshop.follow_up_meetings, key=lambda meeting: meeting.date)


def latest_meeting(workshop: Workshop) -> FollowUpMeeting | None:
    """The newest follow-up meeting, whose entries are "current"; None before the first."""
    ordered = meetings_in_order(workshop)
    return ordered[-1] if ordered else None


def _meeting_rank(workshop: Workshop) -> dict[str | None, int]:
    # The workshop itself (None) comes before every follow-up meeting.
    rank: dict[str | None, int] = {None: -1}
    rank.update({meeting.id: i for i, meeting in enumerate(meetings_in_order(workshop))})
    return rank


def previous_assessment(workshop: Workshop, indicator_id: str) -> EarlierAssessment | None:
    """The newest superseded assessment of the indicator (None: never reassessed)."""
    rank = _meeting_rank(workshop)
    earlier = [e for e in workshop.earlier_assessments if e.indicator_id == indicator_id]
    return max(earlier, key=lambda e: rank.get(e.meeting_id, -1), default=None)


def level(status: IndicatorStatus, extent: Extent | None) -> int | None:
    """How much of an indicator was seen, comparable across meetings; None when unknown.

    Not observed is 0; observed is its extent, or 1 ("some") when the extent was not given.
    """
    if status is IndicatorStatus.NOT_OBSERVED:
        return 0
    if status is IndicatorStatus.OBSERVED:
        return int(extent) if extent is not None else int(Extent.SOME)
    return None


def change_between(before: Entry | None, after: Entry | None) -> Direction:
    """How an indicator moved from one assessment to a later one (the one rule of change)."""
    was = level(before.status, before.extent) if before is not None else None
    now = level(after.status, after.extent) if after is not None else None
    if was is None or now is None:
        return Direction.UNKNOWN
    if now > was:
        return Direction.UP
    if now < was:
        return Direction.DOWN
    return Direction.SAME


def assessment_change(workshop: Workshop, indicator_id: str) -> AssessmentChange | None:
    """The change since the previous meeting; None when the indicator was never reassessed."""
    previous = previous_assessment(workshop, indicator_id)
    current = next(
        (a for a in workshop.indicator_assessments if a.indicator_id == indicator_id), None
    )
    if previous is None or current is None:
        return None
    return AssessmentChange(indicator_id, change_between(previous, current), previous, current)


def assessment_changes(workshop: Workshop) -> list[AssessmentChange]:
    """Every reassessed indicator's change, in the order of the indicators."""
    found = (assessment_change(workshop, i.id) for i in workshop.indicators)
    return [change for change in found if change is not None]


def current_attainment(workshop: Workshop, problem_id: str) -> GoalAttainment | None:
    """The goal attainment judged at the newest meeting that judged this problem."""
    rank = _meeting_rank(workshop)
    judged = [g for g in workshop.goal_attainments if g.problem_id == problem_id]
    return max(judged, key=lambda g: rank.get(g.meeting_id, -1), default=None)


def step_update(workshop: Workshop, step_id: str, meeting_id: str) -> NextStepUpdate | None:
    """The status update a next step got at one meeting, if any."""
    return next(
        (
            u
            for u in workshop.next_step_updates
            if u.next_step_id == step_id and u.meeting_id == meeting_id
        ),
        None,
    )


def needs_attention(step: NextStep, meeting_date: date) -> bool:
    """Still open and due on or before the meeting: overdue, or due by the time it is held."""
    return (
        step.due_date is not None
        and step.due_date <= meeting_date
        and step.status not in CLOSED_STATUSES
    )


def review_order(steps: Sequence[NextStep], meeting_date: date) -> list[NextStep]:
    """The action plan as a follow-up meeting reviews it.

    Open steps due on or before the meeting first (earliest due first), then the other open
    steps by due date (undated last), then the done and cancelled ones; ties keep the
    user's order.
    """

    def key(step: NextStep) -> tuple[int, bool, date]:
        if step.status in CLOSED_STATUSES:
            group = 2
        else:
            group = 0 if needs_attention(step, meeting_date) else 1
        return (group, step.due_date is None, step.due_date or date.min)

    return sorted(steps, key=key)


def changes_by_indicator(workshop: Workshop) -> dict[str, AssessmentChange]:
    """``assessment_change`` of every reassessed indicator, keyed by its id (one pass)."""
    reassessed = {e.indicator_id for e in workshop.earlier_assessments}
    found = (assessment_change(workshop, indicator_id) for indicator_id in reassessed)
    return {change.indicator_id: change for change in found if change is not None}


def indicators_to_reassess(workshop: Workshop) -> list[tuple[str, str]]:
    """(id, title) of the observed and the goal-linked indicators, in the indicators' order."""
    observed = {
        a.indicator_id
        for a in workshop.indicator_assessments
        if a.status is IndicatorStatus.OBSERVED
    } | {
        e.indicator_id for e in workshop.earlier_assessments if e.status is IndicatorStatus.OBSERVED
    }
    linked = {i for p in workshop.problems for i in p.goal_indicator_ids}
    return [(i.id, i.title) for i in workshop.indicators if i.id in observed | linked]


@dataclass(frozen=True, slots=True)
class BaselineChange:
    """An indicator's baseline (the workshop's own assessment) against its current one.

    ``baseline`` None: first assessed at a follow-up meeting; ``current`` None: not assessed.
    """

    indicator_id: str
    direction: Direction
    baseline: Entry | None
    current: IndicatorAssessment | None


def assessment_history(workshop: Workshop) -> dict[str, dict[str | None, Entry]]:
    """Every assessment made, by indicator and meeting (None: the workshop, the baseline)."""
    history: dict[str, dict[str | None, Entry]] = {}
    entries: list[Entry] = [*workshop.earlier_assessments, *workshop.indicator_assessments]
    for entry in entries:
        history.setdefault(entry.indicator_id, {})[entry.meeting_id] = entry
    return history


def baseline_assessment(workshop: Workshop, indicator_id: str) -> Entry | None:
    """The baseline: the assessment made at the workshop itself, before any follow-up."""
    return assessment_history(workshop).get(indicator_id, {}).get(None)


def changes_since_baseline(
    workshop: Workshop, indicator_ids: Sequence[str]
) -> list[BaselineChange]:
    """Baseline against current for each of ``indicator_ids``, in that order (one pass)."""
    history = assessment_history(workshop)
    current = {a.indicator_id: a for a in workshop.indicator_assessments}
    found = []
    for indicator_id in indicator_ids:
        baseline = history.get(indicator_id, {}).get(None)
        now = current.get(indicator_id)
        found.append(BaselineChange(indicator_id, change_between(baseline, now), baseline, now))
    return found


def problems_to_follow_up(workshop: Workshop) -> list[Problem]:
    """The prioritised problems whose goal attainment a meeting judges, by rank (unranked last;
    ties keep the user's order)."""
    return prioritised_by_rank(workshop.problems)


@dataclass(frozen=True, slots=True)
class Reassessment:
    """An indicator at a meeting: the last assessment before it and the one made at it.

    ``new`` is None until the group reassesses the indicator at this meeting; ``direction``
    is the change from ``earlier`` to ``new`` (None without a new one).
    """

    indicator_id: str
    earlier: IndicatorAssessment | EarlierAssessment | None
    new: IndicatorAssessment | None
    direction: Direction | None


def reassessment_at(workshop: Workshop, indicator_id: str, meeting_id: str) -> Reassessment:
    """What the Follow-up page and the projector show of one indicator at a meeting."""
    current = next(
        (a for a in workshop.indicator_assessments if a.indicator_id == indicator_id), None
    )
    if current is None or current.meeting_id != meeting_id:
        return Reassessment(indicator_id, current, None, None)
    change = assessment_change(workshop, indicator_id)
    if change is None:  # made now with nothing before it: the first assessment
        return Reassessment(indicator_id, None, current, None)
    return Reassessment(indicator_id, change.previous, current, change.direction)
