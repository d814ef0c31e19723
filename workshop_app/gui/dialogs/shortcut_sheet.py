"""The shortcut sheet on F1: every menu shortcut and the keys of the pages, in large type."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import combinations, pairwise

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction, QFont, QKeyEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QMenu,
    QMenuBar,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from workshop_app.domain.enums import SourceType
from workshop_app.gui.steps.indicators.indicator_words import STATUS_KEYS, status_word

SHEET_KEY = Qt.Key.Key_F1
TEXT_SCALE = 1.15  # read at arm's length, or on the projector when the group asks
TWO_COLUMNS_FROM = 1100  # px of dialog width
THREE_COLUMNS_FROM = 1400
MAX_COLUMNS = 3
KEY_STYLE = (
    "QLabel#shortcutKey { font-weight: 600; border: 1px solid palette(mid);"
    " border-radius: 4px; padding: 1px 6px; background: palette(base); }"
)

Group = tuple[str, list[tuple[str, str]]]  # heading, (key, description) rows


def native(sequence: str | QKeySequence) -> str:
    """A key sequence as the user's system writes it ("Ctrl+Skift+O" in Swedish)."""
    return QKeySequence(sequence).toString(QKeySequence.SequenceFormat.NativeText)


def plain_text(text: str) -> str:
    """A menu text without its mnemonic marks: "&Undo" → "Undo", "A && B" → "A & B"."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def menu_groups(menu_bar: QMenuBar) -> list[tuple[str, list[QAction]]]:
    """The actions with a shortcut, per top-level menu of ``menu_bar`` (submenus included)."""
    groups: list[tuple[str, list[QAction]]] = []
    for top in menu_bar.actions():
        menu = top.menu()
        if not isinstance(menu, QMenu):
            continue
        actions = [a for a in _menu_actions(menu) if a.shortcuts()]
        if actions:
            groups.append((plain_text(menu.title()), actions))
    return groups


def _menu_actions(menu: QMenu) -> list[QAction]:
    found: list[QAction] = []
    for action in menu.actions():
        sub = action.menu()
        if isinstance(sub, QMenu):
            found.extend(_menu_actions(sub))
        elif not action.isSeparator():
            found.append(action)
    return found


def page_keys() -> list[tuple[str, str, str]]:
    """The keys the pages handle themselves, as (group, key, description), translated."""

    # The alias keeps lupdate's view: it extracts translate("Context", "literal") calls.
    translate = QCoreApplication.translate
    up_down = f"{native('Ctrl+Up')} / {native('Ctrl+Down')}"
    delete = native(QKeySequence(QKeySequence.StandardKey.Delete))
    everywhere = translate("ShortcutSheet", "On every page")
    indicators = translate("ShortcutSheet", "Indicators")
    problems = translate("ShortcutSheet", "Problems and measures")
    voting = translate("ShortcutSheet", "Dot voting")
    causes = translate("ShortcutSheet", "Causes")
    partners = translate("ShortcutSheet", "Partner matrix (measures)")
    preconditions = translate("ShortcutSheet", "Preconditions")
    # The projector window never takes the keyboard: every key is pressed on the laptop.
    projector = translate("ShortcutSheet", "The projector, from the laptop")
    status_keys = sorted(STATUS_KEYS.items(), key=lambda pair: pair[0] == "0")
    status: list[tuple[str, str, str]] = [
        (
            indicators,
            key,
            translate("ShortcutSheet", "Status of the selected indicator: %1").replace(
                "%1", status_word(value)
            ),
        )
        for key, value in status_keys
    ]
    return [
        (
            everywhere,
            native("Enter"),
            translate("ShortcutSheet", "In a “New …” line: add what you typed"),
        ),
        (
            everywhere,
            up_down,
            translate("ShortcutSheet", "Move the selected row, also right after adding it"),
        ),
        (everywhere, delete, translate("ShortcutSheet", "Remove the selected row")),
        (everywhere, native("F2"), translate("ShortcutSheet", "Edit the selected cell")),
        (
            everywhere,
            f"{native('Tab')} / {native('Shift+Tab')}",
            translate("ShortcutSheet", "Next or previous field"),
        ),
        *status,
        (indicators, delete, translate("ShortcutSheet", "Remove the selected own indicator")),
        (
            indicators,
            native("Ctrl+Shift+O"),
            translate("ShortcutSheet", "Show only the observed indicators"),
        ),
        (
            indicators,
            native("Ctrl+Shift+G"),
            translate("ShortcutSheet", "Next knowledge gap in the information matrix"),
        ),
        (
            indicators,
            f"1 … {len(SourceType)}",  # the on-page legend lists the same kinds
            translate("ShortcutSheet", "Information matrix: the kind of source in the cell"),
        ),
        (
            indicators,
            f"0 / {delete}",
            translate("ShortcutSheet", "Information matrix: empty the cell"),
        ),
        (problems, "+ / −", translate("ShortcutSheet", "Give or take back a vote")),
        (
            problems,
            f"{native('Space')} / P",
            translate("ShortcutSheet", "Prioritise the selected problem, or undo that"),
        ),
        (
            problems,
            native("Ctrl+Shift+V"),
            translate("ShortcutSheet", "Dot voting by a show of hands"),
        ),
        (
            voting,
            "0 … 9",
            translate("ShortcutSheet", "Type the number of votes for the selected row"),
        ),
        (
            voting,
            native("Enter"),
            translate("ShortcutSheet", "Save the number and go to the next row"),
        ),
        (voting, "+ / −", translate("ShortcutSheet", "One vote more or less")),
        (voting, native("Backspace"), translate("ShortcutSheet", "Erase the last digit typed")),
        (voting, native("Esc"), translate("ShortcutSheet", "Forget the digits typed")),
        (voting, native("Ctrl+P"), translate("ShortcutSheet", "Show the result on the projector")),
        (
            causes,
            native("Enter"),
            translate("ShortcutSheet", "Add the typed cause to the chosen branch"),
        ),
        (
            causes,
            native("Ctrl+Enter"),
            translate(
                "ShortcutSheet", "Add it as a sub-cause of the selected cause: ask “why?” again"
            ),
        ),
        (partners, "L", translate("ShortcutSheet", "The organisation leads the measure")),
        (partners, "P", translate("ShortcutSheet", "The organisation is a partner")),
        (
            partners,
            f"{native('Space')} / {native('Enter')}",
            translate("ShortcutSheet", "Next role in turn"),
        ),
        (partners, f"0 / {delete}", translate("ShortcutSheet", "No role")),
        (preconditions, "1 … 4", translate("ShortcutSheet", "Rate the selected dimension")),
        (
            preconditions,
            f"0 / {native('Backspace')}",
            translate("ShortcutSheet", "Take the rating back"),
        ),
        (preconditions, delete, translate("ShortcutSheet", "Remove the selected row")),
        (
            projector,
            f"{native('PgDown')} / {native('PgUp')}",
            translate(
                "ShortcutSheet", "Clicker: next or previous question (cursor in a one-line field)"
            ),
        ),
        (
            projector,
            native("Esc"),
            translate(
                "ShortcutSheet",
                "Take the vote result off the projector (closing the voting dialog does too)",
            ),
        ),
    ]


class ShortcutSheet(QDialog):
    """Read-only; Esc or F1 closes. Two or three columns on a wide screen, one scrolling
    column on a small one."""

    def __init__(
        self,
        menus: Sequence[tuple[str, Sequence[QAction]]],
        page_keys: Sequence[tuple[str, str, str]] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutSheet")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.groups: list[Group] = [
            (title, [(_action_keys(a), plain_text(a.text())) for a in actions])
            for title, actions in menus
            if actions
        ]
        page_groups: dict[str, list[tuple[str, str]]] = {}
        for group, key, description in page_keys:
            page_groups.setdefault(group, []).append((key, description))
        self.groups.extend(page_groups.items())

        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF(), 9.0) * TEXT_SCALE)
        self.setFont(font)
        self.setStyleSheet(KEY_STYLE)

        # The content lives in the dialog before the groups are made, so they take its font
        # and style when their key widths are measured.
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._content = QWidget()
        self._content.setObjectName("shortcutContent")
        # Independent columns: a long group in one leaves no gap in the others.
        self._columns = QHBoxLayout(self._content)
        self._columns.setSpacing(40)
        self._stacks = [QVBoxLayout() for _ in range(MAX_COLUMNS)]
        for stack in self._stacks:
            stack.setSpacing(12)
            self._columns.addLayout(stack, 1)
        self._column_count = 0
        self.scroll_area.setWidget(self._content)
        self._key_grids: list[QGridLayout] = []
        self._key_labels: list[QLabel] = []
        self._boxes = [self._group_box(title, rows) for title, rows in self.groups]

        intro = QLabel(
            self.tr("Every command is also in the menus. Keys of a page work where the page is.")
        )
        intro.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(buttons)

        self._align_keys()
        self._arrange(2)
        self.resize(self._natural_size())
        self._arrange(self._columns_for(self.width()))
        self.scroll_area.setFocus()  # arrow keys and Page Up/Down scroll the sheet

    # -- layout --------------------------------------------------------------------------

    def _group_box(self, title: str, rows: list[tuple[str, str]]) -> QWidget:
        box = QWidget(self._content)
        box.setObjectName("shortcutGroup")
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(3)
        heading = QLabel(title)
        heading.setObjectName("sectionHeading")
        heading_font = QFont(self.font())
        heading_font.setPointSizeF(self.font().pointSizeF() * 1.15)
        heading_font.setBold(True)
        heading.setFont(heading_font)
        heading.setAccessibleName(title)
        grid.addWidget(heading, 0, 0, 1, 2)
        self._key_grids.append(grid)
        for r, (key, description) in enumerate(rows, start=1):
            key_label = self._key_label(key)
            self._key_labels.append(key_label)
            text = QLabel(description)
            text.setTextFormat(Qt.TextFormat.PlainText)
            text.setWordWrap(True)
            text.setAccessibleName(f"{key}: {description}")
            grid.addWidget(key_label, r, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            grid.addWidget(text, r, 1, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(1, 1)
        return box

    def _align_keys(self) -> None:
        """One width for the key column of every group, so the descriptions line up."""
        for label in self._key_labels:
            label.ensurePolished()  # the key-cap style's padding counts
        width = max((label.sizeHint().width() for label in self._key_labels), default=0)
        for grid in self._key_grids:
            grid.setColumnMinimumWidth(0, width)

    def _key_label(self, key: str) -> QLabel:
        label = QLabel(key)
        label.setObjectName("shortcutKey")
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        return label

    def _columns_for(self, width: int) -> int:
        if width >= THREE_COLUMNS_FROM:
            return 3
        return 2 if width >= TWO_COLUMNS_FROM else 1

    def _arrange(self, columns: int) -> None:
        """Groups in reading order, down the first column then the next, balanced by height."""
        if columns == self._column_count:
            return
        self._column_count = columns
        for stack in self._stacks:
            while stack.count():
                stack.takeAt(0)
        heights = [box.minimumSizeHint().height() for box in self._boxes]
        column_of = _balanced_columns(heights, columns)
        for box, column in zip(self._boxes, column_of, strict=True):
            self._stacks[column].addWidget(box)
        for index, stack in enumerate(self._stacks):
            stack.addStretch(1)
            self._columns.setStretch(index, 1 if index < columns else 0)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Esc closes any dialog; F1 closes the sheet it opened, so one key shows and hides it.
        # A key press rather than a QShortcut: the sheet's keys must work wherever its focus is.
        if event.key() == SHEET_KEY and not event.modifiers():
            self.accept()
            return
        super().keyPressEvent(event)

    def column_count(self) -> int:
        return self._column_count

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange(self._columns_for(self.width()))

    def _own_layout(self) -> QLayout:
        """The layout set in the constructor (Qt types ``layout()`` as maybe None)."""
        layout = self.layout()
        if layout is None:
            raise RuntimeError("the layout is set in the constructor")
        return layout

    def _natural_size(self) -> QSize:
        """As large as the content, within the window it belongs to (or the screen)."""
        parent = self.parentWidget()
        window = parent.window() if parent is not None else None
        room = window.size() if window is not None else self.screen().availableGeometry().size()
        width = min(room.width() - 60, 1500)
        self._arrange(self._columns_for(width))
        layout = self._own_layout()
        margins = layout.contentsMargins()
        inner = width - margins.left() - margins.right()
        content = self._columns.totalHeightForWidth(inner)
        if content < 0:
            content = self._content.sizeHint().height()
        chrome = layout.totalHeightForWidth(width) - self.scroll_area.sizeHint().height()
        height = min(room.height() - 60, content + max(chrome, 0) + 8)
        return QSize(width, height)


def _balanced_columns(heights: Sequence[int], columns: int) -> list[int]:
    """The column of each group, in reading order, so that the tallest column is shortest."""
    count = len(heights)
    if columns <= 1 or count == 0:
        return [0] * count
    best: tuple[int, tuple[int, ...]] | None = None
    # A handful of groups: every way to cut the list into ``columns`` runs is tried.
    for cuts in combinations(range(1, count), min(columns, count) - 1):
        bounds = (0, *cuts, count)
        tallest = max(sum(heights[a:b]) for a, b in pairwise(bounds))
        if best is None or tallest < best[0]:
            best = (tallest, cuts)
    assert best is not None
    return [sum(index >= cut for cut in best[1]) for index in range(count)]


def _action_keys(action: QAction) -> str:
    return " / ".join(native(sequence) for sequence in action.shortcuts())
