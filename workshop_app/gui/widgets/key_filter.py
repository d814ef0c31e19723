"""KeyFilter: single keys (+, −, 1–4 …) as commands on a table."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QWidget,
)


class KeyFilter(QObject):
    """Runs ``commands[key]`` for a key pressed without Ctrl/Alt on the watched widget.

    Installed on a table it sees the key before the table would start editing a cell with it.
    """

    def __init__(self, watched: QWidget, commands: dict[Qt.Key, Callable[[], None]]) -> None:
        super().__init__(watched)
        self._commands = commands
        watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            blocked = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
            command = self._commands.get(Qt.Key(event.key()))
            if command is not None and not (event.modifiers() & blocked):
                command()
                return True
        return super().eventFilter(watched, event)
