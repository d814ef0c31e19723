"""Overdue actions and the links between actions and measures."""

from __future__ import annotations

from datetime import date

import pytest

from workshop_app.domain.action_plan import (
    days_overdue,
    is_overdue,
    linked_measures,
    measures_in_plan_order,
    measures_without_next_step,
    overdue,
)
from workshop_app.domain.enums import NextStepStatus
from workshop_app.domain.model import Measure, NextStep, Problem

TODAY = date(2026, 5, 20)


def step(due: date | None, status: NextStepStatus = NextStepStatus.PLANNED, **kw) -> NextStep:  # type: ignore[no-untyped-def]
    return NextStep(
        id=kw.pop("id", "n1"), title="Beställ belysning", due_date=due, status=status, **kw
    )


@pytest.mark.parametrize(
    ("due", "status", "expected"),
    [
        (date(2026, 5, 19), NextStepStatus.PLANNED, True),
        (date(2026, 5, 19), NextStepStatus.IN_PROGRESS, True),
        (date(2026, 5, 19), NextStepStatus.DONE, False),
        (date(2026, 5, 19), NextStepStatus.CANCELLED, False),
        (TODAY, NextStepStatus.PLANNED, False),  # due today is not late yet
        (date(2026, 6, 1), NextStepStatus.PLANNED, False),
        (None, NextStepStatus.PLANNED, False),
    ],
)
def test_overdue_means_due_before_today_and_still_open(
    due: date | None, status: NextStepStatus, expected: bool
) -> None:
    assert is_overdue(step(due, status), TODAY) is expected


def test_days_overdue_and_the_overdue_list() -> None:
    late = step(date(2026, 5, 10), id="n1")
    done = step(date(2026, 5, 10), NextStepStatus.DONE, id="n2")
    assert days_overdue(late, TODAY) == 10
    assert days_overdue(done, TODAY) == 0
    assert overdue([late, done, step(None, id="n3")], TODAY) == [late]


def test_linked_measures_follow_the_measures_order() -> None:
    measures = [Measure(id=i, problem_id="p1", title=i) for i in ("a1", "a2", "a3")]
    assert linked_measures(["a3", "a1", "a3"], measures) == ("a1", "a3")


def test_measures_grouped_by_problem_order() -> None:
    problems = [Problem(id="p2", title="B"), Problem(id="p1", title="A")]
    measures = [
        Measure(id="a1", problem_id="p1", title="x"),
        Measure(id="b1", problem_id="p2", title="y"),
        Measure(id="a2", problem_id="p1", title="z"),
    ]
    assert [m.id for m in measures_in_plan_order(measures, problems)] == ["b1", "a1", "a2"]


def test_prioritised_measures_without_an_action() -> None:
    measures = [
        Measure(id="a1", problem_id="p1", title="x", prioritised=True),
        Measure(id="a2", problem_id="p1", title="y", prioritised=True),
        Measure(id="a3", problem_id="p1", title="z"),
    ]
    steps = [step(None, measure_ids=("a1",))]
    assert [m.id for m in measures_without_next_step(measures, steps)] == ["a2"]
