"""Next steps: actions with owner, due date, status, measures, steering group; follow-up date."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import close_window
from tests.gui.helpers import settle, stored_workshop
from tests.gui.keyboard import press, type_text
from tests.gui.steps.measures.test_measures_page import EXAMPLE_ID, open_page, render
from workshop_app.domain.steps import Step
from workshop_app.gui.steps.next_steps.next_steps_page import NextStepsPage
from workshop_app.gui.widgets.styled_table import OVERDUE_BACKGROUND


def test_render(qtbot, open_window, data_dir: Path, example_file: Path) -> None:  # type: ignore[no-untyped-def]
    window, page = open_page(
        qtbot, open_window, data_dir, example_file, NextStepsPage, Step.NEXT_STEPS
    )
    page.today = lambda: date(2026, 10, 15)  # the example's action (due 1 October) is late
    page.show_workshop(window.session.workshop)
    render(window, page, "next-steps")


TODAY = date(2026, 10, 15)


# The page's user story in three parts, each from the example, so that the first failure does
# not hide the rest: a new action and its form, the follow-up date, delete with undo.


def _opened(qtbot, open_window, data_dir: Path, example_file: Path):  # type: ignore[no-untyped-def]
    window, page = open_page(
        qtbot, open_window, data_dir, example_file, NextStepsPage, Step.NEXT_STEPS
    )
    assert isinstance(page, NextStepsPage)
    page.today = lambda: TODAY
    page.show_workshop(window.session.workshop)
    return window, page


def test_a_new_action_with_owner_due_date_links_and_status(
    qtbot, open_window, data_dir: Path, example_file: Path
) -> None:  # type: ignore[no-untyped-def]
    window, page = _opened(qtbot, open_window, data_dir, example_file)
    model, details = page.model, page.details

    # The example's action was due on 1 October and is still planned: overdue, by colour and text.
    due = model.index(0, 3)
    assert due.data().startswith("2026-10-01") and due.data() != "2026-10-01"
    assert due.data(Qt.ItemDataRole.BackgroundRole).name() == OVERDUE_BACKGROUND
    assert due.data(Qt.ItemDataRole.DecorationRole) is not None
    assert page.overdue.isVisibleTo(page) and "Beställ belysning" in page.overdue.label.text()

    # A new action from the capture line; it is selected.
    type_text(page.steps_table.capture, "Rapportera läget till styrgruppen")
    press(page.steps_table.capture, Qt.Key.Key_Return)
    settle(window)
    new = stored_workshop(data_dir, EXAMPLE_ID).next_steps[-1]
    assert new.title == "Rapportera läget till styrgruppen"
    assert page.current_step().id == new.id

    # Owner organisation and role (a role, never a person), by keyboard.
    details.owner.setFocus()
    press(details.owner, Qt.Key.Key_Down)
    type_text(details.role, "samordnare brottsförebyggande")
    # Due date: typed as written.
    type_text(details.due.field.edit, "2026-10-01")
    press(details.due.field.edit, Qt.Key.Key_Return)
    # Linked measure and steering group with Space.
    details.measures.setFocus()
    details.measures.setCurrentRow(0)
    press(details.measures, Qt.Key.Key_Space)
    press(details.steering, Qt.Key.Key_Space)
    settle(window)
    assert "(2)" in page.overdue.label.text()
    row = model.row_of((new.id,))
    assert model.index(row, 3).data(Qt.ItemDataRole.BackgroundRole).name() == OVERDUE_BACKGROUND

    # Done is never overdue.
    details.status.setFocus()
    press(details.status, Qt.Key.Key_Down)
    press(details.status, Qt.Key.Key_Down)
    settle(window)
    assert model.index(row, 3).data() == "2026-10-01"
    assert model.index(row, 3).data(Qt.ItemDataRole.BackgroundRole) is None
    assert "(1)" in page.overdue.label.text()

    close_window(window)
    saved = stored_workshop(data_dir, EXAMPLE_ID).next_steps[-1]
    assert (saved.owner_organisation_id, saved.owner_role) == (
        "kommun",
        "samordnare brottsförebyggande",
    )
    assert (saved.due_date, saved.status.value, saved.to_steering_group) == (
        date(2026, 10, 1),
        "done",
        True,
    )
    assert saved.measure_ids == ("a1",)


def test_the_follow_up_date_is_empty_until_given_and_undoable(
    qtbot, open_window, data_dir: Path, example_file: Path
) -> None:  # type: ignore[no-untyped-def]
    window, page = _opened(qtbot, open_window, data_dir, example_file)
    edit = page.follow_up.field.edit

    # Empty until the user gives one (nothing guessed), then typed.
    edit.setFocus()
    press(edit, Qt.Key.Key_Tab)
    settle(window)
    assert stored_workshop(data_dir, EXAMPLE_ID).follow_up_date is None
    type_text(edit, "2026-12-03")
    settle(window)
    assert stored_workshop(data_dir, EXAMPLE_ID).follow_up_date == date(2026, 12, 3)

    # Undo and redo.
    window.undo_action.trigger()
    settle(window)
    assert stored_workshop(data_dir, EXAMPLE_ID).follow_up_date is None
    assert edit.text() == ""
    window.redo_action.trigger()
    settle(window)
    assert stored_workshop(data_dir, EXAMPLE_ID).follow_up_date == date(2026, 12, 3)
    assert edit.text() == "2026-12-03"

    # Emptied: no follow-up date. Then given again.
    edit.setFocus()
    edit.selectAll()
    press(edit, Qt.Key.Key_Backspace)
    settle(window)
    assert stored_workshop(data_dir, EXAMPLE_ID).follow_up_date is None
    type_text(edit, "2026-12-03")
    close_window(window)
    assert stored_workshop(data_dir, EXAMPLE_ID).follow_up_date == date(2026, 12, 3)


def test_an_action_deleted_comes_back_with_its_links(
    qtbot, open_window, data_dir: Path, example_file: Path
) -> None:  # type: ignore[no-untyped-def]
    window, page = _opened(qtbot, open_window, data_dir, example_file)
    page.steps_table.select_key(("n1",))
    page.steps_table.table.setFocus()
    press(page.steps_table.table, Qt.Key.Key_Delete)
    settle(window)
    assert [s.id for s in stored_workshop(data_dir, EXAMPLE_ID).next_steps] == []
    window.undo_action.trigger()
    settle(window)
    assert page.steps_table.model.rowCount() == 1
    close_window(window)
    restored = {s.id: s for s in stored_workshop(data_dir, EXAMPLE_ID).next_steps}
    assert list(restored) == ["n1"]
    assert restored["n1"].measure_ids == ("a1",)


def test_overdue_follows_the_day(qtbot, open_window, data_dir: Path, example_file: Path) -> None:  # type: ignore[no-untyped-def]
    window, page = open_page(
        qtbot, open_window, data_dir, example_file, NextStepsPage, Step.NEXT_STEPS
    )
    page.today = lambda: date(2026, 10, 1)  # due today: not late yet
    page.show_workshop(window.session.workshop)
    assert not page.overdue.isVisibleTo(page)
    assert page.model.index(0, 3).data() == "2026-10-01"
    page.today = lambda: date(2026, 10, 1) + timedelta(days=1)
    page.show_workshop(window.session.workshop)  # the same snapshot, another day
    assert page.overdue.isVisibleTo(page)


def test_tab_follows_the_layout(qtbot, open_window, data_dir: Path, example_file: Path) -> None:  # type: ignore[no-untyped-def]
    _window, page = open_page(
        qtbot, open_window, data_dir, example_file, NextStepsPage, Step.NEXT_STEPS
    )
    details = page.details
    for chain in (
        [page.follow_up.field.edit, page.follow_up.field.calendar_button, page.steps_table.capture],
        [details.title, details.owner, details.role, details.due.field.edit],
        [details.status, details.measures, details.description, details.steering],
    ):
        chain[0].setFocus()
        for expected in chain[1:]:
            press(QApplication.focusWidget(), Qt.Key.Key_Tab)
            assert QApplication.focusWidget() is expected
