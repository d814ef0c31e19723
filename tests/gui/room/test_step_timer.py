"""The step timer on a real workshop session, driven by a fake clock (no sleeping)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from tests.gui.helpers import settle, stored_workshop
from tests.gui.keyboard import press
from tests.paths import SCREENSHOTS
from workshop_app.domain.step_timer import TimerReading
from workshop_app.domain.steps import Step
from workshop_app.gui.main_window import MainWindow
from workshop_app.gui.room.step_timer import SAVE_EVERY_SECONDS, StepTimer
from workshop_app.gui.room.step_timer_widget import StepTimerWidget

SHOTS = SCREENSHOTS
EXAMPLE_ID = "exempel-1"  # current step "causes" (no time plan row); "indicators" used 2900 s


class FakeClock:
    """A monotonic clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def open_example(qtbot, open_window, data_dir: Path, example_file: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    window = open_window(data_dir)
    window.transfers.import_path(example_file)
    qtbot.waitUntil(lambda: window.start_view.model.rowCount() == 1, timeout=10_000)
    window.open_workshop(EXAMPLE_ID)
    qtbot.waitUntil(lambda: window.workshop_view is not None, timeout=10_000)
    settle(window)
    return window


def stored_elapsed(data_dir: Path, step: Step) -> int | None:
    """The step's elapsed seconds as stored, read through a fresh service; None = no row."""
    plans = stored_workshop(data_dir, EXAMPLE_ID).step_plan
    return next((p.elapsed_seconds for p in plans if p.step == step), None)


def make_timer(window: MainWindow, clock: FakeClock) -> StepTimer:
    assert window.session is not None and window.context is not None
    return StepTimer(window.session, window.context.method_pack, clock)


def test_counts_down_overruns_and_pause_keeps_time(
    qtbot, open_window, data_dir: Path, example_file: Path
) -> None:  # type: ignore[no-untyped-def]
    window = open_example(qtbot, open_window, data_dir, example_file)
    clock = FakeClock()
    timer = make_timer(window, clock)
    readings: list[TimerReading] = []
    timer.reading_changed.connect(readings.append)

    first = timer.reading()
    assert (first.step, first.planned_seconds, first.elapsed_seconds, first.running) == (
        Step.CAUSES,
        45 * 60,  # no plan of its own: the method pack's 45 minutes
        0,
        False,
    )

    timer.start()
    assert readings[-1].running
    clock.advance(65.4)
    timer.tick()
    assert readings[-1].elapsed_seconds == 65
    assert readings[-1].remaining_seconds == 45 * 60 - 65
    assert not readings[-1].overrun

    clock.advance(45 * 60)
    timer.tick()
    assert readings[-1].remaining_seconds == -65
    assert readings[-1].overrun

    timer.pause()
    assert not readings[-1].running
    clock.advance(600)
    timer.tick()  # a stray tick while paused changes nothing
    assert timer.reading().elapsed_seconds == 45 * 60 + 65
    timer.start()
    clock.advance(5)
    assert timer.reading().elapsed_seconds == 45 * 60 + 70

    # Pausing saved the time (a new time plan row; the plan still follows the method pack).
    settle(window)
    stored = next(
        p for p in stored_workshop(data_dir, EXAMPLE_ID).step_plan if p.step == Step.CAUSES
    )
    assert stored.elapsed_seconds == 45 * 60 + 65
    assert stored.planned_minutes is None
    # Bookkeeping is not an undo step.
    assert window.session.undo_stack.count() == 0


def test_time_is_stored_per_step_and_saved_while_running_not_every_tick(
    qtbot, open_window, data_dir: Path, example_file: Path
) -> None:  # type: ignore[no-untyped-def]
    window = open_example(qtbot, open_window, data_dir, example_file)
    clock = FakeClock()
    timer = make_timer(window, clock)

    timer.start()
    clock.advance(120)
    timer.tick()
    timer.set_step(Step.INDICATORS)  # pauses and saves the causes step
    assert not timer.running
    reading = timer.reading()
    assert (reading.step, reading.planned_seconds, reading.elapsed_seconds) == (
        Step.INDICATORS,
        50 * 60,
        2900,
    )
    timer.start()
    clock.advance(10)
    timer.set_step(Step.PROBLEMS)
    assert timer.reading().elapsed_seconds == 0
    settle(window)
    assert stored_elapsed(data_dir, Step.CAUSES) == 120
    assert stored_elapsed(data_dir, Step.INDICATORS) == 2910
    assert stored_elapsed(data_dir, Step.PROBLEMS) is None  # never started: nothing written

    # Back to causes: its own time again.
    timer.set_step(Step.CAUSES)
    assert timer.reading().elapsed_seconds == 120

    # While running, the time is saved every SAVE_EVERY_SECONDS, not on every tick.
    timer.start()
    for _ in range(SAVE_EVERY_SECONDS - 1):
        clock.advance(1)
        timer.tick()
    settle(window)
    assert stored_elapsed(data_dir, Step.CAUSES) == 120
    clock.advance(1)
    timer.tick()
    settle(window)
    assert stored_elapsed(data_dir, Step.CAUSES) == 120 + SAVE_EVERY_SECONDS
    assert timer.running

    # flush() (closing the workshop) saves the running time without stopping.
    clock.advance(7)
    timer.flush()
    settle(window)
    assert stored_elapsed(data_dir, Step.CAUSES) == 120 + SAVE_EVERY_SECONDS + 7
    assert timer.running
    assert timer.elapsed_by_step()[Step.INDICATORS] == 2910
    assert window.session.undo_stack.count() == 0


def test_reset_is_undoable(qtbot, open_window, data_dir: Path, example_file: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_example(qtbot, open_window, data_dir, example_file)
    session = window.session
    assert session is not None
    clock = FakeClock()
    timer = make_timer(window, clock)

    timer.reset()  # nothing to reset: no undo step
    assert session.undo_stack.count() == 0

    timer.start()
    clock.advance(300)
    timer.reset()  # a running step never saved before: saved first, then set to zero
    assert not timer.running
    assert timer.reading().elapsed_seconds == 0
    settle(window)
    assert stored_elapsed(data_dir, Step.CAUSES) == 0
    assert session.undo_stack.count() == 1

    with qtbot.waitSignal(session.snapshot_changed, timeout=10_000):
        session.undo_stack.undo()
    settle(window)
    assert timer.reading().elapsed_seconds == 300
    assert stored_elapsed(data_dir, Step.CAUSES) == 300

    # The time restored by undo keeps counting from there.
    timer.start()
    clock.advance(20)
    assert timer.reading().elapsed_seconds == 320
    timer.pause()

    with qtbot.waitSignal(session.snapshot_changed, timeout=10_000):
        session.undo_stack.redo()
    settle(window)
    assert timer.reading().elapsed_seconds == 0
    assert stored_elapsed(data_dir, Step.CAUSES) == 0


def test_reset_of_a_stored_step_and_undo(
    qtbot, open_window, data_dir: Path, example_file: Path
) -> None:  # type: ignore[no-untyped-def]
    window = open_example(qtbot, open_window, data_dir, example_file)
    session = window.session
    assert session is not None
    timer = make_timer(window, FakeClock())
    timer.set_step(Step.INDICATORS)
    timer.reset()
    settle(window)
    assert stored_elapsed(data_dir, Step.INDICATORS) == 0
    with qtbot.waitSignal(session.snapshot_changed, timeout=10_000):
        session.undo_stack.undo()
    settle(window)
    assert stored_elapsed(data_dir, Step.INDICATORS) == 2900
    assert timer.reading().elapsed_seconds == 2900


def test_widget_shows_time_left_overrun_and_controls_the_timer(
    qtbot, open_window, data_dir: Path, example_file: Path
) -> None:  # type: ignore[no-untyped-def]
    window = open_example(qtbot, open_window, data_dir, example_file)
    clock = FakeClock()
    timer = make_timer(window, clock)
    widget = StepTimerWidget(timer)
    qtbot.addWidget(widget)
    widget.show()

    assert widget.clock.accessibleName().startswith("45:00")
    assert "45" in widget.detail.text()
    assert widget.tone == ""
    assert "F9" in widget.toggle_button.toolTip()
    assert widget.toggle_button.focusPolicy() & Qt.FocusPolicy.TabFocus

    # The button (Space, as from the keyboard) starts and pauses.
    widget.toggle_button.setFocus()
    press(widget.toggle_button, Qt.Key.Key_Space)
    assert timer.running
    clock.advance(45 * 60 - 90)
    timer.tick()
    assert widget.clock.accessibleName().startswith("01:30")
    assert widget.tone == "amber"
    clock.advance(190)
    timer.tick()
    assert widget.clock.accessibleName().startswith("+01:40")
    assert widget.tone == "over"
    assert "\u2212" not in widget.clock.text()
    press(widget.toggle_button, Qt.Key.Key_Space)
    assert not timer.running

    # Reset from the button: zero, and back to the normal colour.
    widget.reset_button.click()
    assert widget.clock.accessibleName().startswith("45:00")
    assert widget.tone == ""

    # A step without planned time counts up.
    timer.set_step(Step.PREPARATION)
    assert widget.clock.accessibleName() == "00:00"

    # Compact enough for the top bar of a 1024-px window.
    assert widget.sizeHint().width() <= 260, widget.sizeHint()
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(SHOTS / "step-timer.png"))


def test_a_running_timer_goes_on_with_the_next_step_by_default(
    qtbot, open_window, data_dir: Path, example_file: Path
) -> None:  # type: ignore[no-untyped-def]
    window = open_example(qtbot, open_window, data_dir, example_file)
    view = window.workshop_view
    assert window.guidance.timer_follows_action.isChecked()  # the default
    assert view.timer.keep_running
    clock = FakeClock()
    timer = make_timer(window, clock)
    timer.keep_running = True
    timer.start()
    clock.advance(60)
    timer.set_step(Step.MEASURES)
    assert timer.running and timer.reading().step == Step.MEASURES
    settle(window)
    assert stored_elapsed(data_dir, Step.CAUSES) == 60  # the step left is saved
    timer.pause()
    timer.set_step(Step.PROBLEMS)  # a paused timer stays paused
    assert not timer.running
    window.guidance.timer_follows_action.trigger()  # the facilitator turns it off
    assert not view.timer.keep_running
    assert window.settings.value("timer_follows_step") == "false"
