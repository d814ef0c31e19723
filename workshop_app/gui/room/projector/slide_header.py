"""The top of the projector: step, timer and the guiding question, in large type."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from workshop_app.gui.room.projector import style

QUESTION_SIZES = (42, 38, 34, 30)  # px at 1024×768; the question wraps to at most 3 lines
QUESTION_LINES = 3
STEP_SIZES = (26, 25, 24)


@dataclass(frozen=True)
class HeaderContent:
    step: str  # "Steg 3 av 7 · Troliga orsaker"
    question: str
    counter: str  # "2/5"
    timer: str
    overrun: bool
    overrun_text: str


class SlideHeader(QWidget):
    """Painted header; its height follows the question's lines at the current width."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("presentationHeader")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._content = HeaderContent("", "", "", "", False, "")
        self._scale = 1.0
        self.question_lines: list[str] = []
        self.question_font = QFont(self.font())
        self._fonts_and_heights()

    @property
    def content(self) -> HeaderContent:
        return self._content

    def show_content(self, content: HeaderContent, scale: float) -> None:
        if (content, scale) == (self._content, self._scale):
            return
        self._content, self._scale = content, scale
        self._relayout()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._relayout()

    # -- geometry --------------------------------------------------------------------------

    def _fonts_and_heights(self) -> None:
        s = self._scale
        self.step_font = style.font(self.font(), 26 * s, bold=True)
        self.timer_font = style.font(self.font(), 54 * s, bold=True)
        self.counter_font = style.font(self.font(), 26 * s, bold=True)
        self.small_font = style.font(self.font(), 24 * s, bold=True)
        self.row_height = max(style.line_height(self.step_font), style.line_height(self.timer_font))

    def counter_width(self) -> float:
        if not self._content.counter:
            return 0.0
        return style.text_width(self._content.counter, self.counter_font) + 24 * self._scale

    def question_width(self) -> float:
        return max(self.width() - self.counter_width(), 1.0)

    def _relayout(self) -> None:
        self._fonts_and_heights()
        s = self._scale
        # The step's name is whole beside the timer and "over time": a size smaller if needed.
        for size in STEP_SIZES:
            self.step_font = style.font(self.font(), size * s, bold=True)
            if style.text_width(self._content.step, self.step_font) <= self.step_rect().width():
                break
        self.question_lines = []
        if self._content.question:
            # Two lines in large type, else three in somewhat smaller type, else cut.
            candidates = [(size, 2) for size in QUESTION_SIZES[:3]]
            candidates += [(size, QUESTION_LINES) for size in QUESTION_SIZES[1:]]
            for size, most in candidates:
                self.question_font = style.font(self.font(), size * s, bold=True)
                lines = style.wrap_lines(
                    self._content.question, self.question_font, self.question_width()
                )
                if len(lines) <= most:
                    break
            self.question_lines = style.fit_lines(
                self._content.question, self.question_font, self.question_width(), QUESTION_LINES
            )
        question_h = len(self.question_lines) * style.line_height(self.question_font)
        self.setFixedHeight(int(self.row_height + question_h + 22 * s))
        self.update()

    # -- painting --------------------------------------------------------------------------

    def timer_rect(self) -> QRectF:
        width = style.text_width(self._content.timer, self.timer_font) + 8 * self._scale
        return QRectF(self.width() - width, 0, width, self.row_height)

    def overrun_rect(self) -> QRectF | None:
        """Where "over time" goes: left of the timer, never on the step's name."""
        c = self._content
        if not (c.timer and c.overrun and c.overrun_text):
            return None
        timer = self.timer_rect()
        width = style.text_width(c.overrun_text, self.small_font) + 4
        return QRectF(timer.left() - width - 14 * self._scale, 0, width, self.row_height)

    def step_rect(self) -> QRectF:
        right = float(self.width())
        if self._content.timer:
            right = self.timer_rect().left()
        overrun = self.overrun_rect()
        if overrun is not None:
            right = overrun.left()
        return QRectF(0, 0, max(right - 24 * self._scale, 1.0), self.row_height)

    def step_text(self) -> str:
        return style.one_line(self._content.step, self.step_font, self.step_rect().width())

    def paintEvent(self, event: QPaintEvent) -> None:
        c, s = self._content, self._scale
        painter = QPainter(self)
        painter.setRenderHints(
            QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
        )
        left_middle = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        painter.setPen(style.TEXT)
        painter.setFont(self.step_font)
        painter.drawText(self.step_rect(), left_middle, self.step_text())
        if c.timer:
            timer = self.timer_rect()
            painter.setPen(style.OVERRUN if c.overrun else style.HIGHLIGHT)
            painter.setFont(self.timer_font)
            painter.drawText(
                timer, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), c.timer
            )
            label = self.overrun_rect()
            if label is not None:
                painter.setFont(self.small_font)
                painter.drawText(label, left_middle, c.overrun_text)
        y = self.row_height
        height = style.line_height(self.question_font)
        painter.setFont(self.question_font)
        painter.setPen(style.HIGHLIGHT)
        for line in self.question_lines:
            painter.drawText(
                QRectF(0, y, self.question_width(), height), int(Qt.AlignmentFlag.AlignLeft), line
            )
            y += height
        if c.counter and self.question_lines:
            painter.setFont(self.counter_font)
            painter.setPen(style.TEXT)
            counter = QRectF(
                self.width() - self.counter_width(), self.row_height, self.counter_width(), height
            )
            painter.drawText(
                counter, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), c.counter
            )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.CARD_BORDER)
        painter.drawRect(QRectF(0, self.height() - 10 * s, self.width(), 3 * s))
