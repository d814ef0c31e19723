"""Layout helpers of the measures, preconditions and next-steps pages.

The page sits in a scroll area beside the parking lot: about 450 px wide on a 1024×768
projector, about 1150 px on a 1920 screen. ``ResponsiveRow`` puts two parts side by side only
when there is room; ``compact`` keeps a long entry of a list from widening the page;
``tab_order`` makes Tab follow the layout.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QBoxLayout, QComboBox, QWidget


def tab_order(*widgets: QWidget) -> None:
    """Tab moves through ``widgets`` in this order (the order they are laid out)."""
    for first, second in pairwise(widgets):
        QWidget.setTabOrder(first, second)


def compact(combo: QComboBox, characters: int = 12) -> QComboBox:
    """A list whose long entries (problem titles, organisation names) never widen the page."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)
    return combo


class _SwitchingBoxLayout(QBoxLayout):
    """A box layout that lays out side by side from ``breakpoint`` pixels wide, else stacked.

    The switch happens in ``setGeometry`` and the size answers are for the arrangement a
    width will get, so parents (and the page's scroll area) get the right height at once.
    """

    def __init__(self, breakpoint: int) -> None:
        super().__init__(QBoxLayout.Direction.TopToBottom)
        self._breakpoint = breakpoint

    def _items(self) -> list[Any]:
        return [self.itemAt(i) for i in range(self.count())]

    def setGeometry(self, rect: Any) -> None:
        wide = rect.width() >= self._breakpoint
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.direction() != direction:
            self.setDirection(direction)
        super().setGeometry(rect)

    def minimumSize(self) -> QSize:
        """Never wider than stacked: side by side only happens when there is room anyway."""
        margins = self.contentsMargins()
        width = max((i.minimumSize().width() for i in self._items()), default=0)
        stacked = sum(i.minimumSize().height() for i in self._items())
        return QSize(width + margins.left() + margins.right(), stacked)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        items = [i for i in self._items() if not i.isEmpty()]
        if not items:
            return 0
        spacing = max(self.spacing(), 0)

        def height(item: Any, item_width: int) -> int:
            if item.hasHeightForWidth():
                return int(item.heightForWidth(item_width))
            return int(max(item.sizeHint().height(), item.minimumSize().height()))

        if width >= self._breakpoint:
            stretches = [self.stretch(self.indexOf(i.widget())) or 1 for i in items]
            free = width - spacing * (len(items) - 1)
            return max(
                height(item, free * stretch // sum(stretches))
                for item, stretch in zip(items, stretches, strict=True)
            )
        return sum(height(item, width) for item in items) + spacing * (len(items) - 1)


class ResponsiveRow(QWidget):
    """Its widgets side by side when at least ``breakpoint`` pixels wide, else stacked.

    A projector at 1024×768 leaves a page about 450 px; a 1920 screen about three times that.
    """

    def __init__(self, breakpoint: int = 900, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = _SwitchingBoxLayout(breakpoint)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.setLayout(self._layout)

    def add(self, widget: QWidget, stretch: int = 1) -> None:
        self._layout.addWidget(widget, stretch)

    @property
    def side_by_side(self) -> bool:
        return self._layout.direction() == QBoxLayout.Direction.LeftToRight
