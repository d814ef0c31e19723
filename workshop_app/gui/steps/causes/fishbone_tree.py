"""The causes of one problem as a tree: the fishbone's branches on top, causes and sub-causes below.

Keyboard: F2 edits the selected cause's text, Delete deletes it, Ctrl+Up/Down moves it among its
siblings. The tree is rebuilt only when its content changed, and an open editor is never
replaced by a refresh.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from workshop_app.domain.cause_tree import TreeEntry
from workshop_app.domain.enums import Branch, Certainty, Directness
from workshop_app.domain.model import Cause
from workshop_app.gui.widgets.text_limit import LimitDelegate, limit_of

NodeId = tuple[str, str]  # ("branch", branch value) or ("cause", cause id)
_NODE = Qt.ItemDataRole.UserRole


class CauseTree(QTreeWidget):
    """Branches as top-level rows (with their number of causes), the cause tree under each."""

    description_edited = Signal(str, str)  # cause id, new text
    delete_pressed = Signal()
    move_pressed = Signal(int)
    current_node_changed = Signal(object)  # NodeId or None

    def __init__(
        self,
        kind_label: Callable[[Directness], str],
        certainty_label: Callable[[Certainty | None], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._kind_label = kind_label
        self._certainty_label = certainty_label
        self._items: dict[NodeId, QTreeWidgetItem] = {}
        self._shown: object = None
        self._structure: object = None
        self._updating = False
        self.setColumnCount(3)
        self.setItemDelegate(LimitDelegate(limit_of(Cause, "description"), self))
        self.setHeaderLabels([self.tr("Cause"), self.tr("Kind"), self.tr("Certainty")])
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setMinimumSectionSize(60)
        self.setWordWrap(True)
        self.setUniformRowHeights(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setAlternatingRowColors(False)
        self.setAccessibleName(self.tr("Causes by branch"))
        self.itemChanged.connect(self._item_changed)
        self.currentItemChanged.connect(self._current_changed)
        self.itemExpanded.connect(lambda _item: self._fit_height())
        self.itemCollapsed.connect(lambda _item: self._fit_height())
        self._fit_height()

    # -- showing -------------------------------------------------------------------------

    def show_groups(self, groups: Sequence[tuple[Branch, str, Sequence[TreeEntry]]]) -> None:
        """Show each branch (with its title) and its causes in tree order."""
        content = tuple(
            (branch, title, tuple((e.cause, e.depth) for e in entries))
            for branch, title, entries in groups
        )
        if content == self._shown:
            return
        structure = tuple(
            (branch, tuple((c.id, c.parent_id) for c, _ in causes)) for branch, _, causes in content
        )
        self._shown = content
        if structure == self._structure:
            self._update_texts(content)
            return
        self._structure = structure
        self._rebuild(content)
        self._fit_height()

    def _fit_height(self) -> None:
        """As tall as its rows (the page scrolls, not the tree), between 8 and 30 lines."""
        first = self.topLevelItem(0)
        drawn = self.visualItemRect(first).height() if first is not None else 0
        row = drawn if drawn > 0 else self.fontMetrics().height() + 2
        rows = sum(1 for item in self._items.values() if not _hidden(item))
        lines = min(max(rows, 8), 30)
        header = self.header().sizeHint().height()
        self.setMinimumHeight(lines * row + header + 2 * self.frameWidth())

    def _rebuild(self, content: tuple) -> None:  # type: ignore[type-arg]
        current = self.current_node()
        collapsed = {node for node, item in self._items.items() if not item.isExpanded()}
        self._updating = True
        try:
            self.clear()
            self._items = {}
            for branch, _title, causes in content:
                top = QTreeWidgetItem(self)
                top.setData(0, _NODE, ("branch", branch.value))
                top.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                font = QFont(self.font())
                font.setBold(True)
                top.setFont(0, font)
                top.setFirstColumnSpanned(True)
                self._items[("branch", branch.value)] = top
                for cause, _depth in causes:
                    parent = self._items.get(("cause", cause.parent_id or ""), top)
                    item = QTreeWidgetItem(parent)
                    item.setData(0, _NODE, ("cause", cause.id))
                    item.setFlags(
                        Qt.ItemFlag.ItemIsEnabled
                        | Qt.ItemFlag.ItemIsSelectable
                        | Qt.ItemFlag.ItemIsEditable
                    )
                    self._items[("cause", cause.id)] = item
            self._update_texts(content)
            for node, item in self._items.items():
                item.setExpanded(node not in collapsed)
            if current in self._items:
                self.setCurrentItem(self._items[current])
        finally:
            self._updating = False
        if current not in self._items:
            self.current_node_changed.emit(self.current_node())

    def _update_texts(self, content: tuple) -> None:  # type: ignore[type-arg]
        editing = (
            self.currentItem() if self.state() == QAbstractItemView.State.EditingState else None
        )
        was_updating, self._updating = self._updating, True
        try:
            for branch, title, causes in content:
                top = self._items[("branch", branch.value)]
                _set(top, 0, f"{title} ({len(causes)})")
                top.setToolTip(0, title)
                for cause, _depth in causes:
                    item = self._items[("cause", cause.id)]
                    if item is not editing:
                        _set(item, 0, cause.description)
                    item.setToolTip(0, cause.description)
                    _set(item, 1, self._kind_label(cause.directness))
                    _set(item, 2, self._certainty_label(cause.certainty))
                    font = item.font(0)
                    font.setItalic(cause.directness == Directness.UNDERLYING)
                    item.setFont(0, font)
        finally:
            self._updating = was_updating

    # -- selection -----------------------------------------------------------------------

    def current_node(self) -> NodeId | None:
        item = self.currentItem()
        return None if item is None else item.data(0, _NODE)

    def current_cause_id(self) -> str | None:
        node = self.current_node()
        return node[1] if node is not None and node[0] == "cause" else None

    def select_node(self, node: NodeId) -> None:
        item = self._items.get(node)
        if item is not None:
            self.setCurrentItem(item)
            self.scrollToItem(item)

    def cause_item(self, cause_id: str) -> QTreeWidgetItem | None:
        return self._items.get(("cause", cause_id))

    # -- Qt ------------------------------------------------------------------------------

    def edit(self, index: QModelIndex, trigger: Any = None, event: Any = None) -> Any:  # type: ignore[override]
        """F2 or a double-click anywhere on a cause's row edits its text (the first column)."""
        if index.isValid() and index.column() != 0:
            index = index.siblingAtColumn(0)
        if trigger is None:
            return super().edit(index)
        return super().edit(index, trigger, event)

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

    def _item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if self._updating or column != 0:
            return
        node = item.data(0, _NODE)
        if node is None or node[0] != "cause":
            return
        text = item.text(0).strip()
        if not text:  # a cause cannot be emptied: put the last text back
            for _branch, _title, causes in self._shown or ():  # type: ignore[attr-defined]
                for cause, _depth in causes:
                    if cause.id == node[1]:
                        self._updating = True
                        item.setText(0, cause.description)
                        self._updating = False
            return
        self.description_edited.emit(node[1], text)

    def _current_changed(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        if not self._updating:
            self.current_node_changed.emit(None if current is None else current.data(0, _NODE))


def _hidden(item: QTreeWidgetItem) -> bool:
    """Inside a collapsed branch or cause."""
    parent = item.parent()
    while parent is not None:
        if not parent.isExpanded():
            return True
        parent = parent.parent()
    return False


def _set(item: QTreeWidgetItem, column: int, text: str) -> None:
    if item.text(column) != text:
        item.setText(column, text)
