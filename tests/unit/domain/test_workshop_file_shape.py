"""A file of millions of tiny objects is refused before they are built."""

from __future__ import annotations

import json
import tracemalloc

import pytest

from tests.unit.domain.hostile_workshop_files import encode
from tests.unit.domain.workshop_file_samples import rich_document
from workshop_app.domain.errors import WorkshopFileError
from workshop_app.domain.workshop_file import decode, parse_workshop_document
from workshop_app.domain.workshop_file.decode import MAX_FILE_BYTES

HEAD = b'{"format":"workshop_app.workshop","format_version":1,"workshop":{"id":"a","title":"t",'


def filled(item: bytes) -> bytes:
    """A file just under 20 MB whose problems are ``item`` again and again."""
    head = HEAD + b'"problems":['
    count = (MAX_FILE_BYTES - len(head) - 10) // (len(item) + 1)
    return head + b",".join([item] * count) + b"]}}"


@pytest.mark.parametrize("item", [b"{}", b"[]", b'{"a":1}'], ids=["objects", "arrays", "tiny"])
def test_20_mb_of_empty_objects_is_refused_without_building_them(item: bytes) -> None:
    raw = filled(item)
    assert len(raw) <= MAX_FILE_BYTES
    tracemalloc.start()
    try:
        with pytest.raises(WorkshopFileError, match="more objects and arrays than"):
            parse_workshop_document(raw)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    # The text itself is 20 MB (40 MB as a str with its skeleton); millions of dicts were 500.
    assert peak < 120 * 1024 * 1024, peak


def test_brackets_inside_strings_are_text(monkeypatch: pytest.MonkeyPatch) -> None:
    document = rich_document()
    document["workshop"]["purpose"] = "{[" * 200 + '\\"{' * 50
    raw = encode(document)
    containers = json.dumps(document).count("{") + json.dumps(document).count("[")
    structural = containers - 450
    monkeypatch.setattr(decode, "MAX_CONTAINERS", structural)
    assert parse_workshop_document(raw).purpose == document["workshop"]["purpose"]
    monkeypatch.setattr(decode, "MAX_CONTAINERS", structural - 1)
    with pytest.raises(WorkshopFileError, match="more objects and arrays"):
        parse_workshop_document(raw)
