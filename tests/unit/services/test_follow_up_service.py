"""The follow-up cycle end to end on a real store: what a meeting records is kept, history too."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from tests.unit.storage.builders import rich_workshop_v1
from workshop_app.domain.enums import Attainment, Extent, IndicatorStatus, NextStepStatus, Trend
from workshop_app.domain.errors import IntegrityError
from workshop_app.domain.follow_up import (
    Direction,
    assessment_change,
    current_attainment,
    latest_meeting,
    step_update,
)
from workshop_app.domain.model import GoalAttainment, NextStep, Workshop
from workshop_app.services.app_context import AppContext, open_app_context
from workshop_app.services.follow_up import FollowUpService

W = "exempel-1"


@pytest.fixture
def app(tmp_path: Path) -> Iterator[AppContext]:
    context = open_app_context(tmp_path / "data")
    context.workshops.repository.insert(rich_workshop_v1())
    yield context
    context.close()


def reopened(tmp_path: Path, app: AppContext) -> Workshop:
    app.close()
    again = open_app_context(tmp_path / "data")
    try:
        return again.workshops.load(W)
    finally:
        again.close()


def test_two_meetings_keep_every_entry_and_current_is_the_newest(
    app: AppContext, tmp_path: Path
) -> None:
    follow_up = FollowUpService(app.workshops)
    first = latest_meeting(follow_up.start_meeting(W, date(2027, 2, 1)))
    assert first is not None
    follow_up.set_step_status(W, first.id, "n1", NextStepStatus.IN_PROGRESS, "Offert begärd")
    follow_up.reassess(
        W, first.id, "ind.a", status=IndicatorStatus.OBSERVED, extent=Extent.EXTENSIVE
    )
    follow_up.record_attainment(
        W, GoalAttainment("p1", first.id, Attainment.ON_THE_WAY, "", "Två möten", "Bra", "")
    )
    second = latest_meeting(follow_up.start_meeting(W, date(2027, 5, 1)))
    assert second is not None and second.id != first.id
    follow_up.set_step_status(W, second.id, "n1", NextStepStatus.DONE, "Klart i april")
    follow_up.reassess(
        W, second.id, "ind.a", status=IndicatorStatus.OBSERVED, extent=Extent.SOME,
        trend=Trend.DECREASING,
    )  # fmt: skip
    # Correcting within the same meeting changes that meeting's entry, keeps the earlier ones.
    follow_up.reassess(
        W, second.id, "ind.a", status=IndicatorStatus.OBSERVED, extent=Extent.NONE,
        trend=Trend.DECREASING,
    )  # fmt: skip
    follow_up.record_attainment(W, GoalAttainment("p1", second.id, Attainment.REACHED))
    follow_up.add_next_step(W, second.id, NextStep("n9", "Ny vandring i juni"))
    follow_up.set_next_follow_up(W, date(2027, 9, 1))

    stored = reopened(tmp_path, app)
    assert [m.id for m in stored.follow_up_meetings] == [first.id, second.id]
    assert step_update(stored, "n1", first.id).status is NextStepStatus.IN_PROGRESS
    assert step_update(stored, "n1", second.id).comment == "Klart i april"
    assert next(s for s in stored.next_steps if s.id == "n1").status is NextStepStatus.DONE
    current = next(a for a in stored.indicator_assessments if a.indicator_id == "ind.a")
    assert (current.extent, current.meeting_id) == (Extent.NONE, second.id)
    assert current.sources  # the information matrix stays with the current assessment
    earlier = [(e.meeting_id, e.extent) for e in stored.earlier_assessments]
    assert earlier == [(None, Extent.CONSIDERABLE), (first.id, Extent.EXTENSIVE)]
    change = assessment_change(stored, "ind.a")
    assert change is not None and change.direction is Direction.DOWN
    assert change.previous.extent is Extent.EXTENSIVE
    attained = current_attainment(stored, "p1")
    assert attained is not None and attained.attainment is Attainment.REACHED
    added = next(s for s in stored.next_steps if s.id == "n9")
    assert added.meeting_id == second.id
    assert stored.follow_up_date == date(2027, 9, 1)


def test_undo_puts_the_workshop_back_and_refused_edits_change_nothing(app: AppContext) -> None:
    follow_up = FollowUpService(app.workshops)
    meeting = latest_meeting(follow_up.start_meeting(W, date(2027, 2, 1)))
    assert meeting is not None
    before = app.workshops.load(W)
    applied = follow_up.reassess(W, meeting.id, "ind.b", status=IndicatorStatus.OBSERVED)
    assert app.workshops.load(W).earlier_assessments
    app.workshops.apply(applied.inverse)
    restored = app.workshops.load(W)
    assert restored.earlier_assessments == before.earlier_assessments
    assert restored.indicator_assessments == before.indicator_assessments
    with pytest.raises(IntegrityError, match='no next step with id "nope"'):
        follow_up.set_step_status(W, meeting.id, "nope", NextStepStatus.DONE)
    with pytest.raises(IntegrityError, match="no follow-up meeting"):
        follow_up.reassess(W, "m-x", "ind.a", status=IndicatorStatus.UNKNOWN)
    assert app.workshops.load(W).earlier_assessments == before.earlier_assessments
