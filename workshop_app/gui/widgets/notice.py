"""Notice: a calm line of text with an icon (a warning, an overdue count)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QStyle,
    QWidget,
)

from workshop_app.gui.widgets.styled_table import WARNING_BACKGROUND, WARNING_TEXT


class Notice(QFrame):
    """An icon and a wrapped line of text on a pale background: noticed, but not alarming."""

    def __init__(
        self,
        background: str = WARNING_BACKGROUND,
        foreground: str = WARNING_TEXT,
        icon: QStyle.StandardPixmap = QStyle.StandardPixmap.SP_MessageBoxWarning,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("notice")
        self.setStyleSheet(
            f"QFrame#notice {{ background: {background}; border: 1px solid {foreground};"
            f" border-radius: 4px; }} QFrame#notice QLabel {{ color: {foreground}; }}"
        )
        size = self.fontMetrics().height() + 6
        self.icon = QLabel()
        self.icon.setPixmap(self.style().standardIcon(icon).pixmap(size, size))
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.icon)
        layout.addWidget(self.label, 1)
        self.hide()

    def show_text(self, text: str) -> None:
        """Show ``text``; an empty text hides the notice."""
        self.label.setText(text)
        self.setAccessibleName(text)
        self.setVisible(bool(text))

    def text(self) -> str:
        parent = self.parentWidget()
        return self.label.text() if parent is not None and self.isVisibleTo(parent) else ""


def warning_icon(widget: QWidget) -> QIcon:
    return widget.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
