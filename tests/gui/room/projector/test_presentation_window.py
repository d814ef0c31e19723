"""The projector window follows the workshop: edits, steps, questions, blank, focus, votes."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt

from tests.gui.helpers import settle
from workshop_app.domain.model import Problem
from workshop_app.domain.slide_model import (
    FishboneFocus,
    FocusKind,
    FocusTarget,
    ProblemFocus,
    VoteResult,
)
from workshop_app.domain.step_timer import TimerReading
from workshop_app.domain.steps import Step
from workshop_app.gui.main_window import MainWindow
from workshop_app.gui.room.projector.presentation_controller import PresentationController
from workshop_app.services.changes import AddItem


def card_titles(presenter: PresentationController) -> list[str]:
    return [placed.card.title for placed in presenter.window.cards.placed_cards()]


def test_start_shows_a_window_and_esc_ends_presenting(qtbot, presenter) -> None:  # type: ignore[no-untyped-def]
    changes: list[bool] = []
    presenter.presenting_changed.connect(changes.append)
    presenter.start()
    assert presenter.is_presenting and presenter.window.isVisible()
    # One screen (offscreen platform): a movable window, not full screen.
    assert not presenter.window.isFullScreen()
    qtbot.keyClick(presenter.window, Qt.Key.Key_Escape)
    assert not presenter.is_presenting
    assert not presenter.window.isVisible()
    assert changes == [True, False]


def test_closing_the_window_ends_presenting(qtbot, presenter) -> None:  # type: ignore[no-untyped-def]
    presenter.start()
    presenter.window.close()
    assert not presenter.is_presenting
    presenter.start()  # and presenting can start again
    assert presenter.is_presenting and presenter.window.isVisible()


def test_nothing_is_built_while_not_presenting(
    qtbot, example_window: MainWindow, presenter: PresentationController
) -> None:
    session = example_window.session
    assert session is not None
    presenter.set_step(Step.PROBLEMS)
    first = session.workshop.problems[0]
    session.update_item("problems", (first.id,), {"title": "Medan projektorn är av"}, "Rename")
    assert "Medan projektorn är av" not in card_titles(presenter)
    presenter.start()  # the projector shows the workshop as it is now
    assert "Medan projektorn är av" in card_titles(presenter)
    assert not any(p.card.new for p in presenter.window.cards.placed_cards())
    settle(example_window)


def test_a_problem_added_through_the_session_appears_as_a_new_card(
    qtbot, example_window: MainWindow, presenter: PresentationController
) -> None:
    session = example_window.session
    assert session is not None
    presenter.set_step(Step.PROBLEMS)
    presenter.start()
    assert "Klotter i tvättstugan" not in card_titles(presenter)
    problem = Problem("p-new", "Klotter i tvättstugan")
    session.apply(AddItem(session.workshop_id, "problems", problem), "Add problem")
    qtbot.waitUntil(lambda: "Klotter i tvättstugan" in card_titles(presenter), timeout=10_000)
    placed = next(p for p in presenter.window.cards.placed_cards() if p.card.id == "p-new")
    assert placed.card.new
    assert [p.card.id for p in presenter.window.cards.placed_cards() if p.card.new] == ["p-new"]
    settle(example_window)


def test_a_field_edit_shows_at_once(
    qtbot, example_window: MainWindow, presenter: PresentationController
) -> None:
    session = example_window.session
    assert session is not None
    presenter.start()
    presenter.set_step(Step.PROBLEMS)
    first = session.workshop.problems[0]
    session.update_item("problems", (first.id,), {"title": "Ny rubrik"}, "Rename")
    assert "Ny rubrik" in card_titles(presenter)
    settle(example_window)


def test_the_projector_follows_the_laptop_step(
    qtbot, example_window: MainWindow, presenter: PresentationController
) -> None:
    view = example_window.workshop_view
    assert view is not None
    presenter.start()
    view.show_step(Step.MEASURES)
    assert presenter.step == Step.MEASURES
    assert presenter.window.slide is not None and presenter.window.slide.step == Step.MEASURES
    presenter.set_step(Step.PRECONDITIONS)
    assert presenter.window.slide.step == Step.PRECONDITIONS
    settle(example_window)


def test_questions_move_by_key_and_are_remembered_per_step(qtbot, presenter) -> None:  # type: ignore[no-untyped-def]
    seen: list[tuple[int, str]] = []
    presenter.question_changed.connect(lambda i, text: seen.append((i, text)))
    presenter.set_step(Step.CAUSES)
    presenter.start()
    qtbot.keyClick(presenter.window, Qt.Key.Key_Right)
    qtbot.keyClick(presenter.window, Qt.Key.Key_PageDown)
    assert presenter.question_index == 2
    slide = presenter.window.slide
    assert slide is not None and slide.question_number == 3
    assert seen[-1] == (2, slide.question)
    assert presenter.window.header.question_lines  # shown in the header
    qtbot.keyClick(presenter.window, Qt.Key.Key_Left)
    assert presenter.question_index == 1
    presenter.set_step(Step.PROBLEMS)
    assert presenter.question_index == 0
    presenter.set_step(Step.CAUSES)
    assert presenter.question_index == 1
    for _ in range(10):  # never past the last question
        presenter.next_question()
    assert presenter.window.slide.question_number == presenter.window.slide.question_count


def test_b_blanks_the_screen_and_b_brings_it_back(qtbot, presenter) -> None:  # type: ignore[no-untyped-def]
    presenter.start()
    qtbot.keyClick(presenter.window, Qt.Key.Key_B)
    assert presenter.is_blank
    assert presenter.window.is_blank
    qtbot.keyClick(presenter.window, Qt.Key.Key_B)
    assert not presenter.is_blank


def test_focus_shows_one_problem_then_its_fishbone(qtbot, presenter) -> None:  # type: ignore[no-untyped-def]
    presenter.start()
    problem = presenter._session.workshop.problems[0]
    presenter.set_focus(FocusTarget(FocusKind.PROBLEM, problem.id))
    assert presenter.window.body.currentWidget() is presenter.window.problem_focus
    focus = presenter.window.slide.focus
    assert isinstance(focus, ProblemFocus) and focus.title == problem.title
    presenter.set_focus(FocusTarget(FocusKind.FISHBONE, problem.id))
    assert presenter.window.body.currentWidget() is presenter.window.fishbone
    assert isinstance(presenter.window.slide.focus, FishboneFocus)
    pages = presenter.window.fishbone.pages.pages  # every cause on one of its pages
    on_pages = sorted(placed.cause_id for page in pages for placed in page.causes)
    assert on_pages == sorted(c.id for c in presenter.window.slide.focus.causes)
    assert on_pages
    presenter.set_focus(None)
    assert presenter.window.body.currentWidget() is presenter.window.cards


def test_a_step_change_ends_the_focus(qtbot, presenter) -> None:  # type: ignore[no-untyped-def]
    presenter.start()
    presenter.set_step(Step.CAUSES)
    presenter.set_focus(FocusTarget(FocusKind.FISHBONE))
    presenter.set_step(Step.MEASURES)
    assert presenter.focus is None
    assert presenter.window.body.currentWidget() is presenter.window.cards


def test_vote_result_is_sorted_most_votes_first(
    qtbot, example_window: MainWindow, presenter: PresentationController
) -> None:
    presenter.start()
    presenter.show_vote_result("problems")
    result = presenter.window.slide.focus
    assert isinstance(result, VoteResult)
    votes = [row.votes for row in result.rows]
    assert votes == sorted(votes, reverse=True)
    shown = presenter.window.votes.result_layout
    assert shown is not None
    assert [p.row.id for p in shown.rows] == [row.id for row in result.rows][: len(shown.rows)]
    # A count entered on the laptop moves the item up at once.
    session = example_window.session
    assert session is not None
    last = result.rows[-1]
    session.update_item("problems", (last.id,), {"votes": votes[0] + 5}, "Votes")
    result = presenter.window.slide.focus
    assert isinstance(result, VoteResult) and result.rows[0].id == last.id
    settle(example_window)


def test_the_timer_shows_time_left_and_overrun(qtbot, presenter) -> None:  # type: ignore[no-untyped-def]
    presenter.start()
    header = presenter.window.header
    reading = TimerReading(Step.CAUSES, planned_seconds=600, elapsed_seconds=90, running=True)
    presenter.set_timer_reading(reading)
    assert header._content.timer == "08:30" and not header._content.overrun
    presenter.set_timer_reading(dataclasses.replace(reading, elapsed_seconds=700))
    # As on the laptop: the time over the plan with a plus, beside "över tid".
    assert header._content.timer == "+01:40" and header._content.overrun
    presenter.set_timer_reading(None)
    assert header._content.timer == ""
