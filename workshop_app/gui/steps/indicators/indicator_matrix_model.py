"""The information matrix's content: indicators × organisations, each cell a kind of source.

Knowledge gaps are shown three ways at once: a warning sign and the words "knowledge gap" in
the indicator's cell, and a coloured row.
"""

from __future__ import annotations

import textwrap
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from workshop_app.domain.enums import SourceType
from workshop_app.domain.information_matrix import MatrixRow
from workshop_app.domain.model import Organisation
from workshop_app.gui.error_report import QtCallGuard
from workshop_app.gui.steps.indicators.indicator_words import (
    DARK_TEXT,
    GAP_COLOUR,
    GAP_MARKER,
    status_label,
)

ModelIndex = QModelIndex | QPersistentModelIndex
GAP_ROW_COLOUR = "#fff3bf"  # the organisation cells of a gap row: a lighter shade


class MatrixModel(QtCallGuard, QAbstractTableModel):
    """Column 0 names the indicator and its status; one column per organisation."""

    cell_edit_requested = Signal(str, str, object)  # indicator id, organisation id, type/None

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: tuple[MatrixRow, ...] = ()
        self._organisations: tuple[Organisation, ...] = ()
        self._titles: dict[str, str] = {}
        self._kinds: list[tuple[SourceType, str]] = []
        self._kind_labels: dict[SourceType, str] = {}
        self.header_chars = 16  # line length of organisation names in the header

    # -- content -------------------------------------------------------------------------

    def set_source_types(self, kinds: list[tuple[SourceType, str]]) -> None:
        self._kinds = kinds
        self._kind_labels = dict(kinds)

    @property
    def source_types(self) -> list[tuple[SourceType, str]]:
        return self._kinds

    @property
    def rows(self) -> tuple[MatrixRow, ...]:
        return self._rows

    @property
    def organisations(self) -> tuple[Organisation, ...]:
        return self._organisations

    def set_rows(
        self,
        rows: tuple[MatrixRow, ...],
        organisations: tuple[Organisation, ...],
        titles: dict[str, str],
    ) -> list[int] | None:
        """Show ``rows``; returns the changed row numbers, or None after a reset.

        The same indicators and organisations in the same order only refresh changed rows.
        """
        same_shape = [r.indicator.id for r in rows] == [r.indicator.id for r in self._rows] and [
            o.id for o in organisations
        ] == [o.id for o in self._organisations]
        if not same_shape:
            self.beginResetModel()
            self._rows, self._organisations, self._titles = rows, organisations, titles
            self.endResetModel()
            return None
        if organisations != self._organisations:
            self._organisations = organisations
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 1, len(organisations))
        old_titles, self._titles = self._titles, titles
        changed = [
            n
            for n, (a, b) in enumerate(zip(self._rows, rows, strict=True))
            if a != b or old_titles.get(a.indicator.id) != titles.get(b.indicator.id)
        ]
        self._rows = rows
        for n in changed:
            self.dataChanged.emit(self.index(n, 0), self.index(n, self.columnCount() - 1))
        return changed

    def row_of(self, indicator_id: str) -> int | None:
        return next((n for n, r in enumerate(self._rows) if r.indicator.id == indicator_id), None)

    def row_texts(self, row: int) -> list[str]:
        """What row ``row`` shows, column by column (for measuring its height)."""
        matrix_row = self._rows[row]
        first = str(self._indicator_data(matrix_row, Qt.ItemDataRole.DisplayRole))
        return [first] + [self._cell_text(kinds) for kinds in matrix_row.cells]

    def _cell_text(self, kinds: tuple[SourceType, ...]) -> str:
        return ", ".join(self._kind_labels.get(k, str(k)) for k in kinds)

    def cell(self, index: ModelIndex) -> tuple[str, str] | None:
        """(indicator id, organisation id) of an organisation cell; None for column 0."""
        if not index.isValid() or index.column() == 0:
            return None
        row = self._rows[index.row()]
        return row.indicator.id, self._organisations[index.column() - 1].id

    def choices(self, column: int) -> list[tuple[SourceType | None, str]]:
        if column == 0:
            return []
        numbered = [(k, f"{n} – {label}") for n, (k, label) in enumerate(self._kinds, start=1)]
        return [(None, self.tr("0 – No information")), *numbered]

    # -- Qt model interface --------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1 + len(self._organisations)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == 0:
                return self.tr("Indicator")
            # Header labels do not wrap by themselves: break long names into lines.
            name = self._organisations[section - 1].name
            # Whole words only ("stadsdelsförvaltningen" never splits; the column is made
            # wide enough for the longest word).
            lines = textwrap.wrap(
                name, self.header_chars, break_long_words=False, break_on_hyphens=False
            )
            return "\n".join(lines or [name])
        if role == Qt.ItemDataRole.ToolTipRole and section > 0:
            return self._organisations[section - 1].name
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() > 0 else flags

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if index.column() == 0:
            return self._indicator_data(row, role)
        kinds = row.cells[index.column() - 1]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            text = self._cell_text(kinds)
            if role == Qt.ItemDataRole.AccessibleTextRole and not text:
                return self.tr("No information")
            return text
        if role == Qt.ItemDataRole.EditRole:
            return kinds[0] if kinds else None
        if role == Qt.ItemDataRole.ToolTipRole:
            organisation = self._organisations[index.column() - 1].name
            title = self._titles.get(row.indicator.id, row.indicator.title)
            return f"{title} – {organisation}"
        if role == Qt.ItemDataRole.BackgroundRole and row.gap:
            return QColor(GAP_ROW_COLOUR)
        if role == Qt.ItemDataRole.ForegroundRole and row.gap:
            return DARK_TEXT
        return None

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        cell = self.cell(index)
        if role != Qt.ItemDataRole.EditRole or cell is None:
            return False
        self.cell_edit_requested.emit(cell[0], cell[1], value)
        return True

    def _indicator_data(self, row: MatrixRow, role: int) -> Any:
        title = self._titles.get(row.indicator.id, row.indicator.title)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            lines = [title, status_label(row.status)]
            if row.gap:
                lines.append(f"{GAP_MARKER} " + self.tr("Knowledge gap"))
            return "\n".join(lines)
        if role == Qt.ItemDataRole.ToolTipRole:
            if row.gap:
                return self.tr("Knowledge gap: no organisation has information on “%1”").replace(
                    "%1", title
                )
            return title
        # Only the gaps are coloured here, so they stand out (the status has its marker).
        if role == Qt.ItemDataRole.BackgroundRole and row.gap:
            return QColor(GAP_COLOUR)
        if role == Qt.ItemDataRole.ForegroundRole and row.gap:
            return DARK_TEXT
        return None
