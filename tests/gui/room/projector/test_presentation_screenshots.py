"""Renders the projector window at projector sizes for people to look at, and checks the text.

The pictures go to ``build/screenshots/presentation/``. What a picture cannot show is checked
here: every line on a card fits its width (cut text ends in "…" on purpose), the cards stay
inside the window and never overlap, and no card text is smaller than the readability floor.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QApplication

from tests.paths import SCREENSHOTS
from workshop_app.domain.presentation_content import FocusKind, FocusTarget
from workshop_app.domain.step_timer import TimerReading
from workshop_app.domain.steps import STEP_ORDER, Step
from workshop_app.gui.room.projector.presentation_controller import PresentationController
from workshop_app.gui.room.projector.style import MIN_TEXT_PX

SHOTS = SCREENSHOTS / "presentation"
SIZES = [(1024, 768), (1920, 1080)]


def check_cards(presenter: PresentationController) -> None:
    window = presenter.window
    board = window.cards.board
    area = window.cards.rect()
    floor = MIN_TEXT_PX * window.scale - 0.5
    rects = [placed.rect for placed in board.cards]
    for placed in board.cards:
        assert area.contains(placed.rect.toAlignedRect()), placed.card.title
        used = 0.0
        for text, font, width in placed.texts():
            assert font.pixelSize() >= floor, (text, font.pixelSize())
            assert QFontMetricsF(font).horizontalAdvance(text) <= width + 1, (text, width)
            used += QFontMetricsF(font).lineSpacing()
        assert used <= placed.rect.height(), placed.card.title
    for number, rect in enumerate(rects):
        assert not any(rect.intersects(other) for other in rects[number + 1 :])
    # The step line of the header fits too.
    header = window.header
    assert QFontMetricsF(header.step_font).horizontalAdvance(header.step_text()) <= (
        header.step_rect().width() + 1
    )


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_render_presentation(
    qtbot, presenter: PresentationController, width: int, height: int
) -> None:  # type: ignore[no-untyped-def]
    SHOTS.mkdir(parents=True, exist_ok=True)
    presenter.start()
    window = presenter.window
    window.resize(width, height)
    presenter.set_timer_reading(
        TimerReading(Step.PROBLEMS, planned_seconds=30 * 60, elapsed_seconds=754, running=True)
    )

    def shoot(name: str) -> None:
        QApplication.processEvents()
        assert window.grab().save(str(SHOTS / f"{name}-{width}x{height}.png"))

    for number, step in enumerate(STEP_ORDER):
        presenter.set_step(step)
        presenter.next_question()
        shoot(f"step{number}-{step.value}")
        check_cards(presenter)
        if step == Step.PROBLEMS and width == 1024:  # the README picture (make readme-images)
            (SHOTS.parent / "readme").mkdir(parents=True, exist_ok=True)
            assert window.grab().save(str(SHOTS.parent / "readme" / "projector.png"))

    presenter.set_step(Step.CAUSES)
    first = presenter.slide.cards[0].id if presenter.slide else None
    presenter.set_focus(FocusTarget(FocusKind.PROBLEM, first))
    shoot("focus-problem")
    presenter.set_focus(FocusTarget(FocusKind.FISHBONE, first))
    _layout, text, _bold, _line, scale = window.fishbone.drawing
    # Nine causes on one problem: the type may go below the cards' floor, never below 14 px.
    assert text.pixelSize() * scale >= 14
    shoot("focus-fishbone")
    presenter.set_timer_reading(
        TimerReading(Step.CAUSES, planned_seconds=45 * 60, elapsed_seconds=47 * 60, running=True)
    )
    presenter.show_vote_result("problems")
    shoot("votes-problems")
    presenter.show_vote_result("measures")
    shoot("votes-measures")
    votes = window.votes.result_layout
    assert votes is not None
    for placed in votes.rows:
        for line in placed.title_lines:
            assert QFontMetricsF(votes.bold).horizontalAdvance(line) <= votes.title_width + 1
    presenter.toggle_blank()
    shoot("blank")
