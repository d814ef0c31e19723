"""The pixel size of a logo, read with Pillow: the one check that the picture really decodes."""

from __future__ import annotations

import io

from PIL import Image, UnidentifiedImageError


class UnreadablePictureError(ValueError):
    """The bytes start like a PNG or JPEG but do not decode as one."""


def picture_size(data: bytes) -> tuple[int, int]:
    """(width, height) in pixels; ``UnreadablePictureError`` when Pillow cannot decode it.

    ``verify`` reads the whole file (a truncated or damaged picture fails here, not in Word).
    """
    try:
        with Image.open(io.BytesIO(data)) as image:
            size = image.size
            image.verify()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as error:
        raise UnreadablePictureError(str(error)) from None
    if size[0] < 1 or size[1] < 1:
        raise UnreadablePictureError("the picture has no pixels")
    return size
