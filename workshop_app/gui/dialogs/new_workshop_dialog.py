"""Asks for what a new workshop needs to start: a title, and optionally municipality and area."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from workshop_app.domain.enums import Language
from workshop_app.domain.model import Workshop
from workshop_app.gui.widgets.text_limit import limit_line, limit_of


class NewWorkshopDialog(QDialog):
    """Title (required), municipality, area and the language of the minutes."""

    def __init__(self, default_language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New workshop"))
        self.title = QLineEdit()
        self.title.setObjectName("newTitle")
        limit_line(self.title, limit_of(Workshop, "title"))
        self.title.setPlaceholderText(self.tr("e.g. Norrbacka spring 2027"))
        self.municipality = QLineEdit()
        self.municipality.setObjectName("newMunicipality")
        limit_line(self.municipality, limit_of(Workshop, "municipality"))
        self.area = QLineEdit()
        self.area.setObjectName("newArea")
        limit_line(self.area, limit_of(Workshop, "area"))
        self.language = QComboBox()
        self.language.addItem("Svenska", Language.SV)
        self.language.addItem("English", Language.EN)
        self.language.setCurrentIndex(0 if default_language == "sv" else 1)
        form = QFormLayout()
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("&Municipality"), self.municipality)
        form.addRow(self.tr("&Area"), self.area)
        form.addRow(self.tr("&Language of the minutes"), self.language)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.title.textChanged.connect(self._update_ok)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._update_ok()
        self.resize(560, self.sizeHint().height())

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.title.text().strip()))

    def values(self) -> dict[str, object]:
        return {
            "title": self.title.text().strip(),
            "municipality": self.municipality.text().strip(),
            "area": self.area.text().strip(),
            "language": Language(self.language.currentData()),
        }
