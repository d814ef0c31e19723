"""Read-only and nearly full folders for the command-line tests (Linux mounts, as root)."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest


def _mount(*args: str) -> bool:
    if not shutil.which("mount") or not hasattr(os, "geteuid") or os.geteuid() != 0:
        return False
    done = subprocess.run(["mount", *args], capture_output=True, check=False)
    return done.returncode == 0


def _umount(path: Path) -> None:
    subprocess.run(["umount", "-l", str(path)], capture_output=True, check=False)


@contextlib.contextmanager
def read_only(folder: Path) -> Iterator[Path]:
    """``folder`` turned read-only in place by a read-only bind mount over itself.

    A chmod would not do: the tests run as root, which ignores permissions, whereas a
    read-only mount refuses every writer. Skips where mounting is not allowed.
    """
    if not _mount("--bind", str(folder), str(folder)):
        pytest.skip("mounting is not allowed here (needs root on Linux)")
    try:
        if not _mount("-o", "remount,bind,ro", str(folder)):
            pytest.skip("a bind mount cannot be made read-only here")
        yield folder
    finally:
        _umount(folder)


@contextlib.contextmanager
def small_disk(folder: Path, size_kb: int) -> Iterator[Path]:
    """A tmpfs of ``size_kb`` KB mounted on ``folder`` (created if missing)."""
    folder.mkdir(parents=True, exist_ok=True)
    if not _mount("-t", "tmpfs", "-o", f"size={size_kb}k,mode=0700", "tmpfs", str(folder)):
        pytest.skip("mounting a tmpfs is not allowed here (needs root on Linux)")
    try:
        yield folder
    finally:
        _umount(folder)


def fill_up(folder: Path, leave_bytes: int) -> None:
    """Fill the file system of ``folder`` until only about ``leave_bytes`` are free."""
    free = shutil.disk_usage(folder).free
    with (folder / "filler").open("wb") as file:
        remaining = free - leave_bytes
        while remaining > 0:
            chunk = min(remaining, 1 << 20)
            try:
                file.write(b"\0" * chunk)
                file.flush()
            except OSError:
                break
            remaining -= chunk
