"""A presentation clicker's Page Down / Page Up on the laptop: the next or previous question.

The projector window never takes the keyboard, so a clicker's keys reach the laptop window.
Where those keys mean nothing (a one-line field such as the capture line, a button) they
turn the guiding question; in tables and text boxes they keep their usual meaning.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QApplication, QComboBox, QLineEdit


def _free_for_clicker(widget: QObject | None) -> bool:
    if isinstance(widget, QAbstractButton):
        return True
    if isinstance(widget, QLineEdit):
        parent = widget.parentWidget()
        return not isinstance(parent, QComboBox | QAbstractSpinBox)
    return False


class ClickerKeys(QObject):
    """Installed on the laptop window while presenting."""

    def __init__(self, turn: Callable[[int], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._turn = turn

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            plain = event.modifiers() in (
                Qt.KeyboardModifier.NoModifier,
                Qt.KeyboardModifier.KeypadModifier,
            )
            keys = {Qt.Key.Key_PageDown: +1, Qt.Key.Key_PageUp: -1}
            if plain and event.key() in keys and _free_for_clicker(QApplication.focusWidget()):
                self._turn(keys[Qt.Key(event.key())])
                return True
        return super().eventFilter(watched, event)
