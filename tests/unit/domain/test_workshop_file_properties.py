"""Property tests: any input gives a Workshop or a WorkshopFileError; valid workshops round-trip."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.unit.domain.hostile_workshop_files import encode
from tests.unit.domain.workshop_file_samples import (
    APP_VERSION,
    EXPORTED_AT,
    jsonschema_validator,
    rich_document,
)
from workshop_app.domain.date_range import EARLIEST_DATE, LATEST_DATE
from workshop_app.domain.enums import (
    Branch,
    Certainty,
    Directness,
    Extent,
    Horizon,
    IndicatorStatus,
    Language,
    MeasureKind,
    NextStepStatus,
    Phase,
    Rating,
    SourceType,
    Trend,
)
from workshop_app.domain.errors import WorkshopFileError
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
from workshop_app.domain.value_ranges import MAX_COUNT
from workshop_app.domain.workshop_file import (
    MAX_NESTING,
    document_to_json,
    find_schema_error,
    parse_workshop_document,
    workshop_to_document,
)
from workshop_app.domain.workshop_file.schema_check import MAX_SAFE_INTEGER

SETTINGS = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])

IDS = st.from_regex(r"[A-Za-z0-9_.:-]{1,16}", fullmatch=True)
# No lone surrogates (not UTF-8) and no U+0000 (CONTRACT §1 rule 8: no store takes it).
CHARACTERS = st.characters(exclude_categories=("Cs",), exclude_characters="\x00")
TEXT = st.text(CHARACTERS, max_size=30)
NAME = st.text(CHARACTERS, min_size=1, max_size=30)
SHORT = st.text(CHARACTERS, max_size=8)
OFFSETS = st.integers(-(23 * 60 + 59), 23 * 60 + 59).map(
    lambda minutes: timezone(timedelta(minutes=minutes))
)
# Inside domain.date_range as written and in UTC (a day of margin for the offset).
MOMENTS = st.datetimes(
    min_value=datetime(1900, 1, 2), max_value=datetime(2999, 12, 30), timezones=OFFSETS
)
DATES = st.dates(EARLIEST_DATE, LATEST_DATE)
TIMES = st.none() | st.from_regex(r"([01][0-9]|2[0-3]):[0-5][0-9]", fullmatch=True)
SAFE_INTEGERS = st.integers(0, MAX_SAFE_INTEGER)


def maybe(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.none() | strategy


def some_of(draw: st.DrawFn, values: list[str]) -> tuple[str, ...]:
    if not values:
        return ()
    return tuple(draw(st.lists(st.sampled_from(values), unique=True, max_size=3)))


def one_of_or_none(draw: st.DrawFn, values: list[str]) -> str | None:
    return draw(maybe(st.sampled_from(values))) if values else None


@st.composite
def workshops(draw: st.DrawFn) -> Workshop:
    """A valid workshop: unique ids, references that resolve, cause trees within a problem."""

    def ids() -> list[str]:
        return draw(st.lists(IDS, unique=True, max_size=4))

    orgs = [Organisation(i, draw(NAME), draw(SHORT)) for i in ids()]
    org_ids = [o.id for o in orgs]
    people = [Participant(i, draw(NAME), draw(TEXT), one_of_or_none(draw, org_ids)) for i in ids()]
    meetings = [
        Meeting(
            i,
            draw(DATES),
            draw(TIMES),
            draw(TIMES),
            draw(TEXT),
            some_of(draw, [p.id for p in people]),
            draw(TEXT),
        )
        for i in ids()
    ]
    indicators = [
        Indicator(i, draw(NAME), draw(TEXT), draw(TEXT), draw(st.booleans())) for i in ids()
    ]
    indicator_ids = [i.id for i in indicators]
    assessments = [
        IndicatorAssessment(
            i,
            draw(st.sampled_from(IndicatorStatus)),
            draw(maybe(st.sampled_from(Extent))),
            draw(maybe(st.sampled_from(Trend))),
            draw(maybe(st.sampled_from(Certainty))),
            draw(TEXT),
            tuple(
                IndicatorSource(o, draw(st.sampled_from(SourceType)), draw(TEXT))
                for o in some_of(draw, org_ids)
            ),
        )
        for i in some_of(draw, indicator_ids)
    ]
    problems = [
        Problem(
            i,
            draw(NAME),
            draw(TEXT),
            draw(TEXT),
            some_of(draw, indicator_ids),
            draw(st.integers(0, 100000)),
            draw(st.booleans()),
            draw(maybe(st.integers(1, MAX_COUNT))),
        )
        for i in ids()
    ]
    causes: list[Cause] = []
    for cause_id in ids() if problems else []:
        problem_id = draw(st.sampled_from([p.id for p in problems]))
        siblings = [c.id for c in causes if c.problem_id == problem_id]
        causes.append(
            Cause(
                cause_id,
                problem_id,
                draw(NAME),
                one_of_or_none(draw, siblings),
                draw(st.sampled_from(Branch)),
                draw(st.sampled_from(Directness)),
                draw(TEXT),
                draw(maybe(st.sampled_from(Certainty))),
            )
        )
    measures = []
    for measure_id in ids() if problems else []:
        problem_id = draw(st.sampled_from([p.id for p in problems]))
        measures.append(
            Measure(
                measure_id,
                problem_id,
                draw(NAME),
                some_of(draw, [c.id for c in causes if c.problem_id == problem_id]),
                draw(TEXT),
                draw(st.sampled_from(MeasureKind)),
                draw(maybe(st.sampled_from(Horizon))),
                draw(maybe(st.sampled_from(Phase))),
                one_of_or_none(draw, org_ids),
                some_of(draw, org_ids),
                draw(TEXT),
                draw(TEXT),
                draw(st.integers(0, 100000)),
                draw(st.booleans()),
            )
        )
    keys = draw(
        st.lists(
            st.tuples(IDS, maybe(st.sampled_from(org_ids)) if org_ids else st.none()),
            unique=True,
            max_size=3,
        )
    )
    preconditions = [
        PreconditionAssessment(
            d,
            draw(TEXT),
            o,
            draw(maybe(st.sampled_from(Rating))),
            draw(TEXT),
            draw(TEXT),
            draw(TEXT),
        )
        for d, o in keys
    ]
    next_steps = [
        NextStep(
            i,
            draw(NAME),
            draw(TEXT),
            one_of_or_none(draw, org_ids),
            draw(TEXT),
            draw(maybe(DATES)),
            draw(st.sampled_from(NextStepStatus)),
            some_of(draw, [m.id for m in measures]),
            draw(st.booleans()),
        )
        for i in ids()
    ]
    notes = [Note(i, draw(st.sampled_from(Step)), draw(NAME), draw(maybe(MOMENTS))) for i in ids()]
    plan = [
        StepPlan(
            step,
            draw(maybe(st.integers(0, 1440))),
            draw(st.integers(0, MAX_COUNT)),
            draw(st.booleans()),
        )
        for step in draw(st.lists(st.sampled_from(Step), unique=True, max_size=7))
    ]
    return Workshop(
        id=draw(IDS),
        title=draw(st.text(CHARACTERS, min_size=1, max_size=200)),
        municipality=draw(TEXT),
        area=draw(TEXT),
        purpose=draw(TEXT),
        language=draw(st.sampled_from(Language)),
        method=MethodRef(draw(IDS), draw(st.text(CHARACTERS, max_size=40))),
        created_at=draw(maybe(MOMENTS)),
        updated_at=draw(maybe(MOMENTS)),
        current_step=draw(st.sampled_from(Step)),
        follow_up_date=draw(maybe(DATES)),
        step_plan=tuple(plan),
        organisations=tuple(orgs),
        participants=tuple(people),
        meetings=tuple(meetings),
        indicators=tuple(indicators),
        indicator_assessments=tuple(assessments),
        problems=tuple(problems),
        causes=tuple(causes),
        measures=tuple(measures),
        preconditions=tuple(preconditions),
        next_steps=tuple(next_steps),
        notes=tuple(notes),
    )


def document_of(workshop: Workshop) -> dict[str, Any]:
    return workshop_to_document(workshop, app_version=APP_VERSION, exported_at=EXPORTED_AT)


def known_ids(workshop: Workshop) -> set[str]:
    return {i.id for i in workshop.indicators if not i.custom}


@SETTINGS
@given(workshops())
def test_valid_workshops_round_trip(workshop: Workshop) -> None:
    document = document_of(workshop)
    raw = document_to_json(document)
    again = parse_workshop_document(raw, known_indicator_ids=known_ids(workshop))
    assert again == workshop
    assert document_of(again) == document
    assert document_to_json(document_of(again)) == raw
    assert jsonschema_validator().is_valid(document)


@SETTINGS
@given(st.binary(max_size=300))
def test_arbitrary_bytes_give_a_workshop_file_error(raw: bytes) -> None:
    try:
        parse_workshop_document(raw)
    except WorkshopFileError as error:
        str(error).encode("utf-8")


WILD_SCALARS = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()
    | st.text(max_size=20)
    | st.integers(-(10**40), 10**40)
)
WILD_JSON = st.recursive(
    WILD_SCALARS,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=25,
)


@SETTINGS
@given(WILD_JSON)
def test_arbitrary_json_values_give_a_workshop_file_error(value: object) -> None:
    raw = json.dumps(value).encode()  # NaN, Infinity and lone surrogates travel as text
    try:
        parse_workshop_document(raw)
    except WorkshopFileError as error:
        str(error).encode("utf-8")


def _paths(value: object, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [path]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _paths(item, (*path, index))
    return found


def _replaced(document: Any, path: tuple[Any, ...], value: object) -> Any:
    if not path:
        return value
    target = document
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = value
    return document


@st.composite
def mutated_documents(draw: st.DrawFn, values: st.SearchStrategy[Any]) -> Any:
    """A valid document with one value replaced, or one field added or removed."""
    base = draw(st.sampled_from([rich_document, lambda: document_of(draw(workshops()))]))()
    path = draw(st.sampled_from(_paths(base)))
    action = draw(st.sampled_from(["replace", "add", "remove"]))
    target = base
    for part in path:
        target = target[part]
    if action == "add" and isinstance(target, dict):
        target[draw(st.sampled_from(["id", "title", "x", "parent_id", "format"]))] = draw(values)
        return base
    if action == "remove" and path:
        parent = base
        for part in path[:-1]:
            parent = parent[part]
        del parent[path[-1]]
        return base
    return _replaced(base, path, draw(values))


@SETTINGS
@given(mutated_documents(WILD_JSON))
def test_mutated_documents_give_a_workshop_or_a_workshop_file_error(document: Any) -> None:
    try:
        parse_workshop_document(json.dumps(document).encode())
    except WorkshopFileError as error:
        str(error).encode("utf-8")


# Values on which jsonschema and the interpreter are meant to agree: no lone surrogates, no
# numbers beyond ±2^53 and no line breaks (Python's "$" also matches before a final newline).
TAME_JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-MAX_SAFE_INTEGER, MAX_SAFE_INTEGER)
    | st.floats(allow_nan=False, allow_infinity=False, min_value=-1e15, max_value=1e15)
    | st.text(st.characters(exclude_categories=("Cs",), exclude_characters="\n"), max_size=12)
    | st.sampled_from(
        [
            "2026-02-30",
            "2026-09-01",
            "12:00",
            "24:00",
            "ind-x",
            "c1",
            "pr2",
            "2026-09-01T09:00:00Z",
            "2026-09-01T09:00:00",
            "observed",
            "",
        ]
    ),
    lambda children: (
        st.lists(children, max_size=3)
        | st.dictionaries(st.sampled_from(["id", "title", "x"]), children, max_size=3)
    ),
    max_leaves=10,
)


@SETTINGS
@given(mutated_documents(TAME_JSON))
def test_the_schema_interpreter_agrees_with_jsonschema(document: Any) -> None:
    ours = find_schema_error(document)
    assert (ours is None) == jsonschema_validator().is_valid(document), ours


@SETTINGS
@given(st.integers(0, 60), st.sampled_from(["[", "{", '{"a":']))
def test_any_nesting_depth_gives_a_clear_answer(depth: int, opener: str) -> None:
    closer = {"[": "]", "{": "}", '{"a":': "}"}[opener]
    filler = "1" if opener == '{"a":' else ""
    raw = (opener * depth + filler + closer * depth).encode()
    # None of these is a workshop file; past the limit the error says why.
    with pytest.raises(WorkshopFileError, match="nesting" if depth > MAX_NESTING else None):
        parse_workshop_document(raw)


def test_the_hostile_corpus_base_survives_the_writer() -> None:
    workshop = parse_workshop_document(encode(rich_document()), known_indicator_ids={"ind-y"})
    as_version_1 = workshop_to_document(
        workshop, app_version=APP_VERSION, exported_at=EXPORTED_AT, format_version=1
    )
    assert as_version_1 == rich_document()
