"""Where the app keeps its database, backups, logs and settings."""

from __future__ import annotations

import contextlib
import os
import stat
from dataclasses import dataclass
from pathlib import Path

import platformdirs

DATA_DIR_VARIABLE = "WORKSHOP_APP_DATA_DIR"
DATABASE_URL_VARIABLE = "WORKSHOP_APP_DATABASE_URL"
APP_DIR_NAME = "Workshopstod"


@dataclass(frozen=True, slots=True)
class AppPaths:
    """The files under one data directory."""

    data_dir: Path

    @property
    def database(self) -> Path:
        return self.data_dir / "workshops.sqlite3"

    @property
    def backups(self) -> Path:
        return self.data_dir / "backups"

    @property
    def logs(self) -> Path:
        return self.data_dir / "logs"

    @property
    def log_file(self) -> Path:
        return self.logs / "workshop-app.log"

    @property
    def settings(self) -> Path:
        return self.data_dir / "settings.json"

    def ensure(self) -> AppPaths:
        """Create the data dir and its sub-folders, readable by the user only (0700).

        A read-only data dir (a write-protected share, a full backup medium) is left as it is:
        reading commands still work there; OSError only if the data dir itself is missing and
        cannot be created.
        """
        self.data_dir.mkdir(parents=True, exist_ok=True)
        for folder in (self.data_dir, self.backups, self.logs):
            # Not being able to create a sub-folder or to tighten a mode must not stop a
            # command that only reads; the writing ones check writability themselves.
            with contextlib.suppress(OSError):
                folder.mkdir(exist_ok=True)
                if os.name == "posix" and stat.S_IMODE(folder.stat().st_mode) != 0o700:
                    folder.chmod(0o700)
        return self

    @property
    def writable(self) -> bool:
        """False in a data dir this process may not change (read-only medium or permissions)."""
        return os.access(self.data_dir, os.W_OK)


def resolve_data_dir(cli_value: str | os.PathLike[str] | None = None) -> Path:
    """``--data-dir`` if given, else ``$WORKSHOP_APP_DATA_DIR``, else the user data dir."""
    if cli_value:
        return Path(cli_value).expanduser().resolve()
    from_env = os.environ.get(DATA_DIR_VARIABLE)
    if from_env:
        return Path(from_env).expanduser().resolve()
    return Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False))
