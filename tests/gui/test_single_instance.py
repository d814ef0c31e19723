"""The running app listens once its window has painted; a second start that comes sooner waits."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from workshop_app.gui.single_instance import SHOW_MESSAGE, SingleInstance, server_name

# Another process plays the first start: it listens only after a while (its window painting),
# then reports what a second start sent it.
LATE_LISTENER = textwrap.dedent(
    """
    import sys, time
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtNetwork import QLocalServer
    app = QCoreApplication([])
    time.sleep(float(sys.argv[2]))
    QLocalServer.removeServer(sys.argv[1])
    server = QLocalServer()
    assert server.listen(sys.argv[1])
    print("listening", flush=True)
    assert server.waitForNewConnection(20_000)
    socket = server.nextPendingConnection()
    socket.waitForReadyRead(20_000)
    print(bytes(socket.readAll().data()).decode(), flush=True)
    """
)


def test_a_second_start_reaches_a_first_that_is_not_listening_yet(data_dir: Path) -> None:
    first = subprocess.Popen(
        [sys.executable, "-c", LATE_LISTENER, server_name(data_dir), "0.6"],
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        second = SingleInstance(data_dir)
        assert second.ask_running_to_show(timeout_ms=15_000)
        out, _ = first.communicate(timeout=30)
    finally:
        if first.poll() is None:
            first.kill()
            first.wait()
    assert out.split() == ["listening", SHOW_MESSAGE.decode().strip()]


def test_no_first_start_is_reported_after_the_timeout(data_dir: Path) -> None:
    assert not SingleInstance(data_dir).ask_running_to_show(timeout_ms=300)


def test_the_lock_holder_listens_only_when_told(data_dir: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    instance = SingleInstance(data_dir)
    try:
        assert instance.acquire()
        assert not SingleInstance(data_dir).ask_running_to_show(timeout_ms=100)
        instance.listen()
        assert SingleInstance(data_dir).ask_running_to_show(timeout_ms=5_000)
    finally:
        instance.release()
