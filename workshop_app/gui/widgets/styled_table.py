"""StyledTableModel: an item table whose cells get text, colour and icon from the whole item."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import (
    QHeaderView,
)

from workshop_app.gui.widgets.item_table import ItemTableEditor
from workshop_app.gui.widgets.item_table_model import Column, ItemTableModel, ModelIndex

READ_ONLY = "readonly"  # Column.kind of a column shown but not edited in the table

# Calm colours with strong text contrast (WCAG AA against their background).
WARNING_BACKGROUND = "#fff4e5"
WARNING_TEXT = "#5b3a00"
OVERDUE_BACKGROUND = "#fde8e8"
OVERDUE_TEXT = "#8a1c1c"


@dataclass(frozen=True)
class Cell:
    """How one cell looks beyond its plain value; None keeps the default."""

    text: str | None = None
    background: str | None = None
    foreground: str | None = None
    icon: QIcon | None = None
    tooltip: str | None = None


class StyledTableModel(ItemTableModel):
    """An ``ItemTableModel`` whose ``cell`` hook may restyle any cell from the whole item.

    Columns of kind ``READ_ONLY`` are shown but not edited (e.g. a count of links).
    """

    def __init__(self, collection_name: str, columns: Sequence[Column], parent: Any = None) -> None:
        super().__init__(collection_name, columns, parent)
        self._cells: dict[tuple[int, int], tuple[Any, Cell | None]] = {}

    def cell(self, item: Any, column: Column) -> Cell | None:
        return None

    def refresh(self) -> None:
        """Repaint every cell (when something outside the items changed: names, today …)."""
        self._cells = {}
        if self.rowCount() and self.columnCount():
            last = self.index(self.rowCount() - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and self.column(index.column()).kind == READ_ONLY:
            flags &= ~Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role != Qt.ItemDataRole.EditRole:
            cell = self._cached_cell(index.row(), index.column())
            if cell is not None:
                value = _cell_role(cell, role)
                if value is not None:
                    return value
        return super().data(index, role)

    def _cached_cell(self, row: int, column: int) -> Cell | None:
        """``cell`` once per item and column: Qt asks each cell for up to ten roles, and
        sizing 400 rows asked ``cell`` 20,000 times. A new item object at the row (every
        edit makes one) or ``refresh`` computes it again."""
        item = self.items[row]
        cached = self._cells.get((row, column))
        if cached is not None and cached[0] is item:
            return cached[1]
        cell = self.cell(item, self.column(column))
        self._cells[(row, column)] = (item, cell)
        return cell


def _cell_role(cell: Cell, role: int) -> Any:
    roles = Qt.ItemDataRole
    if role == roles.DisplayRole:
        return cell.text
    if role == roles.ToolTipRole:
        return cell.tooltip or cell.text
    if role == roles.BackgroundRole and cell.background:
        return QColor(cell.background)
    if role == roles.ForegroundRole and cell.foreground:
        return QColor(cell.foreground)
    if role == roles.DecorationRole:
        return cell.icon
    return None


def install_model(
    editor: ItemTableEditor, model: ItemTableModel, columns: Sequence[Column]
) -> None:
    """Use ``model`` (a subclass of ``ItemTableModel``) in ``editor`` instead of its own.

    Until ``ItemTableEditor`` takes a model in its constructor, this repeats the few lines of
    its set-up that concern the model: signals, selection and column widths.
    """
    old_model, old_selection = editor.model, editor.table.selectionModel()
    editor.model = model
    model.edited.connect(editor.edit_requested)
    editor.table.setModel(model)
    editor.table.selectionModel().currentRowChanged.connect(editor._row_changed)
    old_selection.deleteLater()
    old_model.deleteLater()
    header = editor.table.horizontalHeader()
    for section, column in enumerate(columns):
        if column.stretch:
            header.setSectionResizeMode(section, QHeaderView.ResizeMode.Stretch)
        else:
            header.setSectionResizeMode(section, QHeaderView.ResizeMode.Interactive)
            editor.table.setColumnWidth(section, 220 if column.kind == "choice" else 160)
