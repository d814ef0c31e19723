"""One app per data dir: the lock file decides, a local socket raises the running window."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from workshop_app.services.instance_lock import InstanceLock

SHOW_MESSAGE = b"show\n"


def server_name(data_dir: Path) -> str:
    """A socket name unique to the data dir: short and ASCII whatever the path.

    Hashed, as the path may be long (a deep %LOCALAPPDATA%) or hold å/ä/ö and spaces (the
    user's name), which a Windows pipe name or a Unix socket path may not take; the same
    folder spelt in another letter case on Windows gives the same name (``normcase``).
    """
    spelled = os.path.normcase(str(data_dir.resolve()))
    digest = hashlib.sha256(spelled.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    return f"workshop-app-{digest}"


class SingleInstance(QObject):
    """Holds the data dir's lock and listens for "show yourself" from a second start."""

    show_requested = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lock = InstanceLock(data_dir)
        self._name = server_name(data_dir)
        self._server: QLocalServer | None = None

    def acquire(self) -> bool:
        if not self._lock.acquire():
            return False
        # A socket file left by a crashed instance would block listening; we hold the lock,
        # so no live instance owns it.
        QLocalServer.removeServer(self._name)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._connection)
        self._server.listen(self._name)
        return True

    def ask_running_to_show(self, timeout_ms: int = 1500) -> bool:
        """Ask the instance holding the lock to raise its window; True if it answered."""
        socket = QLocalSocket()
        socket.connectToServer(self._name)
        if not socket.waitForConnected(timeout_ms):
            return False
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
