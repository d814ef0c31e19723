"""CONTRACT §1 rule 8: no U+0000 in text, counts within 0…2,147,483,647 – in the reader and schema."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from workshop_app.domain.errors import WorkshopFileError
from workshop_app.domain.value_ranges import COUNT_RANGES, MAX_COUNT, first_nul, out_of_range
from workshop_app.domain.workshop_file import parse_workshop_document


def document(example_file: Path) -> dict[str, Any]:
    return json.loads(example_file.read_text(encoding="utf-8"))


def refusal(doc: dict[str, Any]) -> str:
    with pytest.raises(WorkshopFileError) as caught:
        parse_workshop_document(json.dumps(doc).encode())
    return str(caught.value)


@pytest.mark.parametrize(
    ("where", "expected"),
    [
        (lambda w: w.__setitem__("title", "Norr\x00backa"), "title: text contains"),
        (lambda w: w["problems"][0].__setitem__("place", "\x00"), "problems[0].place: text"),
        (lambda w: w["causes"][0].__setitem__("description", "a\x00"), "causes[0].description"),
    ],
)
def test_a_nul_in_any_text_is_refused_naming_the_place(
    example_file: Path, where: Any, expected: str
) -> None:
    doc = document(example_file)
    where(doc["workshop"])
    message = refusal(doc)
    assert message.startswith(expected), message
    assert "U+0000" in message


@pytest.mark.parametrize(
    ("collection", "field"),
    [("problems", "votes"), ("problems", "rank"), ("step_plan", "elapsed_seconds")],
)
def test_counts_of_two_to_the_31_are_refused(
    example_file: Path, collection: str, field: str
) -> None:
    doc = document(example_file)
    doc["workshop"][collection][0][field] = 2**31
    assert refusal(doc).startswith(f"{collection}[0].{field}: ")
    largest = copy.deepcopy(document(example_file))
    largest["workshop"][collection][0][field] = COUNT_RANGES[field][1]
    parse_workshop_document(json.dumps(largest).encode())  # the maximum itself is fine


def test_the_schema_states_the_same_ranges(schema_file: Path) -> None:
    schema = json.loads(schema_file.read_text(encoding="utf-8"))
    found: dict[str, set[tuple[int, int]]] = {}

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            for name, sub in (node.get("properties") or {}).items():
                if name in COUNT_RANGES and isinstance(sub, dict):
                    found.setdefault(name, set()).add((sub.get("minimum"), sub.get("maximum")))
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(schema)
    assert found == {name: {bounds} for name, bounds in COUNT_RANGES.items()}
    assert MAX_COUNT == 2**31 - 1


def test_helpers() -> None:
    assert out_of_range("rank", MAX_COUNT) is None
    assert "out of range" in (out_of_range("elapsed_seconds", -1) or "")
    assert out_of_range("title", 10**12) is None
    assert first_nul({"a": [1, "x", {"b\x00": 1}]}) == ("a", 2, "b\x00")
    assert first_nul({"a": ["ok"]}) is None
