"""One app per data dir: the lock file decides, a local socket raises the running window."""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from workshop_app.services.instance_lock import InstanceLock

# QtNetwork and hashlib (OpenSSL) load after the first paint: the lock file alone decides
# whether this start may go on, the socket only raises a window that is already open.
if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

SHOW_MESSAGE = b"show\n"


def server_name(data_dir: Path) -> str:
    """A socket name unique to the data dir: short and ASCII whatever the path.

    Hashed, as the path may be long (a deep %LOCALAPPDATA%) or hold å/ä/ö and spaces (the
    user's name), which a Windows pipe name or a Unix socket path may not take; the same
    folder spelt in another letter case on Windows gives the same name (``normcase``).
    """
    import hashlib

    spelled = os.path.normcase(str(data_dir.resolve()))
    digest = hashlib.sha256(spelled.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    return f"workshop-app-{digest}"


class SingleInstance(QObject):
    """Holds the data dir's lock and listens for "show yourself" from a second start."""

    show_requested = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lock = InstanceLock(data_dir)
        self._data_dir = data_dir
        self._server: QLocalServer | None = None

    def acquire(self) -> bool:
        """Take the data dir's lock; ``listen`` then answers a second start."""
        return self._lock.acquire()

    def listen(self) -> None:
        """Answer "show yourself" from now on (the lock is held: call after ``acquire``)."""
        from PySide6.QtNetwork import QLocalServer

        if self._server is not None:
            return
        # A socket file left by a crashed instance would block listening; we hold the lock,
        # so no live instance owns it.
        name = server_name(self._data_dir)
        QLocalServer.removeServer(name)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._connection)
        self._server.listen(name)

    def ask_running_to_show(self, timeout_ms: int = 1500) -> bool:
        """Ask the instance holding the lock to raise its window; True if it answered.

        The running instance listens once its window has painted, so a start in the same
        moment tries again until ``timeout_ms`` has passed.
        """
        from PySide6.QtNetwork import QLocalSocket

        name = server_name(self._data_dir)
        deadline = time.monotonic() + timeout_ms / 1000
        socket = QLocalSocket()
        socket.connectToServer(name)
        while not socket.waitForConnected(timeout_ms):
            if time.monotonic() >= deadline:
                return False
            time.sleep(0.05)
            socket.connectToServer(name)
        socket.write(SHOW_MESSAGE)
        ok = socket.waitForBytesWritten(timeout_ms)
        socket.disconnectFromServer()
        return ok

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        self._lock.release()

    def _connection(self) -> None:
        assert self._server is not None
        socket = self._server.nextPendingConnection()
        if socket is None:
            return
        socket.readyRead.connect(lambda: self._read(socket))

    def _read(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(SHOW_MESSAGE.strip()):
            self.show_requested.emit()
        socket.disconnectFromServer()
