"""One app per data dir, across real processes: raise the running window, refuse writers, survive crashes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtNetwork import QLocalSocket

from tests.e2e.cli_runner import run_cli
from workshop_app.gui.single_instance import server_name

pytestmark = pytest.mark.skipif(
    os.name != "posix", reason="signals and process control as on POSIX"
)


def start_gui(data_dir: Path) -> subprocess.Popen[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.Popen(
        [sys.executable, "-m", "workshop_app", "--data-dir", str(data_dir)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def wait_until_listening(
    data_dir: Path, process: subprocess.Popen[str], timeout: float = 30
) -> None:
    """Wait until the running app answers on its local socket."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert process.poll() is None, process.communicate()
        socket = QLocalSocket()
        socket.connectToServer(server_name(data_dir))
        if socket.waitForConnected(200):
            socket.disconnectFromServer()
            return
        time.sleep(0.1)
    raise AssertionError("the app did not start listening")


def test_second_start_raises_the_first_and_writers_are_refused(
    qapp, data_dir: Path, example_file: Path
) -> None:  # type: ignore[no-untyped-def]
    first = start_gui(data_dir)
    try:
        wait_until_listening(data_dir, first)
        second = subprocess.run(
            [sys.executable, "-m", "workshop_app", "--data-dir", str(data_dir)],
            env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert second.returncode == 0, second.stderr  # it asked the first window to come forward

        refused = run_cli("import", example_file, data_dir=data_dir)
        assert refused.code == 2
        assert refused.err.startswith("error: the data directory is in use")
        assert run_cli("list", "--json", data_dir=data_dir).code == 0  # reading is fine

        first.send_signal(signal.SIGTERM)  # closes like the user would, then exits
        assert first.wait(timeout=30) == 0
    finally:
        if first.poll() is None:
            first.kill()
            first.wait()
    assert run_cli("import", example_file, data_dir=data_dir).code == 0


def test_a_crashed_app_does_not_lock_the_user_out(qapp, data_dir: Path, example_file: Path) -> None:  # type: ignore[no-untyped-def]
    crashed = start_gui(data_dir)
    wait_until_listening(data_dir, crashed)
    crashed.kill()  # SIGKILL: no clean-up at all
    crashed.wait()
    assert run_cli("import", example_file, data_dir=data_dir).code == 0
    smoke = run_cli("--smoke-test", data_dir=data_dir)
    assert smoke.code == 0, smoke.err


def test_smoke_test_shows_the_first_window(any_data_dir: Path) -> None:
    result = run_cli("--smoke-test", data_dir=any_data_dir)
    assert result.code == 0, result.err
    assert (any_data_dir / "workshops.sqlite3").exists()
