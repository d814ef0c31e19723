"""Where an export may be written: never over the app's own files or anything not a plain file."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from workshop_app.domain.errors import WorkshopAppError
from workshop_app.domain.terminal_text import shown


class ExportTargetError(WorkshopAppError):
    """The export target is refused; nothing was written."""

    def __init__(self, target: Path, reason: str) -> None:
        super().__init__(f"cannot write {shown(str(target))}: {reason}")
        self.target = target
        self.reason = reason


def checked_export_target(target: Path, data_dir: Path) -> Path:
    """The path an export may replace atomically; ExportTargetError if it must not be written.

    Refused: anything inside the data dir (the database, its -wal/-shm, backups, logs, …),
    an existing target that is not a regular file (folder, FIFO, device, socket), and an
    existing file the user may not write (read-only, or owned by someone else — replacing it
    would quietly change its owner). A symbolic link is followed: the file it points to is
    checked by the same rules and replaced, the link itself stays; a link to nothing is refused.
    """
    target = Path(target)
    if target.is_symlink():
        try:
            real = target.resolve(strict=True)
        except (OSError, RuntimeError):  # RuntimeError: a loop of links
            raise ExportTargetError(target, "it is a link that points to no file") from None
    else:
        real = Path(os.path.abspath(target))
    if _inside(real, data_dir):
        raise ExportTargetError(
            target,
            f"it is inside the data folder ({shown(str(data_dir))}), which holds the "
            "database, its backups and logs; export to another folder",
        )
    try:
        info = real.stat()
    except FileNotFoundError:
        return real  # a new file: the atomic write creates it (or says why it cannot)
    except OSError as error:
        raise ExportTargetError(target, error.strerror or type(error).__name__) from None
    if stat.S_ISDIR(info.st_mode):
        raise ExportTargetError(target, "it is a folder, not a file")
    if not stat.S_ISREG(info.st_mode):
        raise ExportTargetError(target, "it is not a regular file (a device, pipe or socket)")
    if not info.st_mode & stat.S_IWUSR or not os.access(real, os.W_OK):
        raise ExportTargetError(target, "the file is read-only; it was not replaced")
    if hasattr(os, "geteuid") and info.st_uid != os.geteuid():
        raise ExportTargetError(target, "the file belongs to another user; it was not replaced")
    return real


def _inside(path: Path, folder: Path) -> bool:
    """True if ``path`` is ``folder`` or below it, however either is spelled (links, case)."""
    spelled = os.path.normcase(os.path.abspath(folder))
    if any(os.path.normcase(p) == spelled for p in (path, *path.parents)):
        return True
    try:
        folder_info = folder.stat()
    except OSError:
        return False  # no data dir yet: nothing of ours to overwrite
    # Compare by identity too: a link, a bind mount or another letter case of the same
    # folder would slip past a comparison of the text.
    for ancestor in (path, *path.parents):
        try:
            info = ancestor.stat()
        except OSError:
            continue
        if (info.st_dev, info.st_ino) == (folder_info.st_dev, folder_info.st_ino):
            return True
    return False
