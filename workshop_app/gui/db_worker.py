"""The single database worker: all service calls run here, results come back on the UI thread."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QObject, Signal

log = logging.getLogger(__name__)

Callback = Callable[[Any], None]
ErrorCallback = Callable[[BaseException], None]


class DatabaseWorker(QObject):
    """Runs jobs one after another on one background thread (the one writer connection).

    Jobs keep their submission order, so an edit followed by its undo reaches the database in
    that order. Callbacks run on the UI thread through a queued signal.
    """

    _job_done = Signal(object, object, object, object)  # on_done, on_error, result, error
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="database")
        self._pending = 0
        self._closed = False
        self._job_done.connect(self._deliver)

    @property
    def pending(self) -> int:
        """Jobs submitted whose callbacks have not run yet."""
        return self._pending

    def submit(
        self,
        job: Callable[[], Any],
        on_done: Callback | None = None,
        on_error: ErrorCallback | None = None,
    ) -> Future[Any]:
        """Queue ``job``; ``on_done(result)`` or ``on_error(exception)`` runs on the UI thread."""
        if self._closed:
            raise RuntimeError("database worker is closed")
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)

        def run() -> Any:
            try:
                result = job()
            except BaseException as error:  # reported to the UI, never lost in the thread
                log.warning("database job failed: %s", type(error).__name__, exc_info=True)
                self._job_done.emit(on_done, on_error, None, error)
                raise
            self._job_done.emit(on_done, on_error, result, None)
            return result

        return self._executor.submit(run)

    def _deliver(self, on_done: Any, on_error: Any, result: Any, error: Any) -> None:
        self._pending -= 1
        try:
            if error is not None:
                if on_error is not None and _receiver_alive(on_error):
                    on_error(error)
            elif on_done is not None and _receiver_alive(on_done):
                on_done(result)
        finally:
            if self._pending == 0:
                self.busy_changed.emit(False)

    def drain(self, timeout_ms: int = 10_000) -> bool:
        """Wait (processing events) until every job and callback has run; False on timeout."""
        deadline = QDeadlineTimer(timeout_ms)
        while self._pending and not deadline.hasExpired():
            # Wait until the queue has reached this point, then let the queued callbacks run.
            with contextlib.suppress(TimeoutError):
                self._executor.submit(lambda: None).result(timeout=0.05)
            QCoreApplication.processEvents()
        return self._pending == 0

    def close(self, timeout_ms: int = 10_000) -> bool:
        """Finish queued work, then stop the thread; returns False if work was still running."""
        drained = self.drain(timeout_ms)
        self._closed = True
        self._executor.shutdown(wait=True)
        return drained


def _receiver_alive(callback: Any) -> bool:
    """False when ``callback`` is a method of a Qt object that has been deleted meanwhile.

    A reply can arrive after its widget closed (a workshop closed right after opening); calling
    into the deleted C++ object would raise, so such a late reply is dropped.
    """
    receiver = getattr(callback, "__self__", None)
    return not isinstance(receiver, QObject) or shiboken6.isValid(receiver)
