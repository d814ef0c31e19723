"""Text fields that stop at their limit (domain.limits) and say so; nothing is ever cut."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QMimeData, QObject, Qt
from PySide6.QtGui import QInputMethodEvent, QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QStyledItemDelegate, QWidget

from workshop_app.domain.limits import text_limit

_NO_BREAK_SPACE = "\u00a0"
_FRAME = 2  # pixels between the hint and the field's border


def limit_words(limit: int) -> str:
    """The hint's text: "Högst 2 000 tecken – gränsen är nådd" (the number grouped by threes)."""
    number = f"{limit:,}".replace(",", _NO_BREAK_SPACE)
    return QCoreApplication.translate(
        "TextLimit", "At most %1 characters – the limit is reached"
    ).replace("%1", number)


class LimitHint(QLabel):
    """A small note in the corner of a text field, shown while its text is at the limit.

    It lives inside the field (no layout anywhere has to make room for it) and the field's
    margins grow while it shows, so it never covers text.
    """

    def __init__(self, editor: QLineEdit | QPlainTextEdit, limit: int) -> None:
        super().__init__(limit_words(limit), editor)
        self._full = self.text()
        self._editor = editor
        self.limit = limit
        self.setObjectName("limitHint")
        self.setAccessibleName(self.text())
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        font = self.font()
        font.setPointSizeF(max(font.pointSizeF() * 0.85, 7.0))
        self.setFont(font)
        self.setStyleSheet("QLabel#limitHint { padding: 0 4px; }")
        self.hide()
        editor.installEventFilter(self)
        editor.textChanged.connect(self.update_shown)
        self.update_shown()

    @property
    def full_text(self) -> str:
        """The whole hint (a narrow line shows its start)."""
        return self._full

    def length(self) -> int:
        editor = self._editor
        return len(editor.text() if isinstance(editor, QLineEdit) else editor.toPlainText())

    def update_shown(self) -> None:
        at_limit = self.length() >= self.limit
        if at_limit == self.isHidden():
            self.setVisible(at_limit)
            self._fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._editor and event.type() == QEvent.Type.Resize and not self.isHidden():
            self._fit()
        return False

    def _fit(self) -> None:
        """Place the hint in the field's corner and give the text room beside or above it."""
        editor, shown = self._editor, not self.isHidden()
        rect = editor.rect()
        if isinstance(editor, QLineEdit):
            # At most half the line; a narrower field shows the start (the tooltip has it all).
            metrics = self.fontMetrics()
            width = min(metrics.horizontalAdvance(self._full) + 16, rect.width() // 2)
            self.setText(metrics.elidedText(self._full, Qt.TextElideMode.ElideRight, width - 8))
            self.setGeometry(
                rect.width() - width - _FRAME, _FRAME, width, rect.height() - 2 * _FRAME
            )
            editor.setTextMargins(0, 0, width if shown else 0, 0)
        else:
            bar = editor.verticalScrollBar()
            room = rect.width() - 2 * _FRAME - (bar.width() if bar.isVisible() else 0)
            self.setWordWrap(True)  # a narrow box gets the hint on two lines, never cut
            natural = self.fontMetrics().horizontalAdvance(self._full) + 16
            width = min(natural, room)
            height = max(self.heightForWidth(width), self.fontMetrics().height())
            self.setGeometry(_FRAME + room - width, rect.height() - height - _FRAME, width, height)
            editor.setViewportMargins(0, 0, 0, height + _FRAME if shown else 0)
        self.raise_()


class LimitedTextEdit(QPlainTextEdit):
    """A multi-line text box that takes no more than ``limit`` characters.

    Typing, pasting, dropping and input methods stop at the limit (a paste keeps what fits);
    text that is set from a stored workshop is shown whole, never shortened.
    """

    def __init__(self, limit: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.limit = limit
        self.hint = LimitHint(self, limit)

    def _room(self) -> int:
        selected = len(self.textCursor().selectedText())
        return self.limit - (len(self.toPlainText()) - selected)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        typed = bool(text) and (text.isprintable() or text in "\r\n\t")
        if typed and self._room() < len(text):
            event.accept()  # refused: the hint shows why
            self.hint.update_shown()
            return
        super().keyPressEvent(event)

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:
        committed = event.commitString()
        if committed and self._room() < len(committed):
            event.setCommitString(committed[: max(self._room(), 0)])
        super().inputMethodEvent(event)

    def insertFromMimeData(self, source: QMimeData) -> None:
        room = self._room()
        if not source.hasText() or len(source.text()) <= room:
            super().insertFromMimeData(source)
            return
        if room > 0:
            self.insertPlainText(source.text()[:room])


def limit_line(editor: QLineEdit, limit: int) -> LimitHint:
    """Stop ``editor`` at ``limit`` characters (Qt's own maxLength) and show the hint there."""
    editor.setMaxLength(limit)
    return LimitHint(editor, limit)


def limit_of(item_type: type, field: str) -> int:
    """The limit of a field the window edits (a missing entry is a programming error)."""
    limit = text_limit(item_type, field)
    if limit is None:
        raise KeyError(f"{item_type.__name__}.{field} has no text limit in domain.limits")
    return limit


class LimitDelegate(QStyledItemDelegate):
    """An item view's delegate whose line editor stops at ``limit`` (a tree's cause text)."""

    def __init__(self, limit: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._limit = limit

    def createEditor(self, parent: QWidget, option: Any, index: Any) -> QWidget:
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            limit_line(editor, self._limit)
        return editor
