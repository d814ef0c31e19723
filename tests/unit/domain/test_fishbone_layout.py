"""The fishbone layout: nothing overlaps, everything is inside, bones and ribs miss the boxes."""

from __future__ import annotations

import itertools
import random

import pytest

from workshop_app.domain.enums import Branch
from workshop_app.domain.fishbone_layout import (
    Box,
    FishboneLayout,
    Metrics,
    Segment,
    estimate_lines,
    layout_fishbone,
)
from workshop_app.domain.model import Cause

WORDS = [
    "belysning",
    "vuxna",
    "närvaro",
    "kameror",
    "tillträde",
    "källare",
    "trapphus",
    "skötsel",
    "rekrytering",
    "skulder",
    "lojalitet",
    "hot",
    "tystnad",
    "andrahandsuthyrning",
]


def many_causes(count: int, seed: int, problem: str = "p1") -> list[Cause]:
    """``count`` causes on random branches, about a third of them sub-causes (some deep)."""
    rng = random.Random(seed)
    causes: list[Cause] = []
    for number in range(count):
        words = rng.sample(WORDS, rng.randint(1, 8))
        parent = rng.choice(causes) if causes and rng.random() < 0.35 else None
        causes.append(
            Cause(
                id=f"c{number}",
                problem_id=problem,
                description=" ".join(words),
                parent_id=parent.id if parent else None,
                branch=parent.branch if parent else rng.choice(list(Branch)),
            )
        )
    return causes


def segment_hits_box(s: Segment, b: Box, shrink: float = 0.5) -> bool:
    """Does the segment pass through the inside of the box (edges excluded)?"""
    inner = Box(b.x + shrink, b.y + shrink, b.w - 2 * shrink, b.h - 2 * shrink)
    steps = 200
    for i in range(steps + 1):
        t = i / steps
        x = s.x1 + (s.x2 - s.x1) * t
        y = s.y1 + (s.y2 - s.y1) * t
        if inner.x < x < inner.right and inner.y < y < inner.bottom:
            return True
    return False


def assert_clean(layout: FishboneLayout) -> None:
    boxes = layout.boxes()
    for a, b in itertools.combinations(boxes, 2):
        assert not a.intersects(b), f"{a} overlaps {b}"
    for box in boxes:
        assert box.w > 0 and box.h > 0
        assert box.x >= 0 and box.right <= layout.width, box
        assert box.y >= 0 and box.bottom <= layout.height, box
    cause_boxes = {c.cause_id: c.box for c in layout.causes}
    for branch in layout.branches:
        for box in cause_boxes.values():
            assert not segment_hits_box(branch.bone, box), f"bone of {branch.branch} crosses {box}"
    for placed in layout.causes:
        for segment in placed.connector:
            for other_id, box in cause_boxes.items():
                if other_id != placed.cause_id:
                    assert not segment_hits_box(segment, box), (placed.cause_id, other_id)
    for box in cause_boxes.values():
        assert not segment_hits_box(layout.spine, box)


@pytest.mark.parametrize("count", [0, 1, 20, 40])
@pytest.mark.parametrize("width", [300, 480, 760, 1600])
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_no_two_boxes_overlap(count: int, width: int, seed: int) -> None:
    causes = many_causes(count, seed) + many_causes(5, seed, problem="other")
    layout = layout_fishbone(causes, "p1", "Narkotikahandel vid torget kvällstid", width)
    assert len(layout.causes) == count
    assert_clean(layout)


def test_twenty_causes_on_one_branch_stack_downwards() -> None:
    causes = [
        Cause(id=f"c{i}", problem_id="p1", description=f"orsak nummer {i}", branch=Branch.PLACE)
        for i in range(20)
    ]
    layout = layout_fishbone(causes, "p1", "Problem", 500)
    assert_clean(layout)
    place = [c.box for c in layout.causes]
    assert all(a.bottom < b.y for a, b in itertools.pairwise(place))
    assert all(c.box.y > layout.spine.y1 for c in layout.causes)  # place is below the spine


def test_branches_sit_above_and_below_the_spine() -> None:
    causes = [Cause(id=b.value, problem_id="p1", description=b.value, branch=b) for b in Branch]
    layout = layout_fishbone(causes, "p1", "Problem", 800)
    spine_y = layout.spine.y1
    placed = {c.cause_id: c.box for c in layout.causes}
    assert placed["victim"].bottom < spine_y and placed["offender"].bottom < spine_y
    assert placed["place"].y > spine_y and placed["other"].y > spine_y
    assert placed["victim"].right < placed["offender"].x  # two columns
    assert layout.head.right == layout.width - Metrics().margin  # the head ends the spine
    assert layout.spine.x2 == layout.head.x and layout.head.x > placed["victim"].right
    assert layout.head.y < spine_y < layout.head.bottom
    # Left column: causes left of the bone; right column: right of it.
    bones = {b.branch: b.bone for b in layout.branches}
    assert placed["victim"].right < min(bones[Branch.VICTIM].x1, bones[Branch.VICTIM].x2)
    assert placed["offender"].x > max(bones[Branch.OFFENDER].x1, bones[Branch.OFFENDER].x2)


def test_sub_causes_are_indented_under_their_parent() -> None:
    causes = [
        Cause(id="a", problem_id="p1", description="a", branch=Branch.OFFENDER),
        Cause(id="a1", problem_id="p1", description="a1", parent_id="a", branch=Branch.OFFENDER),
        Cause(id="a11", problem_id="p1", description="a11", parent_id="a1", branch=Branch.OFFENDER),
    ]
    layout = layout_fishbone(causes, "p1", "Problem", 900)
    boxes = {c.cause_id: c for c in layout.causes}
    assert boxes["a"].box.x < boxes["a1"].box.x < boxes["a11"].box.x
    assert boxes["a"].box.bottom < boxes["a1"].box.y < boxes["a11"].box.y
    assert len(boxes["a1"].connector) == 2  # an elbow from the parent, not a rib to the bone
    assert [c.depth for c in layout.causes] == [0, 1, 2]


def test_long_text_is_capped_at_max_lines_and_the_width_is_kept() -> None:
    causes = [Cause(id="long", problem_id="p1", description="ord " * 200, branch=Branch.VICTIM)]
    metrics = Metrics(max_lines=3, line_height=18, padding=6)
    layout = layout_fishbone(causes, "p1", "x " * 500, 700, metrics)
    assert layout.causes[0].lines == 3
    assert layout.causes[0].box.h == 3 * 18 + 12
    assert layout.head_lines == metrics.head_max_lines
    assert layout.width == 700
    assert_clean(layout)


def test_narrow_widths_are_laid_out_at_the_minimum_width() -> None:
    layout = layout_fishbone([], "p1", "Problem", 200)
    assert layout.width == Metrics().min_width


def test_the_line_counter_decides_the_heights() -> None:
    causes = [Cause(id="a", problem_id="p1", description="abc", branch=Branch.VICTIM)]
    layout = layout_fishbone(causes, "p1", "P", 800, count_lines=lambda text, width: 2)
    assert layout.causes[0].lines == 2


def test_estimate_lines_wraps_words() -> None:
    assert estimate_lines("", 100) == 1
    assert estimate_lines("abc def", 1000) == 1
    assert estimate_lines("abcd efgh", 4 * 7.5) == 2
    assert estimate_lines("a" * 30, 10 * 7.5) == 3
