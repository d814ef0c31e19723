"""The day's time plan: when the session starts and ends, and the steps' minutes fitted to it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from workshop_app.domain.model import Meeting, Workshop
from workshop_app.domain.steps import Step

ROUND_TO = 5  # minutes: a plan reads as 45, 30, 25 – not 43, 31, 26


def minutes_of(clock: str | None) -> int | None:
    """ "13:05" → 785; None for an empty or malformed time."""
    if not clock:
        return None
    hours, _, minutes = clock.partition(":")
    if not (hours.isdigit() and minutes.isdigit()):
        return None
    value = int(hours) * 60 + int(minutes)
    return value if 0 <= int(hours) < 24 and 0 <= int(minutes) < 60 else None


def clock_of(minutes: int) -> str:
    """785 → "13:05" (past midnight it goes round)."""
    minutes %= 24 * 60
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def session_meeting(workshop: Workshop, today: date | None = None) -> Meeting | None:
    """The meeting the workshop is held in: today's with a start time, else the first one
    (by date) with a start time. Förberedelse is where its date and times are entered."""
    timed = sorted(
        (m for m in workshop.meetings if minutes_of(m.start_time) is not None), key=lambda m: m.date
    )
    if today is not None:
        for meeting in timed:
            if meeting.date == today:
                return meeting
    return timed[0] if timed else None


def fit_to_session(
    step_minutes: Mapping[Step, int], fixed_minutes: int, session_minutes: int
) -> dict[Step, int]:
    """The steps' minutes scaled so that they and the fixed items (introduction, breaks,
    wrap-up) fill ``session_minutes``; each rounded to ROUND_TO, at least ROUND_TO, and the
    rounding difference put on the longest step so the plan adds up exactly."""
    planned = {step: minutes for step, minutes in step_minutes.items() if minutes > 0}
    room = session_minutes - fixed_minutes
    total = sum(planned.values())
    if not planned or room < ROUND_TO * len(planned):
        raise ValueError("the session is too short for the steps")
    fitted = {
        step: max(ROUND_TO, round(minutes * room / total / ROUND_TO) * ROUND_TO)
        for step, minutes in planned.items()
    }
    longest = max(fitted, key=lambda step: fitted[step])
    fitted[longest] += room - sum(fitted.values())
    if fitted[longest] < ROUND_TO:
        raise ValueError("the session is too short for the steps")
    return fitted


def clock_times(items: Sequence[int], start: int) -> list[tuple[str, str]]:
    """(from, to) clock times of consecutive items of ``items`` minutes from ``start``."""
    times = []
    at = start
    for minutes in items:
        times.append((clock_of(at), clock_of(at + minutes)))
        at += minutes
    return times
