"""The step timer's pure state machine, readings and clock text."""

from __future__ import annotations

import pytest

from workshop_app.domain.step_timer import (
    StepTimerState,
    TimerReading,
    format_clock,
    planned_seconds,
)
from workshop_app.domain.steps import Step


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (0, "00:00"),
        (5, "00:05"),
        (725, "12:05"),
        (3599, "59:59"),
        (3600, "1:00:00"),
        (3723, "1:02:03"),
        (-190, "\u221203:10"),
        (-3723, "\u22121:02:03"),
    ],
)
def test_format_clock(seconds: int, text: str) -> None:
    assert format_clock(seconds) == text


def test_reading_counts_down_and_overruns() -> None:
    reading = TimerReading(Step.PROBLEMS, planned_seconds=600, elapsed_seconds=595, running=True)
    assert reading.remaining_seconds == 5
    assert not reading.overrun
    over = TimerReading(Step.PROBLEMS, planned_seconds=600, elapsed_seconds=790, running=True)
    assert over.remaining_seconds == -190
    assert over.overrun


def test_the_clock_the_laptop_and_the_projector_show() -> None:
    reading = TimerReading(Step.PROBLEMS, planned_seconds=600, elapsed_seconds=595, running=True)
    assert reading.clock == "00:05"
    assert TimerReading(Step.PROBLEMS, 600, 790, True).clock == "+03:10"
    assert TimerReading(Step.PROBLEMS, None, 99, True).clock == "01:39"


def test_reading_on_time_is_not_overrun() -> None:
    reading = TimerReading(Step.CAUSES, planned_seconds=600, elapsed_seconds=600, running=False)
    assert reading.remaining_seconds == 0
    assert not reading.overrun


def test_reading_without_plan_has_no_remaining_time() -> None:
    reading = TimerReading(Step.CAUSES, planned_seconds=None, elapsed_seconds=99, running=True)
    assert reading.remaining_seconds is None
    assert not reading.overrun


def test_planned_seconds() -> None:
    assert planned_seconds(None) is None
    assert planned_seconds(45) == 2700


def test_start_pause_keeps_time() -> None:
    state = StepTimerState().start(100.0)
    assert state.running
    assert state.elapsed_whole(130.0) == 30
    state = state.pause(130.0)
    assert not state.running
    # Time does not move while paused.
    assert state.elapsed_whole(1000.0) == 30
    state = state.start(1000.0)
    assert state.elapsed_whole(1010.5) == 40


def test_fractions_survive_quick_pause_and_restart() -> None:
    state = StepTimerState()
    now = 0.0
    for _ in range(4):
        state = state.start(now).pause(now + 0.5)
        now += 10.0
    assert state.elapsed_whole(now) == 2


def test_start_and_pause_are_idempotent() -> None:
    state = StepTimerState(banked_seconds=10.0).start(5.0)
    assert state.start(50.0) == state
    paused = state.pause(8.0)
    assert paused.pause(99.0) == paused
    assert paused.elapsed_whole(99.0) == 13


def test_toggle() -> None:
    state = StepTimerState().toggle(0.0)
    assert state.running
    state = state.toggle(20.0)
    assert not state.running
    assert state.elapsed_whole(20.0) == 20


def test_reset_stops_and_zeroes() -> None:
    state = StepTimerState(banked_seconds=50.0).start(0.0)
    state = state.reset()
    assert not state.running
    assert state.elapsed_whole(100.0) == 0


def test_with_elapsed_keeps_running_state() -> None:
    running = StepTimerState().start(0.0).with_elapsed(300, now=10.0)
    assert running.running
    assert running.elapsed_whole(15.0) == 305
    paused = StepTimerState().with_elapsed(300, now=10.0)
    assert not paused.running
    assert paused.elapsed_whole(15.0) == 300


def test_clock_going_backwards_never_reduces_elapsed() -> None:
    state = StepTimerState(banked_seconds=10.0).start(100.0)
    assert state.elapsed_whole(90.0) == 10
