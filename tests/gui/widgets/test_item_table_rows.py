"""A long list's rows are fitted to their wrapped text: those in view at once, the rest a few at
a time, and all of them end up fitted: the page shows at once and nothing stays cut off."""

from __future__ import annotations

import dataclasses
from datetime import datetime

from PySide6.QtWidgets import QApplication

from workshop_app.domain.model import Note
from workshop_app.domain.steps import Step
from workshop_app.gui.widgets.item_table import ItemTableEditor
from workshop_app.gui.widgets.item_table_model import Column
from workshop_app.gui.widgets.row_fitting import ROWS_AT_ONCE

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
    # The rows in view are fitted at once, the rest not yet: the window did not wait for them.
    in_view = [r for r in range(rows) if table.rowViewportPosition(r) < table.viewport().height()]
    assert 0 < len(in_view) < ROWS_AT_ONCE
    assert all(table.rowHeight(r) > line for r in in_view)
    assert table.rowHeight(in_view[-1] + 1) == line
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


def test_rows_scrolled_into_view_are_fitted_before_they_paint(qtbot) -> None:  # type: ignore[no-untyped-def]
    editor = ItemTableEditor(
        "Parkering", "notes", [Column("text", "Anteckning", stretch=True)], "Ny anteckning"
    )
    qtbot.addWidget(editor)
    editor.resize(500, 600)
    editor.show()
    rows = ROWS_AT_ONCE * 3
    editor.set_items(notes(rows))
    table = editor.table
    line = table.verticalHeader().defaultSectionSize()
    QApplication.processEvents()  # the scroll bar's range follows the new rows
    table.scrollTo(editor.model.index(rows - 1, 0))  # before the pass over the rest came there
    top = table.rowAt(0)
    assert table.rowHeight(top) == line
    table.viewport().grab()  # what the screen would paint
    assert table.rowAt(0) == top
    in_view = [
        r for r in range(top, rows) if table.rowViewportPosition(r) < table.viewport().height()
    ]
    assert in_view
    assert all(table.rowHeight(r) == table.sizeHintForRow(r) > line for r in in_view)


def test_narrower_columns_fit_the_rows_in_view_again(qtbot) -> None:  # type: ignore[no-untyped-def]
    editor = ItemTableEditor(
        "Parkering", "notes", [Column("text", "Anteckning", stretch=True)], "Ny anteckning"
    )
    qtbot.addWidget(editor)
    editor.resize(700, 600)
    editor.show()
    editor.set_items(notes(5))
    table = editor.table
    wide = table.rowHeight(0)
    editor.resize(350, 600)  # the text wraps onto more lines
    qtbot.waitUntil(
        lambda: all(table.rowHeight(r) == table.sizeHintForRow(r) for r in range(5)),
        timeout=5_000,
    )
    assert table.rowHeight(0) > wide


def test_a_row_whose_text_changed_is_fitted_again_at_once(qtbot) -> None:  # type: ignore[no-untyped-def]
    editor = ItemTableEditor(
        "Parkering", "notes", [Column("text", "Anteckning", stretch=True)], "Ny anteckning"
    )
    qtbot.addWidget(editor)
    editor.resize(500, 600)
    editor.show()
    long = notes(3)
    editor.set_items(long)
    table = editor.table
    tall = table.rowHeight(1)
    short = [*long[:1], dataclasses.replace(long[1], text="Kort."), *long[2:]]
    editor.set_items(short)  # the same rows, one text edited
    assert table.rowHeight(1) < tall
    editor.set_items(long)
    assert table.rowHeight(1) == tall
