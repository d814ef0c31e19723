"""What the chart of indicators per meeting shows: rows, meetings, standing cells, parts."""

from __future__ import annotations

from datetime import date

from workshop_app.domain.enums import Extent, IndicatorStatus
from workshop_app.domain.follow_up_edits import reassess, start_meeting
from workshop_app.domain.indicator_chart import (
    MAX_FOLLOW_UPS_SHOWN,
    MAX_ROWS_PER_PICTURE,
    Cell,
    IndicatorChart,
    Row,
    indicator_chart,
)
from workshop_app.domain.model import Indicator, IndicatorAssessment, Problem, Workshop

OBSERVED, NOT_OBSERVED, UNKNOWN = (
    IndicatorStatus.OBSERVED,
    IndicatorStatus.NOT_OBSERVED,
    IndicatorStatus.UNKNOWN,
)


def workshop() -> Workshop:
    """a: observed 2; b: not observed; c: unknown; d: not assessed but a goal's; e: observed 3."""
    return Workshop(
        "w",
        "T",
        indicators=tuple(Indicator(i, i.upper()) for i in "abcde"),
        indicator_assessments=(
            IndicatorAssessment("a", OBSERVED, Extent.CONSIDERABLE),
            IndicatorAssessment("b", NOT_OBSERVED, Extent.NONE),
            IndicatorAssessment("c", UNKNOWN),
            IndicatorAssessment("e", OBSERVED, Extent.EXTENSIVE),
        ),
        problems=(Problem("p", "P", prioritised=True, goal_indicator_ids=("d",)),),
    )


def test_no_chart_before_the_first_follow_up_meeting() -> None:
    assert indicator_chart(workshop()) is None


def test_rows_are_the_observed_and_goal_linked_indicators_cells_what_stands() -> None:
    w = start_meeting(workshop(), "f1", date(2027, 1, 10))
    w = start_meeting(w, "f2", date(2027, 3, 10))
    w = reassess(w, "f1", "a", status=OBSERVED, extent=Extent.SOME)
    w = reassess(w, "f2", "e", status=NOT_OBSERVED, extent=Extent.NONE)
    w = reassess(w, "f2", "b", status=OBSERVED)  # observed, extent not given: "some"
    chart = indicator_chart(w)
    assert chart is not None
    assert [m.id if m else None for m in chart.meetings] == [None, "f1", "f2"]
    # b counts: it was observed at a later meeting; c (only unknown) does not.
    assert [r.indicator_id for r in chart.rows] == ["a", "b", "d", "e"]
    cells = {r.indicator_id: r.cells for r in chart.rows}
    assert cells["a"] == (Cell(2, True, True), Cell(1, True, True), Cell(1, False, True))
    assert cells["b"] == (Cell(0, True, True), Cell(0, False, True), Cell(1, True, True))
    assert cells["d"] == (Cell(None, False, False),) * 3  # never assessed
    assert cells["e"] == (Cell(3, True, True), Cell(3, False, True), Cell(0, True, True))
    assert chart.hidden_meetings == 0


def test_many_meetings_show_the_baseline_and_the_newest_carrying_hidden_ones() -> None:
    count = MAX_FOLLOW_UPS_SHOWN + 2
    w = workshop()
    for n in range(count):  # added newest first: the order is by date
        w = start_meeting(w, f"f{count - n}", date(2027, 1, count - n))
    w = reassess(w, "f1", "a", status=OBSERVED, extent=Extent.EXTENSIVE)  # a hidden meeting
    chart = indicator_chart(w)
    assert chart is not None
    assert chart.hidden_meetings == 2
    shown = [m.id if m else None for m in chart.meetings]
    assert shown == [None, *(f"f{n}" for n in range(3, count + 1))]
    a = next(r for r in chart.rows if r.indicator_id == "a")
    # The hidden meeting's assessment stands at every shown follow-up.
    assert a.cells == (Cell(2, True, True), *(Cell(3, False, True),) * MAX_FOLLOW_UPS_SHOWN)


def test_parts_are_even_and_never_larger_than_the_cap() -> None:
    def chart(n: int) -> IndicatorChart:
        rows = tuple(Row(str(i), ()) for i in range(n))
        return IndicatorChart((None,), rows, 0)

    assert [len(p) for p in chart(MAX_ROWS_PER_PICTURE).parts()] == [MAX_ROWS_PER_PICTURE]
    assert [len(p) for p in chart(45).parts(20)] == [15, 15, 15]
    assert [len(p) for p in chart(41).parts(20)] == [14, 14, 13]
    parts = chart(400).parts()
    assert max(map(len, parts)) <= MAX_ROWS_PER_PICTURE
    assert [r.indicator_id for p in parts for r in p] == [str(i) for i in range(400)]
    assert chart(0).parts() == []
