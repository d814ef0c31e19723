"""Where the cards of a slide go: type size and columns chosen so they fit, else "+ N more".

The largest type that lets every card fit wins; at the smallest type (the readability floor)
the cards that fit are shown and a "+ N more" line says how many are not. Text is wrapped and
elided here, once, so painting only draws the lines it is given.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QRectF
from PySide6.QtGui import QFont

from workshop_app.domain.presentation_content import Card, FactKind
from workshop_app.gui.presentation.captions import Captions
from workshop_app.gui.presentation.style import (
    ELLIPSIS,
    fit_lines,
    font,
    line_height,
    one_line,
    text_width,
)

# (title, detail) type sizes in px at 1024×768, largest first; the last one is the floor.
LEVELS: tuple[tuple[int, int], ...] = ((36, 28), (32, 26), (29, 24), (26, 22), (24, 21), (22, 20))
MIN_CARD_WIDTH = 260  # px at 1024×768
MAX_COLUMNS = 4
TITLE_LINES = 4
FACT_LINES = 2
ITEM_LINES = 2  # a cause inside a card shows at most two lines


@dataclass(frozen=True)
class Fonts:
    title: QFont
    detail: QFont
    badge: QFont
    caption: QFont
    scale: float

    @property
    def title_height(self) -> float:
        return line_height(self.title)

    @property
    def detail_height(self) -> float:
        return line_height(self.detail)

    @property
    def padding(self) -> float:
        return 14 * self.scale


def fonts_for(base: QFont, scale: float, level: int) -> Fonts:
    title_px, detail_px = LEVELS[level]
    return Fonts(
        title=font(base, title_px * scale, bold=True),
        detail=font(base, detail_px * scale),
        badge=font(base, (title_px + 8) * scale, bold=True),
        caption=font(base, max(detail_px - 4, 20) * scale),
        scale=scale,
    )


@dataclass
class BodyLine:
    """A wrapped line inside a card: ``indent`` from the text's left, ``bullet`` on its first."""

    text: str
    indent: float
    bullet: bool
    new: bool
    underlying: bool
    more: bool = False  # the closing "+ N more" line


@dataclass
class PlacedCard:
    card: Card
    rect: QRectF
    fonts: Fonts
    title_lines: list[str]
    subtitle: str
    fact_lines: list[str]
    body: list[BodyLine]
    badge: str  # the vote count or minutes, "" without
    badge_caption: str
    badge_width: float
    text_left: float  # from the card's left edge
    text_width: float  # width the title, facts and body may use
    title_width: float  # title and subtitle: beside the badge
    fact_width: float  # the facts: beside the meter, if any
    elided: int = 0  # lines cut with "…" and items left out: fewer is better

    def texts(self) -> list[tuple[str, QFont, float]]:
        """Every line drawn with the font and the width it must fit in (for tests)."""
        f = self.fonts
        out = [(line, f.title, self.title_width) for line in self.title_lines]
        if self.subtitle:
            out.append((self.subtitle, f.detail, self.title_width))
        out += [(line, f.detail, self.fact_width) for line in self.fact_lines]
        bullet = text_width("– ", f.detail)
        out += [(b.text, f.detail, self.text_width - b.indent - bullet) for b in self.body]
        return out


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
    cards: list[PlacedCard]
    hidden: int  # cards not shown ("+ N more")
    level: int
    columns: int
    lead: Lead
    more_rect: QRectF | None = None


METER_BLOCK = 22  # px at 1024×768: one block of a rating meter
METER_GAP = 6


def meter_width(most: int, scale: float) -> float:
    return (most * METER_BLOCK + (most - 1) * METER_GAP) * scale


BADGE_KINDS = (FactKind.VOTES, FactKind.MINUTES)  # a number drawn large at the card's right


def measure_card(
    card: Card, width: float, fonts: Fonts, captions: Captions, max_height: float
) -> PlacedCard:
    """The card's lines at ``width``; body lines stop (with "+ N more") at ``max_height``."""
    f, s, pad = fonts, fonts.scale, fonts.padding
    inner = width - 2 * pad
    badge = next((x for x in card.facts if x.kind in BADGE_KINDS), None)
    badge_w = 0.0
    caption = ""
    if badge is not None:
        caption = captions.badge_caption(badge.kind)
        badge_w = max(text_width(badge.value, f.badge), text_width(caption, f.caption))
        badge_w += 16 * s
    title_w = inner - (badge_w + 10 * s if badge_w else 0.0)
    title_lines = fit_lines(card.title, f.title, title_w, TITLE_LINES)
    subtitle = one_line(card.subtitle, f.detail, title_w) if card.subtitle else ""
    facts = [captions.fact(x) for x in card.facts if x is not badge]
    facts = [t for t in facts if t]
    fact_width = inner
    if card.meter is not None:  # the meter starts the facts' line: one line beside it
        fact_width = inner - meter_width(card.meter[1], s) - 12 * s
        facts = facts or [""]
    joined = "  ·  ".join(facts)
    fact_lines = fit_lines(joined, f.detail, fact_width, 1 if card.meter else FACT_LINES)
    fact_lines = fact_lines if facts else []
    placed = PlacedCard(
        card=card,
        rect=QRectF(0, 0, width, 0),
        fonts=f,
        title_lines=title_lines,
        subtitle=subtitle,
        fact_lines=fact_lines,
        body=[],
        badge=badge.value if badge is not None else "",
        badge_caption=caption,
        badge_width=badge_w,
        text_left=pad,
        text_width=inner,
        title_width=title_w,
        fact_width=fact_width,
    )
    placed.elided = sum(line.endswith(ELLIPSIS) for line in [*title_lines, subtitle, *fact_lines])
    head = len(title_lines) * f.title_height + (f.detail_height if subtitle else 0.0)
    if badge is not None:  # the badge: the number over its word ("votes", "min")
        head = max(head, line_height(f.badge) + line_height(f.caption))
    facts_h = len(fact_lines) * f.detail_height
    if card.meter is not None:
        facts_h = max(facts_h, (METER_BLOCK + 6) * s)
    height = pad + head + facts_h
    if card.lines:
        height += 6 * s
        height += _place_body(placed, card, inner, max_height - height - pad, captions)
    placed.rect.setHeight(height + pad)
    return placed


def _place_body(
    placed: PlacedCard, card: Card, inner: float, budget: float, captions: Captions
) -> float:
    """Fill ``placed.body`` with the card's lines within ``budget``; returns the height used.

    The line marked new is always among those shown, so the item the group just named is
    on the screen even when older ones give way to "+ N more".
    """
    f, s = placed.fonts, placed.fonts.scale
    dh = f.detail_height
    bullet = text_width("– ", f.detail)

    def wrap(index: int) -> list[str]:
        line = card.lines[index]
        room = inner - 26 * s * min(line.depth, 3) - bullet
        return fit_lines(line.text, f.detail, room, ITEM_LINES)

    new_index = next((i for i, line in enumerate(card.lines) if line.new), None)
    new_lines = wrap(new_index) if new_index is not None else []
    chosen: list[tuple[int, list[str]]] = []
    used = 0.0
    for index in range(len(card.lines)):
        wrapped = new_lines if index == new_index else wrap(index)
        needed = len(wrapped) * dh
        more = dh if index < len(card.lines) - 1 else 0.0  # room for "+ N more"
        keep = len(new_lines) * dh if new_index is not None and index < new_index else 0.0
        if used + needed + more + keep > budget:
            break
        chosen.append((index, wrapped))
        used += needed
    shown = {index for index, _ in chosen}
    if (
        new_index is not None
        and new_index not in shown
        and used + len(new_lines) * dh + dh <= budget
    ):
        chosen.append((new_index, new_lines))
        used += len(new_lines) * dh
    for index, wrapped in chosen:
        line = card.lines[index]
        indent = 26 * s * min(line.depth, 3)
        for number, text in enumerate(wrapped):
            placed.body.append(BodyLine(text, indent, number == 0, line.new, line.underlying))
        placed.elided += wrapped[-1].endswith(ELLIPSIS)
    hidden = len(card.lines) - len(chosen)
    if hidden:
        placed.body.append(BodyLine(captions.more(hidden), 0.0, False, False, False, more=True))
        placed.elided += hidden
        used += dh
    return used


def layout_board(
    cards: Sequence[Card],
    area: QRectF,
    base: QFont,
    scale: float,
    captions: Captions,
    lead: tuple[str, str, str] | None = None,
) -> BoardLayout:
    """Place ``cards`` in ``area``: the largest type at which all fit, else the floor + more."""
    gap = 16 * scale
    min_width = MIN_CARD_WIDTH * scale
    most = max(1, min(MAX_COLUMNS, int((area.width() + gap) // (min_width + gap))))
    count = len(cards)
    ideal = math.sqrt(max(count, 1) * area.width() / max(area.height(), 1.0) / 1.7)
    options = sorted(
        range(1, max(1, min(most, count)) + 1),
        key=lambda c: (c * math.ceil(count / c) - count, abs(c - ideal), c),
    )
    # The largest type at which every card fits without cutting text; failing that, the
    # largest at which every card fits at all.
    fallback: tuple[int, BoardLayout] | None = None
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
                best = (elided, BoardLayout(placed, 0, level, columns, block))
            if elided == 0:
                break
        if best is not None and best[0] == 0:
            return best[1]
        if best is not None and (fallback is None or best[0] < fallback[0]):
            fallback = best
    if fallback is not None:
        return fallback[1]
    # Nothing fits even at the floor: show what fits, the new card among it, and "+ N more".
    level = len(LEVELS) - 1
    fonts = fonts_for(base, scale, level)
    block = _lead_block(lead, fonts, area.width())
    more_h = fonts.detail_height + gap / 2
    # As many cards as possible; then the fewest words split across lines and cut texts.
    tries = {
        c: _fill_partial(cards, area, block.height, c, gap, fonts, captions, more_h)
        for c in range(1, most + 1)
    }
    columns = min(tries, key=lambda c: (-len(tries[c]), _broken(tries[c]), _cut(tries[c])))
    shown = tries[columns]
    new_index = next((i for i, c in enumerate(cards) if c.new), None)
    if new_index is not None and new_index >= len(shown) and shown:
        order = [*cards[: len(shown) - 1], cards[new_index]]
        shown = _fill_partial(order, area, block.height, columns, gap, fonts, captions, more_h)
    hidden = count - len(shown)
    more = QRectF(
        area.left(), area.bottom() - fonts.detail_height, area.width(), fonts.detail_height
    )
    return BoardLayout(shown, hidden, level, columns, block, more if hidden else None)


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
            measure_card(c, width, fonts, captions, available)
            for c in cards[start : start + columns]
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
) -> list[PlacedCard]:
    """As many whole rows as fit above the "+ N more" line."""
    width = (area.width() - gap * (columns - 1)) / columns
    bottom = area.bottom() - reserve
    available = bottom - area.top() - lead_height
    placed: list[PlacedCard] = []
    y = area.top() + lead_height
    for start in range(0, len(cards), columns):
        row = [
            measure_card(c, width, fonts, captions, available)
            for c in cards[start : start + columns]
        ]
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
    block.text = fit_lines(text, fonts.detail, width, 2) if text else []
    block.height = (
        len(block.heading) * line_height(heading_font)
        + (fonts.detail_height if block.subheading else 0.0)
        + len(block.text) * fonts.detail_height
    )
    if block.height:
        block.height += 20 * fonts.scale
    return block
