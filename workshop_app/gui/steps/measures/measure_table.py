"""The list of a problem's measures: a warning on one that acts on no cause, a star if chosen."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QIcon

from workshop_app.domain.model import Measure
from workshop_app.domain.partner_matrix import acts_on_no_cause
from workshop_app.gui.widgets.item_table_model import Column
from workshop_app.gui.widgets.styled_table import (
    WARNING_BACKGROUND,
    WARNING_TEXT,
    Cell,
    StyledTableModel,
)


class MeasureTableModel(StyledTableModel):
    """Measures of one problem: a warning on a measure that acts on no cause, a star if chosen."""

    def __init__(self, columns: list[Column], icon: QIcon, parent: Any = None) -> None:
        super().__init__("measures", columns, parent)
        self._icon = icon

    def cell(self, item: Measure, column: Column) -> Cell | None:
        if column.field == "title":
            star = "★ " if item.prioritised else ""
            chosen = self.tr("prioritised")
            tip = item.title + (f" ({chosen})" if item.prioritised else "")
            if acts_on_no_cause(item):
                return Cell(
                    text=star + item.title,
                    icon=self._icon,
                    tooltip=tip + " – " + self.tr("acts on no cause yet"),
                )
            return Cell(text=star + item.title, tooltip=tip)
        if column.field == "cause_ids":
            if acts_on_no_cause(item):
                return Cell(
                    text=self.tr("None"),
                    background=WARNING_BACKGROUND,
                    foreground=WARNING_TEXT,
                    icon=self._icon,
                    tooltip=self.tr("This measure acts on no cause yet"),
                )
            return Cell(text=str(len(item.cause_ids)))
        if column.field == "votes":
            return Cell(text=str(item.votes))
        return None
