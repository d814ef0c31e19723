"""Filling the Preparation page from a snapshot saves nothing: no "Saving…" in the top bar and
no typing pause that would hold up the pages built ahead (found as a rare "Sparar…" left after
every save had finished, when the page happened to be built ahead during the check)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from tests.gui.conftest import close_window
from tests.gui.helpers import settle
from tests.gui.keyboard import type_text
from tests.gui.steps.measures.test_measures_page import EXAMPLE_ID
from workshop_app.domain.steps import Step


def test_a_page_filled_from_the_snapshot_schedules_no_save(  # type: ignore[no-untyped-def]
    qtbot, open_window, data_dir: Path, example_file: Path
) -> None:
    window = open_window(data_dir)
    window.transfers.import_path(example_file)
    qtbot.waitUntil(lambda: window.start_view.model.rowCount() == 1, timeout=10_000)
    window.open_workshop(EXAMPLE_ID)
    qtbot.waitUntil(lambda: window.workshop_view is not None, timeout=10_000)
    view = window.workshop_view
    view.show_step(Step.PROBLEMS)
    settle(window)
    assert Step.PREPARATION not in view.built_steps
    page = view.page(Step.PREPARATION).content  # built ahead: filled with title, note-taker …
    QApplication.processEvents()
    assert window.debouncer.pending == 0
    assert "Sparar" not in view.save_status.text()

    # Typing still saves, and typing the stored text back saves that too.
    view.show_step(Step.PREPARATION)
    title = page._editors["title"]
    title.selectAll()
    type_text(title, "Ny titel")
    assert window.debouncer.pending == 1
    settle(window)
    assert window.session.workshop.title == "Ny titel"
    close_window(window)
