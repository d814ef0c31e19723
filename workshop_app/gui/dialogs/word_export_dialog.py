"""Choose the document (minutes, situation report, action plan, workbook), its record fields and
where to save it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QRadioButton,
    QWidget,
)

from workshop_app.domain.model import Meeting
from workshop_app.gui.forms.ui_word_export_dialog import Ui_WordExportDialog
from workshop_app.services.export_choices import ExportOptions

WORKBOOK = "xlsx"  # the "variant" of the Excel workbook


class WordExportDialog(QDialog):
    """Kind of document, meeting, record fields, and a file name valid on Windows as well.

    The layout is the Designer form ui/word_export_dialog.ui; the choices' effects live here.
    """

    def __init__(
        self,
        default_path: Path,
        parent: QWidget | None = None,
        meetings: Sequence[Meeting] = (),
        names: Mapping[str, str] | None = None,
    ) -> None:
        """``names``: the suggested file name (without suffix) per kind of document; the
        name follows the kind until the user types one of their own."""
        super().__init__(parent)
        self.ui = Ui_WordExportDialog()
        self.ui.setupUi(self)
        self._names = dict(names or {})
        self._kind = "full"
        self.full: QRadioButton = self.ui.variantFull
        self.short: QRadioButton = self.ui.variantShort
        self.situation: QRadioButton = self.ui.variantSituation
        self.action_plan: QRadioButton = self.ui.variantActionPlan
        self.workbook: QRadioButton = self.ui.variantWorkbook
        self._kinds = {
            "full": self.full,
            "short": self.short,
            "situation": self.situation,
            "action-plan": self.action_plan,
            WORKBOOK: self.workbook,
        }
        for button in self._kinds.values():
            button.toggled.connect(self._kind_changed)

        self.meeting: QComboBox = self.ui.exportMeeting
        self.meeting.addItem(self.tr("The last meeting held"), None)
        for m in sorted(meetings, key=lambda m: m.date):
            place = f" · {m.location}" if m.location.strip() else ""
            self.meeting.addItem(f"{m.date.isoformat()}{place}", m.id)
        self.registration: QLineEdit = self.ui.exportRegistrationNumber
        self.classification: QComboBox = self.ui.exportClassification
        self.classification.addItems(["", self.tr("May contain information subject to secrecy")])
        self.roles_only: QCheckBox = self.ui.exportRolesOnly

        self.path: QLineEdit = self.ui.exportPath
        self.path.setText(str(default_path))
        self.ui.browse.clicked.connect(self._browse)

        self.buttons: QDialogButtonBox = self.ui.buttons
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.path.textChanged.connect(
            lambda text: self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
                bool(text.strip())
            )
        )
        self.resize(720, self.sizeHint().height())

    def variant(self) -> str:
        """full, short, situation, action-plan – or ``WORKBOOK`` for the Excel file."""
        return next(kind for kind, button in self._kinds.items() if button.isChecked())

    def options(self) -> ExportOptions:
        meeting = self.meeting.currentData()
        return ExportOptions(
            meetings=(meeting,) if meeting and self.variant() in ("full", "short") else (),
            registration_number=self.registration.text().strip(),
            classification=self.classification.currentText().strip(),
            roles_only=self.roles_only.isChecked(),
        )

    def _suffix(self) -> str:
        return ".xlsx" if self.variant() == WORKBOOK else ".docx"

    def target(self) -> Path:
        path = Path(self.path.text().strip()).expanduser()
        suffix = self._suffix()
        return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)

    def _kind_changed(self, checked: bool) -> None:
        if not checked:
            return
        previous, self._kind = self._kind, self.variant()
        self.meeting.setEnabled(self._kind in ("full", "short"))
        path = Path(self.path.text().strip())
        if previous in self._names and path.stem == self._names[previous]:
            self.path.setText(str(path.with_name(self._names[self._kind] + self._suffix())))
            return
        text = self.path.text().strip()
        other = ".docx" if self._suffix() == ".xlsx" else ".xlsx"
        if text.lower().endswith(other):
            self.path.setText(text[: -len(other)] + self._suffix())

    def _browse(self) -> None:
        if self.variant() == WORKBOOK:
            kind = self.tr("Excel workbooks (*.xlsx)")
        else:
            kind = self.tr("Word documents (*.docx)")
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the document"), self.path.text(), kind
        )
        if chosen:
            self.path.setText(chosen)
