"""Format version 2 (the follow-up cycle): reads 1 and 2, writes 2, and 1 only when nothing is lost."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import REPO_ROOT
from tests.unit.domain.hostile_workshop_files import encode
from tests.unit.domain.workshop_file_samples import (
    APP_VERSION,
    EXPORTED_AT,
    jsonschema_validator,
    rich_document,
    rich_version_2,
)
from workshop_app.domain.enums import Rating
from workshop_app.domain.errors import WorkshopFileError
from workshop_app.domain.method_pack.loader import load_method_pack
from workshop_app.domain.workshop_file import parse_workshop_document, workshop_to_document
from workshop_app.domain.workshop_file.versions import (
    ADDED_COLLECTIONS,
    ADDED_FIELDS,
    ADDED_HEADER_FIELDS,
    version_1_losses,
)

VERSION_1_FILES = sorted((REPO_ROOT / "tests" / "data" / "v1").glob("*.workshop.json"))
ADDED_ITEM_FIELDS = {
    "indicator_assessments": ("meeting_id",),
    "problems": ("goal", "goal_date", "goal_measure", "goal_indicator_ids"),
    "measures": ("expected_effect", "evidence", "implementation"),
    "next_steps": ("meeting_id",),
    "notes": ("resolved_at",),
}


def written(document: dict[str, Any], version: int = 2) -> dict[str, Any]:
    workshop = parse_workshop_document(encode(document), known_indicator_ids={"ind-y"})
    return workshop_to_document(
        workshop, app_version=APP_VERSION, exported_at=EXPORTED_AT, format_version=version
    )


def test_a_version_2_file_round_trips_exactly() -> None:
    original = rich_version_2()
    jsonschema_validator().validate(original)
    again = written(original)
    assert json.dumps(again) == json.dumps(original)  # equal and in the same key order


def test_the_version_2_schema_and_writer_agree_on_the_added_names() -> None:
    body = rich_version_2()["workshop"]
    assert list(body)[-len(ADDED_COLLECTIONS) :] == list(ADDED_COLLECTIONS)
    after = list(body).index("follow_up_date") + 1
    assert list(body)[after : after + len(ADDED_HEADER_FIELDS)] == list(ADDED_HEADER_FIELDS)
    for name, added in ADDED_ITEM_FIELDS.items():
        assert list(body[name][0])[-len(added) :] == list(added)
    assert sorted(ADDED_ITEM_FIELDS.values()) == sorted(ADDED_FIELDS.values())


@pytest.mark.parametrize("path", VERSION_1_FILES, ids=lambda p: p.name)
def test_version_1_files_import_with_every_field(path: Path) -> None:
    original = json.loads(path.read_bytes())
    known = {indicator.id for indicator in load_method_pack().indicators}
    workshop = parse_workshop_document(path.read_bytes(), known_indicator_ids=known)
    settings = {"app_version": original["app_version"], "exported_at": EXPORTED_AT}
    as_2 = workshop_to_document(workshop, **settings)
    as_1 = workshop_to_document(workshop, format_version=1, **settings)
    # Every version-1 field keeps its name, place and value; version 2 only adds.
    assert as_1["workshop"] == original["workshop"]
    v1_part = {
        key: value
        for key, value in as_2["workshop"].items()
        if key not in ADDED_COLLECTIONS and key not in ADDED_HEADER_FIELDS
    }
    for name, added in ADDED_ITEM_FIELDS.items():
        v1_part[name] = [
            {key: value for key, value in item.items() if key not in added}
            for item in v1_part[name]
        ]
    assert json.dumps(v1_part) == json.dumps(original["workshop"])
    assert as_2["format_version"] == 2
    assert all(as_2["workshop"][name] == [] for name in ADDED_COLLECTIONS)
    assert version_1_losses(workshop) == ()


def test_version_1_refuses_naming_everything_it_would_lose() -> None:
    with pytest.raises(WorkshopFileError) as caught:
        written(rich_version_2(), 1)
    message = str(caught.value)
    assert message.startswith("format_version: format version 1 cannot hold")
    for lost in (
        "consequences (2)",
        "follow_up_meetings (2)",
        "earlier_assessments (1)",
        "next_step_updates (2)",
        "goal_attainments (1)",
        "indicator_assessments[].meeting_id (1)",
        "problems[].goal (1)",
        "problems[].goal_indicator_ids (1)",
        "measures[].implementation (1)",
        "next_steps[].meeting_id (1)",
        'preconditions[].rating "dont_know" (1)',
        "note_taker",
        "logo",
        "attachments (2)",
        "distribution (1)",
        "notes[].resolved_at (1)",
    ):
        assert lost in message


def test_dont_know_is_distinct_from_not_rated() -> None:
    workshop = parse_workshop_document(encode(rich_version_2()))
    ratings = [p.rating for p in workshop.preconditions]
    assert ratings[2] is Rating.DONT_KNOW
    unrated = rich_version_2()
    unrated["workshop"]["preconditions"][2]["rating"] = None
    assert parse_workshop_document(encode(unrated)).preconditions[2].rating is None


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (("follow_up_meetings", 0, "agenda", "x"), 'follow_up_meetings[0]: unknown field "agenda"'),
        (("problems", 0, "goal_owner", "x"), 'problems[0]: unknown field "goal_owner"'),
        (
            ("next_step_updates", 0, "meeting_id", "f9"),
            'next_step_updates[0].meeting_id: no follow-up meeting with id "f9"',
        ),
        (
            ("problems", 0, "goal_indicator_ids", ["ind-z"]),
            'problems[0].goal_indicator_ids[0]: no indicator with id "ind-z"',
        ),
        (
            ("goal_attainments", 0, "problem_id", "pr9"),
            'goal_attainments[0].problem_id: no problem with id "pr9"',
        ),
        (
            ("next_step_updates", 1, "meeting_id", "f1"),
            'next_step_updates[1]: next step "n1" has two entries for meeting "f1"',
        ),
        (("goal_attainments", 0, "attainment", "maybe"), "goal_attainments[0].attainment"),
    ],
)
def test_version_2_is_checked_like_version_1(change: tuple[Any, ...], expected: str) -> None:
    document = rich_version_2()
    *path, key, value = change
    target: Any = document["workshop"]
    for part in path:
        target = target[part]
    target[key] = value
    with pytest.raises(WorkshopFileError) as caught:
        parse_workshop_document(encode(document), known_indicator_ids={"ind-y"})
    assert str(caught.value).startswith(expected)


def test_a_version_1_file_may_not_hold_version_2_fields() -> None:
    document = copy.deepcopy(rich_version_2())
    document["format_version"] = 1
    with pytest.raises(WorkshopFileError, match="unknown field"):
        parse_workshop_document(encode(document))
    version_1 = rich_document()
    version_1["workshop"]["preconditions"][0]["rating"] = "dont_know"
    with pytest.raises(WorkshopFileError, match=r"preconditions\[0\]\.rating"):
        parse_workshop_document(encode(version_1))
