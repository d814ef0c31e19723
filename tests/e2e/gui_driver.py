"""Drives the real main window the way a facilitator does: keys first, the mouse where natural.

Every helper sends key or mouse events to the widget a user would reach (QTest for plain keys
and clicks, ``tests.gui.keyboard`` for text, which may hold å, ä and ö) and then waits for the
database worker with ``settle`` – never with a sleep.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLineEdit,
    QListWidget,
    QWidget,
)

from tests.gui.helpers import settle
from tests.gui.keyboard import press, type_text
from workshop_app.domain.steps import STEP_ORDER, Step
from workshop_app.gui.main_window import MainWindow
from workshop_app.gui.steps.step_page import StepPage

CTRL = Qt.KeyboardModifier.ControlModifier


def view_of(window: MainWindow):  # type: ignore[no-untyped-def]
    view = window.workshop_view
    assert view is not None, "no workshop is open"
    return view


def frame(window: MainWindow, step: Step) -> StepPage:
    return view_of(window).page(step)


def content(window: MainWindow, step: Step, page_class: type) -> Any:
    page = frame(window, step).content
    assert isinstance(page, page_class), type(page)
    return page


def shortcut(qtbot, window: MainWindow, key: Qt.Key, modifiers=CTRL) -> None:  # type: ignore[no-untyped-def]
    """A key combination typed wherever the focus is, as a user would (menus' shortcuts)."""
    activate(qtbot, window)
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, key, modifiers)


def next_step(qtbot, window: MainWindow) -> Step:  # type: ignore[no-untyped-def]
    """Ctrl+PgDown: on to the next step of the workshop; returns the step now shown."""
    before = view_of(window).current_step
    shortcut(qtbot, window, Qt.Key.Key_PageDown)
    expected = STEP_ORDER[STEP_ORDER.index(before) + 1]
    qtbot.waitUntil(lambda: view_of(window).current_step == expected, timeout=5_000)
    assert view_of(window).stack.currentWidget() is frame(window, expected)
    settle(window)
    return expected


def rail_click(qtbot, window: MainWindow, step: Step) -> None:  # type: ignore[no-untyped-def]
    """A click on the step in the step rail."""
    rail = view_of(window).rail
    item = rail.item(STEP_ORDER.index(step))
    rail.scrollToItem(item)
    qtbot.mouseClick(
        rail.viewport(), Qt.MouseButton.LeftButton, pos=rail.visualItemRect(item).center()
    )
    assert view_of(window).current_step == step
    assert view_of(window).stack.currentWidget() is frame(window, step)
    settle(window)


def capture(
    window: MainWindow,
    line: QLineEdit,
    text: str,
    modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    """Type into a capture line ("type and press Enter"), press Enter, wait until stored."""
    type_text(line, text)
    press(line, Qt.Key.Key_Return, modifiers)
    settle(window)


def retype(widget: QWidget, text: str) -> None:
    """Select what a field holds and type over it."""
    widget.setFocus()
    widget.selectAll()  # type: ignore[attr-defined]
    type_text(widget, text)


def choose(combo: QComboBox, text: str) -> None:
    """Pick an entry of a list with Home and the arrow keys."""
    combo.setFocus()
    if combo.currentText() != text:
        press(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentText() == text:
            return
        press(combo, Qt.Key.Key_Down)
    options = [combo.itemText(i) for i in range(combo.count())]
    raise AssertionError(f"{text!r} not in the list {options}")


def choose_data(combo: QComboBox, value: Any) -> None:
    """Pick the entry that stands for ``value`` (an id), with the arrow keys."""
    position = combo.findData(value)
    assert position >= 0, f"{value!r} is not in the list"
    choose(combo, combo.itemText(position))


def row_with(view: QListWidget, item_id: str) -> int:
    """The row of the list item whose id (user data) is ``item_id``."""
    for row in range(view.count()):
        if view.item(row).data(Qt.ItemDataRole.UserRole) == item_id:
            return row
    raise AssertionError(f"{item_id!r} not in the list")


def tick(view: QListWidget, item_id: str) -> None:
    """Move to an option of a list of ticks and press Space."""
    view.setFocus()
    view.setCurrentRow(row_with(view, item_id))
    press(view, Qt.Key.Key_Space)


def ticked(view: QListWidget) -> list[str]:
    return [
        view.item(row).data(Qt.ItemDataRole.UserRole)
        for row in range(view.count())
        if view.item(row).checkState() == Qt.CheckState.Checked
    ]


def activate(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Make the window the active one again (a window manager does so when a dialog closes;
    the offscreen platform does not), so that focus and editors land where the user looks."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)


def arrow_to(view: QAbstractItemView, row: int) -> None:
    """Up and Down in a table until ``row`` is the current one."""
    view.setFocus()
    while view.currentIndex().row() != row:
        before = view.currentIndex().row()
        press(view, Qt.Key.Key_Down if before < row else Qt.Key.Key_Up)
        assert view.currentIndex().row() != before, "the arrow keys do not move"


def _open_cell_editor(table: QAbstractItemView, index: QModelIndex) -> QWidget:
    assert table.window().isActiveWindow(), "the window is not active: no focus for an editor"
    table.setFocus()
    table.setCurrentIndex(index)
    press(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not None and editor is not table, "F2 opened no editor"
    return editor


def type_in_cell(
    window: MainWindow, table: QAbstractItemView, index: QModelIndex, text: str
) -> None:
    """F2 on a cell, type over its text, Enter."""
    editor = _open_cell_editor(table, index)
    assert isinstance(editor, QLineEdit), type(editor)
    editor.selectAll()
    type_text(editor, text)
    press(editor, Qt.Key.Key_Return)
    settle(window)


def choose_in_cell(
    window: MainWindow, table: QAbstractItemView, index: QModelIndex, text: str
) -> None:
    """F2 on a cell with a list, choose with the arrow keys, Enter."""
    editor = _open_cell_editor(table, index)
    assert isinstance(editor, QComboBox), type(editor)
    choose(editor, text)
    press(editor, Qt.Key.Key_Return)
    settle(window)


def click(qtbot, widget: QWidget) -> None:  # type: ignore[no-untyped-def]
    assert widget.isEnabled(), f"{widget.objectName() or widget} is disabled"
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def click_cell(qtbot, view: QAbstractItemView, index: QModelIndex) -> None:  # type: ignore[no-untyped-def]
    view.scrollTo(index)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )


def mark_done(qtbot, window: MainWindow, step: Step) -> None:  # type: ignore[no-untyped-def]
    """Tick "This step is done" on the step's page with the mouse."""
    box = frame(window, step).done_box
    assert not box.isChecked()
    click(qtbot, box)
    settle(window)
    assert box.isChecked()


def park(window: MainWindow, step: Step, text: str) -> None:
    """A note on the step's parking lot."""
    capture(window, frame(window, step).notes.editor.capture, text)
