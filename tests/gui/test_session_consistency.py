"""The screen never shows an older value than the database after overlapping saves."""

from __future__ import annotations

from pathlib import Path

from tests.gui.helpers import settle, stored_workshop
from workshop_app.domain.ids import new_id
from workshop_app.domain.model import Organisation
from workshop_app.services.changes import AddItem


def test_a_field_edited_while_a_row_is_being_added_stays_on_screen(
    qtbot, open_window, data_dir: Path, example_file: Path
) -> None:  # type: ignore[no-untyped-def]
    window = open_window(data_dir)
    window.transfers.import_path(example_file)
    qtbot.waitUntil(lambda: window.start_view.model.rowCount() == 1, timeout=10_000)
    window.open_workshop("exempel-1")
    qtbot.waitUntil(lambda: window.workshop_view is not None, timeout=10_000)
    session = window.session
    settle(window)
    # A structural edit (its reload is queued) and, before it returns, a header edit.
    session.apply(
        AddItem(session.workshop_id, "organisations", Organisation(new_id(), "Skolan")), "add"
    )
    session.set_header("title", "Ny titel", "edit title")
    settle(window)
    assert stored_workshop(data_dir, "exempel-1").title == "Ny titel"
    assert session.workshop.title == "Ny titel"
    assert [o.name for o in session.workshop.organisations][-1] == "Skolan"
