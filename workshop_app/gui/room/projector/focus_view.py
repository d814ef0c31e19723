"""One item large on the projector: a problem with its causes and measures (painted).

The lists shrink to the floor (24 px at 1024×768), then go on pages ("Sida 1/2") turned from
the laptop like the cards' pages; nothing is left out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QFont, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from workshop_app.domain.presentation_content import CardLine, ProblemFocus
from workshop_app.gui.room.projector import style
from workshop_app.gui.room.projector.captions import Captions

TITLE_SIZES = (40, 36, 32, 28)  # px at 1024×768
TITLE_LINES = 4
LIST_SIZES = (28, 27, 26, 25, 24)  # the last is the floor
ITEM_LINES = 10  # a cause of the method's usual length is always whole


@dataclass
class ListLine:
    text: str
    indent: float
    bullet: bool
    highlight: bool = False  # a measure's lead, "+ N more"


@dataclass
class FittedList:
    font: QFont
    pages: list[list[ListLine]]  # one page when every item fits
    page: int = 0

    @property
    def lines(self) -> list[ListLine]:
        return self.pages[self.page] if self.page < len(self.pages) else []


def fit_list(
    items: Sequence[CardLine],
    base: QFont,
    scale: float,
    width: float,
    height: float,
    paged_height: float | None = None,
) -> FittedList:
    """The items as wrapped lines: the largest size at which all fit on one page, else pages
    of whole items at the floor (``paged_height``: the room when there are pages)."""
    for size in LIST_SIZES:
        text_font = style.font(base, size * scale)
        pages = _pages_at(items, text_font, scale, width, height)
        if len(pages) <= 1:
            return FittedList(text_font, pages)
    text_font = style.font(base, LIST_SIZES[-1] * scale)
    room = height if paged_height is None else paged_height
    return FittedList(text_font, _pages_at(items, text_font, scale, width, room))


def _pages_at(
    items: Sequence[CardLine], text_font: QFont, scale: float, width: float, height: float
) -> list[list[ListLine]]:
    line_h = style.line_height(text_font)
    bullet = style.text_width("– ", text_font)
    pages: list[list[ListLine]] = []
    lines: list[ListLine] = []
    used = 0.0
    for item in items:
        indent = 28 * scale * min(item.depth, 3)
        room = width - indent - bullet
        wrapped = style.fit_lines(item.text, text_font, room, ITEM_LINES)
        detail = style.fit_lines(item.detail, text_font, room, 2) if item.detail else []
        needed = (len(wrapped) + len(detail)) * line_h + 6 * scale
        if lines and used + needed > height:
            pages.append(lines)
            lines, used = [], 0.0
        for index, text in enumerate(wrapped):
            lines.append(ListLine(text, indent, index == 0, item.new))
        lines += [ListLine(text, indent, False, True) for text in detail]
        lines.append(ListLine("", 0, False))  # a little air between items
        used += needed
    if lines:
        pages.append(lines)
    return pages


class ProblemFocusView(QWidget):
    """The problem's title and place on top, its causes and measures in two columns."""

    page_changed = Signal(int, int)

    def __init__(self, captions: Captions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("presentationProblemFocus")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._captions = captions
        self._focus: ProblemFocus | None = None
        self._scale = 1.0
        self._computed: dict[str, object] | None = None
        self._page = 0
        self._reported = (0, 1)

    def show_focus(self, focus: ProblemFocus, scale: float) -> None:
        if (focus, scale) == (self._focus, self._scale):
            return
        if self._focus is None or focus.problem_id != self._focus.problem_id:
            self._page = 0
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
            self._page = max(0, min(self._page, self._count(self._computed) - 1))
        for key in ("causes", "measures"):
            fitted = self._computed[key]
            assert isinstance(fitted, FittedList)
            fitted.page = self._page
        now = (self._page, self._count(self._computed))
        if now != self._reported:
            self._reported = now
            self.page_changed.emit(*now)
        return self._computed

    @staticmethod
    def _count(parts: dict[str, object]) -> int:
        lists = [parts["causes"], parts["measures"]]
        return max(max(len(f.pages) for f in lists if isinstance(f, FittedList)), 1)

    @property
    def page(self) -> int:
        self.parts()
        return self._page

    @property
    def page_count(self) -> int:
        return self._count(self.parts())

    def turn_page(self, delta: int) -> bool:
        page = self._page + delta
        if not 0 <= page < self.page_count:
            return False
        self._page = page
        self.parts()
        self.update()
        return True

    def page_text(self) -> str:
        count = self.page_count
        return self._captions.page_of(self._page + 1, count) if count > 1 else ""

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
        title_lines = style.fit_lines(focus.title, title_font, width, TITLE_LINES)
        detail_font = style.font(self.font(), 24 * s)
        facts = [t for t in (self._captions.fact(f) for f in focus.facts) if t]
        votes = next((f.value for f in focus.facts if f.kind == "votes"), "")
        if votes:
            facts.insert(0, self._captions.votes(int(votes)))
        if focus.place:
            facts.insert(0, self._captions.place(focus.place))
        subtitle = style.fit_lines("  ·  ".join(facts), detail_font, width, 2) if facts else []
        top = len(title_lines) * style.line_height(title_font)
        top += len(subtitle) * style.line_height(detail_font)
        top += 20 * s
        heading_font = style.font(self.font(), 28 * s, bold=True)
        list_top = top + style.line_height(heading_font) + 8 * s
        room = self.height() - list_top
        paged = room - style.line_height(style.font(self.font(), LIST_SIZES[-1] * s)) - 8 * s
        column = self.column_width()
        return {
            "title_font": title_font,
            "title_lines": title_lines,
            "detail_font": detail_font,
            "subtitle": subtitle,
            "heading_font": heading_font,
            "top": top,
            "list_top": list_top,
            "causes": fit_list(focus.causes, self.font(), s, column, room, paged),
            "measures": fit_list(focus.measures, self.font(), s, column, room, paged),
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
        detail_font: QFont = p["detail_font"]  # type: ignore[assignment]
        painter.setFont(detail_font)
        painter.setPen(style.HIGHLIGHT)
        dh = style.line_height(detail_font)
        for line in p["subtitle"]:  # type: ignore[attr-defined]
            painter.drawText(QRectF(0, y, self.width(), dh), left, line)
            y += dh
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
        if self.page_count > 1:
            font = style.font(self.font(), LIST_SIZES[-1] * s, bold=True)
            painter.setFont(font)
            painter.setPen(style.HIGHLIGHT)
            line_h = style.line_height(font)
            painter.drawText(
                QRectF(0, self.height() - line_h, self.width(), line_h),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                self.page_text(),
            )

    def _paint_list(
        self, painter: QPainter, fitted: FittedList, x: float, y: float, width: float, empty: str
    ) -> None:
        painter.setFont(fitted.font)
        line_h = style.line_height(fitted.font)
        bullet = style.text_width("– ", fitted.font)
        left = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if not fitted.pages:
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
