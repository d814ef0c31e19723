"""The logo of the minutes' cover: which images are accepted, told by their first bytes."""

from __future__ import annotations

from workshop_app.domain.limits import LOGO_MAX_BYTES

PNG = "image/png"
JPEG = "image/jpeg"
MEDIA_TYPES: tuple[str, ...] = (PNG, JPEG)

_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", PNG),
    (b"\xff\xd8\xff", JPEG),
)


def media_type_of(data: bytes) -> str | None:
    """``image/png`` or ``image/jpeg`` by the file's signature; None for anything else.

    The signature, not the file name: a renamed file is what it is, and Word refuses a picture
    whose bytes do not match.
    """
    for signature, media_type in _SIGNATURES:
        if data.startswith(signature):
            return media_type
    return None


def picture_problem(data: bytes) -> str | None:
    """Why these bytes cannot be a logo at all (too large, not a PNG/JPEG), or None."""
    if len(data) > LOGO_MAX_BYTES:
        size, most = f"{len(data):,}".replace(",", " "), f"{LOGO_MAX_BYTES:,}".replace(",", " ")
        return f"the logo is {size} bytes, more than the {most} allowed"
    if media_type_of(data) is None:
        return "the logo is neither a PNG nor a JPEG picture"
    return None


def logo_problem(media_type: str, data: bytes) -> str | None:
    """Why these bytes cannot be the logo (one English sentence), or None when they can."""
    problem = picture_problem(data)
    if problem is not None:
        return problem
    found = media_type_of(data)
    if found != media_type:
        return f'the logo is a {found} picture, not "{media_type}" as stated'
    return None
