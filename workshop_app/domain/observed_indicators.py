"""Which indicators the group has observed: the one selection behind Problems, cards and minutes."""

from __future__ import annotations

from workshop_app.domain.enums import IndicatorStatus
from workshop_app.domain.model import Indicator, IndicatorAssessment, Workshop


def is_observed(assessment: IndicatorAssessment | None) -> bool:
    """Whether an assessment (None: not yet assessed) says the indicator is observed."""
    return assessment is not None and assessment.status == IndicatorStatus.OBSERVED


def observed_ids(workshop: Workshop) -> set[str]:
    """The ids of the indicators assessed as observed."""
    return {a.indicator_id for a in workshop.indicator_assessments if is_observed(a)}


def observed_indicators(workshop: Workshop) -> list[Indicator]:
    """The indicators assessed as observed, in the workshop's order."""
    observed = observed_ids(workshop)
    return [i for i in workshop.indicators if i.id in observed]
