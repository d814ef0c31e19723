"""A calm, readable look: Fusion style, a larger base font, clear headings and focus."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

BASE_POINT_SIZE = 11  # read from further away than a desk: one step above the usual 9–10 pt

STYLE_SHEET = """
QLabel#pageHeading { font-size: 20pt; font-weight: 600; }
QLabel#workshopTitle { font-size: 15pt; font-weight: 600; }
QLabel#sectionHeading { font-size: 13pt; font-weight: 600; margin-top: 6px; }
QLabel#emptyState { font-size: 13pt; color: palette(dark); padding: 24px; }
QLabel#guideBody { font-size: 12pt; }
QListWidget#stepRail { font-size: 13pt; }
QListWidget#stepRail::item { padding: 10px 8px; }
QTableView { gridline-color: palette(mid); }
QTableView::item:focus, QLineEdit:focus, QPlainTextEdit:focus { border: 2px solid #1565c0; }
"""


def apply_theme(app: QApplication) -> None:
    app.setStyle("Fusion")
    font = QFont(app.font())
    if font.pointSizeF() < BASE_POINT_SIZE:
        font.setPointSizeF(BASE_POINT_SIZE)
    app.setFont(font)
    app.setStyleSheet(STYLE_SHEET)
