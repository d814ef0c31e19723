"""Fast capture on every step, by keyboard only: type + Enter adds (focus stays, the new row is
selected), Ctrl+Up/Down reorders, Delete removes and Ctrl+Z puts it back where it was. Every
result is read back from the database through a fresh connection."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from tests.gui.helpers import settle, stored_workshop
from tests.gui.keyboard import press, type_text
from workshop_app.domain.enums import Branch
from workshop_app.domain.model import Workshop
from workshop_app.domain.steps import STEP_ORDER, Step
from workshop_app.gui.main_window import MainWindow
from workshop_app.gui.steps.causes.causes_page import CausesPage
from workshop_app.gui.steps.indicators.indicators_page import IndicatorsPage
from workshop_app.gui.steps.measures.measures_page import MeasuresPage
from workshop_app.gui.steps.next_steps.next_steps_page import NextStepsPage
from workshop_app.gui.steps.preparation.preparation_page import PreparationPage
from workshop_app.gui.steps.problems.problems_page import ProblemsPage
from workshop_app.gui.widgets.item_table import ItemTableEditor

WORKSHOP = "exempel-1"
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(qtbot, open_window, data_dir: Path, example_file: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    """The example workshop open in an active window."""
    window = open_window(data_dir)
    window.transfers.import_path(example_file)
    qtbot.waitUntil(lambda: window.start_view.model.rowCount() == 1, timeout=10_000)
    window.open_workshop(WORKSHOP)
    qtbot.waitUntil(lambda: window.workshop_view is not None, timeout=10_000)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    return window


def show(window: MainWindow, step: Step) -> Any:
    window.workshop_view.show_step(step)
    settle(window)
    QApplication.processEvents()
    return window.workshop_view.page(step)


def stored(window: MainWindow) -> Workshop:
    settle(window)
    QApplication.processEvents()
    return stored_workshop(window.context.paths.data_dir, WORKSHOP)


def enter(window: MainWindow, line: QWidget, text: str) -> None:
    type_text(line, text)
    press(line, Qt.Key.Key_Return)
    settle(window)
    QApplication.processEvents()
    assert QApplication.focusWidget() is line, "the focus stays in the capture line"


def undo(qtbot, window: MainWindow, widget: QWidget) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+Z as the user presses it, with the focus in ``widget``."""
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_Z, CTRL)
    settle(window)
    QApplication.processEvents()


def check_table(  # type: ignore[no-untyped-def]
    qtbot,
    window: MainWindow,
    editor: ItemTableEditor,
    collection: str,
    field: str,
    mine: Callable[[Any], bool] = lambda _item: True,
) -> None:
    """The whole fast-capture cycle on one ``ItemTableEditor``."""

    def titles() -> list[str]:
        return [getattr(i, field) for i in getattr(stored(window), collection) if mine(i)]

    before = titles()
    first, second = "Första – åäö", "Andra – ÅÄÖ"
    enter(window, editor.capture, first)
    enter(window, editor.capture, second)
    assert titles() == [*before, first, second]
    # The new row is selected (and so ready to be moved) while typing goes on.
    current = editor.current_key()
    row = editor.model.row_of(current)
    assert getattr(editor.model.items[row], field) == second
    # Ctrl+Up in the capture line moves the row just added.
    press(editor.capture, Qt.Key.Key_Up, CTRL)
    assert titles() == [*before, second, first]
    assert QApplication.focusWidget() is editor.capture
    # Ctrl+Down in the table moves it back.
    editor.table.setFocus()
    press(editor.table, Qt.Key.Key_Down, CTRL)
    assert titles() == [*before, first, second]
    # Delete removes the selected row and selects its neighbour; Ctrl+Z restores it in place.
    row = next(r for r, item in enumerate(editor.model.items) if getattr(item, field) == first)
    editor.select_row(row)
    press(editor.table, Qt.Key.Key_Delete)
    assert titles() == [*before, second]
    assert getattr(editor.model.items[editor.table.currentIndex().row()], field) == second
    undo(qtbot, window, editor.table)
    assert titles() == [*before, first, second]


def test_preparation_organisations_participants_meetings(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page: PreparationPage = show(window, Step.PREPARATION).content
    check_table(qtbot, window, page.organisations, "organisations", "name")
    check_table(qtbot, window, page.participants, "participants", "name")
    check_table(qtbot, window, page.meetings, "meetings", "location")


def test_parking_lot_on_every_step(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    for step in STEP_ORDER:
        panel = show(window, step).notes
        panel.only_here.setChecked(True)  # the same texts are parked on every step
        editor = panel.editor
        check_table(qtbot, window, editor, "notes", "text", lambda n, s=step: n.step == s)
    notes = stored(window).notes
    assert len(notes) == 2 * len(STEP_ORDER)
    assert {n.step for n in notes} == set(STEP_ORDER)


def test_measures_of_a_problem(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page: MeasuresPage = show(window, Step.MEASURES).content
    problem = page.problem_id
    check_table(
        qtbot, window, page.measures, "measures", "title", lambda m: m.problem_id == problem
    )


def test_next_steps(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page: NextStepsPage = show(window, Step.NEXT_STEPS).content
    check_table(qtbot, window, page.steps_table, "next_steps", "title")


def test_problems(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page: ProblemsPage = show(window, Step.PROBLEMS).content

    def titles() -> list[str]:
        return [p.title for p in stored(window).problems]

    before = titles()
    enter(window, page.capture, "Otrygghet i gångtunneln")
    enter(window, page.capture, "Inbrott i källarförråd")
    assert titles() == [*before, "Otrygghet i gångtunneln", "Inbrott i källarförråd"]
    assert page.current_problem().title == "Inbrott i källarförråd"
    assert page.focus_target() == ("problem", page.current_id())
    press(page.capture, Qt.Key.Key_Up, CTRL)
    assert titles() == [*before, "Inbrott i källarförråd", "Otrygghet i gångtunneln"]
    page.table.setFocus()
    press(page.table, Qt.Key.Key_Down, CTRL)
    assert titles() == [*before, "Otrygghet i gångtunneln", "Inbrott i källarförråd"]
    page.select_problem(next(p.id for p in stored(window).problems if "gång" in p.title))
    press(page.table, Qt.Key.Key_Delete)
    assert titles() == [*before, "Inbrott i källarförråd"]
    assert page.current_problem().title == "Inbrott i källarförråd"  # the neighbour
    undo(qtbot, window, page.table)
    assert titles() == [*before, "Otrygghet i gångtunneln", "Inbrott i källarförråd"]


def test_causes_of_the_shown_problem(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page: CausesPage = show(window, Step.CAUSES).content
    problem = page.problem_id
    assert page.focus_target() == ("fishbone", problem)
    page.branch_box.setCurrentIndex(page.branch_box.findData(Branch.PLACE))

    def texts() -> list[str]:
        return [
            c.description
            for c in stored(window).causes
            if c.problem_id == problem and c.branch == Branch.PLACE and c.parent_id is None
        ]

    before = texts()
    enter(window, page.capture, "Mörk gångväg")
    enter(window, page.capture, "Skymd entré")
    assert texts() == [*before, "Mörk gångväg", "Skymd entré"]
    new = next(c for c in stored(window).causes if c.description == "Skymd entré")
    assert page.tree.current_cause_id() == new.id
    press(page.capture, Qt.Key.Key_Up, CTRL)
    assert texts() == [*before, "Skymd entré", "Mörk gångväg"]
    page.tree.setFocus()
    press(page.tree, Qt.Key.Key_Down, CTRL)
    assert texts() == [*before, "Mörk gångväg", "Skymd entré"]
    press(page.tree, Qt.Key.Key_Delete)
    assert texts() == [*before, "Mörk gångväg"]
    undo(qtbot, window, page.tree)
    assert texts() == [*before, "Mörk gångväg", "Skymd entré"]


def test_own_indicators(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page: IndicatorsPage = show(window, Step.INDICATORS).content

    def own() -> list[str]:
        return [i.title for i in stored(window).indicators if i.custom]

    before = own()
    enter(window, page.capture, "Klotter med gängsymboler")
    enter(window, page.capture, "Påtvingad tystnad i trapphuset")
    assert own() == [*before, "Klotter med gängsymboler", "Påtvingad tystnad i trapphuset"]
    assert page.current_entry().title == "Påtvingad tystnad i trapphuset"
    press(page.capture, Qt.Key.Key_Up, CTRL)
    assert own() == [*before, "Påtvingad tystnad i trapphuset", "Klotter med gängsymboler"]
    page.board.setFocus()
    press(page.board, Qt.Key.Key_Down, CTRL)
    assert own() == [*before, "Klotter med gängsymboler", "Påtvingad tystnad i trapphuset"]
    assert page.current_entry().title == "Påtvingad tystnad i trapphuset"
    press(page.board, Qt.Key.Key_Delete)
    assert own() == [*before, "Klotter med gängsymboler"]
    undo(qtbot, window, page.board)
    assert own() == [*before, "Klotter med gängsymboler", "Påtvingad tystnad i trapphuset"]
