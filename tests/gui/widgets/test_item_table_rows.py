"""A long list's rows are fitted to their wrapped text a few at a time, and all of them end up
fitted: the page shows at once and nothing stays cut off."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QApplication

from workshop_app.domain.model import Note
from workshop_app.domain.steps import Step
from workshop_app.gui.widgets.item_table import ROWS_AT_ONCE, Column, ItemTableEditor

LONG = "Mopedåkning på gångvägen vid skolan på kvällarna, " * 6


def notes(count: int, suffix: str = "") -> list[Note]:
    return [
        Note(
            id=f"n{i}",
            step=Step.PROBLEMS,
            text=f"{i}: {LONG}{suffix}",
            created_at=datetime(2026, 1, 1),
        )
        for i in range(count)
    ]


def test_long_lists_are_sized_in_turns_and_completely(qtbot) -> None:  # type: ignore[no-untyped-def]
    editor = ItemTableEditor(
        "Parkering", "notes", [Column("text", "Anteckning", stretch=True)], "Ny anteckning"
    )
    qtbot.addWidget(editor)
    editor.resize(500, 600)
    editor.show()
    rows = ROWS_AT_ONCE * 3 + 7
    editor.set_items(notes(rows))
    table = editor.table
    line = table.verticalHeader().defaultSectionSize()
    # The first rows are fitted at once, the rest not yet: the window did not wait for them.
    assert all(table.rowHeight(r) > line for r in range(ROWS_AT_ONCE))
    assert table.rowHeight(rows - 1) == line
    # A few turns of the event loop later every row is as tall as its wrapped text.
    qtbot.waitUntil(lambda: table.rowHeight(rows - 1) > line, timeout=5_000)
    QApplication.processEvents()
    assert all(table.rowHeight(r) == table.sizeHintForRow(r) for r in range(rows))

    # A new list while the old one is still being fitted starts over with the new rows.
    editor.set_items(notes(rows, " Ändrad."))
    editor.set_items(notes(rows + 1))
    qtbot.waitUntil(lambda: table.rowHeight(rows) > line, timeout=5_000)
    QApplication.processEvents()
    assert all(table.rowHeight(r) == table.sizeHintForRow(r) for r in range(rows + 1))
