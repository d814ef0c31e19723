"""Shared steps of the GUI tests: a workshop made through the services, opened in the window."""

from __future__ import annotations

from pathlib import Path

from workshop_app.domain.model import Workshop
from workshop_app.gui.main_window import MainWindow
from workshop_app.services.app_context import open_app_context


def stored_workshop(data_dir: Path, workshop_id: str) -> Workshop:
    """The workshop as it is in the database (read through a separate connection)."""
    context = open_app_context(data_dir)
    try:
        return context.workshops.load(workshop_id)
    finally:
        context.close()


def settle(window: MainWindow) -> None:
    """Let typing pauses end and every queued save finish."""
    window.debouncer.flush()
    assert window.worker.drain()
    assert window.worker.drain()
