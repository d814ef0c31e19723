"""A full disk while typing: a clear Swedish message, nothing lost on screen, saved once it frees."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.gui.helpers import settle, stored_workshop
from tests.gui.keyboard import type_text
from workshop_app.domain.steps import Step
from workshop_app.gui import session as session_module
from workshop_app.storage.errors import SaveFailedError
from workshop_app.storage.repository import WorkshopRepository


def test_disk_full_keeps_the_edit_and_saves_it_later(
    qtbot, open_window, data_dir: Path, example_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(session_module, "RETRY_MS", 50)
    window = open_window(data_dir)
    window.transfers.import_path(example_file)
    qtbot.waitUntil(lambda: window.start_view.model.rowCount() == 1, timeout=10_000)
    window.open_workshop("exempel-1")
    qtbot.waitUntil(lambda: window.workshop_view is not None, timeout=10_000)
    view = window.workshop_view
    view.show_step(Step.PREPARATION)
    page = view.page(Step.PREPARATION).content
    settle(window)

    # On the class: the service writes through a guarded view of its repository.
    real_update_header = WorkshopRepository.update_header
    disk = {"full": True}

    def update_header(self, workshop_id, changes):  # type: ignore[no-untyped-def]
        if disk["full"]:
            raise SaveFailedError("the disk is full")
        return real_update_header(self, workshop_id, changes)

    monkeypatch.setattr(WorkshopRepository, "update_header", update_header)
    area = page._editors["area"]
    area.selectAll()
    type_text(area, "Norrbacka östra")
    window.debouncer.flush()
    qtbot.waitUntil(lambda: window.tracker.last_error is not None, timeout=5_000)
    status = view.save_status.text()
    assert status.startswith("Inte sparat – Ändringen kunde inte sparas: disken är full")
    assert area.text() == "Norrbacka östra"  # the edit stays on screen
    assert stored_workshop(data_dir, "exempel-1").area == "Norrbacka"

    disk["full"] = False  # space was freed
    qtbot.waitUntil(lambda: window.tracker.last_error is None, timeout=5_000)
    settle(window)
    assert stored_workshop(data_dir, "exempel-1").area == "Norrbacka östra"
    assert view.save_status.text().startswith("Sparat")
