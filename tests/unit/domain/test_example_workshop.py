"""The shipped example workshop (Solbacken) is a valid, complete and person-free workshop file."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import datetime
from functools import cache
from typing import Any

from jsonschema import Draft202012Validator, FormatChecker

from workshop_app.domain.enums import IndicatorStatus
from workshop_app.domain.method_pack.loader import load_method_pack
from workshop_app.domain.method_pack.model import MethodPack
from workshop_app.domain.model import Workshop
from workshop_app.domain.resources import resource_path
from workshop_app.domain.workshop_file import parse_workshop_document, workshop_to_document

EXAMPLE = resource_path("examples", "exempel-solbacken.workshop.json")
SCHEMA = resource_path("schema", "workshop-file-v2.schema.json")

# Simple patterns for personal data (DOMAIN §5); the example must contain none of them.
PERSONAL_IDENTITY_NUMBER = re.compile(r"(?<!\d)(?:\d{2})?\d{6}[-+]?\d{4}(?!\d)")
EMAIL_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PHONE_NUMBER = re.compile(r"(?<![\w-])(?:\+46|0)[\s-]?[1-9](?:[\s-]?\d){5,10}(?!\d)")


@cache
def raw_bytes() -> bytes:
    return EXAMPLE.read_bytes()


def document() -> dict[str, Any]:
    return json.loads(raw_bytes())


@cache
def pack() -> MethodPack:
    return load_method_pack()


def catalog_ids() -> set[str]:
    return {indicator.id for indicator in pack().indicators}


@cache
def workshop() -> Workshop:
    return parse_workshop_document(raw_bytes(), known_indicator_ids=catalog_ids())


def strings_in(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from strings_in(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings_in(item)


def is_date_time(value: object) -> bool:
    """RFC 3339 date-time with an offset; jsonschema checks it only with an extra package."""
    if not isinstance(value, str):
        return True
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return False
    return "T" in value and moment.tzinfo is not None


def test_the_example_is_valid_against_the_schema() -> None:
    schema = json.loads(SCHEMA.read_text("utf-8"))
    checker = FormatChecker()
    if "date-time" not in checker.checkers:
        checker.checks("date-time")(is_date_time)
    validator = Draft202012Validator(schema, format_checker=checker)
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(document())]
    assert errors == []


def test_the_example_imports_and_round_trips() -> None:
    original = document()
    exported = workshop_to_document(
        workshop(),
        app_version=original["app_version"],
        exported_at=datetime.fromisoformat(original["exported_at"]),
    )
    assert exported == original
    # The file is written as the app writes it: the same keys in the same order.
    assert json.dumps(exported, ensure_ascii=False) == json.dumps(original, ensure_ascii=False)


def test_catalog_indicators_come_from_the_method_pack() -> None:
    indicators = document()["workshop"]["indicators"]
    catalog = [item for item in indicators if not item["custom"]]
    custom = [item for item in indicators if item["custom"]]
    assert 12 <= len(catalog) <= 18
    assert 1 <= len(custom) <= 2
    for item in catalog:
        found = pack().indicator(item["id"])
        assert found is not None, item["id"]
        group = pack().group(found.group_id)
        assert group is not None
        assert item["title"] == found.title.sv
        assert item["description"] == found.description.sv
        assert item["group"] == group.title.sv
    for item in custom:
        assert item["id"] not in catalog_ids()
    imported = {i.id: i.custom for i in workshop().indicators}
    assert imported == {item["id"]: item["custom"] for item in indicators}


def test_all_precondition_dimensions_of_the_pack_are_assessed() -> None:
    dimensions = {d.id: d.title.sv for d in pack().precondition_dimensions}
    assert len(dimensions) == 14
    preconditions = document()["workshop"]["preconditions"]
    assert [p["dimension_id"] for p in preconditions] == list(dimensions)
    for item in preconditions:
        assert item["dimension_title"] == dimensions[item["dimension_id"]]
        assert item["rating"] in (1, 2, 3, 4)


def test_organisation_kinds_are_actor_kinds_of_the_pack() -> None:
    kinds = {kind.id for kind in pack().actor_kinds}
    for organisation in document()["workshop"]["organisations"]:
        assert organisation["kind"] in kinds, organisation["id"]


def test_the_example_shows_every_part_of_the_workshop() -> None:
    w = workshop()
    assert w.language.value == "sv"
    assert (w.method.id, w.method.version) == ("bra-pss-workshop", "1")
    assert w.current_step.value == "next_steps"
    assert [plan.step.value for plan in w.step_plan] == [s.step.value for s in pack().steps]
    minutes = {s.step: s.default_minutes for s in pack().steps}
    assert all(plan.planned_minutes == minutes[plan.step] for plan in w.step_plan)
    assert [plan.completed for plan in w.step_plan] == [True] * 6 + [False]
    assert len(w.meetings) == 2
    statuses = {a.status for a in w.indicator_assessments}
    assert statuses == set(IndicatorStatus)
    assert {a.indicator_id for a in w.indicator_assessments} == {i.id for i in w.indicators}
    gaps = [
        a.indicator_id
        for a in w.indicator_assessments
        if a.status != IndicatorStatus.NOT_OBSERVED and not a.sources
    ]
    assert 2 <= len(gaps) <= 3
    prioritised = sorted((p.rank, p.id) for p in w.problems if p.prioritised)
    assert [rank for rank, _ in prioritised] == [1, 2]
    for _, problem_id in prioritised:
        causes = [c for c in w.causes if c.problem_id == problem_id]
        assert 6 <= len(causes) <= 9
        assert any(c.parent_id for c in causes)
        measures = [m for m in w.measures if m.problem_id == problem_id]
        assert 3 <= len(measures) <= 5
    assert any(not m.cause_ids for m in w.measures)
    assert sum(s.to_steering_group for s in w.next_steps) == 2
    assert all(s.owner_organisation_id and s.owner_role for s in w.next_steps)


def test_the_example_holds_no_personal_data() -> None:
    for text in strings_in(document()):
        for pattern in (PERSONAL_IDENTITY_NUMBER, EMAIL_ADDRESS, PHONE_NUMBER):
            assert not pattern.search(text), f"{pattern.pattern} matches {text!r}"


def test_the_personal_data_patterns_catch_what_they_should() -> None:
    assert PERSONAL_IDENTITY_NUMBER.search("född 850709-9805")
    assert PERSONAL_IDENTITY_NUMBER.search("198507099805")
    assert EMAIL_ADDRESS.search("skriv till anna.l@exempel.se")
    assert PHONE_NUMBER.search("ring 070-123 45 67")
    assert PHONE_NUMBER.search("ring +46 8 123 456 78")
    for harmless in ("2026-11-20", "kl. 18–23", "lag 2023:196", "08:30", "p1", "c1-9"):
        for pattern in (PERSONAL_IDENTITY_NUMBER, EMAIL_ADDRESS, PHONE_NUMBER):
            assert not pattern.search(harmless), (pattern.pattern, harmless)


def test_the_example_shows_a_held_follow_up_meeting() -> None:
    """A newcomer sees the cycle: goals, consequences, one follow-up meeting and its records."""
    w = workshop()
    assert document()["format_version"] == 2
    assert len(w.follow_up_meetings) == 1
    meeting = w.follow_up_meetings[0]
    prioritised = [p for p in w.problems if p.prioritised]
    assert all(p.goal and p.goal_date and p.goal_indicator_ids for p in prioritised)
    assert {c.problem_id for c in w.consequences} == {p.id for p in prioritised}
    assert {g.problem_id for g in w.goal_attainments} == {p.id for p in prioritised}
    assert all(g.meeting_id == meeting.id and g.production for g in w.goal_attainments)
    open_steps = {s.id for s in w.next_steps if s.status.value in ("planned", "in_progress")}
    assert open_steps <= {u.next_step_id for u in w.next_step_updates}
    reassessed = [a for a in w.indicator_assessments if a.meeting_id == meeting.id]
    assert len(reassessed) >= 2
    assert {e.indicator_id for e in w.earlier_assessments} == {a.indicator_id for a in reassessed}
    assert w.follow_up_date is not None and w.follow_up_date > meeting.date
