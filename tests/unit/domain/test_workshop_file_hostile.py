"""Malformed and hostile workshop files: each is refused with an error naming its place."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

import pytest

from tests.unit.domain.hostile_workshop_files import Hostile, encode, hostile_cases
from tests.unit.domain.workshop_file_samples import rich_document
from workshop_app.domain.errors import WorkshopFileError
from workshop_app.domain.workshop_file import (
    MAX_FILE_BYTES,
    parse_workshop_document,
    read_workshop_file,
)


def test_the_corpus_is_large_and_covers_every_category() -> None:
    cases = hostile_cases()
    assert len(cases) >= 200
    for word in ("truncated", "format", "wrong type", "unknown field", "duplicate", "dangling",
                 "cycle", "another problem", "10000", "characters", "UTF-8", "NaN", "bool",
                 "date", "start_time", "id"):  # fmt: skip
        assert any(word in case.name for case in cases), word


def test_the_base_of_the_corpus_is_valid() -> None:
    workshop = parse_workshop_document(encode(rich_document()))
    assert [c.parent_id for c in workshop.causes] == [None, "c1", "c2", None]


@pytest.mark.parametrize("case", hostile_cases(), ids=lambda case: case.name)
def test_hostile_file_is_refused_naming_the_place(case: Hostile) -> None:
    # Any exception other than WorkshopFileError escapes pytest.raises and fails the test.
    with pytest.raises(WorkshopFileError) as raised:
        parse_workshop_document(case.data)
    message = str(raised.value)
    assert case.expected in message
    assert "\n" not in message  # one line, for the command line's "error: …"
    message.encode("utf-8")  # printable whatever the file held
    assert len(message) < 400


@pytest.mark.parametrize("case", hostile_cases()[::7], ids=lambda case: case.name)
def test_hostile_file_read_from_disk(tmp_path: Path, case: Hostile) -> None:
    path = tmp_path / "fientlig.workshop.json"
    path.write_bytes(case.data)
    with pytest.raises(WorkshopFileError) as raised:
        read_workshop_file(path)
    assert case.expected in str(raised.value)


def test_a_file_over_20_mb_is_refused_before_it_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "stor.workshop.json"
    with path.open("wb") as file:
        file.truncate(MAX_FILE_BYTES + 1)  # sparse: no 20 MB written to disk
    reads: list[tuple[object, ...]] = []
    real_open = Path.open

    class SpyFile:
        def __init__(self, file: BinaryIO) -> None:
            self.file = file

        def __enter__(self) -> SpyFile:
            return self

        def __exit__(self, *exc: object) -> None:
            self.file.close()

        def fileno(self) -> int:
            return self.file.fileno()

        def read(self, *args: int) -> bytes:
            reads.append(args)
            return self.file.read(*args)

    monkeypatch.setattr(Path, "open", lambda self, *a, **k: SpyFile(real_open(self, *a, **k)))
    with pytest.raises(WorkshopFileError, match=r"^file is larger than 20 MB$"):
        read_workshop_file(path)
    assert reads == []


def test_20_mb_in_memory_and_a_file_exactly_at_the_limit(tmp_path: Path) -> None:
    with pytest.raises(WorkshopFileError, match=r"^file is larger than 20 MB$"):
        parse_workshop_document(b" " * (MAX_FILE_BYTES + 1))
    path = tmp_path / "precis.workshop.json"
    data = encode(rich_document())
    path.write_bytes(data + b" " * (MAX_FILE_BYTES - len(data)))
    assert read_workshop_file(path).id == "exempel-1"


def test_a_file_that_cannot_be_read_is_a_workshop_file_error(tmp_path: Path) -> None:
    with pytest.raises(WorkshopFileError, match=r"cannot read .*saknas"):
        read_workshop_file(tmp_path / "saknas.workshop.json")
    with pytest.raises(WorkshopFileError, match="cannot read"):
        read_workshop_file(tmp_path)
