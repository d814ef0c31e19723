"""The projector never hides content silently: every slide type with 1, 8, 20 and 60 items.

At 1024×768 and 1920×1080 each card (or vote row) is on some page, whole; text is at least
24 px at 1024×768 (scaled with the window); nothing overlaps or leaves the window; the page
says "n/N" when there are several. Only a card taller than a whole page is cut, and then it
says how many lines it leaves out. Pictures go to build/screenshots/presentation/capacity/.
"""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QApplication

from tests.gui.room.projector.slide_workshops import workshop_with
from tests.paths import SCREENSHOTS
from workshop_app.domain.method_pack.loader import load_method_pack
from workshop_app.domain.presentation_content import FocusKind, FocusTarget, build_slide
from workshop_app.domain.steps import STEP_ORDER, Step
from workshop_app.gui.room.projector.presentation_window import PresentationWindow
from workshop_app.gui.room.projector.style import ELLIPSIS

SHOTS = SCREENSHOTS / "presentation" / "capacity"
SIZES = [(1024, 768), (1920, 1080)]
COUNTS = [1, 8, 20, 60]
FLOOR_PX = 24  # at 1024×768


@pytest.fixture(scope="module")
def pack():  # type: ignore[no-untyped-def]
    return load_method_pack()


@pytest.fixture
def window(qtbot):  # type: ignore[no-untyped-def]
    window = PresentationWindow()
    qtbot.addWidget(window)
    yield window
    window.close()


def shown(window: PresentationWindow, width: int, height: int) -> None:
    window.resize(width, height)
    window.show()
    QApplication.processEvents()
    window.resize(width, height)
    QApplication.processEvents()


def shoot(window: PresentationWindow, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(SHOTS / f"{name}.png"))


def check_header(window: PresentationWindow) -> None:
    header = window.header
    whole = " ".join(header.content.step.split())
    assert header.step_text() == whole, "the step's name is whole"
    overrun = header.overrun_rect()
    if overrun is not None:
        used = QFontMetricsF(header.step_font).horizontalAdvance(header.step_text())
        assert used <= overrun.left(), "over time never overlaps the step's name"


def check_card_page(
    window: PresentationWindow, floor: float, lines: dict[str, int] | None = None
) -> list[str]:
    """The cards on the page shown: inside, apart, whole (or cut only when alone too tall)."""
    board = window.cards.board
    area = QRectF(window.cards.rect())
    placed = board.cards
    assert placed, "every page has cards"
    for card in placed:
        assert area.contains(card.rect.adjusted(1, 1, -1, -1)), card.card.title
        for text, font, width in card.texts():
            assert font.pixelSize() >= floor, (text, font.pixelSize())
            assert QFontMetricsF(font).horizontalAdvance(text) <= width + 1, (text, width)
        cut = any(line.more for line in card.body) or any(
            text.endswith(ELLIPSIS) for text, _f, _w in card.texts()
        )
        if cut:  # only a card that no page can hold whole, alone in its row
            row = [p for p in placed if abs(p.rect.top() - card.rect.top()) < 1]
            assert len(row) <= board.columns and card.rect.bottom() >= area.bottom() - 200
            assert any(line.more for line in card.body), "a cut card says how much is left out"
    if lines is not None:  # the card's lines shown on this page (its rest goes on later)
        for card in placed:
            base = card.card.id.split("~")[0]
            lines[base] = lines.get(base, 0) + sum(b.bullet for b in card.body)
    rects = [card.rect for card in placed]
    for number, rect in enumerate(rects):
        assert not any(rect.intersects(other) for other in rects[number + 1 :])
    if board.page_count > 1:
        assert window.cards.page_text() == f"Sida {board.page + 1}/{board.page_count}"
        assert board.page_rect is not None
        assert all(not card.rect.intersects(board.page_rect) for card in placed)
    return [card.card.id for card in placed]


@pytest.mark.parametrize("count", COUNTS)
@pytest.mark.parametrize(("width", "height"), SIZES)
def test_every_card_is_on_a_page_whole(  # type: ignore[no-untyped-def]
    window, pack, count: int, width: int, height: int
) -> None:
    workshop = workshop_with(count)
    shown(window, width, height)
    window.set_timer("-12:34", True)  # over time: the longest header
    floor = FLOOR_PX * window.scale - 0.5
    for step in STEP_ORDER:
        slide = build_slide(workshop, pack, "sv", step)
        window.show_slide(slide)
        QApplication.processEvents()
        check_header(window)
        seen: list[str] = []
        lines: dict[str, int] = {}
        pages = window.cards.page_count
        for page in range(pages):
            assert window.cards.page == page
            seen += check_card_page(window, floor, lines)
            if page in (0, pages - 1) and count in (20, 60):
                shoot(window, f"{step.value}-{count}-{width}x{height}-page{page + 1}")
            window.turn_page(+1)
        # Every card, in order (a card too tall for a page goes on as "fortsättning") …
        assert [i for i in seen if "~" not in i] == [c.id for c in slide.cards], step
        # … with every one of its lines on some page.
        assert all(lines.get(c.id, 0) == len(c.lines) for c in slide.cards), step
        while window.turn_page(-1):
            pass


@pytest.mark.parametrize("count", COUNTS)
@pytest.mark.parametrize(("width", "height"), SIZES)
@pytest.mark.parametrize("kind", [FocusKind.VOTES_PROBLEMS, FocusKind.VOTES_MEASURES])
def test_every_vote_row_is_on_a_page_with_its_full_title(  # type: ignore[no-untyped-def]
    window, pack, kind: FocusKind, count: int, width: int, height: int
) -> None:
    workshop = workshop_with(count)
    shown(window, width, height)
    target = FocusTarget(kind, "p0" if kind == FocusKind.VOTES_MEASURES else None)
    slide = build_slide(workshop, pack, "sv", Step.PROBLEMS, focus=target)
    window.show_slide(slide)
    QApplication.processEvents()
    check_header(window)
    votes = window.votes
    layout = votes.result_layout
    assert layout is not None
    assert layout.bold.pixelSize() >= FLOOR_PX * window.scale - 0.5
    seen = []
    for page in range(votes.page_count):
        layout = votes.result_layout
        rows = layout.rows
        for placed in rows:
            assert "".join(placed.title_lines).replace(" ", "") == placed.row.title.replace(" ", "")
            assert placed.rect.bottom() <= votes.height() + 0.5
            for line in placed.title_lines:
                assert QFontMetricsF(layout.bold).horizontalAdvance(line) <= layout.title_width + 1
        for upper, lower in itertools.pairwise(rows):
            assert upper.rect.bottom() <= lower.rect.top() + 0.5
        seen += [placed.row.id for placed in rows]
        if page in (0, votes.page_count - 1) and count in (8, 60):
            shoot(window, f"{kind.value}-{count}-{width}x{height}-page{page + 1}")
        votes.turn_page(+1)
    assert seen == [row.id for row in slide.focus.rows]
    if votes.page_count > 1:
        assert votes.page_text().startswith("Sida ")


def test_a_new_card_turns_to_its_page(window, pack) -> None:  # type: ignore[no-untyped-def]
    workshop = workshop_with(60)
    shown(window, 1024, 768)
    window.show_slide(build_slide(workshop, pack, "sv", Step.PROBLEMS))
    QApplication.processEvents()
    assert window.cards.page_count > 2 and window.cards.page == 0
    newest = workshop.problems[-1].id
    window.show_slide(build_slide(workshop, pack, "sv", Step.PROBLEMS, newest_id=newest))
    QApplication.processEvents()
    board = window.cards.board
    assert board.page == board.page_count - 1
    assert newest in [card.card.id for card in board.cards]


@pytest.mark.parametrize("count", COUNTS)
@pytest.mark.parametrize(("width", "height"), SIZES)
def test_a_focused_problem_shows_every_cause_and_measure(  # type: ignore[no-untyped-def]
    window, pack, count: int, width: int, height: int
) -> None:
    workshop = workshop_with(count, causes_per_problem=count)
    shown(window, width, height)
    target = FocusTarget(FocusKind.PROBLEM, "p0")
    slide = build_slide(workshop, pack, "sv", Step.CAUSES, focus=target)
    window.show_slide(slide)
    QApplication.processEvents()
    check_header(window)
    view = window.problem_focus
    floor = FLOOR_PX * window.scale - 0.5
    items = {"causes": 0, "measures": 0}
    for page in range(view.page_count):
        parts = view.parts()
        assert not any(ELLIPSIS in line for line in parts["title_lines"])
        for key in items:
            fitted = parts[key]
            assert fitted.font.pixelSize() >= floor
            line_h = QFontMetricsF(fitted.font).lineSpacing()
            texts = [line for line in fitted.lines if line.text]
            assert parts["list_top"] + len(texts) * line_h <= view.height()
            for line in texts:
                assert not line.text.endswith(ELLIPSIS), line.text
            items[key] += sum(line.bullet for line in texts)
        if page in (0, view.page_count - 1) and count in (20, 60):
            shoot(window, f"focus-problem-{count}-{width}x{height}-page{page + 1}")
        view.turn_page(+1)
    assert items == {"causes": len(slide.focus.causes), "measures": len(slide.focus.measures)}
    if view.page_count > 1:
        assert view.page_text().startswith("Sida ")


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_a_card_taller_than_a_page_goes_on_on_the_next(  # type: ignore[no-untyped-def]
    window, pack, width: int, height: int
) -> None:
    workshop = workshop_with(60, causes_per_problem=60)  # all 60 causes on one problem
    shown(window, width, height)
    slide = build_slide(workshop, pack, "sv", Step.CAUSES)
    window.show_slide(slide)
    QApplication.processEvents()
    floor = FLOOR_PX * window.scale - 0.5
    lines: dict[str, int] = {}
    seen: list[str] = []
    for page in range(window.cards.page_count):
        seen += check_card_page(window, floor, lines)
        if page < 2:
            shoot(window, f"causes-one-problem-60-{width}x{height}-page{page + 1}")
        window.turn_page(+1)
    first = slide.cards[0]
    assert len(first.lines) == 60
    assert lines[first.id] == 60, "every cause of the problem is on some page"
    assert any("~" in card_id for card_id in seen)  # it went on as a continuation
