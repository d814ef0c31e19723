"""One item large on the projector: a problem with its causes and measures (painted)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from workshop_app.domain.presentation_content import CardLine, ProblemFocus
from workshop_app.gui.presentation import style
from workshop_app.gui.presentation.captions import Captions

TITLE_SIZES = (40, 36, 32, 28)  # px at 1024×768
LIST_SIZES = (28, 26, 24, 22, 21, 20)  # the last is the floor
ITEM_LINES = 3


@dataclass
class ListLine:
    text: str
    indent: float
    bullet: bool
    highlight: bool = False  # a measure's lead, "+ N more"


@dataclass
class FittedList:
    font: QFont
    lines: list[ListLine]
    hidden: int


def fit_list(
    items: Sequence[CardLine], base: QFont, scale: float, width: float, height: float
) -> FittedList:
    """The items as wrapped lines: the largest size at which all fit, else the floor + more."""
    fitted: FittedList | None = None
    for size in LIST_SIZES:
        fitted = _lines_at(items, style.font(base, size * scale), scale, width, height)
        if fitted.hidden == 0:
            return fitted
    assert fitted is not None
    return fitted


def _lines_at(
    items: Sequence[CardLine], text_font: QFont, scale: float, width: float, height: float
) -> FittedList:
    line_h = style.line_height(text_font)
    bullet = style.text_width("– ", text_font)
    lines: list[ListLine] = []
    used = 0.0
    for number, item in enumerate(items):
        indent = 28 * scale * min(item.depth, 3)
        room = width - indent - bullet
        wrapped = style.fit_lines(item.text, text_font, room, ITEM_LINES)
        detail = style.one_line(item.detail, text_font, room) if item.detail else ""
        needed = (len(wrapped) + (1 if detail else 0)) * line_h + 6 * scale
        reserve = line_h if number < len(items) - 1 else 0.0
        if used + needed + reserve > height:
            return FittedList(text_font, lines, len(items) - number)
        for index, text in enumerate(wrapped):
            lines.append(ListLine(text, indent, index == 0, item.new))
        if detail:
            lines.append(ListLine(detail, indent, False, True))
        lines.append(ListLine("", 0, False))  # a little air between items
        used += needed
    return FittedList(text_font, lines, 0)


class ProblemFocusView(QWidget):
    """The problem's title and place on top, its causes and measures in two columns."""

    def __init__(self, captions: Captions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("presentationProblemFocus")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._captions = captions
        self._focus: ProblemFocus | None = None
        self._scale = 1.0
        self._computed: dict[str, object] | None = None

    def show_focus(self, focus: ProblemFocus, scale: float) -> None:
        if (focus, scale) == (self._focus, self._scale):
            return
        self._focus, self._scale, self._computed = focus, scale, None
        self.setAccessibleDescription(focus.title)
        self.update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._computed = None

    # -- layout ----------------------------------------------------------------------------

    def parts(self) -> dict[str, object]:
        """Title lines and font, the subtitle and the two fitted columns (also for tests)."""
        if self._computed is None:
            self._computed = self._compute()
        return self._computed

    def column_width(self) -> float:
        return (self.width() - 40 * self._scale) / 2

    def _compute(self) -> dict[str, object]:
        assert self._focus is not None
        focus, s, width = self._focus, self._scale, float(self.width())
        title_font = style.font(self.font(), TITLE_SIZES[-1] * s, bold=True)
        title_lines: list[str] = []
        for size in TITLE_SIZES:
            title_font = style.font(self.font(), size * s, bold=True)
            title_lines = style.wrap_lines(focus.title, title_font, width)
            if len(title_lines) <= 2:
                break
        title_lines = style.fit_lines(focus.title, title_font, width, 2)
        detail_font = style.font(self.font(), 24 * s)
        facts = [t for t in (self._captions.fact(f) for f in focus.facts) if t]
        votes = next((f.value for f in focus.facts if f.kind == "votes"), "")
        if votes:
            facts.insert(0, self._captions.votes(int(votes)))
        if focus.place:
            facts.insert(0, self._captions.place(focus.place))
        subtitle = style.one_line("  ·  ".join(facts), detail_font, width) if facts else ""
        top = len(title_lines) * style.line_height(title_font)
        top += style.line_height(detail_font) if subtitle else 0.0
        top += 20 * s
        heading_font = style.font(self.font(), 28 * s, bold=True)
        list_top = top + style.line_height(heading_font) + 8 * s
        room = self.height() - list_top
        column = self.column_width()
        return {
            "title_font": title_font,
            "title_lines": title_lines,
            "detail_font": detail_font,
            "subtitle": subtitle,
            "heading_font": heading_font,
            "top": top,
            "list_top": list_top,
            "causes": fit_list(focus.causes, self.font(), s, column, room),
            "measures": fit_list(focus.measures, self.font(), s, column, room),
        }

    # -- painting --------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._focus is None:
            return
        p = self.parts()
        s = self._scale
        painter = QPainter(self)
        painter.setRenderHints(
            QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
        )
        left = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        title_font: QFont = p["title_font"]  # type: ignore[assignment]
        y = 0.0
        painter.setFont(title_font)
        painter.setPen(style.TEXT)
        th = style.line_height(title_font)
        for line in p["title_lines"]:  # type: ignore[attr-defined]
            painter.drawText(QRectF(0, y, self.width(), th), left, line)
            y += th
        if p["subtitle"]:
            detail_font: QFont = p["detail_font"]  # type: ignore[assignment]
            painter.setFont(detail_font)
            painter.setPen(style.HIGHLIGHT)
            dh = style.line_height(detail_font)
            painter.drawText(QRectF(0, y, self.width(), dh), left, str(p["subtitle"]))
        column = self.column_width()
        top = float(p["top"])  # type: ignore[arg-type]
        heading_font: QFont = p["heading_font"]  # type: ignore[assignment]
        for index, (heading, fitted, empty) in enumerate(
            (
                (self._captions.causes(), p["causes"], self._captions.no_causes()),
                (self._captions.measures(), p["measures"], self._captions.no_measures()),
            )
        ):
            x = index * (column + 40 * s)
            hh = style.line_height(heading_font)
            painter.setFont(heading_font)
            painter.setPen(style.HIGHLIGHT)
            painter.drawText(QRectF(x, top, column, hh), left, heading)
            painter.setBrush(style.CARD_BORDER)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawRect(QRectF(x, top + hh + 2 * s, column, 2 * s))
            self._paint_list(painter, fitted, x, float(p["list_top"]), column, empty)  # type: ignore[arg-type]

    def _paint_list(
        self, painter: QPainter, fitted: FittedList, x: float, y: float, width: float, empty: str
    ) -> None:
        painter.setFont(fitted.font)
        line_h = style.line_height(fitted.font)
        bullet = style.text_width("– ", fitted.font)
        left = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if not fitted.lines:
            painter.setPen(style.TEXT)
            painter.drawText(QRectF(x, y, width, line_h), left, empty)
            return
        for line in fitted.lines:
            if not line.text:
                y += 6 * self._scale
                continue
            painter.setPen(style.HIGHLIGHT if line.highlight else style.TEXT)
            if line.bullet:
                painter.drawText(QRectF(x + line.indent, y, bullet, line_h), left, "–")
            painter.drawText(
                QRectF(x + line.indent + bullet, y, width - line.indent - bullet + 2, line_h),
                left,
                line.text,
            )
            y += line_h
        if fitted.hidden:
            painter.setPen(style.HIGHLIGHT)
            painter.drawText(QRectF(x, y, width, line_h), left, self._captions.more(fitted.hidden))
