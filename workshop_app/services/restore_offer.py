"""The window's offer to restore after a damaged start: kept on disk until the user chooses."""

from __future__ import annotations

import contextlib
import logging
import os
from pathlib import Path

from workshop_app.services.app_paths import AppPaths

log = logging.getLogger(__name__)

DAMAGED_DIR_NAME = "damaged"
PENDING_FILE_NAME = "restore-offer-pending"


def pending_file(paths: AppPaths) -> Path:
    return paths.data_dir / DAMAGED_DIR_NAME / PENDING_FILE_NAME


def mark_pending(paths: AppPaths, kept: Path) -> None:
    """Remember that a damaged database was set aside and the user has not chosen yet.

    Without this the next start finds the new, empty database healthy and no longer offers
    the backup: a window closed (or killed) before the question was answered would lose it.
    """
    path = pending_file(paths)
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as file:
        file.write(kept.name)


def pending_offer(paths: AppPaths) -> Path | None:
    """The damaged file whose restore offer awaits a choice, or None."""
    path = pending_file(paths)
    try:
        name = path.read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return None if not path.exists() else path.parent
    return path.parent / name if name and "/" not in name and "\\" not in name else path.parent


def clear_pending(paths: AppPaths) -> None:
    """The user chose (restored a backup, or went on without one): the offer ends."""
    with contextlib.suppress(FileNotFoundError):
        pending_file(paths).unlink()
        log.info("the restore offer was answered")
