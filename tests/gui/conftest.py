"""GUI test helpers: a main window on a temporary data dir, opened the way the app opens it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from workshop_app.gui.app import gui_settings
from workshop_app.gui.i18n import install_translators
from workshop_app.gui.main_window import MainWindow
from workshop_app.gui.theme import apply_theme
from workshop_app.gui.wheel_guard import install_wheel_guard
from workshop_app.services.app_context import open_app_context


@pytest.fixture(scope="session", autouse=True)
def swedish_ui(qapp: QApplication) -> None:
    """The UI in Swedish, as users see it by default."""
    assert install_translators(qapp, "sv"), "the Swedish catalog (.qm) did not load"
    apply_theme(qapp)
    install_wheel_guard(qapp)  # as create_application does


WindowFactory = Callable[[Path], MainWindow]


@pytest.fixture
def open_window(qtbot) -> Iterator[WindowFactory]:  # type: ignore[no-untyped-def]
    """Opens a main window on a data dir and waits until its workshop list is shown."""
    windows: list[MainWindow] = []

    def factory(data_dir: Path) -> MainWindow:
        window = MainWindow(gui_settings(data_dir), "sv")
        qtbot.addWidget(window)
        window.show()
        with qtbot.waitSignal(window.list_shown, timeout=20_000):
            window.worker.submit(
                lambda: open_app_context(data_dir), window.set_context, window.show_error
            )
        windows.append(window)
        return window

    yield factory
    for window in windows:
        window.shutdown()


def close_window(window: MainWindow) -> None:
    """Close like the user does (flush, drain, save geometry) and release the database."""
    window.close()
    window.shutdown()


def answer_next_dialog(handle: Callable[[QWidget], None], timeout_ms: int = 5000) -> None:
    """Run ``handle(dialog)`` on the next modal dialog once it is open (the user's answer)."""
    waited = {"ms": 0}

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None:
            handle(dialog)
            return
        waited["ms"] += 20
        if waited["ms"] < timeout_ms:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
