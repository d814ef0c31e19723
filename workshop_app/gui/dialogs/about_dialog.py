"""Help → About: version, licence, the method's source (Brå), method pack, runtime, data folder."""

from __future__ import annotations

import platform
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from workshop_app import __version__
from workshop_app.domain.method_pack.model import MethodPack
from workshop_app.gui.app_icon import app_icon

LICENCE_ID = "MIT"  # pyproject's `license`; the full text is LICENSE, shipped in every bundle


class AboutDialog(QDialog):
    """What this program is, which version, under which licence, and whose method it follows."""

    def __init__(
        self,
        pack: MethodPack | None,
        data_dir: Path | None,
        language: str,
        parent: QWidget | None = None,
        store: str | None = None,
    ) -> None:
        """``store``: where the workshops are (the database file or server), when it differs
        from the data folder's own database, e.g. ``AppContext.store_description``."""
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Workshopstöd"))

        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(64, 64))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        name = QLabel("Workshopstöd")
        name.setObjectName("workshopTitle")  # the theme's larger, bold title
        self.version = QLabel(self.tr("Version %1").replace("%1", __version__))
        self.version.setObjectName("aboutVersion")
        summary = self._wrapped(
            self.tr(
                "Guides a local working group through Brå's workshop on crime and "
                "insecurity linked to parallel social structures."
            )
        )
        heading = QVBoxLayout()
        heading.addWidget(name)
        heading.addWidget(self.version)
        heading.addWidget(summary)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(heading, 1)

        self.method_source = self._wrapped(
            self.tr(
                "Brå – Brottsförebyggande rådet (the Swedish National Council for Crime Prevention)"
            )
        )
        self.method_source.setObjectName("aboutMethodSource")
        self.pack = self._wrapped(self._pack_text(pack, language))
        self.pack.setObjectName("aboutMethodPack")
        self.licence = self._wrapped(
            self.tr("%1 licence: free to use, copy, change and share, without warranty.").replace(
                "%1", LICENCE_ID
            )
        )
        self.licence.setObjectName("aboutLicence")
        self.data_dir = self._wrapped(str(data_dir) if data_dir else self.tr("not open yet"))
        self.data_dir.setObjectName("aboutDataDir")
        self.data_dir.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.runtime = QLabel(
            f"Python {platform.python_version()} · Qt {qVersion()} · PySide6 {pyside_version}"
        )
        self.runtime.setObjectName("aboutRuntime")

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("The method:"), self.method_source)
        form.addRow(self.tr("Method pack:"), self.pack)
        if pack is not None:
            note = self._wrapped(pack.source_note.get(language))
            note.setObjectName("aboutSourceNote")
            form.addRow("", note)
        form.addRow(self.tr("Licence:"), self.licence)
        form.addRow(self.tr("Data folder:"), self.data_dir)
        self.store = self._wrapped(store or "")
        self.store.setObjectName("aboutStore")
        self.store.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if store:
            form.addRow(self.tr("Workshops stored in:"), self.store)
        form.addRow(self.tr("Built with:"), self.runtime)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(buttons)
        # Wrapped labels need the width before they know their height.
        width = 640
        self.resize(width, max(self.sizeHint().height(), layout.totalHeightForWidth(width)))

    def _pack_text(self, pack: MethodPack | None, language: str) -> str:
        if pack is None:
            return self.tr("not loaded yet")
        text = (
            self.tr("%1, version %2")
            .replace("%1", pack.title.get(language))
            .replace("%2", pack.version)
        )
        if pack.draft:
            text += " " + self.tr("(draft)")
        return text

    @staticmethod
    def _wrapped(text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label
