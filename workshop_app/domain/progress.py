"""How far a workshop has come: the state of each step, from what was captured in it."""

from __future__ import annotations

from enum import StrEnum

from workshop_app.domain.model import Workshop
from workshop_app.domain.steps import Step


class StepState(StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    DONE = "done"


def has_content(workshop: Workshop, step: Step) -> bool:
    """Whether anything was captured in ``step`` (notes on its parking lot count)."""
    if any(note.step == step for note in workshop.notes):
        return True
    match step:
        case Step.PREPARATION:
            return bool(workshop.organisations or workshop.participants or workshop.meetings)
        case Step.INDICATORS:
            return bool(workshop.indicator_assessments)
        case Step.PROBLEMS:
            return bool(workshop.problems)
        case Step.CAUSES:
            return bool(workshop.causes)
        case Step.MEASURES:
            return bool(workshop.measures)
        case Step.PRECONDITIONS:
            return any(p.rating is not None for p in workshop.preconditions)
        case Step.NEXT_STEPS:
            return bool(workshop.next_steps)


def step_state(workshop: Workshop, step: Step) -> StepState:
    """Done when the facilitator marked it so; in progress once something was captured in it
    (visiting a step is not progress)."""
    plan = next((p for p in workshop.step_plan if p.step == step), None)
    if plan is not None and plan.completed:
        return StepState.DONE
    if has_content(workshop, step):
        return StepState.IN_PROGRESS
    return StepState.NOT_STARTED
