"""Ctrl+Z in a text field undoes typing there, and otherwise the last saved change.

A QLineEdit claims Ctrl+Z even when it has nothing of its own to undo (e.g. the capture line
right after Enter added a row). Then the key should reach the window's Undo instead.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from workshop_app.gui.polish_hooks import install_polish_hook


def _own_history(widget: QObject, redo: bool) -> bool | None:
    """Whether a text widget can undo (or redo) itself; None for other widgets."""
    if isinstance(widget, QLineEdit):
        return widget.isRedoAvailable() if redo else widget.isUndoAvailable()
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        document = widget.document()
        return document.isRedoAvailable() if redo else document.isUndoAvailable()
    return None


class UndoKeyRouter(QObject):
    """Event filter on every text field: lets Undo/Redo through to the window when the field
    has none (installed as Qt polishes the field, not on the application: see polish_hooks)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
            return False
        # Compare key and modifiers directly: QKeyEvent.matches() on synthetic events with
        # Key_unknown (typed characters) crashes inside Qt.
        key, modifiers = event.key(), event.modifiers()
        ctrl = Qt.KeyboardModifier.ControlModifier
        shift = Qt.KeyboardModifier.ShiftModifier
        if key == Qt.Key.Key_Z and modifiers == ctrl:
            redo = False
        elif (key == Qt.Key.Key_Z and modifiers == ctrl | shift) or (
            key == Qt.Key.Key_Y and modifiers == ctrl
        ):
            redo = True
        else:
            return False
        if _own_history(watched, redo) is False:
            event.ignore()  # not claimed by the field: the window's shortcut fires
            return True
        return False


_router: UndoKeyRouter | None = None


def _polished(widget: QWidget) -> None:
    if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
        assert _router is not None
        widget.installEventFilter(_router)


def install_undo_keys(app: QApplication) -> None:
    """Route Undo/Redo in every text field of ``app`` (again is a no-op)."""
    global _router
    if _router is None:
        _router = UndoKeyRouter()
        install_polish_hook(app, _polished)
