"""The Indicators step: statuses by keyboard, the assessment fields, own indicators, the
information matrix and its knowledge gaps, undo/redo, and everything found again in the
database after the app is closed. Also renders the page at projector sizes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import close_window
from tests.gui.helpers import settle, stored_workshop
from tests.gui.keyboard import press, type_text
from tests.paths import SCREENSHOTS
from workshop_app.domain.enums import Certainty, Extent, IndicatorStatus, SourceType, Trend
from workshop_app.domain.model import Indicator, Workshop
from workshop_app.domain.steps import Step
from workshop_app.gui.main_window import MainWindow
from workshop_app.gui.steps.indicators.indicator_words import extent_choices, word_of
from workshop_app.gui.steps.indicators.indicators_page import IndicatorsPage
from workshop_app.gui.steps.step_page import StepPage
from workshop_app.services.app_context import open_app_context

SHOTS = SCREENSHOTS
WORKSHOP = "exempel-1"
DRUGS = "open_drug_dealing"  # catalog indicators the example workshop does not list yet
SHOOTINGS = "shootings_explosions"
WITHDRAWN = "withdrawn_reports"


def open_page(qtbot, open_window, data_dir: Path, example_file: Path):  # type: ignore[no-untyped-def]
    """The example workshop in the window, on the Indicators step (built here until the view
    registers the page itself)."""
    window = open_window(data_dir)
    window.transfers.import_path(example_file)
    qtbot.waitUntil(lambda: window.start_view.model.rowCount() == 1, timeout=10_000)
    window.open_workshop(WORKSHOP)
    qtbot.waitUntil(lambda: window.workshop_view is not None, timeout=10_000)
    settle(window)
    return window, indicators_page(window)


def indicators_page(window: MainWindow) -> IndicatorsPage:
    view = window.workshop_view
    assert view is not None and window.session is not None
    view.show_step(Step.INDICATORS)
    content = view.page(Step.INDICATORS).content
    if isinstance(content, IndicatorsPage):
        return content
    session = window.session
    pack = window.context.method_pack
    page = IndicatorsPage(session, pack, "sv", window.debouncer)
    step = StepPage(session, pack, Step.INDICATORS, "sv", page)
    session.snapshot_changed.connect(step.show_workshop)
    view.stack.addWidget(step)
    view.stack.setCurrentWidget(step)
    QApplication.processEvents()
    return page


def key(page: IndicatorsPage, indicator_id: str, keys: str) -> None:
    """Select an indicator on the board and type ``keys`` there, as the facilitator does."""
    page.select_indicator(indicator_id)
    assert page.current_entry() is not None
    assert page.current_entry().indicator_id == indicator_id
    type_text(page.board, keys)


def assessment(workshop: Workshop, indicator_id: str):  # type: ignore[no-untyped-def]
    return next((a for a in workshop.indicator_assessments if a.indicator_id == indicator_id), None)


def listed(workshop: Workshop, indicator_id: str):  # type: ignore[no-untyped-def]
    return next((i for i in workshop.indicators if i.id == indicator_id), None)


def undo(window: MainWindow) -> None:
    window.undo_action.trigger()
    settle(window)


def redo(window: MainWindow) -> None:
    window.redo_action.trigger()
    settle(window)


def test_status_keys_add_the_catalog_indicator_and_undo_as_one_step(
    qtbot, open_window, data_dir: Path, example_file: Path
) -> None:  # type: ignore[no-untyped-def]
    window, page = open_page(qtbot, open_window, data_dir, example_file)
    assert page.board_model.entry_by_id(DRUGS).status is None  # not assessed yet

    key(page, DRUGS, "1")
    settle(window)
    stored = stored_workshop(data_dir, WORKSHOP)
    indicator = listed(stored, DRUGS)
    assert indicator is not None and not indicator.custom
    assert indicator.title == "Öppen narkotikahandel"  # the workshop's language (Swedish)
    assert indicator.group == "Synlig brottslighet i området (sammanhang)"
    assert assessment(stored, DRUGS).status == IndicatorStatus.OBSERVED
    assert page.board_model.entry_by_id(DRUGS).status == IndicatorStatus.OBSERVED

    # One undo takes back both the indicator and its assessment; redo brings both.
    undo(window)
    stored = stored_workshop(data_dir, WORKSHOP)
    assert listed(stored, DRUGS) is None and assessment(stored, DRUGS) is None
    assert page.board_model.entry_by_id(DRUGS).status is None
    redo(window)
    assert assessment(stored_workshop(data_dir, WORKSHOP), DRUGS).status == IndicatorStatus.OBSERVED

    # 2 and 3 change the status in place; 0 takes the indicator back to "not assessed".
    key(page, DRUGS, "2")
    settle(window)
    assert assessment(stored_workshop(data_dir, WORKSHOP), DRUGS).status == (
        IndicatorStatus.NOT_OBSERVED
    )
    key(page, DRUGS, "3")
    settle(window)
    assert assessment(stored_workshop(data_dir, WORKSHOP), DRUGS).status == IndicatorStatus.UNKNOWN
    key(page, DRUGS, "0")
    settle(window)
    stored = stored_workshop(data_dir, WORKSHOP)
    assert listed(stored, DRUGS) is None and assessment(stored, DRUGS) is None
    assert page.board_model.entry_by_id(DRUGS).status is None
    undo(window)
    assert assessment(stored_workshop(data_dir, WORKSHOP), DRUGS).status == IndicatorStatus.UNKNOWN
    assert page.board_model.entry_by_id(DRUGS).status == IndicatorStatus.UNKNOWN
    assert "Sparat" in window.workshop_view.save_status.text()


def test_quick_keys_faster_than_the_saves_end_as_shown(
    qtbot, open_window, data_dir: Path, example_file: Path
) -> None:  # type: ignore[no-untyped-def]
    window, page = open_page(qtbot, open_window, data_dir, example_file)
    # Two keys before the first save is back: the second must not add the indicator again.
    key(page, SHOOTINGS, "1")
    type_text(page.board, "2")
    settle(window)
    stored = stored_workshop(data_dir, WORKSHOP)
    assert [i.id for i in stored.indicators].count(SHOOTINGS) == 1
    assert assessment(stored, SHOOTINGS).status == IndicatorStatus.NOT_OBSERVED
    assert page.board_model.entry_by_id(SHOOTINGS).status == IndicatorStatus.NOT_OBSERVED
    assert "Sparat" in window.workshop_view.save_status.text()
    # A status and a field right after it, on an indicator just added.
    key(page, WITHDRAWN, "1")
    page.edits.set_field(WITHDRAWN, "extent", Extent.SOME)
    settle(window)
    stored_assessment = assessment(stored_workshop(data_dir, WORKSHOP), WITHDRAWN)
    assert (stored_assessment.status, stored_assessment.extent) == (
        IndicatorStatus.OBSERVED,
        Extent.SOME,
    )
    assert page.board_model.entry_by_id(WITHDRAWN).assessment.extent == Extent.SOME


def test_extent_trend_certainty_and_observations(
    qtbot, open_window, data_dir: Path, example_file: Path
) -> None:  # type: ignore[no-untyped-def]
    window, page = open_page(qtbot, open_window, data_dir, example_file)
    details = page.details
    key(page, DRUGS, "1")
    settle(window)
    assert details.entry is not None and details.entry.indicator_id == DRUGS
    assert details.combo("extent").isEnabled()

    # The details' lists, by keyboard: each Down is one saved, undoable choice.
    extent = details.combo("extent")
    extent.setFocus()
    for _ in range(3):  # (not given) → 0 → 1 → 2
        press(extent, Qt.Key.Key_Down)
    trend = details.combo("trend")
    press(trend, Qt.Key.Key_Down)  # (not given) → increasing
    # The board's own cells too (what the cell's list hands the model).
    certainty = page.board_model.index_of(DRUGS, column=4)
    page.board_model.setData(certainty, Certainty.HIGH)
    type_text(
        details.observations, "Vid torget kvällstid, ökar sedan våren; källa: polisens ärenden."
    )
    settle(window)

    stored = assessment(stored_workshop(data_dir, WORKSHOP), DRUGS)
    assert stored.extent == Extent.CONSIDERABLE
    assert stored.trend == Trend.INCREASING
    assert stored.certainty == Certainty.HIGH
    assert stored.observations == "Vid torget kvällstid, ökar sedan våren; källa: polisens ärenden."
    shown_extent = page.board_model.data(page.board_model.index_of(DRUGS, column=2))
    assert shown_extent == word_of(extent_choices(), Extent.CONSIDERABLE)  # "2 – Betydande"

    # A reload while typing keeps what is typed and where the cursor is.
    type_text(details.observations, " Mer")
    cursor = details.observations.textCursor().position()
    window.session.reload()
    assert window.worker.drain()
    assert details.observations.toPlainText().endswith(" Mer")
    assert details.observations.textCursor().position() == cursor
    settle(window)
    assert assessment(stored_workshop(data_dir, WORKSHOP), DRUGS).observations.endswith(" Mer")

    # Undo goes back one field at a time, and the screen follows.
    undo(window)  # " Mer"
    undo(window)  # observations
    assert details.observations.toPlainText() == ""
    undo(window)  # certainty
    undo(window)  # trend
    stored = assessment(stored_workshop(data_dir, WORKSHOP), DRUGS)
    assert (stored.trend, stored.certainty, stored.extent) == (None, None, Extent.CONSIDERABLE)
    assert details.combo("trend").currentIndex() == 0
    redo(window)
    assert assessment(stored_workshop(data_dir, WORKSHOP), DRUGS).trend == Trend.INCREASING


def test_own_indicator_matrix_cells_and_knowledge_gaps(
    qtbot, open_window, data_dir: Path, example_file: Path
) -> None:  # type: ignore[no-untyped-def]
    window, page = open_page(qtbot, open_window, data_dir, example_file)
    assert page.gaps == ()  # the example's one observed indicator has a source

    # A new own indicator from the capture line, in a problem area.
    page.capture_group.setCurrentIndex(page.capture_group.findData("housing_registration"))
    type_text(page.capture, "Mopedåkning på gångvägarna")
    press(page.capture, Qt.Key.Key_Return)
    settle(window)
    stored = stored_workshop(data_dir, WORKSHOP)
    own = next(i for i in stored.indicators if i.title == "Mopedåkning på gångvägarna")
    assert own.custom and own.group == "Bostäder och folkbokföring"
    assert page.current_entry().indicator_id == own.id  # selected: ready for its status key
    assert page.capture.text() == ""

    # Observed, and nobody has information on it: a knowledge gap, marked in words too.
    type_text(page.board, "1")
    settle(window)
    assert page.gaps == (own.id,)
    assert "1" in page.gap_button.text()
    row = page.matrix_model.row_of(own.id)
    assert row is not None and page.matrix_model.rows[row].gap
    label = page.matrix_model.data(page.matrix_model.index(row, 0))
    assert "⚠" in label and "Mopedåkning" in label
    assert "⚠" in page.board_model.data(page.board_model.index_of(own.id, column=1))

    # The gap button jumps to it in the matrix; 2 there records "case records" for Polisen.
    page.show_next_gap()
    assert page.tabs.currentIndex() == 1
    police_column = 1 + [o.id for o in window.session.workshop.organisations].index("polis")
    page.matrix.setCurrentIndex(page.matrix_model.index(row, police_column))
    type_text(page.matrix, "2")
    settle(window)
    stored_assessment = assessment(stored_workshop(data_dir, WORKSHOP), own.id)
    assert [(s.organisation_id, s.source_type) for s in stored_assessment.sources] == [
        ("polis", SourceType.CASE_RECORDS)
    ]
    assert page.gaps == ()
    assert (
        page.matrix_model.data(page.matrix_model.index(row, police_column))
        == (page.matrix_model.source_types[1][1])
    )
    # Another kind from the cell's list, then 0 empties the cell: a gap again.
    page.matrix_model.setData(page.matrix_model.index(row, police_column), SourceType.SURVEY)
    settle(window)
    assert assessment(stored_workshop(data_dir, WORKSHOP), own.id).sources[0].source_type == (
        SourceType.SURVEY
    )
    page.matrix.setCurrentIndex(page.matrix_model.index(row, police_column))
    type_text(page.matrix, "0")
    settle(window)
    assert assessment(stored_workshop(data_dir, WORKSHOP), own.id).sources == ()
    assert page.gaps == (own.id,)
    undo(window)
    assert page.gaps == ()
    assert assessment(stored_workshop(data_dir, WORKSHOP), own.id).sources[0].source_type == (
        SourceType.SURVEY
    )

    # Renaming and deleting the own indicator; the delete is undoable.
    page.board_model.setData(page.board_model.index_of(own.id), "Mopedåkning i centrum")
    settle(window)
    assert listed(stored_workshop(data_dir, WORKSHOP), own.id).title == "Mopedåkning i centrum"
    page.tabs.setCurrentIndex(0)
    page.select_indicator(own.id)
    press(page.board, Qt.Key.Key_Delete)
    settle(window)
    assert listed(stored_workshop(data_dir, WORKSHOP), own.id) is None
    assert page.board_model.entry_by_id(own.id) is None
    undo(window)
    restored = stored_workshop(data_dir, WORKSHOP)
    assert listed(restored, own.id).title == "Mopedåkning i centrum"
    assert assessment(restored, own.id).sources[0].organisation_id == "polis"


def test_observed_only_filter(qtbot, open_window, data_dir: Path, example_file: Path) -> None:  # type: ignore[no-untyped-def]
    window, page = open_page(qtbot, open_window, data_dir, example_file)
    key(page, DRUGS, "1")
    key(page, SHOOTINGS, "3")
    settle(window)
    assert page.matrix_model.rowCount() == 3  # ind-x, drugs (observed), shootings (unknown)

    window.activateWindow()
    page.board.setFocus()
    qtbot.keyClick(
        page.board,
        Qt.Key.Key_O,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert page.observed_only.isChecked()
    shown = [e.indicator_id for g in page.board_model.groups for e in g.entries]
    assert sorted(shown) == sorted(["ind-x", DRUGS])
    assert [r.indicator.id for r in page.matrix_model.rows] == [DRUGS, "ind-x"]
    page.observed_only.setChecked(False)
    assert page.board_model.entry_by_id(SHOOTINGS) is not None


def test_everything_is_in_the_database_after_closing(
    qtbot, open_window, data_dir: Path, example_file: Path
) -> None:  # type: ignore[no-untyped-def]
    window, page = open_page(qtbot, open_window, data_dir, example_file)
    key(page, DRUGS, "1")
    settle(window)
    page.details.combo("extent").setFocus()
    press(page.details.combo("extent"), Qt.Key.Key_End)  # 3 – extensive
    type_text(page.details.observations, "Öppen försäljning vid skolan")
    type_text(page.capture, "Olovlig andrahandsuthyrning i stor skala")
    press(page.capture, Qt.Key.Key_Return)
    settle(window)
    own = next(i for i in window.session.workshop.indicators if i.custom and i.id != "ind-x")
    key(page, own.id, "3")
    settle(window)
    page.set_source(DRUGS, "bostad", SourceType.STAFF_OBSERVATION)
    qtbot.waitUntil(lambda: window.tracker.clean and window.worker.pending == 0, timeout=10_000)
    close_window(window)

    stored = stored_workshop(data_dir, WORKSHOP)
    drugs = assessment(stored, DRUGS)
    assert drugs.status == IndicatorStatus.OBSERVED
    assert drugs.extent == Extent.EXTENSIVE
    assert drugs.observations == "Öppen försäljning vid skolan"
    assert [(s.organisation_id, s.source_type) for s in drugs.sources] == [
        ("bostad", SourceType.STAFF_OBSERVATION)
    ]
    assert listed(stored, own.id).title == "Olovlig andrahandsuthyrning i stor skala"
    assert assessment(stored, own.id).status == IndicatorStatus.UNKNOWN

    # And the page shows it all again after a restart.
    window = open_window(data_dir)
    window.open_workshop(WORKSHOP)
    qtbot.waitUntil(lambda: window.workshop_view is not None, timeout=10_000)
    page = indicators_page(window)
    assert page.board_model.entry_by_id(DRUGS).assessment.extent == Extent.EXTENSIVE
    assert page.gaps == (own.id,)


def test_a_large_board_of_400_indicators(
    qtbot, open_window, data_dir: Path, example_file: Path
) -> None:  # type: ignore[no-untyped-def]
    """400 indicators in one model and view: the keys still work and only rows change."""
    import dataclasses

    from workshop_app.domain.model import IndicatorAssessment

    context = open_app_context(data_dir)
    try:
        base = context.transfer.import_file(example_file)
        extra = tuple(
            Indicator(id=f"egen-{n}", title=f"Egen indikator {n}", custom=True) for n in range(400)
        )
        assessments = tuple(IndicatorAssessment(i.id, IndicatorStatus.OBSERVED) for i in extra[::2])
        context.workshops.repository.replace(
            dataclasses.replace(
                base,
                indicators=base.indicators + extra,
                indicator_assessments=base.indicator_assessments + assessments,
            )
        )
    finally:
        context.close()
    window = open_window(data_dir)
    window.open_workshop(WORKSHOP)
    qtbot.waitUntil(lambda: window.workshop_view is not None, timeout=10_000)
    page = indicators_page(window)
    assert sum(len(g.entries) for g in page.board_model.groups) >= 437
    assert len(page.gaps) == 200
    resets: list[int] = []
    page.board_model.modelReset.connect(lambda: resets.append(1))
    key(page, "egen-1", "1")
    settle(window)
    assert resets == []  # a status change redraws rows, never the whole board
    assert len(page.gaps) == 201


@pytest.mark.parametrize(("width", "height"), [(1024, 768), (1920, 1080)])
def test_render_the_indicators_page(
    qtbot, open_window, data_dir: Path, example_file: Path, width: int, height: int
) -> None:  # type: ignore[no-untyped-def]
    window, page = open_page(qtbot, open_window, data_dir, example_file)
    # Some content worth looking at: statuses, a field, a source, and a knowledge gap.
    key(page, DRUGS, "1")
    key(page, SHOOTINGS, "3")
    key(page, WITHDRAWN, "2")
    key(page, "threats_against_witnesses", "1")
    settle(window)
    page.set_source(DRUGS, "polis", SourceType.CASE_RECORDS)
    page.set_source(DRUGS, "bostad", SourceType.STAFF_OBSERVATION)
    page.edits.set_field(DRUGS, "extent", Extent.CONSIDERABLE)
    page.edits.set_field(DRUGS, "trend", Trend.INCREASING)
    settle(window)
    page.select_indicator(DRUGS)
    type_text(page.details.observations, "Vid torget och skolan, kvällstid.")
    settle(window)

    window.resize(width, height)
    step = page.parentWidget()
    while step is not None and not isinstance(step, StepPage):
        step = step.parentWidget()
    assert step is not None
    step.guide.set_expanded(False)  # the facilitator folds the guide while working
    QApplication.processEvents()
    SHOTS.mkdir(parents=True, exist_ok=True)
    # Nothing cut off: the page fits the scroll area's width (no sideways scrolling).
    assert page.minimumSizeHint().width() <= step.scroll_area.viewport().width()
    assert page.width() <= step.scroll_area.viewport().width()
    top = page.mapTo(step.scroll_area.widget(), QPoint(0, 0)).y()
    step.scroll_area.verticalScrollBar().setValue(top)
    page.select_indicator(DRUGS)
    QApplication.processEvents()
    assert window.grab().save(str(SHOTS / f"indicators-board-{width}x{height}.png"))
    page.tabs.setCurrentIndex(1)
    QApplication.processEvents()
    step.scroll_area.verticalScrollBar().setValue(top)
    assert window.grab().save(str(SHOTS / f"indicators-matrix-{width}x{height}.png"))
