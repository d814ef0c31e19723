"""The fishbone of one problem drawn large and light-on-dark for the projector.

Geometry comes from ``domain.fishbone_layout`` (boxes never overlap), laid out at the view's
width by ``fishbone_pages``: the type shrinks to the readable floor (24 px at 1024×768), then
the causes go on pages ("Sida 1/3", turned from the laptop with Alt+PgDown/PgUp), and the page
of a cause just added is shown. Only a narrow movable window scales the drawing down.
"""

from __future__ import annotations

from PySide6.QtCore import QLineF, QRectF, Qt, Signal
from PySide6.QtGui import QFont, QPainter, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from workshop_app.domain.enums import Directness
from workshop_app.domain.fishbone_layout import Box, FishboneLayout
from workshop_app.domain.presentation_content import newest_added
from workshop_app.domain.slide_model import FishboneFocus
from workshop_app.gui.room.projector import style
from workshop_app.gui.room.projector.captions import Captions
from workshop_app.gui.room.projector.fishbone_pages import TEXT_SIZES, FishbonePages, fit_fishbone

NEW_PEN = 4  # px at 1024×768: the cause just added stands out


class FishboneFocusView(QWidget):
    """Paints one page of the fishbone; ``drawing`` is the page shown."""

    page_changed = Signal(int, int)  # page shown (from 0), pages

    def __init__(self, captions: Captions | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("presentationFishbone")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._captions = captions or Captions(self)
        self._focus: FishboneFocus | None = None
        self._scale = 1.0
        self._computed: FishbonePages | None = None
        self._page = 0
        self._follow: str | None = None  # a cause just added: its page is shown
        self.newest: str | None = None  # … and drawn with a yellow border
        self._reported = (0, 1)

    def show_focus(self, focus: FishboneFocus, scale: float) -> None:
        if (focus, scale) == (self._focus, self._scale):
            return
        if self._focus is None or focus.problem_id != self._focus.problem_id:
            self._page, self.newest, self._follow = 0, None, None
        else:
            added = newest_added([c.id for c in self._focus.causes], [c.id for c in focus.causes])
            if added is not None:
                self.newest = self._follow = added
        self._focus, self._scale, self._computed = focus, scale, None
        self.setAccessibleDescription(focus.title)
        self.update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._computed = None

    # -- layout and pages ------------------------------------------------------------------

    @property
    def pages(self) -> FishbonePages:
        """Every page's layout (computed now if the content or size changed)."""
        if self._computed is None:
            assert self._focus is not None
            height = float(self.height())
            self._computed = fit_fishbone(
                self._focus,
                self.font(),
                self._scale,
                float(self.width()),
                height,
                height - self._page_line_height() - 8 * self._scale,
            )
            if self._follow is not None:
                found = self._computed.page_of(self._follow)
                self._page = found if found is not None else self._page
                self._follow = None
            self._page = max(0, min(self._page, len(self._computed.pages) - 1))
        self._report()
        return self._computed

    @property
    def drawing(self) -> tuple[FishboneLayout, QFont, QFont, float, float]:
        """The page shown: (layout, text font, bold font, line height, drawing scale)."""
        p = self.pages
        return p.pages[self._page], p.text, p.bold, p.line_height, p.fit

    @property
    def page(self) -> int:
        _ = self.pages
        return self._page

    @property
    def page_count(self) -> int:
        return len(self.pages.pages)

    def turn_page(self, delta: int) -> bool:
        """Show the next (+1) or previous (-1) page; False when there is none that way."""
        page = self._page + delta
        if not 0 <= page < self.page_count:
            return False
        self._page = page
        self._report()
        self.update()
        return True

    def page_text(self) -> str:
        count = self.page_count
        return self._captions.page_of(self._page + 1, count) if count > 1 else ""

    def page_rect(self) -> QRectF | None:
        """Where "Sida 1/3" is drawn (below every page's drawing); None on one page."""
        if self.page_count <= 1:
            return None
        line_h = self._page_line_height()
        return QRectF(0, self.height() - line_h, self.width(), line_h)

    def _page_font(self) -> QFont:
        return style.font(self.font(), TEXT_SIZES[-1] * self._scale, bold=True)

    def _page_line_height(self) -> float:
        return style.line_height(self._page_font())

    def _report(self) -> None:
        now = (self._page, len(self._computed.pages) if self._computed else 1)
        if now != self._reported:
            self._reported = now
            self.page_changed.emit(*now)

    # -- painting --------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._focus is None:
            return
        layout, text, bold, line_h, fit = self.drawing
        s = self._scale
        pad = 8 * s
        painter = QPainter(self)
        painter.setRenderHints(
            QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
        )
        painter.scale(fit, fit)
        painter.setPen(QPen(style.TEXT, 5 * s))
        painter.drawLine(_line(layout.spine))
        titles = dict(self._focus.branch_titles)
        for branch in layout.branches:
            painter.setPen(QPen(style.TEXT, 3.5 * s))
            painter.drawLine(_line(branch.bone))
            label = _rect(branch.label)
            painter.setFont(bold)
            painter.setPen(style.HIGHLIGHT)
            shown = style.one_line(
                titles.get(branch.branch, branch.branch.value), bold, label.width() - 2 * pad
            )
            painter.drawText(
                label.adjusted(pad, 0, -pad, 0),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                shown,
            )
        causes = {c.id: c for c in self._focus.causes}
        for placed in layout.causes:
            painter.setPen(QPen(style.CARD_BORDER, 2 * s))
            for segment in placed.connector:
                painter.drawLine(_line(segment))
            cause = causes[placed.cause_id]
            underlying = cause.directness == Directness.UNDERLYING
            new = placed.cause_id == self.newest
            pen = QPen(
                style.HIGHLIGHT if new else style.TEXT,
                (NEW_PEN if new else 2) * s,
                Qt.PenStyle.DashLine if underlying else Qt.PenStyle.SolidLine,
            )
            box = _rect(placed.box)
            painter.setPen(pen)
            painter.setBrush(style.CARD)
            painter.drawRoundedRect(box, 6 * s, 6 * s)
            # Whole: ``placed.lines`` is less only for a cause taller than a page ("…").
            lines = style.fit_lines(cause.description, text, box.width() - 2 * pad, placed.lines)
            self._text_lines(painter, box, lines, text, line_h, pad, style.TEXT, centred=False)
        head = _rect(layout.head)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.HIGHLIGHT)
        painter.drawRoundedRect(head, 8 * s, 8 * s)
        lines = style.fit_lines(self._focus.title, bold, head.width() - 2 * pad, layout.head_lines)
        self._text_lines(painter, head, lines, bold, line_h, pad, style.BACKGROUND, centred=True)
        self._legend(painter, _rect(layout.legend), text, s)
        page = self.page_rect()
        if page is not None:
            painter.resetTransform()
            painter.setFont(self._page_font())
            painter.setPen(style.HIGHLIGHT)
            painter.drawText(
                page,
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                self.page_text(),
            )

    def _text_lines(
        self,
        painter: QPainter,
        box: QRectF,
        lines: list[str],
        text_font: QFont,
        line_h: float,
        pad: float,
        colour: object,
        *,
        centred: bool,
    ) -> None:
        painter.setFont(text_font)
        painter.setPen(colour)
        inner = box.adjusted(pad, pad, -pad, -pad)
        top = inner.top() + (inner.height() - line_h * len(lines)) / 2
        align = Qt.AlignmentFlag.AlignHCenter if centred else Qt.AlignmentFlag.AlignLeft
        for number, line in enumerate(lines):
            row = QRectF(inner.left(), top + number * line_h, inner.width() + 2, line_h)
            painter.drawText(row, int(align | Qt.AlignmentFlag.AlignVCenter), line)

    def _legend(self, painter: QPainter, legend: QRectF, text_font: QFont, s: float) -> None:
        assert self._focus is not None
        x = legend.left()
        painter.setFont(text_font)
        for label, style_ in zip(
            self._focus.legend, (Qt.PenStyle.SolidLine, Qt.PenStyle.DashLine), strict=True
        ):
            sample = QRectF(x, legend.top() + 3, 34 * s, legend.height() - 6)
            painter.setPen(QPen(style.TEXT, 2 * s, style_))
            painter.setBrush(style.CARD)
            painter.drawRect(sample)
            painter.setPen(style.TEXT)
            width = style.text_width(label, text_font) + 8
            painter.drawText(
                QRectF(sample.right() + 8 * s, legend.top(), width, legend.height()),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                label,
            )
            x = sample.right() + 8 * s + width + 30 * s


def _rect(box: Box) -> QRectF:
    return QRectF(box.x, box.y, box.w, box.h)


def _line(segment: object) -> QLineF:
    return QLineF(segment.x1, segment.y1, segment.x2, segment.y2)  # type: ignore[attr-defined]
