"""The rated table of organisational preconditions: words and colour for each rating."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from workshop_app.domain.enums import Rating
from workshop_app.domain.method_pack.model import MethodPack
from workshop_app.gui.error_report import QtCallGuard
from workshop_app.gui.steps.preconditions.precondition_rows import (
    PreconditionRow,
    RowKey,
    contrast_text,
)
from workshop_app.gui.widgets.item_table_model import ModelIndex

DIMENSION, RATING, CURRENT_STATE, OBSTACLES, REMEDY = range(5)
TEXT_FIELDS = {CURRENT_STATE: "current_state", OBSTACLES: "obstacles", REMEDY: "remedy"}


class PreconditionTableModel(QtCallGuard, QAbstractTableModel):
    """One row per dimension (and per organisation with a row of its own)."""

    def __init__(self, pack: MethodPack, language: str, parent: Any = None) -> None:
        super().__init__(parent)
        self._pack = pack
        self._language = language
        self._rows: list[PreconditionRow] = []
        self._organisation_names: dict[str, str] = {}

    def headers(self) -> list[str]:
        return [
            self.tr("Dimension"),
            self.tr("Rating"),
            self.tr("Current state"),
            self.tr("Obstacles"),
            self.tr("Remedy"),
        ]

    def rating_text(self, value: int | None) -> str:
        if value == int(Rating.DONT_KNOW):
            return self.tr("Don't know")
        level = None if value is None else self._pack.rating_level(int(value))
        return "" if level is None else f"{level.value} – {level.title.get(self._language)}"

    def row_title(self, row: PreconditionRow) -> str:
        if row.organisation_id is None:
            return row.title
        name = self._organisation_names.get(row.organisation_id, row.organisation_id)
        return f"{row.title} – {name}"

    @property
    def rows(self) -> list[PreconditionRow]:
        return self._rows

    def set_rows(self, rows: Sequence[PreconditionRow], organisation_names: dict[str, str]) -> None:
        new = list(rows)
        same_keys = [r.key for r in new] == [r.key for r in self._rows]
        names_changed = organisation_names != self._organisation_names
        self._organisation_names = dict(organisation_names)
        if same_keys:
            changed = [i for i, (a, b) in enumerate(zip(self._rows, new, strict=True)) if a != b]
            self._rows = new
            if names_changed:
                changed = list(range(len(new)))
            for row in changed:
                self.dataChanged.emit(self.index(row, 0), self.index(row, REMEDY))
            return
        self.beginResetModel()
        self._rows = new
        self.endResetModel()

    def row_of(self, key: RowKey) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.key == key), None)

    # Qt model interface

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == RATING:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        assessment = row.assessment
        rating = None if assessment is None or assessment.rating is None else int(assessment.rating)
        column = index.column()
        roles = Qt.ItemDataRole
        if role == roles.EditRole and column == RATING:
            return rating
        if role in (roles.DisplayRole, roles.ToolTipRole, roles.AccessibleTextRole):
            if column == DIMENSION:
                title = self.row_title(row)
                if role == roles.ToolTipRole and row.description:
                    return f"{title}\n\n{row.description}"
                return title
            if column == RATING:
                text = self.rating_text(rating)
                if role != roles.DisplayRole and not text:
                    return self.tr("Not rated yet")
                return text
            if assessment is None:
                return ""
            return getattr(assessment, TEXT_FIELDS[column])
        if column == RATING and rating is not None:
            level = self._pack.rating_level(rating)
            if level is not None:
                if role == roles.BackgroundRole:
                    return QColor(level.colour)
                if role == roles.ForegroundRole:
                    return QColor(contrast_text(level.colour))
        return None


def swatch(colour: str, size: int) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class RatingDelegate(QtCallGuard, QStyledItemDelegate):
    """A list of the four levels (and "not rated") to choose a rating from."""

    def __init__(
        self,
        pack: MethodPack,
        language: str,
        on_choose: Callable[[int, int | None], None],
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._pack = pack
        self._language = language
        self._on_choose = on_choose

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        """The level's colour even on the selected row (a frame marks the selection)."""
        value = index.data(Qt.ItemDataRole.EditRole)
        level = None if value is None else self._pack.rating_level(int(value))
        if level is None:
            super().paint(painter, option, index)
            return
        rect = option.rect
        text_colour = QColor(contrast_text(level.colour))
        painter.save()
        painter.fillRect(rect, QColor(level.colour))
        painter.setPen(text_colour)
        painter.setFont(option.font)
        painter.drawText(
            rect.adjusted(8, 0, -8, 0),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            index.data(Qt.ItemDataRole.DisplayRole),
        )
        if option.state & QStyle.StateFlag.State_Selected:
            painter.setPen(QPen(text_colour, 2))
            painter.drawRect(rect.adjusted(1, 1, -2, -2))
        painter.restore()

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: ModelIndex
    ) -> QWidget:
        combo = QComboBox(parent)
        combo.setAccessibleName(self.tr("Rating"))
        combo.addItem(self.tr("Not rated"), None)
        size = combo.fontMetrics().height()
        for level in self._pack.rating_scale:
            combo.addItem(
                swatch(level.colour, size),
                f"{level.value} – {level.title.get(self._language)}",
                level.value,
            )
        combo.addItem(self.tr("Don't know"), int(Rating.DONT_KNOW))
        return combo

    def setEditorData(self, editor: QWidget, index: ModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))

    def setModelData(self, editor: QWidget, model: Any, index: ModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        self._on_choose(index.row(), editor.currentData())


class PreconditionTableView(QTableView):
    """The table; as tall as its rows, the text columns shown only where there is room."""

    TEXT_COLUMNS_FROM = 760  # below this width the texts are edited in the form only

    def __init__(self, model: PreconditionTableModel, delegate: RatingDelegate) -> None:
        super().__init__()
        self.setModel(model)
        self.setItemDelegateForColumn(RATING, delegate)
        self.setObjectName("preconditionTable")
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setWordWrap(True)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(DIMENSION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(RATING, QHeaderView.ResizeMode.Fixed)
        rating_width = max(
            self.fontMetrics().horizontalAdvance(model.rating_text(level.value))
            for level in model._pack.rating_scale
        )
        self.setColumnWidth(RATING, rating_width + 24)
        for column in TEXT_FIELDS:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        model.modelReset.connect(self.fit)
        model.dataChanged.connect(lambda *_: self.fit())

    def fit(self) -> None:
        self.resizeRowsToContents()
        rows = self.verticalHeader().length()
        header = self.horizontalHeader()
        header_height = max(header.height(), header.sizeHint().height())
        self.setFixedHeight(header_height + rows + 2 * self.frameWidth() + 2)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        wide = event.size().width() >= self.TEXT_COLUMNS_FROM
        changed = False
        for column in TEXT_FIELDS:
            if self.isColumnHidden(column) == wide:
                self.setColumnHidden(column, not wide)
                changed = True
        if changed:
            self.fit()
