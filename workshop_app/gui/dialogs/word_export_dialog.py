"""Choose the kind of Word minutes and where to save them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)


class WordExportDialog(QDialog):
    """Full or short minutes, and a file name that is valid on Windows as well."""

    def __init__(self, default_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export to Word"))
        self.full = QRadioButton(
            self.tr("&Full minutes – every step, the information matrix, glossary")
        )
        self.full.setObjectName("variantFull")
        self.short = QRadioButton(
            self.tr("&Short minutes – summary, prioritised problems, next steps")
        )
        self.short.setObjectName("variantShort")
        self.full.setChecked(True)
        variants = QGroupBox(self.tr("Kind of minutes"))
        variant_layout = QVBoxLayout(variants)
        variant_layout.addWidget(self.full)
        variant_layout.addWidget(self.short)

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
        layout.addWidget(path_label)
        layout.addLayout(path_row)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        self.resize(680, self.sizeHint().height())

    def variant(self) -> str:
        return "short" if self.short.isChecked() else "full"

    def target(self) -> Path:
        path = Path(self.path.text().strip()).expanduser()
        return path if path.suffix.lower() == ".docx" else path.with_name(path.name + ".docx")

    def _browse(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the minutes"), self.path.text(), self.tr("Word documents (*.docx)")
        )
        if chosen:
            self.path.setText(chosen)
