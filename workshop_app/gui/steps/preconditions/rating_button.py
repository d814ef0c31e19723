"""A rating button of the Preconditions form: the level's colour, checkable, narrow."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton, QSizePolicy

from workshop_app.gui.steps.preconditions.precondition_rows import contrast_text


def rating_button(text: str, colour: str | None, value: int | None) -> QPushButton:
    """A checkable button for the rating ``value`` (None: not rated), on ``colour`` if given."""
    button = QPushButton(text)
    button.setCheckable(True)
    button.setObjectName(f"rating_{value}")
    # As narrow as its words allow (two side by side fit a 1024×768 projector).
    button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
    button.setMinimumWidth(button.fontMetrics().horizontalAdvance(f"✓ {text}") + 32)
    # The page's context, where the Swedish text has always been.
    rating = QCoreApplication.translate("PreconditionsPage", "Rating: %1")
    button.setAccessibleName(rating.replace("%1", text))
    if colour is not None:
        foreground = contrast_text(colour)
        button.setStyleSheet(
            f"QPushButton {{ background: {colour}; color: {foreground};"
            " border: 1px solid #555; border-radius: 4px; padding: 6px 10px; }"
            " QPushButton:checked { border: 4px solid #000; font-weight: 600; }"
            " QPushButton:focus { border: 3px dashed #1565c0; }"
            " QPushButton:checked:focus { border: 4px dashed #1565c0; }"
        )
    return button
