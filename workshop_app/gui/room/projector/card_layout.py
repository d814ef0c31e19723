"""Where the cards of a slide go: type size and columns chosen so they fit, else pages.

The largest type that lets every card fit whole wins; when not even the smallest type (the
readability floor, 24 px at 1024×768) holds them all, the cards are split into pages ("1/3")
of whole cards. A card taller than a whole page is split: its lines go on, under its title,
on the next page ("+ N till på nästa sida"). Text is
wrapped here, once, so painting only draws the lines it is given.
"""

from __future__ import annotations

import copy
import dataclasses
import math
from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QRectF
from PySide6.QtGui import QFont

from workshop_app.domain.presentation_content import Card
from workshop_app.gui.room.projector.captions import Captions
from workshop_app.gui.room.projector.card_measure import (
    LEVELS,
    METER_BLOCK,
    METER_GAP,
    Fonts,
    PlacedCard,
    fonts_for,
    measure_card,
)
from workshop_app.gui.room.projector.style import fit_lines, font, line_height, one_line

MIN_CARD_WIDTH = 260  # px at 1024×768
SAMPLE_CARDS = 48  # cards tried with each column count before all are paged
LEAD_LINES = 6  # the workshop's purpose above the day's plan: whole, as written
MAX_COLUMNS = 4

__all__ = ["METER_BLOCK", "METER_GAP", "BoardLayout", "PlacedCard", "layout_board"]


@dataclass
class Lead:
    """The block above the cards on the preparation slide."""

    heading: list[str] = field(default_factory=list)
    subheading: str = ""
    text: list[str] = field(default_factory=list)
    height: float = 0.0
    heading_font: QFont | None = None


@dataclass
class BoardLayout:
    pages: list[list[PlacedCard]]  # one page when every card fits
    level: int
    columns: int
    lead: Lead
    page_rect: QRectF | None = None  # where "1/3" goes when there are several pages
    page: int = 0  # the page shown

    @property
    def cards(self) -> list[PlacedCard]:
        return self.pages[self.page] if self.pages else []

    @property
    def page_count(self) -> int:
        return len(self.pages)

    def page_of(self, card_id: str) -> int | None:
        for number, page in enumerate(self.pages):
            if any(placed.card.id == card_id for placed in page):
                return number
        return None


def layout_board(
    cards: Sequence[Card],
    area: QRectF,
    base: QFont,
    scale: float,
    captions: Captions,
    lead: tuple[str, str, str] | None = None,
) -> BoardLayout:
    """Place ``cards`` in ``area``: the largest type at which all fit whole, else pages."""
    gap = 16 * scale
    min_width = MIN_CARD_WIDTH * scale
    most = max(1, min(MAX_COLUMNS, int((area.width() + gap) // (min_width + gap))))
    count = len(cards)
    ideal = math.sqrt(max(count, 1) * area.width() / max(area.height(), 1.0) / 1.7)
    options = sorted(
        range(1, max(1, min(most, count)) + 1),
        key=lambda c: (c * math.ceil(count / c) - count, abs(c - ideal), c),
    )
    # So many cards that even one line each at the floor cannot fit: skip the search.
    floor = fonts_for(base, scale, len(LEVELS) - 1)
    least = floor.title_height + 2 * floor.padding + gap
    hopeless = math.ceil(count / most) * least > area.height()
    for level in range(0 if not hopeless else len(LEVELS), len(LEVELS)):
        fonts = fonts_for(base, scale, level)
        block = _lead_block(lead, fonts, area.width())
        top = area.top() + block.height
        best: tuple[int, BoardLayout] | None = None
        for columns in options:
            placed = _fill(cards, area, top, columns, gap, fonts, captions)
            if placed is None:
                continue
            elided = _cut(placed) + 3 * _broken(placed)
            if best is None or elided < best[0]:
                best = (elided, BoardLayout([placed], level, columns, block))
            if elided == 0:
                break
        if best is not None and best[0] == 0:
            return best[1]
    return _paged(cards, area, base, scale, captions, lead, most)


def _paged(
    cards: Sequence[Card],
    area: QRectF,
    base: QFont,
    scale: float,
    captions: Captions,
    lead: tuple[str, str, str] | None,
    most: int,
) -> BoardLayout:
    """Pages of whole cards at the floor type: the fewest cut texts, then the fewest pages."""
    gap = 16 * scale
    level = len(LEVELS) - 1
    fonts = fonts_for(base, scale, level)
    block = _lead_block(lead, fonts, area.width())
    reserve = fonts.detail_height + gap / 2  # the "1/3" line
    # The columns are chosen on the first cards (a few pages' worth): paging 1,500 cards
    # once per column count cost a second per edit.
    sample = cards[:SAMPLE_CARDS]
    tries = {
        c: _pages(sample, area, block.height, c, gap, fonts, captions, reserve)
        for c in range(1, most + 1)
    }

    def cost(columns: int) -> tuple[int, int, int]:
        pages = tries[columns]
        placed = [card for page in pages for card in page]
        return _cut(placed), len(pages), _broken(placed)

    columns = min(tries, key=cost)
    pages = tries[columns]
    if len(cards) > len(sample):
        pages = _pages(cards, area, block.height, columns, gap, fonts, captions, reserve)
    page_rect = QRectF(
        area.left(), area.bottom() - fonts.detail_height, area.width(), fonts.detail_height
    )
    return BoardLayout(pages, level, columns, block, page_rect if len(pages) > 1 else None)


def _pages(
    cards: Sequence[Card],
    area: QRectF,
    lead_height: float,
    columns: int,
    gap: float,
    fonts: Fonts,
    captions: Captions,
    reserve: float,
) -> list[list[PlacedCard]]:
    """Whole rows page after page; a row taller than a page is cut to the page's height.
    The lead block is on the first page only."""
    pages: list[list[PlacedCard]] = []
    start = 0
    while start < len(cards):
        if pages:
            lead_height = 0.0
        page = _fill_partial(
            cards[start:], area, lead_height, columns, gap, fonts, captions, reserve
        )
        if not page:  # a row no page can hold whole: its cards' lines are cut to fit …
            page = _fill_partial(
                cards[start:], area, lead_height, columns, gap, fonts, captions, reserve, cut=True
            )
            # … and go on, with the card's title, on the next page: nothing is left out.
            go_on = [
                _continuation(p, captions)
                for p in page
                if p.left_out and len(p.left_out) < len(p.card.lines)  # it moved on
            ]
            end = start + len(page)
            cards = [*cards[:end], *go_on, *cards[end:]]
        pages.append(page)
        start += len(page)
    return pages


# Cards measured before: a card is a frozen value, so the same card at the same width and
# type measures the same. An edit changes one card; the other 1,499 are not wrapped again.
_MEASURED: dict[tuple[object, ...], PlacedCard] = {}
MEASURED_KEPT = 20_000


def _measured(
    card: Card, width: float, fonts: Fonts, captions: Captions, max_height: float
) -> PlacedCard:
    # The captions' words are part of the key: after a change of language the facts read anew.
    key = (
        card,
        captions.more(1),
        round(width, 2),
        fonts.title.pixelSize(),
        fonts.detail.pixelSize(),
        fonts.scale,
        max_height,
        id(captions),
        fonts.title.family(),
    )
    placed = _MEASURED.get(key)
    if placed is None:
        if len(_MEASURED) >= MEASURED_KEPT:
            _MEASURED.clear()
        placed = _MEASURED[key] = measure_card(card, width, fonts, captions, max_height)
    # A copy: placing it gives it a rectangle of its own.
    return copy.copy(placed)


def _continuation(placed: PlacedCard, captions: Captions) -> Card:
    """The rest of a card too tall for a page: its title again, "continued", its other lines."""
    card = placed.card
    return dataclasses.replace(
        card,
        id=f"{card.id}~{len(card.lines) - len(placed.left_out)}",
        subtitle=captions.continued(),
        facts=(),
        lines=placed.left_out,
        meter=None,
        new=False,
    )


def _cut(placed: Sequence[PlacedCard]) -> int:
    return sum(p.elided for p in placed)


def _broken(placed: Sequence[PlacedCard]) -> int:
    """Title lines that end inside a word (a hyphen the wrapping added)."""
    return sum(line.endswith("-") for p in placed for line in p.title_lines[:-1])


def _fill(
    cards: Sequence[Card],
    area: QRectF,
    top: float,
    columns: int,
    gap: float,
    fonts: Fonts,
    captions: Captions,
) -> list[PlacedCard] | None:
    """Every card in ``columns``, or None when they do not fit the area's height."""
    width = (area.width() - gap * (columns - 1)) / columns
    available = area.bottom() - top
    placed: list[PlacedCard] = []
    y = top
    for start in range(0, len(cards), columns):
        row = [
            _measured(c, width, fonts, captions, available) for c in cards[start : start + columns]
        ]
        height = max(p.rect.height() for p in row)
        if y + height > area.bottom() + 0.5:
            return None
        for number, card in enumerate(row):
            card.rect = QRectF(area.left() + number * (width + gap), y, width, height)
        placed += row
        y += height + gap
    return placed


def _fill_partial(
    cards: Sequence[Card],
    area: QRectF,
    lead_height: float,
    columns: int,
    gap: float,
    fonts: Fonts,
    captions: Captions,
    reserve: float,
    cut: bool = False,
) -> list[PlacedCard]:
    """As many whole rows as fit above the page line; with ``cut`` one row cut to fit."""
    width = (area.width() - gap * (columns - 1)) / columns
    bottom = area.bottom() - reserve
    available = bottom - area.top() - lead_height
    placed: list[PlacedCard] = []
    y = area.top() + lead_height
    for start in range(0, len(cards), columns):
        # Measured without a limit, a card is whole or does not fit; cut, its lines stop
        # at the page's height.
        limit = available if cut else math.inf
        row = [_measured(c, width, fonts, captions, limit) for c in cards[start : start + columns]]
        if cut:
            for number, card in enumerate(row):
                card.rect = QRectF(
                    area.left() + number * (width + gap), y, width, card.rect.height()
                )
            return row
        height = max(p.rect.height() for p in row)
        if y + height > bottom + 0.5:
            break
        for number, card in enumerate(row):
            card.rect = QRectF(area.left() + number * (width + gap), y, width, height)
        placed += row
        y += height + gap
    return placed


def _lead_block(lead: tuple[str, str, str] | None, fonts: Fonts, width: float) -> Lead:
    """Heading, subheading and a paragraph above the cards (the preparation slide)."""
    if lead is None:
        return Lead()
    heading, subheading, text = lead
    heading_font = font(fonts.title, fonts.title.pixelSize() * 1.25, bold=True)
    block = Lead(heading_font=heading_font)
    block.heading = [one_line(heading, heading_font, width)] if heading else []
    block.subheading = one_line(subheading, fonts.detail, width) if subheading else ""
    block.text = fit_lines(text, fonts.detail, width, LEAD_LINES) if text else []
    block.height = (
        len(block.heading) * line_height(heading_font)
        + (fonts.detail_height if block.subheading else 0.0)
        + len(block.text) * fonts.detail_height
    )
    if block.height:
        block.height += 20 * fonts.scale
    return block
