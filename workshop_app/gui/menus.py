"""The main window's actions and menu bar: one way to make an action, one place for the menus."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget


def make_action(
    window: QWidget, name: str, text: str, shortcut: Any, slot: Any, tip: str = ""
) -> QAction:
    """An action of the window (its shortcut works wherever the focus is in it)."""
    action = QAction(text, window)
    action.setObjectName(name)
    if shortcut:
        action.setShortcut(QKeySequence(shortcut))
    action.setToolTip(tip or text.replace("&", ""))
    action.triggered.connect(slot)
    window.addAction(action)
    return action
