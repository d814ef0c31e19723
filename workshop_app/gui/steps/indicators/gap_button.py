"""The knowledge-gap count at the top of the Indicators page; a click shows the next gap."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QWidget

from workshop_app.gui.steps.indicators.indicator_words import GAP_COLOUR, GAP_MARKER


class GapButton(QPushButton):
    """ "⚠ Knowledge gaps: n" on the gap colour, or "No knowledge gaps" (then disabled)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("gapCount")
        self.setToolTip(
            self.tr("Show the next knowledge gap in the information matrix (Ctrl+Shift+G)")
        )

    def show_count(self, count: int) -> None:
        if count:
            self.setText(f"{GAP_MARKER} " + self.tr("Knowledge gaps: %1").replace("%1", str(count)))
            self.setStyleSheet(
                f"QPushButton#gapCount {{ background: {GAP_COLOUR}; color: #1a1a1a;"
                " border: 1px solid #8a6d00; border-radius: 3px; padding: 4px 10px;"
                " font-weight: 600; }"
            )
        else:
            self.setText(self.tr("No knowledge gaps"))
            # The same box without the colour: the page does not shift when gaps come or go.
            self.setStyleSheet(
                "QPushButton#gapCount { border: 1px solid palette(mid); border-radius: 3px;"
                " padding: 4px 10px; }"
            )
        self.setEnabled(count > 0)
        self.setAccessibleName(self.text().removeprefix(GAP_MARKER).strip())
