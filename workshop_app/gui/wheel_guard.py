"""The mouse wheel scrolls the page; it never changes a value the user has not focused."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QScrollBar,
    QWidget,
)

# Widgets whose value a wheel notch would change (a date field is a QAbstractSpinBox).
_GUARDED = (QComboBox, QAbstractSpinBox, QAbstractSlider)


def guarded_widget(widget: QWidget | None) -> QWidget | None:
    """The value widget ``widget`` belongs to (itself or a parent), or ``None``."""
    while widget is not None and not widget.isWindow():
        if isinstance(widget, _GUARDED) and not isinstance(widget, QScrollBar):
            return widget
        widget = widget.parentWidget()
    return None


class WheelGuard(QObject):
    """Application-wide event filter, installed once in ``gui/app.py``.

    Why one filter rather than per-widget code: a wheel notch over a combo box, spin box,
    date field or slider silently changed and saved a value (the minutes' language, a due
    date, a measure's kind) — also in table editors and dialogs built anywhere. The filter
    (1) gives every such widget ``Qt.StrongFocus`` when it is polished, so the wheel no longer
    gives it focus, and (2) hands a wheel over an unfocused one to the scroll area around it,
    so the page scrolls as the user meant. A focused widget keeps the wheel: that is a choice.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Polish and isinstance(watched, QWidget):
            target = guarded_widget(watched)
            if target is watched and target.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                target.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            return False
        if kind != QEvent.Type.Wheel or not isinstance(watched, QWidget):
            return False
        target = guarded_widget(watched)
        if target is None or _has_focus(target):
            return False
        assert isinstance(event, QWheelEvent)
        _scroll_around(target, event)
        return True  # the value stays as it was


def _has_focus(widget: QWidget) -> bool:
    focused = QApplication.focusWidget()
    return focused is not None and (focused is widget or widget.isAncestorOf(focused))


def _scroll_around(widget: QWidget, event: QWheelEvent) -> None:
    """Send the wheel to the nearest scroll area around ``widget`` (the page, the table)."""
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QAbstractScrollArea):
        parent = parent.parentWidget()
    if parent is None:
        return
    viewport = parent.viewport()
    forwarded = QWheelEvent(
        viewport.mapFromGlobal(event.globalPosition()),
        event.globalPosition(),
        event.pixelDelta(),
        event.angleDelta(),
        event.buttons(),
        event.modifiers(),
        event.phase(),
        event.inverted(),
        event.source(),
        event.pointingDevice(),
    )
    QCoreApplication.sendEvent(viewport, forwarded)


_guard: WheelGuard | None = None


def install_wheel_guard(app: QCoreApplication) -> None:
    """Install the one wheel guard on ``app`` (again is a no-op)."""
    global _guard
    if _guard is None:
        _guard = WheelGuard()
        app.installEventFilter(_guard)
