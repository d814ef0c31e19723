"""How an item table's cell is edited: a text line, a choice, a date or a time."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QAbstractTableModel,
    Qt,
)
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from workshop_app.gui.error_report import QtCallGuard
from workshop_app.gui.widgets.date_field import DateField
from workshop_app.gui.widgets.item_table_model import (
    TIME_PATTERN,
    Column,
    ModelIndex,
)
from workshop_app.gui.widgets.text_limit import limit_line


class ItemDelegate(QtCallGuard, QStyledItemDelegate):
    """Editors by column kind: a list to choose from, a calendar, a time field."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: ModelIndex
    ) -> QWidget:
        column: Column = index.model().column(index.column())  # type: ignore[attr-defined]
        if column.kind == "choice" and column.choices is not None:
            combo = QComboBox(parent)
            for value, label in column.choices():
                combo.addItem(label, value)
            return combo
        if column.kind == "date":
            field = DateField(column.header, optional=not column.required, parent=parent)
            field.setAutoFillBackground(True)
            # A day picked in the calendar saves the cell, as Enter and leaving it do.
            field.picked.connect(lambda: self.commitData.emit(field))
            return field
        editor = super().createEditor(parent, option, index)
        limit = index.model().text_limit(index.column())  # type: ignore[attr-defined]
        if limit is not None and isinstance(editor, QLineEdit):
            limit_line(editor, limit)
        if column.kind == "time" and isinstance(editor, QLineEdit):
            editor.setValidator(QRegularExpressionValidator(TIME_PATTERN, editor))
            editor.setPlaceholderText("hh:mm")
        return editor

    def setEditorData(self, editor: QWidget, index: ModelIndex) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            position = editor.findData(value)
            editor.setCurrentIndex(max(position, 0))
        elif isinstance(editor, DateField):
            editor.set_value(value if isinstance(value, date) else None)
        elif isinstance(editor, QLineEdit):
            editor.setText("" if value is None else str(value))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractTableModel, index: ModelIndex) -> None:  # type: ignore[override]
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        elif isinstance(editor, DateField):
            if editor.is_valid():  # a half-typed date is not saved; the stored one stays
                model.setData(index, editor.value())
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text())
        else:
            super().setModelData(editor, model, index)
