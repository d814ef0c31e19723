"""The step's items as large cards on the projector, laid out by ``card_layout`` and painted.

When the cards take several pages the board shows one and says "1/3"; it turns to the page of
the card just added, and the laptop turns pages (Alt+PgDown / Alt+PgUp).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QFont, QPainter, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from workshop_app.domain.presentation_content import Card
from workshop_app.gui.room.projector import style
from workshop_app.gui.room.projector.captions import Captions
from workshop_app.gui.room.projector.card_layout import (
    METER_BLOCK,
    METER_GAP,
    BoardLayout,
    PlacedCard,
    layout_board,
)
from workshop_app.gui.room.projector.card_measure import INLINE_BADGES

NEW_BORDER = 5  # px at 1024×768: the card just added stands out from across the room


class CardBoard(QWidget):
    """Paints cards in a grid that reflows with the window; re-lays out only when they change."""

    page_changed = Signal(int, int)  # page shown (from 0), pages

    def __init__(self, captions: Captions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("presentationCards")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._captions = captions
        self._cards: tuple[Card, ...] = ()
        self._lead: tuple[str, str, str] | None = None
        self._scale = 1.0
        self._layout: BoardLayout | None = None
        self._key: object = None  # what the cards belong to (the step): a new one starts at 1/N
        self._page = 0
        self._follow: str | None = None  # a card just added: its page is shown
        self._seen_new: str | None = None
        self._reported = (0, 1)

    # -- content ---------------------------------------------------------------------------

    def show_cards(
        self,
        cards: tuple[Card, ...],
        lead: tuple[str, str, str] | None,
        scale: float,
        key: object = None,
    ) -> None:
        """Show ``cards`` (and a lead block above them); nothing happens when nothing changed."""
        if key != self._key:
            self._key, self._page, self._seen_new = key, 0, None
        new = next((card.id for card in cards if card.new), None)
        if new is not None and new != self._seen_new:
            self._follow = new  # the group just named it: it is on the screen
        self._seen_new = new
        if (cards, lead, scale) == (self._cards, self._lead, self._scale):
            return
        self._cards, self._lead, self._scale = cards, lead, scale
        self._layout = None
        self.setAccessibleDescription("\n".join(card.title for card in cards))
        self.update()

    @property
    def board(self) -> BoardLayout:
        """The current layout (computed now if the content or size changed)."""
        if self._layout is None:
            self._layout = layout_board(
                self._cards, self._area(), self.font(), self._scale, self._captions, self._lead
            )
            if self._follow is not None:
                found = self._layout.page_of(self._follow)
                self._page = found if found is not None else self._page
                self._follow = None
            self._page = max(0, min(self._page, self._layout.page_count - 1))
        self._layout.page = self._page
        self._report()
        return self._layout

    @property
    def page(self) -> int:
        return self.board.page

    @property
    def page_count(self) -> int:
        return self.board.page_count

    def turn_page(self, delta: int) -> bool:
        """Show the next (+1) or previous (-1) page; False when there is none that way."""
        board = self.board
        page = self._page + delta
        if not 0 <= page < board.page_count:
            return False
        self._page = page
        board.page = page
        self._report()
        self.update()
        return True

    def _report(self) -> None:
        now = (self._page, max(self._layout.page_count, 1) if self._layout else 1)
        if now != self._reported:
            self._reported = now
            self.page_changed.emit(*now)

    def placed_cards(self) -> list[PlacedCard]:
        return self.board.cards

    # -- Qt --------------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._layout = None

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHints(
            QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
        )
        if not self._cards and self._lead is None:
            self._paint_empty(painter)
            return
        board = self.board
        if board.page == 0:  # the lead opens the slide; later pages are all cards
            self._paint_lead(painter, board)
        for placed in board.cards:
            self._paint_card(painter, placed)
        if board.page_rect is not None:
            fonts = board.cards[0].fonts if board.cards else None
            painter.setFont(fonts.title if fonts else self.font())
            painter.setPen(style.HIGHLIGHT)
            painter.drawText(
                board.page_rect,
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                self.page_text(),
            )

    def page_text(self) -> str:
        """ "2/3" when the cards take several pages, else ""."""
        board = self.board
        if board.page_count < 2:
            return ""
        return self._captions.page_of(board.page + 1, board.page_count)

    # -- painting --------------------------------------------------------------------------

    def _area(self) -> QRectF:
        # Room at the top for the "NEW" tab that sits on a card's upper edge.
        inset = 14 * self._scale
        return QRectF(self.rect()).adjusted(0, inset, 0, -4 * self._scale)

    def _paint_empty(self, painter: QPainter) -> None:
        painter.setFont(style.font(self.font(), 30 * self._scale))
        painter.setPen(style.TEXT)
        painter.drawText(
            QRectF(self.rect()), int(Qt.AlignmentFlag.AlignCenter), self._captions.nothing_yet()
        )

    def _paint_lead(self, painter: QPainter, board: BoardLayout) -> None:
        lead = board.lead
        if not lead.height or lead.heading_font is None:
            return
        area = self._area()
        y = area.top()
        painter.setPen(style.TEXT)
        painter.setFont(lead.heading_font)
        height = style.line_height(lead.heading_font)
        for line in lead.heading:
            painter.drawText(
                QRectF(area.left(), y, area.width(), height), int(Qt.AlignmentFlag.AlignLeft), line
            )
            y += height
        fonts = board.cards[0].fonts if board.cards else None
        detail = fonts.detail if fonts else self.font()
        height = style.line_height(detail)
        painter.setFont(detail)
        if lead.subheading:
            painter.setPen(style.HIGHLIGHT)
            painter.drawText(
                QRectF(area.left(), y, area.width(), height),
                int(Qt.AlignmentFlag.AlignLeft),
                lead.subheading,
            )
            y += height
        painter.setPen(style.TEXT)
        for line in lead.text:
            painter.drawText(
                QRectF(area.left(), y, area.width(), height), int(Qt.AlignmentFlag.AlignLeft), line
            )
            y += height

    def _paint_card(self, painter: QPainter, placed: PlacedCard) -> None:
        f, s, rect = placed.fonts, placed.fonts.scale, placed.rect
        card = placed.card
        radius = 10 * s
        border = (
            QPen(style.HIGHLIGHT, NEW_BORDER * s) if card.new else QPen(style.CARD_BORDER, 2 * s)
        )
        painter.setPen(border)
        painter.setBrush(style.CARD)
        painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), radius, radius)
        left = rect.left() + placed.text_left
        y = rect.top() + f.padding
        top = y
        painter.setPen(style.TEXT)
        painter.setFont(f.title)
        th = f.title_height
        for line in placed.title_lines:
            painter.drawText(
                QRectF(left, y, placed.title_width + 2, th), int(Qt.AlignmentFlag.AlignLeft), line
            )
            y += th
        dh = f.detail_height
        painter.setFont(f.detail)
        painter.setPen(style.HIGHLIGHT)
        for line in placed.subtitle:
            painter.drawText(
                QRectF(left, y, placed.title_width + 2, dh), int(Qt.AlignmentFlag.AlignLeft), line
            )
            y += dh
        if placed.badge:
            inline = any(x.kind in INLINE_BADGES for x in card.facts)
            badge_h = f.title_height if inline else style.line_height(f.badge)
            y = max(y, top + badge_h + (0 if inline else style.line_height(f.caption)))
            self._paint_badge(painter, placed, top)
            painter.setFont(f.detail)
        painter.setPen(style.TEXT)
        fact_left = left
        if card.meter is not None:
            self._paint_meter(painter, placed, left, y, dh)
            fact_left = left + placed.text_width - placed.fact_width
        for line in placed.fact_lines:
            painter.drawText(
                QRectF(fact_left, y, placed.fact_width + 2, dh),
                int(Qt.AlignmentFlag.AlignLeft),
                line,
            )
            y += dh
        if card.meter is not None and not placed.fact_lines:
            y += dh
        if placed.body:
            y += 6 * s
        bullet = style.text_width("– ", f.detail)
        for body_line in placed.body:
            x = left + body_line.indent
            painter.setPen(style.HIGHLIGHT if body_line.new or body_line.more else style.TEXT)
            if body_line.bullet:
                painter.drawText(QRectF(x, y, bullet, dh), int(Qt.AlignmentFlag.AlignLeft), "–")
            painter.drawText(
                QRectF(x + bullet, y, placed.text_width - body_line.indent - bullet + 2, dh),
                int(Qt.AlignmentFlag.AlignLeft),
                body_line.text,
            )
            y += dh
        if card.new:
            self._paint_new_tab(painter, placed)

    def _paint_meter(
        self, painter: QPainter, placed: PlacedCard, x: float, top: float, height: float
    ) -> None:
        """A rating as blocks: filled up to the value, outlined after it."""
        assert placed.card.meter is not None
        value, most = placed.card.meter
        s = placed.fonts.scale
        block, gap = METER_BLOCK * s, METER_GAP * s
        y = top + (height - block) / 2
        for number in range(1, most + 1):
            cell = QRectF(x, y, block, block)
            if number <= value:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(style.HIGHLIGHT)
            else:
                painter.setPen(QPen(style.TEXT, 2 * s))
                painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(cell.adjusted(1, 1, -1, -1), 3 * s, 3 * s)
            x += block + gap

    def _paint_badge(self, painter: QPainter, placed: PlacedCard, top: float) -> None:
        f, rect = placed.fonts, placed.rect
        x = rect.right() - f.padding - placed.badge_width
        if placed.card.facts and any(x.kind in INLINE_BADGES for x in placed.card.facts):
            painter.setPen(style.HIGHLIGHT)
            painter.setFont(f.title)
            painter.drawText(
                QRectF(x, top, placed.badge_width, f.title_height),
                int(Qt.AlignmentFlag.AlignRight),
                f"{placed.badge} {placed.badge_caption}",
            )
            return
        bh, ch = style.line_height(f.badge), style.line_height(f.caption)
        painter.setPen(style.HIGHLIGHT)
        painter.setFont(f.badge)
        painter.drawText(
            QRectF(x, top, placed.badge_width, bh), int(Qt.AlignmentFlag.AlignHCenter), placed.badge
        )
        painter.setFont(f.caption)
        painter.setPen(style.TEXT)
        painter.drawText(
            QRectF(x, top + bh, placed.badge_width, ch),
            int(Qt.AlignmentFlag.AlignHCenter),
            placed.badge_caption,
        )

    def _paint_new_tab(self, painter: QPainter, placed: PlacedCard) -> None:
        f, s, rect = placed.fonts, placed.fonts.scale, placed.rect
        text = self._captions.new_item()
        tab_font = QFont(f.caption)
        tab_font.setWeight(QFont.Weight.Bold)
        width = style.text_width(text, tab_font) + 20 * s
        height = style.line_height(tab_font) + 2 * s
        tab = QRectF(rect.right() - width - 24 * s, rect.top() - height / 2, width, height)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.HIGHLIGHT)
        painter.drawRoundedRect(tab, height / 2, height / 2)
        painter.setPen(style.BACKGROUND)
        painter.setFont(tab_font)
        painter.drawText(tab, int(Qt.AlignmentFlag.AlignCenter), text)
