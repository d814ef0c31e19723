"""One instance per data dir: an OS lock that another process sees and a crash releases."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from workshop_app.domain.errors import WorkshopAppError
from workshop_app.storage.instance_lock import AlreadyRunningError, InstanceLock

# Runs in another process: "hold" keeps the lock until killed, "try" reports and exits.
CHILD = """
import sys, time
from pathlib import Path
from workshop_app.storage.instance_lock import InstanceLock

lock = InstanceLock(Path(sys.argv[2]))
print("acquired" if lock.acquire() else "refused", flush=True)
if sys.argv[1] == "hold":
    time.sleep(120)
"""


def run_child(mode: str, data_dir: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", CHILD, mode, str(data_dir)],
        stdout=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )


def try_in_child(data_dir: Path) -> str:
    child = run_child("try", data_dir)
    out, _ = child.communicate(timeout=30)
    return out.strip()


@pytest.fixture
def holder(any_data_dir: Path) -> Iterator[subprocess.Popen[str]]:
    child = run_child("hold", any_data_dir)
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "acquired"
    yield child
    if child.poll() is None:
        child.kill()
    child.wait(timeout=30)
    child.stdout.close()


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_lock_of_a_killed_process_is_free_again(
    any_data_dir: Path, holder: subprocess.Popen[str]
) -> None:
    lock = InstanceLock(any_data_dir)
    assert not lock.acquire()
    assert lock.holder_pid() == holder.pid
    with pytest.raises(AlreadyRunningError, match=f"process {holder.pid}"):
        lock.__enter__()
    os.kill(holder.pid, signal.SIGKILL)  # a crash: no clean-up code runs
    holder.wait(timeout=30)
    assert (any_data_dir / ".lock").exists()  # the stale file is still there …
    assert lock.acquire()  # … and does not lock the user out
    assert lock.holder_pid() == os.getpid()
    lock.release()


def test_another_process_cannot_take_a_held_lock(any_data_dir: Path) -> None:
    with InstanceLock(any_data_dir) as lock:
        assert lock.held
        assert try_in_child(any_data_dir) == "refused"
    assert not lock.held
    assert try_in_child(any_data_dir) == "acquired"  # released on exit


def test_lock_objects_in_one_process(data_dir: Path) -> None:
    first, second = InstanceLock(data_dir), InstanceLock(data_dir)
    assert first.acquire()
    assert first.acquire()  # idempotent for its holder
    assert not second.acquire()
    with pytest.raises(AlreadyRunningError) as caught, second:
        pass  # pragma: no cover
    assert isinstance(caught.value, WorkshopAppError)
    assert str(data_dir) in str(caught.value)
    first.release()
    first.release()  # harmless twice
    assert first.holder_pid() is None  # no stale PID once released
    assert second.acquire()
    second.release()


def test_lock_creates_the_data_dir(tmp_path: Path) -> None:
    data_dir = tmp_path / "ny" / "Åsa Öberg"
    with InstanceLock(data_dir):
        text = (data_dir / ".lock").read_text(encoding="ascii")
        assert text == f"{os.getpid()} window\n"  # the PID and who holds it, for messages
