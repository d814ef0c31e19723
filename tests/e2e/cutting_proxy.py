"""A TCP proxy in front of the test's PostgreSQL server that can cut every connection at once,
as a server that stops or a network that fails does, or right after the client sent COMMIT."""

from __future__ import annotations

import contextlib
import socket
import threading


class CuttingProxy:
    """Forwards 127.0.0.1:<port> to ``target``; ``cut()`` closes everything and stops listening.

    ``cut_after_commit``: the COMMIT of the transaction that records an import is forwarded,
    then that client's connection is closed before the server's answer arrives – the server commits, the client
    cannot know it (the "unknown outcome" of issue 14).
    """

    def __init__(
        self, target: tuple[str, int], *, port: int = 0, cut_after_commit: bool = False
    ) -> None:
        self._target = target
        self._cut_after_commit = cut_after_commit
        # A given port: the same address again after a cut (the server "started again").
        self._listener = socket.create_server(("127.0.0.1", port))
        self.port = self._listener.getsockname()[1]
        self.connected = threading.Event()  # set at the first client
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._closed = False
        self.commits_cut = 0
        threading.Thread(target=self._accept, daemon=True).start()

    def cut(self) -> None:
        with self._lock:
            self._closed = True
            sockets, self._sockets = self._sockets, []
        _close(self._listener)  # shutdown() wakes the accept() blocked in its thread
        for sock in sockets:
            _close(sock)

    def _accept(self) -> None:
        while True:
            try:
                client, _address = self._listener.accept()
            except OSError:
                return
            try:
                server = socket.create_connection(self._target)
            except OSError:
                _close(client)
                continue
            self.connected.set()
            with self._lock:
                if self._closed:
                    _close(client)
                    _close(server)
                    return
                self._sockets += [client, server]
            threading.Thread(target=self._pump, args=(client, server, True), daemon=True).start()
            threading.Thread(target=self._pump, args=(server, client, False), daemon=True).start()

    def _pump(self, source: socket.socket, sink: socket.socket, upstream: bool) -> None:
        armed = False  # this connection wrote an import record: its next COMMIT is the one
        while True:
            try:
                data = source.recv(65536)
            except OSError:
                data = b""
            if not data:
                _close(sink)
                return
            try:
                sink.sendall(data)
            except OSError:
                _close(source)
                return
            armed = armed or (upstream and b"INSERT INTO imports" in data)
            if armed and self._cut_after_commit and b"COMMIT" in data:
                self.commits_cut += 1
                _close(source)  # the client loses the connection; the server has the COMMIT
                return


def _close(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)
    with contextlib.suppress(OSError):
        sock.close()
