"""The saved workshops as a table model for the start view."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from workshop_app.domain.date_range import local_text, sort_instant
from workshop_app.domain.steps import STEP_ORDER
from workshop_app.gui.error_report import QtCallGuard

if TYPE_CHECKING:  # the rows come from the worker; the first paint needs no domain model
    from workshop_app.domain.model import WorkshopSummary

ID_ROLE = Qt.ItemDataRole.UserRole + 1
ModelIndex = QModelIndex | QPersistentModelIndex


class WorkshopListModel(QtCallGuard, QAbstractTableModel):
    """Title, municipality, area, last changed and progress of each saved workshop."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[WorkshopSummary] = []
        self._headers = [
            self.tr("Title"),
            self.tr("Municipality"),
            self.tr("Area"),
            self.tr("Last changed"),
            self.tr("Progress"),
        ]

    def set_summaries(self, summaries: list[WorkshopSummary]) -> None:
        self.beginResetModel()
        self._rows = list(summaries)
        self.endResetModel()

    def summary(self, row: int) -> WorkshopSummary:
        return self._rows[row]

    def row_of(self, workshop_id: str) -> int | None:
        return next((r for r, s in enumerate(self._rows) if s.id == workshop_id), None)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        summary = self._rows[index.row()]
        if role == ID_ROLE:
            return summary.id
        if role == Qt.ItemDataRole.UserRole:  # sort key
            if index.column() == 3:
                return sort_instant(summary.updated_at)
            if index.column() == 4:
                return len(summary.completed_steps)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.UserRole):
            column = index.column()
            if column == 0:
                return summary.title
            if column == 1:
                return summary.municipality
            if column == 2:
                return summary.area
            if column == 3:
                return local_text(summary.updated_at)
            done = len(summary.completed_steps)
            marks = "".join("●" if s in summary.completed_steps else "○" for s in STEP_ORDER)
            return f"{marks}  " + self.tr("%1 of %2 steps done").replace("%1", str(done)).replace(
                "%2", str(len(STEP_ORDER))
            )
        return None
