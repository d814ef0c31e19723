"""The action table of the next steps: overdue actions marked by colour and by text."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QTableView

from workshop_app.domain.action_plan import is_overdue
from workshop_app.domain.model import NextStep
from workshop_app.gui.widgets.item_table_model import Column, display_text
from workshop_app.gui.widgets.styled_table import (
    OVERDUE_BACKGROUND,
    OVERDUE_TEXT,
    Cell,
    StyledTableModel,
)

DAY_CHECK_SECONDS = 60.0


class NextStepTableModel(StyledTableModel):
    """Next steps; a row whose due date has passed (and is not done) is tinted and says so."""

    def __init__(
        self,
        columns: list[Column],
        today: Callable[[], date],
        icon: QIcon,
        measure_titles: Callable[[tuple[str, ...]], list[str]],
        parent: Any = None,
    ) -> None:
        super().__init__("next_steps", columns, parent)
        self._today = today
        self._icon = icon
        self._measure_titles = measure_titles
        self._day = today()
        self._day_checked = time.monotonic()

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # The cached cells hold "overdue" as of a day: a window left open past midnight
        # shows the new day's overdue actions within a minute (checked at most that often).
        now = time.monotonic()
        if now - self._day_checked > DAY_CHECK_SECONDS:
            self._day_checked = now
            today = self._today()
            if today != self._day:
                self._day = today
                self._cells = {}
        return super().data(index, role)

    def cell(self, item: NextStep, column: Column) -> Cell | None:
        overdue = is_overdue(item, self._today())
        text: str | None = None
        tooltip: str | None = None
        icon = None
        if column.field == "due_date" and item.due_date is not None:
            text = item.due_date.isoformat()
            if overdue:
                text = self.tr("%1 – overdue").replace("%1", text)
                tooltip = self.tr("Due %1 and not done yet").replace(
                    "%1", item.due_date.isoformat()
                )
                icon = self._icon
        elif column.field == "measure_ids":
            titles = self._measure_titles(item.measure_ids)
            text = str(len(titles)) if titles else ""
            tooltip = "\n".join(titles) if titles else self.tr("Linked to no measure")
        if not overdue and text is None and tooltip is None:
            return None
        return Cell(
            text=display_text(column, getattr(item, column.field)) if text is None else text,
            background=OVERDUE_BACKGROUND if overdue else None,
            foreground=OVERDUE_TEXT if overdue else None,
            icon=icon,
            tooltip=tooltip,
        )


class ResponsiveColumns(QObject):
    """Keeps the main text column readable: the other columns show, in the order given (most
    wanted first), only while the main column keeps at least ``share`` of the table's width."""

    def __init__(
        self,
        table: QTableView,
        main: int,
        by_priority: list[int],
        refit: Callable[[], None],
        share: float = 0.4,
    ) -> None:
        super().__init__(table)
        self._table = table
        self._main = main
        self._priority = by_priority
        self._share = share
        self._refit = refit  # row heights follow the main column's new width
        # The widths as set before (a hidden column's is kept to know when it fits again).
        self._widths = {column: table.columnWidth(column) for column in by_priority}
        # The viewport's resize: the table's own reaches a filter before the viewport has
        # its new width.
        table.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.update()
        return super().eventFilter(watched, event)

    def update(self) -> None:
        width = self._table.viewport().width()
        room = width * (1 - self._share)
        used = 0
        changed = False
        for column in self._priority:
            hidden = used + self._widths[column] > room
            if not hidden:
                used += self._widths[column]
            if self._table.isColumnHidden(column) != hidden:
                self._table.setColumnHidden(column, hidden)
                changed = True
        if changed:
            self._refit()
