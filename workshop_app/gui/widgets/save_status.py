"""The honest save status: "Sparar…", "Sparat 14:32" or "Inte sparat – …"."""

from __future__ import annotations

import errno
import logging
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QLabel, QWidget

from workshop_app.domain.errors import WorkshopAppError
from workshop_app.services.errors import (
    CONNECTION_LOST,
    DatabaseUnreachableError,
    ExportError,
    SaveFailedError,
    WorkshopChangedElsewhereError,
)

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
        # Something the user should know that is not a failing save: a change refused because
        # the workshop changed elsewhere (warning), or changes from elsewhere now shown.
        self.notice: str | None = None
        self.notice_is_warning = False
        self._error_from_reading = False  # last_error came from a load, not from a save

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
        self.notice = None
        self._error_from_reading = False
        self.changed.emit()

    def failed(self, error: BaseException) -> None:
        self.in_flight = max(0, self.in_flight - 1)
        self.last_error = describe_error(error)
        self._error_from_reading = False
        log.warning("save failed: %s", type(error).__name__)
        self.changed.emit()

    def finished(self) -> None:
        """A job ended that had nothing (more) to save: a retry that found its work done."""
        self.in_flight = max(0, self.in_flight - 1)
        self.last_error = None
        self._error_from_reading = False
        self.changed.emit()

    def conflicted(self, error: BaseException) -> None:
        """A change was refused because someone else changed the workshop first.

        Not an error that blocks closing: nothing is waiting to be saved, the screen is about
        to show what is stored. The user reads what happened until the next save.
        """
        self.in_flight = max(0, self.in_flight - 1)
        self.notice = describe_error(error)
        self.notice_is_warning = True
        log.warning("change refused: the workshop changed elsewhere")
        self.changed.emit()

    def changed_elsewhere(self) -> None:
        """Changes saved elsewhere (another computer) are now on screen."""
        self.notice = QCoreApplication.translate(
            "SaveStatusLabel", "Updated with changes saved elsewhere"
        )
        self.notice_is_warning = False
        self.changed.emit()

    def read_failed(self, error: BaseException) -> None:
        """Reading the workshop failed (e.g. the server is unreachable); it is tried again."""
        if self.last_error is not None and not self._error_from_reading:
            return  # a failed save says more, and stays until it is saved
        self.last_error = describe_error(error)
        self._error_from_reading = True
        log.warning("load failed: %s", type(error).__name__)
        self.changed.emit()

    def read_succeeded(self) -> None:
        """A load worked again: clear a message that only a failed load had left."""
        if self._error_from_reading:
            self.last_error = None
            self._error_from_reading = False
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
    if isinstance(error, WorkshopChangedElsewhereError):
        return QCoreApplication.translate(
            "SaveStatusLabel",
            "Someone else changed this workshop at the same time, so your last change was "
            "not saved. What is saved now is shown; make the change again if it is still needed.",
        )
    if isinstance(error, DatabaseUnreachableError):
        return QCoreApplication.translate(
            "SaveStatusLabel",
            "The database server cannot be reached. Check the network; Workshopstöd keeps trying.",
        )
    if isinstance(error, SaveFailedError):
        reasons = {
            "the disk is full": QCoreApplication.translate("SaveStatusLabel", "the disk is full"),
            "the data folder is read-only": QCoreApplication.translate(
                "SaveStatusLabel", "the data folder is read-only"
            ),
            CONNECTION_LOST: QCoreApplication.translate(
                "SaveStatusLabel", "the connection to the database server was lost"
            ),
            "another person was saving at the same moment": QCoreApplication.translate(
                "SaveStatusLabel", "another person was saving at the same moment"
            ),
            "the database server's disk is full": QCoreApplication.translate(
                "SaveStatusLabel", "the database server's disk is full"
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
        elif tracker.notice and tracker.notice_is_warning:
            self.setText(self.tr("Not saved – %1").replace("%1", tracker.notice))
            self.setStyleSheet("color: #8a4b00; font-weight: bold;")
        elif tracker.notice:
            self.setText(tracker.notice)
            self.setStyleSheet("color: #1b5e20;")
        elif tracker.last_saved:
            self.setText(self.tr("Saved %1").replace("%1", tracker.last_saved.strftime("%H:%M")))
            self.setStyleSheet("color: #1b5e20;")
        else:
            self.setText(self.tr("All changes are saved"))
            self.setStyleSheet("color: #1b5e20;")
