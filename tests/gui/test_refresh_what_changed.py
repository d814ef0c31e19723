"""A change refreshes only what can show it: the page on screen, and its content only when the
change touched something the content shows; a hidden page is shown fresh when its step is
chosen, so nothing stale ever reaches the screen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from tests.gui.conftest import close_window
from tests.gui.helpers import settle
from tests.gui.steps.measures.test_measures_page import EXAMPLE_ID
from workshop_app.domain.ids import new_id
from workshop_app.domain.model import Note, Problem
from workshop_app.domain.steps import STEP_ORDER, Step
from workshop_app.gui.steps.step_content import content_affected
from workshop_app.services.changes import AddItem


def test_which_changes_leave_a_page_content_alone() -> None:
    assert not content_affected(frozenset({"notes"}))
    assert not content_affected(frozenset({"header.current_step", "step_plan"}))
    assert content_affected(frozenset({"notes", "problems"}))
    assert content_affected(frozenset({"header.title"}))
    assert content_affected(None)  # a cascading delete or a reload: anything may differ


def _counting(page):  # type: ignore[no-untyped-def]
    """Count the calls of ``page.show_workshop`` (the page's own method still runs)."""
    calls: list[object] = []
    original = page.show_workshop

    def counted(workshop):  # type: ignore[no-untyped-def]
        calls.append(workshop)
        original(workshop)

    page.show_workshop = counted
    return calls


def test_a_parked_note_leaves_the_page_alone_and_a_hidden_page_catches_up_when_shown(  # type: ignore[no-untyped-def]
    qtbot, open_window, data_dir: Path, example_file: Path
) -> None:
    window = open_window(data_dir)
    window.transfers.import_path(example_file)
    qtbot.waitUntil(lambda: window.start_view.model.rowCount() == 1, timeout=10_000)
    window.open_workshop(EXAMPLE_ID)
    qtbot.waitUntil(lambda: window.workshop_view is not None, timeout=10_000)
    view = window.workshop_view
    view.show_step(Step.PROBLEMS)
    with qtbot.waitSignal(view.pages_built, timeout=30_000):
        window.debouncer.flush()
    assert view.built_steps == set(STEP_ORDER)
    session = window.session
    problems = view.page(Step.PROBLEMS).content
    causes = view.page(Step.CAUSES).content
    on_problems, on_causes = _counting(problems), _counting(causes)

    # A parked note: the frame's parking lot shows it, the problems table is not rebuilt.
    note = Note(id=new_id(), step=Step.PROBLEMS, text="Fråga socialtjänsten om statistik")
    session.apply(AddItem(session.workshop_id, "notes", note), "Parkera")
    settle(window)
    assert session.last_touched == frozenset({"notes"})
    assert on_problems == [] and on_causes == []
    assert "Fråga socialtjänsten" in _texts(view.page(Step.PROBLEMS).notes)

    # A new problem: the page on screen shows it at once; the hidden Causes page is left
    # until its step is chosen, and then shows the new snapshot, not an old one.
    problem = Problem(id=new_id(), title="Otrygghet vid busstorget", prioritised=True, rank=1)
    session.apply(AddItem(session.workshop_id, "problems", problem), "Lägg till problem")
    settle(window)
    assert len(on_problems) == 1 and on_causes == []
    assert problems.model.row_of(problem.id) is not None
    view.show_step(Step.CAUSES)
    QApplication.processEvents()
    assert on_causes and any(p.id == problem.id for p in on_causes[-1].problems)
    titles = [causes.problem_box.itemText(i) for i in range(causes.problem_box.count())]
    assert any("Otrygghet vid busstorget" in t for t in titles)
    close_window(window)


def _texts(panel) -> str:  # type: ignore[no-untyped-def]
    model = panel.editor.model
    return " ".join(str(model.index(row, 0).data()) for row in range(model.rowCount()))
