"""Builds WordprocessingML elements (paragraphs, runs, tables, fields) directly with lxml.

python-docx's object API re-reads the tree on every cell access, which is far too slow for
thousands of table rows, so the body is assembled here and python-docx only opens, sets up
and saves the package.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from docx.oxml.ns import qn
from lxml import etree

from workshop_app.export.text import clean_text

_SubElement = etree.SubElement
_P, _PPR, _PSTYLE, _R, _RPR, _T = (
    qn(t) for t in ("w:p", "w:pPr", "w:pStyle", "w:r", "w:rPr", "w:t")
)
_B, _I, _COLOR, _BR, _TAB, _VAL = (
    qn(t) for t in ("w:b", "w:i", "w:color", "w:br", "w:tab", "w:val")
)
_TC, _TR, _W, _TYPE = qn("w:tc"), qn("w:tr"), qn("w:w"), qn("w:type")
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"

TWIPS_PER_CM = 1440 / 2.54
HEADER_FILL = "DBE5F1"
SHORT_ROW_CHARS = 600  # a row with less text than this is kept on one page
SMALL_TABLE_ROWS = 8  # a table of at most this many rows …
SMALL_TABLE_CHARS = 1200  # … and this much text is kept whole


@dataclass(frozen=True, slots=True)
class Span:
    """A piece of text in one format."""

    text: str
    bold: bool = False
    italic: bool = False
    color: str | None = None  # "rrggbb"
    size: int | None = None  # half-points (16 = 8 pt); None: the style's size


Paragraph = str | Sequence[Span]
Cell = str | Sequence[Paragraph]  # a string, or one entry per paragraph


def _add_text(run: etree._Element, text: str) -> None:
    text = clean_text(text)
    if "\n" not in text and "\t" not in text:
        t = _SubElement(run, _T)
        t.text = text
        if text[:1] == " " or text[-1:] == " ":
            t.set(_XML_SPACE, "preserve")
        return
    for line_no, line in enumerate(text.split("\n")):
        if line_no:
            _SubElement(run, _BR)
        for piece_no, piece in enumerate(line.split("\t")):
            if piece_no:
                _SubElement(run, _TAB)
            if piece:
                t = _SubElement(run, _T)
                t.text = piece
                t.set(_XML_SPACE, "preserve")


def add_run(p: etree._Element, span: Span | str) -> etree._Element:
    """Append a run holding ``span`` (newlines become line breaks) to paragraph ``p``."""
    run = _SubElement(p, _R)
    if isinstance(span, str):
        if span:
            _add_text(run, span)
        return run
    if span.bold or span.italic or span.color or span.size:
        rpr = _SubElement(run, _RPR)
        if span.bold:
            _SubElement(rpr, _B)
        if span.italic:
            _SubElement(rpr, _I)
        if span.color:
            _SubElement(rpr, _COLOR).set(_VAL, span.color)
        if span.size:
            _SubElement(rpr, qn("w:sz")).set(_VAL, str(span.size))
            _SubElement(rpr, qn("w:szCs")).set(_VAL, str(span.size))
    if span.text:
        _add_text(run, span.text)
    return run


def make_paragraph(
    content: Paragraph = "",
    style_id: str | None = None,
    *,
    parent: etree._Element | None = None,
    indent_twips: int | None = None,
    align: str | None = None,
    keep_next: bool = False,
) -> etree._Element:
    """A ``w:p`` in ``style_id`` holding ``content``, appended to ``parent`` if given."""
    p = etree.Element(_P) if parent is None else _SubElement(parent, _P)
    if style_id or indent_twips is not None or align or keep_next:
        ppr = _SubElement(p, _PPR)
        if style_id:
            _SubElement(ppr, _PSTYLE).set(_VAL, style_id)
        if keep_next:
            _SubElement(ppr, qn("w:keepNext"))
        if indent_twips is not None:
            ind = _SubElement(ppr, qn("w:ind"))
            ind.set(qn("w:left"), str(indent_twips))
            ind.set(qn("w:hanging"), "360")
        if align:
            _SubElement(ppr, qn("w:jc")).set(_VAL, align)
    if isinstance(content, str):
        if content:
            add_run(p, content)
    else:
        for span in content:
            add_run(p, span)
    return p


def add_simple_field(p: etree._Element, instruction: str, placeholder: str) -> None:
    """Append a field such as ``PAGE`` (Word and LibreOffice compute it when laying out)."""
    field = _SubElement(p, qn("w:fldSimple"))
    field.set(qn("w:instr"), f" {instruction} ")
    add_run(field, placeholder)


def add_page_break(p: etree._Element) -> None:
    _SubElement(_SubElement(p, _R), _BR).set(_TYPE, "page")


def _fill_cell(tc: etree._Element, cell: Cell, text_style: str) -> None:
    if isinstance(cell, str):
        make_paragraph(cell, text_style, parent=tc)
        return
    if not cell:
        make_paragraph("", text_style, parent=tc)
    for paragraph in cell:
        make_paragraph(paragraph, text_style, parent=tc)


def _header_row(
    tbl: etree._Element, headers: Sequence[str], widths: Sequence[int], text_style: str
) -> None:
    tr = _SubElement(tbl, _TR)
    trpr = _SubElement(tr, qn("w:trPr"))
    _SubElement(trpr, qn("w:tblHeader"))  # repeat on each page
    for header, width in zip(headers, widths, strict=True):
        tc = _SubElement(tr, _TC)
        tcpr = _SubElement(tc, qn("w:tcPr"))
        tcw = _SubElement(tcpr, qn("w:tcW"))
        tcw.set(_W, str(width))
        tcw.set(_TYPE, "dxa")
        shd = _SubElement(tcpr, qn("w:shd"))
        shd.set(_VAL, "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), HEADER_FILL)
        make_paragraph((Span(header, bold=True),), text_style, parent=tc, keep_next=True)


def make_table(
    headers: Sequence[str],
    rows: Iterable[Sequence[Cell]],
    widths_twips: Sequence[int],
    *,
    style_id: str = "TableGrid",
    text_style: str = "TableText",
    cant_split: bool = False,
) -> etree._Element:
    """A fixed-layout ``w:tbl`` with a repeating, shaded header row and one row per item.

    ``cant_split`` keeps each row on one page (for grids of short cells; rows holding long
    user text must be allowed to break).
    """
    tbl = etree.Element(qn("w:tbl"))
    tblpr = _SubElement(tbl, qn("w:tblPr"))
    _SubElement(tblpr, qn("w:tblStyle")).set(_VAL, style_id)
    tblw = _SubElement(tblpr, qn("w:tblW"))
    tblw.set(_W, str(sum(widths_twips)))
    tblw.set(_TYPE, "dxa")
    _SubElement(tblpr, qn("w:tblLayout")).set(_TYPE, "fixed")
    look = _SubElement(tblpr, qn("w:tblLook"))
    for name, value in (
        ("val", "04A0"),
        ("firstRow", "1"),
        ("lastRow", "0"),
        ("firstColumn", "0"),
        ("lastColumn", "0"),
        ("noHBand", "1"),
        ("noVBand", "1"),
    ):
        look.set(qn(f"w:{name}"), value)
    grid = _SubElement(tbl, qn("w:tblGrid"))
    for width in widths_twips:
        _SubElement(grid, qn("w:gridCol")).set(_W, str(width))
    _header_row(tbl, headers, widths_twips, text_style)
    written: list[etree._Element] = []
    for row in rows:
        tr = _SubElement(tbl, _TR)
        for cell in row:
            _fill_cell(_SubElement(tr, _TC), cell, text_style)
        # A row of a few lines never splits over two pages; a long text may (it could be
        # longer than a page).
        if cant_split or _text_length(tr) <= SHORT_ROW_CHARS:
            trpr = etree.Element(qn("w:trPr"))
            _SubElement(trpr, qn("w:cantSplit"))
            tr.insert(0, trpr)
        written.append(tr)
    if len(written) <= SMALL_TABLE_ROWS and sum(map(_text_length, written)) <= SMALL_TABLE_CHARS:
        # A small table stays on one page, with the heading or line before it. Not a table of
        # long texts: kept together it could not fit a page, and the page it leaves would
        # stay empty.
        for tr in written[:-1]:
            for p in tr.iter(_P):
                _keep_with_next(p)
    return tbl


def _text_length(element: etree._Element) -> int:
    return sum(len(t.text or "") for t in element.iter(_T))


def _keep_with_next(p: etree._Element) -> None:
    ppr = p.find(_PPR)
    if ppr is None:
        ppr = etree.Element(_PPR)
        p.insert(0, ppr)
    if ppr.find(qn("w:keepNext")) is None:
        keep = etree.Element(qn("w:keepNext"))
        style = ppr.find(_PSTYLE)
        if style is not None:
            style.addnext(keep)
        else:
            ppr.insert(0, keep)


def make_section_break(sect_pr: etree._Element, *, landscape: bool) -> etree._Element:
    """An empty paragraph ending a section laid out like ``sect_pr``, in the given orientation."""
    p = etree.Element(_P)
    ppr = _SubElement(p, _PPR)
    new = copy.deepcopy(sect_pr)
    size = new.find(qn("w:pgSz"))
    width, height = int(size.get(_W)), int(size.get(qn("w:h")))
    short, long_ = sorted((width, height))
    size.set(_W, str(long_ if landscape else short))
    size.set(qn("w:h"), str(short if landscape else long_))
    if landscape:
        size.set(qn("w:orient"), "landscape")
    else:
        size.attrib.pop(qn("w:orient"), None)
    ppr.append(new)
    return p


def text_width_twips(sect_pr: etree._Element, *, landscape: bool) -> int:
    """Width between the margins of a page laid out like ``sect_pr`` in that orientation."""
    size, margins = sect_pr.find(qn("w:pgSz")), sect_pr.find(qn("w:pgMar"))
    page = sorted((int(size.get(_W)), int(size.get(qn("w:h")))))[1 if landscape else 0]
    return page - int(margins.get(qn("w:left"))) - int(margins.get(qn("w:right")))
