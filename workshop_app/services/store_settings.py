"""Which store holds the workshops: the SQLite file in the data dir, or a shared database URL."""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

from workshop_app.domain.atomic_file import write_bytes_atomically
from workshop_app.services.app_paths import DATABASE_URL_VARIABLE, AppPaths

log = logging.getLogger(__name__)

SETTING = "database_url"


def saved_database_url(paths: AppPaths) -> str | None:
    """The URL saved in the data dir's settings file (the GUI's database setting), if any."""
    settings = _read(paths.settings)
    value = settings.get(SETTING)
    return value.strip() if isinstance(value, str) and value.strip() else None


def save_database_url(paths: AppPaths, url: str | None) -> None:
    """Save (or with None/"" remove) the URL; used from the next start on. File mode 0600:
    a URL may hold a password."""
    url = (url or "").strip() or None
    if url is not None:
        from workshop_app.storage.database import parse_database_url  # SQLAlchemy: lazily

        parse_database_url(url)  # StorageError for something that is not a URL
    settings = _read(paths.settings)
    if url is None:
        settings.pop(SETTING, None)
    else:
        settings[SETTING] = url
    paths.data_dir.mkdir(parents=True, exist_ok=True)
    data = json.dumps(settings, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    write_bytes_atomically(paths.settings, data.encode("utf-8"))
    log.info("database setting saved (%s)", "server" if url else "local file")


def resolve_database_url(cli_value: str | None, paths: AppPaths) -> str | None:
    """``--database-url`` if given, else ``$WORKSHOP_APP_DATABASE_URL``, else the saved
    setting; None: the SQLite file in the data dir."""
    for value in (cli_value, os.environ.get(DATABASE_URL_VARIABLE)):
        if value and value.strip():
            return value.strip()
    return saved_database_url(paths)


def is_shared_url(url: str | None) -> bool:
    """True for a database server's URL (not an SQLite file); StorageError if malformed."""
    if url is None:
        return False  # the usual case: no SQLAlchemy import before the window shows
    from workshop_app.storage.database import parse_database_url

    return parse_database_url(url).get_backend_name() != "sqlite"


def _read(path: Path) -> dict[str, object]:
    try:
        loaded = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError):
        log.warning("the settings file could not be read; it is ignored")
        return {}
    return loaded if isinstance(loaded, dict) else {}
