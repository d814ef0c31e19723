"""The current time as the workshop records it: local, timezone-aware, whole seconds."""

from __future__ import annotations

from datetime import datetime


def now() -> datetime:
    """Local time with its UTC offset, truncated to seconds (as written in files)."""
    return datetime.now().astimezone().replace(microsecond=0)
