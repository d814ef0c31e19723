"""A large workshop – hundreds of items everywhere, deep cause trees, many scripts – round-trips."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from tests.unit.domain.workshop_file_samples import (
    APP_VERSION,
    EXPORTED_AT,
    jsonschema_validator,
    stress_workshop,
)
from workshop_app.domain.model import Workshop
from workshop_app.domain.workshop_file import (
    MAX_FILE_BYTES,
    document_to_json,
    parse_workshop_document,
    read_workshop_file,
    workshop_to_document,
    write_workshop_file,
)


def known_ids(workshop: Workshop) -> set[str]:
    return {i.id for i in workshop.indicators if not i.custom}


def cause_depth(workshop: Workshop) -> int:
    parent = {c.id: c.parent_id for c in workshop.causes}
    deepest = 0
    for cause_id in parent:
        depth, current = 0, parent[cause_id]
        while current is not None:
            depth, current = depth + 1, parent[current]
        deepest = max(deepest, depth)
    return deepest


def test_the_large_workshop_is_what_it_claims() -> None:
    workshop = stress_workshop()
    for name in (
        "organisations",
        "participants",
        "meetings",
        "indicators",
        "problems",
        "measures",
        "preconditions",
        "next_steps",
        "notes",
    ):
        assert len(getattr(workshop, name)) >= 300, name
    assert len(workshop.causes) >= 900
    assert cause_depth(workshop) >= 20
    texts = " ".join(c.description for c in workshop.causes)
    for sample in ("Ö", "ä", "å", "🚶‍♀️", "שלום", "مرحبا"):
        assert sample in texts


@pytest.mark.parametrize("seed", [1, 2])
def test_a_large_workshop_round_trips_and_validates(seed: int) -> None:
    workshop = stress_workshop(seed=seed)
    document = workshop_to_document(workshop, app_version=APP_VERSION, exported_at=EXPORTED_AT)
    jsonschema_validator().validate(document)
    raw = document_to_json(document)
    again = parse_workshop_document(raw, known_indicator_ids=known_ids(workshop))
    assert again == workshop
    second = workshop_to_document(again, app_version=APP_VERSION, exported_at=EXPORTED_AT)
    assert second == document
    assert document_to_json(second) == raw


def test_a_large_workshop_through_a_file(tmp_path: Path) -> None:
    workshop = stress_workshop(size=400)
    path = tmp_path / "Stor workshop – Rosengård.workshop.json"
    write_workshop_file(path, workshop, app_version=APP_VERSION, exported_at=EXPORTED_AT)
    assert read_workshop_file(path, known_indicator_ids=known_ids(workshop)) == workshop


@pytest.mark.slow
def test_a_file_near_the_size_limit_reads_in_reasonable_time() -> None:
    workshop = stress_workshop(size=3000)
    raw = document_to_json(
        workshop_to_document(workshop, app_version=APP_VERSION, exported_at=EXPORTED_AT)
    )
    assert MAX_FILE_BYTES / 2 < len(raw) <= MAX_FILE_BYTES
    started = time.perf_counter()
    assert parse_workshop_document(raw, known_indicator_ids=known_ids(workshop)) == workshop
    assert time.perf_counter() - started < 30
