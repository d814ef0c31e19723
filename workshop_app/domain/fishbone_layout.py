"""Geometry of the fishbone diagram: head, spine, four branches and the cause boxes (pure).

The GUI draws what this computes, so tests can check without Qt that nothing overlaps however
many causes there are. The drawing is laid out at the width it is shown at (so text keeps its
real size) and grows downwards as causes are added:

- the problem is the *head* on the right, the *spine* runs to it from the left;
- victim and offender branches sit above the spine, place and other below, each in its own
  column; a branch's label is at its outer end and its bone slants to the spine;
- causes are boxes stacked along their branch, tied to the bone by a horizontal rib: left of
  the bone in the left column, right of it in the right column, where they reach over the
  head but stay out of the band it takes around the spine;
- sub-causes follow their parent, indented, joined to it by an elbow line (└).

Columns never share x, the halves never share y, and boxes in a column are stacked with a
gap, which is why no two boxes can overlap.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from workshop_app.domain.cause_tree import by_branch
from workshop_app.domain.enums import Branch
from workshop_app.domain.model import Cause

# Branch → (column, above the spine). Column 0 is the left one.
BRANCH_SLOTS: dict[Branch, tuple[int, bool]] = {
    Branch.VICTIM: (0, True),
    Branch.OFFENDER: (1, True),
    Branch.PLACE: (0, False),
    Branch.OTHER: (1, False),
}

LineCounter = Callable[[str, float], int]
"""How many lines ``text`` wraps to at ``width`` (the GUI measures with the real font)."""


@dataclass(frozen=True, slots=True)
class Box:
    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    def intersects(self, other: Box) -> bool:
        """True when the two boxes share area (touching edges do not count)."""
        return (
            self.x < other.right
            and other.x < self.right
            and self.y < other.bottom
            and other.y < self.bottom
        )


@dataclass(frozen=True, slots=True)
class Segment:
    x1: float
    y1: float
    x2: float
    y2: float


@dataclass(frozen=True, slots=True)
class Metrics:
    """Sizes in pixels (the GUI fills ``line_height`` and ``label_height`` from its fonts)."""

    line_height: float = 18.0
    label_height: float = 24.0
    padding: float = 6.0  # inside a box, around its text
    gap: float = 8.0  # between stacked boxes
    column_gap: float = 14.0
    indent: float = 16.0  # per sub-cause level
    max_indent_levels: int = 3  # deeper sub-causes are indented no further
    rib: float = 10.0  # shortest rib from a box to its bone
    slant: float = 36.0  # horizontal run of a bone from its label to the spine (at most)
    margin: float = 8.0
    spine_clearance: float = 14.0  # free space above and below the spine
    head_share: float = 0.2  # of the width, for the problem (at most 40 %)
    min_head_width: float = 90.0
    max_head_width: float = 300.0
    min_box_width: float = 72.0
    max_lines: int = 4  # a cause shows at most this many lines, then "…"
    head_max_lines: int = 8
    min_width: float = 400.0  # a narrower view scales the drawing down instead
    empty_half: float = 64.0  # height of a half without causes, so the shape stays


@dataclass(frozen=True, slots=True)
class PlacedCause:
    """A cause box; ``lines`` is how many lines of text it shows (at most ``max_lines``)."""

    cause_id: str
    branch: Branch
    depth: int
    box: Box
    lines: int
    connector: tuple[Segment, ...]  # the rib to the bone, or the elbow from the parent


@dataclass(frozen=True, slots=True)
class PlacedBranch:
    branch: Branch
    above: bool
    label: Box
    bone: Segment


@dataclass(frozen=True, slots=True)
class FishboneLayout:
    width: float
    height: float
    head: Box
    head_lines: int
    spine: Segment
    legend: Box
    branches: tuple[PlacedBranch, ...]
    causes: tuple[PlacedCause, ...] = field(default=())

    def boxes(self) -> list[Box]:
        """Every box that holds text: head, branch labels, causes and the legend."""
        return [
            self.head,
            self.legend,
            *(b.label for b in self.branches),
            *(c.box for c in self.causes),
        ]


def estimate_lines(text: str, width: float, char_width: float = 7.5) -> int:
    """Lines of word-wrapped ``text`` at ``width``, guessing a fixed width per character."""
    per_line = max(int(width // char_width), 1)
    lines, used = 1, 0
    for word in text.split():
        while len(word) > per_line:  # a long word breaks anywhere
            if used:
                lines, used = lines + 1, 0
            word = word[per_line:]
            lines += 1
        needed = len(word) + (1 if used else 0)
        if used + needed > per_line:
            lines, used = lines + 1, len(word)
        else:
            used += needed
    return lines


def layout_fishbone(
    causes: Sequence[Cause],
    problem_id: str,
    head_text: str,
    width: float,
    metrics: Metrics | None = None,
    count_lines: LineCounter = estimate_lines,
    count_head_lines: LineCounter | None = None,
) -> FishboneLayout:
    """Place the problem's fishbone in a drawing ``width`` wide (at least ``min_width``).

    ``count_lines`` measures cause texts; ``count_head_lines`` the problem's title (its font
    may be bolder; by default the same counter).
    """
    m = metrics or Metrics()
    count_head_lines = count_head_lines or count_lines
    total_w = max(width, m.min_width)
    head_w = min(max(total_w * m.head_share, m.min_head_width), m.max_head_width, total_w * 0.4)
    head_lines = max(
        1, min(count_head_lines(_one_line(head_text), head_w - 2 * m.padding), m.head_max_lines)
    )
    head_h = head_lines * m.line_height + 2 * m.padding
    column_w = (total_w - 2 * m.margin - m.column_gap) / 2
    columns = [
        (m.margin, m.margin + column_w),
        (m.margin + column_w + m.column_gap, total_w - m.margin),
    ]
    slant = min(m.slant, column_w * 0.12)
    # The left column's causes sit left of their bones; the right column's sit right of them
    # and reach over the head, so they keep clear of the band the head takes on the spine.
    clearance = [m.spine_clearance, max(m.spine_clearance, head_h / 2 + m.gap)]
    box_span = [
        (columns[0][0], columns[0][1] - slant - m.rib),
        (columns[1][0] + slant + m.rib, columns[1][1]),
    ]

    groups = by_branch(causes, problem_id)
    # First pass: box sizes and offsets along each branch, from its label end.
    stacks: dict[Branch, list[tuple[str, int, float, float, float, int]]] = {}
    extent: dict[Branch, float] = {}
    for branch, (column, _above) in BRANCH_SLOTS.items():
        left, right = box_span[column]
        indent = max(min(m.indent, (right - left - m.min_box_width) / m.max_indent_levels), 0.0)
        offset = m.label_height + m.gap
        stack = []
        for entry in groups[branch]:
            x = left + indent * min(entry.depth, m.max_indent_levels)
            w = right - x
            wrapped = count_lines(_one_line(entry.cause.description), w - 2 * m.padding)
            lines = max(1, min(wrapped, m.max_lines))
            stack.append((entry.cause.id, entry.depth, x, w, offset, lines))
            offset += lines * m.line_height + 2 * m.padding + m.gap
        stacks[branch] = stack
        extent[branch] = offset

    spine_y = m.margin + max(
        extent[Branch.VICTIM] + clearance[0],
        extent[Branch.OFFENDER] + clearance[1],
        m.empty_half,
    )
    below_bottom = spine_y + max(
        extent[Branch.PLACE] + clearance[0],
        extent[Branch.OTHER] + clearance[1],
        m.empty_half,
    )
    head_x = total_w - m.margin - head_w
    head = Box(head_x, spine_y - head_h / 2, head_w, head_h)
    spine = Segment(m.margin, spine_y, head_x, spine_y)

    placed_branches: list[PlacedBranch] = []
    placed_causes: list[PlacedCause] = []
    for branch, (column, above) in BRANCH_SLOTS.items():
        left, right = columns[column]
        # Where the bone meets the spine, and where it ends at the label.
        inner_x, outer_x = (right, right - slant) if column == 0 else (left + slant, left)
        if above:
            label = Box(left, m.margin, right - left, m.label_height)
            bone = Segment(outer_x, label.bottom, inner_x, spine_y)
            start = m.margin
        else:
            label = Box(left, below_bottom - m.label_height, right - left, m.label_height)
            bone = Segment(inner_x, spine_y, outer_x, label.y)
            # Below the spine the causes start at the spine and the label closes the branch.
            start = spine_y + clearance[column] - m.label_height
        placed_branches.append(PlacedBranch(branch, above, label, bone))
        tops: dict[int, Box] = {}  # depth → latest box at that depth (the parent of the next)
        for cause_id, depth, x, w, offset, lines in stacks[branch]:
            box = Box(x, start + offset, w, lines * m.line_height + 2 * m.padding)
            mid = box.y + box.h / 2
            parent = tops.get(depth - 1)
            if depth == 0 or parent is None:
                edge = box.right if column == 0 else box.x
                connector: tuple[Segment, ...] = (Segment(edge, mid, _bone_x(bone, mid), mid),)
            else:
                elbow_x = parent.x + min(m.indent, max(box.x - parent.x, 0.0)) / 2
                connector = (
                    Segment(elbow_x, parent.bottom, elbow_x, mid),
                    Segment(elbow_x, mid, box.x, mid),
                )
            tops[depth] = box
            for deeper in [d for d in tops if d > depth]:
                del tops[deeper]
            placed_causes.append(PlacedCause(cause_id, branch, depth, box, lines, connector))

    legend = Box(m.margin, below_bottom + m.gap, total_w - 2 * m.margin, m.line_height + 4)
    height = legend.bottom + m.margin
    return FishboneLayout(
        width=total_w,
        height=height,
        head=head,
        head_lines=head_lines,
        spine=spine,
        legend=legend,
        branches=tuple(placed_branches),
        causes=tuple(placed_causes),
    )


def _bone_x(bone: Segment, y: float) -> float:
    """The x of ``bone`` at height ``y``."""
    if bone.y2 == bone.y1:
        return bone.x2
    t = (y - bone.y1) / (bone.y2 - bone.y1)
    return bone.x1 + (bone.x2 - bone.x1) * min(max(t, 0.0), 1.0)


def _one_line(text: str) -> str:
    return " ".join(text.split())
