"""The problem table: title, votes, prioritised and rank (the rank rules: domain/priorities).

Keys on the table: + and − vote, Space or P prioritises, Ctrl+Up/Down reorders, Delete deletes.
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
from PySide6.QtGui import QKeyEvent, QKeySequence, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from workshop_app.domain.model import Problem
from workshop_app.domain.priorities import rank_range, shown_rank
from workshop_app.domain.voting import MAX_VOTES, clamp_count
from workshop_app.gui.error_report import QtCallGuard
from workshop_app.gui.widgets.row_fitting import RowFitter
from workshop_app.gui.widgets.text_limit import limit_line, limit_of

ModelIndex = QModelIndex | QPersistentModelIndex
TITLE, VOTES, PRIORITISED, RANK = range(4)

# -- the table -------------------------------------------------------------------------------


class ProblemTableModel(QtCallGuard, QAbstractTableModel):
    """Problems as rows: title, votes, prioritised (a check box) and rank."""

    edited = Signal(str, str, object)  # problem id, field, value

    def __init__(self, headers: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self.problems: list[Problem] = []

    def set_problems(self, problems: Sequence[Problem]) -> list[int] | None:
        """Show ``problems``; same ids in the same order only refresh the changed rows.

        Returns the rows whose shown cells changed, or None when the rows themselves changed
        (a description typed elsewhere on the page changes no row).
        """
        new = list(problems)
        if [p.id for p in new] != [p.id for p in self.problems]:
            self.beginResetModel()
            self.problems = new
            self.endResetModel()
            return None
        changed = [
            row
            for row, (a, b) in enumerate(zip(self.problems, new, strict=True))
            if _shown(a) != _shown(b)
        ]
        self.problems = new
        for row in changed:
            self.dataChanged.emit(self.index(row, 0), self.index(row, RANK))
        return changed

    def row_of(self, problem_id: str) -> int | None:
        return next((r for r, p in enumerate(self.problems) if p.id == problem_id), None)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.problems)

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
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        column = index.column()
        if column in (TITLE, VOTES):
            flags |= Qt.ItemFlag.ItemIsEditable
        elif column == PRIORITISED:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        elif column == RANK and self.problems[index.row()].prioritised:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        problem = self.problems[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == PRIORITISED:
            return Qt.CheckState.Checked if problem.prioritised else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.TextAlignmentRole and column != TITLE:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == TITLE:
                return problem.title
            if column == VOTES:
                return str(problem.votes)
            if column == RANK:
                rank = shown_rank(problem)
                return "" if rank is None else str(rank)
            return None
        if role == Qt.ItemDataRole.EditRole:
            return {TITLE: problem.title, VOTES: problem.votes, RANK: problem.rank or 0}.get(column)
        return None

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        problem = self.problems[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == PRIORITISED:
            checked = Qt.CheckState(value) == Qt.CheckState.Checked
            self.edited.emit(problem.id, "prioritised", checked)
            return True
        if role != Qt.ItemDataRole.EditRole:
            return False
        if column == TITLE:
            text = str(value).strip()
            if not text or text == problem.title:
                return False  # a problem always has a title; the old one stays
            self.edited.emit(problem.id, "title", text)
        elif column == VOTES:
            self.edited.emit(problem.id, "votes", clamp_count(int(value)))
        elif column == RANK:
            self.edited.emit(problem.id, "rank", int(value))
        else:
            return False
        return True


class NumberDelegate(QtCallGuard, QStyledItemDelegate):
    """Spin boxes for votes (0 and up) and rank (1..number of prioritised problems)."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: ModelIndex
    ) -> QWidget:
        if index.column() not in (VOTES, RANK):
            line = super().createEditor(parent, option, index)
            if isinstance(line, QLineEdit):
                limit_line(line, limit_of(Problem, "title"))
            return line
        editor = QSpinBox(parent)
        editor.setAlignment(Qt.AlignmentFlag.AlignCenter)
        if index.column() == VOTES:
            editor.setRange(0, MAX_VOTES)
        else:
            model: ProblemTableModel = index.model()  # type: ignore[assignment]
            editor.setRange(*rank_range(model.problems))
        return editor

    def setEditorData(self, editor: QWidget, index: ModelIndex) -> None:
        if isinstance(editor, QSpinBox):
            editor.setValue(int(index.data(Qt.ItemDataRole.EditRole) or 0))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: ModelIndex) -> None:
        if isinstance(editor, QSpinBox):
            editor.interpretText()
            model.setData(index, editor.value())
        else:
            super().setModelData(editor, model, index)


TALL_ROWS = 12  # the table is as tall as its first rows (3 to 12 of them)


class ProblemTable(QTableView):
    """Turns the page's keys into commands before the view uses them for navigation."""

    command = Signal(str)  # delete | up | down | vote+ | vote- | prioritise

    def __init__(self, model: ProblemTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problemTable")
        self.setModel(model)
        self.setItemDelegate(NumberDelegate(self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setWordWrap(True)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (VOTES, PRIORITISED, RANK):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.fitter = RowFitter(self)  # 120 problems: rows fitted as they come into view
        header.sectionResized.connect(lambda *_: self.fit_to_rows())

    def paintEvent(self, event: QPaintEvent) -> None:
        self.fitter.before_paint()
        super().paintEvent(event)

    def fit_to_rows(self, rows: list[int] | None = None) -> None:
        """The table as tall as its first rows (3 to 12 of them): the page scrolls, not the
        table. Those rows are fitted now, the others as they come into view (measuring all 120
        problems at every change of width cost a visit of the page 100 ms). ``rows``: only
        these changed (a retitled problem may wrap differently)."""
        count = self.model().rowCount()
        if rows is None:
            self.fitter.refit()
            self.fitter.fit_rows(range(min(count, TALL_ROWS)))
        else:
            self.fitter.fit_rows(rows)
        line = self.verticalHeader().defaultSectionSize()
        heights = [self.rowHeight(r) for r in range(min(count, TALL_ROWS))]
        heights += [line] * max(3 - len(heights), 0)
        header = self.horizontalHeader().sizeHint().height()
        self.setFixedHeight(sum(heights) + header + 2 * self.frameWidth() + 2)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        mods = event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        plain = not (mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier))
        key, text = event.key(), event.text()
        if event.matches(QKeySequence.StandardKey.Delete):
            self.command.emit("delete")
        elif ctrl and key == Qt.Key.Key_Up:
            self.command.emit("up")
        elif ctrl and key == Qt.Key.Key_Down:
            self.command.emit("down")
        elif plain and (key == Qt.Key.Key_Plus or text == "+"):
            self.command.emit("vote+")
        elif plain and (key == Qt.Key.Key_Minus or text in ("-", "−")):
            self.command.emit("vote-")
        elif plain and (key in (Qt.Key.Key_Space, Qt.Key.Key_P)):
            self.command.emit("prioritise")
        else:
            super().keyPressEvent(event)
            return
        event.accept()


def _shown(problem: Problem) -> tuple[object, ...]:
    """What the table shows of a problem (its cells and what makes them editable)."""
    return (problem.title, problem.votes, problem.prioritised, problem.rank)
