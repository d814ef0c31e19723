"""A calm, readable look: Fusion style, a larger base font, clear headings and focus.

The base font is the system's (the user's chosen size) and at least 11 pt; headings are sized
relative to it, so a larger system font makes the whole window larger, not only body text.
"""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from workshop_app.gui.polish_hooks import use_hooked_style

BASE_POINT_SIZE = 11  # read from further away than a desk: one step above the usual 9–10 pt

STYLE_TEMPLATE = """
QLabel#pageHeading { font-size: {page}pt; font-weight: 600; }
QLabel#workshopTitle { font-size: {title}pt; font-weight: 600; }
QLabel#sectionHeading { font-size: {section}pt; font-weight: 600; margin-top: 6px; }
QLabel#emptyState { font-size: {section}pt; color: palette(dark); padding: 24px; }
QLabel#guideBody { font-size: {guide}pt; }
QListWidget#stepRail { font-size: {section}pt; }
QListWidget#stepRail::item { padding: 10px 8px; }
QTableView { gridline-color: palette(mid); }
QTableView::item:focus, QLineEdit:focus, QPlainTextEdit:focus { border: 2px solid #1565c0; }
"""


# Heading sizes as multiples of the base (20, 15, 13 and 12 pt at the 11 pt base).
SIZES = {"page": 20 / 11, "title": 15 / 11, "section": 13 / 11, "guide": 12 / 11}


def style_sheet(base_points: float) -> str:
    """The window's style with headings sized from ``base_points``."""
    sheet = STYLE_TEMPLATE
    for name, factor in SIZES.items():
        sheet = sheet.replace("{" + name + "}", f"{base_points * factor:.1f}")
    return sheet


def apply_theme(app: QApplication) -> None:
    use_hooked_style(app)  # Fusion
    font = QFont(app.font())  # the system's font and size
    if font.pointSizeF() < BASE_POINT_SIZE:
        font.setPointSizeF(BASE_POINT_SIZE)
    app.setFont(font)
    app.setStyleSheet(style_sheet(font.pointSizeF()))
