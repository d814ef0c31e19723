"""A whole step run from the laptop keyboard while the projector shows it, and kept.

A facilitator (user folder "Åsa Öberg") opens the example workshop, moves to Local problems
with Ctrl+PgUp, presses F5 to present and F9 to start the step timer, walks through the guiding
questions with Ctrl+. and Ctrl+,, captures problems with type + Enter, reorders with
Ctrl+Up/Down, deletes and undoes, counts dot votes by a show of hands (Ctrl+Shift+V) and puts
the sorted result on the projector (Ctrl+P), focuses one problem (F6), blanks the screen for a
break (Ctrl+B), pauses the timer and ends presenting with Esc on the projector window. All the
while the projector window must show what the laptop does. Afterwards the data dir, opened
afresh, holds the group's problems, their order, the votes and the step's time.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.e2e.gui_driver import CTRL, activate, shortcut, view_of
from tests.gui.conftest import close_window
from tests.gui.helpers import settle, stored_workshop
from tests.gui.keyboard import press, type_text
from workshop_app.domain.slide_model import ProblemFocus, VoteResult
from workshop_app.domain.step_timer import format_clock
from workshop_app.domain.steps import Step
from workshop_app.gui.main_window import MainWindow
from workshop_app.gui.steps.problems.problems_page import ProblemsPage

WORKSHOP = "exempel-1"
NONE = Qt.KeyboardModifier.NoModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


class FakeClock:
    """The step timer's clock, moved on by the test instead of waiting."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def card_titles(window: MainWindow) -> list[str]:
    slide = window.facilitation.presenter.slide
    assert slide is not None
    return [card.title for card in slide.cards]


def capture(window: MainWindow, page: ProblemsPage, text: str) -> None:
    type_text(page.capture, text)
    press(page.capture, Qt.Key.Key_Return)
    settle(window)
    QApplication.processEvents()
    assert QApplication.focusWidget() is page.capture, "the focus stays in the capture line"


def test_a_step_is_run_by_keyboard_while_the_projector_follows(  # type: ignore[no-untyped-def]
    qtbot, open_window, tmp_path: Path, example_file: Path
) -> None:
    data_dir = tmp_path / "Åsa Öberg" / "Workshopstöd"
    data_dir.mkdir(parents=True)
    window = open_window(data_dir)
    window.transfers.import_path(example_file)
    qtbot.waitUntil(lambda: window.start_view.model.rowCount() == 1, timeout=10_000)
    window.open_workshop(WORKSHOP)
    qtbot.waitUntil(lambda: window.workshop_view is not None, timeout=10_000)
    activate(qtbot, window)
    view = view_of(window)
    clock = FakeClock()
    view.timer._clock = clock  # the test moves this clock on instead of waiting

    # The example stopped at Probable causes: one step back, to Local problems.
    assert view.current_step == Step.CAUSES
    shortcut(qtbot, window, Qt.Key.Key_PageUp)
    qtbot.waitUntil(lambda: view.current_step == Step.PROBLEMS, timeout=5_000)
    page = view.page(Step.PROBLEMS).content
    assert isinstance(page, ProblemsPage)

    # F5: the projector window opens on the same step, large.
    assert (
        window.facilitation.present_action.isEnabled()
        and not window.facilitation.present_action.isChecked()
    )
    shortcut(qtbot, window, Qt.Key.Key_F5, NONE)
    presenter = window.facilitation.presenter
    assert presenter is not None and presenter.is_presenting
    assert presenter.window.isVisible() and window.facilitation.present_action.isChecked()
    assert presenter.slide is not None and presenter.slide.step == Step.PROBLEMS
    assert card_titles(window)[0] == "Narkotikahandel vid torget"
    first_question = presenter.slide.question
    assert first_question and first_question in window.facilitation.projector_status.full_text()

    # F9 starts the step timer; both windows show it counting down.
    shortcut(qtbot, window, Qt.Key.Key_F9, NONE)
    assert view.timer.running
    planned = view.timer.reading().planned_seconds
    assert planned is not None and planned > 0
    clock.now += 125
    with qtbot.waitSignal(view.timer.reading_changed, timeout=3_000):
        pass  # the next tick of the running timer
    remaining = format_clock(planned - 125)
    assert presenter.window.header.content.timer == remaining
    assert remaining in view.timer_widget.clock.accessibleName()

    # Ctrl+. and Ctrl+, walk through the guiding questions on the projector.
    activate(qtbot, window)
    page.capture.setFocus()
    shortcut(qtbot, window, Qt.Key.Key_Period)
    assert presenter.question_index == 1
    second_question = presenter.slide.question
    assert second_question != first_question
    assert second_question in window.facilitation.projector_status.full_text()
    shortcut(qtbot, window, Qt.Key.Key_Comma)
    shortcut(qtbot, window, Qt.Key.Key_Period)
    assert presenter.question_index == 1

    # Type + Enter captures; each new problem is on the projector at once.
    activate(qtbot, window)
    capture(window, page, "Klotter vid skolan")
    capture(window, page, "Otrygg gångtunnel – Åbacken")
    assert card_titles(window)[-2:] == ["Klotter vid skolan", "Otrygg gångtunnel – Åbacken"]
    # Ctrl+Up moves the new (selected) problem up; the projector shows the new order.
    press(page.capture, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    settle(window)
    assert card_titles(window)[-2:] == ["Otrygg gångtunnel – Åbacken", "Klotter vid skolan"]
    # Delete removes the selected problem; Ctrl+Z brings it back to its place.
    page.table.setFocus()
    press(page.table, Qt.Key.Key_Delete)
    settle(window)
    assert "Otrygg gångtunnel – Åbacken" not in card_titles(window)
    qtbot.keyClick(page.table, Qt.Key.Key_Z, CTRL)
    settle(window)
    assert card_titles(window)[-2:] == ["Otrygg gångtunnel – Åbacken", "Klotter vid skolan"]

    # Dot voting by a show of hands, then the sorted result on the projector.
    activate(qtbot, window)
    page.capture.setFocus()
    qtbot.keyClick(page.capture, Qt.Key.Key_V, CTRL_SHIFT)
    dialog = page.voting_dialog
    assert dialog is not None
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.table, timeout=5_000)
    for count in ("9", "4", "11"):  # the example's problem and the two new ones, in order
        type_text(dialog.table, count)
        press(dialog.table, Qt.Key.Key_Return)
    settle(window)
    qtbot.keyClick(dialog.table, Qt.Key.Key_P, CTRL)
    focus = presenter.slide.focus
    assert isinstance(focus, VoteResult)
    assert [(row.title, row.votes) for row in focus.rows][:2] == [
        ("Klotter vid skolan", 11),
        ("Narkotikahandel vid torget", 9),
    ]
    press(dialog.table, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.voting_dialog is None, timeout=5_000)

    # F6 puts the selected problem large on the projector; F6 again goes back to the cards.
    activate(qtbot, window)
    page.select_problem(page.model.problems[-1].id)  # as arrowing down to it does
    shortcut(qtbot, window, Qt.Key.Key_F6, NONE)
    assert isinstance(presenter.slide.focus, ProblemFocus)
    assert presenter.slide.focus.title == "Klotter vid skolan"
    shortcut(qtbot, window, Qt.Key.Key_F6, NONE)
    assert presenter.slide.focus is None and presenter.slide.cards

    # A break: Ctrl+B blanks the projector and shows it again.
    shortcut(qtbot, window, Qt.Key.Key_B)
    assert presenter.is_blank and window.facilitation.blank_action.isChecked()
    shortcut(qtbot, window, Qt.Key.Key_B)
    assert not presenter.is_blank

    # F9 pauses; Esc on the projector window ends presenting.
    clock.now += 600
    shortcut(qtbot, window, Qt.Key.Key_F9, NONE)
    assert not view.timer.running
    press(presenter.window, Qt.Key.Key_Escape)
    assert not presenter.is_presenting and not presenter.window.isVisible()
    assert not window.facilitation.present_action.isChecked()
    close_window(window)

    # Everything the group worked out is stored.
    stored = stored_workshop(data_dir, WORKSHOP)
    titles = [p.title for p in stored.problems]
    assert titles[-2:] == ["Otrygg gångtunnel – Åbacken", "Klotter vid skolan"]
    votes = {p.title: p.votes for p in stored.problems}
    assert votes["Klotter vid skolan"] == 11 and votes["Narkotikahandel vid torget"] == 9
    plan = {entry.step: entry for entry in stored.step_plan}
    assert plan[Step.PROBLEMS].elapsed_seconds == 725
    assert stored.current_step == Step.PROBLEMS
