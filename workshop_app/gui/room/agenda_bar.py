"""The agenda's bar column: planned time outlined, used time filled in, overrun in red."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from workshop_app.gui.error_report import QtCallGuard

BAR_ROLE = Qt.ItemDataRole.UserRole + 1  # (planned seconds, used seconds, scale seconds)
OVER_TEXT = "#a31515"  # the overrun, in the bar and as the text of an over-time difference
PLAN_OUTLINE = "#5f6368"
USED_FILL = "#1565c0"


class BarDelegate(QtCallGuard, QStyledItemDelegate):
    """The planned time as an outlined bar, the used time filled in, overrun in red."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        super().paint(painter, option, index)
        value = index.data(BAR_ROLE)
        if not value:
            return
        planned, used, scale = value
        if scale <= 0:
            return
        area = option.rect.adjusted(6, 8, -6, -8)
        if area.width() <= 0 or area.height() <= 0:
            return
        per_second = area.width() / scale
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        within = min(used, planned) if planned else 0
        over = used - within
        if within:
            painter.fillRect(
                QRect(area.left(), area.top(), round(within * per_second), area.height()),
                QColor(USED_FILL),
            )
        if over:
            left = area.left() + round(within * per_second)
            painter.fillRect(
                QRect(left, area.top(), max(2, round(over * per_second)), area.height()),
                QColor(OVER_TEXT),
            )
        if planned:
            painter.setPen(QPen(QColor(PLAN_OUTLINE), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(
                QRect(area.left(), area.top(), round(planned * per_second), area.height())
            )
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(max(hint.width(), 160), hint.height())
