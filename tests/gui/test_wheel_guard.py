"""A mouse wheel over an unfocused combo box, spin box, date field or slider scrolls the page and
never changes (or saves) a value: on every step, in table editors and in the dialogs."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QScrollBar,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from tests.gui.conftest import close_window
from tests.gui.helpers import settle, stored_workshop
from tests.gui.steps.measures.test_measures_page import EXAMPLE_ID
from tests.paths import EXAMPLE_WORKSHOP
from workshop_app.domain.steps import STEP_ORDER
from workshop_app.gui.dialogs.new_workshop_dialog import NewWorkshopDialog
from workshop_app.gui.main_window import MainWindow
from workshop_app.gui.wheel_guard import guarded_widget

SOLBACKEN = EXAMPLE_WORKSHOP
SOLBACKEN_ID = "exempel-solbacken"


def wheel(widget: QWidget, notches: int) -> None:
    """A wheel turn of ``notches`` over the middle of ``widget`` (negative: towards the user)."""
    centre = widget.rect().center()
    event = QWheelEvent(
        QPointF(centre),
        QPointF(widget.mapToGlobal(centre)),
        QPoint(),
        QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def value_widgets(root: QWidget) -> list[QWidget]:
    found = root.findChildren(QWidget)
    return [
        w
        for w in found
        if isinstance(w, QComboBox | QAbstractSpinBox | QAbstractSlider)
        and not isinstance(w, QScrollBar)
        and w.isEnabled()
    ]


def value_of(widget: QWidget) -> object:
    if isinstance(widget, QComboBox):
        return (widget.currentIndex(), widget.currentText())
    if isinstance(widget, QAbstractSpinBox):
        return widget.text()
    assert isinstance(widget, QAbstractSlider)
    return widget.value()


def wheel_everything(window: MainWindow, root: QWidget) -> int:
    """Wheel both ways over every value widget under ``root``; their values stay. Returns how many."""
    widgets = value_widgets(root)
    for widget in widgets:
        before = value_of(widget)
        for notches in (1, -1, -3, 3, -1):
            wheel(widget, notches)
        QApplication.processEvents()
        assert value_of(widget) == before, (type(widget).__name__, widget.accessibleName())
    settle(window)
    return len(widgets)


def wheel_table_editors(window: MainWindow, root: QWidget) -> int:
    """Every table's editors, made by its delegate as on a double click, wheeled and committed."""
    count = 0
    for view in root.findChildren(QAbstractItemView):
        model = view.model()
        if guarded_widget(view) or model is None or model.rowCount(QModelIndex()) == 0:
            continue  # a combo box's list (its own popup window) or an empty table
        columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount()
        for column in range(columns):
            index = model.index(0, column)
            hidden = isinstance(view, QTableView) and view.isColumnHidden(column)
            if hidden or not (model.flags(index) & Qt.ItemFlag.ItemIsEditable):
                continue
            delegate = view.itemDelegateForIndex(index) or view.itemDelegate()
            if delegate is None:
                continue
            option = QStyleOptionViewItem()
            editor = delegate.createEditor(view.viewport(), option, index)
            if editor is None:
                continue
            delegate.setEditorData(editor, index)
            editor.show()
            if guarded_widget(editor) is not None:
                count += 1
            for target in [editor, *value_widgets(editor)]:
                for notches in (1, -2, 2):
                    wheel(target, notches)
            # The user leaves the cell: what the editor holds is committed.
            delegate.setModelData(editor, model, index)
            settle(window)
            editor.deleteLater()
    settle(window)
    return count


def test_wheel_never_changes_a_stored_value(qtbot, open_window, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_window(data_dir)
    window.transfers.import_path(SOLBACKEN)  # the shipped example: every kind of item, many rows
    qtbot.waitUntil(lambda: window.start_view.model.rowCount() == 1, timeout=10_000)
    window.open_workshop(SOLBACKEN_ID)
    qtbot.waitUntil(lambda: window.workshop_view is not None, timeout=10_000)
    view = window.workshop_view
    for step in STEP_ORDER:  # every page built and shown once, then back to the first
        view.show_step(step)
    view.show_step(STEP_ORDER[0])
    settle(window)
    before = stored_workshop(data_dir, SOLBACKEN_ID)

    window.setFocus()
    widgets = editors = 0
    for step in STEP_ORDER:
        view.show_step(step)
        settle(window)
        page = view.page(step)
        widgets += wheel_everything(window, page)
        editors += wheel_table_editors(window, page)
    view.show_step(STEP_ORDER[0])
    settle(window)
    # The example has them all: language, kinds, horizons, owners, statuses, votes, dates.
    print(f"wheeled {widgets} value widgets and {editors} table editors")
    assert widgets >= 12 and editors >= 8, (widgets, editors)

    close_window(window)
    # updated_at may move: visiting a step records it (bookkeeping); every value must not.
    after = stored_workshop(data_dir, SOLBACKEN_ID)
    assert dataclasses.replace(after, updated_at=None) == dataclasses.replace(
        before, updated_at=None
    )


def test_wheel_scrolls_the_page_instead(
    qtbot, open_window, data_dir: Path, example_file: Path
) -> None:  # type: ignore[no-untyped-def]
    window = open_window(data_dir)
    window.resize(1024, 600)
    window.transfers.import_path(example_file)
    qtbot.waitUntil(lambda: window.start_view.model.rowCount() == 1, timeout=10_000)
    window.open_workshop(EXAMPLE_ID)
    qtbot.waitUntil(lambda: window.workshop_view is not None, timeout=10_000)
    view = window.workshop_view
    view.show_step(STEP_ORDER[0])
    settle(window)
    frame = view.page(STEP_ORDER[0])
    bar = frame.scroll_area.verticalScrollBar()
    assert bar.maximum() > 0, "the page must be taller than the window for this test"
    combo = next(w for w in value_widgets(frame.content) if isinstance(w, QComboBox))
    bar.setValue(0)
    wheel(combo, -1)
    assert bar.value() > 0
    close_window(window)


def test_wheel_in_a_dialog_and_focus_policy(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = NewWorkshopDialog("sv")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.title.setFocus()
    widgets = value_widgets(dialog)
    assert widgets
    for widget in widgets:
        # The wheel does not give focus (Qt's default for these is WheelFocus).
        assert widget.focusPolicy() == Qt.FocusPolicy.StrongFocus
        before = value_of(widget)
        wheel(widget, -1)
        wheel(widget, 1)
        assert value_of(widget) == before
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=5_000)
    combo = dialog.language
    # Focus the app moved there itself (as to a step's first field) is no choice: it scrolls.
    combo.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is combo, timeout=5_000)
    before = combo.currentIndex()
    wheel(combo, -1 if before == 0 else 1)
    assert combo.currentIndex() == before
    # Focus the user gave (Tab, a click) is a choice: there the wheel changes the value.
    dialog.title.setFocus(Qt.FocusReason.TabFocusReason)
    combo.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is combo, timeout=5_000)
    wheel(combo, -1 if before == 0 else 1)
    assert combo.currentIndex() != before
    dialog.close()


def test_without_the_guard_the_wheel_would_change_the_value(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    """The tests above can fail: Qt's own combo box takes an unfocused wheel."""
    from workshop_app.gui import wheel_guard

    guard = wheel_guard._guard
    assert guard is not None
    dialog = NewWorkshopDialog("sv")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    # The guard watches each value widget and its parts, from when Qt polished them.
    parts = [dialog.language, *dialog.language.findChildren(QWidget)]
    for part in parts:
        part.removeEventFilter(guard)
    try:
        before = dialog.language.currentIndex()
        wheel(dialog.language, -1 if before == 0 else 1)
        assert dialog.language.currentIndex() != before
    finally:
        for part in parts:
            part.installEventFilter(guard)
