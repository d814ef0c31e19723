"""Windows: a file briefly held open by a scanner cannot be replaced; the write tries again."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from workshop_app.domain import atomic_file
from workshop_app.domain.atomic_file import write_bytes_atomically


def failing_first(times: int, monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """os.replace fails ``times`` times with the error Windows gives for a held file."""
    real = os.replace
    calls: list[tuple[str, str]] = []

    def replace(source: Any, target: Any) -> None:
        calls.append((str(source), str(target)))
        if len(calls) <= times:
            raise PermissionError(
                13,
                "The process cannot access the file because it is being used by another process",
                str(target),
            )
        real(source, target)

    monkeypatch.setattr(os, "replace", replace)
    monkeypatch.setattr(atomic_file, "RETRY_DELAYS", (0.001,) * len(atomic_file.RETRY_DELAYS))
    return calls


def test_a_replace_that_fails_twice_then_succeeds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "Åsa Öberg protokoll.workshop.json"
    target.write_bytes(b"old")
    calls = failing_first(2, monkeypatch)
    write_bytes_atomically(target, b"new content")
    assert target.read_bytes() == b"new content"
    assert len(calls) == 3 and all(c[1] == str(target) for c in calls)
    assert sorted(p.name for p in tmp_path.iterdir()) == [target.name]  # no temp file left


def test_a_file_held_for_good_is_reported_and_left_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "minutes.docx"
    target.write_bytes(b"old")
    calls = failing_first(100, monkeypatch)
    with pytest.raises(PermissionError):
        write_bytes_atomically(target, b"new content")
    assert len(calls) == len(atomic_file.RETRY_DELAYS) + 1
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == [target.name]
