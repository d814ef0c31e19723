"""The honest save status: "Sparar…", "Sparat 14:32" or "Inte sparat – …"."""

from __future__ import annotations

import errno
import logging
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QLabel, QWidget

from workshop_app.domain.errors import WorkshopAppError
from workshop_app.export.errors import ExportError
from workshop_app.storage.errors import SaveFailedError

log = logging.getLogger(__name__)


class SaveTracker(QObject):
    """Counts edits on their way to the database and remembers the last result."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.in_flight = 0
        self.waiting = 0  # edits still in a typing pause, not yet sent
        self.last_saved: datetime | None = None
        self.last_error: str | None = None

    def typing(self, count: int) -> None:
        self.waiting = count
        self.changed.emit()

    def started(self) -> None:
        self.in_flight += 1
        self.changed.emit()

    def saved(self, when: datetime) -> None:
        self.in_flight = max(0, self.in_flight - 1)
        self.last_saved = when
        self.last_error = None
        self.changed.emit()

    def failed(self, error: BaseException) -> None:
        self.in_flight = max(0, self.in_flight - 1)
        self.last_error = describe_error(error)
        log.warning("save failed: %s", type(error).__name__)
        self.changed.emit()

    @property
    def clean(self) -> bool:
        return self.in_flight == 0 and self.waiting == 0 and self.last_error is None


def describe_error(error: BaseException) -> str:
    """A short, plain reason for the user in the UI language (never a traceback)."""

    if isinstance(error, ExportError):
        words = {
            "disk_full": QCoreApplication.translate(
                "SaveStatusLabel", "The disk is full: %1 could not be written."
            ),
            "read_only": QCoreApplication.translate(
                "SaveStatusLabel", "The folder of %1 cannot be written to; choose another folder."
            ),
            "missing_folder": QCoreApplication.translate(
                "SaveStatusLabel", "The folder of %1 does not exist."
            ),
            "locked": QCoreApplication.translate(
                "SaveStatusLabel",
                "%1 is probably open in another program. Close it there and export again.",
            ),
        }
        if error.reason in words:
            return words[error.reason].replace("%1", str(error.path))
        return str(error)
    if isinstance(error, SaveFailedError):
        reasons = {
            "the disk is full": QCoreApplication.translate("SaveStatusLabel", "the disk is full"),
            "the data folder is read-only": QCoreApplication.translate(
                "SaveStatusLabel", "the data folder is read-only"
            ),
        }
        detail = reasons.get(error.detail.rstrip("."), error.detail)
        return QCoreApplication.translate(
            "SaveStatusLabel",
            "The change could not be saved: %1. It stays on screen and is tried again.",
        ).replace("%1", detail)
    if isinstance(error, WorkshopAppError):
        return str(error)
    if isinstance(error, OSError) and error.errno == errno.ENOSPC:
        return QCoreApplication.translate("SaveStatusLabel", "the disk is full")
    if isinstance(error, PermissionError):
        return QCoreApplication.translate(
            "SaveStatusLabel", "no permission to write the data folder"
        )
    return type(error).__name__


class SaveStatusLabel(QLabel):
    """Shows the tracker's state in the workshop's top bar."""

    def __init__(self, tracker: SaveTracker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tracker = tracker
        self.setAccessibleName(self.tr("Save status"))
        tracker.changed.connect(self.refresh)
        # Wide enough for "Saved 14:32" and the idle text, so the bar never jumps or clips.
        widest = max(
            self.tr("Saved %1").replace("%1", "00:00"), self.tr("All changes are saved"), key=len
        )
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance(widest) + 12)
        self.refresh()

    def refresh(self) -> None:
        tracker = self._tracker
        if tracker.last_error:
            self.setText(self.tr("Not saved – %1").replace("%1", tracker.last_error))
            self.setStyleSheet("color: #b00020; font-weight: bold;")
        elif tracker.in_flight or tracker.waiting:
            self.setText(self.tr("Saving…"))
            self.setStyleSheet("color: palette(text);")
        elif tracker.last_saved:
            self.setText(self.tr("Saved %1").replace("%1", tracker.last_saved.strftime("%H:%M")))
            self.setStyleSheet("color: #1b5e20;")
        else:
            self.setText(self.tr("All changes are saved"))
            self.setStyleSheet("color: #1b5e20;")
