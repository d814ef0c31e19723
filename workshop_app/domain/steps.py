"""The seven workshop steps, in method order."""

from __future__ import annotations

from enum import StrEnum


class Step(StrEnum):
    """A step of the workshop; the value is the id used in files and the database."""

    PREPARATION = "preparation"
    INDICATORS = "indicators"
    PROBLEMS = "problems"
    CAUSES = "causes"
    MEASURES = "measures"
    PRECONDITIONS = "preconditions"
    NEXT_STEPS = "next_steps"


STEP_ORDER: tuple[Step, ...] = tuple(Step)


def step_index(step: Step) -> int:
    """Position of ``step`` in the method (0 = preparation)."""
    return STEP_ORDER.index(step)
