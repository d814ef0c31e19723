"""How wide text is in a table cell (10 pt Calibri, estimated), so no word breaks inside a cell."""

from __future__ import annotations

from collections.abc import Sequence

from workshop_app.export.ooxml import Cell

# Widths in twips, generous so LibreOffice's Carlito and Word agree: an average character,
# a bold one, and the cell's left and right margins.
CHAR = 100
BOLD_CHAR = 108
CELL_MARGINS = 260


def cell_word_width(cell: Cell) -> int:
    """Width of the longest word of a cell, bold spans measured as bold."""
    if isinstance(cell, str):
        return word_width(cell)
    widest = CELL_MARGINS
    for paragraph in cell:
        if isinstance(paragraph, str):
            widest = max(widest, word_width(paragraph))
            continue
        for span in paragraph:
            widest = max(widest, word_width(span.text, span.bold))
    return widest


def word_width(text: str, bold: bool = False) -> int:
    """Width of the longest word of ``text`` in a cell."""
    longest = max((len(w) for w in text.split()), default=0)
    return longest * (BOLD_CHAR if bold else CHAR) + CELL_MARGINS


def line_width(text: str, bold: bool = False) -> int:
    """Width that holds ``text`` on one line in a cell."""
    return len(text) * (BOLD_CHAR if bold else CHAR) + CELL_MARGINS


def widen_for_words(widths: Sequence[int], least: Sequence[int]) -> list[int]:
    """``widths`` with every column at least ``least`` wide, the total unchanged.

    What a narrow column needs is taken from the others in proportion to their room to spare.
    When the words cannot all fit, the widths stay as they were.
    """
    total = sum(widths)
    least = list(least)
    excess = sum(least) - total
    if excess > 0:
        # Not every word fits: the column with the longest word gives way (only its longest
        # words break), never below its share from the weights.
        widest = least.index(max(least))
        least[widest] = max(least[widest] - excess, widths[widest])
        if sum(least) > total:
            return list(widths)
    need = sum(max(0, m - w) for w, m in zip(widths, least, strict=True))
    if need == 0:
        return list(widths)
    spare = [max(0, w - m) for w, m in zip(widths, least, strict=True)]
    room = sum(spare)
    result = [
        m if w <= m else w - int(need * s / room)
        for w, m, s in zip(widths, least, spare, strict=True)
    ]
    result[result.index(max(result))] += total - sum(result)  # rounding
    return result
