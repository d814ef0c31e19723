"""Pages that read: no empty paragraph ending a landscape section, rows and small tables kept."""

from __future__ import annotations

from docx.oxml.ns import qn

from tests.unit.export.factories import EXPORTED_AT
from tests.unit.export.reading import reopen
from workshop_app.domain.method_pack.model import MethodPack
from workshop_app.domain.model import Workshop
from workshop_app.export import minutes_bytes

_P, _PPR, _SECT, _R = qn("w:p"), qn("w:pPr"), qn("w:sectPr"), qn("w:r")


def _body(workshop: Workshop, pack: MethodPack, variant: str = "full"):
    data = minutes_bytes(workshop, pack, variant=variant, exported_at=EXPORTED_AT)
    return reopen(data).element.body


def _breaks_ride_on_content(body) -> None:
    """Every section break is carried by a paragraph with text, or by the spacer right after a
    table – never by an empty paragraph of its own (after a full page that one extra line
    is what makes Word show an empty page)."""
    breaks = [p for p in body.iter(_P) if p.find(f"{_PPR}/{_SECT}") is not None]
    assert breaks
    for p in breaks:
        previous = p.getprevious()
        has_text = p.find(_R) is not None
        after_table = previous is not None and previous.tag == qn("w:tbl")
        assert has_text or after_table


def test_section_breaks_never_add_an_empty_paragraph(pack: MethodPack, workshop: Workshop) -> None:
    for variant in ("full", "situation", "action-plan"):
        _breaks_ride_on_content(_body(workshop, pack, variant))


def test_section_breaks_of_a_large_workshop(pack: MethodPack, large: Workshop) -> None:
    _breaks_ride_on_content(_body(large, pack))


def test_short_rows_never_split_and_small_tables_stay_together(
    pack: MethodPack, workshop: Workshop
) -> None:
    body = _body(workshop, pack)
    tables = list(body.iter(qn("w:tbl")))
    assert tables
    for table in tables:
        rows = table.findall(qn("w:tr"))[1:]  # after the header row
        for row in rows:
            text = sum(len(t.text or "") for t in row.iter(qn("w:t")))
            if text <= 600:
                assert row.find(f"{qn('w:trPr')}/{qn('w:cantSplit')}") is not None
        total = sum(len(t.text or "") for row in rows for t in row.iter(qn("w:t")))
        if len(rows) <= 8 and total <= 1200:
            for row in rows[:-1]:
                for p in row.iter(_P):
                    assert p.find(f"{_PPR}/{qn('w:keepNext')}") is not None


def test_widen_for_words_takes_room_from_columns_that_spare_it() -> None:
    from workshop_app.export.text_width import widen_for_words

    assert widen_for_words([1000, 3000, 2000], [1500, 1000, 500]) == [1500, 2714, 1786]
    assert widen_for_words([1000, 1000], [1500, 1500]) == [1000, 1000]  # cannot: unchanged
    assert widen_for_words([2000, 2000], [1000, 1000]) == [2000, 2000]


def test_no_column_is_narrower_than_its_longest_word(pack: MethodPack, workshop: Workshop) -> None:
    """Estimated with the export's own measure; the PDF test checks the real layout."""
    from workshop_app.export.text_width import word_width

    for variant in ("full", "short", "situation", "action-plan"):
        body = _body(workshop, pack, variant)
        for table in body.iter(qn("w:tbl")):
            grid = [int(c.get(qn("w:w"))) for c in table.iter(qn("w:gridCol"))]
            for row in table.findall(qn("w:tr")):
                for width, cell in zip(grid, row.findall(qn("w:tc")), strict=True):
                    text = " ".join(t.text or "" for t in cell.iter(qn("w:t")))
                    assert word_width(text) <= width, (variant, text, width)
