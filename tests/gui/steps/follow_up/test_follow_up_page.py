"""The Follow-up page: a follow-up meeting run by keyboard, from the review to the new steps."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QPushButton

from tests.gui.conftest import close_window
from tests.gui.helpers import settle, stored_workshop
from tests.gui.keyboard import press, type_text
from tests.paths import SCREENSHOTS
from workshop_app.domain import clock
from workshop_app.domain.enums import (
    Affected,
    Attainment,
    Evidence,
    Implementation,
    IndicatorStatus,
    NextStepStatus,
    Severity,
)
from workshop_app.domain.steps import Step
from workshop_app.gui.steps.follow_up.follow_up_page import FollowUpPage

SHOTS = SCREENSHOTS
EXAMPLE_ID = "exempel-1"


def open_follow_up(qtbot, open_window, data_dir: Path, example_file: Path):  # type: ignore[no-untyped-def]
    window = open_window(data_dir)
    window.transfers.import_path(example_file)
    qtbot.waitUntil(lambda: window.start_view.model.rowCount() == 1, timeout=10_000)
    window.open_workshop(EXAMPLE_ID)
    qtbot.waitUntil(lambda: window.workshop_view is not None, timeout=10_000)
    # Förberedelse's button, by keyboard.
    view = window.workshop_view
    view.show_step(Step.PREPARATION)
    entry = view.page(Step.PREPARATION).content.follow_up
    entry.button.setFocus()
    press(entry.button, Qt.Key.Key_Space)
    qtbot.waitUntil(
        lambda: isinstance(window.workshop_view.stack.currentWidget(), FollowUpPage),
        timeout=5000,
    )
    return window, window.workshop_view.stack.currentWidget()


def choose_next(combo: QComboBox) -> None:
    combo.setFocus()
    press(combo, Qt.Key.Key_Down)


def test_a_follow_up_meeting_by_keyboard_is_kept_with_its_meeting(
    qtbot, open_window, data_dir: Path, example_file: Path
) -> None:  # type: ignore[no-untyped-def]
    window, page = open_follow_up(qtbot, open_window, data_dir, example_file)
    assert page.hint.isVisibleTo(page) and not page.body.isVisibleTo(page)
    page.start.setFocus()
    press(page.start, Qt.Key.Key_Space)
    settle(window)
    stored = stored_workshop(data_dir, EXAMPLE_ID)
    assert [m.date for m in stored.follow_up_meetings] == [clock.now().date()]
    meeting_id = stored.follow_up_meetings[0].id
    assert page.body.isVisibleTo(page)

    # Review: the example's one step, planned → in progress, with a comment.
    row = page._review[0]
    choose_next(row.status)
    settle(window)
    type_text(row.comment, "Offert begärd")
    press(row.comment, Qt.Key.Key_Tab)
    settle(window)
    # Reassess the first observed indicator.
    reassess = page._reassess[0]
    choose_next(reassess.status)
    settle(window)
    # Goal attainment and the three kinds of follow-up.
    goal = page._goals[0]
    choose_next(goal.attainment)
    settle(window)
    type_text(goal.production, "Två trygghetsvandringar")
    press(goal.production, Qt.Key.Key_Tab)
    settle(window)
    # A new next step, with Return.
    type_text(page.new_title, "Ny trygghetsvandring i juni")
    press(page.new_title, Qt.Key.Key_Return)
    settle(window)

    stored = stored_workshop(data_dir, EXAMPLE_ID)
    update = stored.next_step_updates[0]
    assert (update.meeting_id, update.status, update.comment) == (
        meeting_id,
        NextStepStatus.IN_PROGRESS,
        "Offert begärd",
    )
    assert stored.next_steps[0].status is NextStepStatus.IN_PROGRESS
    current = next(
        a for a in stored.indicator_assessments if a.indicator_id == reassess.indicator_id
    )
    assert (current.status, current.meeting_id) == (IndicatorStatus.OBSERVED, meeting_id)
    assert [e.meeting_id for e in stored.earlier_assessments] == [None]  # the baseline kept
    attained = stored.goal_attainments[0]
    assert attained.attainment is Attainment.ON_THE_WAY
    assert attained.production == "Två trygghetsvandringar"
    added = stored.next_steps[-1]
    assert (added.title, added.meeting_id) == ("Ny trygghetsvandring i juni", meeting_id)
    # The new step joins the review.
    assert any(r.step_id == added.id for r in page._review)

    # The next follow-up date, by keyboard.
    page.next_date.edit.setFocus()
    page.next_date.edit.selectAll()
    type_text(page.next_date.edit, "2027-03-11")  # stored as typed, year included
    press(page.next_date.edit, Qt.Key.Key_Tab)
    settle(window)
    assert stored_workshop(data_dir, EXAMPLE_ID).follow_up_date == date(2027, 3, 11)

    view = window.workshop_view
    view.show_step(Step.PREPARATION)  # Förberedelse says when the follow-up is due
    entry = view.page(Step.PREPARATION).content.follow_up
    assert "2027-03-11" in entry.due.text()
    # The Indicators page shows the change since the previous meeting, the earlier on hover.
    view.show_step(Step.INDICATORS)
    assert view.stack.currentWidget() is not page
    board = view.page(Step.INDICATORS).content.board_model
    status = board.index_of(reassess.indicator_id, 1)
    assert status.data().split()[-1] in ("↑", "↓", "=", "?", "⚠")
    assert "=" in status.data()  # observed, extent kept: the same as at the workshop
    assert "Tidigare: Observerad" in status.data(Qt.ItemDataRole.ToolTipRole)
    # Back to the meeting by the shortcut.
    press(
        view.stack.currentWidget(),
        Qt.Key.Key_U,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert view.stack.currentWidget() is page

    # Undo takes back the last act only.
    window.session.undo_stack.undo()
    settle(window)
    assert stored_workshop(data_dir, EXAMPLE_ID).follow_up_date is None

    SHOTS.mkdir(parents=True, exist_ok=True)
    for width, height in ((1024, 768), (1920, 1080)):
        window.resize(width, height)
        QApplication.processEvents()
        assert page.width() <= window.workshop_view.stack.width()
        assert window.grab().save(str(SHOTS / f"follow-up-{width}x{height}.png"))
    close_window(window)


def test_the_start_view_shows_when_the_next_follow_up_is_due(
    qtbot, open_window, data_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    window = open_window(data_dir)
    window.transfers.example_action.trigger()
    qtbot.waitUntil(lambda: window.workshop_view is not None, timeout=10_000)
    due = window.session.workshop.follow_up_date
    assert due is not None
    window.close_workshop()
    qtbot.waitUntil(lambda: window.start_view.model.rowCount() == 1, timeout=10_000)
    line = window.start_view.follow_ups
    assert line.isVisibleTo(window.start_view)
    assert line.text().startswith("Nästa uppföljning: Exempel: Solbacken")
    assert due.isoformat() in line.text()
    SHOTS.mkdir(parents=True, exist_ok=True)
    for width, height in ((1024, 768), (1920, 1080)):
        window.resize(width, height)
        QApplication.processEvents()
        assert window.grab().save(str(SHOTS / f"start-view-follow-up-{width}x{height}.png"))
    close_window(window)


def test_goal_consequences_and_expected_effect_by_keyboard(
    qtbot, open_window, data_dir: Path, example_file: Path
) -> None:  # type: ignore[no-untyped-def]
    window, page = open_follow_up(qtbot, open_window, data_dir, example_file)
    press(page.start, Qt.Key.Key_Space)
    settle(window)
    goal_box = page._goals[0]
    dialog = page.edit_goal(goal_box.problem_id)
    type_text(dialog.goal, "Inga fler tillhåll vid torget")
    press(dialog.goal, Qt.Key.Key_Tab)
    dialog.goal_date.edit.setFocus()
    type_text(dialog.goal_date.edit, "2027-12-20")
    press(dialog.goal_date.edit, Qt.Key.Key_Tab)
    first = dialog.indicators.item(0)
    first.setCheckState(Qt.CheckState.Checked)
    dialog.findChild(QPushButton, "addConsequence").click()
    settle(window)
    key = next(iter(dialog._consequence_rows))
    affected, severity, text = dialog._consequence_rows[key]
    affected.setFocus()
    press(affected, Qt.Key.Key_Up)  # from "Andra" to "Kommunen"
    choose_next(severity)
    type_text(text, "Boende undviker torget")
    press(text, Qt.Key.Key_Tab)
    measure_id, (effect, evidence, implementation) = next(iter(dialog._measure_rows.items()))
    type_text(effect, "Bättre insyn")
    press(effect, Qt.Key.Key_Tab)
    choose_next(evidence)
    choose_next(implementation)
    settle(window)

    stored = stored_workshop(data_dir, EXAMPLE_ID)
    problem = next(p for p in stored.problems if p.id == goal_box.problem_id)
    assert problem.goal == "Inga fler tillhåll vid torget"
    assert problem.goal_date == date(2027, 12, 20)
    assert problem.goal_indicator_ids == (first.data(Qt.ItemDataRole.UserRole),)
    consequence = stored.consequences[0]
    assert (consequence.problem_id, consequence.description) == (
        problem.id,
        "Boende undviker torget",
    )
    assert consequence.affected is Affected.MUNICIPALITY and consequence.severity is Severity.LOW
    measure = next(m for m in stored.measures if m.id == measure_id)
    assert measure.expected_effect == "Bättre insyn"
    assert (measure.evidence, measure.implementation) == (
        Evidence.EVALUATED,
        Implementation.NOT_STARTED,
    )
    # The follow-up page shows the goal it will be judged by.
    assert "Inga fler tillhåll vid torget" in goal_box.goal.text()
    dialog.resize(1024, 700)
    QApplication.processEvents()
    assert dialog.grab().save(str(SHOTS / "goal-dialog-1024.png"))
    dialog.close()
    close_window(window)
