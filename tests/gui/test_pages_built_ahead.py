"""Pages are built ahead in idle time after a workshop opens, never while the user types, and a
page built ahead fits its rows to the width it is shown at."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QStackedWidget, QWidget

from tests.gui.conftest import close_window
from tests.gui.steps.measures.test_measures_page import EXAMPLE_ID
from workshop_app.domain.steps import STEP_ORDER
from workshop_app.gui.widgets.item_table import ItemTableEditor
from workshop_app.gui.widgets.item_table_model import Column


def _opened(qtbot, open_window, data_dir: Path, example_file: Path):  # type: ignore[no-untyped-def]
    window = open_window(data_dir)
    window.transfers.import_path(example_file)
    qtbot.waitUntil(lambda: window.start_view.model.rowCount() == 1, timeout=10_000)
    window.open_workshop(EXAMPLE_ID)
    qtbot.waitUntil(lambda: window.workshop_view is not None, timeout=10_000)
    return window


def test_every_page_is_built_ahead_but_not_while_typing(  # type: ignore[no-untyped-def]
    qtbot, open_window, data_dir: Path, example_file: Path
) -> None:
    window = _opened(qtbot, open_window, data_dir, example_file)
    view = window.workshop_view
    assert view.built_steps == {view.current_step}  # opening builds only the page shown
    for _ in range(8):  # the user types somewhere for 1.6 s, well past the first pause
        window.debouncer.schedule("typing", lambda: None)
        # A fixed wait on purpose: time must pass while nothing may be built, so there is no
        # condition to wait for; what is checked is that the building did NOT happen.
        qtbot.wait(200)
    assert view.built_steps == {view.current_step}
    with qtbot.waitSignal(view.pages_built, timeout=30_000):
        window.debouncer.flush()  # the typing pause ends
    assert view.built_steps == set(STEP_ORDER)
    close_window(window)


def test_a_table_built_ahead_fits_its_rows_to_the_width_it_is_shown_at(qtbot) -> None:  # type: ignore[no-untyped-def]
    """As a page built ahead: filled while another page of the stack is on screen."""
    from tests.gui.widgets.test_item_table_rows import notes

    stack = QStackedWidget()
    qtbot.addWidget(stack)
    stack.addWidget(QWidget())
    editor = ItemTableEditor(
        "Parkering", "notes", [Column("text", "Anteckning", stretch=True)], "Ny anteckning"
    )
    stack.addWidget(editor)
    stack.resize(1400, 700)
    stack.show()
    editor.set_items(notes(12))  # measured at the size of a page never shown
    QApplication.processEvents()
    stack.setCurrentWidget(editor)
    table = editor.table
    qtbot.waitUntil(lambda: _fitted(table), timeout=5_000)
    assert table.viewport().width() > 1000


def _fitted(table) -> bool:  # type: ignore[no-untyped-def]
    return all(
        table.rowHeight(r)
        == max(table.sizeHintForRow(r), table.verticalHeader().sectionSizeHint(r))
        for r in range(table.model().rowCount())
    )


def test_rows_are_fitted_again_when_the_columns_change_width(qtbot) -> None:  # type: ignore[no-untyped-def]
    editor = ItemTableEditor(
        "Parkering", "notes", [Column("text", "Anteckning", stretch=True)], "Ny anteckning"
    )
    qtbot.addWidget(editor)
    editor.resize(300, 600)
    editor.show()
    from tests.gui.widgets.test_item_table_rows import notes

    editor.set_items(notes(12))
    table = editor.table
    qtbot.waitUntil(lambda: _fitted(table), timeout=5_000)
    narrow = table.rowHeight(0)
    editor.resize(1400, 600)  # wider: the text wraps onto fewer lines
    QApplication.processEvents()
    qtbot.waitUntil(lambda: _fitted(table), timeout=5_000)
    assert table.rowHeight(0) < narrow
