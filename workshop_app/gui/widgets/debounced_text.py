"""DebouncedText: a text field saved after a typing pause, for whichever item it shows."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QLineEdit,
    QPlainTextEdit,
)

from workshop_app.gui.widgets.debounce import Debouncer
from workshop_app.gui.widgets.text_limit import LimitedTextEdit


class DebouncedText(QObject):
    """Saves a text field after a typing pause, for the item it showed while typing.

    The key and the text are captured at each keystroke, so choosing another item while a
    pause is running still saves the text to the item it was typed for.
    """

    def __init__(
        self,
        widget: QLineEdit | QPlainTextEdit,
        debouncer: Debouncer,
        name: str,
        commit: Callable[[Any, str], None],
    ) -> None:
        super().__init__(widget)
        self.widget = widget
        self._debouncer = debouncer
        self._name = name
        self._commit = commit
        self.key: Any = None
        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(self._edited)
            widget.editingFinished.connect(self.flush)
        else:
            widget.setTabChangesFocus(True)
            widget.textChanged.connect(self._edited)

    def field_id(self, key: Any = None) -> str:
        return f"{self._name}.{key if key is not None else self.key}"

    def text(self) -> str:
        w = self.widget
        return w.text() if isinstance(w, QLineEdit) else w.toPlainText()

    def show(self, key: Any, text: str) -> None:
        """Show ``text`` of item ``key``, unless the user is typing in it right now."""
        self.key = key
        self.widget.setEnabled(key is not None)
        if self._debouncer.is_pending(self.field_id()) or self.text() == text:
            return
        self.widget.blockSignals(True)
        if isinstance(self.widget, QLineEdit):
            self.widget.setText(text)
            self.widget.setCursorPosition(0)  # a long title shows its beginning, not its end
        else:
            self.widget.setPlainText(text)
        self.widget.blockSignals(False)

    def flush(self) -> None:
        self._debouncer.flush_field(self.field_id())

    def _edited(self, *_args: Any) -> None:
        if self.key is None:
            return
        key, value = self.key, self.text()
        self._debouncer.schedule(self.field_id(key), lambda: self._commit(key, value))


def text_box(
    accessible_name: str, lines: int = 3, placeholder: str = "", *, limit: int
) -> QPlainTextEdit:
    """A multi-line text field of about ``lines`` lines that stops at ``limit`` characters;
    Tab moves on to the next field."""
    box = LimitedTextEdit(limit)
    box.setAccessibleName(accessible_name)
    box.setPlaceholderText(placeholder)
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
    return box
