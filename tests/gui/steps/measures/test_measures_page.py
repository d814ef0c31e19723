"""Measures and partners: measures per problem, causes, lead and partners, votes, persisted."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from tests.gui.conftest import close_window
from tests.gui.helpers import settle, stored_workshop
from tests.gui.keyboard import press, type_text
from tests.paths import SCREENSHOTS
from workshop_app.domain.model import Measure, Problem
from workshop_app.domain.partner_matrix import Role
from workshop_app.domain.steps import Step
from workshop_app.gui.main_window import MainWindow
from workshop_app.gui.steps.measures.measures_page import MeasuresPage
from workshop_app.gui.steps.step_page import StepPage
from workshop_app.services.changes import AddItem

SHOTS = SCREENSHOTS
EXAMPLE_ID = "exempel-1"


def open_page(qtbot, open_window, data_dir: Path, example_file: Path, page_class: type, step: Step):  # type: ignore[no-untyped-def]
    """The example workshop open in the window, showing ``step`` with a ``page_class`` page.

    Until the workshop view builds these pages itself, the test puts the page into its frame
    (a ``StepPage``) in the view, exactly where the view will.
    """
    window = open_window(data_dir)
    window.transfers.import_path(example_file)
    qtbot.waitUntil(lambda: window.start_view.model.rowCount() == 1, timeout=10_000)
    window.open_workshop(EXAMPLE_ID)
    qtbot.waitUntil(lambda: window.workshop_view is not None, timeout=10_000)
    view = window.workshop_view
    frame = view.page(step)
    if not isinstance(frame.content, page_class):
        content = page_class(window.session, window.context.method_pack, "sv", window.debouncer)
        frame = StepPage(window.session, window.context.method_pack, step, "sv", content)
        view._pages[step] = frame
        view.stack.addWidget(frame)
    view.show_step(step)
    settle(window)
    return window, frame.content


def render(window: MainWindow, page: QWidget, name: str, sizes=((1024, 768), (1920, 1080))) -> None:  # type: ignore[no-untyped-def]
    """Save the window (guide folded) and the whole page at each size for people to look at."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    frame = window.workshop_view.stack.currentWidget()
    assert isinstance(frame, StepPage)
    frame.guide.set_expanded(False)
    for width, height in sizes:
        window.resize(width, height)
        QApplication.processEvents()
        assert frame.width() <= window.workshop_view.stack.width()
        # Nothing of the page is cut off: the scroll area never scrolls sideways.
        assert page.width() <= frame.scroll_area.viewport().width()
        if width < 1200:
            assert page.minimumSizeHint().width() <= 520, (width, page.minimumSizeHint())
        assert window.grab().save(str(SHOTS / f"{name}-{width}x{height}.png"))
        assert page.grab().save(str(SHOTS / f"{name}-page-{width}x{height}.png"))
    frame.guide.set_expanded(True)


def test_render(qtbot, open_window, data_dir: Path, example_file: Path) -> None:  # type: ignore[no-untyped-def]
    window, page = open_page(
        qtbot, open_window, data_dir, example_file, MeasuresPage, Step.MEASURES
    )
    render(window, page, "measures")


def click_cell(qtbot, view, index) -> None:  # type: ignore[no-untyped-def]
    view.scrollTo(index)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )


# The page's user story in four parts, each from its own state, so that the first failure does
# not hide the rest: the form, the partner matrix, votes and order with undo, delete and reopen.

NEW = Measure("m-new", "pr1", "Vuxenvandringar på kvällarna", cause_ids=("c1",))


def with_new_measure(qtbot, open_window, data_dir: Path, example_file: Path):  # type: ignore[no-untyped-def]
    """The Measures page of the example with a second measure (acting on c1), selected."""
    window, page = open_page(
        qtbot, open_window, data_dir, example_file, MeasuresPage, Step.MEASURES
    )
    session = window.session
    session.apply(AddItem(session.workshop_id, "measures", NEW), "Lägg till åtgärd")
    settle(window)
    page.measures.select_key((NEW.id,))
    return window, page


def test_a_new_measure_and_its_form(qtbot, open_window, data_dir: Path, example_file: Path) -> None:  # type: ignore[no-untyped-def]
    window, page = open_page(
        qtbot, open_window, data_dir, example_file, MeasuresPage, Step.MEASURES
    )
    assert isinstance(page, MeasuresPage)
    assert page.problem_id == "pr1"
    assert page.measures.model.rowCount() == 1

    # A new measure from the capture line; it is selected and warns that it acts on no cause.
    type_text(page.measures.capture, "Vuxenvandringar på kvällarna")
    press(page.measures.capture, Qt.Key.Key_Return)
    settle(window)
    new = stored_workshop(data_dir, EXAMPLE_ID).measures[-1]
    assert (new.title, new.problem_id, new.cause_ids) == ("Vuxenvandringar på kvällarna", "pr1", ())
    assert page.current_measure().id == new.id
    assert page.warning.isVisibleTo(page)
    row = page.measures.model.row_of((new.id,))
    assert page.measures.model.index(row, 1).data(Qt.ItemDataRole.DecorationRole) is not None

    # Link the cause with the keyboard: the warning goes away.
    causes = page.details.causes
    causes.setFocus()
    causes.setCurrentRow(0)
    press(causes, Qt.Key.Key_Space)
    settle(window)
    assert stored_workshop(data_dir, EXAMPLE_ID).measures[-1].cause_ids == ("c1",)
    assert not page.warning.isVisibleTo(page)
    assert page.measures.model.index(row, 1).data(Qt.ItemDataRole.DecorationRole) is None

    # Kind and term with the keyboard, resources typed (saved after the typing pause).
    page.details.kind.setFocus()
    press(page.details.kind, Qt.Key.Key_Home)
    page.details.horizon.setFocus()
    press(page.details.horizon, Qt.Key.Key_End)
    type_text(page.details.resources, "Två fältassistenter, fredagar")
    settle(window)
    stored = stored_workshop(data_dir, EXAMPLE_ID).measures[-1]
    assert (stored.kind.value, stored.horizon.value) == ("situational", "long")
    assert stored.resources == "Två fältassistenter, fredagar"
    shown = window.session.workshop.measures[-1]  # the snapshot keeps the domain's types
    assert (type(shown.kind).__name__, type(shown.horizon).__name__) == ("MeasureKind", "Horizon")

    # The title typed in the form shows in the list too.
    page.details.title.setFocus()
    page.details.title.end(False)
    type_text(page.details.title, " i parken")
    settle(window)
    assert (
        page.measures.model.index(row, 0).data(Qt.ItemDataRole.EditRole)
        == "Vuxenvandringar på kvällarna i parken"
    )
    close_window(window)
    stored = stored_workshop(data_dir, EXAMPLE_ID).measures[-1]
    assert (stored.title, stored.cause_ids) == ("Vuxenvandringar på kvällarna i parken", ("c1",))


def test_the_partner_matrix_by_clicks_and_keys(
    qtbot, open_window, data_dir: Path, example_file: Path
) -> None:  # type: ignore[no-untyped-def]
    window, page = with_new_measure(qtbot, open_window, data_dir, example_file)
    # Two clicks make Polisen lead, P makes the municipality partner.
    matrix = page.matrix
    model = matrix.matrix
    polis = model.index_of(NEW.id, "polis")
    click_cell(qtbot, matrix, polis)
    click_cell(qtbot, matrix, polis)
    matrix.setCurrentIndex(model.index_of(NEW.id, "kommun"))
    press(matrix, Qt.Key.Key_P)
    settle(window)
    stored = stored_workshop(data_dir, EXAMPLE_ID).measures[-1]
    assert stored.lead_organisation_id == "polis"
    assert stored.partner_organisation_ids == ("kommun",)
    assert model.index_of(NEW.id, "polis").data() == model.labels()[Role.LEAD]
    assert page.details.lead.currentData() == "polis"  # the form agrees with the matrix

    # L on the housing company: it leads, and the former lead stays in as a partner.
    matrix.setCurrentIndex(model.index_of(NEW.id, "bostad"))
    press(matrix, Qt.Key.Key_L)
    settle(window)
    close_window(window)
    stored = stored_workshop(data_dir, EXAMPLE_ID).measures[-1]
    assert stored.lead_organisation_id == "bostad"
    assert stored.partner_organisation_ids == ("kommun", "polis")


def test_votes_priority_and_order_with_undo_and_redo(
    qtbot, open_window, data_dir: Path, example_file: Path
) -> None:  # type: ignore[no-untyped-def]
    window, page = with_new_measure(qtbot, open_window, data_dir, example_file)
    # Votes: + + − on the table, then the + button.
    table = page.measures.table
    table.setFocus()
    press(table, Qt.Key.Key_Plus)
    press(table, Qt.Key.Key_Plus)
    press(table, Qt.Key.Key_Minus)
    page.plus.click()
    page.prioritised.click()
    settle(window)
    stored = stored_workshop(data_dir, EXAMPLE_ID).measures[-1]
    assert (stored.votes, stored.prioritised) == (2, True)
    assert page.measures.model.rowCount() == 2  # votes never typed into the title

    # Reorder with Ctrl+Up.
    page.measures.select_key((NEW.id,))
    press(table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    settle(window)
    assert [m.id for m in stored_workshop(data_dir, EXAMPLE_ID).measures] == [NEW.id, "a1"]

    # Undo the reorder and the priority; redo the priority.
    window.undo_action.trigger()
    settle(window)
    window.undo_action.trigger()
    settle(window)
    stored_all = stored_workshop(data_dir, EXAMPLE_ID)
    assert [m.id for m in stored_all.measures] == ["a1", NEW.id]
    assert stored_all.measures[-1].prioritised is False
    assert not page.prioritised.isChecked()
    window.redo_action.trigger()
    settle(window)
    close_window(window)
    stored = stored_workshop(data_dir, EXAMPLE_ID).measures[-1]
    assert (stored.id, stored.votes, stored.prioritised) == (NEW.id, 2, True)


def test_a_measure_deleted_with_its_links_comes_back_and_each_problem_has_its_own(
    qtbot, open_window, data_dir: Path, example_file: Path
) -> None:  # type: ignore[no-untyped-def]
    window, page = with_new_measure(qtbot, open_window, data_dir, example_file)
    # Delete a1 (its next step's link goes with it); undo brings both back.
    table = page.measures.table
    page.measures.select_key(("a1",))
    table.setFocus()
    press(table, Qt.Key.Key_Delete)
    settle(window)
    stored = stored_workshop(data_dir, EXAMPLE_ID)
    assert [m.id for m in stored.measures] == [NEW.id]
    assert stored.next_steps[0].measure_ids == ()
    window.undo_action.trigger()
    settle(window)
    stored = stored_workshop(data_dir, EXAMPLE_ID)
    assert [m.id for m in stored.measures] == ["a1", NEW.id]
    assert stored.next_steps[0].measure_ids == ("a1",)
    assert page.measures.model.rowCount() == 2

    # A second problem: prioritised problems first; its own measures; the matrix of all.
    session = window.session
    tunnel = Problem(id="pr2", title="Otrygghet i tunneln")
    session.apply(AddItem(session.workshop_id, "problems", tunnel), "Lägg till problem")
    settle(window)
    assert [page.problem.itemData(i) for i in range(page.problem.count())] == ["pr1", "pr2"]
    page.problem.setFocus()
    press(page.problem, Qt.Key.Key_Down)
    assert page.problem_id == "pr2"
    assert page.measures.model.rowCount() == 0
    type_text(page.measures.capture, "Belysning i tunneln")
    press(page.measures.capture, Qt.Key.Key_Return)
    settle(window)
    assert page.measures.model.rowCount() == 1
    assert page.details.no_causes.isVisibleTo(page)  # pr2 has no causes to link yet
    model = page.matrix.matrix
    assert model.rowCount() == 1
    page.all_problems.setChecked(True)
    assert model.rowCount() == 3

    # Closed and opened again: all of it is in the database, links included.
    close_window(window)
    stored = stored_workshop(data_dir, EXAMPLE_ID)
    assert {m.id: m for m in stored.measures}[NEW.id] == NEW
    assert [m.title for m in stored.measures if m.problem_id == "pr2"] == ["Belysning i tunneln"]


def test_tab_follows_the_layout(qtbot, open_window, data_dir: Path, example_file: Path) -> None:  # type: ignore[no-untyped-def]
    _window, page = open_page(
        qtbot, open_window, data_dir, example_file, MeasuresPage, Step.MEASURES
    )
    details = page.details
    order = [
        details.title,
        details.causes,
        details.kind,
        details.horizon,
        details.phase,
        details.lead,
    ]
    details.title.setFocus()
    for expected in order[1:]:
        press(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is expected
    page.plus.setFocus()
    press(page.plus, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.vote_button
    press(page.vote_button, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.prioritised
