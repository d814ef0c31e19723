"""The follow-up cycle's edits as pure functions: a workshop in, the changed workshop out.

History is never overwritten: reassessing an indicator at a meeting keeps the assessment it
supersedes in ``earlier_assessments``; a status set at a meeting is kept in
``next_step_updates`` beside the step's current status. Editing again within the same
meeting corrects that meeting's entry instead of adding another.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any, TypeVar

from workshop_app.domain.enums import (
    Certainty,
    Extent,
    IndicatorStatus,
    NextStepStatus,
    Trend,
)
from workshop_app.domain.errors import IntegrityError
from workshop_app.domain.model import (
    EarlierAssessment,
    FollowUpMeeting,
    GoalAttainment,
    IndicatorAssessment,
    NextStep,
    NextStepUpdate,
    Workshop,
)

T = TypeVar("T")


def _upsert(items: Sequence[T], match: Callable[[T], bool], new: T) -> tuple[T, ...]:
    # Replace the matching item in place (its position is the user's), or append.
    if any(match(item) for item in items):
        return tuple(new if match(item) else item for item in items)
    return (*items, new)


def _check_meeting(workshop: Workshop, meeting_id: str) -> None:
    if all(meeting.id != meeting_id for meeting in workshop.follow_up_meetings):
        raise IntegrityError(f'no follow-up meeting with id "{meeting_id}"')


def start_meeting(workshop: Workshop, meeting_id: str, on: date, notes: str = "") -> Workshop:
    """Add a follow-up meeting held on ``on``."""
    if any(meeting.id == meeting_id for meeting in workshop.follow_up_meetings):
        raise IntegrityError(f'a follow-up meeting with id "{meeting_id}" exists already')
    meeting = FollowUpMeeting(meeting_id, on, notes)
    return dataclasses.replace(workshop, follow_up_meetings=(*workshop.follow_up_meetings, meeting))


def set_step_status(
    workshop: Workshop, meeting_id: str, step_id: str, status: NextStepStatus, comment: str
) -> Workshop:
    """The group's review of one next step at a meeting: its status now, and a comment."""
    _check_meeting(workshop, meeting_id)
    if all(step.id != step_id for step in workshop.next_steps):
        raise IntegrityError(f'no next step with id "{step_id}"')
    update = NextStepUpdate(step_id, meeting_id, status, comment)
    return dataclasses.replace(
        workshop,
        next_steps=tuple(
            dataclasses.replace(step, status=status) if step.id == step_id else step
            for step in workshop.next_steps
        ),
        next_step_updates=_upsert(
            workshop.next_step_updates,
            lambda u: (u.next_step_id, u.meeting_id) == (step_id, meeting_id),
            update,
        ),
    )


def reassess(
    workshop: Workshop,
    meeting_id: str,
    indicator_id: str,
    *,
    status: IndicatorStatus,
    extent: Extent | None = None,
    trend: Trend | None = None,
    certainty: Certainty | None = None,
    observations: str | None = None,
) -> Workshop:
    """A new assessment of an indicator at a meeting; the one it supersedes is kept.

    ``observations`` None keeps the current text. The information matrix (sources) stays with
    the current assessment: who holds information does not change by meeting.
    """
    _check_meeting(workshop, meeting_id)
    if all(indicator.id != indicator_id for indicator in workshop.indicators):
        raise IntegrityError(f'no indicator with id "{indicator_id}"')
    current = next(
        (a for a in workshop.indicator_assessments if a.indicator_id == indicator_id), None
    )
    earlier = workshop.earlier_assessments
    if current is not None and current.meeting_id != meeting_id:
        kept = EarlierAssessment(
            indicator_id,
            current.meeting_id,
            current.status,
            current.extent,
            current.trend,
            current.certainty,
            current.observations,
        )
        earlier = _upsert(
            earlier,
            lambda e: (e.indicator_id, e.meeting_id) == (indicator_id, current.meeting_id),
            kept,
        )
    values: dict[str, Any] = {
        "status": status,
        "extent": extent,
        "trend": trend,
        "certainty": certainty,
        "meeting_id": meeting_id,
    }
    if observations is not None:
        values["observations"] = observations
    if current is None:
        new = IndicatorAssessment(indicator_id, **values)
    else:
        new = dataclasses.replace(current, **values)
    return dataclasses.replace(
        workshop,
        indicator_assessments=_upsert(
            workshop.indicator_assessments, lambda a: a.indicator_id == indicator_id, new
        ),
        earlier_assessments=earlier,
    )


def record_attainment(workshop: Workshop, attainment: GoalAttainment) -> Workshop:
    """How far a prioritised problem's goal is reached, judged at a meeting."""
    _check_meeting(workshop, attainment.meeting_id)
    if all(problem.id != attainment.problem_id for problem in workshop.problems):
        raise IntegrityError(f'no problem with id "{attainment.problem_id}"')
    key = (attainment.problem_id, attainment.meeting_id)
    return dataclasses.replace(
        workshop,
        goal_attainments=_upsert(
            workshop.goal_attainments, lambda g: (g.problem_id, g.meeting_id) == key, attainment
        ),
    )


def add_next_step(workshop: Workshop, meeting_id: str, step: NextStep) -> Workshop:
    """A next step decided at a follow-up meeting (it remembers the meeting)."""
    _check_meeting(workshop, meeting_id)
    if any(other.id == step.id for other in workshop.next_steps):
        raise IntegrityError(f'a next step with id "{step.id}" exists already')
    added = dataclasses.replace(step, meeting_id=meeting_id)
    return dataclasses.replace(workshop, next_steps=(*workshop.next_steps, added))
