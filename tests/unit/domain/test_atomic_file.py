"""Atomic file writes: all or nothing, no temporary files left behind, private by default."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from workshop_app.domain.atomic_file import write_bytes_atomically

posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


def test_writes_a_new_file(tmp_path: Path) -> None:
    path = tmp_path / "ny.txt"
    write_bytes_atomically(path, "åäö\n".encode())
    assert path.read_bytes() == "åäö\n".encode()
    assert list(tmp_path.iterdir()) == [path]


def test_replaces_an_existing_file(tmp_path: Path) -> None:
    path = tmp_path / "fil.txt"
    path.write_bytes(b"old content that is longer")
    write_bytes_atomically(path, b"new")
    assert path.read_bytes() == b"new"
    assert list(tmp_path.iterdir()) == [path]


def test_accepts_a_folder_with_swedish_letters_and_an_empty_file(tmp_path: Path) -> None:
    folder = tmp_path / "Åsa Öberg" / "Exporter"
    folder.mkdir(parents=True)
    write_bytes_atomically(folder / "tom.json", b"")
    assert (folder / "tom.json").read_bytes() == b""


@posix_only
def test_the_file_is_private_by_default_whatever_the_umask(tmp_path: Path) -> None:
    old_umask = os.umask(0)
    try:
        write_bytes_atomically(tmp_path / "a", b"x")
        write_bytes_atomically(tmp_path / "b", b"x", mode=0o644)
    finally:
        os.umask(old_umask)
    assert (tmp_path / "a").stat().st_mode & 0o777 == 0o600
    assert (tmp_path / "b").stat().st_mode & 0o777 == 0o644


@posix_only
def test_replacing_a_world_readable_file_makes_it_private(tmp_path: Path) -> None:
    path = tmp_path / "fil"
    path.write_bytes(b"old")
    path.chmod(0o644)
    write_bytes_atomically(path, b"new")
    assert path.stat().st_mode & 0o777 == 0o600


@pytest.mark.parametrize("failing", ["replace", "fsync", "write", "chmod"])
def test_a_failure_leaves_the_old_file_and_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    path = tmp_path / "fil.json"
    path.write_bytes(b"old")

    def fail(*args: object, **kwargs: object) -> None:
        raise OSError(5, f"simulated {failing} failure")

    if failing == "write":
        real_fdopen = os.fdopen

        class FailingFile:
            def __init__(self, *args: object, **kwargs: object) -> None:
                self.inner = real_fdopen(*args, **kwargs)  # type: ignore[call-overload]

            def __enter__(self) -> FailingFile:
                return self

            def __exit__(self, *exc: object) -> None:
                self.inner.close()

            write = fail

        monkeypatch.setattr(os, "fdopen", FailingFile)
    else:
        monkeypatch.setattr(os, failing, fail)
    with pytest.raises(OSError, match=f"simulated {failing} failure"):
        write_bytes_atomically(path, b"new")
    monkeypatch.undo()
    assert path.read_bytes() == b"old"
    assert list(tmp_path.iterdir()) == [path]


def test_a_missing_folder_raises_and_creates_nothing(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        write_bytes_atomically(tmp_path / "saknas" / "fil", b"x")
    assert list(tmp_path.iterdir()) == []


def test_a_folder_in_the_way_raises_and_is_kept(tmp_path: Path) -> None:
    target = tmp_path / "mapp"
    target.mkdir()
    (target / "inne").write_bytes(b"kvar")
    with pytest.raises(OSError):
        write_bytes_atomically(target, b"x")
    assert (target / "inne").read_bytes() == b"kvar"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mapp"]


def test_an_interrupt_also_cleans_up(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupted(*args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_bytes_atomically(tmp_path / "fil", b"x")
    monkeypatch.undo()
    assert list(tmp_path.iterdir()) == []


def test_a_folder_that_refuses_fsync_is_fine(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_fsync = os.fsync
    calls: list[int] = []

    def fsync(descriptor: int) -> None:
        calls.append(descriptor)
        if len(calls) > 1:  # the first call is the file's, the second the folder's
            raise OSError(22, "Invalid argument")
        real_fsync(descriptor)

    monkeypatch.setattr(os, "fsync", fsync)
    write_bytes_atomically(tmp_path / "fil", b"x")
    assert (tmp_path / "fil").read_bytes() == b"x"
    assert len(calls) == (2 if os.name == "posix" else 1)
