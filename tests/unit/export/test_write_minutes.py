"""write_minutes writes atomically and explains locked files, read-only folders and full disks."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

from tests.unit.export.factories import EXPORTED_AT
from tests.unit.export.reading import headings, reopen
from workshop_app.domain import atomic_file
from workshop_app.domain.errors import WorkshopAppError
from workshop_app.domain.method_pack.model import MethodPack
from workshop_app.domain.model import Workshop
from workshop_app.export import ExportError, write_minutes

OLD = b"the minutes of last week"


@pytest.fixture
def existing(tmp_path: Path) -> Path:
    path = tmp_path / "Minnesanteckningar Norrbacka.docx"
    path.write_bytes(OLD)
    return path


def _write(path: Path, workshop: Workshop, pack: MethodPack) -> None:
    write_minutes(path, workshop, pack, variant="short", exported_at=EXPORTED_AT)


def test_writes_a_document_that_opens_again(
    any_data_dir: Path, workshop: Workshop, pack: MethodPack
) -> None:
    path = any_data_dir / "Protokoll Åsa.docx"
    _write(path, workshop, pack)
    assert "Sammanfattning" in headings(reopen(path.read_bytes()), 1)
    assert [p.name for p in any_data_dir.iterdir()] == [path.name]  # no temporary file left
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_replacing_keeps_the_permissions_of_the_old_file(
    existing: Path, workshop: Workshop, pack: MethodPack
) -> None:
    existing.chmod(0o640)
    _write(existing, workshop, pack)
    assert existing.read_bytes() != OLD
    assert stat.S_IMODE(existing.stat().st_mode) == 0o640


def test_a_locked_target_is_left_untouched(
    existing: Path, workshop: Workshop, pack: MethodPack, monkeypatch: pytest.MonkeyPatch
) -> None:
    def locked(src: str, dst: str) -> None:  # what Windows says while Word has the file open
        raise PermissionError(errno.EACCES, "Permission denied", dst)

    monkeypatch.setattr(atomic_file.os, "replace", locked)
    with pytest.raises(ExportError) as caught:
        _write(existing, workshop, pack)
    assert caught.value.reason == "locked"
    assert existing.name in str(caught.value) and "open in another program" in str(caught.value)
    assert isinstance(caught.value, WorkshopAppError)
    assert existing.read_bytes() == OLD
    assert list(existing.parent.iterdir()) == [existing]


def test_a_full_disk_leaves_no_half_written_file(
    existing: Path, workshop: Workshop, pack: MethodPack, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic_file.os, "fsync", full)
    with pytest.raises(ExportError) as caught:
        _write(existing, workshop, pack)
    assert caught.value.reason == "disk_full"
    assert "disk is full" in str(caught.value)
    assert existing.read_bytes() == OLD
    assert list(existing.parent.iterdir()) == [existing]


def test_a_read_only_folder_gives_a_clear_error(
    tmp_path: Path, workshop: Workshop, pack: MethodPack, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "skrivskyddad"
    folder.mkdir()
    folder.chmod(0o555)
    if os.name == "posix" and os.geteuid() == 0:  # root ignores permission bits: be the OS

        def refused(*args: object, **kwargs: object) -> tuple[int, str]:
            raise PermissionError(errno.EACCES, "Permission denied", str(folder))

        monkeypatch.setattr(atomic_file.tempfile, "mkstemp", refused)
    try:
        with pytest.raises(ExportError) as caught:
            _write(folder / "minnesanteckningar.docx", workshop, pack)
        assert caught.value.reason == "read_only"
        assert str(folder) in str(caught.value)
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o755)


def test_a_missing_folder_gives_a_clear_error(
    tmp_path: Path, workshop: Workshop, pack: MethodPack
) -> None:
    with pytest.raises(ExportError) as caught:
        _write(tmp_path / "finns inte" / "minnesanteckningar.docx", workshop, pack)
    assert caught.value.reason == "missing_folder"


def test_a_folder_as_target_is_refused(
    tmp_path: Path, workshop: Workshop, pack: MethodPack
) -> None:
    with pytest.raises(ExportError):
        _write(tmp_path, workshop, pack)
