"""The JSON-Schema interpreter: the keywords of the workshop schema; agreement with jsonschema."""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.unit.domain.hostile_workshop_files import Hostile, hostile_cases
from tests.unit.domain.workshop_file_samples import (
    example_document,
    jsonschema_validator,
    rich_document,
)
from workshop_app.domain.errors import WorkshopFileError
from workshop_app.domain.workshop_file.places import place_of, quoted
from workshop_app.domain.workshop_file.schema_check import (
    MAX_SAFE_INTEGER,
    check_schema,
    check_supported_keywords,
    find_schema_error,
    json_equal,
    workshop_schema,
)


def error_of(value: object, schema: dict[str, Any]) -> str | None:
    """The error as the user reads it: "place: message", or just the message at the root."""
    error = find_schema_error(value, schema)
    return None if error is None else str(error.to_exception())


def test_the_shipped_schema_loads_once_and_the_example_passes() -> None:
    assert workshop_schema() is workshop_schema()
    assert find_schema_error(example_document()) is None
    assert find_schema_error(rich_document()) is None
    check_schema(example_document())


def test_an_unsupported_keyword_or_format_is_refused_not_ignored() -> None:
    with pytest.raises(ValueError, match="minItems"):
        check_supported_keywords({"properties": {"a": {"type": "array", "minItems": 1}}})
    with pytest.raises(ValueError, match="email"):
        check_supported_keywords({"anyOf": [{"type": "string", "format": "email"}]})
    check_supported_keywords(workshop_schema())


@pytest.mark.parametrize(
    ("value", "ok"),
    [(1, True), (1.0, True), (0, True), (-3, True), (True, False), (False, False),
     (1.5, False), ("1", False), (None, False), ([1], False)],
)  # fmt: skip
def test_integer_excludes_booleans_but_takes_whole_floats(value: object, ok: bool) -> None:
    assert (find_schema_error(value, {"type": "integer"}) is None) is ok


@pytest.mark.parametrize(
    ("value", "schema", "ok"),
    [
        (True, {"const": 1}, False),
        (1.0, {"const": 1}, True),
        (False, {"enum": [0, 1, None]}, False),
        (0, {"enum": [0, 1, None]}, True),
        (None, {"enum": [0, 1, None]}, True),
        ("x", {"type": ["string", "null"]}, True),
        (None, {"type": ["string", "null"]}, True),
        (3, {"type": ["string", "null"]}, False),
        (2, {"type": "number"}, True),
        (True, {"type": "boolean"}, True),
        (0, {"type": "boolean"}, False),
    ],
)
def test_json_equality_and_type_lists(value: object, schema: dict[str, Any], ok: bool) -> None:
    assert (find_schema_error(value, schema) is None) is ok


def test_json_equal_compares_containers_the_json_way() -> None:
    assert json_equal([1, {"a": 2.0}], [1.0, {"a": 2}])
    assert not json_equal([True], [1])
    assert not json_equal({"a": 1}, {"b": 1})
    assert not json_equal("1", 1)


@pytest.mark.parametrize(
    "value", [float("nan"), float("inf"), float("-inf"), MAX_SAFE_INTEGER + 1, -(2**60), 1e300]
)
def test_non_finite_and_out_of_range_numbers_are_refused_anywhere(value: float) -> None:
    assert find_schema_error(value, {}) is not None
    assert find_schema_error(value, {"type": "number"}) is not None


def test_length_is_checked_before_the_pattern_and_counts_characters() -> None:
    schema = {"type": "string", "maxLength": 3, "pattern": "^a+$"}
    assert error_of("a" * 5_000_000, schema) == "is longer than 3 characters (5000000 given)"
    assert error_of("ååå", {"type": "string", "maxLength": 3}) is None
    assert error_of("👩‍👩‍👧", {"type": "string", "maxLength": 5}) is None  # 5 code points
    assert error_of("", {"type": "string", "minLength": 1}) == "must not be empty"
    assert "shorter than 2" in str(error_of("a", {"type": "string", "minLength": 2}))


def test_dollar_means_end_of_text_as_in_ecma_262() -> None:
    schema = {"type": "string", "pattern": "^[a-z]+$"}
    assert error_of("abc", schema) is None
    assert error_of("abc\n", schema) is not None
    assert error_of("$", {"type": "string", "pattern": "^[$]$"}) is None
    assert error_of("a$", {"type": "string", "pattern": r"^a\$$"}) is None


def test_unpaired_surrogates_are_refused_in_strings() -> None:
    assert "surrogate" in str(error_of("a\ud800", {"type": "string"}))
    assert error_of("a😀", {"type": "string"}) is None


@pytest.mark.parametrize(
    ("text", "ok"),
    [("2026-09-01", True), ("2024-02-29", True), ("2026-02-29", False), ("2026-02-30", False),
     ("2026-13-01", False), ("2026-9-1", False), ("20260901", False), ("2026-09-01\n", False),
     ("٢٠٢٦-٠٩-٠١", False), ("0000-01-01", False), ("2026-W36", False), ("", False)],
)  # fmt: skip
def test_date_format_is_strict(text: str, ok: bool) -> None:
    assert (find_schema_error(text, {"type": "string", "format": "date"}) is None) is ok


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("2026-09-01T09:00:00+02:00", True),
        ("2026-09-01T09:00:00Z", True),
        ("2026-09-01t09:00:00z", True),
        ("2026-09-01T09:00:00.123456789-05:30", True),
        ("2026-09-01T09:00:00", False),
        ("2026-09-01 09:00:00+02:00", False),
        ("2026-09-01T09:00+02:00", False),
        ("2026-09-01T24:00:00Z", False),
        ("2026-09-01T23:59:60Z", False),
        ("2026-02-30T09:00:00Z", False),
        ("2026-09-01T09:00:00+24:00", False),
        ("2026-09-01T09:00:00+01:60", False),
        ("2026-09-01T09:00:00+0100", False),
        ("2026-09-01T09:00:00.Z", False),
        ("2026-09-01", False),
    ],
)
def test_date_time_format_is_rfc_3339_with_an_offset(text: str, ok: bool) -> None:
    assert (find_schema_error(text, {"type": "string", "format": "date-time"}) is None) is ok


def test_formats_ignore_other_types() -> None:
    assert find_schema_error(None, {"type": ["string", "null"], "format": "date"}) is None


def test_any_of_reports_the_branch_of_the_values_type() -> None:
    schema = {"anyOf": [{"type": "string", "pattern": "^[a-z]+$"}, {"type": "null"}]}
    assert error_of(None, schema) is None
    assert "does not match the pattern" in str(error_of("A B", schema))
    assert error_of(5, schema) == "expected string or null, got integer"


def test_unique_items_names_the_repeat_and_treats_1_and_true_apart() -> None:
    schema = {"type": "array", "uniqueItems": True}
    assert error_of([1, True, "1", None, [1]], schema) is None
    assert error_of(["a", "b", "a"], {**schema, "items": {"type": "string"}}) == (
        '[2]: repeats "a" (already item [0])'
    )
    assert error_of([{"a": 1}, {"a": 1.0}], schema) is not None
    assert error_of([1, 1.0], schema) is not None


def test_objects_report_unknown_then_missing_fields_with_their_place() -> None:
    schema = {
        "type": "object",
        "additionalProperties": False,
        "required": ["a"],
        "properties": {"a": {"type": "integer"}, "b": {"type": "string"}},
    }
    assert error_of({"a": 1}, schema) is None
    assert error_of({"b": "x"}, schema) == "a: required field is missing"
    assert error_of({"a": 1, "c": 2}, schema) == 'unknown top-level field "c"'
    assert error_of({"x": {"a": 1, "c": 2}}, {"properties": {"x": schema}}) == (
        'x: unknown field "c"'
    )
    assert error_of({"a": "1"}, schema) == "a: expected integer, got string"


def test_the_workshop_schema_errors_name_places_relative_to_the_workshop() -> None:
    document = rich_document()
    document["workshop"]["causes"][2]["certainty"] = "sure"
    with pytest.raises(WorkshopFileError) as raised:
        check_schema(document)
    assert str(raised.value).startswith("causes[2].certainty: must be one of")
    assert raised.value.place == "causes[2].certainty"


def test_places_and_quoting() -> None:
    assert place_of(()) is None
    assert place_of(("workshop",)) == "workshop"
    assert place_of(("format_version",)) == "format_version"
    assert place_of(("workshop", "method", "id")) == "method.id"
    assert place_of(("workshop", "a b", 1)) == '["a b"][1]'
    assert quoted("x" * 100).endswith("…")
    assert quoted("\ud800") == '"\\ud800"'
    assert quoted("rad\nbrytning") == '"rad\\nbrytning"'


def _parsed_or_none(data: bytes) -> object:
    try:
        return json.loads(data.decode("utf-8-sig"))
    except (ValueError, RecursionError):
        return None


# Every hostile case that the json module can parse: what is left to tell valid from invalid
# is the schema, so both validators must come to the same verdict.
COMPARABLE = [case for case in hostile_cases() if _parsed_or_none(case.data) is not None]


def test_most_of_the_corpus_is_comparable() -> None:
    assert len(COMPARABLE) > 300


@pytest.mark.parametrize("case", COMPARABLE, ids=lambda case: case.name)
def test_agrees_with_jsonschema_on_the_hostile_corpus(case: Hostile) -> None:
    document = _parsed_or_none(case.data)
    ours = find_schema_error(document) is None
    theirs = jsonschema_validator().is_valid(document)
    if case.stricter_than_jsonschema:
        assert (ours, theirs) == (False, True)
    else:
        assert ours == theirs, find_schema_error(document)


def test_agrees_with_jsonschema_on_the_valid_samples() -> None:
    for document in (example_document(), rich_document()):
        assert jsonschema_validator().is_valid(document)
        assert find_schema_error(document) is None
