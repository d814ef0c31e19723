"""Which meetings a document records: the chosen ones, else the last one held, and the next one."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from workshop_app.domain.model import Meeting


def last_held(meetings: Iterable[Meeting], today: date) -> Meeting | None:
    """The latest meeting on or before ``today``; None when none has been held yet."""
    held = [m for m in meetings if m.date <= today]
    return max(held, key=lambda m: m.date) if held else None


def covered(meetings: Sequence[Meeting], chosen: Iterable[str], today: date) -> tuple[Meeting, ...]:
    """The meetings a document records, by date.

    ``chosen`` holds meeting ids or dates (``YYYY-MM-DD``); nothing chosen means the last
    meeting held, and before any was held the first one planned. Raises ``LookupError``
    naming a choice that matches no meeting.
    """
    wanted = list(dict.fromkeys(chosen))
    if not wanted:
        held = last_held(meetings, today)
        if held is None and meetings:
            held = min(meetings, key=lambda m: m.date)
        return (held,) if held is not None else ()
    found: dict[str, Meeting] = {}
    for choice in wanted:
        matches = [m for m in meetings if choice in (m.id, m.date.isoformat())]
        if not matches:
            raise LookupError(choice)
        found.update((m.id, m) for m in matches)
    return tuple(sorted(found.values(), key=lambda m: m.date))


def next_after(meetings: Iterable[Meeting], day: date) -> Meeting | None:
    """The first meeting after ``day``, if one is planned."""
    later = [m for m in meetings if m.date > day]
    return min(later, key=lambda m: m.date) if later else None
