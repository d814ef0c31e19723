"""Files of the app readable by the user only (0600), whatever the umask."""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700


def make_private(*paths: Path | str) -> None:
    """Set each existing file to 0600 (POSIX); a file that cannot be changed is left as it is.

    Only the mode changes, never a byte: the data dir is 0700 already, this keeps a copied or
    moved file private when the folder's mode is later loosened.
    """
    if os.name != "posix":
        return  # Windows: the user's profile folder carries the access rights
    for path in paths:
        with contextlib.suppress(OSError):
            if stat.S_IMODE(os.stat(path).st_mode) != PRIVATE_FILE:
                os.chmod(path, PRIVATE_FILE)


def create_private(path: Path | str) -> None:
    """Create ``path`` as an empty file of mode 0600 (FileExistsError if it exists).

    SQLite then writes into it and gives its "-wal"/"-shm" the same mode; created by SQLite
    itself the file would be 0644 and readable by every user of the computer.
    """
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
    os.close(descriptor)
    make_private(path)  # in case the umask took bits away from 0600 (it can only remove)
