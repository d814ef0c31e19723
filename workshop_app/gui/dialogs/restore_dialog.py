"""Choose a backup to go back to; the current database is kept aside, never deleted."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workshop_app.domain.date_range import local_text
from workshop_app.services.backup_service import BackupInfo


class RestoreDialog(QDialog):
    """Lists the backups, newest first, with when they were taken and what they hold."""

    def __init__(self, backups: list[BackupInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from a backup"))
        intro = QLabel(
            self.tr(
                "Choose the backup to go back to. Everything saved after it is replaced; the "
                "current database is kept in the folder “replaced” in the data folder."
            )
        )
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("backupList")
        self.list.setAccessibleName(self.tr("Backups"))
        for backup in backups:
            item = QListWidgetItem(self._describe(backup))
            item.setData(Qt.ItemDataRole.UserRole, backup)
            self.list.addItem(item)
        self.empty = QLabel(self.tr("There are no backups yet. They are taken while you work."))
        self.empty.setVisible(not backups)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Restore"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.list.currentRowChanged.connect(self._update_ok)
        self.list.itemActivated.connect(lambda _item: self.accept())
        if backups:
            self.list.setCurrentRow(0)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.buttons)
        self._update_ok()
        self.resize(640, 420)

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
