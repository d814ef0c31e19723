"""The Local problems page driven by keyboard and mouse; everything checked in the database."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from tests.gui.conftest import close_window
from tests.gui.helpers import settle, stored_workshop
from tests.gui.keyboard import press, type_text
from tests.paths import SCREENSHOTS
from workshop_app.domain.enums import IndicatorStatus
from workshop_app.domain.model import Indicator, IndicatorAssessment, Problem
from workshop_app.domain.steps import Step
from workshop_app.gui.main_window import MainWindow
from workshop_app.gui.steps.problems.problems_page import ProblemsPage
from workshop_app.gui.steps.step_page import StepPage
from workshop_app.services.app_context import open_app_context
from workshop_app.services.changes import AddItem

WORKSHOP = "exempel-1"
SHOTS = SCREENSHOTS

# Indicators observed in the test workshop besides the example's "ind-x".
EXTRA_INDICATORS = [
    ("ind-hot", "Hot mot vittnen och anmälare", IndicatorStatus.OBSERVED),
    ("ind-uthyrning", "Olovlig andrahandsuthyrning", IndicatorStatus.OBSERVED),
    ("ind-trapphus", "Ungdomsgrupper tar över trapphus och källare", IndicatorStatus.OBSERVED),
    ("ind-ej", "Skadegörelse och bilbränder", IndicatorStatus.NOT_OBSERVED),
]


def prepare_data_dir(data_dir: Path, example_file: Path) -> None:
    """The example workshop with a few more indicators, stored through the services."""
    context = open_app_context(data_dir)
    try:
        context.transfer.import_file(example_file)
        for indicator_id, title, status in EXTRA_INDICATORS:
            context.workshops.apply(
                AddItem(WORKSHOP, "indicators", Indicator(indicator_id, title, group="Test"))
            )
            context.workshops.apply(
                AddItem(
                    WORKSHOP,
                    "indicator_assessments",
                    IndicatorAssessment(indicator_id, status=status),
                )
            )
    finally:
        context.close()


def install_page(window: MainWindow, step: Step, page_class: type[QWidget]) -> QWidget:
    """The step's page with ``page_class`` as content, built as the workshop view builds pages.

    Once the workshop view builds the page itself, that page is used as it is.
    """
    view = window.workshop_view
    assert view is not None and window.session is not None and window.context is not None
    frame = view.page(step)
    if isinstance(frame.content, page_class):
        return frame.content
    content = page_class(
        window.session, window.context.method_pack, window.language, window.debouncer
    )
    replacement = StepPage(
        window.session, window.context.method_pack, step, window.language, content
    )
    view.stack.removeWidget(frame)
    frame.deleteLater()
    view._pages[step] = replacement
    view.stack.addWidget(replacement)
    return content


def open_on_step(qtbot, open_window, data_dir: Path, step: Step, page_class: type[QWidget]):  # type: ignore[no-untyped-def]
    window = open_window(data_dir)
    window.open_workshop(WORKSHOP)
    qtbot.waitUntil(lambda: window.workshop_view is not None, timeout=10_000)
    page = install_page(window, step, page_class)
    window.workshop_view.show_step(step)
    settle(window)
    QApplication.processEvents()
    return window, page


def fits_its_frame(page: QWidget, frame) -> bool:  # type: ignore[no-untyped-def]
    """The page is laid out in its step's scroll area: nothing squeezed, nothing cut off."""
    viewport = frame.scroll_area.viewport().width()
    return (
        page.height() >= page.minimumSizeHint().height()
        and page.width() <= viewport
        and page.minimumSizeHint().width() <= viewport
    )


def problem(data_dir: Path, title: str) -> Problem:
    return next(p for p in stored_workshop(data_dir, WORKSHOP).problems if p.title == title)


# -- the page --------------------------------------------------------------------------------


# The user story of the page in five parts, each from its own stored state, so that the
# first failure does not hide the rest: create, vote, prioritise and rank, edit the details,
# reorder and delete with undo.

MADE = Problem(
    "p-made", "Tystnadskultur i Norrbacka centrum", indicator_ids=("ind-hot", "ind-uthyrning"),
    votes=7,
)  # fmt: skip
PLAIN = Problem("p-plain", "Otrygghet vid busshållplatsen", votes=1)


def with_two_problems(data_dir: Path, example_file: Path) -> None:
    """The test workshop with two problems besides the example's "pr1" (5 votes, rank 1)."""
    prepare_data_dir(data_dir, example_file)
    context = open_app_context(data_dir)
    try:
        for item in (MADE, PLAIN):
            context.workshops.apply(AddItem(WORKSHOP, "problems", item))
    finally:
        context.close()


def test_new_problems_from_ticked_indicators_and_the_capture_line(
    qtbot, open_window, data_dir: Path, example_file: Path
) -> None:  # type: ignore[no-untyped-def]
    prepare_data_dir(data_dir, example_file)
    window, page = open_on_step(qtbot, open_window, data_dir, Step.PROBLEMS, ProblemsPage)
    assert isinstance(page, ProblemsPage)

    # Only observed indicators are offered.
    offered = [page.indicators.item(r).text() for r in range(page.indicators.count())]
    assert offered == [
        "Öppen narkotikahandel",
        "Hot mot vittnen och anmälare",
        "Olovlig andrahandsuthyrning",
        "Ungdomsgrupper tar över trapphus och källare",
    ]
    assert not page.from_selected.isEnabled()

    # Tick two indicators with the keyboard, type a title, press the button.
    page.indicators.setFocus()
    page.indicators.setCurrentRow(1)
    press(page.indicators, Qt.Key.Key_Space)
    assert page.link_hint.text() == "Kopplas till den markerade indikatorn."
    page.indicators.setCurrentRow(2)
    press(page.indicators, Qt.Key.Key_Space)
    assert page.checked_indicator_ids() == ("ind-hot", "ind-uthyrning")
    assert page.from_selected.isEnabled()
    assert page.link_hint.text() == "Kopplas till de 2 markerade indikatorerna."
    type_text(page.capture, "Tystnadskultur i Norrbacka centrum")
    qtbot.mouseClick(page.from_selected, Qt.MouseButton.LeftButton)
    settle(window)
    made = problem(data_dir, "Tystnadskultur i Norrbacka centrum")
    assert made.indicator_ids == ("ind-hot", "ind-uthyrning")
    assert page.checked_indicator_ids() == ()  # the ticks are cleared for the next problem
    assert page.current_id() == made.id  # the new problem is selected

    # A plain problem typed in the capture line and Enter.
    type_text(page.capture, "Otrygghet vid busshållplatsen")
    press(page.capture, Qt.Key.Key_Return)
    settle(window)
    plain = problem(data_dir, "Otrygghet vid busshållplatsen")
    assert plain.indicator_ids == () and plain.votes == 0
    titles = [p.title for p in stored_workshop(data_dir, WORKSHOP).problems]
    assert titles == [
        "Narkotikahandel vid torget",
        "Tystnadskultur i Norrbacka centrum",
        "Otrygghet vid busshållplatsen",
    ]
    close_window(window)


def test_votes_with_plus_and_minus_never_below_zero(
    qtbot, open_window, data_dir: Path, example_file: Path
) -> None:  # type: ignore[no-untyped-def]
    with_two_problems(data_dir, example_file)
    window, page = open_on_step(qtbot, open_window, data_dir, Step.PROBLEMS, ProblemsPage)
    page.select_problem(PLAIN.id)
    page.table.setFocus()
    for _ in range(3):
        press(page.table, Qt.Key.Key_Plus)
    press(page.table, Qt.Key.Key_Minus)
    settle(window)
    assert problem(data_dir, PLAIN.title).votes == 3
    for _ in range(4):
        press(page.table, Qt.Key.Key_Minus)
    settle(window)
    assert problem(data_dir, PLAIN.title).votes == 0
    assert not page.minus_button.isEnabled()
    qtbot.mouseClick(page.plus_button, Qt.MouseButton.LeftButton)
    settle(window)
    assert problem(data_dir, PLAIN.title).votes == 1

    page.select_problem(MADE.id)
    page.table.setFocus()
    press(page.table, Qt.Key.Key_Plus)
    settle(window)
    assert page.model.data(page.model.index(page.model.row_of(MADE.id), 1)) == "8"
    close_window(window)
    assert problem(data_dir, MADE.title).votes == 8


def test_prioritise_rank_by_votes_edit_the_rank_and_close_the_gap(
    qtbot, open_window, data_dir: Path, example_file: Path
) -> None:  # type: ignore[no-untyped-def]
    with_two_problems(data_dir, example_file)
    window, page = open_on_step(qtbot, open_window, data_dir, Step.PROBLEMS, ProblemsPage)

    # Prioritise with P and Space: each new one gets the next rank.
    page.select_problem(MADE.id)
    page.table.setFocus()
    press(page.table, Qt.Key.Key_P)
    page.select_problem(PLAIN.id)
    press(page.table, Qt.Key.Key_Space)
    settle(window)
    stored = {
        p.title: (p.prioritised, p.rank) for p in stored_workshop(data_dir, WORKSHOP).problems
    }
    assert stored == {
        "Narkotikahandel vid torget": (True, 1),
        MADE.title: (True, 2),
        PLAIN.title: (True, 3),
    }

    # A click on the check box of the table toggles too (and back).
    check = page.model.index(page.model.row_of(PLAIN.id), 2)
    page.model.setData(check, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    settle(window)
    assert not problem(data_dir, PLAIN.title).prioritised
    page.model.setData(check, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    settle(window)
    assert problem(data_dir, PLAIN.title).rank == 3

    # Rank by votes: 7 > 5 > 1, as one undo step.
    qtbot.mouseClick(page.rank_button, Qt.MouseButton.LeftButton)
    settle(window)
    ranks = {p.title: p.rank for p in stored_workshop(data_dir, WORKSHOP).problems}
    assert ranks == {MADE.title: 1, "Narkotikahandel vid torget": 2, PLAIN.title: 3}
    window.undo_action.trigger()
    settle(window)
    ranks = {p.title: p.rank for p in stored_workshop(data_dir, WORKSHOP).problems}
    assert ranks["Narkotikahandel vid torget"] == 1 and ranks[PLAIN.title] == 3
    window.redo_action.trigger()
    settle(window)

    # Edit the rank in the table: F2 on the rank cell, type 1, Enter.
    row = page.model.row_of(PLAIN.id)
    page.table.setCurrentIndex(page.model.index(row, 3))
    press(page.table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    editor.selectAll()
    type_text(editor, "1")
    press(editor, Qt.Key.Key_Return)
    settle(window)
    ranks = {p.title: p.rank for p in stored_workshop(data_dir, WORKSHOP).problems}
    assert ranks == {PLAIN.title: 1, MADE.title: 2, "Narkotikahandel vid torget": 3}

    # Taking the priority off closes the gap; undo puts it back.
    page.select_problem(MADE.id)
    page.table.setFocus()
    press(page.table, Qt.Key.Key_Space)
    settle(window)
    stored_problems = {p.title: p for p in stored_workshop(data_dir, WORKSHOP).problems}
    assert not stored_problems[MADE.title].prioritised
    assert stored_problems[MADE.title].rank is None
    assert stored_problems["Narkotikahandel vid torget"].rank == 2
    window.undo_action.trigger()
    settle(window)
    assert problem(data_dir, MADE.title).rank == 2
    close_window(window)
    final = {p.id: (p.prioritised, p.rank) for p in stored_workshop(data_dir, WORKSHOP).problems}
    assert final == {PLAIN.id: (True, 1), MADE.id: (True, 2), "pr1": (True, 3)}


def test_the_details_typed_and_the_indicators_linked(
    qtbot, open_window, data_dir: Path, example_file: Path
) -> None:  # type: ignore[no-untyped-def]
    with_two_problems(data_dir, example_file)
    window, page = open_on_step(qtbot, open_window, data_dir, Step.PROBLEMS, ProblemsPage)
    page.select_problem(MADE.id)
    page.place.setFocus()
    type_text(page.place, "Torget och gångtunneln")
    type_text(page.description, "Boende vågar inte vittna; få anmälningar trots oro.")
    page.title.selectAll()
    type_text(page.title, "Tystnad kring brott i centrum")
    settle(window)

    def linked_row(indicator_id: str) -> int:
        return next(
            r
            for r in range(page.linked.count())
            if page.linked.item(r).data(Qt.ItemDataRole.UserRole) == indicator_id
        )

    page.linked.item(linked_row("ind-trapphus")).setCheckState(Qt.CheckState.Checked)
    page.linked.item(linked_row("ind-hot")).setCheckState(Qt.CheckState.Unchecked)
    settle(window)
    assert (
        page.model.data(page.model.index(page.model.row_of(MADE.id), 0))
        == "Tystnad kring brott i centrum"
    )
    close_window(window)
    edited = problem(data_dir, "Tystnad kring brott i centrum")
    assert edited == dataclasses.replace(
        MADE,
        title="Tystnad kring brott i centrum",
        place="Torget och gångtunneln",
        description="Boende vågar inte vittna; få anmälningar trots oro.",
        indicator_ids=("ind-uthyrning", "ind-trapphus"),  # the order links were made in
    )


def test_reorder_delete_and_undo_the_delete_then_reopen(
    qtbot, open_window, data_dir: Path, example_file: Path
) -> None:  # type: ignore[no-untyped-def]
    with_two_problems(data_dir, example_file)
    window, page = open_on_step(qtbot, open_window, data_dir, Step.PROBLEMS, ProblemsPage)
    page.select_problem(PLAIN.id)
    page.table.setFocus()
    press(page.table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    settle(window)
    order = [p.id for p in stored_workshop(data_dir, WORKSHOP).problems]
    assert order == ["pr1", PLAIN.id, MADE.id]
    page.select_problem(MADE.id)
    press(page.table, Qt.Key.Key_Delete)
    settle(window)
    assert [p.id for p in stored_workshop(data_dir, WORKSHOP).problems] == ["pr1", PLAIN.id]
    assert page.model.rowCount() == 2
    assert page.current_id() == PLAIN.id  # the neighbour is selected
    window.undo_action.trigger()
    settle(window)
    assert page.model.rowCount() == 3
    assert "Sparat" in window.workshop_view.save_status.text()

    # Closed and opened again: the deleted problem is back whole, links included.
    close_window(window)
    final = {p.id: p for p in stored_workshop(data_dir, WORKSHOP).problems}
    assert list(final) == ["pr1", PLAIN.id, MADE.id]
    assert final[MADE.id] == MADE
    assert (final["pr1"].votes, final["pr1"].rank, final["pr1"].indicator_ids) == (5, 1, ("ind-x",))


@pytest.mark.parametrize(("width", "height"), [(1024, 768), (1920, 1080)])
def test_render_problems_page(
    qtbot, open_window, data_dir: Path, example_file: Path, width: int, height: int
) -> None:  # type: ignore[no-untyped-def]
    prepare_data_dir(data_dir, example_file)
    context = open_app_context(data_dir)
    try:
        for number, (title, votes, rank) in enumerate(
            [
                ("Hot och påtryckningar mot vittnen i Norrbacka centrum", 6, 3),
                ("Olovlig andrahandsuthyrning och skenskrivningar i hyresbeståndet", 8, 2),
                ("Ungdomsgrupper tar över trapphus och källare kvällstid", 3, None),
                ("Butiker vid torget betalar för skydd", 1, None),
                ("Konflikter löses utanför rättsväsendet", 0, None),
            ]
        ):
            context.workshops.apply(
                AddItem(
                    WORKSHOP,
                    "problems",
                    Problem(
                        f"extra{number}",
                        title,
                        votes=votes,
                        prioritised=rank is not None,
                        rank=rank,
                        indicator_ids=("ind-hot",) if number == 0 else (),
                    ),
                )
            )
    finally:
        context.close()
    window, page = open_on_step(qtbot, open_window, data_dir, Step.PROBLEMS, ProblemsPage)
    window.resize(width, height)
    page.select_problem("extra0")
    page.indicators.item(1).setCheckState(Qt.CheckState.Checked)
    frame = window.workshop_view.stack.currentWidget()
    # The scroll area follows the page's new height a few events later.
    qtbot.waitUntil(lambda: fits_its_frame(page, frame), timeout=5_000)
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert window.grab().save(str(SHOTS / f"problems-{width}x{height}.png"))
    assert page.grab().save(str(SHOTS / f"problems-page-{width}x{height}.png"))
    assert page.width() <= frame.scroll_area.viewport().width()  # nothing cut off to the right
    assert page.minimumSizeHint().width() <= frame.scroll_area.viewport().width()
    assert page.minimumSizeHint().width() <= 520
    assert page.height() >= page.minimumSizeHint().height()
