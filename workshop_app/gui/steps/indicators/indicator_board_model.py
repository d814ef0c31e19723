"""The indicator board's content: problem areas with their indicators, as a Qt tree model.

The rows are built from the method pack and a workshop snapshot (``build_board``); the model
never edits anything itself: an edit becomes ``edit_requested`` and the page turns it into an
undoable change. One model holds all indicators, so 400 of them stay fast.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from workshop_app.domain.enums import IndicatorStatus
from workshop_app.domain.follow_up import ARROWS, AssessmentChange, changes_by_indicator
from workshop_app.domain.information_matrix import assessments_by_indicator, is_gap
from workshop_app.domain.method_pack.model import MethodPack
from workshop_app.domain.model import IndicatorAssessment, Workshop
from workshop_app.domain.observed_indicators import is_observed
from workshop_app.gui.error_report import QtCallGuard
from workshop_app.gui.steps.follow_up.follow_up_rows import earlier_tooltip
from workshop_app.gui.steps.indicators.indicator_words import (
    DARK_TEXT,
    GAP_MARKER,
    certainty_choices,
    extent_choices,
    status_choices,
    status_colour,
    status_label,
    trend_choices,
    word_of,
)

ModelIndex = QModelIndex | QPersistentModelIndex
OWN_GROUP = ""  # key of the group of custom indicators (no problem area id is empty)
GROUP_ROW = 0  # internal id of a group row; an indicator row holds its group's row + 1

COLUMN_FIELDS = ("title", "status", "extent", "trend", "certainty")
STATUS_COLUMN = 1


@dataclass(frozen=True, slots=True)
class BoardEntry:
    """One indicator on the board, with what the workshop holds about it."""

    indicator_id: str
    title: str
    description: str
    custom: bool
    listed: bool  # in workshop.indicators
    assessment: IndicatorAssessment | None
    gap: bool
    change: AssessmentChange | None = None  # since the previous meeting (follow-up cycle)

    @property
    def status(self) -> IndicatorStatus | None:
        return self.assessment.status if self.assessment else None


@dataclass(frozen=True, slots=True)
class BoardGroup:
    key: str  # the problem area's id, or OWN_GROUP
    title: str
    description: str
    entries: tuple[BoardEntry, ...]

    @property
    def assessed(self) -> int:
        return sum(1 for e in self.entries if e.assessment is not None)


def build_board(
    workshop: Workshop,
    pack: MethodPack,
    language: str,
    own_title: str,
    observed_only: bool = False,
) -> tuple[BoardGroup, ...]:
    """The problem areas of the pack, then the workshop's own indicators, titles in ``language``.

    An indicator of the workshop that the pack does not know is shown among the own ones.
    ``observed_only`` keeps the observed indicators (and the areas that have some).
    """
    assessments = assessments_by_indicator(workshop)
    changes = changes_by_indicator(workshop)
    organisation_ids = {o.id for o in workshop.organisations}
    listed = {i.id: i for i in workshop.indicators}

    def keep(assessment: IndicatorAssessment | None) -> bool:
        return not observed_only or is_observed(assessment)

    groups: list[BoardGroup] = []
    for group in pack.indicator_groups:
        entries = []
        for indicator in pack.indicators_in(group.id):
            for shown_id in _ids_on_board(pack, indicator.id, listed):
                assessment = assessments.get(shown_id)
                if not keep(assessment):
                    continue
                entries.append(
                    BoardEntry(
                        indicator_id=shown_id,
                        title=indicator.title.get(language),
                        description=indicator.description.get(language),
                        custom=False,
                        listed=shown_id in listed,
                        assessment=assessment,
                        gap=is_gap(assessment, organisation_ids),
                        change=changes.get(shown_id),
                    )
                )
        if entries:
            title, description = group.title.get(language), group.description.get(language)
            groups.append(BoardGroup(group.id, title, description, tuple(entries)))
    own_entries = tuple(
        BoardEntry(
            indicator_id=indicator.id,
            title=indicator.title,
            description=indicator.description,
            custom=True,
            listed=True,
            assessment=assessments.get(indicator.id),
            gap=is_gap(assessments.get(indicator.id), organisation_ids),
            change=changes.get(indicator.id),
        )
        for indicator in workshop.indicators
        if (indicator.custom or pack.indicator(indicator.id) is None)
        and keep(assessments.get(indicator.id))
    )
    if own_entries:
        groups.append(BoardGroup(OWN_GROUP, own_title, "", own_entries))
    return tuple(groups)


def _ids_on_board(pack: MethodPack, indicator_id: str, listed: Collection[str]) -> list[str]:
    """The ids shown for a catalog indicator: its own, or the retired ids a workshop still uses.

    An old workshop that assessed a merged indicator under its former id keeps that id (its
    data stays as saved); the row takes the place of the live one, or sits next to it when the
    workshop holds both.
    """
    retired = [alias for alias in pack.aliases_of(indicator_id) if alias in listed]
    if retired and indicator_id not in listed:
        return retired
    return [indicator_id, *retired]


class BoardModel(QtCallGuard, QAbstractItemModel):
    """Groups as top-level rows, their indicators as children; five columns."""

    edit_requested = Signal(str, str, object)  # indicator id, field, value

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._groups: tuple[BoardGroup, ...] = ()
        self._headers = [
            self.tr("Indicator"),
            self.tr("Status"),
            self.tr("Extent"),
            self.tr("Trend"),
            self.tr("Certainty"),
        ]
        self._choices: dict[int, Callable[[], list[tuple[Any, str]]]] = {
            1: status_choices,
            2: extent_choices,
            3: trend_choices,
            4: certainty_choices,
        }

    # -- content -------------------------------------------------------------------------

    @property
    def groups(self) -> tuple[BoardGroup, ...]:
        return self._groups

    def set_groups(self, groups: tuple[BoardGroup, ...]) -> bool:
        """Show ``groups``; returns True when the rows changed (a reset), False otherwise.

        The same groups and indicators in the same order only refresh the changed cells, so
        an open editor and the selection survive a reload.
        """
        if _shape(groups) != _shape(self._groups):
            self.beginResetModel()
            self._groups = groups
            self.endResetModel()
            return True
        old, self._groups = self._groups, groups
        last = self.columnCount() - 1
        for g, (before, after) in enumerate(zip(old, groups, strict=True)):
            if (before.title, before.assessed) != (after.title, after.assessed):
                self.dataChanged.emit(self.index(g, 0), self.index(g, last))
            parent = self.index(g, 0)
            for r, (a, b) in enumerate(zip(before.entries, after.entries, strict=True)):
                if a != b:
                    self.dataChanged.emit(self.index(r, 0, parent), self.index(r, last, parent))
        return False

    def entry(self, index: ModelIndex) -> BoardEntry | None:
        if not index.isValid() or index.internalId() == GROUP_ROW:
            return None
        return self._groups[index.internalId() - 1].entries[index.row()]

    def entry_by_id(self, indicator_id: str) -> BoardEntry | None:
        index = self.index_of(indicator_id)
        return self.entry(index) if index.isValid() else None

    def index_of(self, indicator_id: str, column: int = 0) -> QModelIndex:
        for g, group in enumerate(self._groups):
            for r, entry in enumerate(group.entries):
                if entry.indicator_id == indicator_id:
                    return self.index(r, column, self.index(g, 0))
        return QModelIndex()

    def group_index(self, key: str) -> QModelIndex:
        for g, group in enumerate(self._groups):
            if group.key == key:
                return self.index(g, 0)
        return QModelIndex()

    def choices(self, column: int) -> list[tuple[Any, str]]:
        make = self._choices.get(column)
        return make() if make else []

    # -- Qt model interface --------------------------------------------------------------

    def index(self, row: int, column: int, parent: ModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, GROUP_ROW)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: ModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == GROUP_ROW:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, GROUP_ROW)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == GROUP_ROW and parent.column() == 0:
            return len(self._groups[parent.row()].entries)
        return 0

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return len(COLUMN_FIELDS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        entry = self.entry(index)
        if entry is None:
            return flags
        column = index.column()
        editable = (
            (column == 0 and entry.custom)
            or column == STATUS_COLUMN
            or (column > STATUS_COLUMN and entry.assessment is not None)
        )
        return flags | Qt.ItemFlag.ItemIsEditable if editable else flags

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self.entry(index)
        if entry is None:
            return self._group_data(self._groups[index.row()], index.column(), role)
        return self._entry_data(entry, index.column(), role)

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        entry = self.entry(index)
        if role != Qt.ItemDataRole.EditRole or entry is None:
            return False
        field = COLUMN_FIELDS[index.column()]
        if field == "title":
            value = str(value).strip()
            if not value or value == entry.title:
                return False
        self.edit_requested.emit(entry.indicator_id, field, value)
        return True

    # -- cells ---------------------------------------------------------------------------

    def _group_data(self, group: BoardGroup, column: int, role: int) -> Any:
        # A group row spans the columns (see BoardView): the count follows the title.
        if role == Qt.ItemDataRole.DisplayRole and column == 0:
            count = (
                self.tr("%1 of %2 assessed")
                .replace("%1", str(group.assessed))
                .replace("%2", str(len(group.entries)))
            )
            return f"{group.title}  ·  {count}"
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return group.description or group.title
        elif role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        elif role == Qt.ItemDataRole.AccessibleTextRole and column == 0:
            return self.tr("Problem area: %1").replace("%1", group.title)
        elif role == Qt.ItemDataRole.SizeHintRole and column > 0:
            return QSize(0, 0)  # spanned over: only the title sets the row's height
        return None

    def _entry_data(self, entry: BoardEntry, column: int, role: int) -> Any:
        assessment = entry.assessment
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == 0:
                return entry.title
            if column == STATUS_COLUMN:
                text = status_label(entry.status)
                if entry.change is not None:
                    text = f"{text}  {ARROWS[entry.change.direction]}"
                return f"{text}  {GAP_MARKER}" if entry.gap else text
            if assessment is None:
                return ""
            value = getattr(assessment, COLUMN_FIELDS[column])
            return word_of(self.choices(column), value)
        if role == Qt.ItemDataRole.EditRole:
            if column == 0:
                return entry.title
            if column == STATUS_COLUMN:
                return entry.status
            return getattr(assessment, COLUMN_FIELDS[column]) if assessment else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 0:
                return entry.description or entry.title
            if column == STATUS_COLUMN and entry.change is not None:
                return earlier_tooltip(entry.change)
            if column == STATUS_COLUMN and entry.gap:
                return self.tr("%1 – knowledge gap: no organisation has information on it").replace(
                    "%1", status_label(entry.status)
                )
            if column == STATUS_COLUMN:
                return self.tr("Keys: 1 observed, 2 not observed, 3 unknown, 0 not assessed")
            return None
        if role == Qt.ItemDataRole.BackgroundRole and column == STATUS_COLUMN:
            return status_colour(entry.status)
        if role == Qt.ItemDataRole.ForegroundRole and column == STATUS_COLUMN and entry.status:
            return DARK_TEXT
        return None


def _shape(groups: tuple[BoardGroup, ...]) -> list[tuple[str, tuple[str, ...]]]:
    return [(g.key, tuple(e.indicator_id for e in g.entries)) for g in groups]
