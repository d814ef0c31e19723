"""Reading valid workshop files into the domain model."""

from __future__ import annotations

import dataclasses
import json
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from tests.unit.domain.hostile_workshop_files import encode
from tests.unit.domain.workshop_file_samples import example_bytes, rich_document
from workshop_app.domain.enums import (
    Branch,
    Certainty,
    Extent,
    IndicatorStatus,
    Language,
    Phase,
    Rating,
    SourceType,
)
from workshop_app.domain.model import (
    Cause,
    Indicator,
    IndicatorAssessment,
    IndicatorSource,
    Measure,
    Meeting,
    MethodRef,
    NextStep,
    Note,
    Organisation,
    Participant,
    PreconditionAssessment,
    Problem,
    StepPlan,
    Workshop,
)
from workshop_app.domain.steps import Step
from workshop_app.domain.workshop_file import parse_workshop_document, read_workshop_file
from workshop_app.domain.workshop_file.schema_check import workshop_schema


def minimal(**workshop: Any) -> bytes:
    body = {"id": "w1", "title": "Minimal", **workshop}
    return json.dumps(
        {"format": "workshop_app.workshop", "format_version": 1, "workshop": body}
    ).encode()


def test_the_example_file_reads_into_the_model(example_file: Path) -> None:
    workshop = read_workshop_file(example_file)
    assert workshop.id == "exempel-1"
    assert workshop.language is Language.SV
    assert workshop.method == MethodRef("bra-pss-workshop", "1")
    assert workshop.created_at == datetime(2026, 9, 1, 9, tzinfo=timezone(timedelta(hours=2)))
    assert workshop.current_step is Step.CAUSES
    assert workshop.follow_up_date is None
    assert workshop.step_plan == (StepPlan(Step.INDICATORS, 50, 2900, True),)
    assert [o.kind for o in workshop.organisations] == ["municipality", "police", "housing"]
    assert workshop.meetings[0] == Meeting(
        "m1", date(2026, 9, 1), "09:00", "12:00", "Kommunhuset", ("del1",), ""
    )
    assert workshop.indicator_assessments[0].extent is Extent.CONSIDERABLE
    assert workshop.indicator_assessments[0].sources[0].organisation_id == "polis"
    assert workshop.problems[0].rank == 1
    assert workshop.causes[0].branch is Branch.PLACE
    assert workshop.measures[0].phase is Phase.ONE
    assert workshop.preconditions[0].rating is Rating.WEAK
    assert workshop.next_steps[0].due_date == date(2026, 10, 1)
    assert workshop.notes == ()


def test_absent_optional_fields_get_the_model_defaults() -> None:
    assert parse_workshop_document(minimal()) == Workshop(id="w1", title="Minimal")
    items = parse_workshop_document(
        minimal(
            step_plan=[{"step": "problems"}],
            organisations=[{"id": "o", "name": "Org"}],
            participants=[{"id": "p", "name": "Pia"}],
            meetings=[{"id": "m", "date": "2026-01-02"}],
            indicators=[{"id": "i", "title": "Ind"}],
            indicator_assessments=[{"indicator_id": "i", "status": "observed"}],
            problems=[{"id": "pr", "title": "Problem"}],
            causes=[{"id": "c", "problem_id": "pr", "description": "Orsak"}],
            measures=[{"id": "a", "problem_id": "pr", "title": "Åtgärd"}],
            preconditions=[{"dimension_id": "d"}],
            next_steps=[{"id": "n", "title": "Steg"}],
            notes=[{"id": "x", "step": "causes", "text": "Not"}],
        )
    )
    assert items.step_plan == (StepPlan(Step.PROBLEMS),)
    assert items.organisations == (Organisation("o", "Org"),)
    assert items.participants == (Participant("p", "Pia"),)
    assert items.meetings == (Meeting("m", date(2026, 1, 2)),)
    assert items.indicators == (Indicator("i", "Ind", custom=True),)
    assert items.indicator_assessments[0] == IndicatorAssessment("i", IndicatorStatus.OBSERVED)
    assert items.problems == (Problem("pr", "Problem"),)
    assert items.causes == (Cause("c", "pr", "Orsak"),)
    assert items.measures == (Measure("a", "pr", "Åtgärd"),)
    assert items.preconditions == (PreconditionAssessment("d"),)
    assert items.next_steps == (NextStep("n", "Steg"),)
    assert items.notes == (Note("x", Step.CAUSES, "Not"),)


def test_known_indicators_are_linked_and_unknown_ones_become_custom() -> None:
    raw = encode(rich_document())  # the file says ind-x is custom, ind-y is not
    default = parse_workshop_document(raw)
    assert [i.custom for i in default.indicators] == [True, True]
    linked = parse_workshop_document(raw, known_indicator_ids={"ind-x"})
    assert [i.custom for i in linked.indicators] == [False, True]
    assert linked.indicators[1].title == "Otrygghet"


def test_a_utf8_byte_order_mark_is_accepted() -> None:
    assert parse_workshop_document(b"\xef\xbb\xbf" + example_bytes()).id == "exempel-1"


def test_whole_floats_count_as_integers_and_become_ints() -> None:
    document = rich_document()
    document["format_version"] = 1.0
    document["workshop"]["problems"][0]["votes"] = 5.0
    document["workshop"]["indicator_assessments"][0]["extent"] = 3.0
    document["workshop"]["step_plan"][0]["planned_minutes"] = 1e3
    workshop = parse_workshop_document(encode(document))
    assert type(workshop.problems[0].votes) is int
    assert workshop.indicator_assessments[0].extent is Extent.EXTENSIVE
    assert workshop.step_plan[0].planned_minutes == 1000
    assert type(workshop.step_plan[0].planned_minutes) is int


@pytest.mark.parametrize(
    ("text", "written_back"),
    [
        ("2026-09-01T09:00:00+01:00", "2026-09-01T09:00:00+01:00"),
        ("2026-09-01T09:00:00-05:30", "2026-09-01T09:00:00-05:30"),
        ("2026-09-01T09:00:00Z", "2026-09-01T09:00:00+00:00"),
        ("2026-09-01t09:00:00z", "2026-09-01T09:00:00+00:00"),
        ("2026-09-01T09:00:00.5+01:00", "2026-09-01T09:00:00.500000+01:00"),
        ("2026-09-01T09:00:00.123456789+01:00", "2026-09-01T09:00:00.123456+01:00"),
    ],
)
def test_date_times_keep_their_offset(text: str, written_back: str) -> None:
    workshop = parse_workshop_document(minimal(created_at=text))
    assert workshop.created_at is not None
    assert workshop.created_at.utcoffset() is not None
    assert workshop.created_at.isoformat() == written_back


def test_file_order_is_kept() -> None:
    document = rich_document()
    document["workshop"]["organisations"].reverse()
    document["workshop"]["causes"].reverse()
    workshop = parse_workshop_document(encode(document))
    assert [o.id for o in workshop.organisations] == ["bostad", "polis", "kommun"]
    assert [c.id for c in workshop.causes] == ["c4", "c3", "c2", "c1"]


def test_an_unknown_organisation_kind_and_dimension_are_kept_as_written() -> None:
    document = rich_document()
    document["workshop"]["organisations"][0]["kind"] = "föreningsliv"
    document["workshop"]["preconditions"][0]["dimension_id"] = "egen-dimension"
    workshop = parse_workshop_document(encode(document))
    assert workshop.organisations[0].kind == "föreningsliv"
    assert workshop.preconditions[0].dimension_id == "egen-dimension"
    assert workshop.preconditions[0].dimension_title == "Resurser"


def test_the_same_dimension_for_different_organisations_is_fine() -> None:
    workshop = parse_workshop_document(encode(rich_document()))
    keys = [(p.dimension_id, p.organisation_id) for p in workshop.preconditions]
    assert keys == [("resources", None), ("resources", "polis"), ("leadership", None)]
    assert workshop.indicator_assessments[1].certainty is None
    assert workshop.causes[0].certainty is Certainty.MEDIUM
    assert workshop.indicator_assessments[1].sources[1] == IndicatorSource("bostad", SourceType.TIP)


MODEL_OF: dict[tuple[str, ...], type] = {
    (): Workshop,
    ("method",): MethodRef,
    ("step_plan",): StepPlan,
    ("organisations",): Organisation,
    ("participants",): Participant,
    ("meetings",): Meeting,
    ("indicators",): Indicator,
    ("indicator_assessments",): IndicatorAssessment,
    ("indicator_assessments", "sources"): IndicatorSource,
    ("problems",): Problem,
    ("causes",): Cause,
    ("measures",): Measure,
    ("preconditions",): PreconditionAssessment,
    ("next_steps",): NextStep,
    ("notes",): Note,
}


def _object_schema(path: tuple[str, ...]) -> dict[str, Any]:
    schema = workshop_schema()["$defs"]["workshop"]
    for name in path:
        schema = schema["properties"][name]
        schema = schema.get("items", schema)
    return schema


@pytest.mark.parametrize("path", list(MODEL_OF), ids=lambda path: ".".join(path) or "workshop")
def test_file_fields_are_the_model_fields_one_to_one(path: tuple[str, ...]) -> None:
    # The reader passes a file object's fields straight to the dataclass: names must agree.
    fields = {field.name for field in dataclasses.fields(MODEL_OF[path])}
    assert set(_object_schema(path)["properties"]) == fields
