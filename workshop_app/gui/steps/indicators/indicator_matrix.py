"""The information matrix's view: a frozen indicator column (so a small projector still shows
which row is which while the organisations scroll sideways) and number keys for the cells."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, cast

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from workshop_app.gui.error_report import QtCallGuard
from workshop_app.gui.steps.indicators.indicator_board import ROW_PADDING, WrappedHeights
from workshop_app.gui.steps.indicators.indicator_matrix_model import MatrixModel, ModelIndex


class SourceDelegate(QtCallGuard, QStyledItemDelegate):
    """A list of source types (and "no information") for an organisation cell."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heights = WrappedHeights()

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        view = self.parent()
        width = view.columnWidth(index.column()) if isinstance(view, QTableView) else 200
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        return QSize(width, self.heights.of(option.font, text, width) + ROW_PADDING)

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: ModelIndex
    ) -> QWidget:
        combo = QComboBox(parent)
        for _value, label in index.model().choices(index.column()):  # type: ignore[attr-defined]
            combo.addItem(label)
        combo.setAccessibleName(self.tr("Kind of information"))
        return combo

    def setEditorData(self, editor: QWidget, index: ModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        choices = index.model().choices(index.column())  # type: ignore[attr-defined]
        value = index.data(Qt.ItemDataRole.EditRole)
        editor.setCurrentIndex(next((i for i, (v, _) in enumerate(choices) if v == value), 0))

    def setModelData(self, editor: QWidget, model: QAbstractTableModel, index: ModelIndex) -> None:  # type: ignore[override]
        assert isinstance(editor, QComboBox)
        choices = model.choices(index.column())  # type: ignore[attr-defined]
        value = choices[editor.currentIndex()][0]
        if value != index.data(Qt.ItemDataRole.EditRole):
            model.setData(index, value)


class MatrixView(QTableView):
    """The matrix table with a frozen indicator column and number keys for the cells.

    Keys on an organisation cell: 1–6 choose a kind of source (in the pack's order), 0,
    Delete or Backspace empty it, F2 or Enter open the list.
    """

    cell_key = Signal(str, str, object)  # indicator id, organisation id, SourceType or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(SourceDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setWordWrap(True)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setHighlightSections(False)
        self.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )

        # The frozen first column: a second view over the same model, laid over the first.
        self.frozen = QTableView(self)
        self.frozen.setObjectName("matrixFrozenColumn")
        self.frozen.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.frozen.verticalHeader().setVisible(False)
        self.frozen.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.frozen.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        self.frozen.setFrameShape(QFrame.Shape.NoFrame)
        self.frozen.setWordWrap(True)
        self.frozen.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.frozen.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.frozen.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.frozen.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.frozen.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.frozen.setAccessibleName(self.tr("Indicators of the information matrix"))
        self.viewport().stackUnder(self.frozen)
        self._rows_timer = QTimer(self)
        self._rows_timer.setSingleShot(True)
        self._rows_timer.setInterval(0)
        self._rows_timer.timeout.connect(self.fit_rows)
        self.horizontalHeader().sectionResized.connect(self._section_width_changed)
        self.horizontalHeader().geometriesChanged.connect(self._place_frozen)
        self.verticalHeader().sectionResized.connect(self._section_height_changed)
        self.frozen.verticalScrollBar().valueChanged.connect(self.verticalScrollBar().setValue)
        self.verticalScrollBar().valueChanged.connect(self.frozen.verticalScrollBar().setValue)

    def setModel(self, model: Any) -> None:
        super().setModel(model)
        self.frozen.setModel(model)
        self.frozen.setSelectionModel(self.selectionModel())
        model.modelReset.connect(self._frozen_columns)
        self._frozen_columns()

    def _frozen_columns(self) -> None:
        model = self.model()
        for column in range(1, model.columnCount()):
            self.frozen.setColumnHidden(column, True)
        self.frozen.setColumnHidden(0, False)
        self.frozen.setColumnWidth(0, self.columnWidth(0))
        for row in range(model.rowCount()):
            self.frozen.setRowHeight(row, self.rowHeight(row))
        self._place_frozen()

    def _section_width_changed(self, index: int, _old: int, new: int) -> None:
        if index == 0:
            self.frozen.setColumnWidth(0, new)
            self._place_frozen()

    def _section_height_changed(self, index: int, _old: int, new: int) -> None:
        self.frozen.setRowHeight(index, new)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self.fit_columns()
        self._place_frozen()

    def fit_rows(self, rows: Iterable[int] | None = None) -> None:
        """Row heights from the wrapped texts (measured here: ``resizeRowsToContents`` asks
        the model for every role of every cell, too slow for 400 rows)."""
        model = self.model()
        if not isinstance(model, MatrixModel):
            return
        delegate = self.itemDelegate()
        assert isinstance(delegate, SourceDelegate)
        font = self.font()
        font_key = font.key()
        widths = [self.columnWidth(c) for c in range(model.columnCount())]
        for row in range(model.rowCount()) if rows is None else rows:
            texts = model.row_texts(row)
            height = max(
                delegate.heights.of(font, text, width, font_key)
                for text, width in zip(texts, widths, strict=True)
            )
            if self.rowHeight(row) != height + ROW_PADDING:
                self.setRowHeight(row, height + ROW_PADDING)

    def fit_columns(self) -> None:
        """The indicator column takes about 40 % of the width; an organisation fits its words."""
        model = self.model()
        if not isinstance(model, MatrixModel):
            return
        available = self.viewport().width()
        first = max(180, min(400, int(available * 0.4)))
        organisations = max(model.columnCount() - 1, 1)
        # Narrow: about two organisations in view; wide: the organisations share the rest.
        cell = max(120, min(260, (available - first) // organisations))
        # Never narrower than the longest word of a name: headers do not break inside words.
        metrics = self.horizontalHeader().fontMetrics()
        longest = max(
            (metrics.horizontalAdvance(w) for o in model.organisations for w in o.name.split()),
            default=0,
        )
        cell = max(cell, longest + 20)
        chars = max(8, (cell - 12) // max(self.fontMetrics().averageCharWidth(), 1))
        if chars != model.header_chars:
            model.header_chars = chars
            model.headerDataChanged.emit(Qt.Orientation.Horizontal, 1, organisations)
        if self.columnWidth(0) != first:
            self.setColumnWidth(0, first)
            self._rows_timer.start()  # wrapped titles: heights follow the new width
        for column in range(1, model.columnCount()):
            if self.columnWidth(column) != cell:
                self.setColumnWidth(column, cell)

    def _place_frozen(self) -> None:
        # Same header height (organisation names may take two lines), so the rows line up.
        self.frozen.horizontalHeader().setFixedHeight(self.horizontalHeader().height())
        frame = self.frameWidth()
        self.frozen.setGeometry(
            self.verticalHeader().width() + frame,
            frame,
            self.columnWidth(0),
            self.viewport().height() + self.horizontalHeader().height(),
        )

    def moveCursor(
        self, cursor_action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        current = super().moveCursor(cursor_action, modifiers)
        if (
            cursor_action == QAbstractItemView.CursorAction.MoveLeft
            and current.column() > 0
            and self.visualRect(current).topLeft().x() < self.frozen.columnWidth(0)
        ):
            left = self.visualRect(current).topLeft().x() - self.frozen.columnWidth(0)
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + left)
        return current

    def scrollTo(
        self,
        index: ModelIndex,
        hint: QAbstractItemView.ScrollHint = QAbstractItemView.ScrollHint.EnsureVisible,
    ) -> None:
        if index.column() > 0:
            super().scrollTo(index, hint)
        elif index.isValid():  # only the vertical position matters for the frozen column
            super().scrollTo(
                self.model().index(index.row(), 1) if self.model().columnCount() > 1 else index,
                hint,
            )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        model = self.model()
        cell = model.cell(self.currentIndex()) if isinstance(model, MatrixModel) else None
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if cell is not None and modifiers == Qt.KeyboardModifier.NoModifier:
            text = event.text()
            kinds = cast(MatrixModel, model).source_types  # a cell: the matrix's own model
            value: object = ...
            if (
                text == "0"
                or event.matches(QKeySequence.StandardKey.Delete)
                or (event.key() == Qt.Key.Key_Backspace)
            ):
                value = None
            elif text.isdigit() and 1 <= int(text) <= len(kinds):
                value = kinds[int(text) - 1][0]
            if value is not ...:
                self.cell_key.emit(cell[0], cell[1], value)
                event.accept()
                return
        super().keyPressEvent(event)
