"""Writing workshop files: the example's exact shape, checks before writing, atomic output."""

from __future__ import annotations

import dataclasses
import json
import os
from datetime import date, datetime
from pathlib import Path

import pytest

from tests.unit.domain.hostile_workshop_files import encode
from tests.unit.domain.workshop_file_samples import (
    APP_VERSION,
    EXPORTED_AT,
    example_bytes,
    example_document,
    jsonschema_validator,
    rich_document,
)
from workshop_app.domain.errors import WorkshopFileError
from workshop_app.domain.model import Cause, Note, StepPlan, Workshop
from workshop_app.domain.steps import Step
from workshop_app.domain.workshop_file import (
    document_to_json,
    parse_workshop_document,
    read_workshop_file,
    workshop_to_document,
    write_workshop_file,
)
from workshop_app.domain.workshop_file.writer import FIELD_ORDER, OMITTED_WHEN_NONE


def written(workshop: Workshop, format_version: int = 2) -> dict[str, object]:
    return workshop_to_document(
        workshop,
        app_version=APP_VERSION,
        exported_at=EXPORTED_AT,
        format_version=format_version,
    )


def test_the_example_is_written_back_byte_for_byte() -> None:
    # A version-1 file written as version 1 (for a recipient on an older release).
    workshop = parse_workshop_document(example_bytes())
    document = written(workshop, 1)
    assert document == example_document()
    assert document_to_json(document) == example_bytes()
    assert jsonschema_validator().is_valid(document)


def test_the_rich_document_round_trips_with_its_key_order() -> None:
    original = rich_document()
    workshop = parse_workshop_document(encode(original), known_indicator_ids={"ind-y"})
    document = written(workshop, 1)
    jsonschema_validator().validate(document)
    assert json.dumps(document) == json.dumps(original)  # equal, and in the same key order


def test_exported_at_and_app_version_are_the_given_ones() -> None:
    moment = datetime.fromisoformat("2027-01-02T03:04:05-05:30")
    document = workshop_to_document(Workshop("w", "T"), app_version="9.9", exported_at=moment)
    assert list(document) == ["format", "format_version", "exported_at", "app_version", "workshop"]
    assert (document["exported_at"], document["app_version"]) == (
        "2027-01-02T03:04:05-05:30",
        "9.9",
    )


def test_every_field_is_written_with_its_default_and_unset_non_nullables_are_left_out() -> None:
    workshop = Workshop(
        "w",
        "T",
        step_plan=(StepPlan(Step.CAUSES),),
        causes=(),
        notes=(Note("n", Step.CAUSES, "text"),),
    )
    body = written(workshop)["workshop"]
    assert isinstance(body, dict)
    assert "created_at" not in body and "updated_at" not in body
    assert body["municipality"] == "" and body["follow_up_date"] is None
    assert body["method"] == {"id": "bra-pss-workshop", "version": "1"}
    assert body["step_plan"] == [{"step": "causes", "elapsed_seconds": 0, "completed": False}]
    assert body["notes"] == [{"id": "n", "step": "causes", "text": "text"}]
    assert body["causes"] == []
    jsonschema_validator().validate(written(workshop))


@pytest.mark.parametrize("cls", list(FIELD_ORDER), ids=lambda cls: cls.__name__)
def test_field_order_lists_every_model_field_once(cls: type) -> None:
    assert sorted(FIELD_ORDER[cls]) == sorted(f.name for f in dataclasses.fields(cls))
    assert all(field in FIELD_ORDER[owner] for owner, field in OMITTED_WHEN_NONE)


def test_json_text_is_utf8_indented_with_a_final_newline() -> None:
    text = document_to_json({"a": "åäö 🚓 שלום", "b": [1]})
    assert text == '{\n  "a": "åäö 🚓 שלום",\n  "b": [\n    1\n  ]\n}\n'.encode()
    with pytest.raises(ValueError):
        document_to_json({"a": float("nan")})


def test_write_then_read_gives_the_same_workshop(tmp_path: Path) -> None:
    workshop = parse_workshop_document(encode(rich_document()))
    path = tmp_path / "Åsa Öberg" / "export.workshop.json"
    path.parent.mkdir()
    write_workshop_file(path, workshop, app_version=APP_VERSION, exported_at=EXPORTED_AT)
    assert read_workshop_file(path) == workshop
    assert not path.read_bytes().startswith(b"\xef\xbb\xbf")
    if os.name == "posix":
        assert path.stat().st_mode & 0o777 == 0o600
    assert sorted(p.name for p in path.parent.iterdir()) == ["export.workshop.json"]


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            {"causes": (Cause("c1", "nope", "x"),)},
            'causes[0].problem_id: no problem with id "nope"',
        ),
        ({"title": "x" * 201}, "title: is longer than 200 characters"),
        ({"title": "bad \ud800"}, "title: contains an unpaired UTF-16 surrogate"),
        ({"follow_up_date": date(2026, 1, 1)}, None),
    ],
)
def test_a_workshop_that_breaks_the_file_rules_is_not_written(
    tmp_path: Path, change: dict[str, object], expected: str | None
) -> None:
    path = tmp_path / "ut.workshop.json"
    path.write_bytes(b"old")
    workshop = dataclasses.replace(Workshop("w", "Titel"), **change)  # type: ignore[arg-type]
    if expected is None:
        write_workshop_file(path, workshop, app_version=APP_VERSION, exported_at=EXPORTED_AT)
        assert read_workshop_file(path) == workshop
        return
    with pytest.raises(WorkshopFileError) as raised:
        write_workshop_file(path, workshop, app_version=APP_VERSION, exported_at=EXPORTED_AT)
    assert str(raised.value).startswith(expected)
    assert path.read_bytes() == b"old"


def test_a_naive_export_time_is_refused(tmp_path: Path) -> None:
    with pytest.raises(WorkshopFileError, match=r"^exported_at: "):
        write_workshop_file(
            tmp_path / "x.json",
            Workshop("w", "T"),
            app_version="1",
            exported_at=datetime(2026, 1, 1),
        )
    assert list(tmp_path.iterdir()) == []


def test_a_failed_write_leaves_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "ut.workshop.json"
    path.write_bytes(b"old")

    def broken_replace(source: str, target: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError, match="No space"):
        write_workshop_file(path, Workshop("w", "T"), app_version="1", exported_at=EXPORTED_AT)
    assert path.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["ut.workshop.json"]
