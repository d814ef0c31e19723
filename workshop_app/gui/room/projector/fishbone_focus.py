"""The fishbone of one problem drawn large and light-on-dark for the projector.

Geometry comes from ``domain.fishbone_layout`` (boxes never overlap), laid out at the view's
width with large type; for a diagram taller than the view the type is made smaller first and
the whole drawing is scaled down only as the last resort.
"""

from __future__ import annotations

import dataclasses
import math

from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QFont, QPainter, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from workshop_app.domain.enums import Directness
from workshop_app.domain.fishbone_layout import Box, FishboneLayout, Metrics, layout_fishbone
from workshop_app.domain.presentation_content import FishboneFocus
from workshop_app.gui.room.projector import style

TEXT_SIZES = (26, 24, 22, 20, 18, 16)  # px at 1024×768; below 20 only for very many causes


class FishboneFocusView(QWidget):
    """Paints the fishbone; ``drawing_scale`` < 1 when even the smallest type did not fit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("presentationFishbone")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._focus: FishboneFocus | None = None
        self._scale = 1.0
        self._computed: tuple[FishboneLayout, QFont, QFont, float, float] | None = None

    def show_focus(self, focus: FishboneFocus, scale: float) -> None:
        if (focus, scale) == (self._focus, self._scale):
            return
        self._focus, self._scale, self._computed = focus, scale, None
        self.setAccessibleDescription(focus.title)
        self.update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._computed = None

    @property
    def drawing(self) -> tuple[FishboneLayout, QFont, QFont, float, float]:
        """(layout, text font, bold font, line height, drawing scale)."""
        if self._computed is None:
            self._computed = self._compute()
        return self._computed

    def _compute(self) -> tuple[FishboneLayout, QFont, QFont, float, float]:
        assert self._focus is not None
        focus, s = self._focus, self._scale
        width, height = max(float(self.width()), 1.0), max(float(self.height()), 1.0)
        result: tuple[FishboneLayout, QFont, QFont, float, float] | None = None
        for size in TEXT_SIZES:
            text = style.font(self.font(), size * s)
            bold = style.font(self.font(), size * s, bold=True)
            line_h = math.ceil(style.line_height(text))
            metrics = Metrics(
                line_height=line_h,
                label_height=math.ceil(style.line_height(bold)) + 8 * s,
                padding=8 * s,
                gap=10 * s,
                column_gap=28 * s,
                indent=24 * s,
                rib=14 * s,
                slant=48 * s,
                margin=6 * s,
                spine_clearance=18 * s,
                head_share=0.24,
                min_head_width=160 * s,
                max_head_width=360 * s,
                min_box_width=120 * s,
                max_lines=3,
                head_max_lines=7,
                min_width=400,
                empty_half=60 * s,
            )
            longest = max((style.text_width(w, bold) for w in focus.title.split()), default=0.0)
            metrics = dataclasses.replace(
                metrics,
                min_head_width=max(metrics.min_head_width, min(longest + 24 * s, width * 0.35)),
            )

            def count(text_: str, w: float, f: QFont = text) -> int:
                return len(style.wrap_lines(text_, f, w))

            def count_head(text_: str, w: float, f: QFont = bold) -> int:
                return len(style.wrap_lines(text_, f, w))

            layout = layout_fishbone(
                focus.causes, focus.problem_id, focus.title, width, metrics, count, count_head
            )
            fit = min(1.0, height / layout.height, width / layout.width)
            if fit < 1.0 and size == TEXT_SIZES[-1]:
                # Scaled down after all: lay it out wider, so that it fills the width once
                # scaled and its boxes need fewer lines.
                wider = layout_fishbone(
                    focus.causes,
                    focus.problem_id,
                    focus.title,
                    width / fit,
                    metrics,
                    count,
                    count_head,
                )
                layout, fit = wider, min(1.0, height / wider.height, width / wider.width)
            result = (layout, text, bold, float(line_h), fit)
            if fit >= 1.0:
                break
        assert result is not None
        return result

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
            pen = QPen(
                style.TEXT, 2 * s, Qt.PenStyle.DashLine if underlying else Qt.PenStyle.SolidLine
            )
            box = _rect(placed.box)
            painter.setPen(pen)
            painter.setBrush(style.CARD)
            painter.drawRoundedRect(box, 6 * s, 6 * s)
            lines = style.fit_lines(cause.description, text, box.width() - 2 * pad, placed.lines)
            self._text_lines(painter, box, lines, text, line_h, pad, style.TEXT, centred=False)
        head = _rect(layout.head)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.HIGHLIGHT)
        painter.drawRoundedRect(head, 8 * s, 8 * s)
        lines = style.fit_lines(self._focus.title, bold, head.width() - 2 * pad, layout.head_lines)
        self._text_lines(painter, head, lines, bold, line_h, pad, style.BACKGROUND, centred=True)
        self._legend(painter, _rect(layout.legend), text, s)

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
