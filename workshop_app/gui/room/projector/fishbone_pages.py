"""The projector's fishbone at readable type: the largest size that fits, else pages of causes.

Type shrinks to the floor (24 px at 1024×768); when the causes still do not fit, they go on
pages in tree order, each page a whole fishbone with every cause on it whole. A cause's text is
cut only when a page holding that cause alone cannot show it whole.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtGui import QFont

from workshop_app.domain.cause_tree import by_branch
from workshop_app.domain.enums import Branch
from workshop_app.domain.fishbone_layout import FishboneLayout, Metrics, layout_fishbone
from workshop_app.domain.model import Cause
from workshop_app.domain.slide_model import FishboneFocus
from workshop_app.gui.room.projector import style

TEXT_SIZES = (26, 25, 24)  # px at 1024×768; the last is the floor, as for the cards
WHOLE = 200  # lines a cause may take: in practice every cause is shown whole


@dataclass
class FishbonePages:
    """Every page's layout at one type size; ``fit`` < 1 only for a view under ``min_width``."""

    pages: list[FishboneLayout]
    text: QFont
    bold: QFont
    line_height: float
    fit: float
    cut: set[str] = dataclasses.field(default_factory=set)  # causes too long for a whole page

    def page_of(self, cause_id: str) -> int | None:
        return next(
            (
                n
                for n, page in enumerate(self.pages)
                if any(c.cause_id == cause_id for c in page.causes)
            ),
            None,
        )


class _Measure:
    """Lays out the focus at one type size; wrapped line counts are kept (tried many times)."""

    def __init__(self, focus: FishboneFocus, base: QFont, size: float, s: float, width: float):
        self.focus, self.width = focus, width
        self.text = style.font(base, size * s)
        self.bold = style.font(base, size * s, bold=True)
        self.line_h = math.ceil(style.line_height(self.text))
        longest = max((style.text_width(w, self.bold) for w in focus.title.split()), default=0.0)
        self.metrics = Metrics(
            line_height=self.line_h,
            label_height=math.ceil(style.line_height(self.bold)) + 8 * s,
            padding=8 * s,
            gap=10 * s,
            column_gap=28 * s,
            indent=24 * s,
            rib=14 * s,
            slant=48 * s,
            margin=6 * s,
            spine_clearance=18 * s,
            head_share=0.34,
            min_head_width=max(160 * s, min(longest + 24 * s, width * 0.35)),
            max_head_width=360 * s,
            min_box_width=120 * s,
            max_lines=WHOLE,
            head_max_lines=7,
            min_width=400,
            empty_half=60 * s,
        )
        self._counts: dict[tuple[str, float, bool], int] = {}

    def _count(self, text: str, width: float, bold: bool = False) -> int:
        key = (text, width, bold)
        if key not in self._counts:
            self._counts[key] = len(style.wrap_lines(text, self.bold if bold else self.text, width))
        return self._counts[key]

    def layout(self, causes: Sequence[Cause], max_lines: int = WHOLE) -> FishboneLayout:
        metrics = dataclasses.replace(self.metrics, max_lines=max_lines)
        return layout_fishbone(
            causes,
            self.focus.problem_id,
            self.focus.title,
            self.width,
            metrics,
            self._count,
            lambda text, w: self._count(text, w, True),
        )


def fit_fishbone(
    focus: FishboneFocus, base: QFont, s: float, width: float, height: float, paged: float
) -> FishbonePages:
    """The fishbone in ``width`` × ``height``; when it needs pages, each gets ``paged`` height
    (the room left by the page number)."""
    width, height = max(width, 1.0), max(height, 1.0)
    measure: _Measure | None = None
    for size in TEXT_SIZES:
        measure = _Measure(focus, base, size, s, width)
        whole = measure.layout(focus.causes)
        fit = min(1.0, width / whole.width)
        if whole.height * fit <= height:
            return FishbonePages([whole], measure.text, measure.bold, measure.line_h, fit)
    assert measure is not None
    fit = min(1.0, width / measure.layout(()).width)
    room = max(paged, 1.0) / fit
    pages, cut = _paginate(measure, focus, room)
    return FishbonePages(pages, measure.text, measure.bold, measure.line_h, fit, cut)


def _paginate(
    measure: _Measure, focus: FishboneFocus, room: float
) -> tuple[list[FishboneLayout], set[str]]:
    """Pages filled branch by branch: each takes the next causes of every branch in turn while
    they fit, so a page is a whole fishbone and each branch keeps its tree order. The branch
    with the most causes left goes first: the branches' causes run out together instead of
    one branch's trailing alone over the last pages. A sub-cause whose parent is on an
    earlier page starts its branch on the page (on its tree's branch)."""
    queues = [list(entries) for entries in by_branch(focus.causes, focus.problem_id).values()]
    groups: list[list[Cause]] = []
    while any(queues):
        page: list[Cause] = []
        added = True
        while added:
            added = False
            for queue in sorted(queues, key=len, reverse=True):  # stable: Branch order on ties
                if not queue:
                    continue
                cause = _on_page(queue[0].cause, queue[0].branch, page)
                if measure.layout([*page, cause]).height <= room:
                    page.append(cause)
                    queue.pop(0)
                    added = True
        if not page:  # not even one cause fits whole: it goes alone, cut below
            queue = next(q for q in queues if q)
            page.append(_on_page(queue[0].cause, queue[0].branch, page))
            queue.pop(0)
        groups.append(page)
    pages: list[FishboneLayout] = []
    cut: set[str] = set()
    for group in groups:
        page_layout = measure.layout(group)
        lines = WHOLE
        while page_layout.height > room and len(group) == 1 and lines > 1:
            # One cause taller than a page: only now is its text cut, to what fits.
            longest = max(c.lines for c in page_layout.causes)
            lines = max(1, min(lines, longest) - 1)
            page_layout = measure.layout(group, lines)
            cut.add(group[0].id)
        pages.append(page_layout)
    return pages, cut


def _on_page(cause: Cause, branch: Branch, page: Sequence[Cause]) -> Cause:
    if cause.parent_id is None or any(c.id == cause.parent_id for c in page):
        return cause
    return dataclasses.replace(cause, parent_id=None, branch=branch)
