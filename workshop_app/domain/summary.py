"""A saved workshop as the start view and ``list`` show it, and when its next follow-up is due."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from workshop_app.domain.steps import Step


@dataclass(frozen=True, slots=True)
class WorkshopSummary:
    """What the start view and ``list`` show of a saved workshop.

    Its own module so that the first list after start-up (read with ``sqlite3`` alone) does
    not wait for the fifty dataclasses of ``domain.model``, which re-exports it.
    """

    id: str
    title: str
    municipality: str
    area: str
    updated_at: datetime
    current_step: Step
    completed_steps: frozenset[Step] = frozenset()
    follow_up_date: date | None = None  # when the next follow-up meeting is due


def days_until_follow_up(follow_up_date: date | None, today: date) -> int | None:
    """Days until the next follow-up date (negative: overdue); None when none is set."""
    if follow_up_date is None:
        return None
    return (follow_up_date - today).days
