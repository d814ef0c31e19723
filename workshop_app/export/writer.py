"""Appends headings, paragraphs, lists, tables and landscape sections to a Word document."""

from __future__ import annotations

import io
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager

from docx.document import Document
from docx.oxml.ns import qn
from docx.shared import Emu
from lxml import etree

from workshop_app.export import ooxml, text_width
from workshop_app.export.ooxml import Cell, Paragraph, Span
from workshop_app.export.text import clean_text

# Style ids of the template (resources/templates/minutes.docx); all but TableText are built in.
TITLE, SUBTITLE, TABLE_TEXT = "Title", "Subtitle", "TableText"
_HEADINGS = {1: "Heading1", 2: "Heading2", 3: "Heading3"}
_BULLETS = ("ListBullet", "ListBullet2", "ListBullet3")
_BULLET_INDENT_TWIPS = 360
MUTED = "595959"  # grey that still reads well when printed
_EMU_PER_PT = 12_700
_P, _PPR, _SECT_PR = qn("w:p"), qn("w:pPr"), qn("w:sectPr")


class DocWriter:
    """Writes block content in order before the document's final section properties."""

    def __init__(self, document: Document) -> None:
        self._document = document
        self._sect_pr = document.element.body.get_or_add_sectPr()
        self._landscape = False

    def _append(self, element: etree._Element) -> etree._Element:
        self._sect_pr.addprevious(element)
        return element

    def _end_section(self, *, landscape: bool) -> None:
        """End the section here, in the last paragraph written if there is one.

        A paragraph of its own for the break would be one more line after a full page, and
        Word then shows an empty page after a landscape table that fills its last page.
        """
        last = self._sect_pr.getprevious()
        props = ooxml.make_section_break(self._sect_pr, landscape=landscape)
        if last is not None and last.tag == _P and last.find(f"{_PPR}/{_SECT_PR}") is None:
            ppr = last.find(_PPR)
            if ppr is None:
                ppr = etree.SubElement(last, _PPR)
                last.insert(0, ppr)
            ppr.append(props.find(f"{_PPR}/{_SECT_PR}"))
            return
        self._append(props)

    def title(self, text: str) -> None:
        self._append(ooxml.make_paragraph(text, TITLE))

    def subtitle(self, text: str) -> None:
        self._append(ooxml.make_paragraph(text, SUBTITLE))

    def heading(self, text: str, level: int) -> None:
        """A built-in Heading 1–3 paragraph (listed in Word's navigation pane)."""
        self._append(ooxml.make_paragraph(text, _HEADINGS[level]))

    def paragraph(self, content: Paragraph, *, keep_next: bool = False) -> None:
        self._append(ooxml.make_paragraph(content, keep_next=keep_next))

    def field(self, label: str, value: str) -> None:
        """A "Label: value" line with the label in bold; skipped when ``value`` is empty."""
        if value.strip():
            self.paragraph((Span(f"{label}: ", bold=True), Span(value)))

    def muted(self, text: str) -> None:
        """A one-line remark in italic grey, e.g. that a section is empty."""
        self.paragraph((Span(text, italic=True, color=MUTED),))

    def bullet(self, content: Paragraph, depth: int = 0) -> None:
        """A bulleted paragraph; ``depth`` indents it one step per level (for trees)."""
        style = _BULLETS[min(depth, len(_BULLETS) - 1)]
        indent = _BULLET_INDENT_TWIPS * (depth + 1) if depth >= len(_BULLETS) else None
        self._append(ooxml.make_paragraph(content, style, indent_twips=indent))

    def bullets(self, items: Iterable[Paragraph]) -> None:
        for item in items:
            self.bullet(item)

    def table(
        self,
        headers: Sequence[str],
        rows: Iterable[Sequence[Cell]],
        weights: Sequence[float],
        *,
        grid: bool = False,
    ) -> None:
        """A table spanning the text width, columns sized in proportion to ``weights``.

        ``grid``: a matrix of short cells, whose rows are kept whole on one page.
        """
        rows = list(rows)
        widths = text_width.widen_for_words(self._weighted(weights), _least_widths(headers, rows))
        table = ooxml.make_table(headers, rows, widths, text_style=TABLE_TEXT, cant_split=grid)
        self._append(table)
        # A little air after the table; Word also needs a paragraph between adjacent tables.
        self._append(ooxml.make_paragraph("", TABLE_TEXT))

    def words_fit(
        self, headers: Sequence[str], rows: Sequence[Sequence[Cell]], weights: Sequence[float]
    ) -> bool:
        """Whether every word of such a table fits its column on the current pages."""
        return sum(_least_widths(headers, rows)) <= sum(self._weighted(weights))

    def _weighted(self, weights: Sequence[float]) -> list[int]:
        width = ooxml.text_width_twips(self._sect_pr, landscape=self._landscape)
        total = sum(weights)
        return [int(width * w / total) for w in weights]

    def text_width(self) -> int:
        """Width between the margins of the current page, in twips."""
        return ooxml.text_width_twips(self._sect_pr, landscape=self._landscape)

    def table_in_twips(
        self,
        headers: Sequence[str],
        rows: Iterable[Sequence[Cell]],
        widths: Sequence[int],
        *,
        grid: bool = False,
    ) -> None:
        """A table with the given column widths (twips), e.g. measured from its content."""
        table = ooxml.make_table(headers, rows, widths, text_style=TABLE_TEXT, cant_split=grid)
        self._append(table)
        self._append(ooxml.make_paragraph("", TABLE_TEXT))

    def picture(self, png: bytes, width_pt: float, height_pt: float, description: str) -> None:
        """A picture on a line of its own, ``description`` as its alternative text."""
        inline = self._document.part.new_pic_inline(
            io.BytesIO(png), Emu(int(width_pt * _EMU_PER_PT)), Emu(int(height_pt * _EMU_PER_PT))
        )
        doc_pr = inline.find(qn("wp:docPr"))
        if doc_pr is not None:
            doc_pr.set("descr", clean_text(description))
        p = ooxml.make_paragraph(keep_next=True)
        run = etree.SubElement(p, qn("w:r"))
        etree.SubElement(run, qn("w:drawing")).append(inline)
        self._append(p)

    def page_break(self) -> None:
        p = ooxml.make_paragraph()
        ooxml.add_page_break(p)
        self._append(p)

    @contextmanager
    def landscape(self) -> Iterator[None]:
        """Content written inside the block goes on landscape pages of its own section."""
        self._end_section(landscape=False)
        self._landscape = True
        try:
            yield
        finally:
            self._landscape = False
            self._end_section(landscape=True)


def _least_widths(headers: Sequence[str], rows: Sequence[Sequence[Cell]]) -> list[int]:
    """Per column, the width its longest word needs (the header's in bold)."""
    return [
        max(
            text_width.word_width(header, bold=True),
            *(text_width.cell_word_width(r[i]) for r in rows),
        )
        for i, header in enumerate(headers)
    ]
