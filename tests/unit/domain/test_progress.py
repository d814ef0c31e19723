"""A step's progress mark: in progress once something was captured in it, not by a visit."""

from __future__ import annotations

from workshop_app.domain.model import Problem, StepPlan, Workshop
from workshop_app.domain.progress import StepState, step_state
from workshop_app.domain.steps import Step


def test_visiting_a_step_is_not_progress() -> None:
    workshop = Workshop(id="w", title="Norrbacka", current_step=Step.PROBLEMS)
    assert step_state(workshop, Step.PROBLEMS) is StepState.NOT_STARTED


def test_a_captured_item_is_progress_and_done_is_done() -> None:
    workshop = Workshop(id="w", title="Norrbacka", problems=(Problem("p1", "Klotter"),))
    assert step_state(workshop, Step.PROBLEMS) is StepState.IN_PROGRESS
    done = Workshop(id="w", title="Norrbacka", step_plan=(StepPlan(Step.CAUSES, completed=True),))
    assert step_state(done, Step.CAUSES) is StepState.DONE
