"""Nothing moves under the mouse: a warning that comes or goes keeps the controls in place.

The facilitator ticks a cause and clicks the lead organisation next; marks an indicator
observed and chooses its extent; types a street address into a place. Before, a banner
appearing or going moved the next control by a line or two, and the click landed elsewhere.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget

from tests.gui.helpers import settle
from tests.gui.keyboard import press, type_text
from tests.gui.steps.indicators.test_indicators_page import key
from tests.gui.steps.indicators.test_indicators_page import open_page as open_indicators
from tests.gui.steps.measures.test_measures_page import open_page as open_measures
from workshop_app.domain.steps import Step
from workshop_app.gui.steps.measures.measures_page import MeasuresPage


def where(widget: QWidget) -> QPoint:
    QApplication.processEvents()
    return widget.mapTo(widget.window(), QPoint(0, 0))


def test_ticking_the_first_cause_does_not_move_the_form(  # type: ignore[no-untyped-def]
    qtbot, open_window, data_dir: Path, example_file: Path
) -> None:
    window, page = open_measures(
        qtbot, open_window, data_dir, example_file, MeasuresPage, Step.MEASURES
    )
    window.resize(1920, 1080)
    type_text(page.measures.capture, "Vuxenvandringar på kvällarna")
    press(page.measures.capture, Qt.Key.Key_Return)
    settle(window)
    assert page.warning.isVisibleTo(page)
    before = {w.objectName(): where(w) for w in (page.details.lead, page.details.kind)}
    causes = page.details.causes
    causes.setFocus()
    causes.setCurrentRow(0)
    press(causes, Qt.Key.Key_Space)
    settle(window)
    assert not page.warning.isVisibleTo(page)
    assert {w.objectName(): where(w) for w in (page.details.lead, page.details.kind)} == before


def test_a_knowledge_gap_note_does_not_move_the_fields(  # type: ignore[no-untyped-def]
    qtbot, open_window, data_dir: Path, example_file: Path
) -> None:
    window, page = open_indicators(qtbot, open_window, data_dir, example_file)
    window.resize(1920, 1080)
    details = page.details
    extent = details._combos["extent"][0]
    key(page, "shootings_explosions", "2")  # not observed: no gap
    settle(window)
    assert not details.gap_note.isVisible()
    before = where(extent)
    key(page, "shootings_explosions", "1")  # observed, nobody has information: a gap
    settle(window)
    assert details.gap_note.isVisible()
    assert where(extent) == before


def test_the_privacy_hint_does_not_move_the_page(  # type: ignore[no-untyped-def]
    qtbot, open_window, data_dir: Path, example_file: Path
) -> None:
    window = open_window(data_dir)
    window.transfers.import_path(example_file)
    qtbot.waitUntil(lambda: window.start_view.model.rowCount() == 1, timeout=10_000)
    window.open_workshop("exempel-1")
    qtbot.waitUntil(lambda: window.workshop_view is not None, timeout=10_000)
    view = window.workshop_view
    view.show_step(Step.CAUSES)
    notes = view.page(Step.CAUSES).notes.editor
    before = where(view.stack)
    type_text(notes.capture, "Ring kontaktpersonen på 070-123 45 67")
    press(notes.capture, Qt.Key.Key_Return)
    settle(window)
    qtbot.waitUntil(lambda: view.privacy_hint.isVisibleTo(view), timeout=5_000)
    assert where(view.stack) == before
