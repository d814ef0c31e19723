"""Dot voting by a show of hands, by keyboard only: counts, budget, undo, result, persistence."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import close_window
from tests.gui.helpers import settle, stored_workshop
from tests.gui.keyboard import press, type_text
from workshop_app.domain.model import Measure, Problem
from workshop_app.domain.steps import Step
from workshop_app.gui.main_window import MainWindow
from workshop_app.gui.room.voting_dialog import VotingDialog
from workshop_app.gui.steps.measures.measures_page import MeasuresPage
from workshop_app.gui.steps.problems.problems_page import ProblemsPage
from workshop_app.services.app_context import open_app_context
from workshop_app.services.changes import AddItem

WORKSHOP = "exempel-1"
CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def prepare(data_dir: Path, example_file: Path) -> None:
    """The example workshop (problem pr1 with 5 votes, its measure a1 with 3) and a few more."""
    context = open_app_context(data_dir)
    try:
        context.transfer.import_file(example_file)
        for problem in (
            Problem("pr2", "Otrygghet i gångtunneln"),
            Problem("pr3", "Inbrott i källarförråd"),
        ):
            context.workshops.apply(AddItem(WORKSHOP, "problems", problem))
        for measure in (
            Measure("a2", "pr1", "Trygghetsvandring med boende"),
            Measure("a3", "pr1", "Fältassistenter kvällstid"),
            Measure("b1", "pr2", "Belysning i tunneln"),
        ):
            context.workshops.apply(AddItem(WORKSHOP, "measures", measure))
    finally:
        context.close()


def open_step(qtbot, open_window, data_dir: Path, step: Step):  # type: ignore[no-untyped-def]
    window = open_window(data_dir)
    window.open_workshop(WORKSHOP)
    qtbot.waitUntil(lambda: window.workshop_view is not None, timeout=10_000)
    window.workshop_view.show_step(step)
    settle(window)
    return window, window.workshop_view.page(step).content


def activate(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    widget.window().activateWindow()
    qtbot.waitUntil(lambda: widget.window().isActiveWindow(), timeout=5_000)


def key(qtbot, dialog: VotingDialog, *keys: str | Qt.Key) -> None:  # type: ignore[no-untyped-def]
    """Keys typed on the counting table: digits and signs as text, others as key codes."""
    for k in keys:
        if isinstance(k, str):
            type_text(dialog.table, k)
        else:
            press(dialog.table, k)


def votes(window: MainWindow, collection: str) -> dict[str, int]:
    settle(window)
    stored = stored_workshop(window.context.paths.data_dir, WORKSHOP)
    return {item.id: item.votes for item in getattr(stored, collection)}


def test_problems_are_counted_by_keyboard_with_budget_undo_and_result(  # type: ignore[no-untyped-def]
    qtbot, open_window, data_dir: Path, example_file: Path
) -> None:
    prepare(data_dir, example_file)
    window, page = open_step(qtbot, open_window, data_dir, Step.PROBLEMS)
    assert isinstance(page, ProblemsPage)
    activate(qtbot, page)
    page.capture.setFocus()  # where the facilitator types: the shortcut works there too
    qtbot.keyClick(page.capture, Qt.Key.Key_V, CTRL_SHIFT)
    dialog = page.voting_dialog
    assert dialog is not None and dialog.isVisible() and dialog.kind == "problems"
    activate(qtbot, dialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.table, timeout=5_000)
    assert dialog.table.current_row() == 0  # pr1, 5 votes

    # Digits then Enter: the count, and on to the next problem.
    key(qtbot, dialog, "1", "2")
    assert dialog.model.typed(0) == "12"
    assert dialog.model.data(dialog.model.index(0, 0)) == "12▏"
    key(qtbot, dialog, Qt.Key.Key_Return)
    assert dialog.table.current_row() == 1
    # + and −: one more or less.
    key(qtbot, dialog, "+", "+", "+", "+", "−")
    # Typed digits are kept when moving on with the arrows.
    key(qtbot, dialog, Qt.Key.Key_Down, "7", Qt.Key.Key_Up)
    assert dialog.table.current_row() == 1
    assert votes(window, "problems") == {"pr1": 12, "pr2": 3, "pr3": 7}
    # 0 on its own clears; Ctrl+Z brings the count back.
    key(qtbot, dialog, Qt.Key.Key_Down, "0")
    assert votes(window, "problems")["pr3"] == 0
    activate(qtbot, dialog)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Z, CTRL)
    assert votes(window, "problems")["pr3"] == 7
    qtbot.waitUntil(lambda: dialog.model.items[2].votes == 7, timeout=5_000)
    undo_texts = [
        window.session.undo_stack.text(i) for i in range(window.session.undo_stack.count())
    ]
    assert any(t.endswith(": Inbrott i källarförråd") for t in undo_texts)

    # The budget: 4 participants × 5 dots = 20; 22 counted is over, 22 of 22 is used up.
    assert dialog.budget_label.property("level") == "none"
    type_text(dialog.participants, "4")
    type_text(dialog.dots, "5")
    assert dialog.status().total == 20
    assert dialog.budget_label.property("level") == "over"
    assert "22" in dialog.budget_label.text() and "20" in dialog.budget_label.text()
    dialog.participants.clear()
    type_text(dialog.participants, "11")
    type_text(dialog.dots, "\b")  # not a digit: the validator keeps "5"
    dialog.dots.setText("2")
    assert dialog.budget_label.property("level") == "used_up"
    dialog.dots.setText("3")
    assert dialog.budget_label.property("level") == "within"
    assert dialog.status().remaining == 11
    dialog.dots.clear()  # empty: no budget at all
    assert dialog.budget_label.property("level") == "none"
    dialog.dots.setText("3")

    # The sorted result, asked for the projector with Ctrl+P.
    assert [(r.id, r.rank) for r in dialog.result_rows()] == [("pr1", 1), ("pr3", 2), ("pr2", 3)]
    assert dialog.result_list.item(0).text().startswith("1. Narkotikahandel vid torget")
    dialog.table.setFocus()
    with qtbot.waitSignal(page.show_result_requested, timeout=5_000) as signal:
        qtbot.keyClick(dialog.table, Qt.Key.Key_P, CTRL)
    assert signal.args == ["problems"]

    # Enter with nothing typed keeps the dialog open; Escape drops typing, then closes.
    key(qtbot, dialog, Qt.Key.Key_Return, "9", Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.model.typed(2) is None
    key(qtbot, dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.voting_dialog is None, timeout=5_000)
    assert votes(window, "problems") == {"pr1": 12, "pr2": 3, "pr3": 7}
    assert [p.votes for p in page.model.problems] == [12, 3, 7]  # the page shows the counts

    # The budget is remembered per workshop in the window's settings, not in the workshop.
    close_window(window)
    window, page = open_step(qtbot, open_window, data_dir, Step.PROBLEMS)
    dialog = page.open_voting()
    assert (dialog.participants.text(), dialog.dots.text()) == ("11", "3")
    assert window.settings.value(f"voting/{WORKSHOP}/participants") in (11, "11")
    dialog.close()


def test_measures_of_the_chosen_problem_are_voted_on(  # type: ignore[no-untyped-def]
    qtbot, open_window, data_dir: Path, example_file: Path
) -> None:
    prepare(data_dir, example_file)
    window, page = open_step(qtbot, open_window, data_dir, Step.MEASURES)
    assert isinstance(page, MeasuresPage)
    assert page.problem_id == "pr1"
    # Both pages with the shortcut are built; only the one on screen answers.
    window.workshop_view.show_step(Step.PROBLEMS)
    window.workshop_view.show_step(Step.MEASURES)
    activate(qtbot, page)
    page.measures.table.setFocus()
    qtbot.keyClick(page.measures.table, Qt.Key.Key_V, CTRL_SHIFT)
    problems_page = window.workshop_view.page(Step.PROBLEMS).content
    assert problems_page.voting_dialog is None
    dialog = page.voting_dialog
    assert dialog is not None and dialog.kind == "measures" and dialog.problem_id == "pr1"
    # Only pr1's measures: a1 (3 votes), a2, a3 – not b1 of another problem.
    assert [m.id for m in dialog.model.items] == ["a1", "a2", "a3"]
    key(qtbot, dialog, Qt.Key.Key_Down, "4", Qt.Key.Key_Return, "6", Qt.Key.Key_Enter)
    key(qtbot, dialog, Qt.Key.Key_Up, Qt.Key.Key_Up, "−")
    assert votes(window, "measures") == {"a1": 2, "a2": 4, "a3": 6, "b1": 0}
    # The dots per person of measures are kept apart from those of problems.
    type_text(dialog.participants, "4")
    type_text(dialog.dots, "4")
    assert dialog.budget_label.property("level") == "within"
    assert dialog.status().remaining == 4
    assert window.settings.value(f"voting/{WORKSHOP}/measures/dots_per_person") in (4, "4")
    assert window.settings.value(f"voting/{WORKSHOP}/problems/dots_per_person") is None
    assert [r.id for r in dialog.result_rows()] == ["a3", "a2", "a1"]
    with qtbot.waitSignal(page.show_result_requested, timeout=5_000) as signal:
        qtbot.mouseClick(dialog.show_button, Qt.MouseButton.LeftButton)
    assert signal.args == ["measures"]
    dialog.accept()
    settle(window)
    assert page.current_measure() is not None
    assert page.focus_target() == ("problem", "pr1")
    by_id = {m.id: m for m in page.measures.model.items}
    assert by_id["a3"].votes == 6  # the page's table shows the new counts
