"""The indicator board's view: a tree whose digits set the selected indicator's status,
with titles wrapped at the column's width and a list to choose from in each cell."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

from workshop_app.domain.enums import IndicatorStatus
from workshop_app.domain.model import Indicator
from workshop_app.gui.error_report import QtCallGuard
from workshop_app.gui.steps.indicators.indicator_board_model import (
    STATUS_COLUMN,
    BoardEntry,
    BoardModel,
    ModelIndex,
)
from workshop_app.gui.steps.indicators.indicator_words import (
    GAP_MARKER,
    STATUS_KEYS,
    certainty_choices,
    extent_choices,
    status_label,
    trend_choices,
)
from workshop_app.gui.widgets.text_limit import limit_line, limit_of

ROW_PADDING = 8  # air between rows, for reading from the back of the room


class WrappedHeights:
    """Heights of word-wrapped cell texts, remembered: a board of 400 rows is laid out again
    on every reload and resize, and the style's own measuring is slow from Python."""

    TEXT_MARGINS = 8  # the item's text margins (3 px a side in Fusion) and a little room

    def __init__(self) -> None:
        self._cache: dict[tuple[str, str, int], int] = {}

    def of(self, font: QFont, text: str, width: int, font_key: str | None = None) -> int:
        """The height of ``text`` wrapped at ``width``; ``font_key`` is ``font.key()``, which
        a caller measuring many cells asks once (it costs more than the cached look-up)."""
        key = (font.key() if font_key is None else font_key, text, width)
        height = self._cache.get(key)
        if height is None:
            if len(self._cache) > 20_000:
                self._cache.clear()
            metrics = QFontMetrics(font)
            bounds = QRect(0, 0, max(width - self.TEXT_MARGINS, 20), 1_000_000)
            flags = Qt.TextFlag.TextWordWrap
            height = max(metrics.boundingRect(bounds, flags, text).height(), metrics.height())
            self._cache[key] = height
        return height


class ChoiceDelegate(QtCallGuard, QStyledItemDelegate):
    """A list to choose from for the columns whose model offers ``choices(column)``.

    Its size hint wraps long titles at the column's width: a tree view asks for row heights
    without telling the delegate how wide the column is.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heights = WrappedHeights()

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        view = self.parent()
        if not isinstance(view, QTreeView):
            return super().sizeHint(option, index)
        spanned = view.isFirstColumnSpanned(index.row(), index.parent())
        if index.column() > 0:  # one line, or nothing under a spanned group title
            height = 0 if spanned else QFontMetrics(option.font).height() + ROW_PADDING
            return QSize(view.columnWidth(index.column()), height)
        width = view.viewport().width() if spanned else view.columnWidth(0)
        depth = 1 if index.parent().isValid() else 0
        width -= view.indentation() * (depth + int(view.rootIsDecorated()))
        font = index.data(Qt.ItemDataRole.FontRole)
        font = font if isinstance(font, QFont) else option.font
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        return QSize(width, self.heights.of(font, text, width) + ROW_PADDING)

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: ModelIndex
    ) -> QWidget:
        choices = index.model().choices(index.column())  # type: ignore[attr-defined]
        if not choices:
            editor = super().createEditor(parent, option, index)
            if isinstance(editor, QLineEdit):  # an own indicator's title
                limit_line(editor, limit_of(Indicator, "title"))
            return editor
        combo = QComboBox(parent)
        for _value, label in choices:
            combo.addItem(label)
        combo.setAccessibleName(
            str(index.model().headerData(index.column(), Qt.Orientation.Horizontal))
        )
        return combo

    def setEditorData(self, editor: QWidget, index: ModelIndex) -> None:
        if isinstance(editor, QComboBox):
            choices = index.model().choices(index.column())  # type: ignore[attr-defined]
            value = index.data(Qt.ItemDataRole.EditRole)
            position = next((i for i, (v, _label) in enumerate(choices) if v == value), 0)
            editor.setCurrentIndex(position)
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: ModelIndex) -> None:
        if isinstance(editor, QComboBox):
            choices = model.choices(index.column())  # type: ignore[attr-defined]
            value = choices[editor.currentIndex()][0]
            if value != index.data(Qt.ItemDataRole.EditRole):
                model.setData(index, value)
        else:
            super().setModelData(editor, model, index)


class BoardView(QTreeView):
    """The board's tree; digits set the status of the selected indicator, Delete removes
    a custom one. Handled here because an item view takes typed keys for its own search."""

    status_key = Signal(str, object)  # indicator id, IndicatorStatus or None
    delete_pressed = Signal(str)  # indicator id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(ChoiceDelegate(self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setWordWrap(True)
        self.setUniformRowHeights(False)
        self.setAlternatingRowColors(True)
        self.setAllColumnsShowFocus(True)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        # Wrapped titles change height with the column's width: lay the rows out again.
        self._relayout = QTimer(self)
        self._relayout.setSingleShot(True)
        self._relayout.setInterval(0)
        self._relayout.timeout.connect(self.doItemsLayout)
        self.header().sectionResized.connect(lambda *_args: self._relayout.start())

    def setModel(self, model: Any) -> None:
        super().setModel(model)
        model.modelReset.connect(self._span_groups)
        self._span_groups()

    def _span_groups(self) -> None:
        """Problem-area rows use the whole width for their title."""
        root = QModelIndex()
        for row in range(self.model().rowCount()):
            self.setFirstColumnSpanned(row, root, True)

    def size_columns(self) -> None:
        """The title takes the room left by the other columns, which fit their longest word."""
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        metrics = self.fontMetrics()
        statuses = [f"{status_label(s)}  {GAP_MARKER}" for s in (*IndicatorStatus, None)]
        widths = {
            STATUS_COLUMN: max(metrics.horizontalAdvance(t) for t in statuses) + 24,
            2: max(metrics.horizontalAdvance(t) for _, t in extent_choices()) + 16,
            3: max(metrics.horizontalAdvance(t) for _, t in trend_choices()) + 16,
            4: max(metrics.horizontalAdvance(t) for _, t in certainty_choices()) + 16,
        }
        for column, width in widths.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.setColumnWidth(column, width)

    def current_entry(self) -> BoardEntry | None:
        model = self.model()
        return model.entry(self.currentIndex()) if isinstance(model, BoardModel) else None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        entry = self.current_entry()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        plain = modifiers == Qt.KeyboardModifier.NoModifier
        if entry is not None and plain and event.text() in STATUS_KEYS:
            self.status_key.emit(entry.indicator_id, STATUS_KEYS[event.text()])
            event.accept()
            return
        if entry is not None and entry.custom and event.matches(QKeySequence.StandardKey.Delete):
            self.delete_pressed.emit(entry.indicator_id)
            event.accept()
            return
        super().keyPressEvent(event)
