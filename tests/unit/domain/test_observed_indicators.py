"""Which indicators count as observed (domain/observed_indicators)."""

from __future__ import annotations

from workshop_app.domain.enums import IndicatorStatus
from workshop_app.domain.model import Indicator, IndicatorAssessment, Workshop
from workshop_app.domain.observed_indicators import is_observed, observed_ids, observed_indicators


def _workshop() -> Workshop:
    indicators = tuple(Indicator(id=i, title=i.upper(), group="g") for i in "abcd")
    statuses = {
        "d": IndicatorStatus.OBSERVED,
        "a": IndicatorStatus.OBSERVED,
        "b": IndicatorStatus.UNKNOWN,
    }
    assessments = tuple(IndicatorAssessment(indicator_id=i, status=s) for i, s in statuses.items())
    return Workshop(id="w", title="W", indicators=indicators, indicator_assessments=assessments)


def test_observed_indicators_in_the_workshops_order() -> None:
    workshop = _workshop()
    assert [i.id for i in observed_indicators(workshop)] == ["a", "d"]
    assert observed_ids(workshop) == {"a", "d"}


def test_not_assessed_and_unknown_are_not_observed() -> None:
    assert not is_observed(None)
    assert not is_observed(IndicatorAssessment(indicator_id="x", status=IndicatorStatus.UNKNOWN))
    assert is_observed(IndicatorAssessment(indicator_id="x", status=IndicatorStatus.OBSERVED))
