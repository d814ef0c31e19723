"""The error a broken method pack raises."""

from __future__ import annotations

from workshop_app.domain.errors import WorkshopAppError


class MethodPackError(WorkshopAppError):
    """A method pack was refused; ``str()`` names the file and the key, then the reason.

    ``MethodPackError("missing", "indicators.toml", "indicators[12].title.en")`` reads
    ``indicators.toml: indicators[12].title.en: missing``. A whole message can be passed alone.
    """

    def __init__(self, reason: str, file: str | None = None, key: str | None = None) -> None:
        place = ": ".join(part for part in (file, key) if part)
        super().__init__(f"{place}: {reason}" if place else reason)
        self.file = file
        self.key = key
        self.reason = reason
