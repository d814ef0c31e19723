"""A presentation controller on the Solbacken example, opened in a real main window."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from workshop_app.gui.main_window import MainWindow
from workshop_app.gui.room.projector.presentation_controller import PresentationController
from workshop_app.services.app_context import open_app_context


@pytest.fixture
def example_window(qtbot, open_window, data_dir: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    """The main window with the shipped example workshop open."""
    context = open_app_context(data_dir)
    try:
        workshop = context.transfer.open_example()
    finally:
        context.close()
    window = open_window(data_dir)
    window.open_workshop(workshop.id)
    qtbot.waitUntil(lambda: window.workshop_view is not None, timeout=10_000)
    return window


@pytest.fixture
def presenter(example_window: MainWindow) -> Iterator[PresentationController]:
    """A controller over the window's session, as the main window would make it."""
    window = example_window
    assert window.session is not None and window.context is not None
    controller = PresentationController(window.session, window.context.method_pack, "sv")
    yield controller
    controller.close()


Settle = Callable[[], None]
