"""The window's facilitation actions around the workshop's life: presenting ends with the
window, and the step timer's last save is safe when the workshop closes at once."""

from __future__ import annotations

import json
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt

from tests.gui.conftest import close_window
from tests.gui.helpers import settle, stored_workshop
from workshop_app.domain.steps import Step
from workshop_app.gui.main_window import MainWindow

WORKSHOP = "exempel-1"


def open_example(qtbot, open_window, data_dir: Path, file: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    window = open_window(data_dir)
    window.transfers.import_path(file)
    qtbot.waitUntil(lambda: window.start_view.model.rowCount() == 1, timeout=10_000)
    window.open_workshop(WORKSHOP)
    qtbot.waitUntil(lambda: window.workshop_view is not None, timeout=10_000)
    return window


def test_closing_the_window_ends_presenting(  # type: ignore[no-untyped-def]
    qtbot, open_window, data_dir: Path, example_file: Path
) -> None:
    window = open_example(qtbot, open_window, data_dir, example_file)
    window.facilitation.present_action.trigger()
    presenter = window.facilitation.presenter
    assert presenter is not None and presenter.is_presenting
    projector = presenter.window
    assert projector.isVisible()
    # The projector window never keeps the app alive on its own.
    assert not projector.testAttribute(Qt.WidgetAttribute.WA_QuitOnClose)
    close_window(window)
    assert not projector.isVisible()
    assert not presenter.is_presenting


def test_timer_time_is_kept_when_the_workshop_closes_right_away(  # type: ignore[no-untyped-def]
    qtbot, open_window, data_dir: Path, example_file: Path, tmp_path: Path
) -> None:
    # A workshop file without a time plan: the timer's save adds the step's plan row (a
    # save that reloads the workshop), and the workshop is closed before it is done.
    content = json.loads(example_file.read_text(encoding="utf-8"))
    content["workshop"]["step_plan"] = []
    file = tmp_path / "utan tidsplan.json"
    file.write_text(json.dumps(content, ensure_ascii=False), encoding="utf-8")
    window = open_example(qtbot, open_window, data_dir, file)
    view = window.workshop_view
    assert view is not None and view.current_step == Step.CAUSES
    now = [500.0]
    view.timer._clock = lambda: now[0]  # the test moves this clock on instead of waiting
    window.guidance.timer_toggle_action.trigger()
    now[0] += 90
    window.close_action.trigger()  # Ctrl+W at once: the timer saves, the session goes
    assert window.workshop_view is None
    # The session and the pages are deleted before the save's reply comes back.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    settle(window)  # an exception in a late callback would fail the test here
    plan = {p.step: p for p in stored_workshop(data_dir, WORKSHOP).step_plan}
    assert plan[Step.CAUSES].elapsed_seconds == 90


def test_keys_pressed_on_the_projector_window_work_in_the_laptop_window(  # type: ignore[no-untyped-def]
    qtbot, open_window, data_dir: Path, example_file: Path
) -> None:
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    from tests.gui.keyboard import press

    NO_KEYS = Qt.KeyboardModifier.NoModifier

    window = open_example(qtbot, open_window, data_dir, example_file)
    window.facilitation.present_action.trigger()
    presenter = window.facilitation.presenter
    assert presenter is not None
    projector = presenter.window
    assert projector.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus
    assert projector.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    view = window.workshop_view
    assert view is not None and view.current_step == Step.CAUSES
    question = presenter.question_index
    # Ctrl+PgUp is the laptop's "previous step", not the projector's "previous question".
    press(projector, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert view.current_step == Step.PROBLEMS
    assert presenter.question_index == question
    # F9 starts the step timer; typed text lands in the laptop's capture line.
    press(projector, Qt.Key.Key_F9)
    assert view.timer.running
    capture = view.page(Step.PROBLEMS).content.capture
    assert QApplication.focusWidget() is capture
    for char in "Klotter":
        QApplication.sendEvent(
            projector, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_unknown, NO_KEYS, char)
        )
    assert capture.text() == "Klotter"
    # A clicker's plain PgDown is still the projector's next question.
    press(projector, Qt.Key.Key_PageDown)
    assert presenter.question_index == question + 1


def test_the_laptop_says_what_the_room_sees_and_the_vote_result_goes_away(  # type: ignore[no-untyped-def]
    qtbot, open_window, data_dir: Path, example_file: Path
) -> None:
    from workshop_app.domain.slide_model import VoteResult

    window = open_example(qtbot, open_window, data_dir, example_file)
    view = window.workshop_view
    assert view is not None
    window.facilitation.present_action.trigger()
    presenter = window.facilitation.presenter
    assert presenter is not None
    state = window.facilitation.projector_state
    assert state is not None and state.isVisible()
    assert view.isAncestorOf(state), "in the workshop's top bar"
    assert state.full_text() == "Projektorn: steget"
    window.facilitation.blank_action.trigger()
    assert state.full_text() == "Projektorn: Paus"
    # The state in the top bar never makes the window wider than a 1024-px screen.
    window.resize(1024, 768)
    QCoreApplication.processEvents()
    assert window.width() == 1024 and window.minimumSizeHint().width() <= 1024
    window.facilitation.blank_action.trigger()
    view.show_step(Step.PROBLEMS)
    page = view.page(Step.PROBLEMS).content
    page.table.setCurrentIndex(page.model.index(0, 0))
    window.facilitation.focus_action.trigger()
    assert state.full_text() == "Fokus: problem 1"
    window.facilitation.focus_action.trigger()
    assert state.full_text() == "Projektorn: steget"

    # The vote result: shown from the dialog (Ctrl+P), gone when the dialog closes.
    dialog = page.open_voting()
    dialog.show_button.click()
    assert isinstance(presenter.slide.focus, VoteResult)
    assert state.full_text() == "Röstresultat"
    dialog.close()
    QCoreApplication.processEvents()
    assert presenter.slide.focus is None
    assert state.full_text() == "Projektorn: steget"

    # Or with Esc on the laptop; Esc does nothing to the projector otherwise.
    window.facilitation.show_vote_result("problems")
    assert (
        isinstance(presenter.slide.focus, VoteResult)
        and window.facilitation.end_vote_action.isEnabled()
    )
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Escape)  # a key pressed where the facilitator is
    QCoreApplication.processEvents()
    assert presenter.slide.focus is None
    assert not window.facilitation.end_vote_action.isEnabled()
    assert "Esc" in window.facilitation.end_vote_action.shortcut().toString()


def test_ctrl_shift_v_where_nothing_is_voted_on_says_where_voting_is(  # type: ignore[no-untyped-def]
    qtbot, open_window, data_dir: Path, example_file: Path
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from tests.gui.conftest import answer_next_dialog

    window = open_example(qtbot, open_window, data_dir, example_file)
    view = window.workshop_view
    assert view is not None and view.current_step == Step.CAUSES
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    said: list[str] = []

    def read(box) -> None:  # type: ignore[no-untyped-def]
        assert isinstance(box, QMessageBox)
        said.append(box.text())
        box.accept()

    answer_next_dialog(read)
    shift = Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier
    target = QCoreApplication.instance().focusWidget() or window
    qtbot.keyClick(target, Qt.Key.Key_V, shift)
    qtbot.waitUntil(lambda: bool(said), timeout=5_000)
    assert "Lokala problem" in said[0] and "Åtgärder och samverkansparter" in said[0]
    assert view.timer_widget.reset_button.text() == "Nollställ"


def test_ctrl_plus_and_minus_size_the_projector_text_and_it_is_remembered(  # type: ignore[no-untyped-def]
    qtbot, open_window, data_dir: Path, example_file: Path
) -> None:
    window = open_example(qtbot, open_window, data_dir, example_file)
    assert not window.facilitation.bigger_text_action.isEnabled()  # only while presenting
    window.facilitation.present_action.trigger()
    presenter = window.facilitation.presenter
    projector = presenter.window
    projector.resize(1024, 768)
    QCoreApplication.processEvents()
    before = projector.header.step_font.pixelSize()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    target = QCoreApplication.instance().focusWidget() or window
    qtbot.keyClick(target, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert presenter.text_scale == 1.15
    assert projector.header.step_font.pixelSize() > before
    assert window.status.text() == "Text på projektorn: 115 %"
    window.facilitation.smaller_text_action.trigger()
    window.facilitation.smaller_text_action.trigger()
    assert presenter.text_scale == 0.9
    assert projector.header.step_font.pixelSize() < before
    # The room's choice stays for the next time the projector is used.
    window.close_workshop()
    window.open_workshop(WORKSHOP)
    qtbot.waitUntil(lambda: window.facilitation.presenter is not None, timeout=10_000)
    assert window.facilitation.presenter.text_scale == 0.9
    close_window(window)


def test_a_clickers_page_keys_turn_the_question_where_they_mean_nothing_else(  # type: ignore[no-untyped-def]
    qtbot, open_window, data_dir: Path, example_file: Path
) -> None:
    window = open_example(qtbot, open_window, data_dir, example_file)
    view = window.workshop_view
    view.show_step(Step.PROBLEMS)
    window.facilitation.present_action.trigger()
    presenter = window.facilitation.presenter
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    page = view.page(Step.PROBLEMS).content
    page.capture.setFocus()
    question = presenter.question_index
    qtbot.keyClick(page.capture, Qt.Key.Key_PageDown)  # the clicker's "next"
    assert presenter.question_index == question + 1
    qtbot.keyClick(page.capture, Qt.Key.Key_PageUp)
    assert presenter.question_index == question
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_PageDown)  # in a table it moves in the table
    assert presenter.question_index == question
    window.facilitation.present_action.trigger()  # not presenting: Page Down is Page Down again
    page.capture.setFocus()
    qtbot.keyClick(page.capture, Qt.Key.Key_PageDown)
    assert presenter.question_index == question


def test_first_problem_focus_names_real_focus_kinds() -> None:
    """The table is kept as plain values so that the projector's module loads on first use."""
    from workshop_app.domain.slide_model import FocusKind
    from workshop_app.gui.controllers.facilitation import FIRST_PROBLEM_FOCUS

    assert {FocusKind(value) for value in FIRST_PROBLEM_FOCUS.values()} == {
        FocusKind.PROBLEM,
        FocusKind.FISHBONE,
    }


def test_f5_right_after_opening_is_kept_when_enter_was_pressed_twice(  # type: ignore[no-untyped-def]
    qtbot, open_window, data_dir: Path, example_file: Path
) -> None:
    # Enter pressed again (or a double-click) while the workshop was being loaded opened it a
    # second time: that second opening replaced the view and closed the projector which the
    # first F5 had opened, so the facilitator had to press F5 twice.
    window = open_window(data_dir)
    window.transfers.import_path(example_file)
    qtbot.waitUntil(lambda: window.start_view.model.rowCount() == 1, timeout=10_000)
    window.open_workshop(WORKSHOP)
    # The database is still busy (here: held until F5 is pressed) when Enter comes again.
    held = threading.Event()
    window.worker.submit(lambda: held.wait(10))
    window.open_workshop(WORKSHOP)
    window.open_workshop(WORKSHOP)
    qtbot.waitUntil(lambda: window.workshop_view is not None, timeout=10_000)
    view = window.workshop_view
    window.facilitation.present_action.trigger()  # F5 as soon as the workshop shows
    presenter = window.facilitation.presenter
    assert presenter is not None and presenter.is_presenting
    held.set()
    settle(window)  # everything asked of the database has come back
    assert window.workshop_view is view, "the workshop was opened once"
    assert window.facilitation.presenter is presenter and presenter.is_presenting
    assert presenter.window.isVisible()
    close_window(window)


def test_the_example_asked_for_twice_while_loading_opens_once(  # type: ignore[no-untyped-def]
    qtbot, open_window, data_dir: Path
) -> None:
    window = open_window(data_dir)
    qtbot.waitUntil(lambda: window.context is not None, timeout=10_000)
    window.transfers.example_action.trigger()
    held = threading.Event()
    window.worker.submit(lambda: held.wait(10))  # the database is busy a moment
    window.transfers.example_action.trigger()  # again, before the first has come back
    qtbot.waitUntil(lambda: window.workshop_view is not None, timeout=10_000)
    view = window.workshop_view
    window.facilitation.present_action.trigger()
    held.set()
    settle(window)
    assert window.workshop_view is view, "the example was opened once"
    assert window.facilitation.presenter is not None and window.facilitation.presenter.is_presenting
    close_window(window)
