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
from workshop_app.gui.widgets.measure_widgets import OVERDUE_BACKGROUND


def test_render(qtbot, open_window, data_dir: Path, example_file: Path) -> None:  # type: ignore[no-untyped-def]
    window, page = open_page(
        qtbot, open_window, data_dir, example_file, NextStepsPage, Step.NEXT_STEPS
    )
    page.today = lambda: date(2026, 10, 15)  # the example's action (due 1 October) is late
    page.show_workshop(window.session.workshop)
    render(window, page, "next-steps")


TODAY = date(2026, 10, 15)


def test_actions_owner_due_status_links_follow_up_undo_and_persist(
    qtbot, open_window, data_dir: Path, example_file: Path
) -> None:  # type: ignore[no-untyped-def]
    window, page = open_page(
        qtbot, open_window, data_dir, example_file, NextStepsPage, Step.NEXT_STEPS
    )
    assert isinstance(page, NextStepsPage)
    page.today = lambda: TODAY
    page.show_workshop(window.session.workshop)
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
    stored = stored_workshop(data_dir, EXAMPLE_ID).next_steps[-1]
    assert (stored.owner_organisation_id, stored.owner_role) == (
        "kommun",
        "samordnare brottsförebyggande",
    )
    assert stored.due_date == date(2026, 10, 1)
    assert stored.measure_ids == ("a1",)
    assert stored.to_steering_group is True
    assert "(2)" in page.overdue.label.text()
    row = model.row_of((new.id,))
    assert model.index(row, 3).data(Qt.ItemDataRole.BackgroundRole).name() == OVERDUE_BACKGROUND

    # Done is never overdue.
    details.status.setFocus()
    press(details.status, Qt.Key.Key_Down)
    press(details.status, Qt.Key.Key_Down)
    settle(window)
    assert stored_workshop(data_dir, EXAMPLE_ID).next_steps[-1].status.value == "done"
    assert model.index(row, 3).data() == "2026-10-01"
    assert model.index(row, 3).data(Qt.ItemDataRole.BackgroundRole) is None
    assert "(1)" in page.overdue.label.text()

    # The follow-up date: empty until the user gives one (nothing guessed), then typed.
    page.follow_up.field.edit.setFocus()
    press(page.follow_up.field.edit, Qt.Key.Key_Tab)
    settle(window)
    assert stored_workshop(data_dir, EXAMPLE_ID).follow_up_date is None
    type_text(page.follow_up.field.edit, "2026-12-03")
    settle(window)
    assert stored_workshop(data_dir, EXAMPLE_ID).follow_up_date == date(2026, 12, 3)

    # Undo the follow-up date and the status; redo them.
    for _ in range(2):
        window.undo_action.trigger()
        settle(window)
    stored = stored_workshop(data_dir, EXAMPLE_ID)
    assert stored.follow_up_date is None
    assert stored.next_steps[-1].status.value == "in_progress"
    assert page.follow_up.field.edit.text() == ""
    assert details.status.currentData() == "in_progress"
    for _ in range(2):
        window.redo_action.trigger()
        settle(window)
    stored = stored_workshop(data_dir, EXAMPLE_ID)
    assert stored.follow_up_date == date(2026, 12, 3)
    assert page.follow_up.field.edit.text() == "2026-12-03"

    # Emptied: no follow-up date. Then given again.
    page.follow_up.field.edit.setFocus()
    page.follow_up.field.edit.selectAll()
    press(page.follow_up.field.edit, Qt.Key.Key_Backspace)
    settle(window)
    assert stored_workshop(data_dir, EXAMPLE_ID).follow_up_date is None
    type_text(page.follow_up.field.edit, "2026-12-03")

    # Delete the example's action with the Delete key; undo brings it back, links included.
    page.steps_table.select_key(("n1",))
    press(page.steps_table.table, Qt.Key.Key_Delete)
    settle(window)
    assert [s.id for s in stored_workshop(data_dir, EXAMPLE_ID).next_steps] == [new.id]
    window.undo_action.trigger()
    settle(window)
    assert [s.id for s in stored_workshop(data_dir, EXAMPLE_ID).next_steps] == ["n1", new.id]
    assert page.steps_table.model.rowCount() == 2

    close_window(window)
    workshop = stored_workshop(data_dir, EXAMPLE_ID)
    assert workshop.follow_up_date == date(2026, 12, 3)
    restored = {s.id: s for s in workshop.next_steps}
    assert restored["n1"].measure_ids == ("a1",)
    saved = restored[new.id]
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
