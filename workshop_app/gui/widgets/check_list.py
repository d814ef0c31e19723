"""CheckList: a list of ticks (the causes a measure acts on, partners, linked measures)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QWidget,
)


@dataclass(frozen=True)
class CheckOption:
    id: str
    label: str
    checked: bool
    enabled: bool = True
    tooltip: str = ""


class CheckList(QListWidget):
    """Tickable options; ``toggled`` carries the ticked ids (in list order) after a user tick.

    Space ticks the current option, as in any Qt list. The list is as tall as its options (up to
    ``max_rows``), because it sits in a page that scrolls as a whole.
    """

    def __init__(self, accessible_name: str, max_rows: int = 8, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # One line per option, shortened with "…" when narrow; the tooltip has it in full.
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._max_rows = max_rows
        self._options: tuple[CheckOption, ...] = ()
        self._callback: Callable[[tuple[str, ...]], None] | None = None
        self.itemChanged.connect(self._item_changed)

    def on_toggled(self, callback: Callable[[tuple[str, ...]], None]) -> None:
        self._callback = callback

    def set_options(self, options: Sequence[CheckOption]) -> None:
        """Show ``options``; the same options with other ticks only update the ticks."""
        new = tuple(options)
        if new == self._options:
            return
        self.blockSignals(True)
        same_rows = [(o.id, o.label, o.enabled, o.tooltip) for o in new] == [
            (o.id, o.label, o.enabled, o.tooltip) for o in self._options
        ]
        if same_rows:
            for row, option in enumerate(new):
                self.item(row).setCheckState(_state(option.checked))
        else:
            current = self.currentRow()
            self.clear()
            for option in new:
                item = QListWidgetItem(option.label)
                item.setData(Qt.ItemDataRole.UserRole, option.id)
                flags = Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable
                if option.enabled:
                    flags |= Qt.ItemFlag.ItemIsEnabled
                item.setFlags(flags)
                item.setCheckState(_state(option.checked))
                item.setToolTip(option.tooltip or option.label)
                self.addItem(item)
            if 0 <= current < self.count():
                self.setCurrentRow(current)
        self._options = new
        self.blockSignals(False)
        self.updateGeometry()

    def checked_ids(self) -> tuple[str, ...]:
        return tuple(
            self.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.count())
            if self.item(row).checkState() == Qt.CheckState.Checked
        )

    def set_checked(self, option_id: str, checked: bool) -> None:
        """Tick or untick like a user does (emits ``toggled``)."""
        for row in range(self.count()):
            if self.item(row).data(Qt.ItemDataRole.UserRole) == option_id:
                self.item(row).setCheckState(_state(checked))
                return
        raise KeyError(option_id)

    def sizeHint(self) -> QSize:
        rows = min(max(self.count(), 1), self._max_rows)
        row_height = self.sizeHintForRow(0) if self.count() else self.fontMetrics().height() + 8
        height = rows * max(row_height, self.fontMetrics().height() + 6) + 2 * self.frameWidth()
        return QSize(super().sizeHint().width(), height + 4)

    def minimumSizeHint(self) -> QSize:
        return QSize(120, self.sizeHint().height())

    def _item_changed(self, _item: QListWidgetItem) -> None:
        self._options = tuple(
            CheckOption(
                o.id,
                o.label,
                self.item(row).checkState() == Qt.CheckState.Checked,
                o.enabled,
                o.tooltip,
            )
            for row, o in enumerate(self._options)
        )
        if self._callback is not None:
            self._callback(self.checked_ids())


def _state(checked: bool) -> Qt.CheckState:
    return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
