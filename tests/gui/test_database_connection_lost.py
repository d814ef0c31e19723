"""The database server out of reach while typing: a clear message, the edit kept, saved later.

A real network cut: the window talks to PostgreSQL through a small TCP relay that the test
can cut (every open connection dropped, new ones closed at once) and mend again.
"""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import make_url

from tests.gui.helpers import settle
from tests.gui.test_conflict_edits import W, WindowOn, open_example, window_on  # noqa: F401
from workshop_app.gui import session as session_module
from workshop_app.services.app_context import open_app_context


class Relay:
    """Forwards TCP connections from a local port to ``target``; ``cut()`` drops them all."""

    def __init__(self, target: tuple[str, int]) -> None:
        self.target = target
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.open = True
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        threading.Thread(target=self._accept, daemon=True).start()

    def cut(self) -> None:
        with self._lock:
            self.open = False
            for sock in self._sockets:
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
                sock.close()
            self._sockets.clear()

    def mend(self) -> None:
        with self._lock:
            self.open = True

    def close(self) -> None:
        self.cut()
        self.listener.close()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            with self._lock:
                if not self.open:
                    client.close()  # the server "went away": the driver sees a closed socket
                    continue
                upstream = socket.create_connection(self.target)
                self._sockets += [client, upstream]
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pipe, args=(a, b), daemon=True).start()

    @staticmethod
    def _pipe(source: socket.socket, sink: socket.socket) -> None:
        with contextlib.suppress(OSError):
            while data := source.recv(65536):
                sink.sendall(data)
        with contextlib.suppress(OSError):
            sink.shutdown(socket.SHUT_WR)


@pytest.fixture
def relay(pg_schema_url: str) -> Iterator[tuple[Relay, str]]:
    url = make_url(pg_schema_url)
    relay = Relay((url.host or "127.0.0.1", url.port or 5432))
    relayed = url.set(host="127.0.0.1", port=relay.port).render_as_string(hide_password=False)
    yield relay, relayed
    relay.close()


def test_a_lost_server_keeps_the_edit_on_screen_and_saves_it_once_back(
    qtbot,
    window_on: WindowOn,  # noqa: F811 - the fixture imported above
    relay: tuple[Relay, str],
    pg_schema_url: str,
    tmp_path: Path,
    example_file: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(session_module, "RETRY_MS", 50)
    cable, url = relay
    window = window_on(tmp_path / "data", url)
    open_example(qtbot, window, example_file)
    session = window.session
    session.set_header("purpose", "Sparat före avbrottet", "purpose")
    settle(window)

    cable.cut()
    session.set_header("area", "Skrivet under avbrottet", "area")
    qtbot.waitUntil(lambda: window.tracker.last_error is not None, timeout=15_000)
    status = window.workshop_view.save_status.text()
    assert status.startswith("Inte sparat – ")
    assert "database server was lost" in status or "databasservern" in status
    assert session.workshop.area == "Skrivet under avbrottet"  # kept on screen
    assert window.tracker.in_flight >= 0 and not window.tracker.clean

    cable.mend()
    qtbot.waitUntil(lambda: window.tracker.last_error is None, timeout=15_000)
    settle(window)
    assert window.workshop_view.save_status.text().startswith("Sparat")
    check = open_app_context(tmp_path / "check", database_url=pg_schema_url)
    try:
        stored = check.workshops.load(W)
    finally:
        check.close()
    assert (stored.purpose, stored.area) == ("Sparat före avbrottet", "Skrivet under avbrottet")
