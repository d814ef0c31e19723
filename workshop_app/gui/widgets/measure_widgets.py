"""Small widgets shared by the measures, preconditions and next-steps pages.

- ``CheckList``: a list of ticks (the causes a measure acts on, partners, linked measures);
- ``StyledTableModel``: an ``ItemTableModel`` with read-only columns, colours, icons and text
  worked out from the whole item (not only the cell's own value), and ``install_model`` to use
  it in an ``ItemTableEditor``;
- ``DebouncedText``: a text field saved after a typing pause, for whichever item it shows;
- ``Notice``: a calm line of text with an icon (a warning, an overdue count);
- ``KeyFilter``: single keys (+, −, 1–4 …) as commands on a table.

Layout helpers (side by side when wide, Tab order, compact lists) are in ``measure_layout``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSizePolicy,
    QStyle,
    QWidget,
)

from workshop_app.gui.widgets.debounce import Debouncer
from workshop_app.gui.widgets.item_table import Column, ItemTableEditor, ItemTableModel, ModelIndex
from workshop_app.gui.widgets.text_limit import LimitedTextEdit

READ_ONLY = "readonly"  # Column.kind of a column shown but not edited in the table

# Calm colours with strong text contrast (WCAG AA against their background).
WARNING_BACKGROUND = "#fff4e5"
WARNING_TEXT = "#5b3a00"
OVERDUE_BACKGROUND = "#fde8e8"
OVERDUE_TEXT = "#8a1c1c"


def enum_value(enum_type: type[Enum], value: Any) -> Any:
    """A combo box's data as the domain's enum again (Qt hands StrEnum values back as str)."""
    return None if value is None else enum_type(value)


# -- a list of ticks --------------------------------------------------------------------------


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


# -- a table model with colours and read-only columns ----------------------------------------


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


# -- text saved after a typing pause ---------------------------------------------------------


class DebouncedText(QObject):
    """Saves a text field after a typing pause, for the item it showed while typing.

    The key and the text are captured at each keystroke, so choosing another item while a
    pause is running still saves the text to the item it was typed for.
    """

    def __init__(
        self,
        widget: QLineEdit | QPlainTextEdit,
        debouncer: Debouncer,
        name: str,
        commit: Callable[[Any, str], None],
    ) -> None:
        super().__init__(widget)
        self.widget = widget
        self._debouncer = debouncer
        self._name = name
        self._commit = commit
        self.key: Any = None
        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(self._edited)
            widget.editingFinished.connect(self.flush)
        else:
            widget.setTabChangesFocus(True)
            widget.textChanged.connect(self._edited)

    def field_id(self, key: Any = None) -> str:
        return f"{self._name}.{key if key is not None else self.key}"

    def text(self) -> str:
        w = self.widget
        return w.text() if isinstance(w, QLineEdit) else w.toPlainText()

    def show(self, key: Any, text: str) -> None:
        """Show ``text`` of item ``key``, unless the user is typing in it right now."""
        self.key = key
        self.widget.setEnabled(key is not None)
        if self._debouncer.is_pending(self.field_id()) or self.text() == text:
            return
        self.widget.blockSignals(True)
        if isinstance(self.widget, QLineEdit):
            self.widget.setText(text)
            self.widget.setCursorPosition(0)  # a long title shows its beginning, not its end
        else:
            self.widget.setPlainText(text)
        self.widget.blockSignals(False)

    def flush(self) -> None:
        self._debouncer.flush_field(self.field_id())

    def _edited(self, *_args: Any) -> None:
        if self.key is None:
            return
        key, value = self.key, self.text()
        self._debouncer.schedule(self.field_id(key), lambda: self._commit(key, value))


def text_box(
    accessible_name: str, lines: int = 3, placeholder: str = "", *, limit: int
) -> QPlainTextEdit:
    """A multi-line text field of about ``lines`` lines that stops at ``limit`` characters;
    Tab moves on to the next field."""
    box = LimitedTextEdit(limit)
    box.setAccessibleName(accessible_name)
    box.setPlaceholderText(placeholder)
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
    return box


# -- a calm notice ---------------------------------------------------------------------------


class Notice(QFrame):
    """An icon and a wrapped line of text on a pale background: noticed, but not alarming."""

    def __init__(
        self,
        background: str = WARNING_BACKGROUND,
        foreground: str = WARNING_TEXT,
        icon: QStyle.StandardPixmap = QStyle.StandardPixmap.SP_MessageBoxWarning,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("notice")
        self.setStyleSheet(
            f"QFrame#notice {{ background: {background}; border: 1px solid {foreground};"
            f" border-radius: 4px; }} QFrame#notice QLabel {{ color: {foreground}; }}"
        )
        size = self.fontMetrics().height() + 6
        self.icon = QLabel()
        self.icon.setPixmap(self.style().standardIcon(icon).pixmap(size, size))
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.icon)
        layout.addWidget(self.label, 1)
        self.hide()

    def show_text(self, text: str) -> None:
        """Show ``text``; an empty text hides the notice."""
        self.label.setText(text)
        self.setAccessibleName(text)
        self.setVisible(bool(text))

    def text(self) -> str:
        parent = self.parentWidget()
        return self.label.text() if parent is not None and self.isVisibleTo(parent) else ""


def warning_icon(widget: QWidget) -> QIcon:
    return widget.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)


# -- single keys as commands -----------------------------------------------------------------


class KeyFilter(QObject):
    """Runs ``commands[key]`` for a key pressed without Ctrl/Alt on the watched widget.

    Installed on a table it sees the key before the table would start editing a cell with it.
    """

    def __init__(self, watched: QWidget, commands: dict[Qt.Key, Callable[[], None]]) -> None:
        super().__init__(watched)
        self._commands = commands
        watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            blocked = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
            command = self._commands.get(Qt.Key(event.key()))
            if command is not None and not (event.modifiers() & blocked):
                command()
                return True
        return super().eventFilter(watched, event)
