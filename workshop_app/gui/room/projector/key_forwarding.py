"""Keys pressed on the projector window are handed to the laptop's window, shortcuts included."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget


def forward_key(event: QKeyEvent, window: QWidget) -> bool:
    """Run the shortcut ``event`` stands for in ``window``, else type it there.

    A window's shortcuts only fire while it is active, and a key event sent by hand skips the
    shortcut map; so the matching enabled action is triggered here, and any other key goes to
    the widget that has the focus in ``window`` (which is activated again).
    """
    combination = QKeySequence(event.keyCombination())
    for action in window.findChildren(QAction):
        if not action.isEnabled():
            continue
        for sequence in action.shortcuts():
            if sequence.matches(combination) == QKeySequence.SequenceMatch.ExactMatch:
                window.activateWindow()
                action.trigger()
                return True
    window.activateWindow()
    target = window.focusWidget() or window
    copy = QKeyEvent(
        event.type(),
        event.key(),
        event.modifiers(),
        event.text(),
        event.isAutoRepeat(),
        event.count(),
    )
    QApplication.sendEvent(target, copy)
    return event.key() != Qt.Key.Key_unknown
