"""Undo and redo of field edits, added rows, reorders and deletes, checked in the database."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from tests.gui.helpers import settle, stored_workshop
from tests.gui.keyboard import press, type_text
from workshop_app.domain.steps import Step
from workshop_app.gui.steps.preparation.preparation_page import PreparationPage


def open_example(qtbot, open_window, data_dir: Path, example_file: Path):  # type: ignore[no-untyped-def]
    window = open_window(data_dir)
    window.transfers.import_path(example_file)
    qtbot.waitUntil(lambda: window.start_view.model.rowCount() == 1, timeout=10_000)
    window.open_workshop("exempel-1")
    qtbot.waitUntil(lambda: window.workshop_view is not None, timeout=10_000)
    window.workshop_view.show_step(Step.PREPARATION)
    page = window.workshop_view.page(Step.PREPARATION).content
    assert isinstance(page, PreparationPage)
    settle(window)
    return window, page


def test_undo_and_redo_every_kind_of_edit(
    qtbot, open_window, data_dir: Path, example_file: Path
) -> None:  # type: ignore[no-untyped-def]
    window, page = open_example(qtbot, open_window, data_dir, example_file)

    # A field edit after a typing pause.
    area = page._editors["area"]
    area.selectAll()
    type_text(area, "Södra Norrbacka")
    settle(window)
    assert stored_workshop(data_dir, "exempel-1").area == "Södra Norrbacka"

    # A new row, a reorder and a delete.
    type_text(page.organisations.capture, "Räddningstjänsten")
    press(page.organisations.capture, Qt.Key.Key_Return)
    settle(window)
    names = [o.name for o in stored_workshop(data_dir, "exempel-1").organisations]
    assert names == ["Exempelby kommun", "Polisen", "Exempelbostäder AB", "Räddningstjänsten"]

    page.organisations.select_key(("kommun",))
    press(page.organisations.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    settle(window)
    names = [o.name for o in stored_workshop(data_dir, "exempel-1").organisations]
    assert names[:2] == ["Polisen", "Exempelby kommun"]

    page.organisations.select_key(("polis",))
    press(page.organisations.table, Qt.Key.Key_Delete)
    settle(window)
    after_delete = stored_workshop(data_dir, "exempel-1")
    assert [o.id for o in after_delete.organisations if o.id == "polis"] == []
    assert after_delete.indicator_assessments[0].sources == ()  # its source went with it

    # Undo all four, newest first, through the Edit menu's action.
    window.undo_action.trigger()
    settle(window)
    restored = stored_workshop(data_dir, "exempel-1")
    assert [o.id for o in restored.organisations][:2] == ["polis", "kommun"]
    assert restored.indicator_assessments[0].sources[0].organisation_id == "polis"
    assert page.organisations.model.rowCount() == 4  # the screen shows what is stored

    window.undo_action.trigger()
    settle(window)
    assert [o.id for o in stored_workshop(data_dir, "exempel-1").organisations][:2] == [
        "kommun",
        "polis",
    ]
    window.undo_action.trigger()
    settle(window)
    assert len(stored_workshop(data_dir, "exempel-1").organisations) == 3
    window.undo_action.trigger()
    settle(window)
    assert stored_workshop(data_dir, "exempel-1").area == "Norrbacka"
    assert area.text() == "Norrbacka"

    # Redo brings them back in order.
    for _ in range(4):
        window.redo_action.trigger()
        settle(window)
    redone = stored_workshop(data_dir, "exempel-1")
    assert redone.area == "Södra Norrbacka"
    assert [o.name for o in redone.organisations] == [
        "Exempelby kommun",
        "Exempelbostäder AB",
        "Räddningstjänsten",
    ]
    assert "Sparat" in window.workshop_view.save_status.text()


def test_undo_inside_a_text_field_is_saved_too(
    qtbot, open_window, data_dir: Path, example_file: Path
) -> None:  # type: ignore[no-untyped-def]
    window, page = open_example(qtbot, open_window, data_dir, example_file)
    area = page._editors["area"]
    area.setFocus()
    area.end(False)
    type_text(area, " syd")
    settle(window)
    assert stored_workshop(data_dir, "exempel-1").area == "Norrbacka syd"
    area.undo()  # what Ctrl+Z does while the field has the focus
    settle(window)
    assert stored_workshop(data_dir, "exempel-1").area == area.text() != "Norrbacka syd"


def test_ctrl_z_right_after_a_capture_undoes_the_added_row(
    qtbot, open_window, data_dir: Path, example_file: Path
) -> None:  # type: ignore[no-untyped-def]
    window, page = open_example(qtbot, open_window, data_dir, example_file)
    capture = page.organisations.capture
    type_text(capture, "Fel organisation")
    press(capture, Qt.Key.Key_Return)
    settle(window)
    assert len(stored_workshop(data_dir, "exempel-1").organisations) == 4
    press(capture, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # focus still in the line
    settle(window)
    assert len(stored_workshop(data_dir, "exempel-1").organisations) == 3
    assert capture.text() == ""


def test_the_window_title_follows_a_rename(
    qtbot, open_window, data_dir: Path, example_file: Path
) -> None:  # type: ignore[no-untyped-def]
    window, page = open_example(qtbot, open_window, data_dir, example_file)
    title = page._editors["title"]
    title.selectAll()
    type_text(title, "Norrbacka hösten 2026")
    settle(window)
    assert window.windowTitle().startswith("Norrbacka hösten 2026 – ")
