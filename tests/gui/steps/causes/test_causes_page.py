"""The Probable causes page driven by keyboard and mouse; everything checked in the database."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import close_window
from tests.gui.helpers import settle, stored_workshop
from tests.gui.keyboard import press, type_text
from tests.gui.steps.problems.test_problems_page import SHOTS, WORKSHOP, open_on_step
from workshop_app.domain.enums import Branch, Certainty, Directness
from workshop_app.domain.model import Cause, Problem
from workshop_app.domain.steps import Step
from workshop_app.gui.steps.causes.causes_page import CausesPage
from workshop_app.services.app_context import open_app_context
from workshop_app.services.changes import AddItem, DeleteItem

# Causes for a well-filled fishbone: (branch, text, parent index or None, underlying).
TWENTY_CAUSES = [
    (Branch.VICTIM, "Boende vågar inte anmäla av rädsla för repressalier", None, False),
    (Branch.VICTIM, "Vittnen pressas att ta tillbaka sina uppgifter", None, False),
    (Branch.VICTIM, "Lågt förtroende för polis och kommun", 1, True),
    (Branch.VICTIM, "Tidigare anmälningar ledde inte till något", 2, True),
    (Branch.VICTIM, "Butiksägare betalar för att få vara ifred", None, False),
    (Branch.OFFENDER, "Snabba pengar lockar unga in i försäljningen", None, False),
    (Branch.OFFENDER, "Äldre kriminella rekryterar i skolåldern", None, False),
    (Branch.OFFENDER, "Svag förankring i skola och fritid", 6, True),
    (Branch.OFFENDER, "Skulder till nätverket binder kvar unga", None, True),
    (Branch.OFFENDER, "Låg upptäcktsrisk", None, False),
    (Branch.PLACE, "Dålig belysning vid torget och gångtunneln", None, False),
    (Branch.PLACE, "Källare och trapphus står olåsta", None, False),
    (Branch.PLACE, "Fastighetsägaren saknar rutin för låsbyten", 11, True),
    (Branch.PLACE, "Få vuxna i rörelse efter klockan 21", None, False),
    (Branch.PLACE, "Buskage skymmer insynen", None, False),
    (Branch.OTHER, "Ingen gemensam lägesbild mellan kommun, polis och bostadsbolag", None, True),
    (Branch.OTHER, "Sekretessfrågor bromsar informationsdelning", 15, True),
    (Branch.OTHER, "Samverkansforum träffas för sällan", None, True),
    (Branch.OTHER, "Ingen uppföljning av tidigare åtgärder", None, True),
    (Branch.OTHER, "Otydligt ansvar för området kvällstid", None, False),
]


def prepare_data_dir(data_dir: Path, example_file: Path, *, filled: bool = False) -> None:
    """The example (pr1, prioritised, with cause c1) plus pr2 (prioritised) and pr3 (not)."""
    context = open_app_context(data_dir)
    try:
        context.transfer.import_file(example_file)
        service = context.workshops
        service.apply(
            AddItem(
                WORKSHOP,
                "problems",
                Problem(
                    "pr2",
                    "Olovlig andrahandsuthyrning i Norrbacka",
                    votes=3,
                    prioritised=True,
                    rank=2,
                ),
            )
        )
        service.apply(AddItem(WORKSHOP, "problems", Problem("pr3", "Nedskräpning", votes=1)))
        if filled:
            for number, (branch, text, parent, underlying) in enumerate(TWENTY_CAUSES):
                cause = Cause(
                    id=f"f{number}",
                    problem_id="pr1",
                    description=text,
                    parent_id=None if parent is None else f"f{parent}",
                    branch=branch,
                    directness=Directness.UNDERLYING if underlying else Directness.DIRECT,
                    certainty=[None, Certainty.LOW, Certainty.MEDIUM, Certainty.HIGH][number % 4],
                )
                service.apply(AddItem(WORKSHOP, "causes", cause))
    finally:
        context.close()


def causes_of(data_dir: Path, problem_id: str = "pr1") -> dict[str, Cause]:
    return {
        c.description: c
        for c in stored_workshop(data_dir, WORKSHOP).causes
        if c.problem_id == problem_id
    }


def choose(combo, text: str) -> None:  # type: ignore[no-untyped-def]
    """Pick an entry of a combo box with the arrow keys, as a keyboard user does."""
    combo.setFocus()
    if combo.currentText() != text:
        press(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentText() == text:
            return
        press(combo, Qt.Key.Key_Down)
    raise AssertionError(f"{text!r} not in the list")


def test_causes_on_branches_sub_causes_details_undo_and_reopen(
    qtbot, open_window, data_dir: Path, example_file: Path
) -> None:  # type: ignore[no-untyped-def]
    prepare_data_dir(data_dir, example_file)
    window, page = open_on_step(qtbot, open_window, data_dir, Step.CAUSES, CausesPage)
    assert isinstance(page, CausesPage)

    # Only the prioritised problems, by rank; no hint needed.
    listed = [page.problem_box.itemText(i) for i in range(page.problem_box.count())]
    assert listed == ["1. Narkotikahandel vid torget", "2. Olovlig andrahandsuthyrning i Norrbacka"]
    assert page.problem_id == "pr1" and page.hint.isHidden()
    assert set(page.fishbone.cause_rects()) == {"c1"}

    # A cause on the offender branch: choose the branch, type, Enter.
    choose(page.branch_box, page._branch_title(Branch.OFFENDER))
    type_text(page.capture, "Snabba pengar lockar unga")
    press(page.capture, Qt.Key.Key_Return)
    settle(window)
    stored = causes_of(data_dir)
    offender = stored["Snabba pengar lockar unga"]
    assert (offender.branch, offender.directness, offender.parent_id) == (
        Branch.OFFENDER,
        Directness.DIRECT,
        None,
    )
    assert page.tree.current_cause_id() == offender.id  # the new cause is selected

    # Ctrl+Enter: a sub-cause of the selected cause, underlying; again: a chain of whys.
    type_text(page.capture, "Svag förankring i skolan")
    press(page.capture, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    settle(window)
    type_text(page.capture, "Få fritidsaktiviteter")
    press(page.capture, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    settle(window)
    stored = causes_of(data_dir)
    school = stored["Svag förankring i skolan"]
    leisure = stored["Få fritidsaktiviteter"]
    assert (school.parent_id, school.branch, school.directness) == (
        offender.id,
        Branch.OFFENDER,
        Directness.UNDERLYING,
    )
    assert leisure.parent_id == school.id
    assert page.tree.cause_item(leisure.id).parent() is page.tree.cause_item(school.id)

    # A second top-level cause on the place branch, underlying, via the button.
    choose(page.branch_box, page._branch_title(Branch.PLACE))
    choose(page.kind_box, page._directness_title(Directness.UNDERLYING))
    type_text(page.capture, "Fastighetsägaren saknar rutiner")
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    settle(window)
    owner = causes_of(data_dir)["Fastighetsägaren saknar rutiner"]
    assert (owner.branch, owner.directness) == (Branch.PLACE, Directness.UNDERLYING)

    # Evidence and certainty of the selected cause (the school one).
    page.tree.select_node(("cause", school.id))
    type_text(page.evidence, "Elevhälsans iakttagelser")
    choose(page.certainty, page._certainty_title(Certainty.HIGH))
    settle(window)
    school = causes_of(data_dir)["Svag förankring i skolan"]
    assert (school.evidence, school.certainty) == ("Elevhälsans iakttagelser", Certainty.HIGH)
    assert page.tree.cause_item(school.id).text(2) == page._certainty_title(Certainty.HIGH)

    # Edit a cause's text in the tree (F2) and in the form.
    page.tree.select_node(("cause", owner.id))
    page.tree.setCurrentIndex(page.tree.currentIndex().siblingAtColumn(2))  # F2 anywhere
    page.tree.setFocus()
    press(page.tree, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    editor.selectAll()
    type_text(editor, "Fastighetsägaren saknar rutin för låsbyten")
    press(editor, Qt.Key.Key_Return)
    settle(window)
    assert "Fastighetsägaren saknar rutin för låsbyten" in causes_of(data_dir)
    assert page.fishbone.cause_lines(owner.id)  # redrawn with the new text
    page.description.selectAll()
    type_text(page.description, "Källardörrar står olåsta")
    settle(window)
    assert causes_of(data_dir)["Källardörrar står olåsta"].id == owner.id
    assert " ".join(page.fishbone.cause_lines(owner.id)) == "Källardörrar står olåsta"

    # Move the offender cause (with its sub-causes) to the victim branch: one undo step.
    page.tree.select_node(("cause", offender.id))
    choose(page.branch, page._branch_title(Branch.VICTIM))
    settle(window)
    moved = causes_of(data_dir)
    assert {
        moved[t].branch
        for t in ("Snabba pengar lockar unga", "Svag förankring i skolan", "Få fritidsaktiviteter")
    } == {Branch.VICTIM}
    window.undo_action.trigger()
    settle(window)
    back = causes_of(data_dir)
    assert {
        back[t].branch
        for t in ("Snabba pengar lockar unga", "Svag förankring i skolan", "Få fritidsaktiviteter")
    } == {Branch.OFFENDER}

    # Reorder among siblings on the place branch: the new cause before c1.
    page.tree.select_node(("cause", owner.id))
    page.tree.setFocus()
    press(page.tree, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    settle(window)
    place_order = [
        c.id
        for c in stored_workshop(data_dir, WORKSHOP).causes
        if c.branch == Branch.PLACE and c.problem_id == "pr1"
    ]
    assert place_order == [owner.id, "c1"]
    assert page.tree.current_cause_id() == owner.id

    # Delete the offender cause: its sub-causes go too; undo brings all three back.
    page.tree.select_node(("cause", offender.id))
    press(page.tree, Qt.Key.Key_Delete)
    settle(window)
    assert set(causes_of(data_dir)) == {"Dålig belysning och få vuxna", "Källardörrar står olåsta"}
    assert set(page.fishbone.cause_rects()) == {"c1", owner.id}
    window.undo_action.trigger()
    settle(window)
    assert len(causes_of(data_dir)) == 5
    assert len(page.fishbone.cause_rects()) == 5
    window.redo_action.trigger()
    settle(window)
    assert len(causes_of(data_dir)) == 2
    window.undo_action.trigger()
    settle(window)

    # The other problem has its own (empty) fishbone.
    choose(page.problem_box, "2. Olovlig andrahandsuthyrning i Norrbacka")
    assert page.problem_id == "pr2" and page.fishbone.cause_rects() == {}
    type_text(page.capture, "Kontrakt säljs svart")
    press(page.capture, Qt.Key.Key_Return)
    settle(window)
    assert list(causes_of(data_dir, "pr2")) == ["Kontrakt säljs svart"]
    assert "Sparat" in window.workshop_view.save_status.text()

    # Closed and opened again: all of it is stored, tree links included.
    close_window(window)
    final = causes_of(data_dir)
    assert final["Svag förankring i skolan"].parent_id == offender.id
    assert final["Få fritidsaktiviteter"].parent_id == school.id
    assert final["Svag förankring i skolan"].evidence == "Elevhälsans iakttagelser"
    assert final["Svag förankring i skolan"].certainty == Certainty.HIGH
    assert final["Snabba pengar lockar unga"].branch == Branch.OFFENDER
    assert final["Källardörrar står olåsta"].directness == Directness.UNDERLYING


def test_all_problems_with_a_hint_when_none_is_prioritised(
    qtbot, open_window, data_dir: Path, example_file: Path
) -> None:  # type: ignore[no-untyped-def]
    prepare_data_dir(data_dir, example_file)
    window, page = open_on_step(qtbot, open_window, data_dir, Step.CAUSES, CausesPage)
    for problem_id in ("pr1", "pr2"):
        window.session.update_item(
            "problems", (problem_id,), {"prioritised": False, "rank": None}, "test"
        )
    page.show_workshop(window.session.workshop)
    settle(window)
    assert page.problem_box.count() == 3 and page.hint.isVisibleTo(page)
    assert page.empty.isHidden() and page.work.isEnabled()

    # Without problems the page says where to make them and offers nothing to edit.
    for problem_id in ("pr1", "pr2", "pr3"):
        window.session.apply(DeleteItem(WORKSHOP, "problems", (problem_id,)), "test")
    settle(window)
    assert page.empty.isVisibleTo(page) and page.hint.isHidden()
    assert not page.work.isEnabled() and page.fishbone.cause_rects() == {}
    window.undo_action.trigger()
    settle(window)
    assert page.problem_box.count() == 1 and page.work.isEnabled()


def test_twenty_causes_drawn_without_overlap(
    qtbot, open_window, data_dir: Path, example_file: Path
) -> None:  # type: ignore[no-untyped-def]
    prepare_data_dir(data_dir, example_file, filled=True)
    window, page = open_on_step(qtbot, open_window, data_dir, Step.CAUSES, CausesPage)
    window.resize(1024, 768)
    QApplication.processEvents()
    rects = page.fishbone.cause_rects()
    assert len(rects) == 21
    for (a_id, a), (b_id, b) in itertools.combinations(rects.items(), 2):
        assert not a.intersects(b), (a_id, b_id)
    scene = page.fishbone.sceneRect()
    assert all(scene.contains(r) for r in rects.values())
    # The view fits its width: no part of the drawing is outside the widget.
    assert page.fishbone.mapFromScene(scene.topRight()).x() <= page.fishbone.viewport().width()
    assert page.fishbone.width() <= page.width()


@pytest.mark.parametrize(("width", "height"), [(1024, 768), (1920, 1080)])
def test_render_causes_page(
    qtbot, open_window, data_dir: Path, example_file: Path, width: int, height: int
) -> None:  # type: ignore[no-untyped-def]
    prepare_data_dir(data_dir, example_file, filled=True)
    window, page = open_on_step(qtbot, open_window, data_dir, Step.CAUSES, CausesPage)
    window.resize(width, height)
    page.tree.select_node(("cause", "f6"))
    for _ in range(5):  # the scroll area follows the diagram's height a few events later
        qtbot.wait(20)
    assert page.height() >= page.minimumSizeHint().height()  # nothing squeezed together
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert window.grab().save(str(SHOTS / f"causes-{width}x{height}.png"))
    assert page.grab().save(str(SHOTS / f"causes-page-{width}x{height}.png"))
    frame = window.workshop_view.stack.currentWidget()
    assert page.width() <= frame.scroll_area.viewport().width()  # nothing cut off to the right
    assert page.minimumSizeHint().width() <= frame.scroll_area.viewport().width()
