"""Property tests of format version 2: any workshop with a follow-up cycle round-trips exactly."""

from __future__ import annotations

import dataclasses

from hypothesis import given
from hypothesis import strategies as st

from tests.unit.domain.test_workshop_file_properties import (
    DATES,
    SETTINGS,
    TEXT,
    document_of,
    known_ids,
    maybe,
    some_of,
    workshops,
)
from tests.unit.domain.workshop_file_samples import (
    APP_VERSION,
    EXPORTED_AT,
    jsonschema_validator,
)
from workshop_app.domain.enums import (
    Affected,
    Attainment,
    Certainty,
    Evidence,
    Extent,
    Implementation,
    IndicatorStatus,
    NextStepStatus,
    Rating,
    Severity,
    Trend,
)
from workshop_app.domain.errors import WorkshopFileError
from workshop_app.domain.model import (
    Consequence,
    EarlierAssessment,
    FollowUpMeeting,
    GoalAttainment,
    NextStepUpdate,
    Workshop,
)
from workshop_app.domain.workshop_file import (
    document_to_json,
    parse_workshop_document,
    workshop_to_document,
)
from workshop_app.domain.workshop_file.versions import version_1_losses


@st.composite
def with_follow_up(draw: st.DrawFn) -> Workshop:
    """A valid workshop of the property tests, plus a valid follow-up cycle."""
    w = draw(workshops())
    meetings = [
        FollowUpMeeting(f"f{n}", draw(DATES), draw(TEXT)) for n in range(draw(st.integers(0, 3)))
    ]
    meeting_ids = [m.id for m in meetings]
    indicator_ids = [i.id for i in w.indicators]
    replace = dataclasses.replace

    def meeting_or_none() -> str | None:
        return draw(st.sampled_from([None, *meeting_ids]))

    problems = tuple(
        replace(
            p,
            goal=draw(TEXT),
            goal_date=draw(maybe(DATES)),
            goal_measure=draw(TEXT),
            goal_indicator_ids=some_of(draw, indicator_ids),
        )
        for p in w.problems
    )
    measures = tuple(
        replace(
            m,
            expected_effect=draw(TEXT),
            evidence=draw(maybe(st.sampled_from(Evidence))),
            implementation=draw(maybe(st.sampled_from(Implementation))),
        )
        for m in w.measures
    )
    assessments = tuple(replace(a, meeting_id=meeting_or_none()) for a in w.indicator_assessments)
    earlier = [
        EarlierAssessment(
            indicator_id,
            meeting_id,
            draw(st.sampled_from(IndicatorStatus)),
            draw(maybe(st.sampled_from(Extent))),
            draw(maybe(st.sampled_from(Trend))),
            draw(maybe(st.sampled_from(Certainty))),
            draw(TEXT),
        )
        for indicator_id in indicator_ids
        for meeting_id in [None, *meeting_ids]
        if draw(st.booleans())
    ]
    updates = [
        NextStepUpdate(s.id, m, draw(st.sampled_from(NextStepStatus)), draw(TEXT))
        for s in w.next_steps
        for m in meeting_ids
        if draw(st.booleans())
    ]
    attained = [
        GoalAttainment(
            p.id, m, draw(st.sampled_from(Attainment)), draw(TEXT), draw(TEXT), draw(TEXT)
        )
        for p in w.problems
        for m in meeting_ids
        if draw(st.booleans())
    ]
    consequences = [
        Consequence(
            f"k{n}-{p.id}",
            p.id,
            draw(st.sampled_from(Affected)),
            draw(maybe(st.sampled_from(Severity))),
            draw(TEXT),
        )
        for p in w.problems
        for n in range(draw(st.integers(0, 2)))
    ]
    preconditions = tuple(
        replace(p, rating=Rating.DONT_KNOW) if draw(st.booleans()) else p for p in w.preconditions
    )
    return replace(
        w,
        problems=problems,
        measures=measures,
        indicator_assessments=assessments,
        next_steps=tuple(replace(s, meeting_id=meeting_or_none()) for s in w.next_steps),
        preconditions=preconditions,
        consequences=tuple(consequences),
        follow_up_meetings=tuple(meetings),
        earlier_assessments=tuple(earlier),
        next_step_updates=tuple(updates),
        goal_attainments=tuple(attained),
    )


@SETTINGS
@given(with_follow_up())
def test_version_2_workshops_round_trip_exactly(workshop: Workshop) -> None:
    document = document_of(workshop)
    raw = document_to_json(document)
    again = parse_workshop_document(raw, known_indicator_ids=known_ids(workshop))
    assert again == workshop
    assert document_to_json(document_of(again)) == raw
    assert jsonschema_validator().is_valid(document)


@SETTINGS
@given(with_follow_up())
def test_version_1_is_written_exactly_when_nothing_would_be_lost(workshop: Workshop) -> None:
    lost = version_1_losses(workshop)
    try:
        document = workshop_to_document(
            workshop, app_version=APP_VERSION, exported_at=EXPORTED_AT, format_version=1
        )
    except WorkshopFileError as error:
        assert lost and all(part in str(error) for part in lost)
        return
    assert not lost
    assert jsonschema_validator().is_valid(document)
    again = parse_workshop_document(
        document_to_json(document), known_indicator_ids=known_ids(workshop)
    )
    assert again == workshop
