"""Typed dates are stored as typed, on every date field; an empty date stays empty (item 2)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from tests.gui.conftest import close_window
from tests.gui.helpers import settle, stored_workshop
from tests.gui.keyboard import press
from tests.gui.steps.measures.test_measures_page import EXAMPLE_ID, open_page, render
from workshop_app.domain.steps import Step
from workshop_app.gui.steps.next_steps.next_steps_page import NextStepsPage
from workshop_app.gui.steps.preparation.preparation_page import PreparationPage
from workshop_app.gui.widgets.date_field import DateField
from workshop_app.gui.widgets.item_table import ItemTableEditor

TYPED = "2026-12-20"  # over a date in 2027: the year must not be kept


def type_over(edit: QLineEdit, text: str) -> None:
    """Select the field's text and type, as a user does (real key clicks, one per character)."""
    edit.setFocus()
    edit.selectAll()
    QTest.keyClicks(edit, text)
    press(edit, Qt.Key.Key_Return)


def edit_cell(table: ItemTableEditor, row: int, column: int, text: str) -> None:
    index = table.model.index(row, column)
    table.table.setCurrentIndex(index)
    table.table.edit(index)
    QApplication.processEvents()
    editor = table.table.indexWidget(index) or QApplication.focusWidget()
    field = editor if isinstance(editor, DateField) else _date_field_above(editor)
    type_over(field.edit, text)
    QApplication.processEvents()


def _date_field_above(widget: QWidget | None) -> DateField:
    while widget is not None and not isinstance(widget, DateField):
        widget = widget.parentWidget()
    assert isinstance(widget, DateField), "the cell's editor is a date field"
    return widget


def test_every_date_field_stores_what_was_typed(
    qtbot, open_window, data_dir: Path, example_file: Path
) -> None:  # type: ignore[no-untyped-def]
    window, page = open_page(
        qtbot, open_window, data_dir, example_file, NextStepsPage, Step.NEXT_STEPS
    )
    assert isinstance(page, NextStepsPage)
    # Over dates in 2027, so that a kept year shows.
    page.follow_up.field.edit.setFocus()
    type_over(page.follow_up.field.edit, "2027-01-06")
    page.steps_table.select_key(("n1",))
    type_over(page.details.due.field.edit, "2027-03-01")
    settle(window)
    assert stored_workshop(data_dir, EXAMPLE_ID).follow_up_date == date(2027, 1, 6)

    type_over(page.follow_up.field.edit, TYPED)
    type_over(page.details.due.field.edit, TYPED)
    settle(window)
    assert stored_workshop(data_dir, EXAMPLE_ID).next_steps[0].due_date == date(2026, 12, 20)
    # The action table's due column: its editor is the same date field.
    edit_cell(page.steps_table, 0, 3, "2026-11-30")
    settle(window)
    assert stored_workshop(data_dir, EXAMPLE_ID).next_steps[0].due_date == date(2026, 11, 30)
    page.today = lambda: date(2026, 10, 15)
    page.show_workshop(window.session.workshop)
    render(window, page, "date-fields")

    # The meeting date on the preparation page, in its table.
    window.workshop_view.show_step(Step.PREPARATION)
    settle(window)
    preparation = window.workshop_view.page(Step.PREPARATION).content
    assert isinstance(preparation, PreparationPage)
    edit_cell(preparation.meetings, 0, 0, TYPED)
    settle(window)
    # Typed, then the user clicks elsewhere: saved as with Enter.
    index = preparation.meetings.model.index(0, 0)
    preparation.meetings.table.edit(index)
    QApplication.processEvents()
    field = _date_field_above(QApplication.focusWidget())
    field.edit.selectAll()
    QTest.keyClicks(field.edit, "2026-12-21")
    preparation.purpose.setFocus()
    QApplication.processEvents()
    settle(window)
    assert stored_workshop(data_dir, EXAMPLE_ID).meetings[0].date == date(2026, 12, 21)
    edit_cell(preparation.meetings, 0, 0, TYPED)
    settle(window)
    close_window(window)

    stored = stored_workshop(data_dir, EXAMPLE_ID)
    assert stored.follow_up_date == date(2026, 12, 20)
    assert stored.next_steps[0].due_date == date(2026, 11, 30)
    assert stored.meetings[0].date == date(2026, 12, 20)


def test_a_date_that_is_not_one_is_not_saved(
    qtbot, open_window, data_dir: Path, example_file: Path
) -> None:  # type: ignore[no-untyped-def]
    window, page = open_page(
        qtbot, open_window, data_dir, example_file, NextStepsPage, Step.NEXT_STEPS
    )
    assert isinstance(page, NextStepsPage)
    before = stored_workshop(data_dir, EXAMPLE_ID)
    field = page.follow_up.field
    # Empty stays empty: visiting the field and opening the calendar save nothing.
    assert before.follow_up_date is None and field.edit.text() == ""
    field.edit.setFocus()
    press(field.edit, Qt.Key.Key_Tab)
    field.calendar_button.menu().aboutToShow.emit()
    settle(window)
    for wrong in ("2026-13-45", "2026-12", "3000-01-01", "1899-12-31"):
        type_over(field.edit, wrong)
        settle(window)
        assert field.hint.isVisibleTo(field), wrong
        assert stored_workshop(data_dir, EXAMPLE_ID).follow_up_date is None, wrong
    render(window, page, "date-field-hint")
    # The meeting date cannot be emptied: the stored one stays.
    window.workshop_view.show_step(Step.PREPARATION)
    settle(window)
    preparation = window.workshop_view.page(Step.PREPARATION).content
    assert isinstance(preparation, PreparationPage)
    edit_cell(preparation.meetings, 0, 0, "")
    settle(window)
    close_window(window)
    after = stored_workshop(data_dir, EXAMPLE_ID)
    assert after.follow_up_date is None
    assert after.meetings == before.meetings


def test_picked_in_the_calendar(qtbot) -> None:  # type: ignore[no-untyped-def]
    field = DateField("Datum")
    qtbot.addWidget(field)
    chosen: list[object] = []
    field.edited.connect(chosen.append)
    field.calendar.clicked.emit(field.calendar.selectedDate().addDays(3))
    assert len(chosen) == 1 and field.edit.text() == chosen[0].isoformat()  # type: ignore[attr-defined]
