"""The step timer's state and readings, with the clock passed in so it can be tested."""

from __future__ import annotations

from dataclasses import dataclass

from workshop_app.domain.steps import Step

MINUS_SIGN = "\u2212"  # a real minus sign reads better than a hyphen in a large clock


@dataclass(frozen=True, slots=True)
class TimerReading:
    """What the timer shows for one step at one moment."""

    step: Step
    planned_seconds: int | None
    elapsed_seconds: int
    running: bool

    @property
    def remaining_seconds(self) -> int | None:
        """Planned minus elapsed; negative when the step runs over; None without a plan."""
        if self.planned_seconds is None:
            return None
        return self.planned_seconds - self.elapsed_seconds

    @property
    def overrun(self) -> bool:
        remaining = self.remaining_seconds
        return remaining is not None and remaining < 0

    @property
    def clock(self) -> str:
        """The digits the laptop and the projector both show: the time left, the time over the
        plan with a plus ("+06:00", beside the words "over time"), or the time used without a
        plan."""
        remaining = self.remaining_seconds
        if remaining is None:
            return format_clock(self.elapsed_seconds)
        if remaining < 0:
            return "+" + format_clock(-remaining)
        return format_clock(remaining)


def format_clock(seconds: int) -> str:
    """``"12:05"``, ``"1:02:03"``; negative values get a real minus sign: ``"−03:10"``."""
    sign = MINUS_SIGN if seconds < 0 else ""
    total = abs(int(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{sign}{hours}:{minutes:02d}:{secs:02d}"
    return f"{sign}{minutes:02d}:{secs:02d}"


@dataclass(frozen=True, slots=True)
class StepTimerState:
    """Elapsed time of one step: what was banked before plus the current run, if any.

    ``started_at`` is a reading of a monotonic clock (seconds) taken when the timer was
    started; it is None while paused. Time is kept as a float so pausing and restarting
    within the same second never loses the fraction.
    """

    banked_seconds: float = 0.0
    started_at: float | None = None

    @property
    def running(self) -> bool:
        return self.started_at is not None

    def elapsed(self, now: float) -> float:
        """Seconds elapsed at monotonic time ``now`` (never less than what was banked)."""
        if self.started_at is None:
            return self.banked_seconds
        # A monotonic clock never goes back, but a fake one in a test might: clamp.
        return self.banked_seconds + max(0.0, now - self.started_at)

    def elapsed_whole(self, now: float) -> int:
        return int(self.elapsed(now))

    def start(self, now: float) -> StepTimerState:
        if self.running:
            return self
        return StepTimerState(self.banked_seconds, now)

    def pause(self, now: float) -> StepTimerState:
        if not self.running:
            return self
        return StepTimerState(self.elapsed(now), None)

    def toggle(self, now: float) -> StepTimerState:
        return self.pause(now) if self.running else self.start(now)

    def reset(self) -> StepTimerState:
        """Back to zero and stopped, like a stopwatch: the facilitator starts it again."""
        return StepTimerState(0.0, None)

    def with_elapsed(self, seconds: float, now: float) -> StepTimerState:
        """The same running state, with the elapsed time replaced (e.g. after undo)."""
        return StepTimerState(float(seconds), now if self.running else None)


def planned_seconds(planned_minutes: int | None) -> int | None:
    return None if planned_minutes is None else int(planned_minutes) * 60
