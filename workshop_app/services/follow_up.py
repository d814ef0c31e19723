"""Use cases of the follow-up cycle: start a meeting, review the plan, reassess, judge goals.

Each is one reversible change (``FollowUpEdit``): the domain computes the changed workshop
(``domain.follow_up_edits``) and the repository stores it in one transaction, so a review
that touches a step and its history is never half saved. Undo restores the workshop as it
was before, like the undo of a cascading delete.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from workshop_app.domain import clock
from workshop_app.domain import follow_up_edits as edits
from workshop_app.domain.enums import NextStepStatus
from workshop_app.domain.ids import new_id
from workshop_app.domain.model import GoalAttainment, NextStep, Workshop
from workshop_app.services.changes import Applied, RestoreWorkshop
from workshop_app.services.workshop_service import WorkshopService
from workshop_app.storage.repository import WorkshopRepository


@dataclass(frozen=True, slots=True)
class FollowUpEdit:
    """A change of the follow-up cycle: ``edit`` maps the stored workshop to the new one."""

    workshop_id: str
    edit: Callable[[Workshop], Workshop]

    def apply(self, repo: WorkshopRepository) -> Applied:
        before = repo.load(self.workshop_id)
        stamp = clock.now()
        repo.replace(dataclasses.replace(self.edit(before), updated_at=stamp))
        return Applied(RestoreWorkshop(before), stamp)


def start_meeting_change(workshop_id: str, on: date, meeting_id: str | None = None) -> FollowUpEdit:
    return FollowUpEdit(
        workshop_id,
        functools.partial(edits.start_meeting, meeting_id=meeting_id or new_id(), on=on),
    )


def step_status_change(
    workshop_id: str, meeting_id: str, step_id: str, status: NextStepStatus, comment: str
) -> FollowUpEdit:
    return FollowUpEdit(
        workshop_id,
        functools.partial(
            edits.set_step_status,
            meeting_id=meeting_id,
            step_id=step_id,
            status=status,
            comment=comment,
        ),
    )


def reassess_change(
    workshop_id: str, meeting_id: str, indicator_id: str, **values: Any
) -> FollowUpEdit:
    return FollowUpEdit(
        workshop_id,
        functools.partial(
            edits.reassess, meeting_id=meeting_id, indicator_id=indicator_id, **values
        ),
    )


def attainment_change(workshop_id: str, attainment: GoalAttainment) -> FollowUpEdit:
    return FollowUpEdit(
        workshop_id, functools.partial(edits.record_attainment, attainment=attainment)
    )


def add_step_change(workshop_id: str, meeting_id: str, step: NextStep) -> FollowUpEdit:
    return FollowUpEdit(
        workshop_id, functools.partial(edits.add_next_step, meeting_id=meeting_id, step=step)
    )


class FollowUpService:
    """The follow-up use cases on the workshop service (checked against its revisions)."""

    def __init__(self, workshops: WorkshopService) -> None:
        self._workshops = workshops

    def start_meeting(self, workshop_id: str, on: date) -> Workshop:
        """Create a follow-up meeting held on ``on``; returns the stored workshop."""
        self._workshops.apply(start_meeting_change(workshop_id, on))
        return self._workshops.load(workshop_id)

    def set_step_status(
        self,
        workshop_id: str,
        meeting_id: str,
        step_id: str,
        status: NextStepStatus,
        comment: str = "",
    ) -> Applied:
        change = step_status_change(workshop_id, meeting_id, step_id, status, comment)
        return self._workshops.apply(change)

    def reassess(
        self, workshop_id: str, meeting_id: str, indicator_id: str, **values: Any
    ) -> Applied:
        return self._workshops.apply(
            reassess_change(workshop_id, meeting_id, indicator_id, **values)
        )

    def record_attainment(self, workshop_id: str, attainment: GoalAttainment) -> Applied:
        return self._workshops.apply(attainment_change(workshop_id, attainment))

    def add_next_step(self, workshop_id: str, meeting_id: str, step: NextStep) -> Applied:
        return self._workshops.apply(add_step_change(workshop_id, meeting_id, step))

    def set_next_follow_up(self, workshop_id: str, when: date | None) -> Applied:
        return self._workshops.set_header(workshop_id, follow_up_date=when)
