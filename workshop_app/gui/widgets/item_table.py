"""A table of workshop items with in-place editing, a capture line, reorder and delete.

The rows' model is in ``item_table_model``, the cell editors in ``item_delegate``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from workshop_app.gui.widgets.item_delegate import ItemDelegate
from workshop_app.gui.widgets.item_table_model import Column, ItemTableModel
from workshop_app.gui.widgets.row_fitting import RowFitter
from workshop_app.gui.widgets.text_limit import limit_line


class _KeyboardTable(QTableView):
    """A table view that turns Delete and Ctrl+Up/Down into row commands.

    Handled in keyPressEvent rather than with QShortcut: the item view claims arrow keys for
    navigation before a widget shortcut would see them.
    """

    delete_pressed = Signal()
    move_pressed = Signal(int)
    fitter: RowFitter | None = None  # its rows in view are fitted before they paint

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.fitter is not None:
            self.fitter.before_paint()
        super().paintEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if event.matches(QKeySequence.StandardKey.Delete):
            self.delete_pressed.emit()
        elif ctrl and event.key() == Qt.Key.Key_Up:
            self.move_pressed.emit(-1)
        elif ctrl and event.key() == Qt.Key.Key_Down:
            self.move_pressed.emit(+1)
        else:
            super().keyPressEvent(event)
            return
        event.accept()


class ItemTableEditor(QWidget):
    """A titled table with a capture line ("type and press Enter"), delete and reorder.

    Signals carry item keys; the page turns them into undoable service changes. Fast capture:
    Enter adds the typed text and keeps the focus in the line; when the new row comes back
    from the database it is selected and scrolled into view, so Ctrl+Up/Down (in the line or
    the table) puts it in place at once. Delete selects the row that took the deleted one's
    place, ready for the next Delete; Ctrl+Z brings the row back where it was.
    """

    add_requested = Signal(str)  # text typed in the capture line
    edit_requested = Signal(object, str, object)  # key, field, value
    delete_requested = Signal(object)  # key
    move_requested = Signal(object, int)  # key, new index
    current_changed = Signal(object)  # key or None

    def __init__(
        self,
        title: str,
        collection_name: str,
        columns: Sequence[Column],
        capture_placeholder: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = ItemTableModel(collection_name, columns, self)
        self.model.edited.connect(self.edit_requested)

        heading = self._build_capture(title, capture_placeholder)
        self._build_table(title, columns)
        self._build_buttons()
        header = QHBoxLayout()
        header.addWidget(heading, 1)
        for button in (self.up_button, self.down_button, self.delete_button):
            header.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.capture)
        layout.addWidget(self.table, 1)
        # Room for about four rows: a table squeezed to one line is unusable.
        self.table.setMinimumHeight(self.table.fontMetrics().lineSpacing() * 9)
        # Rows fit their wrapped text: those in view before they paint, the rest in pauses
        # (a long list, 400 actions or 1,500 notes, never holds up the page).
        self.fitter = RowFitter(self.table)
        self.table.fitter = self.fitter
        # Wider or narrower columns wrap the text anew. A page built ahead of its first visit
        # gets its real width only when it is first shown.
        self.table.horizontalHeader().sectionResized.connect(self.refit_rows)
        self._update_buttons()

    def _build_capture(self, title: str, capture_placeholder: str) -> QLabel:
        """The heading and the line where a new row is typed; returns the heading."""
        heading = QLabel(title)
        heading.setObjectName("sectionHeading")
        self.heading = heading  # a count may be added to it ("Parkering (5)")
        self.capture = QLineEdit()
        self.capture.setPlaceholderText(capture_placeholder)
        self.capture.setAccessibleName(capture_placeholder)
        self.capture.setClearButtonEnabled(True)
        self.capture.returnPressed.connect(self._capture)
        self.capture.setToolTip(
            self.tr("Enter adds the row; Ctrl+Up/Down moves the selected row; Delete in the table")
        )
        self.capture.installEventFilter(self)
        capture_limit = self.model.capture_limit()
        if capture_limit is not None:
            limit_line(self.capture, capture_limit)
        heading.setBuddy(self.capture)
        self._awaiting_capture = False  # a row typed here is on its way to the database
        return heading

    def _build_table(self, title: str, columns: Sequence[Column]) -> None:
        """The table: whole rows selected, cells edited in place, column widths by kind."""
        self.table = _KeyboardTable()
        self.table.setModel(self.model)
        self.table.setItemDelegate(ItemDelegate(self.table))
        self.table.setAccessibleName(title)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setHighlightSections(False)
        for section, column in enumerate(columns):
            mode = (
                QHeaderView.ResizeMode.Stretch
                if column.stretch
                else QHeaderView.ResizeMode.Interactive
            )
            self.table.horizontalHeader().setSectionResizeMode(section, mode)
            if not column.stretch:
                self.table.setColumnWidth(section, 220 if column.kind == "choice" else 160)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)

    def _build_buttons(self) -> None:
        """Up, down and Delete for the selected row."""
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Delete the selected row (Delete)"))
        # Arrow buttons keep the row narrow enough for a side panel at 1024×768.
        self.up_button = QToolButton()
        self.up_button.setArrowType(Qt.ArrowType.UpArrow)
        self.up_button.setToolTip(self.tr("Move the selected row up (Ctrl+Up)"))
        self.up_button.setAccessibleName(self.tr("Move up"))
        self.down_button = QToolButton()
        self.down_button.setArrowType(Qt.ArrowType.DownArrow)
        self.down_button.setToolTip(self.tr("Move the selected row down (Ctrl+Down)"))
        self.down_button.setAccessibleName(self.tr("Move down"))
        self.delete_button.clicked.connect(self.delete_current)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(+1))
        self.table.delete_pressed.connect(self.delete_current)
        self.table.move_pressed.connect(self.move_current)

    def refit_rows(self) -> None:
        """Fit every row's height again (its columns changed width)."""
        self.fitter.refit()

    def set_items(self, items: Sequence[Any]) -> None:
        current = self.current_key()
        current_row = self.table.currentIndex().row()
        if list(items) == self.model.items:
            return  # an edit elsewhere in the workshop: nothing here to lay out again
        before = {self.model.key_at(row) for row in range(self.model.rowCount())}
        changed = self.model.set_items(items)
        if changed is None:
            self.fitter.refit()
            if self.table.isVisible():  # the rows in view at once: selecting scrolls by them
                self.fitter.before_paint()
        else:
            # Only the edited rows: measuring every row of a long list costs an edit 100 ms.
            self.fitter.fit_rows(changed)
        rows = self.model.rowCount()
        added = [
            self.model.key_at(row) for row in range(rows) if self.model.key_at(row) not in before
        ]
        if self._awaiting_capture and added:
            self._awaiting_capture = False
            self.select_key(added[-1])
        elif current is not None and self.model.row_of(current) is not None:
            self.select_key(current, scroll=False)
        elif current is not None and rows and not added:
            # The row was deleted (not a new list, as another problem's measures): its
            # neighbour takes the selection, so Delete again goes on.
            self.select_row(min(max(current_row, 0), rows - 1))
        self._update_buttons()

    def select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.select_key(self.model.key_at(row))

    def current_key(self) -> tuple[Any, ...] | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.key_at(index.row())

    def select_key(self, key: tuple[Any, ...], *, scroll: bool = True) -> None:
        row = self.model.row_of(key)
        if row is not None:
            index = self.model.index(row, max(self.table.currentIndex().column(), 0))
            self.table.selectRow(row)
            self.table.setCurrentIndex(index)
            if scroll:
                self.table.scrollTo(index)

    def delete_current(self) -> None:
        key = self.current_key()
        if key is not None:
            self.delete_requested.emit(key)

    def move_current(self, step: int) -> None:
        key = self.current_key()
        if key is None:
            return
        row = self.model.row_of(key)
        assert row is not None
        target = row + step
        if 0 <= target < self.model.rowCount():
            self.move_requested.emit(key, target)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Ctrl+Up/Down in the capture line moves the selected row (the one just added).
        if (
            watched is self.capture
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.modifiers() == Qt.KeyboardModifier.ControlModifier
            and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)
        ):
            self.move_current(-1 if event.key() == Qt.Key.Key_Up else +1)
            return True
        return super().eventFilter(watched, event)

    def _capture(self) -> None:
        text = self.capture.text().strip()
        if text:
            self._awaiting_capture = True
            self.add_requested.emit(text)
            self.capture.setText("")  # also empties its own undo: Ctrl+Z undoes the add
        self.capture.setFocus()

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_buttons()
        self.current_changed.emit(self.model.key_at(current.row()) if current.isValid() else None)

    def _update_buttons(self) -> None:
        has_row = self.current_key() is not None
        for button in (self.delete_button, self.up_button, self.down_button):
            button.setEnabled(has_row)
