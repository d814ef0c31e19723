"""The vote result on the projector: items sorted by votes as rank, title, bar and count."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QFont, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from workshop_app.domain.presentation_content import VoteResult, VoteRow
from workshop_app.gui.room.projector import style
from workshop_app.gui.room.projector.captions import Captions

SIZES = (34, 32, 30, 28, 26, 24)  # px at 1024×768, the last is the floor
TITLE_LINES = 8  # a title of the method's usual length is always whole
TITLE_SHARE = 0.62  # of the width, for rank and title; the bar and count take the rest


@dataclass
class PlacedRow:
    row: VoteRow
    rect: QRectF
    title_lines: list[str]
    subtitle: str


@dataclass
class VoteLayout:
    font: QFont
    bold: QFont
    heading: str
    total: str
    heading_height: float
    rank_width: float
    title_width: float
    count_width: float
    pages: list[list[PlacedRow]]
    common: list[str]  # the problem every measure belongs to, once under the heading
    page: int = 0

    @property
    def rows(self) -> list[PlacedRow]:
        return self.pages[self.page] if self.pages else []

    @property
    def page_count(self) -> int:
        return max(len(self.pages), 1)


class VoteResultView(QWidget):
    """Painted bar list; the longest bar is the most votes. Rows that do not fit even at the
    floor type go on pages ("1/2"), turned from the laptop."""

    page_changed = Signal(int, int)

    def __init__(self, captions: Captions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("presentationVotes")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._captions = captions
        self._result: VoteResult | None = None
        self._scale = 1.0
        self._layout: VoteLayout | None = None
        self._page = 0
        self._reported = (0, 1)

    def show_result(self, result: VoteResult, scale: float) -> None:
        if (result, scale) == (self._result, self._scale):
            return
        if self._result is None or result.kind != self._result.kind:
            self._page = 0
        self._result, self._scale, self._layout = result, scale, None
        self.setAccessibleDescription(
            "\n".join(f"{r.rank}. {r.title}: {r.votes}" for r in result.rows)
        )
        self.update()

    @property
    def result_layout(self) -> VoteLayout | None:
        if self._layout is None and self._result is not None:
            self._layout = self._compute()
            self._page = max(0, min(self._page, self._layout.page_count - 1))
        if self._layout is not None:
            self._layout.page = self._page
            self._report()
        return self._layout

    @property
    def page(self) -> int:
        return self._page

    @property
    def page_count(self) -> int:
        layout = self.result_layout
        return layout.page_count if layout is not None else 1

    def turn_page(self, delta: int) -> bool:
        page = self._page + delta
        if not 0 <= page < self.page_count:
            return False
        self._page = page
        self.result_layout  # noqa: B018 - shows the page and reports it
        self.update()
        return True

    def page_text(self) -> str:
        count = self.page_count
        return self._captions.page_of(self._page + 1, count) if count > 1 else ""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._layout = None

    def _report(self) -> None:
        now = (self._page, self._layout.page_count if self._layout else 1)
        if now != self._reported:
            self._reported = now
            self.page_changed.emit(*now)

    # -- layout ----------------------------------------------------------------------------

    def _compute(self) -> VoteLayout:
        """The largest type at which every row fits whole on one page; else pages at the floor."""
        assert self._result is not None
        layout: VoteLayout | None = None
        for size in SIZES:
            layout = self._rows_at(size)
            if len(layout.pages) <= 1:
                return layout
        assert layout is not None
        return layout

    def _rows_at(self, size: int) -> VoteLayout:
        assert self._result is not None
        result, s = self._result, self._scale
        width, height = float(self.width()), float(self.height())
        font = style.font(self.font(), size * s)
        bold = style.font(self.font(), size * s, bold=True)
        line_h, bold_h = style.line_height(font), style.line_height(bold)
        # Measures of one problem: the problem is said once, under the heading.
        subtitles = {row.subtitle for row in result.rows}
        common_text = subtitles.pop() if len(subtitles) == 1 else ""
        common = style.fit_lines(common_text, font, width, 2) if common_text else []
        heading_h = bold_h * 1.2 + len(common) * line_h + 12 * s
        most = max((r.rank for r in result.rows), default=1)
        rank_w = style.text_width(f"{most}.", bold) + 16 * s
        count_w = style.text_width(str(result.most), bold) + 16 * s
        title_w = width * TITLE_SHARE - rank_w
        placed: list[PlacedRow] = []
        for row in result.rows:
            lines = style.fit_lines(row.title, bold, title_w, TITLE_LINES)
            shown = "" if common_text else row.subtitle
            subtitle = style.one_line(shown, font, title_w) if shown else ""
            row_h = len(lines) * bold_h + (line_h if subtitle else 0) + 14 * s
            placed.append(PlacedRow(row, QRectF(0, 0, width, row_h), lines, subtitle))
        pages = _paginate(placed, heading_h, height, 0.0)
        if len(pages) > 1:  # room for "1/2" at the bottom
            pages = _paginate(placed, heading_h, height, line_h + 8 * s)
        return VoteLayout(
            font,
            bold,
            self._captions.vote_title(result.kind),
            self._captions.vote_total(result.total),
            heading_h,
            rank_w,
            title_w,
            count_w,
            pages,
            common,
        )

    # -- painting --------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        layout = self.result_layout
        if layout is None or self._result is None:
            return
        s = self._scale
        painter = QPainter(self)
        painter.setRenderHints(
            QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
        )
        left_middle = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        heading_font = style.font(layout.bold, layout.bold.pixelSize() * 1.2, bold=True)
        painter.setFont(heading_font)
        painter.setPen(style.TEXT)
        head = QRectF(0, 0, self.width(), style.line_height(layout.bold) * 1.2)
        painter.drawText(head, left_middle, layout.heading)
        painter.setFont(layout.font)
        painter.setPen(style.HIGHLIGHT)
        painter.drawText(
            head, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), layout.total
        )
        line_h = style.line_height(layout.font)
        y = style.line_height(layout.bold) * 1.2
        for line in layout.common:
            painter.drawText(QRectF(0, y, self.width(), line_h), left_middle, line)
            y += line_h
        if not self._result.rows:
            painter.setPen(style.TEXT)
            painter.drawText(
                QRectF(self.rect()), int(Qt.AlignmentFlag.AlignCenter), self._captions.no_votes()
            )
            return
        most = max(self._result.most, 1)
        bold_h = style.line_height(layout.bold)
        bar_left = layout.rank_width + layout.title_width + 16 * s
        bar_room = self.width() - bar_left - layout.count_width
        for placed in layout.rows:
            r, y = placed.rect, placed.rect.top() + 7 * s
            painter.setFont(layout.bold)
            painter.setPen(style.HIGHLIGHT)
            painter.drawText(
                QRectF(0, y, layout.rank_width, bold_h), left_middle, f"{placed.row.rank}."
            )
            painter.setPen(style.TEXT)
            for line in placed.title_lines:
                painter.drawText(
                    QRectF(layout.rank_width, y, layout.title_width + 2, bold_h), left_middle, line
                )
                y += bold_h
            if placed.subtitle:
                painter.setFont(layout.font)
                painter.setPen(style.HIGHLIGHT)
                painter.drawText(
                    QRectF(layout.rank_width, y, layout.title_width + 2, line_h),
                    left_middle,
                    placed.subtitle,
                )
            bar_h = min(r.height() - 18 * s, bold_h * 1.2)
            bar = QRectF(
                bar_left, r.center().y() - bar_h / 2, bar_room * placed.row.votes / most, bar_h
            )
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(style.HIGHLIGHT)
            if bar.width() > 0:
                painter.drawRoundedRect(bar, 4 * s, 4 * s)
            painter.setFont(layout.bold)
            painter.setPen(style.TEXT)
            count = QRectF(bar.right() + 10 * s, r.top(), layout.count_width, r.height())
            painter.drawText(count, left_middle, str(placed.row.votes))
            painter.setPen(style.CARD_BORDER)
            painter.drawLine(r.bottomLeft(), r.bottomRight())
        if layout.page_count > 1:
            painter.setFont(layout.bold)
            painter.setPen(style.HIGHLIGHT)
            more = QRectF(0, self.height() - line_h - 4 * s, self.width(), line_h)
            painter.drawText(
                more,
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                self.page_text(),
            )


def _paginate(
    rows: list[PlacedRow], top: float, height: float, reserve: float
) -> list[list[PlacedRow]]:
    """Whole rows page after page below the heading (a row taller than a page stands alone)."""
    pages: list[list[PlacedRow]] = []
    page: list[PlacedRow] = []
    y = top
    for placed in rows:
        row_h = placed.rect.height()
        if page and y + row_h > height - reserve:
            pages.append(page)
            page, y = [], top
        placed.rect = QRectF(0, y, placed.rect.width(), row_h)
        page.append(placed)
        y += row_h
    if page:
        pages.append(page)
    return pages
