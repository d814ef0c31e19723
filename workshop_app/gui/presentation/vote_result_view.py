"""The vote result on the projector: items sorted by votes as rank, title, bar and count."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from workshop_app.domain.presentation_content import VoteResult, VoteRow
from workshop_app.gui.presentation import style
from workshop_app.gui.presentation.captions import Captions

SIZES = (32, 29, 26, 24, 22, 20)  # px at 1024×768, the last is the floor
TITLE_LINES = 2
TITLE_SHARE = 0.6  # of the width, for rank and title; the bar and count take the rest


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
    rows: list[PlacedRow]
    hidden: int


class VoteResultView(QWidget):
    """Painted bar list; the longest bar is the most votes."""

    def __init__(self, captions: Captions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("presentationVotes")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._captions = captions
        self._result: VoteResult | None = None
        self._scale = 1.0
        self._layout: VoteLayout | None = None

    def show_result(self, result: VoteResult, scale: float) -> None:
        if (result, scale) == (self._result, self._scale):
            return
        self._result, self._scale, self._layout = result, scale, None
        self.setAccessibleDescription(
            "\n".join(f"{r.rank}. {r.title}: {r.votes}" for r in result.rows)
        )
        self.update()

    @property
    def result_layout(self) -> VoteLayout | None:
        if self._layout is None and self._result is not None:
            self._layout = self._compute()
        return self._layout

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._layout = None

    # -- layout ----------------------------------------------------------------------------

    def _compute(self) -> VoteLayout:
        assert self._result is not None
        result, s = self._result, self._scale
        width, height = float(self.width()), float(self.height())
        heading = self._captions.vote_title(result.kind)
        total = self._captions.vote_total(result.total)
        # All rows visible matters most, then large type, then the second title line and
        # the measure's problem under it.
        variants = ((True, TITLE_LINES), (False, TITLE_LINES), (False, 1))
        layout: VoteLayout | None = None
        floor = style.line_height(style.font(self.font(), SIZES[-1] * s)) + 14 * s
        if len(result.rows) * floor > height:  # cannot all fit: straight to the floor
            variants = variants[-1:]
        for variant in variants:
            for size in SIZES[:-2]:
                layout = self._rows_at(size, width, height, heading, total, s, *variant)
                if layout.hidden == 0:
                    return layout
        for size in SIZES[-2:]:
            layout = self._rows_at(size, width, height, heading, total, s, *variants[-1])
            if layout.hidden == 0:
                return layout
        assert layout is not None
        return layout

    def _rows_at(
        self,
        size: int,
        width: float,
        height: float,
        heading: str,
        total: str,
        s: float,
        subtitles: bool,
        title_lines: int,
    ) -> VoteLayout:
        font = style.font(self.font(), size * s)
        bold = style.font(self.font(), size * s, bold=True)
        heading_h = style.line_height(bold) * 1.2 + 12 * s
        most = max((r.rank for r in self._result.rows), default=1) if self._result else 1
        rank_w = style.text_width(f"{most}.", bold) + 16 * s
        count_w = (
            style.text_width(str(max((r.votes for r in self._result.rows), default=0)), bold)
            + 16 * s
        )  # type: ignore[union-attr]
        title_w = width * TITLE_SHARE - rank_w
        line_h = style.line_height(font)
        more_h = line_h + 8 * s
        rows: list[PlacedRow] = []
        y = heading_h
        all_rows = self._result.rows if self._result else ()
        for number, row in enumerate(all_rows):
            lines = style.fit_lines(row.title, bold, title_w, title_lines)
            shown = row.subtitle if subtitles else ""
            subtitle = style.one_line(shown, font, title_w) if shown else ""
            row_h = len(lines) * style.line_height(bold) + (line_h if subtitle else 0) + 14 * s
            last = number == len(all_rows) - 1
            if y + row_h > height - (0 if last else more_h):
                break
            rows.append(PlacedRow(row, QRectF(0, y, width, row_h), lines, subtitle))
            y += row_h
        hidden = len(all_rows) - len(rows)
        return VoteLayout(
            font, bold, heading, total, heading_h, rank_w, title_w, count_w, rows, hidden
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
        head = QRectF(0, 0, self.width(), layout.heading_height - 12 * s)
        painter.drawText(head, left_middle, layout.heading)
        painter.setFont(layout.font)
        painter.setPen(style.HIGHLIGHT)
        painter.drawText(
            head, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), layout.total
        )
        if not self._result.rows:
            painter.setPen(style.TEXT)
            painter.drawText(
                QRectF(self.rect()), int(Qt.AlignmentFlag.AlignCenter), self._captions.no_votes()
            )
            return
        most = max(self._result.most, 1)
        bold_h, line_h = style.line_height(layout.bold), style.line_height(layout.font)
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
        if layout.hidden:
            painter.setFont(layout.bold)
            painter.setPen(style.HIGHLIGHT)
            more = QRectF(0, self.height() - line_h - 4 * s, self.width(), line_h)
            painter.drawText(
                more,
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                self._captions.more(layout.hidden),
            )
