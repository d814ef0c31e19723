"""Room for the words that matter: the main text column gets the width, headings break
between words, a long title in a form shows its start, and at 1024×768 the step's working
area is in view without scrolling (the guide starts folded there)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from tests.gui.helpers import settle
from workshop_app.domain.steps import STEP_ORDER, Step
from workshop_app.services.app_context import open_app_context

SIZES = [(1024, 768), (1920, 1080)]


def open_example(qtbot, open_window, data_dir: Path, width: int, height: int):  # type: ignore[no-untyped-def]
    context = open_app_context(data_dir)
    try:
        workshop = context.transfer.open_example()  # Solbacken: long names and titles
    finally:
        context.close()
    window = open_window(data_dir)
    window.resize(width, height)
    QApplication.processEvents()
    window.open_workshop(workshop.id)
    qtbot.waitUntil(lambda: window.workshop_view is not None, timeout=10_000)
    settle(window)
    return window


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_main_columns_get_the_room(
    qtbot, open_window, data_dir: Path, width: int, height: int
) -> None:  # type: ignore[no-untyped-def]
    window = open_example(qtbot, open_window, data_dir, width, height)
    start = window.start_view.table
    view = window.workshop_view
    view.show_step(Step.NEXT_STEPS)
    settle(window)
    QApplication.processEvents()
    table = view.page(Step.NEXT_STEPS).content.steps_table.table
    assert table.columnWidth(0) >= 0.4 * table.viewport().width() - 1
    window.close_workshop()
    QApplication.processEvents()
    # The title is the widest column (at 1024 the headings' own width leaves it a third).
    widths = [start.columnWidth(column) for column in range(start.model().columnCount())]
    assert widths[0] == max(widths) and widths[0] >= start.viewport().width() / 3
    # Every heading of the start view is whole.
    header = start.horizontalHeader()
    for column in range(header.count()):
        assert header.sectionSize(column) >= header.sectionSizeHint(column)


def test_headings_break_between_words_and_titles_show_their_start(  # type: ignore[no-untyped-def]
    qtbot, open_window, data_dir: Path
) -> None:
    window = open_example(qtbot, open_window, data_dir, 1024, 768)
    view = window.workshop_view
    view.show_step(Step.INDICATORS)
    settle(window)
    matrix_page = view.page(Step.INDICATORS).content
    model = matrix_page.matrix.model()
    for column in range(1, model.columnCount()):
        name = model.organisations[column - 1].name
        label = model.headerData(column, Qt.Orientation.Horizontal)
        assert set(label.split()) <= set(name.split()), (label, name)  # no split word
    view.show_step(Step.MEASURES)
    settle(window)
    title = view.page(Step.MEASURES).content.details.title
    assert len(title.text()) > 40
    assert title.cursorPosition() == 0  # its start is in view, not its end


def test_at_1024_the_working_area_is_in_view(qtbot, open_window, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_example(qtbot, open_window, data_dir, 1024, 768)
    view = window.workshop_view
    assert not window.guidance.guide_action.isChecked(), "the guide starts folded on a small screen"
    for step in STEP_ORDER:
        view.show_step(step)
        settle(window)
        QApplication.processEvents()
        frame = view.page(step)
        content = frame.content
        if content is None:
            continue
        top = content.mapTo(frame.scroll_area.viewport(), QPoint(0, 0)).y()
        # The working area starts in the upper half of what is shown.
        assert 0 <= top < frame.scroll_area.viewport().height() / 2, (step, top)
