"""Moving workshops in and out from the window: example, import, workshop file, Word minutes."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog

from workshop_app.gui.menus import make_action
from workshop_app.gui.widgets.save_status import describe_error

if TYPE_CHECKING:
    from workshop_app.domain.model import Workshop
    from workshop_app.gui.main_window import MainWindow
    from workshop_app.services.export_choices import ExportOptions

WORKSHOP_FILE_SUFFIX = ".workshop.json"


class TransferController(QObject):
    """The window's transfers: the example workshop, import, export as file and as Word.

    Files are read and written on the window's database worker; dialogs are the window's.
    """

    word_exported = Signal(object)  # Path

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.import_action: QAction = make_action(
            window, "import", self.tr("&Import file…"), "Ctrl+I", self.import_file
        )
        self.export_action: QAction = make_action(
            window, "export", self.tr("&Export file…"), "Ctrl+E", self.export_file
        )
        self.word_action: QAction = make_action(
            window, "exportWord", self.tr("Export to &Word…"), "Ctrl+Shift+E", self.export_word
        )
        self.example_action: QAction = make_action(
            window, "openExample", self.tr("Open the e&xample workshop"), None, self.open_example
        )
        self.example_action.setToolTip(self.tr("A fictional, filled-in workshop to look around in"))

    def update_actions(self, ready: bool, in_workshop: bool, selected: bool) -> None:
        """Import and the example from the list; export the selected or the open workshop."""
        self.import_action.setEnabled(ready and not in_workshop)
        self.example_action.setEnabled(ready and not in_workshop)
        self.export_action.setEnabled(selected or in_workshop)
        self.word_action.setEnabled(selected or in_workshop)

    def open_example(self) -> None:
        """Open the shipped example; it is imported the first time (and after a delete)."""
        if self._window.context is None:
            return
        transfer = self._window.context.transfer
        self._window.status.setText(self.tr("Opening the example workshop…"))
        self._window.load_workshop(transfer.open_example)  # once, however often it is asked for

    def import_file(self) -> None:
        if self._window.context is None:
            return
        path, _filter = QFileDialog.getOpenFileName(
            self._window,
            self.tr("Import workshop file"),
            str(self._window.settings.value("last_folder", str(Path.home()))),
            self.tr("Workshop files (*.workshop.json *.json);;All files (*)"),
        )
        if path:
            self.import_path(Path(path))

    def import_path(self, path: Path) -> None:
        assert self._window.context is not None
        self._window.settings.setValue("last_folder", str(path.parent))
        transfer = self._window.context.transfer
        self._window.status.setText(self.tr("Importing %1…").replace("%1", path.name))

        def imported(workshop: Workshop) -> None:
            self._window.status.setText(self.tr("Imported “%1”.").replace("%1", workshop.title))
            self._window.refresh_list(workshop.id)

        self._window.worker.submit(
            lambda: transfer.import_file(path), imported, self._import_failed
        )

    def _import_failed(self, error: BaseException) -> None:
        self._window.status.setText("")
        QMessageBox.warning(
            self._window,
            self.tr("The file could not be imported"),
            self.tr("Nothing was changed. The file was refused because:\n\n%1").replace(
                "%1", describe_error(error)
            ),
        )

    def export_file(self) -> None:
        if self._window.context is None:
            return
        target = self._export_target()
        if target is None:
            return
        self._after_privacy_check(target[0], lambda _workshop: self._choose_file_export(*target))

    def _choose_file_export(self, workshop_id: str, title: str) -> None:
        folder = Path(str(self._window.settings.value("last_folder", str(Path.home()))))
        path, _filter = QFileDialog.getSaveFileName(
            self._window,
            self.tr("Export workshop file"),
            str(folder / (safe_file_name(title) + WORKSHOP_FILE_SUFFIX)),
            self.tr("Workshop files (*.workshop.json)"),
        )
        if path:
            self.export_path(workshop_id, Path(path))

    def export_path(self, workshop_id: str, path: Path) -> None:
        assert self._window.context is not None
        self._window.settings.setValue("last_folder", str(path.parent))
        transfer = self._window.context.transfer
        self._window.worker.submit(
            lambda: transfer.export_file(workshop_id, path),
            lambda written: self._window.status.setText(
                self.tr("Exported to %1").replace("%1", str(written))
            ),
            self._window.show_error,
        )

    def export_word(self) -> None:
        """Ask for the kind of minutes and a file, then write them in the background."""
        if self._window.context is None:
            return
        target = self._export_target()
        if target is None:
            return
        self._after_privacy_check(
            target[0], lambda workshop: self._choose_word_export(*target, workshop)
        )

    def _choose_word_export(self, workshop_id: str, title: str, workshop: Workshop) -> None:
        from workshop_app.gui.dialogs.word_export_dialog import WORKBOOK, WordExportDialog

        folder = Path(str(self._window.settings.value("last_folder", str(Path.home()))))
        patterns = {
            "full": self.tr("%1 – minutes %2"),
            "short": self.tr("%1 – minutes %2"),
            "situation": self.tr("%1 – situation report %2"),
            "action-plan": self.tr("%1 – action plan %2"),
            WORKBOOK: self.tr("%1 – action plan %2"),
        }
        today = date.today().isoformat()
        names = {
            kind: safe_file_name(pattern.replace("%1", title).replace("%2", today))
            for kind, pattern in patterns.items()
        }
        dialog = WordExportDialog(
            folder / f"{names['full']}.docx", self._window, workshop.meetings, names
        )
        if dialog.exec() != WordExportDialog.DialogCode.Accepted:
            return
        self.export_word_to(workshop_id, dialog.target(), dialog.variant(), dialog.options())

    def export_word_to(
        self, workshop_id: str, path: Path, variant: str, options: ExportOptions | None = None
    ) -> None:
        """Write the document (or, for ``WORKBOOK``, the Excel file) on the worker thread."""
        from workshop_app.gui.dialogs.word_export_dialog import WORKBOOK

        assert self._window.context is not None
        self._window.settings.setValue("last_folder", str(path.parent))
        minutes = self._window.context.minutes
        progress = QProgressDialog(self.tr("Writing the document…"), "", 0, 0, self._window)
        progress.setCancelButton(None)
        progress.setWindowTitle(self.tr("Export documents"))
        progress.setMinimumDuration(300)  # quick exports finish before it would flash up
        progress.setWindowModality(Qt.WindowModality.WindowModal)

        def written(result: Path) -> None:
            progress.close()
            self._window.status.setText(self.tr("Exported to %1").replace("%1", str(result)))
            self.word_exported.emit(result)
            self._offer_to_open(result)

        def failed(error: BaseException) -> None:
            progress.close()
            self._window.show_error(error)

        def write() -> Path:
            if variant == WORKBOOK:
                return minutes.export_workbook(workshop_id, path, options)
            return minutes.export(workshop_id, path, variant, options)  # type: ignore[arg-type]

        self._window.worker.submit(write, written, failed)

    def _offer_to_open(self, path: Path) -> None:
        box = QMessageBox(self._window)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Document exported"))
        box.setText(self.tr("The document was saved as\n%1").replace("%1", str(path)))
        open_file = box.addButton(self.tr("Open the document"), QMessageBox.ButtonRole.AcceptRole)
        open_folder = box.addButton(self.tr("Show the folder"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if box.clickedButton() is open_file:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        elif box.clickedButton() is open_folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))

    def _after_privacy_check(self, workshop_id: str, then: Any) -> None:
        """Run ``then(workshop)`` unless text that looks like personal data makes the user stop."""
        from workshop_app.gui.widgets.privacy_hint import (
            confirm_export,  # not before the first paint
        )

        window, view, session = self._window, self._window.workshop_view, self._window.session
        if session is not None and session.workshop_id == workshop_id and view:
            if confirm_export(window, session.workshop, view.privacy_hint.dismissed):
                then(session.workshop)
            return
        assert self._window.context is not None
        service, dismissals = self._window.context.workshops, self._window.context.dismissals
        self._window.worker.submit(
            lambda: (service.load(workshop_id), dismissals.dismissed(workshop_id)),
            lambda loaded: then(loaded[0]) if confirm_export(self._window, *loaded) else None,
            self._window.show_error,
        )

    def _export_target(self) -> tuple[str, str] | None:
        """The open workshop, else the one selected in the list: (id, title)."""
        if self._window.session is not None:
            self._window.debouncer.flush()
            return self._window.session.workshop_id, self._window.session.workshop.title
        summary = self._window.start_view.selected_summary()
        return (summary.id, summary.title) if summary is not None else None


def safe_file_name(title: str) -> str:
    """A file name valid on Windows, macOS and Linux, derived from a workshop title."""
    name = re.sub(r'[<>:"/\\|?*\x00-\x1f]+', " ", title).strip(" .")
    name = re.sub(r"\s+", " ", name)[:80].strip(" .")
    reserved = {
        "CON",
        "PRN",
        "AUX",
        "NUL",
        *(f"COM{i}" for i in range(1, 10)),
        *(f"LPT{i}" for i in range(1, 10)),
    }
    if not name or name.upper() in reserved:
        name = "workshop"
    return name
