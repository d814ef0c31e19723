"""The model behind an item table: workshop items as rows, their fields as columns."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QRegularExpression,
    Qt,
    Signal,
)

from workshop_app.domain.collections import collection
from workshop_app.domain.limits import text_limit
from workshop_app.gui.error_report import QtCallGuard

Choices = Callable[[], Sequence[tuple[Any, str]]]
TIME_PATTERN = QRegularExpression(r"^(([01][0-9]|2[0-3]):[0-5][0-9])?$")

ModelIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    """One column: the item field it shows, its header and how it is edited."""

    field: str
    header: str
    kind: str = "text"  # text | choice | date | time
    choices: Choices | None = None
    stretch: bool = False
    required: bool = False
    display: Callable[[Any], str] | None = None


class ItemTableModel(QtCallGuard, QAbstractTableModel):
    """Adapts a tuple of domain items; an edit emits ``edited`` and updates the row at once."""

    edited = Signal(object, str, object)  # key, field, value

    def __init__(self, collection_name: str, columns: Sequence[Column], parent: Any = None) -> None:
        super().__init__(parent)
        self._spec = collection(collection_name)
        self._columns = list(columns)
        self._items: list[Any] = []

    @property
    def items(self) -> list[Any]:
        return self._items

    def key_at(self, row: int) -> tuple[Any, ...]:
        return self._spec.key_of(self._items[row])

    def row_of(self, key: tuple[Any, ...]) -> int | None:
        for row, item in enumerate(self._items):
            if self._spec.key_of(item) == key:
                return row
        return None

    def set_items(self, items: Sequence[Any]) -> list[int] | None:
        """Show ``items``; same keys in the same order only refresh cells (keeps the editor).

        Returns the rows whose content changed, or None when the list itself changed.
        """
        new = list(items)
        if [self._spec.key_of(i) for i in new] == [self._spec.key_of(i) for i in self._items]:
            changed = [r for r, (a, b) in enumerate(zip(self._items, new, strict=True)) if a != b]
            self._items = new
            for row in changed:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self._columns) - 1))
            return changed
        self.beginResetModel()
        self._items = new
        self.endResetModel()
        return None

    # Qt model interface

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].header
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self._columns[index.column()]
        value = getattr(self._items[index.row()], column.field)
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return display_text(column, value)
        return None

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        column = self._columns[index.column()]
        if column.kind == "text":
            value = str(value).strip()
            if column.required and not value:
                return False  # a name or title cannot be emptied; the old text stays
        elif column.kind == "time":
            value = str(value).strip() or None
        row = index.row()
        item = self._items[row]
        if getattr(item, column.field) == value:
            return False
        self._items[row] = dataclasses.replace(item, **{column.field: value})
        self.dataChanged.emit(index, index)
        self.edited.emit(self._spec.key_of(item), column.field, value)
        return True

    def column(self, section: int) -> Column:
        return self._columns[section]

    def text_limit(self, section: int) -> int | None:
        """The most characters the column's field may hold (domain.limits), if it is a text."""
        return text_limit(self._spec.item_type, self._columns[section].field)

    def capture_limit(self) -> int | None:
        """The limit of the first text column: the field a captured line becomes."""
        return next(
            (
                limit
                for section in range(len(self._columns))
                if (limit := self.text_limit(section)) is not None
            ),
            None,
        )


def display_text(column: Column, value: Any) -> str:
    if column.display is not None:
        return column.display(value)
    if column.kind == "choice" and column.choices is not None:
        return next(
            (label for v, label in column.choices() if v == value),
            "" if value is None else str(value),
        )
    if isinstance(value, date):
        return value.isoformat()
    return "" if value is None else str(value)
