"""Typing pauses: a field's value is committed 0.4 s after the last keystroke, or on flush."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

TYPING_PAUSE_MS = 400  # DESIGN §4: a field is saved after a typing pause of at most 0.5 s


class Debouncer(QObject):
    """Per-field timers; ``flush()`` commits everything still waiting (on close, step change)."""

    pending_changed = Signal(int)

    def __init__(self, parent: QObject | None = None, delay_ms: int = TYPING_PAUSE_MS) -> None:
        super().__init__(parent)
        self._delay_ms = delay_ms
        self._timers: dict[str, QTimer] = {}
        self._commits: dict[str, Callable[[], None]] = {}

    @property
    def pending(self) -> int:
        return len(self._commits)

    def is_pending(self, field_id: str) -> bool:
        return field_id in self._commits

    def schedule(self, field_id: str, commit: Callable[[], None]) -> None:
        """(Re)start the pause for ``field_id``; ``commit`` runs when it ends."""
        self._commits[field_id] = commit
        timer = self._timers.get(field_id)
        if timer is None:
            timer = QTimer(self)
            timer.setSingleShot(True)
            timer.timeout.connect(lambda f=field_id: self.flush_field(f))
            self._timers[field_id] = timer
        timer.start(self._delay_ms)
        self.pending_changed.emit(self.pending)

    def flush_field(self, field_id: str) -> None:
        timer = self._timers.get(field_id)
        if timer is not None:
            timer.stop()
        commit = self._commits.pop(field_id, None)
        if commit is not None:
            self.pending_changed.emit(self.pending)
            commit()

    def flush(self) -> None:
        for field_id in list(self._commits):
            self.flush_field(field_id)

    def cancel_all(self) -> None:
        for timer in self._timers.values():
            timer.stop()
        self._commits.clear()
        self.pending_changed.emit(0)
