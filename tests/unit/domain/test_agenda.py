"""The agenda: planned minutes per step against the time used, with totals."""

from __future__ import annotations

from workshop_app.domain.agenda import Pace, build_agenda, planned_minutes, used_minutes
from workshop_app.domain.model import StepPlan
from workshop_app.domain.steps import STEP_ORDER, Step

DEFAULTS = {
    Step.PREPARATION: 0,
    Step.INDICATORS: 50,
    Step.PROBLEMS: 30,
    Step.CAUSES: 45,
    Step.MEASURES: 45,
    Step.PRECONDITIONS: 30,
    Step.NEXT_STEPS: 25,
}


def test_planned_minutes_prefers_the_workshops_plan_then_the_default() -> None:
    plans = (StepPlan(Step.PROBLEMS, planned_minutes=20), StepPlan(Step.CAUSES))
    assert planned_minutes(plans, Step.PROBLEMS, DEFAULTS) == 20
    assert planned_minutes(plans, Step.CAUSES, DEFAULTS) == 45  # a row without minutes
    assert planned_minutes(plans, Step.MEASURES, DEFAULTS) == 45  # no row at all
    assert planned_minutes(plans, Step.PREPARATION, DEFAULTS) is None  # 0 = nothing planned
    assert planned_minutes(plans, Step.MEASURES, {}) is None


def test_used_minutes_round_half_up() -> None:
    assert [used_minutes(s) for s in (0, 29, 30, 89, 90, 2670)] == [0, 0, 1, 1, 2, 45]
    assert used_minutes(-5) == 0


def test_rows_in_method_order_with_difference_and_pace() -> None:
    plans = (
        StepPlan(Step.INDICATORS, planned_minutes=50, elapsed_seconds=2900, completed=True),
        StepPlan(Step.PROBLEMS, planned_minutes=30, elapsed_seconds=40 * 60),
        StepPlan(Step.CAUSES, planned_minutes=45, elapsed_seconds=45 * 60),
    )
    agenda = build_agenda(plans, DEFAULTS)
    assert tuple(row.step for row in agenda.rows) == STEP_ORDER
    rows = {row.step: row for row in agenda.rows}

    assert rows[Step.INDICATORS].used_minutes == 48
    assert rows[Step.INDICATORS].difference_minutes == -2
    assert rows[Step.INDICATORS].pace is Pace.WITHIN
    assert rows[Step.INDICATORS].completed

    assert rows[Step.PROBLEMS].difference_minutes == 10
    assert rows[Step.PROBLEMS].pace is Pace.OVER

    assert rows[Step.CAUSES].difference_minutes == 0
    # Exactly on time is not over; the last step with time used is still going on.
    assert rows[Step.CAUSES].pace is Pace.IN_PROGRESS
    assert not rows[Step.CAUSES].finished

    assert rows[Step.MEASURES].planned_minutes == 45
    assert rows[Step.MEASURES].pace is Pace.NOT_STARTED
    assert rows[Step.MEASURES].difference_minutes == -45

    assert rows[Step.PREPARATION].planned_minutes is None
    assert rows[Step.PREPARATION].difference_minutes is None
    assert rows[Step.PREPARATION].pace is Pace.NO_PLAN


def test_a_step_is_finished_when_marked_done_or_the_group_moved_on() -> None:
    plans = (
        StepPlan(Step.INDICATORS, planned_minutes=50, elapsed_seconds=40 * 60),
        StepPlan(Step.PROBLEMS, planned_minutes=30, elapsed_seconds=20 * 60, completed=True),
        StepPlan(Step.CAUSES, planned_minutes=45, elapsed_seconds=5 * 60),
    )
    agenda = build_agenda(plans, DEFAULTS)
    rows = {row.step: row for row in agenda.rows}
    assert rows[Step.INDICATORS].pace is Pace.WITHIN  # a later step has begun
    assert rows[Step.PROBLEMS].pace is Pace.WITHIN  # marked done (and moved on)
    assert rows[Step.CAUSES].pace is Pace.IN_PROGRESS
    # Only the finished steps count: (40 − 50) + (20 − 30); causes' 40 minutes left do not.
    assert agenda.difference_minutes == -20
    done = build_agenda((StepPlan(Step.CAUSES, 45, 5 * 60, completed=True),), DEFAULTS)
    assert done.rows[STEP_ORDER.index(Step.CAUSES)].pace is Pace.WITHIN


def test_a_few_seconds_over_is_over_even_when_minutes_round_equal() -> None:
    agenda = build_agenda((StepPlan(Step.CAUSES, 45, 45 * 60 + 10),), DEFAULTS)
    row = agenda.rows[STEP_ORDER.index(Step.CAUSES)]
    assert row.pace is Pace.OVER
    assert row.difference_minutes == 0


def test_totals_add_up_the_rows_as_shown() -> None:
    plans = (
        StepPlan(Step.INDICATORS, planned_minutes=50, elapsed_seconds=50 * 60 + 40),  # 51
        StepPlan(Step.PROBLEMS, planned_minutes=30, elapsed_seconds=30 * 60 + 40),  # 31
    )
    agenda = build_agenda(plans, DEFAULTS)
    assert agenda.planned_minutes == 50 + 30 + 45 + 45 + 30 + 25
    assert agenda.used_minutes == 82  # not round(81:20) = 81
    assert agenda.elapsed_seconds == 81 * 60 + 20
    # Over so far: only the steps that have begun count (51 − 50) + (31 − 30).
    assert agenda.difference_minutes == 2


def test_unplanned_time_is_used_but_not_a_difference() -> None:
    plans = (StepPlan(Step.PREPARATION, elapsed_seconds=600),)
    agenda = build_agenda(plans, DEFAULTS)
    assert agenda.used_minutes == 10
    assert agenda.difference_minutes == 0


def test_live_elapsed_overrides_the_stored_time() -> None:
    plans = (StepPlan(Step.PROBLEMS, planned_minutes=30, elapsed_seconds=60),)
    agenda = build_agenda(plans, DEFAULTS, {Step.PROBLEMS: 600, Step.CAUSES: 120})
    rows = {row.step: row for row in agenda.rows}
    assert rows[Step.PROBLEMS].elapsed_seconds == 600
    assert rows[Step.CAUSES].elapsed_seconds == 120  # a step without a stored row yet
