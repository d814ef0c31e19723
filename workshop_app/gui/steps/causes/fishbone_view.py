"""The fishbone diagram of one problem, drawn from ``domain.fishbone_layout`` at the view's width.

The view lays the diagram out at its own width, so text keeps its real size, and takes the
height the drawing needs (the page scrolls); below the layout's minimum width it scales down.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPen,
    QResizeEvent,
    QTextLayout,
    QTextOption,
    QTransform,
)
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsView,
    QSizePolicy,
    QStyleOptionGraphicsItem,
    QWidget,
)

from workshop_app.domain.enums import Branch, Directness
from workshop_app.domain.fishbone_layout import Box, FishboneLayout, Metrics, layout_fishbone
from workshop_app.domain.model import Cause

INK = QColor("#1f2933")  # text and lines: near black, high contrast on white
BONE = QColor("#455a64")
RIB = QColor("#78909c")
HEAD_FILL = QColor("#0d47a1")
SELECTED = QColor("#1565c0")
SELECTED_FILL = QColor("#e3f2fd")
PAPER = QColor("#ffffff")
UNDERLYING_FILL = QColor("#f5f5f5")


def wrap_lines(text: str, font: QFont, width: float) -> list[str]:
    """``text`` in lines as Qt wraps it at ``width``: at word boundaries, else anywhere.

    A word too long for a line (Swedish compounds: "andrahandsuthyrning") is split with a
    hyphen; room for it is kept on every line.
    """
    text = " ".join(text.split())
    if not text:
        return [""]
    hyphen = QFontMetricsF(font).horizontalAdvance("-")
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    lines = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(max(width - hyphen, 1.0))
        start, end = line.textStart(), line.textStart() + line.textLength()
        piece = text[start:end].strip()
        if 0 < end < len(text) and text[end - 1].isalnum() and text[end].isalnum():
            piece += "-"
        lines.append(piece)
    layout.endLayout()
    return lines


def fit_lines(text: str, font: QFont, width: float, max_lines: int) -> list[str]:
    """The wrapped lines, at most ``max_lines``; the last ends in "…" when text is cut."""
    lines = wrap_lines(text, font, width)
    if len(lines) <= max_lines:
        return lines
    rest = " ".join(lines[max_lines - 1 :])
    elided = QFontMetricsF(font).elidedText(rest, Qt.TextElideMode.ElideRight, width)
    return [*lines[: max_lines - 1], elided]


class _TextBox(QGraphicsItem):
    """A rectangle with lines of text: a cause, a branch label, the head or the legend."""

    def __init__(
        self,
        box: Box,
        lines: Sequence[str],
        font: QFont,
        line_height: float,
        padding: float,
        *,
        ink: QColor = INK,
        fill: QColor | None = None,
        border: QPen | None = None,
        centred: bool = False,
    ) -> None:
        super().__init__()
        self.rect = QRectF(box.x, box.y, box.w, box.h)
        self.lines = list(lines)
        self._font = font
        self._line_height = line_height
        self._padding = padding
        self._ink = ink
        self._fill = fill
        self._border = border
        self._centred = centred

    def boundingRect(self) -> QRectF:
        return self.rect.adjusted(-2, -2, 2, 2)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        selected = self.isSelected()
        fill = SELECTED_FILL if selected else self._fill
        if fill is not None or self._border is not None or selected:
            painter.setBrush(fill if fill is not None else Qt.BrushStyle.NoBrush)
            if selected:
                painter.setPen(QPen(SELECTED, 3))
            else:
                painter.setPen(self._border if self._border is not None else Qt.PenStyle.NoPen)
            painter.drawRoundedRect(self.rect, 4, 4)
        painter.setFont(self._font)
        painter.setPen(self._ink)
        inner = self.rect.adjusted(self._padding, self._padding, -self._padding, -self._padding)
        flags = Qt.AlignmentFlag.AlignVCenter | (
            Qt.AlignmentFlag.AlignHCenter if self._centred else Qt.AlignmentFlag.AlignLeft
        )
        top = inner.top() + (inner.height() - self._line_height * len(self.lines)) / 2
        for number, line in enumerate(self.lines):
            row = QRectF(
                inner.left(), top + number * self._line_height, inner.width(), self._line_height
            )
            painter.drawText(row, int(flags), line)


@dataclass(frozen=True)
class _Content:
    """What the diagram shows; when it and the width are unchanged nothing is redrawn."""

    causes: tuple[Cause, ...]
    problem_id: str
    head_text: str
    branch_titles: tuple[tuple[Branch, str], ...]
    legend: tuple[str, str]


class FishboneView(QGraphicsView):
    """Draws a problem's causes as a fishbone; clicking a cause reports its id."""

    cause_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fishbone")
        self.setScene(QGraphicsScene(self))
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setBackgroundBrush(PAPER)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the cause tree is the keyboard's way in
        self.setMinimumWidth(200)
        self._content: _Content | None = None
        self._drawn: tuple[_Content, int] | None = None
        self._items: dict[str, _TextBox] = {}
        self._selected: str | None = None
        self._selecting = False
        self.layout_result: FishboneLayout | None = None
        self.scene().selectionChanged.connect(self._selection_changed)

    # -- what to show --------------------------------------------------------------------

    def show_problem(
        self,
        causes: Sequence[Cause],
        problem_id: str,
        head_text: str,
        branch_titles: Mapping[Branch, str],
        legend: tuple[str, str],
    ) -> None:
        """Draw ``problem_id``'s causes (others in ``causes`` are ignored)."""
        self._content = _Content(
            tuple(c for c in causes if c.problem_id == problem_id),
            problem_id,
            head_text,
            tuple(branch_titles.items()),
            legend,
        )
        self._redraw()

    def clear(self) -> None:
        self._content = None
        self._redraw()

    def select_cause(self, cause_id: str | None) -> None:
        self._selected = cause_id
        self._selecting = True
        try:
            for item_id, item in self._items.items():
                item.setSelected(item_id == cause_id)
        finally:
            self._selecting = False

    def cause_rects(self) -> dict[str, QRectF]:
        """Where each cause is drawn, in scene coordinates (for tests and tooltips)."""
        return {cause_id: item.rect for cause_id, item in self._items.items()}

    def cause_lines(self, cause_id: str) -> list[str]:
        return list(self._items[cause_id].lines)

    # -- Qt ------------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(500, self.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._redraw()

    # -- drawing -------------------------------------------------------------------------

    def _fonts(self) -> tuple[QFont, QFont, QFont]:
        text = QFont(self.font())
        bold = QFont(text)
        bold.setBold(True)  # same size: bold keeps the line height of the text
        return text, bold, bold

    def _redraw(self) -> None:
        width = max(self.viewport().width(), 1)
        content = self._content
        if content is not None and self._drawn == (content, width):
            return
        self._drawn = (content, width) if content is not None else None
        scene = self.scene()
        self._selecting = True
        try:
            scene.clear()
        finally:
            self._selecting = False
        self._items = {}
        self.layout_result = None
        if content is None:
            self.setFixedHeight(120)
            return
        text_font, label_font, head_font = self._fonts()
        line_height = math.ceil(QFontMetricsF(text_font).lineSpacing())
        label_height = math.ceil(QFontMetricsF(label_font).lineSpacing()) + 6
        metrics = Metrics(line_height=line_height, label_height=label_height)
        pad = metrics.padding
        # The head is at least as wide as the problem's longest word, within reason.
        bold = QFontMetricsF(head_font)
        longest = max((bold.horizontalAdvance(w) for w in content.head_text.split()), default=0)
        hyphen = bold.horizontalAdvance("-")
        head_width = min(longest + hyphen + 2 * pad + 4, width * 0.4, metrics.max_head_width)
        metrics = dataclasses.replace(
            metrics, min_head_width=max(metrics.min_head_width, head_width)
        )

        def count_lines(text: str, text_width: float) -> int:
            return len(wrap_lines(text, text_font, text_width))

        def count_head_lines(text: str, text_width: float) -> int:
            return len(wrap_lines(text, head_font, text_width))

        layout = layout_fishbone(
            content.causes,
            content.problem_id,
            content.head_text,
            width,
            metrics,
            count_lines,
            count_head_lines,
        )
        self.layout_result = layout

        scene.addLine(*_coords(layout.spine), QPen(BONE, 4))
        titles = dict(content.branch_titles)
        for branch in layout.branches:
            scene.addLine(*_coords(branch.bone), QPen(BONE, 2.5))
            label = branch.label
            title = QFontMetricsF(label_font).elidedText(
                titles.get(branch.branch, branch.branch.value),
                Qt.TextElideMode.ElideRight,
                label.w - 2 * pad,
            )
            scene.addItem(_TextBox(label, [title], label_font, label.h - 6, pad))
        by_id = {c.id: c for c in content.causes}
        for placed in layout.causes:
            for segment in placed.connector:
                scene.addLine(*_coords(segment), QPen(RIB, 1.5))
            cause = by_id[placed.cause_id]
            underlying = cause.directness == Directness.UNDERLYING
            border = QPen(INK, 1.5, Qt.PenStyle.DashLine if underlying else Qt.PenStyle.SolidLine)
            item = _TextBox(
                placed.box,
                fit_lines(cause.description, text_font, placed.box.w - 2 * pad, placed.lines),
                text_font,
                line_height,
                pad,
                fill=UNDERLYING_FILL if underlying else PAPER,
                border=border,
            )
            item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
            item.setToolTip(cause.description)
            item.setCursor(Qt.CursorShape.PointingHandCursor)
            item.setSelected(cause.id == self._selected)
            scene.addItem(item)
            self._items[cause.id] = item
        head = layout.head
        scene.addItem(
            _TextBox(
                head,
                fit_lines(content.head_text, head_font, head.w - 2 * pad, layout.head_lines),
                head_font,
                line_height,
                pad,
                ink=PAPER,
                fill=HEAD_FILL,
                border=QPen(HEAD_FILL, 1),
                centred=True,
            )
        )
        self._draw_legend(layout.legend, content.legend, text_font, line_height)

        scene.setSceneRect(0, 0, layout.width, layout.height)
        scale = min(1.0, width / layout.width)
        self.setTransform(QTransform.fromScale(scale, scale))
        self.setFixedHeight(math.ceil(layout.height * scale) + 2 * self.frameWidth())

    def _draw_legend(
        self, legend: Box, texts: tuple[str, str], font: QFont, line_height: float
    ) -> None:
        metrics = QFontMetricsF(font)
        sample_w, x = 28.0, legend.x
        for text, style, fill in (
            (texts[0], Qt.PenStyle.SolidLine, PAPER),
            (texts[1], Qt.PenStyle.DashLine, UNDERLYING_FILL),
        ):
            sample = Box(x, legend.y + 3, sample_w, legend.h - 6)
            self.scene().addItem(
                _TextBox(sample, [], font, line_height, 0, fill=fill, border=QPen(INK, 1.5, style))
            )
            text_w = min(metrics.horizontalAdvance(text) + 8, legend.right - x - sample_w - 6)
            if text_w <= 0:
                break
            shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, text_w)
            label = Box(x + sample_w + 6, legend.y, text_w, legend.h)
            self.scene().addItem(_TextBox(label, [shown], font, line_height, 0))
            x = label.right + 24

    def _selection_changed(self) -> None:
        if self._selecting:
            return
        chosen = [i for i, item in self._items.items() if item.isSelected()]
        if chosen:
            self._selected = chosen[0]
            self.cause_clicked.emit(chosen[0])


def _coords(segment: object) -> tuple[float, float, float, float]:
    return (segment.x1, segment.y1, segment.x2, segment.y2)  # type: ignore[attr-defined]
