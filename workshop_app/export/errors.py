"""The error an export raises when the minutes cannot be written."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from workshop_app.domain.errors import WorkshopAppError

Reason = Literal["locked", "read_only", "disk_full", "missing_folder", "other"]


class ExportError(WorkshopAppError):
    """The file could not be written; ``str()`` is a plain sentence naming the file.

    ``reason`` lets the GUI choose its own (translated) wording; ``path`` is the target.
    """

    def __init__(self, message: str, *, path: Path, reason: Reason) -> None:
        super().__init__(message)
        self.path = path
        self.reason = reason
