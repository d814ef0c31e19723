"""Two apps on one store: the window refuses a stale edit clearly and shows what is stored."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.conftest import StoreBackend
from tests.gui.helpers import settle
from workshop_app.gui.app import gui_settings
from workshop_app.gui.main_window import MainWindow
from workshop_app.services.app_context import AppContext, open_app_context
from workshop_app.services.changes import SetHeader

W = "exempel-1"
WindowOn = Callable[[Path, "str | None"], MainWindow]


@pytest.fixture
def window_on(qtbot) -> Iterator[WindowOn]:  # type: ignore[no-untyped-def]
    """A main window on a data dir and (optionally) a database URL, as run_gui opens it."""
    windows: list[MainWindow] = []

    def factory(data_dir: Path, url: str | None) -> MainWindow:
        window = MainWindow(gui_settings(data_dir), "sv")
        qtbot.addWidget(window)
        window.show()
        with qtbot.waitSignal(window.list_shown, timeout=20_000):
            window.worker.submit(
                lambda: open_app_context(data_dir, database_url=url),
                window.set_context,
                window.show_error,
            )
        windows.append(window)
        return window

    yield factory
    for window in windows:
        window.shutdown()


@pytest.fixture
def other_app(backend: StoreBackend, tmp_path: Path) -> Iterator[AppContext]:
    """Another facilitator's app on the same store (another laptop's data dir on a server)."""
    data_dir = tmp_path / ("data" if backend.url is None else "Björns laptop")
    context = open_app_context(data_dir, database_url=backend.url)
    yield context
    context.close()


def open_example(qtbot, window: MainWindow, example_file: Path) -> None:  # type: ignore[no-untyped-def]
    window.transfers.import_path(example_file)
    qtbot.waitUntil(lambda: window.start_view.model.rowCount() == 1, timeout=10_000)
    window.open_workshop(W)
    qtbot.waitUntil(lambda: window.workshop_view is not None, timeout=10_000)
    settle(window)


def test_a_stale_edit_is_reported_and_the_current_state_shown(
    qtbot,
    window_on: WindowOn,
    other_app: AppContext,
    backend: StoreBackend,
    tmp_path: Path,
    example_file: Path,
) -> None:  # type: ignore[no-untyped-def]
    window = window_on(tmp_path / "data", backend.url)
    open_example(qtbot, window, example_file)
    session = window.session
    session.set_header("purpose", "Mitt första syfte", "purpose")
    settle(window)
    assert session.undo_stack.count() == 1

    # Björn changes the workshop meanwhile; the window has not seen it.
    other_app.workshops.load(W)
    other_app.workshops.apply(SetHeader(W, {"title": "Björns titel"}, {"title": ""}))

    session.set_header("area", "Mitt område", "area")
    settle(window)
    assert window.tracker.notice_is_warning and window.tracker.notice
    status = window.workshop_view.save_status.text()
    assert status.startswith("Inte sparat – ") and window.tracker.notice in status
    assert window.tracker.last_error is None  # nothing waits to be saved: closing is not blocked
    # What is stored is shown: Björn's title, and the refused area is not there.
    assert session.workshop.title == "Björns titel"
    assert session.workshop.area == "Norrbacka"
    assert session.undo_stack.count() == 0  # old inverses could overwrite Björn's work
    stored = other_app.workshops.load(W)
    assert (stored.title, stored.area, stored.purpose) == (
        "Björns titel",
        "Norrbacka",
        "Mitt första syfte",
    )

    # Having seen it, the next edit goes in and the message gives way to "Sparat".
    session.set_header("area", "Mitt område", "area")
    settle(window)
    assert other_app.workshops.load(W).area == "Mitt område"
    assert window.workshop_view.save_status.text().startswith("Sparat")


def test_changes_made_elsewhere_appear_when_asked(
    qtbot,
    window_on: WindowOn,
    other_app: AppContext,
    backend: StoreBackend,
    tmp_path: Path,
    example_file: Path,
) -> None:  # type: ignore[no-untyped-def]
    window = window_on(tmp_path / "data", backend.url)
    open_example(qtbot, window, example_file)
    session = window.session
    session.set_header("purpose", "Vårt syfte", "purpose")
    settle(window)
    reloads: list[object] = []
    session.snapshot_changed.connect(reloads.append)

    session.refresh_if_changed_elsewhere()  # nothing new: no reload, undo kept
    settle(window)
    assert reloads == [] and session.undo_stack.count() == 1

    other_app.workshops.load(W)
    other_app.workshops.apply(SetHeader(W, {"municipality": "Björns kommun"}, {}))
    with qtbot.waitSignal(session.changed_elsewhere, timeout=10_000) as signal:
        session.refresh_if_changed_elsewhere()
    settle(window)
    assert signal.args == [False]
    assert session.workshop.municipality == "Björns kommun"
    assert session.workshop.purpose == "Vårt syfte"
    assert len(reloads) == 1 and session.undo_stack.count() == 0
    assert window.tracker.notice and not window.tracker.notice_is_warning
    # Moving between steps is bookkeeping: it never makes Björn's next edit a conflict.
    session.set_current_step(session.workshop.current_step.__class__("causes"))
    settle(window)
    other_app.workshops.apply(SetHeader(W, {"area": "Björns område"}, {}))
    assert other_app.workshops.load(W).area == "Björns område"
