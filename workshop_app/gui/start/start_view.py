"""The start view: the saved workshops with search, and the ways to begin."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workshop_app.gui.start.follow_up_due import FollowUpDueLabel
from workshop_app.gui.start.workshop_list_model import ID_ROLE, WorkshopListModel

if TYPE_CHECKING:
    from workshop_app.domain.model import WorkshopSummary

TITLE_SHARE = 0.4  # of the table's width, at least, for the workshops' titles


class StartView(QWidget):
    """A searchable table of workshops; buttons run the window's actions."""

    open_requested = Signal(str)  # workshop id

    def __init__(self, actions: Sequence[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startView")
        heading = QLabel(self.tr("Workshops"))
        heading.setObjectName("pageHeading")
        intro = QLabel(
            self.tr(
                "Lead a local working group through Brå's workshop on crime and insecurity "
                "linked to parallel social structures. Everything is saved on this computer "
                "as you work."
            )
        )
        intro.setWordWrap(True)

        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search by title, municipality or area"))
        self.search.setAccessibleName(self.tr("Search workshops"))
        self.search.setClearButtonEnabled(True)

        self.model = WorkshopListModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setSortRole(Qt.ItemDataRole.UserRole)
        self.search.textChanged.connect(self._filter)
        # Enter in the search opens the highlighted workshop; Down moves into the list.
        self.search.returnPressed.connect(self._open_highlighted)
        self.search.installEventFilter(self)

        self.table = QTableView()
        self.table.setObjectName("workshopTable")
        self.table.setAccessibleName(self.tr("Saved workshops"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        # The columns are fitted to the width (the viewport's resize: the table's own comes
        # to a filter before the viewport has its new size).
        self.table.viewport().installEventFilter(self)
        self.table.activated.connect(self._activated)

        self.empty = QLabel(
            self.tr("No workshops yet. Start a new one, import a file or open the example.")
        )
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.empty)

        buttons = QVBoxLayout()
        for action in actions:
            button = QPushButton(action.text().replace("…", "…"))
            button.setObjectName(f"button_{action.objectName()}")
            button.setToolTip(action.toolTip())
            button.setEnabled(action.isEnabled())
            action.enabledChanged.connect(button.setEnabled)
            button.clicked.connect(action.trigger)
            buttons.addWidget(button)
        buttons.addStretch(1)

        body = QHBoxLayout()
        body.addWidget(self.list_stack, 1)
        body.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(self.search)
        layout.addLayout(body, 1)
        self.follow_ups = FollowUpDueLabel()  # when the next follow-up meetings are due
        layout.addWidget(self.follow_ups)

    def set_summaries(self, summaries: list[WorkshopSummary], select_id: str | None = None) -> None:
        keep = select_id or self.selected_id()
        self.model.set_summaries(summaries)
        self.fit_columns()
        self.follow_ups.show_summaries(summaries)
        self.list_stack.setCurrentWidget(self.table if summaries else self.empty)
        if keep:
            self.select(keep)
        elif self.proxy.rowCount():
            self.table.selectRow(0)
        if summaries and not self.search.hasFocus():
            self.table.setFocus()  # Enter opens the selected workshop straight away

    def select(self, workshop_id: str) -> None:
        row = self.model.row_of(workshop_id)
        if row is None:
            return
        proxy_index = self.proxy.mapFromSource(self.model.index(row, 0))
        if proxy_index.isValid():
            self.table.selectRow(proxy_index.row())
            self.table.setCurrentIndex(proxy_index)

    def selected_id(self) -> str | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return str(self.proxy.data(self.proxy.index(index.row(), 0), ID_ROLE))

    def selected_summary(self) -> WorkshopSummary | None:
        workshop_id = self.selected_id()
        row = self.model.row_of(workshop_id) if workshop_id else None
        return self.model.summary(row) if row is not None else None

    def fit_columns(self) -> None:
        """The title keeps at least 40 % of the width; the other columns get their contents'
        width, or all shrink alike (shortened with "…", whole in the tooltip) when narrow."""
        table, header = self.table, self.table.horizontalHeader()
        room = table.viewport().width() * (1 - TITLE_SHARE)
        wanted = {
            column: max(table.sizeHintForColumn(column), header.sectionSizeHint(column)) + 8
            for column in range(1, 5)
        }
        date = wanted.pop(3)  # the date is short and always whole
        scale = min(1.0, max(room - date, 0) / max(sum(wanted.values()), 1))
        # Never narrower than the column's heading: a heading is not cut.
        widths = {
            column: max(int(width * scale), header.sectionSizeHint(column))
            for column, width in wanted.items()
        }
        widths[3] = date
        for column, width in widths.items():
            if header.sectionSize(column) != width:
                header.resizeSection(column, width)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self.fit_columns()
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_PageDown)
            and self.proxy.rowCount()
        ):
            self._highlight_visible_row()
            self.table.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        return super().eventFilter(watched, event)

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        self._highlight_visible_row()

    def _highlight_visible_row(self) -> None:
        """A visible row is always highlighted, so Enter has something to open."""
        if self.table.currentIndex().isValid() or not self.proxy.rowCount():
            return
        self.table.selectRow(0)
        self.table.setCurrentIndex(self.proxy.index(0, 0))

    def _open_highlighted(self) -> None:
        self._highlight_visible_row()
        index = self.table.currentIndex()
        if index.isValid():
            self._activated(index)

    def _activated(self, index) -> None:  # type: ignore[no-untyped-def]
        workshop_id = self.proxy.data(self.proxy.index(index.row(), 0), ID_ROLE)
        if workshop_id:
            self.open_requested.emit(str(workshop_id))
