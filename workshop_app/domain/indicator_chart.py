"""What the documents' chart of indicators per meeting shows: which indicators, meetings, parts.

The rows are the indicators a follow-up reassesses (observed at some meeting, or linked to a
goal: ``follow_up.indicators_to_reassess``), in the indicators' order. The columns are the
baseline (the workshop) and the follow-up meetings oldest first – the newest
``MAX_FOLLOW_UPS_SHOWN`` when there are more, so that a column stays wide enough to read.
A cell is the assessment that stands at that meeting: the one made there, else the last one
before it. Rows are split into pictures of at most ``MAX_ROWS_PER_PICTURE``, evenly, so that
a large workshop gives several readable pictures instead of one that is not.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from workshop_app.domain.follow_up import (
    assessment_history,
    indicators_to_reassess,
    level,
    meetings_in_order,
)
from workshop_app.domain.model import FollowUpMeeting, Workshop

MAX_ROWS_PER_PICTURE = 20  # rows of about 14 pt: a picture fits half a portrait page
MAX_FOLLOW_UPS_SHOWN = 5  # beside the baseline: six columns of a readable width


@dataclass(frozen=True, slots=True)
class Cell:
    """One indicator at one meeting.

    ``level``: 0–3 (``follow_up.level``: not observed is 0), None when unknown or not assessed.
    ``assessed``: an assessment was made at this meeting (False: an earlier one still stands).
    ``standing``: some assessment stands at this meeting (False: not assessed yet).
    """

    level: int | None
    assessed: bool
    standing: bool


@dataclass(frozen=True, slots=True)
class Row:
    indicator_id: str
    cells: tuple[Cell, ...]


@dataclass(frozen=True, slots=True)
class IndicatorChart:
    """The chart's content; ``meetings`` starts with None, the workshop (the baseline)."""

    meetings: tuple[FollowUpMeeting | None, ...]
    rows: tuple[Row, ...]
    hidden_meetings: int  # older follow-up meetings left out of the columns

    def parts(self, size: int = MAX_ROWS_PER_PICTURE) -> list[tuple[Row, ...]]:
        """The rows split into pictures of at most ``size``, as even as possible."""
        if not self.rows:
            return []
        count = math.ceil(len(self.rows) / size)
        chunk = math.ceil(len(self.rows) / count)
        return [self.rows[i : i + chunk] for i in range(0, len(self.rows), chunk)]


def indicator_chart(workshop: Workshop) -> IndicatorChart | None:
    """The chart of ``workshop``; None before its first follow-up meeting (nothing to compare)."""
    follow_ups = meetings_in_order(workshop)
    if not follow_ups:
        return None
    history = assessment_history(workshop)
    all_meetings: list[FollowUpMeeting | None] = [None, *follow_ups]
    hidden = max(0, len(follow_ups) - MAX_FOLLOW_UPS_SHOWN)
    shown = {0, *range(1 + hidden, len(all_meetings))}
    rows = []
    for indicator_id, _title in indicators_to_reassess(workshop):
        entries = history.get(indicator_id, {})
        cells: list[Cell] = []
        standing = None
        for n, meeting in enumerate(all_meetings):
            made = entries.get(meeting.id if meeting is not None else None)
            standing = made or standing  # carried on to the hidden and later meetings
            if n not in shown:
                continue
            value = level(standing.status, standing.extent) if standing is not None else None
            cells.append(Cell(value, made is not None, standing is not None))
        rows.append(Row(indicator_id, tuple(cells)))
    meetings = tuple(m for n, m in enumerate(all_meetings) if n in shown)
    return IndicatorChart(meetings, tuple(rows), hidden)
