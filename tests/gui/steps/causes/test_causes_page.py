"""The Probable causes page driven by keyboard and mouse; everything checked in the database."""

from __future__ import annotations

import dataclasses
import itertools
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import close_window
from tests.gui.helpers import settle, stored_workshop
from tests.gui.keyboard import press, type_text
from tests.gui.steps.problems.test_problems_page import (
    SHOTS,
    WORKSHOP,
    fits_its_frame,
    open_on_step,
)
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


# The page's user story in four parts, each from its own stored state, so that the first
# failure does not hide the rest: capture, details, branch and order, delete and reopen.

OFFENDER = Cause("k-off", "pr1", "Snabba pengar lockar unga", branch=Branch.OFFENDER)
SCHOOL = Cause(
    "k-school", "pr1", "Svag förankring i skolan", parent_id="k-off", branch=Branch.OFFENDER,
    directness=Directness.UNDERLYING,
)  # fmt: skip
LEISURE = Cause(
    "k-leisure", "pr1", "Få fritidsaktiviteter", parent_id="k-school", branch=Branch.OFFENDER,
    directness=Directness.UNDERLYING,
)  # fmt: skip
OWNER = Cause(
    "k-owner", "pr1", "Fastighetsägaren saknar rutiner", branch=Branch.PLACE,
    directness=Directness.UNDERLYING,
)  # fmt: skip
CHAIN = (OFFENDER, SCHOOL, LEISURE)


def with_causes(data_dir: Path, example_file: Path) -> None:
    """The test workshop with a chain of whys on the offender branch and a place cause."""
    prepare_data_dir(data_dir, example_file)
    context = open_app_context(data_dir)
    try:
        for cause in (*CHAIN, OWNER):
            context.workshops.apply(AddItem(WORKSHOP, "causes", cause))
    finally:
        context.close()


def test_causes_captured_on_branches_with_chains_of_whys(
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
    choose(page.branch_box, page.labels.branch(Branch.OFFENDER))
    type_text(page.capture, "Snabba pengar lockar unga")
    press(page.capture, Qt.Key.Key_Return)
    settle(window)
    offender = causes_of(data_dir)["Snabba pengar lockar unga"]
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
    choose(page.branch_box, page.labels.branch(Branch.PLACE))
    choose(page.kind_box, page.labels.directness(Directness.UNDERLYING))
    type_text(page.capture, "Fastighetsägaren saknar rutiner")
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    settle(window)
    close_window(window)
    owner = causes_of(data_dir)["Fastighetsägaren saknar rutiner"]
    assert (owner.branch, owner.directness) == (Branch.PLACE, Directness.UNDERLYING)


def test_a_causes_details_and_its_text_in_the_tree_and_the_form(
    qtbot, open_window, data_dir: Path, example_file: Path
) -> None:  # type: ignore[no-untyped-def]
    with_causes(data_dir, example_file)
    window, page = open_on_step(qtbot, open_window, data_dir, Step.CAUSES, CausesPage)

    # Evidence and certainty of the selected cause.
    page.tree.select_node(("cause", SCHOOL.id))
    type_text(page.evidence, "Elevhälsans iakttagelser")
    choose(page.certainty, page.labels.certainty(Certainty.HIGH))
    settle(window)
    school = causes_of(data_dir)[SCHOOL.description]
    assert (school.evidence, school.certainty) == ("Elevhälsans iakttagelser", Certainty.HIGH)
    assert page.tree.cause_item(SCHOOL.id).text(2) == page.labels.certainty(Certainty.HIGH)

    # Edit a cause's text in the tree (F2) and in the form.
    page.tree.select_node(("cause", OWNER.id))
    page.tree.setCurrentIndex(page.tree.currentIndex().siblingAtColumn(2))  # F2 anywhere
    page.tree.setFocus()
    press(page.tree, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    editor.selectAll()
    type_text(editor, "Fastighetsägaren saknar rutin för låsbyten")
    press(editor, Qt.Key.Key_Return)
    settle(window)
    assert "Fastighetsägaren saknar rutin för låsbyten" in causes_of(data_dir)
    assert page.fishbone.cause_lines(OWNER.id)  # redrawn with the new text
    page.description.selectAll()
    type_text(page.description, "Källardörrar står olåsta")
    settle(window)
    assert " ".join(page.fishbone.cause_lines(OWNER.id)) == "Källardörrar står olåsta"
    close_window(window)
    final = causes_of(data_dir)
    assert final["Källardörrar står olåsta"] == dataclasses.replace(
        OWNER, description="Källardörrar står olåsta"
    )
    assert final[SCHOOL.description] == dataclasses.replace(
        SCHOOL, evidence="Elevhälsans iakttagelser", certainty=Certainty.HIGH
    )


def test_a_chain_moves_branch_as_one_undo_step_and_causes_reorder(
    qtbot, open_window, data_dir: Path, example_file: Path
) -> None:  # type: ignore[no-untyped-def]
    with_causes(data_dir, example_file)
    window, page = open_on_step(qtbot, open_window, data_dir, Step.CAUSES, CausesPage)
    chain = {c.description for c in CHAIN}

    # Move the offender cause (with its sub-causes) to the victim branch: one undo step.
    page.tree.select_node(("cause", OFFENDER.id))
    choose(page.branch, page.labels.branch(Branch.VICTIM))
    settle(window)
    assert {causes_of(data_dir)[t].branch for t in chain} == {Branch.VICTIM}
    window.undo_action.trigger()
    settle(window)
    assert {causes_of(data_dir)[t].branch for t in chain} == {Branch.OFFENDER}

    # Reorder among siblings on the place branch: the owner cause before c1.
    page.tree.select_node(("cause", OWNER.id))
    page.tree.setFocus()
    press(page.tree, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    settle(window)
    assert page.tree.current_cause_id() == OWNER.id
    close_window(window)
    place_order = [
        c.id
        for c in stored_workshop(data_dir, WORKSHOP).causes
        if c.branch == Branch.PLACE and c.problem_id == "pr1"
    ]
    assert place_order == [OWNER.id, "c1"]


def test_a_cause_deleted_with_its_sub_causes_comes_back_with_undo_then_reopen(
    qtbot, open_window, data_dir: Path, example_file: Path
) -> None:  # type: ignore[no-untyped-def]
    with_causes(data_dir, example_file)
    window, page = open_on_step(qtbot, open_window, data_dir, Step.CAUSES, CausesPage)
    page.tree.select_node(("cause", OFFENDER.id))
    page.tree.setFocus()
    press(page.tree, Qt.Key.Key_Delete)
    settle(window)
    assert set(causes_of(data_dir)) == {"Dålig belysning och få vuxna", OWNER.description}
    assert set(page.fishbone.cause_rects()) == {"c1", OWNER.id}
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

    # Closed and opened again: the chain is back whole, tree links included.
    close_window(window)
    final = causes_of(data_dir)
    for cause in (*CHAIN, OWNER):
        assert final[cause.description] == cause


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
    frame = window.workshop_view.stack.currentWidget()
    # The scroll area follows the diagram's height a few events later.
    qtbot.waitUntil(lambda: fits_its_frame(page, frame), timeout=5_000)
    assert page.height() >= page.minimumSizeHint().height()  # nothing squeezed together
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert window.grab().save(str(SHOTS / f"causes-{width}x{height}.png"))
    assert page.grab().save(str(SHOTS / f"causes-page-{width}x{height}.png"))
    assert page.width() <= frame.scroll_area.viewport().width()  # nothing cut off to the right
    assert page.minimumSizeHint().width() <= frame.scroll_area.viewport().width()
