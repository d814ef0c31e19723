"""The partner matrix: measures × organisations, each cell Lead, Partner or empty.

A click on a cell (or Space/Enter) moves it on: empty → Partner → Lead → empty. The keys L, P
and Delete set a cell directly, and the context menu offers the three choices. The matrix only
asks for a role; the page turns it into a change of the measure (``partner_matrix.with_role``),
so a measure's lead and partners stay consistent whichever way they are edited.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMenu,
    QSizePolicy,
    QTableView,
    QWidget,
)

from workshop_app.domain.model import Measure, Organisation
from workshop_app.domain.partner_matrix import Role, next_role, role_of
from workshop_app.gui.error_report import QtCallGuard
from workshop_app.gui.widgets.item_table_model import ModelIndex

LEAD_BACKGROUND = "#0d47a1"  # white text on it: contrast 9:1
LEAD_TEXT = "#ffffff"
PARTNER_BACKGROUND = "#d6e6fa"  # dark text on it: contrast 12:1
PARTNER_TEXT = "#0d2c54"
TITLE_WRAP = 34  # a measure's title in the row header: two lines of about this many characters
NAME_WRAP = 14  # an organisation's name in the column header wraps at about this width


class PartnerMatrixModel(QtCallGuard, QAbstractTableModel):
    """Rows are measures, columns organisations; the data is the role of each pair."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._measures: list[Measure] = []
        self._organisations: list[Organisation] = []
        self._prefixes: dict[str, str] = {}

    def labels(self) -> dict[Role, str]:
        return {Role.LEAD: self.tr("Lead"), Role.PARTNER: self.tr("Partner"), Role.NONE: ""}

    def set_content(
        self,
        measures: Sequence[Measure],
        organisations: Sequence[Organisation],
        prefixes: dict[str, str] | None = None,
    ) -> None:
        """Show ``measures`` × ``organisations``; the same rows and columns only repaint."""
        same_shape = [m.id for m in measures] == [m.id for m in self._measures] and [
            o.id for o in organisations
        ] == [o.id for o in self._organisations]
        if same_shape and prefixes == self._prefixes:
            # Only what changed repaints: a whole 1,000 × 20 matrix per keystroke costs 40 ms.
            old_measures, old_organisations = self._measures, self._organisations
            self._measures, self._organisations = list(measures), list(organisations)
            rows = [
                r
                for r, (a, b) in enumerate(zip(old_measures, self._measures, strict=True))
                if a != b
            ]
            if rows and self.columnCount():
                first, last = min(rows), max(rows)
                self.dataChanged.emit(
                    self.index(first, 0), self.index(last, self.columnCount() - 1)
                )
                self.headerDataChanged.emit(Qt.Orientation.Vertical, first, last)
            if old_organisations != self._organisations:
                self.headerDataChanged.emit(
                    Qt.Orientation.Horizontal, 0, max(self.columnCount() - 1, 0)
                )
            return
        self.beginResetModel()
        self._measures, self._organisations = list(measures), list(organisations)
        self._prefixes = dict(prefixes or {})
        self.endResetModel()

    def measure_at(self, row: int) -> Measure:
        return self._measures[row]

    def organisation_at(self, column: int) -> Organisation:
        return self._organisations[column]

    def role_at(self, index: ModelIndex) -> Role:
        return role_of(self._measures[index.row()], self._organisations[index.column()].id)

    def index_of(self, measure_id: str, organisation_id: str) -> QModelIndex:
        row = next(i for i, m in enumerate(self._measures) if m.id == measure_id)
        column = next(i for i, o in enumerate(self._organisations) if o.id == organisation_id)
        return self.index(row, column)

    # Qt model interface

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._measures)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._organisations)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if section >= len(self._organisations):
                return None
            name = self._organisations[section].name
            if role == Qt.ItemDataRole.DisplayRole:
                return "\n".join(
                    textwrap.wrap(
                        name, NAME_WRAP, break_long_words=False, max_lines=3, placeholder="…"
                    )
                )
            if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
                return name
            return None
        if section >= len(self._measures):
            return None
        measure = self._measures[section]
        title = self._prefixes.get(measure.id, "") + measure.title
        if role == Qt.ItemDataRole.DisplayRole:
            return "\n".join(
                textwrap.wrap(
                    title, TITLE_WRAP, break_long_words=False, max_lines=2, placeholder="…"
                )
            )
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return title
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        value = self.role_at(index)
        roles = Qt.ItemDataRole
        if role == roles.DisplayRole:
            return self.labels()[value]
        if role == roles.UserRole:
            return value
        if role == roles.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == roles.BackgroundRole and value is not Role.NONE:
            return QColor(LEAD_BACKGROUND if value is Role.LEAD else PARTNER_BACKGROUND)
        if role == roles.ForegroundRole and value is not Role.NONE:
            return QColor(LEAD_TEXT if value is Role.LEAD else PARTNER_TEXT)
        if role == roles.FontRole and value is Role.LEAD:
            font = QFont()
            font.setBold(True)
            return font
        if role in (roles.ToolTipRole, roles.AccessibleTextRole):
            measure = self._measures[index.row()].title
            organisation = self._organisations[index.column()].name
            state = self.labels()[value] or self.tr("Not involved")
            return (
                self.tr("%1 – %2: %3")
                .replace("%1", measure)
                .replace("%2", organisation)
                .replace("%3", state)
            )
        return None


class PartnerMatrixView(QTableView):
    """The matrix's table: a click, Space, Enter, L, P or Delete asks for a new role."""

    role_requested = Signal(str, str, object)  # measure id, organisation id, Role

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.matrix = PartnerMatrixModel(self)
        self.setModel(self.matrix)
        self.setObjectName("partnerMatrix")
        self.setAccessibleName(self.tr("Partner matrix"))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)
        self.clicked.connect(self._cycle)
        columns = self.horizontalHeader()
        # Sized to the contents when rows or organisations change, not on every edit: with
        # ResizeToContents each keystroke in a measure's title measured all 1,000 rows.
        columns.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        columns.setMinimumSectionSize(self.fontMetrics().horizontalAdvance("Partner") + 24)
        columns.setHighlightSections(False)
        rows = self.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        # Two lines: the measure's title is what the group reads; it gets the room.
        rows.setDefaultSectionSize(self.fontMetrics().lineSpacing() * 2 + 10)
        rows.setHighlightSections(True)
        self.matrix.modelReset.connect(self.fit)
        self.matrix.headerDataChanged.connect(self._header_changed)

    def _header_changed(self, orientation: Qt.Orientation, _first: int, _last: int) -> None:
        if orientation == Qt.Orientation.Horizontal:
            self.fit()  # an organisation was renamed

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._spread()

    def _spread(self) -> None:
        """Width left over goes to the organisations' columns, so their words are whole and
        no quarter of the matrix stays empty."""
        widths = getattr(self, "_content_widths", [])
        header = self.horizontalHeader()
        if not widths or len(widths) != header.count():
            return
        extra = self.viewport().width() - sum(widths)
        share = max(extra, 0) // len(widths)
        for column, width in enumerate(widths):
            if header.sectionSize(column) != width + share:
                header.resizeSection(column, width + share)

    def fit(self) -> None:
        """As tall as its rows (the page scrolls, not the matrix); wide columns scroll inside."""
        self.resizeColumnsToContents()
        header = self.horizontalHeader()
        self._content_widths = [header.sectionSize(c) for c in range(header.count())]
        self._spread()
        header = self.horizontalHeader()
        header_height = max(header.sizeHint().height(), self.fontMetrics().lineSpacing() * 3 + 8)
        header.setFixedHeight(header_height)
        rows = self.verticalHeader().length()
        scroll = self.style().pixelMetric(self.style().PixelMetric.PM_ScrollBarExtent)
        self.setFixedHeight(header_height + rows + 2 * self.frameWidth() + scroll + 2)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        keys = {
            Qt.Key.Key_L: Role.LEAD,
            Qt.Key.Key_P: Role.PARTNER,
            Qt.Key.Key_Delete: Role.NONE,
            Qt.Key.Key_Backspace: Role.NONE,
            Qt.Key.Key_0: Role.NONE,
        }
        plain = not (
            event.modifiers()
            & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        )
        if index.isValid() and plain:
            if event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._cycle(index)
                event.accept()
                return
            if event.key() in keys:
                self._request(index, keys[Qt.Key(event.key())])
                event.accept()
                return
        super().keyPressEvent(event)

    def _cycle(self, index: QModelIndex) -> None:
        if index.isValid():
            self._request(index, next_role(self.matrix.role_at(index)))

    def _request(self, index: QModelIndex, role: Role) -> None:
        measure = self.matrix.measure_at(index.row())
        organisation = self.matrix.organisation_at(index.column())
        self.role_requested.emit(measure.id, organisation.id, role)

    def _menu(self, point: QPoint) -> None:
        index = self.indexAt(point)
        if not index.isValid():
            return
        menu = QMenu(self)
        current = self.matrix.role_at(index)
        for role, text in (
            (Role.LEAD, self.tr("&Lead (L)")),
            (Role.PARTNER, self.tr("&Partner (P)")),
            (Role.NONE, self.tr("&Not involved (Delete)")),
        ):
            action = menu.addAction(text)
            action.setCheckable(True)
            action.setChecked(role is current)
            action.triggered.connect(lambda _=False, r=role: self._request(index, r))
        menu.exec(self.viewport().mapToGlobal(point))
