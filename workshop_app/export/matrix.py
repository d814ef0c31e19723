"""Matrices that read: short column names with a legend, widths from content, split columns.

A matrix has fixed columns (e.g. indicator and status) and one column per organisation. Column
widths come from the text (never narrower than the longest word, so no word breaks inside a
cell); when the organisations do not fit across the page, the matrix continues in further
tables that repeat the fixed columns.
"""

from __future__ import annotations

from collections.abc import Sequence

from workshop_app.domain.model import Organisation
from workshop_app.export.ooxml import TWIPS_PER_CM, Span
from workshop_app.export.text_width import line_width, word_width
from workshop_app.export.writer import MUTED, DocWriter

_MAX_HEADER_WORD = 12  # letters of a short name's word before it is abbreviated
_MAX_SHORT_NAME = 24
_MAX_COLUMN = int(3.6 * TWIPS_PER_CM)


def short_names(organisations: Sequence[Organisation]) -> dict[str, str]:
    """A short, unique column header per organisation (e.g. "Polisen", "Exempelbos. AB")."""
    names: dict[str, str] = {}
    used: set[str] = set()
    for org in organisations:
        base = org.name.strip()
        for mark in (",", " (", " – ", " - "):
            base = base.split(mark)[0].strip() or base
        words = [
            w if len(w) <= _MAX_HEADER_WORD else w[: _MAX_HEADER_WORD - 2] + "."
            for w in base.split()
        ] or ["?"]
        short = words[0]
        for word in words[1:]:
            if len(short) + 1 + len(word) > _MAX_SHORT_NAME:
                break
            short = f"{short} {word}"
        candidate, n = short, 2
        while candidate in used:
            candidate, n = f"{short} {n}", n + 1
        used.add(candidate)
        names[org.id] = candidate
    return names


def _column(header: str, cells: Sequence[str]) -> tuple[int, int]:
    """(narrowest width without breaking a word, width that holds the text on one line)."""
    least = max([word_width(header, True), *(word_width(c) for c in cells)])
    wish = max([word_width(header, True), *(line_width(c) for c in cells)])
    return least, max(least, wish)


def _fit(least: list[int], wish: list[int], room: int) -> list[int]:
    """Widths between ``least`` and ``wish`` summing to at most ``room`` (at least ``least``)."""
    spare = room - sum(least)
    want = sum(w - m for w, m in zip(wish, least, strict=True))
    if want <= 0 or spare <= 0:
        return list(least)
    share = min(1.0, spare / want)
    return [m + int((w - m) * share) for w, m in zip(wish, least, strict=True)]


def write_matrix(
    w: DocWriter,
    fixed_headers: Sequence[str],
    column_headers: Sequence[str],
    rows: Sequence[tuple[Sequence[str], Sequence[str]]],
    *,
    part_label: str,
) -> int:
    """Write the matrix as one or more tables; returns how many tables it took.

    ``rows``: (fixed cells, one cell per column). ``part_label`` formats "{n}" and "{total}"
    for the line above each table when the columns are split.
    """
    room = w.text_width()
    fixed = [_column(h, [r[0][i] for r in rows]) for i, h in enumerate(fixed_headers)]
    # The first fixed column takes up to a quarter of the page; the others what they need.
    fixed_least = [least for least, _ in fixed]
    fixed_wish = [min(max(fixed[0][0], room // 4), fixed[0][1])] + [wish for _, wish in fixed[1:]]
    fixed_widths = _fit(fixed_least, fixed_wish, room // 2)
    columns = [_column(h, [r[1][i] for r in rows]) for i, h in enumerate(column_headers)]
    rest = room - sum(fixed_widths)
    chunks: list[list[int]] = [[]]
    used = 0
    for index, (least, _) in enumerate(columns):
        if chunks[-1] and used + least > rest:
            chunks.append([])
            used = 0
        chunks[-1].append(index)
        used += least
    for number, chunk in enumerate(chunks, start=1):
        if len(chunks) > 1:
            label = part_label.format(n=number, total=len(chunks))
            w.paragraph((Span(label, italic=True, color=MUTED),), keep_next=True)
        smallest = [columns[i][0] for i in chunk]
        wish = [max(columns[i][0], min(columns[i][1], _MAX_COLUMN)) for i in chunk]
        widths = _fit(smallest, wish, rest)
        # What the organisations leave over goes to the first column (the longest text).
        first = fixed_widths[0] + max(0, rest - sum(widths))
        headers = [*fixed_headers, *(column_headers[i] for i in chunk)]
        body = ([*r[0], *(r[1][i] for i in chunk)] for r in rows)
        w.table_in_twips(headers, body, [first, *fixed_widths[1:], *widths], grid=True)
    return len(chunks)


def legend(
    w: DocWriter, organisations: Sequence[Organisation], shorts: dict[str, str], title: str
) -> None:
    """The full names behind the short column headers (only those that differ)."""
    pairs = [(shorts[o.id], o.name) for o in organisations if shorts[o.id] != o.name]
    if pairs:
        text = "; ".join(f"{short} = {name}" for short, name in pairs)
        w.paragraph((Span(f"{title}: ", bold=True, size=18), Span(text, size=18)), keep_next=True)
