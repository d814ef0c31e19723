"""The counting table of the voting dialog: a large count per item, typed by keyboard only.

Keys on the table: Up/Down choose the item; digits type a count and Enter saves it (and goes
to the next item, so the facilitator can work down the list while hands are counted); + and −
add or take one; 0 on its own clears; Backspace takes back a typed digit; Escape drops what was
typed.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFocusEvent, QFont, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from workshop_app.domain.voting import MAX_VOTES, Votable
from workshop_app.gui.error_report import QtCallGuard

ModelIndex = QModelIndex | QPersistentModelIndex
COUNT, TITLE = range(2)
MAX_DIGITS = len(str(MAX_VOTES))
TYPING_BACKGROUND = "#fff4e5"  # amber: typed, not yet saved
TYPING_TEXT = "#5b3a00"


class VotingModel(QtCallGuard, QAbstractTableModel):
    """Items as rows: the count (or the digits being typed) and the title."""

    def __init__(self, headers: Sequence[str], parent: Any = None) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self.items: list[Votable] = []
        self._typing: tuple[str, str] | None = None  # (item id, digits typed so far)
        self._count_font = QFont()
        self._count_font.setBold(True)

    def set_count_font(self, font: QFont) -> None:
        self._count_font = font

    def set_items(self, items: Sequence[Votable]) -> None:
        """Show ``items``; the same ids in the same order only refresh the changed rows."""
        new = list(items)
        if [i.id for i in new] != [i.id for i in self.items]:
            self.beginResetModel()
            self.items = new
            if self._typing and self._typing[0] not in {i.id for i in new}:
                self._typing = None
            self.endResetModel()
            return
        changed = [r for r, (a, b) in enumerate(zip(self.items, new, strict=True)) if a != b]
        self.items = new
        for row in changed:
            self.dataChanged.emit(self.index(row, COUNT), self.index(row, TITLE))

    def row_of(self, item_id: str) -> int | None:
        return next((r for r, item in enumerate(self.items) if item.id == item_id), None)

    # -- typing --------------------------------------------------------------------------

    def typed(self, row: int) -> str | None:
        """The digits typed on ``row`` (not saved yet), or None."""
        if self._typing is None or not 0 <= row < len(self.items):
            return None
        return self._typing[1] if self._typing[0] == self.items[row].id else None

    def type_digit(self, row: int, digit: str) -> None:
        digits = (self.typed(row) or "") + digit
        self._set_typing(row, digits[:MAX_DIGITS])

    def back_digit(self, row: int) -> None:
        digits = (self.typed(row) or "")[:-1]
        self._set_typing(row, digits or None)

    def take_typed(self) -> tuple[str, int] | None:
        """The typed count (item id, value) and forget it; None if nothing was typed."""
        if self._typing is None:
            return None
        item_id, digits = self._typing
        self.clear_typing()
        return item_id, int(digits)

    def clear_typing(self) -> None:
        if self._typing is None:
            return
        row = self.row_of(self._typing[0])
        self._typing = None
        if row is not None:
            self.dataChanged.emit(self.index(row, COUNT), self.index(row, COUNT))

    def _set_typing(self, row: int, digits: str | None) -> None:
        if self._typing is not None and self._typing[0] != self.items[row].id:
            self.clear_typing()
        self._typing = None if digits is None else (self.items[row].id, digits)
        self.dataChanged.emit(self.index(row, COUNT), self.index(row, COUNT))

    # -- Qt model interface --------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return str(section + 1)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.items[index.row()]
        typed = self.typed(index.row())
        if index.column() == COUNT:
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{typed}▏" if typed is not None else str(item.votes)
            if role == Qt.ItemDataRole.FontRole:
                return self._count_font
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignCenter)
            if role == Qt.ItemDataRole.BackgroundRole and typed is not None:
                return QColor(TYPING_BACKGROUND)
            if role == Qt.ItemDataRole.ForegroundRole and typed is not None:
                return QColor(TYPING_TEXT)
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return item.title
        return None


class VotingTable(QTableView):
    """The keys of counting; signals carry the item id."""

    count_entered = Signal(str, int)  # item id, count typed and confirmed (or 0 to clear)
    count_adjusted = Signal(str, int)  # item id, +1 or -1

    def __init__(self, model: VotingModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(True)
        self.setTabKeyNavigation(False)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(COUNT, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)

    def current_row(self) -> int | None:
        index = self.currentIndex()
        if not index.isValid() or index.row() >= self._model.rowCount():
            return None
        return index.row()

    def select_row(self, row: int) -> None:
        if 0 <= row < self._model.rowCount():
            self.setCurrentIndex(self._model.index(row, COUNT))
            self.selectRow(row)

    def commit_typed(self) -> bool:
        """Save what was typed; True if there was something."""
        typed = self._model.take_typed()
        if typed is None:
            return False
        self.count_entered.emit(*typed)
        return True

    def currentChanged(self, current: ModelIndex, previous: ModelIndex) -> None:
        # Digits typed on a row are kept when the facilitator moves on (a click, Tab …).
        if previous.isValid() and self._model.typed(previous.row()) is not None:
            self.commit_typed()
        super().currentChanged(current, previous)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.commit_typed()
        super().focusOutEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Key codes and text only: QKeyEvent.matches() crashes on typed characters sent by
        # tests (Key_unknown), and the digits must work from the number pad too.
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        plain = not modifiers & (
            Qt.KeyboardModifier.ControlModifier
            | Qt.KeyboardModifier.AltModifier
            | Qt.KeyboardModifier.MetaModifier
        )
        key, text = event.key(), event.text()
        row = self.current_row()
        if not plain or row is None:
            super().keyPressEvent(event)
            return
        item_id = self._model.items[row].id
        if text.isdigit() and len(text) == 1:
            if text == "0" and self._model.typed(row) is None:
                self.count_entered.emit(item_id, 0)
            else:
                self._model.type_digit(row, text)
        elif key == Qt.Key.Key_Backspace and self._model.typed(row) is not None:
            self._model.back_digit(row)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.commit_typed():
                self.select_row(row + 1)
        elif key == Qt.Key.Key_Plus or text == "+":
            self._model.clear_typing()
            self.count_adjusted.emit(item_id, +1)
        elif key == Qt.Key.Key_Minus or text in ("-", "−"):
            self._model.clear_typing()
            self.count_adjusted.emit(item_id, -1)
        elif key == Qt.Key.Key_Escape and self._model.typed(row) is not None:
            self._model.clear_typing()
        else:
            super().keyPressEvent(event)
            return
        event.accept()
