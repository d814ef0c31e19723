"""One projector card measured at a width: its type sizes, wrapped lines and height."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF
from PySide6.QtGui import QFont

from workshop_app.domain.presentation_content import Card, CardLine, FactKind
from workshop_app.gui.room.projector.captions import Captions
from workshop_app.gui.room.projector.style import (
    ELLIPSIS,
    fit_lines,
    font,
    line_height,
    text_width,
)

# (title, detail) type sizes in px at 1024×768, largest first; the last one is the floor:
# nothing on a card is smaller than 24 px at 1024×768 (read from the back of a room).
LEVELS: tuple[tuple[int, int], ...] = ((36, 30), (33, 28), (30, 26), (28, 25), (26, 24))
# Lines a text may take before it is cut: high enough that a text of the method's usual
# length is always whole (a cut text counts against a layout, so a whole one is preferred).
TITLE_LINES = 10
FACT_LINES = 3
ITEM_LINES = 10
SUBTITLE_LINES = 3


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
        caption=font(base, max(detail_px - 4, 24) * scale),
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
    subtitle: list[str]  # wrapped: a place or an organisation's long name is whole
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
    left_out: tuple[CardLine, ...] = ()  # body lines that did not fit (they go on a later page)

    def texts(self) -> list[tuple[str, QFont, float]]:
        """Every line drawn with the font and the width it must fit in (for tests)."""
        f = self.fonts
        out = [(line, f.title, self.title_width) for line in self.title_lines]
        out += [(line, f.detail, self.title_width) for line in self.subtitle]
        out += [(line, f.detail, self.fact_width) for line in self.fact_lines]
        bullet = text_width("– ", f.detail)
        out += [(b.text, f.detail, self.text_width - b.indent - bullet) for b in self.body]
        return out


METER_BLOCK = 22  # px at 1024×768: one block of a rating meter
METER_GAP = 6


def meter_width(most: int, scale: float) -> float:
    return (most * METER_BLOCK + (most - 1) * METER_GAP) * scale


BADGE_KINDS = (FactKind.VOTES, FactKind.MINUTES)  # a number drawn large at the card's right
# Drawn on one line ("20 min") beside the title: the day's plan fits a slide.
INLINE_BADGES = (FactKind.MINUTES,)


def measure_card(
    card: Card, width: float, fonts: Fonts, captions: Captions, max_height: float
) -> PlacedCard:
    """The card's lines at ``width``; body lines stop (with "+ N more") at ``max_height``."""
    f, s, pad = fonts, fonts.scale, fonts.padding
    inner = width - 2 * pad
    badge = next((x for x in card.facts if x.kind in BADGE_KINDS), None)
    badge_w = 0.0
    caption = ""
    inline = badge is not None and badge.kind in INLINE_BADGES
    if badge is not None:
        caption = captions.badge_caption(badge.kind)
        badge_w = max(text_width(badge.value, f.badge), text_width(caption, f.caption))
        if inline:
            badge_w = text_width(f"{badge.value} {caption}", f.title)
        badge_w += 16 * s
    title_w = inner - (badge_w + 10 * s if badge_w else 0.0)
    title_lines = fit_lines(card.title, f.title, title_w, TITLE_LINES)
    subtitle = fit_lines(card.subtitle, f.detail, title_w, SUBTITLE_LINES) if card.subtitle else []
    facts = [captions.fact(x) for x in card.facts if x is not badge]
    facts = [t for t in facts if t]
    fact_width = inner
    if card.meter is not None:  # the meter starts the facts' line: one line beside it
        fact_width = inner - meter_width(card.meter[1], s) - 12 * s
        facts = facts or [""]
    joined = "  ·  ".join(facts)
    fact_lines = fit_lines(joined, f.detail, fact_width, FACT_LINES)
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
    placed.elided = sum(line.endswith(ELLIPSIS) for line in [*title_lines, *subtitle, *fact_lines])
    head = len(title_lines) * f.title_height + len(subtitle) * f.detail_height
    if badge is not None and not inline:  # the number over its word ("votes")
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
        shown_now = {index for index, _ in chosen}
        placed.left_out = tuple(line for i, line in enumerate(card.lines) if i not in shown_now)
        text = captions.more_next_page(hidden)
        placed.body.append(BodyLine(text, 0.0, False, False, False, more=True))
        placed.elided += hidden
        used += dh
    return used
