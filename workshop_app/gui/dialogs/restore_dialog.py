"""Choose a backup to go back to; the current database is kept aside, never deleted."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from workshop_app.domain.date_range import local_text
from workshop_app.gui.forms.ui_restore_dialog import Ui_RestoreDialog
from workshop_app.services.backup_service import BackupInfo


class RestoreDialog(QDialog):
    """Lists the backups, newest first, with when they were taken and what they hold.

    The layout is the Designer form ui/restore_dialog.ui; the list is filled here.
    """

    def __init__(self, backups: list[BackupInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RestoreDialog()
        self.ui.setupUi(self)
        self.list: QListWidget = self.ui.backupList
        for backup in backups:
            item = QListWidgetItem(self._describe(backup))
            item.setData(Qt.ItemDataRole.UserRole, backup)
            self.list.addItem(item)
        self.empty: QLabel = self.ui.empty
        self.empty.setVisible(not backups)
        self.buttons: QDialogButtonBox = self.ui.buttons
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Restore"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.list.currentRowChanged.connect(self._update_ok)
        self.list.itemActivated.connect(lambda _item: self.accept())
        if backups:
            self.list.setCurrentRow(0)
        self._update_ok()

    def chosen(self) -> BackupInfo | None:
        item = self.list.currentItem()
        chosen: BackupInfo | None = item.data(Qt.ItemDataRole.UserRole) if item else None
        return chosen

    def _describe(self, backup: BackupInfo) -> str:
        when = local_text(backup.taken_at)
        if backup.workshop_count is None:
            holds = self.tr("cannot be read")
        else:
            count = backup.workshop_count
            holds = (
                self.tr("1 workshop")
                if count == 1
                else self.tr("%1 workshops").replace("%1", str(count))
            )
        kind = self.tr("before an upgrade") if backup.reason.startswith("before") else ""
        size = f"{max(backup.size // 1024, 1)} kB"
        return "  ·  ".join(part for part in (when, holds, size, kind) if part)

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.chosen() is not None)
