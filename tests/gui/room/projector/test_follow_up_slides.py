"""The follow-up meeting on the projector: review, reassessment and goals with 1, 8, 20, 60 items.

At 1024×768 and 1920×1080 every card is on some page, whole, at ≥ 24 px (at 1024×768), apart
from the others, with "Sida n/N" when there are pages (the checks of ``test_slide_capacity``).
The review keeps the Follow-up page's order (``follow_up.review_order``). Pictures go to
build/screenshots/presentation/capacity/.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QApplication

from tests.gui.room.projector.slide_workshops import MEETING, follow_up_workshop
from tests.gui.room.projector.test_slide_capacity import (
    COUNTS,
    FLOOR_PX,
    SIZES,
    check_card_page,
    check_header,
    shoot,
    shown,
)
from workshop_app.domain.follow_up import review_order
from workshop_app.domain.presentation_follow_up import FOLLOW_UP_PARTS, build_follow_up_slide
from workshop_app.gui.room.projector.presentation_window import PresentationWindow

TODAY = date(2026, 5, 4)


@pytest.fixture
def window(qtbot):  # type: ignore[no-untyped-def]
    window = PresentationWindow()
    qtbot.addWidget(window)
    yield window
    window.close()


@pytest.mark.parametrize("count", COUNTS)
@pytest.mark.parametrize(("width", "height"), SIZES)
def test_every_follow_up_card_is_on_a_page_whole(  # type: ignore[no-untyped-def]
    window, count: int, width: int, height: int
) -> None:
    workshop = follow_up_workshop(count)
    shown(window, width, height)
    window.set_timer("-12:34", True)  # over time: the longest header
    floor = FLOOR_PX * window.scale - 0.5
    for index, part in enumerate(FOLLOW_UP_PARTS):
        slide = build_follow_up_slide(workshop, MEETING.id, index, TODAY)
        assert slide.follow_up is not None and slide.follow_up.part == part
        assert len(slide.cards) == count
        window.show_slide(slide)
        QApplication.processEvents()
        check_header(window)
        assert window.header.content.step == f"Uppföljningsmöte 1 – {MEETING.date.isoformat()}"
        assert window.header.content.counter == f"{index + 1}/3"
        seen: list[str] = []
        lines: dict[str, int] = {}
        pages = window.cards.page_count
        for page in range(pages):
            assert window.cards.page == page
            seen += check_card_page(window, floor, lines)
            if page in (0, pages - 1) and count in (8, 60):
                shoot(window, f"follow-up-{part.value}-{count}-{width}x{height}-page{page + 1}")
            window.turn_page(+1)
        assert [i for i in seen if "~" not in i] == [c.id for c in slide.cards], part
        assert all(lines.get(c.id, 0) == len(c.lines) for c in slide.cards), part
        if count == 60:
            assert pages > 1
        while window.turn_page(-1):
            pass


def test_the_review_is_in_the_pages_order_with_overdue_steps_marked(window) -> None:  # type: ignore[no-untyped-def]
    workshop = follow_up_workshop(20)
    slide = build_follow_up_slide(workshop, MEETING.id, 0, TODAY)
    expected = review_order(workshop.next_steps, MEETING.date)
    assert [c.id for c in slide.cards] == [s.id for s in expected]
    shown(window, 1024, 768)
    window.show_slide(slide)
    QApplication.processEvents()
    first = window.cards.board.cards[0]
    facts = " ".join(first.fact_lines)
    assert facts.startswith("⚠ Försenad · Senast"), facts  # due before today, still open: first
    body = " ".join(b.text for b in first.body)
    assert "Vem: Organisation" in body and "samordnare" in body


def test_the_reassessment_shows_earlier_beside_new_with_the_change(window) -> None:  # type: ignore[no-untyped-def]
    workshop = follow_up_workshop(3)
    shown(window, 1024, 768)
    window.show_slide(build_follow_up_slide(workshop, MEETING.id, 1, TODAY))
    QApplication.processEvents()
    cards = {p.card.id: p for p in window.cards.board.cards}
    # ind0: earlier extent 1, now 0 → less; ind1: 2 → 1 less; ind2: 3 → 2 less …
    first = cards["ind0"]
    body = " ".join(b.text for b in first.body)
    assert "Tidigare: Observerad, 1 – Viss, Oförändrad" in body, body
    assert "Nu: Observerad, 0 – Ingen, Ökar, säkerhet: medelhög" in body, body
    assert "↓" in " ".join(first.fact_lines)


def test_goal_attainment_per_prioritised_problem(window) -> None:  # type: ignore[no-untyped-def]
    workshop = follow_up_workshop(3)
    shown(window, 1024, 768)
    slide = build_follow_up_slide(workshop, MEETING.id, 2, TODAY)
    assert [card.id for card in slide.cards] == ["p0", "p1", "p2"]  # by rank
    window.show_slide(slide)
    QApplication.processEvents()
    cards = {}
    for _page in range(window.cards.page_count):
        cards.update({p.card.id: p for p in window.cards.board.cards})
        window.turn_page(+1)
    judged = " ".join(cards["p0"].fact_lines)
    assert "Måluppfyllelse: Inte påbörjat" in judged, judged
    assert "inte bedömd" in " ".join(cards["p2"].fact_lines).lower()
    assert any("Gjort: Belysning" in b.text for b in cards["p0"].body)
