"""The workshop's time plan: planned minutes per step against the time the timer measured."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import Enum

from workshop_app.domain.model import StepPlan
from workshop_app.domain.steps import STEP_ORDER, Step


class Pace(Enum):
    """How a step's used time compares with its plan."""

    NO_PLAN = "no_plan"  # nothing planned (e.g. preparation, done before the day)
    NOT_STARTED = "not_started"  # planned, no time used yet
    IN_PROGRESS = "in_progress"  # begun, within its plan, and the group has not moved on
    WITHIN = "within"  # finished within its plan
    OVER = "over"  # used more than planned (finished or not)


def planned_minutes(
    plans: Sequence[StepPlan], step: Step, default_minutes: Mapping[Step, int]
) -> int | None:
    """The step's planned minutes: its own plan, else the method pack's suggestion.

    Zero counts as "nothing planned": the method pack plans 0 minutes for the preparation,
    which happens before the workshop day, and a 0-minute plan would read as overrun at once.
    """
    plan = next((p for p in plans if p.step == step), None)
    minutes = plan.planned_minutes if plan is not None else None
    if minutes is None:
        minutes = default_minutes.get(step)
    return minutes if minutes else None


def used_minutes(elapsed_seconds: int) -> int:
    """Whole minutes for tables, rounded half up (44:30 reads as 45 minutes)."""
    return (max(0, elapsed_seconds) + 30) // 60


@dataclass(frozen=True, slots=True)
class AgendaRow:
    """One step of the plan: planned minutes (None = none) and the seconds used."""

    step: Step
    planned_minutes: int | None
    elapsed_seconds: int
    completed: bool = False
    finished: bool = False  # marked done, or a later step has used time (the group moved on)

    @property
    def used_minutes(self) -> int:
        return used_minutes(self.elapsed_seconds)

    @property
    def difference_minutes(self) -> int | None:
        """Used minus planned in whole minutes (positive = over time); None without a plan."""
        if self.planned_minutes is None:
            return None
        return self.used_minutes - self.planned_minutes

    @property
    def pace(self) -> Pace:
        if self.planned_minutes is None:
            return Pace.NO_PLAN
        if self.elapsed_seconds <= 0:
            return Pace.NOT_STARTED
        if self.elapsed_seconds > self.planned_minutes * 60:
            return Pace.OVER
        return Pace.WITHIN if self.finished else Pace.IN_PROGRESS


@dataclass(frozen=True, slots=True)
class Agenda:
    """Every step in method order, with totals."""

    rows: tuple[AgendaRow, ...]

    @property
    def planned_minutes(self) -> int:
        return sum(row.planned_minutes or 0 for row in self.rows)

    @property
    def elapsed_seconds(self) -> int:
        return sum(row.elapsed_seconds for row in self.rows)

    @property
    def used_minutes(self) -> int:
        # The sum of the rows as shown, so the table adds up.
        return sum(row.used_minutes for row in self.rows)

    @property
    def difference_minutes(self) -> int:
        """Over (+) or under (−) plan so far: the planned steps that have used time.

        Steps still in progress within their plan and steps not yet begun are left out, or
        halfway through the day the whole afternoon would read as time saved.
        """
        started = (row for row in self.rows if row.pace in (Pace.WITHIN, Pace.OVER))
        return sum(row.difference_minutes or 0 for row in started)


def build_agenda(
    plans: Sequence[StepPlan],
    default_minutes: Mapping[Step, int],
    elapsed_now: Mapping[Step, int] | None = None,
) -> Agenda:
    """The agenda of a workshop. ``elapsed_now`` overrides stored elapsed seconds per step:
    the running timer is ahead of what it last saved."""
    live = elapsed_now or {}
    by_step = {plan.step: plan for plan in plans}
    elapsed = {
        step: live.get(step, by_step[step].elapsed_seconds if step in by_step else 0)
        for step in STEP_ORDER
    }
    rows = []
    for index, step in enumerate(STEP_ORDER):
        completed = by_step[step].completed if step in by_step else False
        moved_on = any(elapsed[later] > 0 for later in STEP_ORDER[index + 1 :])
        rows.append(
            AgendaRow(
                step=step,
                planned_minutes=planned_minutes(plans, step, default_minutes),
                elapsed_seconds=elapsed[step],
                completed=completed,
                finished=completed or moved_on,
            )
        )
    return Agenda(tuple(rows))
