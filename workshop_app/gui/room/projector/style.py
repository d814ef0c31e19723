"""The projector's high-contrast look: colours, type sizes that scale with the window, text fitting.

Sizes are given in pixels for a 1024×768 projector and scaled by the window: readable from the
back of a room there means a floor of about 20 px for any text (DOMAIN §5, "The room").
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF

from workshop_app.gui.steps.causes.fishbone_view import fit_lines, wrap_lines

BACKGROUND = QColor("#0a0a0a")  # near black: a projector shows it as "off", calm in a dark room
CARD = QColor("#1d1f24")
CARD_BORDER = QColor("#5c6370")
TEXT = QColor("#ffffff")
HIGHLIGHT = QColor("#ffd83d")  # yellow: the question, the timer, the new card, the bars
OVERRUN = QColor("#ff6b4a")  # a timer past its plan: bright, readable on black
BLANK_TEXT = QColor("#8c8c8c")  # only on the blank screen: "Paus" in a calm, darker tone

REFERENCE = QSize(1024, 768)
MIN_TEXT_PX = 20  # at 1024×768; never smaller, whatever the amount of content
ELLIPSIS = "…"

__all__ = [
    "ELLIPSIS",
    "fit_lines",
    "font",
    "line_height",
    "one_line",
    "scale_for",
    "text_width",
    "wrap_lines",
]


def scale_for(size: QSize) -> float:
    """How much larger than 1024×768 the window is (the smaller of width and height)."""
    if size.width() <= 0 or size.height() <= 0:
        return 1.0
    return min(size.width() / REFERENCE.width(), size.height() / REFERENCE.height())


def font(base: QFont, pixels: float, *, bold: bool = False) -> QFont:
    """``base`` at ``pixels`` (at least 1), bold or regular."""
    result = QFont(base)
    result.setPixelSize(max(round(pixels), 1))
    result.setWeight(QFont.Weight.Bold if bold else QFont.Weight.Medium)
    return result


def line_height(text_font: QFont) -> float:
    return QFontMetricsF(text_font).lineSpacing()


def text_width(text: str, text_font: QFont) -> float:
    return QFontMetricsF(text_font).horizontalAdvance(text)


def one_line(text: str, text_font: QFont, width: float) -> str:
    """``text`` on one line, elided with "…" when it does not fit."""
    text = " ".join(text.split())
    return QFontMetricsF(text_font).elidedText(text, Qt.TextElideMode.ElideRight, max(width, 1.0))


def widest(lines: Sequence[str], text_font: QFont) -> float:
    metrics = QFontMetricsF(text_font)
    return max((metrics.horizontalAdvance(line) for line in lines), default=0.0)
