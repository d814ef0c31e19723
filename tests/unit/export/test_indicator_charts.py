"""After follow-up meetings: the chart of indicators per meeting and the changes since baseline."""

from __future__ import annotations

import io
import re

import pytest

from tests.unit.export.factories import EXPORTED_AT
from tests.unit.export.follow_ups import followed_up_twice, large_followed_up
from tests.unit.export.reading import (
    Para,
    assert_in_order,
    headings,
    paragraphs,
    reopen,
    section,
)
from tests.unit.export.test_fishbone_pictures import _EMU_PER_INCH, _pictures
from workshop_app.domain.indicator_chart import MAX_ROWS_PER_PICTURE, indicator_chart
from workshop_app.domain.method_pack.model import MethodPack
from workshop_app.domain.model import Workshop
from workshop_app.export import minutes_bytes

CHART = "Diagram över indikatorernas omfattning per möte"
CHANGES = "Förändringar sedan utgångsläget"
SINCE_LAST = "Förändringar sedan förra mötet"
COLUMNS = "Kolumner: Utgångsläge workshopen, Uppföljning 2027-01-10, Uppföljning 2027-03-10."


def _charts(data: bytes) -> list[str]:
    """The alternative texts of the charts (not the fishbones), checking each is crisp."""
    found = []
    for image, cx, cy, descr in _pictures(data):
        if descr.startswith(CHART):
            assert image.width / (cx / _EMU_PER_INCH) >= 199
            assert image.height / (cy / _EMU_PER_INCH) >= 199
            found.append(descr)
    return found


def test_the_full_minutes_show_the_chart_in_the_follow_up_section(
    workshop: Workshop, pack: MethodPack
) -> None:
    data = minutes_bytes(followed_up_twice(workshop), pack, exported_at=EXPORTED_AT)
    (descr,) = _charts(data)
    assert COLUMNS in descr
    # The numbers of the chart, in words: baseline, first and second follow-up.
    assert_in_order(
        [
            "Öppen narkotikahandel: 2, 1, 3.",
            "Boende vågar inte anmäla störningar eller säga ifrån: 1, 1, 1.",
            "Trapphus, källare och gemensamma utrymmen tas över: 1, 0, 0.",
            "Mopedåkning i gångtunneln kvällstid: –, –, 1.",
        ],
        [Para("", part, False) for part in re.split(r"(?<=\.) ", descr)],
    )
    body = section(paragraphs(reopen(data)), SINCE_LAST)
    assert_in_order(
        ["Indikatorer som bedömts på nytt", "Indikatorer per möte", "högst 20", "Måluppfyllelse"],
        body,
    )
    assert sum(1 for p in body if p.text == "") >= 1  # the picture's own paragraph


def test_the_situation_report_shows_what_changed_since_the_baseline(
    workshop: Workshop, pack: MethodPack
) -> None:
    data = minutes_bytes(
        followed_up_twice(workshop), pack, variant="situation", exported_at=EXPORTED_AT
    )
    assert len(_charts(data)) == 1
    document = reopen(data)
    assert CHANGES in headings(document, 1)
    body = section(paragraphs(document), CHANGES)
    assert_in_order(
        [
            "det senaste hölls 2027-03-10",
            "Indikatorer per möte",
            "Indikatorer: utgångsläge och nuläge",
            "Måluppfyllelse per prioriterat problem",
        ],
        body,
    )
    table = document.tables[
        next(
            n
            for n, t in enumerate(document.tables)
            if t.rows[0].cells[0].text == "Indikator" and t.rows[0].cells[1].text.startswith("Utg")
        )
    ]
    rows = [[c.text for c in r.cells] for r in table.rows[1:]]
    assert [r[0] for r in rows] == [
        "Öppen narkotikahandel",
        "Boende vågar inte anmäla störningar eller säga ifrån",
        "Trapphus, källare och gemensamma utrymmen tas över",
        "Olovlig andrahandsuthyrning och svarta kontrakt",
        "Mopedåkning i gångtunneln kvällstid",
    ]
    assert [r[3] for r in rows] == [
        "↑ mer",  # 2 at the workshop, 3 now
        "= inte bedömd på nytt",
        "↓ mindre",
        "= inte bedömd på nytt",
        "? kan inte jämföras",  # first assessed at a follow-up
    ]
    assert rows[0][1].startswith("Observerad, Betydande")
    assert rows[0][2].startswith("Observerad, Omfattande")
    assert "Bedömd vid uppföljningen 2027-03-10" in rows[0][2]
    assert rows[4][1] == "Inte bedömd"
    goals = next(t for t in document.tables if t.rows[0].cells[0].text == "Prioriterat problem")
    header = [c.text for c in goals.rows[0].cells]
    assert header[1:] == ["Uppföljning 2027-01-10", "Uppföljning 2027-03-10"]
    first = [c.text for c in goals.rows[1].cells]
    assert first[0].startswith("1. ")
    assert first[1:] == ["På väg", "Uppnått"]
    second = [c.text for c in goals.rows[2].cells]
    assert second[1:] == ["–", "–"]


@pytest.mark.parametrize("variant", ["full", "situation"])
def test_nothing_before_a_follow_up_meeting(
    workshop: Workshop, pack: MethodPack, variant: str
) -> None:
    data = minutes_bytes(workshop, pack, variant=variant, exported_at=EXPORTED_AT)
    assert _charts(data) == []
    texts = [p.text for p in paragraphs(reopen(data))]
    assert CHANGES not in texts and "Indikatorer per möte" not in texts


def test_the_short_minutes_and_the_action_plan_have_no_chart(
    workshop: Workshop, pack: MethodPack
) -> None:
    w = followed_up_twice(workshop)
    for variant in ("short", "action-plan"):
        assert _charts(minutes_bytes(w, pack, variant=variant, exported_at=EXPORTED_AT)) == []


def test_a_large_workshop_gets_several_readable_pictures_of_every_indicator(
    large: Workshop, pack: MethodPack
) -> None:
    w = large_followed_up(large)
    content = indicator_chart(w)
    assert content is not None and len(content.rows) > 4 * MAX_ROWS_PER_PICTURE
    charts = _charts(minutes_bytes(w, pack, variant="situation", exported_at=EXPORTED_AT))
    parts = content.parts()
    assert len(charts) == len(parts) > 4
    for number, (descr, rows) in enumerate(zip(charts, parts, strict=True), start=1):
        assert f"del {number} av {len(parts)}" in descr
        # One row per indicator in the words: "<title>: a, b, c, d." – four columns.
        assert len(re.findall(r": [0-3?–], [0-3?–], [0-3?–], [0-3?–]\.", descr)) == len(rows)
        assert len(rows) <= MAX_ROWS_PER_PICTURE


def _texts(columns: int):
    from workshop_app.export.indicator_chart_picture import ChartTexts

    heads = [("Utgångsläge", "workshopen")]
    heads += [("Uppföljning", f"2027-0{n}-15") for n in range(1, columns)]
    return ChartTexts(heads, "bedömd", "gäller", "ingen", "okänt", "inte bedömd", "Omfattning")


def test_the_picture_is_grey_crisp_and_tells_assessed_from_carried_by_ink() -> None:
    from PIL import Image

    from workshop_app.domain.indicator_chart import Cell
    from workshop_app.export.indicator_chart_picture import DPI, indicator_chart_png

    def ink(cell: Cell) -> int:
        png, width, _height = indicator_chart_png(["Å ä ö"], [[cell, cell]], _texts(2), 453)
        image = Image.open(io.BytesIO(png))
        assert image.mode == "L"  # one grey channel: nothing is told by colour
        assert image.width == round(width * DPI / 72) and DPI >= 200
        return image.point(lambda v: 255 if v < 100 else 0).histogram()[255]

    assessed, carried = ink(Cell(3, True, True)), ink(Cell(3, False, True))
    assert assessed > carried * 1.2  # solid black bars against light outlined ones
    assert ink(Cell(None, False, False)) < carried  # a dash, no bar


def test_many_meetings_keep_every_date_whole_in_the_header() -> None:
    from workshop_app.export.indicator_chart_picture import DPI, _head_fonts

    texts = _texts(6)
    column = 453 * (1 - 0.32) / 6  # the width a column gets beside the titles
    _bold, regular = _head_fonts(texts, column)
    assert regular.size < _head_fonts(_texts(2), 453 * 0.58 / 2)[1].size  # it shrank
    for _first, date_text in texts.columns:
        assert regular.getlength(date_text) * 72 / DPI <= column - 4
