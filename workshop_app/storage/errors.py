"""Errors the storage layer raises for the user to read (all are ``WorkshopAppError``)."""

from __future__ import annotations

from pathlib import Path

from workshop_app.domain.errors import WorkshopAppError


class StorageError(WorkshopAppError):
    """The database file could not be opened, migrated or backed up."""


class DatabaseTooNewError(StorageError):
    """The database was written by a newer Workshopstöd; it is left exactly as it is."""

    def __init__(self, db_path: Path | str, revision: str) -> None:
        super().__init__(
            f'The database "{db_path}" was saved by a newer version of Workshopstöd '
            f"(database version {revision}), which this version cannot read. "
            "Install the newer version of Workshopstöd to open it; the file has not been changed."
        )
        self.db_path = db_path
        self.revision = revision


class NotAWorkshopDatabaseError(StorageError):
    """The file is an SQLite database, but not one of Workshopstöd's."""

    def __init__(self, db_path: Path) -> None:
        super().__init__(
            f'The file "{db_path}" is not a Workshopstöd database; it has not been changed.'
        )
        self.db_path = db_path


class DatabaseDamagedError(StorageError):
    """The file cannot be read as an SQLite database at all."""

    def __init__(self, db_path: Path, detail: str) -> None:
        super().__init__(
            f'The database "{db_path}" cannot be read ({detail}); it has not been changed.'
        )
        self.db_path = db_path


class BackupError(StorageError):
    """A backup could not be written or did not verify; nothing was migrated or replaced."""


class SaveFailedError(StorageError):
    """The database could not write (disk full, read-only folder, locked …); nothing changed."""

    def __init__(self, detail: str) -> None:
        super().__init__(f"The change could not be saved: {detail}")
        self.detail = detail
