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
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from workshop_app.domain.model import Meeting
from workshop_app.services.export_choices import ExportOptions

WORKBOOK = "xlsx"  # the "variant" of the Excel workbook


class WordExportDialog(QDialog):
    """Kind of document, meeting, record fields, and a file name valid on Windows as well."""

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
        self._names = dict(names or {})
        self._kind = "full"
        self.setWindowTitle(self.tr("Export documents"))
        self.full = QRadioButton(
            self.tr("Minutes, &full – every step, the information matrix, glossary")
        )
        self.full.setObjectName("variantFull")
        self.short = QRadioButton(
            self.tr("Minutes, &short – summary, prioritised problems, next steps")
        )
        self.short.setObjectName("variantShort")
        self.situation = QRadioButton(
            self.tr("Basis for the &situation report (lägesbild) – observations, gaps, analysis")
        )
        self.situation.setObjectName("variantSituation")
        self.action_plan = QRadioButton(
            self.tr("&Action plan (åtgärdsplan) – measures, lead, schedule, for the steering group")
        )
        self.action_plan.setObjectName("variantActionPlan")
        self.workbook = QRadioButton(
            self.tr("E&xcel workbook – action plan, information and partner matrices")
        )
        self.workbook.setObjectName("variantWorkbook")
        self.full.setChecked(True)
        variants = QGroupBox(self.tr("Document"))
        variant_layout = QVBoxLayout(variants)
        self._kinds = {
            "full": self.full,
            "short": self.short,
            "situation": self.situation,
            "action-plan": self.action_plan,
            WORKBOOK: self.workbook,
        }
        for button in self._kinds.values():
            variant_layout.addWidget(button)
            button.toggled.connect(self._kind_changed)

        self.meeting = QComboBox()
        self.meeting.setObjectName("exportMeeting")
        self.meeting.addItem(self.tr("The last meeting held"), None)
        for m in sorted(meetings, key=lambda m: m.date):
            place = f" · {m.location}" if m.location.strip() else ""
            self.meeting.addItem(f"{m.date.isoformat()}{place}", m.id)
        self.registration = QLineEdit()
        self.registration.setObjectName("exportRegistrationNumber")
        self.registration.setPlaceholderText(self.tr("e.g. KS 2026/123"))
        self.classification = QComboBox()
        self.classification.setObjectName("exportClassification")
        self.classification.setEditable(True)
        self.classification.addItems(["", self.tr("May contain information subject to secrecy")])
        self.roles_only = QCheckBox(self.tr("&Roles only – no names of participants"))
        self.roles_only.setObjectName("exportRolesOnly")
        record = QGroupBox(self.tr("For the record (not saved in the workshop)"))
        form = QFormLayout(record)
        form.addRow(self.tr("&Meeting recorded:"), self.meeting)
        form.addRow(self.tr("Registration &number (diarienummer):"), self.registration)
        form.addRow(self.tr("&Classification line:"), self.classification)
        form.addRow(self.roles_only)

        self.path = QLineEdit(str(default_path))
        self.path.setObjectName("exportPath")
        self.path.setAccessibleName(self.tr("File to save"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)
        path_label = QLabel(self.tr("Save &as:"))
        path_label.setBuddy(self.path)

        hint = QLabel(
            self.tr(
                "Minutes kept by the municipality or the police are normally public documents "
                "that anyone may ask for. Check that they describe places and events, not "
                "individuals."
            )
        )
        hint.setWordWrap(True)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.path.textChanged.connect(
            lambda text: self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
                bool(text.strip())
            )
        )

        layout = QVBoxLayout(self)
        layout.addWidget(variants)
        layout.addWidget(record)
        layout.addWidget(path_label)
        layout.addLayout(path_row)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
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
