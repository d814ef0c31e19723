"""Next steps by due date, and the open ones apart from the finished and cancelled ones."""

from __future__ import annotations

from datetime import date

from workshop_app.domain.action_plan import by_due_date, open_and_closed
from workshop_app.domain.enums import NextStepStatus
from workshop_app.domain.model import NextStep


def test_earliest_first_undated_last_ties_in_the_users_order() -> None:
    steps = [
        NextStep("a", "A"),
        NextStep("b", "B", due_date=date(2027, 1, 1)),
        NextStep("c", "C", due_date=date(2026, 1, 1)),
        NextStep("d", "D", due_date=date(2027, 1, 1)),
        NextStep("e", "E"),
    ]
    assert [s.id for s in by_due_date(steps)] == ["c", "b", "d", "a", "e"]


def test_open_and_closed_keep_the_due_date_order() -> None:
    steps = [
        NextStep("done", "D", due_date=date(2026, 5, 1), status=NextStepStatus.DONE),
        NextStep("late", "L", due_date=date(2026, 9, 1), status=NextStepStatus.IN_PROGRESS),
        NextStep("gone", "G", due_date=date(2026, 1, 1), status=NextStepStatus.CANCELLED),
        NextStep("soon", "S", due_date=date(2026, 2, 1)),
    ]
    open_steps, closed = open_and_closed(steps)
    assert [s.id for s in open_steps] == ["soon", "late"]
    assert [s.id for s in closed] == ["gone", "done"]
