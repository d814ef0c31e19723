"""The dates the app accepts (1900-01-01 to 2999-12-31), and local time that never overflows.

One definition, used by the file reader (refused at import, naming the field), by storage
(refused before writing) and by the date fields of the window (their calendar's range).

Why these bounds: a date-time at the edges of what Python holds (``9999-12-31T23:59:59-23:59``,
``0001-01-01T00:00:00+23:59``) overflows as soon as it is shown in local time, which took the
window down at every start. Dates from 1900 to 2999 leave room for any time zone, and Windows'
local-time functions (which stop after 3000-12-31) still handle them.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

EARLIEST_DATE = date(1900, 1, 1)
LATEST_DATE = date(2999, 12, 31)


def date_in_range(day: date) -> bool:
    """Whether a date (or the day of a date-time, as written) lies in the accepted range."""
    day = day.date() if isinstance(day, datetime) else day
    return EARLIEST_DATE <= day <= LATEST_DATE


def moment_in_range(moment: datetime) -> bool:
    """Whether a date-time lies in the range both as written and in UTC."""
    if not date_in_range(moment):
        return False
    if moment.tzinfo is None:
        return True
    try:
        return date_in_range(moment.astimezone(UTC))
    except OverflowError:
        return False


def range_text() -> str:
    """The range in words for messages: ``1900-01-01 to 2999-12-31``."""
    return f"{EARLIEST_DATE.isoformat()} to {LATEST_DATE.isoformat()}"


def local_time(moment: datetime) -> datetime:
    """``moment`` in the computer's time zone; as written when that cannot be computed.

    A date stored before this range existed (or by another program) must still be shown, never
    take the window down: local time can overflow near year 1 or 9999, and Windows cannot
    convert dates before 1970 at all.
    """
    try:
        return moment.astimezone()
    except (OverflowError, OSError, ValueError):
        return moment


def local_text(moment: datetime) -> str:
    """``2026-09-01 09:00`` in local time (as written if that cannot be computed)."""
    # isoformat, not strftime: strftime writes year 1 as "1" on some platforms.
    return local_time(moment).isoformat(sep=" ", timespec="minutes")[:16]


def sort_instant(moment: datetime) -> float:
    """Seconds since 1970 in UTC as a sort key; never raises (naive means UTC here)."""
    aware = moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
    try:
        return (aware - datetime(1970, 1, 1, tzinfo=UTC)).total_seconds()
    except OverflowError:  # pragma: no cover - an aware difference cannot overflow
        return 0.0
