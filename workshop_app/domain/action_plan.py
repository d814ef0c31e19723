"""Next steps (step 6): which actions are overdue, and how they link to the measures."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from workshop_app.domain.enums import NextStepStatus
from workshop_app.domain.model import Measure, NextStep, Problem

# An action that is done or cancelled is never overdue, whatever its date.
CLOSED_STATUSES: frozenset[NextStepStatus] = frozenset(
    {NextStepStatus.DONE, NextStepStatus.CANCELLED}
)


def is_overdue(step: NextStep, today: date) -> bool:
    """Due before today and still planned or in progress."""
    return (
        step.due_date is not None and step.due_date < today and step.status not in CLOSED_STATUSES
    )


def days_overdue(step: NextStep, today: date) -> int:
    """How many days past its due date an overdue action is (0 when it is not overdue)."""
    if not is_overdue(step, today):
        return 0
    assert step.due_date is not None
    return (today - step.due_date).days


def overdue(steps: Iterable[NextStep], today: date) -> list[NextStep]:
    return [s for s in steps if is_overdue(s, today)]


def linked_measures(measure_ids: Iterable[str], measures: Sequence[Measure]) -> tuple[str, ...]:
    """``measure_ids`` without repeats, in the order the measures are listed."""
    wanted = set(measure_ids)
    return tuple(m.id for m in measures if m.id in wanted)


def measures_in_plan_order(
    measures: Sequence[Measure], problems: Sequence[Problem]
) -> list[Measure]:
    """Measures grouped by problem in the problems' order (a measure of no known problem last)."""
    order = {p.id: i for i, p in enumerate(problems)}
    return sorted(measures, key=lambda m: order.get(m.problem_id, len(order)))


def measures_without_next_step(
    measures: Iterable[Measure], steps: Iterable[NextStep]
) -> list[Measure]:
    """Prioritised measures that no action carries forward yet."""
    linked = {mid for s in steps for mid in s.measure_ids}
    return [m for m in measures if m.prioritised and m.id not in linked]


def by_due_date(steps: Iterable[NextStep]) -> list[NextStep]:
    """Earliest due first; actions without a date after them, each group in the user's order."""
    return sorted(steps, key=lambda s: (s.due_date is None, s.due_date or date.min))


def open_and_closed(steps: Iterable[NextStep]) -> tuple[list[NextStep], list[NextStep]]:
    """(planned or in progress, done or cancelled), each by due date."""
    ordered = by_due_date(steps)
    return (
        [s for s in ordered if s.status not in CLOSED_STATUSES],
        [s for s in ordered if s.status in CLOSED_STATUSES],
    )
