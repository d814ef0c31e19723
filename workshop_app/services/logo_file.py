"""Reading the logo a user chose: run on the database worker, size-checked before it is read."""

from __future__ import annotations

import os
from enum import Enum
from pathlib import Path

from workshop_app.domain.limits import LOGO_MAX_BYTES
from workshop_app.domain.logo import media_type_of
from workshop_app.domain.model import Logo
from workshop_app.export.logo_size import UnreadablePictureError, picture_size


class LogoProblem(Enum):
    """Why a chosen file cannot be the logo; the window words each one for the user."""

    TOO_LARGE = "too_large"
    UNREADABLE = "unreadable"  # missing, a folder, no permission, a read error
    NOT_A_PICTURE = "not_a_picture"  # neither PNG nor JPEG by its first bytes
    DAMAGED = "damaged"  # starts like a PNG/JPEG but does not decode


class LogoFileError(Exception):
    def __init__(self, problem: LogoProblem, size: int = 0) -> None:
        super().__init__(problem.value)
        self.problem = problem
        self.size = size  # bytes, for TOO_LARGE


def read_logo(path: Path) -> Logo:
    """The picture at ``path`` as a logo, or ``LogoFileError`` saying why not.

    The size is known before anything is read: a 2 GB file chosen by mistake is refused at
    once, never read into memory.
    """
    try:
        with Path(path).open("rb") as file:
            size = os.fstat(file.fileno()).st_size
            if size > LOGO_MAX_BYTES:
                raise LogoFileError(LogoProblem.TOO_LARGE, size)
            data = file.read(LOGO_MAX_BYTES + 1)  # one more, in case it grew since stat
    except OSError:
        raise LogoFileError(LogoProblem.UNREADABLE) from None
    if len(data) > LOGO_MAX_BYTES:
        raise LogoFileError(LogoProblem.TOO_LARGE, len(data))
    media_type = media_type_of(data)
    if media_type is None:
        raise LogoFileError(LogoProblem.NOT_A_PICTURE)
    try:
        picture_size(data)
    except UnreadablePictureError:
        raise LogoFileError(LogoProblem.DAMAGED) from None
    return Logo(media_type, data)
