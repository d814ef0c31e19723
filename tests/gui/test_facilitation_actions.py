"""The window's facilitation actions around the workshop's life: presenting ends with the
window, and the step timer's last save is safe when the workshop closes at once."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt

from tests.gui.conftest import close_window
from tests.gui.helpers import settle, stored_workshop
from workshop_app.domain.steps import Step
from workshop_app.gui.main_window import MainWindow

WORKSHOP = "exempel-1"


def open_example(qtbot, open_window, data_dir: Path, file: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    window = open_window(data_dir)
    window.import_path(file)
    qtbot.waitUntil(lambda: window.start_view.model.rowCount() == 1, timeout=10_000)
    window.open_workshop(WORKSHOP)
    qtbot.waitUntil(lambda: window.workshop_view is not None, timeout=10_000)
    return window


def test_closing_the_window_ends_presenting(  # type: ignore[no-untyped-def]
    qtbot, open_window, data_dir: Path, example_file: Path
) -> None:
    window = open_example(qtbot, open_window, data_dir, example_file)
    window.present_action.trigger()
    presenter = window.presenter
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
    window.timer_toggle_action.trigger()
    now[0] += 90
    window.close_action.trigger()  # Ctrl+W at once: the timer saves, the session goes
    assert window.workshop_view is None
    # The session and the pages are deleted before the save's reply comes back.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    settle(window)  # an exception in a late callback would fail the test here
    plan = {p.step: p for p in stored_workshop(data_dir, WORKSHOP).step_plan}
    assert plan[Step.CAUSES].elapsed_seconds == 90


def test_first_problem_focus_names_real_focus_kinds() -> None:
    """The table is kept as plain values so that the projector's module loads on first use."""
    from workshop_app.domain.presentation_content import FocusKind
    from workshop_app.gui.facilitation_actions import FIRST_PROBLEM_FOCUS

    assert {FocusKind(value) for value in FIRST_PROBLEM_FOCUS.values()} == {
        FocusKind.PROBLEM,
        FocusKind.FISHBONE,
    }
