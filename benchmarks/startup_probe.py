"""Start-up probes, each run in a fresh process: the app's ``--smoke-test`` and a bare window.

Both print one ``BENCH {json}`` line with monotonic timestamps (``time.monotonic_ns`` is the
same clock in every process on one machine), so the parent can subtract its launch time.
Usage: ``python -m benchmarks.startup_probe app DATA_DIR`` or ``… bare``.
"""

from __future__ import annotations

import json
import sys
import time
from typing import Any

_marks: dict[str, int] = {}


def _mark(name: str) -> None:
    _marks.setdefault(name, time.monotonic_ns())


def _emit(extra: dict[str, Any] | None = None) -> None:
    print("BENCH " + json.dumps({**_marks, **(extra or {})}), flush=True)


def _first_paint_filter() -> Any:
    """An event filter that marks the first paint of the window it is installed on."""
    from PySide6.QtCore import QEvent, QObject

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                _mark("first_paint")
                if "list_shown" in _marks:  # the list may come before or after the first paint
                    _mark("list_painted")
            return False

    return FirstPaint()


def run_app(data_dir: str) -> int:
    """``workshop-app --smoke-test`` as the command runs it, with two marks added."""
    from workshop_app import cli
    from workshop_app.gui import app as gui_app

    base = gui_app.MainWindow
    keep: list[Any] = []

    class MarkedWindow(base):  # type: ignore[misc, valid-type]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            paint_filter = _first_paint_filter()
            keep.append(paint_filter)
            self.installEventFilter(paint_filter)
            self.list_shown.connect(lambda: (_mark("list_shown"), self.update()))

    gui_app.MainWindow = MarkedWindow  # type: ignore[misc]
    code = cli.main(["--data-dir", data_dir, "--smoke-test"])
    _emit({"code": code})
    return code


def run_bare() -> int:
    """The floor: a bare PySide6 main window of the same size, shown and painted once."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1280, 800)
    paint_filter = _first_paint_filter()
    window.installEventFilter(paint_filter)
    window.show()
    # Quit once the first paint has happened (the app's smoke test also quits from the loop).
    timer = QTimer()
    timer.timeout.connect(lambda: app.quit() if "first_paint" in _marks else None)
    timer.start(0)
    app.exec()
    _emit({"code": 0})
    return 0


if __name__ == "__main__":
    if sys.argv[1] == "app":
        sys.exit(run_app(sys.argv[2]))
    sys.exit(run_bare())
