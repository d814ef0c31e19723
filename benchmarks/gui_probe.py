"""GUI probe, run in a fresh process: open a workshop in the real main window, walk its steps,
edit fields, and report times and the process's peak memory as one ``BENCH {json}`` line.

Usage: ``python -m benchmarks.gui_probe DATA_DIR WORKSHOP_ID EDITS``. The data dir must hold
the workshop already (the benchmark imports it first).
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from workshop_app.domain.steps import STEP_ORDER, Step
from workshop_app.gui.app import create_application, gui_settings
from workshop_app.gui.i18n import install_translators
from workshop_app.gui.main_window import MainWindow
from workshop_app.gui.theme import apply_theme
from workshop_app.gui.workshop_view import WorkshopView
from workshop_app.services.app_context import open_app_context

# Fields a facilitator types in, by step: (object name of the editor, what to select first).
EDIT_FIELDS: tuple[tuple[Step, str], ...] = (
    (Step.PROBLEMS, "problemDescription"),
    (Step.CAUSES, "causeDescription"),
    (Step.MEASURES, "measureTitle"),
    (Step.NEXT_STEPS, "nextStepTitle"),
)
WAIT_LIMIT_MS = 60_000


def _ms(start: float) -> float:
    return (time.perf_counter() - start) * 1000


def _wait_for(signal: Any, action: Any) -> None:
    """Run ``action`` and spin an event loop until ``signal`` fires (no sleeping)."""
    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(WAIT_LIMIT_MS, loop.quit)
    action()
    loop.exec()
    signal.disconnect(loop.quit)


def _painted(widget: QWidget) -> None:
    """Paint ``widget`` now, as the screen would: layouts settle, then every child paints."""
    QApplication.processEvents()
    widget.grab()


def open_window(data_dir: Path) -> MainWindow:
    app = create_application()
    install_translators(app, "sv")
    apply_theme(app)
    window = MainWindow(gui_settings(data_dir), "sv")
    window.resize(1280, 800)
    window.show()
    _wait_for(
        window.list_shown,
        lambda: window.worker.submit(
            lambda: open_app_context(data_dir), window.set_context, window.show_error
        ),
    )
    return window


def time_open(window: MainWindow, workshop_id: str) -> float:
    """From the request to the workshop view shown with its first step painted."""
    start = time.perf_counter()
    _wait_for(window.stack.currentChanged, lambda: window.open_workshop(workshop_id))
    assert window.workshop_view is not None, "the workshop did not open"
    _painted(window)
    return _ms(start)


def time_builds_ahead() -> dict[str, float]:
    """Record how long each page took to build (the UI thread is busy meanwhile)."""
    builds: dict[str, float] = {}
    build = WorkshopView.page

    def timed(view: WorkshopView, step: Step) -> Any:
        if step in view._pages:
            return build(view, step)
        start = time.perf_counter()
        page = build(view, step)
        builds[step.value] = _ms(start)
        return page

    WorkshopView.page = timed  # type: ignore[method-assign]
    return builds


def wait_for_pages_built(window: MainWindow) -> None:
    """What a user gets who looks at the first step for a moment: the rest built ahead."""
    view = window.workshop_view
    assert view is not None
    _wait_for(view.pages_built, lambda: None)


def time_steps(window: MainWindow) -> dict[str, float]:
    """``show_step`` of every step until painted, in method order."""
    view = window.workshop_view
    assert view is not None
    times: dict[str, float] = {}
    for step in STEP_ORDER:
        start = time.perf_counter()
        view.show_step(step)
        _painted(window)
        times[step.value] = _ms(start)
    return times


def time_edits(window: MainWindow, edits: int) -> tuple[dict[str, list[float]], list[float]]:
    """UI-thread time of field edits: one keystroke in a page's field plus its commit
    (the typing pause ended by ``flush``), i.e. the local snapshot update and every slot it
    triggers. The database write runs on the worker and is waited for outside the timing."""
    view = window.workshop_view
    assert view is not None
    results: dict[str, list[float]] = {}
    scans: list[float] = []
    for step, name in EDIT_FIELDS:
        view.show_step(step)
        _painted(window)
        _select_first_item(view.page(step).content, window)
        editor = view.page(step).findChild(QWidget, name)
        if editor is None or not editor.isEnabled() or not editor.isVisibleTo(window):
            results[name] = []
            continue
        editor.setFocus()
        times: list[float] = []
        for _ in range(edits):
            start = time.perf_counter()
            QTest.keyClick(editor, "e")
            window.debouncer.flush()
            times.append(_ms(start))
            window.worker.drain()
            # The personal-data hint re-scans the edited snapshot on the UI thread 0.7 s
            # later; run that scan now and time it on its own.
            start = time.perf_counter()
            view.privacy_hint.scan_now()
            scans.append(_ms(start))
        results[name] = times
    return results, scans


def _select_first_item(page: Any, window: MainWindow) -> None:
    """Select the first problem (and its first cause), as a facilitator would click them."""
    workshop = window.session.workshop if window.session else None
    if workshop is None or not workshop.problems:
        return
    problem = workshop.problems[0]
    if hasattr(page, "select_problem"):
        page.select_problem(problem.id)
    cause = next((c for c in workshop.causes if c.problem_id == problem.id), None)
    tree = getattr(page, "tree", None)
    if cause is not None and tree is not None and hasattr(tree, "select_node"):
        tree.select_node(("cause", cause.id))
    _painted(window)


def run(data_dir: Path, workshop_id: str, edits: int) -> dict[str, Any]:
    window = open_window(data_dir)
    builds = time_builds_ahead()
    first_open = time_open(window, workshop_id)
    opened_with = dict(builds)  # the page the workshop opened on
    wait_for_pages_built(window)
    built_ahead = {step: ms for step, ms in builds.items() if step not in opened_with}
    first_visit = time_steps(window)
    revisit = time_steps(window)
    edit_times, privacy = time_edits(window, edits)
    reopen = []
    for _ in range(2):
        window.close_workshop()
        window.worker.drain()
        reopen.append(time_open(window, workshop_id))
    scale = 1024 * 1024 if sys.platform == "darwin" else 1024  # ru_maxrss: bytes vs KiB
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / scale
    window.close()
    window.shutdown()
    return {
        "open_ms": first_open,
        "reopen_ms": reopen,
        "step_first_ms": first_visit,
        "built_ahead_ms": built_ahead,
        "step_again_ms": revisit,
        "edit_ms": edit_times,
        "privacy_scan_ms": privacy,
        "peak_rss_mb": peak_mb,
    }


if __name__ == "__main__":
    result = run(Path(sys.argv[1]), sys.argv[2], int(sys.argv[3]))
    print("BENCH " + json.dumps(result), flush=True)
