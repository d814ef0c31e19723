"""The day's time plan: clock times and the steps' minutes fitted to the meeting."""

from __future__ import annotations

from datetime import date

import pytest

from workshop_app.domain.method_pack.loader import load_method_pack
from workshop_app.domain.model import Meeting, Workshop
from workshop_app.domain.presentation_content import build_slide
from workshop_app.domain.steps import Step
from workshop_app.domain.time_plan import (
    clock_of,
    fit_to_session,
    minutes_of,
    session_meeting,
)


def test_clock_conversions() -> None:
    assert minutes_of("13:05") == 785
    assert minutes_of("") is None and minutes_of("25:00") is None and minutes_of("x") is None
    assert clock_of(785) == "13:05"


def test_the_steps_fill_the_meeting_in_whole_five_minutes() -> None:
    pack_plan = {
        Step.INDICATORS: 50,
        Step.PROBLEMS: 30,
        Step.CAUSES: 45,
        Step.MEASURES: 45,
        Step.PRECONDITIONS: 30,
        Step.NEXT_STEPS: 25,
    }
    fitted = fit_to_session(pack_plan, fixed_minutes=45, session_minutes=210)
    assert sum(fitted.values()) == 210 - 45
    assert all(m % 5 == 0 and m >= 5 for m in fitted.values())
    assert fitted[Step.INDICATORS] > fitted[Step.NEXT_STEPS]  # the proportions are kept
    with pytest.raises(ValueError):
        fit_to_session(pack_plan, fixed_minutes=45, session_minutes=60)


def test_the_projector_agenda_shows_clock_times_from_the_meeting() -> None:
    pack = load_method_pack()
    meeting = Meeting(id="m1", date=date(2026, 12, 10), start_time="13:00", end_time="16:30")
    workshop = Workshop(id="w", title="Norra Backa", meetings=(meeting,))
    assert session_meeting(workshop) == meeting
    slide = build_slide(workshop, pack, "sv", Step.PREPARATION)
    first = slide.cards[0]
    assert first.subtitle.startswith("13:00–")
    # Each item starts where the one before ended.
    ends = [card.subtitle.split("–")[1] for card in slide.cards[:-1]]
    starts = [card.subtitle.split("–")[0] for card in slide.cards[1:]]
    assert ends == starts
    without = build_slide(Workshop(id="w", title="x"), pack, "sv", Step.PREPARATION)
    assert all(card.subtitle == "" for card in without.cards)
