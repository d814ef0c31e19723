"""The chart of indicators per meeting as a PNG for the documents, drawn with Pillow.

One row per indicator, one column per meeting (the baseline first); in each cell a bar as long
as the extent (0–3) with the number after it. It must read on a black-and-white printer, so
nothing is told by colour: a bar made at that meeting is solid black, one that still stands
from an earlier meeting is light with an outline, "none" is a ring, unknown a "?", not yet
assessed a dash – and the legend under the chart says so.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from PIL import Image, ImageDraw, ImageFont

from workshop_app.domain.indicator_chart import Cell
from workshop_app.export.fishbone_picture import DPI, _fit

_POINT = DPI / 72  # pixels per point
_TEXT_PT, _SMALL_PT, _MIN_HEAD_PT = 7.5, 6.5, 5.5
_LINE_PT = _TEXT_PT * 1.3
_PAD = 4.0
INK, GUIDE, SHADE, CARRIED, MUTED, PAPER = 20, 200, 244, 215, 90, 255
# DejaVu has å ä ö and the symbols; Carlito/Arial where it is missing.
_REGULAR = ("DejaVuSans.ttf", "Carlito-Regular.ttf", "arial.ttf", "Arial.ttf")
_BOLD = ("DejaVuSans-Bold.ttf", "Carlito-Bold.ttf", "arialbd.ttf", *_REGULAR)
Font = ImageFont.FreeTypeFont


@dataclass(frozen=True, slots=True)
class ChartTexts:
    """The words of the chart in the document's language."""

    columns: Sequence[tuple[str, str]]  # per meeting: two header lines
    assessed: str  # legend: assessed at the meeting
    carried: str  # legend: an earlier assessment still stands
    none: str  # legend: 0, not observed
    unknown: str  # legend: unknown
    not_assessed: str  # legend: not assessed yet
    scale: str  # "Omfattning: 0 ingen, 1 viss …"


@cache
def _font(size_px: int, bold: bool) -> Font:
    for name in _BOLD if bold else _REGULAR:
        try:
            return ImageFont.truetype(name, size_px)
        except OSError:
            continue
    font = ImageFont.load_default(size_px)
    if not isinstance(font, ImageFont.FreeTypeFont):
        raise RuntimeError("Pillow was built without FreeType: the pictures cannot be drawn")
    return font


def _px(value: float) -> int:
    return round(value * _POINT)


class _Canvas:
    """Drawing in points on a grey image at ``DPI``."""

    def __init__(self, width: float, height: float) -> None:
        self.image = Image.new("L", (_px(width), _px(height)), PAPER)
        self.draw = ImageDraw.Draw(self.image)
        self.text_font = _font(_px(_TEXT_PT), False)
        self.bold_font = _font(_px(_TEXT_PT), True)
        self.small_font = _font(_px(_SMALL_PT), False)

    def rect(
        self, x0: float, y0: float, x1: float, y1: float, fill: int, outline: int | None
    ) -> None:
        width = _px(0.8) if outline is not None else 0
        self.draw.rectangle((_px(x0), _px(y0), _px(x1), _px(y1)), fill, outline, width)

    def line(self, x0: float, y0: float, x1: float, y1: float, ink: int, width: float) -> None:
        self.draw.line(((_px(x0), _px(y0)), (_px(x1), _px(y1))), ink, _px(width))

    def ring(self, x: float, y: float, radius: float, ink: int) -> None:
        box = (_px(x - radius), _px(y - radius), _px(x + radius), _px(y + radius))
        self.draw.ellipse(box, PAPER, ink, _px(0.9))

    def text(
        self, x: float, middle: float, text: str, font: Font, ink: int = INK, anchor: str = "lm"
    ) -> None:
        self.draw.text((_px(x), _px(middle)), text, ink, font, anchor)

    def width(self, text: str, font: Font) -> float:
        return font.getlength(text) / _POINT


def _head_fonts(texts: ChartTexts, col_w: float) -> tuple[Font, Font]:
    """Bold and regular header fonts, smaller where many columns leave little room."""
    size = _TEXT_PT
    while size > _MIN_HEAD_PT:
        bold, regular = _font(_px(size), True), _font(_px(size), False)
        widths = [bold.getlength(texts.columns[0][0])]  # the baseline's own first line
        widths += [regular.getlength(second) for _first, second in texts.columns]
        if max(widths) / _POINT <= col_w - 4:
            break
        size -= 0.5
    return _font(_px(size), True), _font(_px(size), False)


def _spans(texts: ChartTexts) -> list[tuple[int, int, str]]:
    """(first column, column count, text) of the first header line: equal ones share a span."""
    spans: list[tuple[int, int, str]] = []
    for column, (first, _second) in enumerate(texts.columns):
        if spans and spans[-1][2] == first:
            spans[-1] = (spans[-1][0], spans[-1][1] + 1, first)
        else:
            spans.append((column, 1, first))
    return spans


def _legend_items(texts: ChartTexts) -> list[tuple[str, str]]:
    return [
        ("assessed", texts.assessed),
        ("carried", texts.carried),
        ("none", texts.none),
        ("unknown", texts.unknown),
        ("not_assessed", texts.not_assessed),
    ]


def _legend_rows(canvas: _Canvas, texts: ChartTexts, width: float) -> list[list[tuple[str, str]]]:
    rows: list[list[tuple[str, str]]] = [[]]
    used = 0.0
    for item in _legend_items(texts):
        need = 18 + canvas.width(item[1], canvas.small_font) + 12
        if rows[-1] and used + need > width:
            rows.append([])
            used = 0.0
        rows[-1].append(item)
        used += need
    return rows


def indicator_chart_png(
    titles: Sequence[str], rows: Sequence[Sequence[Cell]], texts: ChartTexts, width_pt: float
) -> tuple[bytes, float, float]:
    """(PNG, width and height in points) of the chart ``width_pt`` wide.

    ``titles`` and ``rows`` in the same order; each row has one cell per column of ``texts``.
    """
    probe = _Canvas(1, 1)
    columns = len(texts.columns)
    # Titles get less room when many meetings need theirs, and may take a third line then.
    label_w = width_pt * (0.42 if columns <= 3 else 0.32)
    col_w = (width_pt - label_w) / columns
    max_lines = 2 if columns <= 3 else 3
    wrapped = [
        _fit(" ".join(t.split()), probe.text_font, _px(label_w - 2 * _PAD), max_lines)
        for t in titles
    ]
    heights = [len(lines) * _LINE_PT + 4 for lines in wrapped]
    head_h = 2 * _LINE_PT + _SMALL_PT * 1.3 + 6
    legend = _legend_rows(probe, texts, width_pt - 2 * _PAD)
    legend_h = (len(legend) + 1) * (_SMALL_PT * 1.3 + 4) + 8
    height = head_h + sum(heights) + legend_h
    canvas = _Canvas(width_pt, height)

    # Bars start after a small inset and leave room for the number after a full bar.
    inset, number_room = 6.0, 10.0
    unit = max(4.0, (col_w - inset - number_room - 4) / 3)

    def start(column: int) -> float:
        return label_w + column * col_w + inset

    bold, regular = _head_fonts(texts, col_w)
    for column, count, first in _spans(texts):
        line = _fit(first, bold, _px(count * col_w - 4), 1)[0]
        canvas.text(label_w + column * col_w + 2, _LINE_PT / 2 + 1, line, bold)
    for column, (_first, second) in enumerate(texts.columns):
        canvas.text(label_w + column * col_w + 2, _LINE_PT * 1.5 + 1, second, regular)
        for value in range(4):
            canvas.text(
                start(column) + value * unit,
                2 * _LINE_PT + _SMALL_PT * 0.65 + 3,
                str(value),
                canvas.small_font,
                MUTED,
                "mm",
            )
    top = head_h
    canvas.line(0, top, width_pt, top, INK, 0.8)
    for n, (lines, cells, row_h) in enumerate(zip(wrapped, rows, heights, strict=True)):
        if n % 2:
            canvas.rect(0, top, width_pt, top + row_h, SHADE, None)
        for column in range(columns):  # light guides at 0, 1, 2, 3: the bars' scale
            for value in range(4):
                x = start(column) + value * unit
                canvas.line(x, top, x, top + row_h, GUIDE, 0.4)
        for k, line in enumerate(lines):
            canvas.text(_PAD, top + 2 + (k + 0.5) * _LINE_PT, line, canvas.text_font)
        middle = top + row_h / 2
        for column, cell in enumerate(cells):
            _cell(canvas, start(column), middle, unit, cell)
        top += row_h
    canvas.line(0, top, width_pt, top, INK, 0.8)
    _legend(canvas, legend, texts.scale, top + 6)
    buffer = io.BytesIO()
    canvas.image.save(buffer, "PNG", dpi=(DPI, DPI), compress_level=1)
    return buffer.getvalue(), width_pt, height


def _cell(canvas: _Canvas, x: float, middle: float, unit: float, cell: Cell) -> None:
    if not cell.standing:
        canvas.line(x - 2, middle, x + 4, middle, MUTED, 0.9)
        return
    if cell.level is None:
        canvas.text(x, middle, "?", canvas.bold_font, INK, "mm")
        return
    if cell.level == 0:
        canvas.ring(x, middle, 2.4, INK if cell.assessed else MUTED)
        return
    end = x + cell.level * unit
    if cell.assessed:
        canvas.rect(x, middle - 3, end, middle + 3, INK, None)
    else:
        canvas.rect(x, middle - 3, end, middle + 3, CARRIED, INK)
    canvas.text(end + 2.5, middle, str(cell.level), canvas.small_font)


def _legend(canvas: _Canvas, rows: list[list[tuple[str, str]]], scale: str, top: float) -> None:
    step = _SMALL_PT * 1.3 + 4
    for items in rows:
        x = _PAD
        middle = top + step / 2
        for kind, text in items:
            if kind == "assessed":
                canvas.rect(x + 1, middle - 3, x + 13, middle + 3, INK, None)
            elif kind == "carried":
                canvas.rect(x + 1, middle - 3, x + 13, middle + 3, CARRIED, INK)
            elif kind == "none":
                canvas.ring(x + 6, middle, 2.4, INK)
            else:  # unknown, not assessed: drawn as in the chart
                _cell(canvas, x + 6, middle, 1, Cell(None, True, kind == "unknown"))
            canvas.text(x + 18, middle, text, canvas.small_font)
            x += 18 + canvas.width(text, canvas.small_font) + 12
        top += step
    canvas.text(_PAD, top + step / 2, scale, canvas.small_font)
