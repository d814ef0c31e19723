"""A problem's fishbone as a PNG for the documents, drawn with Pillow from the app's layout.

The geometry is ``domain.fishbone_layout`` – the same boxes the window shows – laid out at the
printed width (in points) and drawn at ``DPI``, so the picture stays crisp on paper. Text is
measured with the font it is drawn in; a word too long for a box is split with a hyphen.
"""

from __future__ import annotations

import dataclasses
import io
from collections.abc import Callable, Sequence
from functools import cache
from typing import cast

from PIL import Image, ImageDraw, ImageFont

from workshop_app.domain.enums import Branch, Directness
from workshop_app.domain.fishbone_layout import Box, Metrics, Segment, layout_fishbone
from workshop_app.domain.model import Cause

DPI = 200  # the least that prints crisp (issue 19); more costs export time
_POINT = DPI / 72  # pixels per point
_TEXT_PT, _LABEL_PT = 8.0, 9.0
# Greys: the picture prints the same on a black-and-white printer, and a one-channel PNG
# encodes three times faster than a colour one (the encoder is most of the export's time).
INK, BONE, RIB = 32, 80, 130
HEAD_FILL, PAPER, UNDERLYING_FILL = 45, 255, 238
# Fonts metric-compatible with the document's Calibri first, then common ones; Pillow looks
# them up in the system's font folders. Pillow's own font when none is found.
_REGULAR = ("calibri.ttf", "Carlito-Regular.ttf", "DejaVuSans.ttf", "arial.ttf", "Arial.ttf")
_BOLD = ("calibrib.ttf", "Carlito-Bold.ttf", "DejaVuSans-Bold.ttf", "arialbd.ttf")

# Fonts with Arabic, Hebrew and other scripts the document fonts lack, drawn shaped and
# right to left by Pillow's complex layout where it is installed.
_WIDE = ("DejaVuSans.ttf", "arial.ttf", "Arial.ttf", "seguisym.ttf")
# Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms: drawn shaped, by line.
_COMPLEX_SCRIPTS = ((0x0590, 0x08FF), (0xFB1D, 0xFDFF), (0xFE70, 0xFEFF))
_MAX_WRAPPED = 12  # more than any box shows (fishbone_layout's max_lines, head_max_lines)

# FreeType fonts only: the glyph cache needs getmask2/getmetrics (Pillow's bitmap font has none).
Font = ImageFont.FreeTypeFont


@cache
def _font(size_px: int, bold: bool, wide: bool = False) -> Font:
    names = _WIDE if wide else _BOLD + _REGULAR if bold else _REGULAR
    for name in names:
        try:
            return ImageFont.truetype(name, size_px)
        except OSError:
            continue
    font = ImageFont.load_default(size_px)
    if not isinstance(font, ImageFont.FreeTypeFont):
        raise RuntimeError("Pillow was built without FreeType: the pictures cannot be drawn")
    return font


def _wrap(text: str, font: Font, width: float, limit: int = _MAX_WRAPPED) -> list[str]:
    """Word-wrapped lines; a word longer than a line is split with a hyphen.

    Stops after ``limit`` lines: a box shows a few lines, and a pasted 20,000-character text
    must not be measured word by word to the end.
    """
    words = text.split()
    if not words:
        return [""]
    lines: list[str] = []
    line = ""
    for word in words:
        if len(lines) > limit:
            break
        candidate = f"{line} {word}" if line else word
        if font.getlength(candidate) <= width:
            line = candidate
            continue
        if line:
            lines.append(line)
            line = ""
        while font.getlength(word) > width and len(word) > 1:
            cut = len(word) - 1
            while cut > 1 and font.getlength(word[:cut] + "-") > width:
                cut -= 1
            lines.append(word[:cut] + "-")
            word = word[cut:]
        line = word
    lines.append(line)
    return lines


def _fit(text: str, font: Font, width: float, max_lines: int) -> list[str]:
    lines = _wrap(text, font, width)
    if len(lines) <= max_lines:
        return lines
    last = " ".join(lines[max_lines - 1 :])
    while last and font.getlength(last + "…") > width:
        last = last[:-1]
    return [*lines[: max_lines - 1], last.rstrip() + "…"]


def _px(value: float) -> int:
    return round(value * _POINT)


def _line(draw: ImageDraw.ImageDraw, s: Segment, colour: int, width: float) -> None:
    draw.line([(_px(s.x1), _px(s.y1)), (_px(s.x2), _px(s.y2))], fill=colour, width=_px(width))


def _dashed_rect(draw: ImageDraw.ImageDraw, box: Box, colour: int, width: float) -> None:
    x0, y0, x1, y1 = _px(box.x), _px(box.y), _px(box.right), _px(box.bottom)
    dash, gap, w = _px(4), _px(3), _px(width)
    for a, b, fixed, horizontal in (
        (x0, x1, y0, True),
        (x0, x1, y1, True),
        (y0, y1, x0, False),
        (y0, y1, x1, False),
    ):
        pos = a
        while pos < b:
            end = min(pos + dash, b)
            points = [(pos, fixed), (end, fixed)] if horizontal else [(fixed, pos), (fixed, end)]
            draw.line(points, fill=colour, width=w)
            pos = end + gap


@cache
def _glyph(font: Font, char: str) -> tuple[object, tuple[int, int], float]:
    """A character's mask, its offset from the pen on the baseline, and its advance.

    FreeType renders every glyph again on each call of ``ImageDraw.text`` – most of a big
    picture's time – so each character is rendered once and stamped where it is needed.
    """
    mask, offset = font.getmask2(char, mode="L", anchor="ls")
    return mask, offset, font.getlength(char)


def _stamp(
    draw: ImageDraw.ImageDraw, x: float, baseline: float, line: str, font: Font, ink: int
) -> None:
    if any(low <= ord(c) <= high for c in line for low, high in _COMPLEX_SCRIPTS):
        # Right-to-left and joined scripts need shaping: the whole line through Pillow.
        wide = _font(getattr(font, "size", 20), False, True)
        draw.text((round(x), round(baseline)), line, font=wide, fill=ink, anchor="ls")
        return
    for char in line:
        mask, (dx, dy), advance = _glyph(font, char)
        if char != " ":
            draw.draw.draw_bitmap((round(x) + dx, round(baseline) + dy), mask, ink)
        x += advance


def _text(
    draw: ImageDraw.ImageDraw,
    box: Box,
    lines: Sequence[str],
    font: Font,
    line_height: float,
    padding: float,
    *,
    ink: int = INK,
    centred: bool = False,
) -> None:
    colour = cast(int, draw._getink(ink)[0])  # the ink as the drawing stores it (set: an int)
    ascent, descent = font.getmetrics()
    top = box.y + (box.h - len(lines) * line_height) / 2
    for n, line in enumerate(lines):
        middle = _px(top + n * line_height + line_height / 2)
        baseline = middle + (ascent - descent) / 2
        if centred:
            x = _px(box.x + box.w / 2) - sum(_glyph(font, c)[2] for c in line) / 2
        else:
            x = _px(box.x + padding)
        _stamp(draw, x, baseline, line, font, colour)


def fishbone_png(
    causes: Sequence[Cause],
    problem_id: str,
    head_text: str,
    branch_titles: dict[Branch, str],
    legend: tuple[str, str],
    width_pt: float,
) -> tuple[bytes, float, float]:
    """(PNG, width and height in points) of the problem's fishbone ``width_pt`` wide."""
    text_font = _font(_px(_TEXT_PT), False)
    label_font = _font(_px(_LABEL_PT), True)
    head_font = _font(_px(_TEXT_PT), True)
    line_height = _TEXT_PT * 1.3
    metrics = Metrics(line_height=line_height, label_height=_LABEL_PT * 1.3 + 6)
    pad = metrics.padding
    longest = max((head_font.getlength(w) for w in head_text.split()), default=0) / _POINT
    metrics = dataclasses.replace(
        metrics,
        min_head_width=min(max(metrics.min_head_width, longest + 2 * pad + 6), width_pt * 0.4),
    )

    def count(font: Font) -> Callable[[str, float], int]:
        return lambda text, w: len(_wrap(text, font, w * _POINT))

    layout = layout_fishbone(
        causes, problem_id, head_text, width_pt, metrics, count(text_font), count(head_font)
    )
    image = Image.new("L", (_px(layout.width), _px(layout.height)), PAPER)
    draw = ImageDraw.Draw(image)
    _line(draw, layout.spine, BONE, 3)
    for branch in layout.branches:
        _line(draw, branch.bone, BONE, 2)
        title = _fit(
            branch_titles.get(branch.branch, branch.branch.value),
            label_font,
            _px(branch.label.w - 2 * pad),
            1,
        )
        _text(draw, branch.label, title, label_font, metrics.label_height - 6, pad)
    by_id = {c.id: c for c in causes}
    for placed in layout.causes:
        for segment in placed.connector:
            _line(draw, segment, RIB, 1.2)
        cause = by_id[placed.cause_id]
        box = placed.box
        rect = (_px(box.x), _px(box.y), _px(box.right), _px(box.bottom))
        if cause.directness == Directness.UNDERLYING:
            draw.rectangle(rect, fill=UNDERLYING_FILL)
            _dashed_rect(draw, box, INK, 1.2)
        else:
            draw.rectangle(rect, fill=PAPER, outline=INK, width=_px(1.2))
        lines = _fit(
            " ".join(cause.description.split()), text_font, _px(box.w - 2 * pad), placed.lines
        )
        _text(draw, box, lines, text_font, line_height, pad)
    head = layout.head
    draw.rectangle((_px(head.x), _px(head.y), _px(head.right), _px(head.bottom)), fill=HEAD_FILL)
    head_lines = _fit(
        " ".join(head_text.split()), head_font, _px(head.w - 2 * pad), layout.head_lines
    )
    _text(draw, head, head_lines, head_font, line_height, pad, ink=PAPER, centred=True)
    _legend(draw, layout.legend, legend, text_font, line_height)
    buffer = io.BytesIO()
    # Fast compression: the encoder is most of the cost, and a slightly larger file is fine.
    image.save(buffer, "PNG", dpi=(DPI, DPI), compress_level=1)
    return buffer.getvalue(), layout.width, layout.height


def _legend(
    draw: ImageDraw.ImageDraw, legend: Box, texts: tuple[str, str], font: Font, line_height: float
) -> None:
    x = legend.x
    for text, underlying in ((texts[0], False), (texts[1], True)):
        sample = Box(x, legend.y + 3, 28, legend.h - 6)
        rect = (_px(sample.x), _px(sample.y), _px(sample.right), _px(sample.bottom))
        if underlying:
            draw.rectangle(rect, fill=UNDERLYING_FILL)
            _dashed_rect(draw, sample, INK, 1.2)
        else:
            draw.rectangle(rect, fill=PAPER, outline=INK, width=_px(1.2))
        label = Box(sample.right + 6, legend.y, font.getlength(text) / _POINT + 8, legend.h)
        _text(draw, label, [text], font, line_height, 0)
        x = label.right + 24
