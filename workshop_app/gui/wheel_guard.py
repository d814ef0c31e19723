"""The mouse wheel scrolls the page; it never changes a value the user has not focused."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QFocusEvent, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QScrollBar,
    QWidget,
)

from workshop_app.gui.polish_hooks import install_polish_hook

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
    """Event filter on every value widget (and the widgets inside one), from ``gui/app.py``.

    Why a guard rather than per-widget code: a wheel notch over a combo box, spin box, date
    field or slider silently changed and saved a value (the minutes' language, a due date, a
    measure's kind) — also in table editors and dialogs built anywhere. So (1) every such
    widget gets ``Qt.StrongFocus`` when it is polished, so the wheel no longer gives it focus,
    and (2) a wheel over an unfocused one goes to the scroll area around it, so the page
    scrolls as the user meant. A focused widget keeps the wheel: that is a choice. The widgets
    are found as Qt polishes them (``polish_hooks``): an application-wide filter would see every
    event of every object and slowed building a page down 2.5 times.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.FocusIn and isinstance(watched, QWidget):
            _note_focus_reason(watched, event)
            return False
        if kind != QEvent.Type.Wheel or not isinstance(watched, QWidget):
            return False
        target = guarded_widget(watched)
        if target is None or _chosen_by_user(target):
            return False
        assert isinstance(event, QWheelEvent)
        _scroll_around(target, event)
        return True  # the value stays as it was


def _is_value_widget(widget: QWidget) -> bool:
    return isinstance(widget, _GUARDED) and not isinstance(widget, QScrollBar)


def _polished(widget: QWidget) -> None:
    """A widget Qt polishes: a value widget gets strong focus; it and its parts are watched.

    Qt's value widgets have their parts (the line edit of a combo box or a spin box) as direct
    children, so only the parent is looked at here: walking every polished widget's ancestors
    cost the opening of a page 10 ms.
    """
    if widget.isWindow():
        return
    if _is_value_widget(widget):
        target: QWidget | None = widget
    else:
        parent = widget.parentWidget()
        is_part = parent is not None and not parent.isWindow() and _is_value_widget(parent)
        target = parent if is_part else None
    if target is None:
        return
    if target is widget and widget.focusPolicy() == Qt.FocusPolicy.WheelFocus:
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    assert _guard is not None
    widget.installEventFilter(_guard)


# Focus the user gave (a click, Tab, a mnemonic) – unlike focus the app moved there itself, e.g.
# to a step's first field when the step opens: a wheel over that must still scroll the page.
_USER_REASONS = (
    Qt.FocusReason.MouseFocusReason,
    Qt.FocusReason.TabFocusReason,
    Qt.FocusReason.BacktabFocusReason,
    Qt.FocusReason.ShortcutFocusReason,
)
# Focus coming back after a popup or a window switch keeps what it was.
_KEEP_REASONS = (Qt.FocusReason.PopupFocusReason, Qt.FocusReason.ActiveWindowFocusReason)
_CHOSEN = "wheelGuardChosen"


def _note_focus_reason(widget: QWidget, event: QEvent) -> None:
    target = guarded_widget(widget)
    if target is None:
        return
    assert isinstance(event, QFocusEvent)
    reason = event.reason()
    if reason in _KEEP_REASONS:
        return
    target.setProperty(_CHOSEN, reason in _USER_REASONS)


def _chosen_by_user(widget: QWidget) -> bool:
    """The widget has the focus, and the user put it there."""
    focused = QApplication.focusWidget()
    has_focus = focused is not None and (focused is widget or widget.isAncestorOf(focused))
    return has_focus and bool(widget.property(_CHOSEN))


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


def install_wheel_guard(app: QApplication) -> None:
    """Guard every value widget of ``app`` (again is a no-op)."""
    global _guard
    if _guard is None:
        _guard = WheelGuard()
        install_polish_hook(app, _polished)
