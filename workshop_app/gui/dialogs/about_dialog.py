"""Help → About: version, licence, the method's source (Brå), method pack, runtime, data folder."""

from __future__ import annotations

import platform
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QDialog, QLabel, QWidget

from workshop_app import __version__
from workshop_app.domain.method_pack.model import MethodPack
from workshop_app.gui.app_icon import app_icon
from workshop_app.gui.forms.ui_about_dialog import Ui_AboutDialog

LICENCE_ID = "MIT"  # pyproject's `license`; the full text is LICENSE, shipped in every bundle


class AboutDialog(QDialog):
    """What this program is, which version, under which licence, and whose method it follows.

    The layout is the Designer form ui/about_dialog.ui; the texts that name this run are set here.
    """

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
        self.ui = Ui_AboutDialog()
        self.ui.setupUi(self)
        self.ui.icon.setPixmap(app_icon().pixmap(64, 64))
        self.version: QLabel = self.ui.aboutVersion
        self.version.setText(self.tr("Version %1").replace("%1", __version__))
        self.method_source: QLabel = self.ui.aboutMethodSource
        self.pack: QLabel = self.ui.aboutMethodPack
        self.pack.setText(self._pack_text(pack, language))
        self.licence: QLabel = self.ui.aboutLicence
        self.licence.setText(
            self.tr("%1 licence: free to use, copy, change and share, without warranty.").replace(
                "%1", LICENCE_ID
            )
        )
        self.data_dir: QLabel = self.ui.aboutDataDir
        self.data_dir.setText(str(data_dir) if data_dir else self.tr("not open yet"))
        self.runtime: QLabel = self.ui.aboutRuntime
        self.runtime.setText(
            f"Python {platform.python_version()} · Qt {qVersion()} · PySide6 {pyside_version}"
        )
        self.store: QLabel = self.ui.aboutStore
        self.store.setText(store or "")
        form = self.ui.form
        # The pack's source note and the store have rows only when there is something to say.
        if pack is not None:
            self.ui.aboutSourceNote.setText(pack.source_note.get(language))
        form.setRowVisible(self.ui.aboutSourceNote, pack is not None)
        form.setRowVisible(self.store, bool(store))
        self.ui.buttons.rejected.connect(self.reject)
        # Wrapped labels need the width before they know their height.
        width = 640
        layout = self.ui.mainLayout
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
