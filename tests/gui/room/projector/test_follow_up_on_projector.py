"""The Follow-up page is shown on the projector too: its three slides, turned from the laptop,
the new next step on screen, and the top bar saying what the room sees."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.helpers import settle
from workshop_app.domain.follow_up import latest_meeting, meetings_in_order, review_order
from workshop_app.domain.presentation_follow_up import FollowUpPart
from workshop_app.domain.steps import Step


def test_the_follow_up_meeting_is_on_the_projector(qtbot, example_window) -> None:  # type: ignore[no-untyped-def]
    window = example_window
    view = window.workshop_view
    window.facilitation.present_action.trigger()
    presenter = window.facilitation.presenter
    assert presenter.is_presenting and presenter.slide.follow_up is None
    page = view.show_follow_up()
    workshop = window.session.workshop
    meeting = latest_meeting(workshop)
    assert meeting is not None, "the example has held a follow-up meeting"
    assert presenter.follow_up == meeting.id
    slide = presenter.slide
    assert slide.follow_up is not None and slide.follow_up.part == FollowUpPart.REVIEW
    # The page's order, from the one definition in domain/.
    expected = review_order(workshop.next_steps, meeting.date)
    assert [card.id for card in slide.cards] == [step.id for step in expected]
    assert presenter.window.cards.isVisible()
    state = window.facilitation.projector_state
    assert state.full_text().startswith("Projektorn: uppföljning, handlingsplanen")

    # Ctrl+. / Ctrl+, turn the meeting's slides, like guiding questions.
    window.facilitation.next_question_action.trigger()
    assert presenter.slide.follow_up.part == FollowUpPart.REASSESSMENT
    assert state.full_text().startswith("Projektorn: uppföljning, indikatorerna")
    assert presenter.slide.cards, "the observed indicators are reassessed"
    window.facilitation.next_question_action.trigger()
    assert presenter.slide.follow_up.part == FollowUpPart.GOALS
    assert state.full_text().startswith("Projektorn: uppföljning, målen")
    assert [c.id for c in presenter.slide.cards] == [
        p.id for p in sorted(
            (p for p in workshop.problems if p.prioritised),
            key=lambda p: (p.rank is None, p.rank or 0),
        )
    ]  # fmt: skip
    window.facilitation.next_question_action.trigger()  # the last slide stays
    assert presenter.slide.follow_up.part == FollowUpPart.GOALS
    window.facilitation.previous_question_action.trigger()
    window.facilitation.previous_question_action.trigger()
    assert presenter.slide.follow_up.part == FollowUpPart.REVIEW

    # A next step added at the meeting is on the projector at once, marked new (typed in
    # ASCII: QTest types no other characters).
    page.new_title.setFocus()
    qtbot.keyClicks(page.new_title, "Ny aktivitet: laga belysningen i tunneln")
    qtbot.keyClick(page.new_title, Qt.Key.Key_Return)
    settle(window)
    added = next(
        s for s in window.session.workshop.next_steps if s.title.startswith("Ny aktivitet")
    )
    # On a busy machine the presenter gathers refreshes for a moment (COALESCE_MS).
    qtbot.waitUntil(lambda: added.id in [card.id for card in presenter.slide.cards], timeout=5_000)
    new = [card for card in presenter.slide.cards if card.new]
    assert [card.id for card in new] == [added.id]
    assert added.id in [p.card.id for p in presenter.window.cards.board.cards]

    # A new meeting started on the page: the projector follows, from its review.
    window.facilitation.next_question_action.trigger()
    page.start.click()
    settle(window)
    ordered = meetings_in_order(window.session.workshop)
    started = next(m for m in ordered if m.id != meeting.id)
    assert presenter.follow_up == started.id
    assert presenter.slide.follow_up.part == FollowUpPart.REVIEW
    assert presenter.slide.follow_up.meeting_number == ordered.index(started) + 1
    assert presenter.slide.follow_up.meeting_date == started.date.isoformat()

    # A step's page again: the projector shows the step.
    view.show_step(Step.PROBLEMS)
    assert presenter.follow_up is None
    assert presenter.slide.follow_up is None and presenter.slide.step == Step.PROBLEMS
    assert not state.full_text().startswith("Projektorn: uppföljning")
