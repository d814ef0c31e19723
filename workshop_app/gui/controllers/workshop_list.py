"""The start list's own work: a new workshop; open, rename, duplicate, delete the selected one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QInputDialog, QLineEdit, QMessageBox

from workshop_app.gui.menus import make_action

if TYPE_CHECKING:
    from workshop_app.gui.main_window import MainWindow


class WorkshopListController(QObject):
    """The window's workshop list: its actions (also the start view's buttons) and their work.

    Every change goes through the window's database worker; the list is read again after it.
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        new_key, open_key = QKeySequence.StandardKey.New, QKeySequence.StandardKey.Open
        self.new_action: QAction = make_action(
            window, "new", self.tr("&New workshop…"), new_key, self.new_workshop
        )
        self.open_action: QAction = make_action(
            window, "open", self.tr("&Open"), open_key, self._open_selected
        )
        self.rename_action: QAction = make_action(
            window, "rename", self.tr("&Rename…"), "F2", self.rename_selected
        )
        self.duplicate_action: QAction = make_action(
            window, "duplicate", self.tr("D&uplicate"), "Ctrl+D", self.duplicate_selected
        )
        self.delete_action: QAction = make_action(
            window, "delete", self.tr("De&lete…"), "Ctrl+Del", self.delete_selected
        )

    def list_actions(self) -> list[QAction]:
        """In the order of the File menu and the start view's buttons."""
        return [
            self.new_action,
            self.open_action,
            self.rename_action,
            self.duplicate_action,
            self.delete_action,
        ]

    def update_actions(self, ready: bool, selected: bool) -> None:
        """A new workshop may be started from an open one: that one is closed (and saved)
        first; the others work on the workshop selected in the list."""
        self.new_action.setEnabled(ready)
        for action in self.list_actions()[1:]:
            action.setEnabled(selected)

    def new_workshop(self) -> None:
        if self._window.context is None:
            return
        from workshop_app.gui.dialogs.new_workshop_dialog import NewWorkshopDialog

        dialog = NewWorkshopDialog(self._window.language, self._window)
        if dialog.exec() != NewWorkshopDialog.DialogCode.Accepted:
            return
        values = dialog.values()
        service = self._window.context.workshops
        self._window.worker.submit(
            lambda: service.create(
                str(values["title"]),
                language=values["language"],  # type: ignore[arg-type]
                municipality=str(values["municipality"]),
                area=str(values["area"]),
            ),
            self._window.show_workshop,
            self._window.show_error,
        )

    def _open_selected(self) -> None:
        workshop_id = self._window.start_view.selected_id()
        if workshop_id:
            self._window.open_workshop(workshop_id)

    def rename_selected(self) -> None:
        summary = self._window.start_view.selected_summary()
        if summary is None or self._window.context is None:
            return
        from workshop_app.domain.limits import WORKSHOP_TITLE_MAX
        from workshop_app.gui.widgets.text_limit import limit_line

        dialog = QInputDialog(self._window)
        dialog.setWindowTitle(self.tr("Rename workshop"))
        dialog.setLabelText(self.tr("New title:"))
        dialog.setTextValue(summary.title)
        field = dialog.findChild(QLineEdit)
        if field is not None:  # the title stops at its limit and says so, as everywhere
            limit_line(field, WORKSHOP_TITLE_MAX)
        ok = dialog.exec() == QDialog.DialogCode.Accepted
        title = dialog.textValue()
        if not ok or not title.strip() or title.strip() == summary.title:
            return
        service = self._window.context.workshops
        self._window.worker.submit(
            lambda: service.rename(summary.id, title),
            lambda _when: self._window.refresh_list(summary.id),
            self._window.show_error,
        )

    def duplicate_selected(self) -> None:
        summary = self._window.start_view.selected_summary()
        if summary is None or self._window.context is None:
            return
        service = self._window.context.workshops
        self._window.worker.submit(
            lambda: service.duplicate(summary.id),
            lambda copy: self._window.refresh_list(copy.id),
            self._window.show_error,
        )

    def delete_selected(self) -> None:
        summary = self._window.start_view.selected_summary()
        if summary is None or self._window.context is None:
            return
        box = QMessageBox(self._window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Delete workshop"))
        box.setText(
            self.tr("Delete the workshop “%1” and everything in it?").replace("%1", summary.title)
        )
        box.setInformativeText(
            self.tr("This cannot be undone. Export a workshop file first if you may need it again.")
        )
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is not delete:
            return
        service = self._window.context.workshops
        self._window.worker.submit(
            lambda: service.delete(summary.id),
            lambda _r: self._window.refresh_list(),
            self._window.show_error,
        )
