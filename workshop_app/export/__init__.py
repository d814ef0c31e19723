"""Word minutes of a workshop (python-docx); never imports storage/, services/ or gui/."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from workshop_app.export.errors import ExportError

if TYPE_CHECKING:
    from workshop_app.export.minutes import build_minutes, minutes_bytes, write_minutes

__all__ = ["ExportError", "build_minutes", "minutes_bytes", "write_minutes"]

_LAZY = {"build_minutes", "minutes_bytes", "write_minutes"}


def __getattr__(name: str) -> Any:
    # python-docx costs ~150 ms to import: only when minutes are written, not at start-up.
    if name in _LAZY:
        from workshop_app.export import minutes

        return getattr(minutes, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
