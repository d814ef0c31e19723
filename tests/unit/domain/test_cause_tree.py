"""The cause tree helpers: order, depth, branches, siblings and moves."""

from __future__ import annotations

from workshop_app.domain.cause_tree import (
    by_branch,
    causes_of,
    descendants,
    move_index,
    root_of,
    siblings,
    walk,
)
from workshop_app.domain.enums import Branch
from workshop_app.domain.model import Cause


def cause(
    id_: str, parent: str | None = None, branch: Branch = Branch.PLACE, problem: str = "p1"
) -> Cause:
    return Cause(
        id=id_, problem_id=problem, description=f"orsak {id_}", parent_id=parent, branch=branch
    )


CAUSES = (
    cause("a", branch=Branch.VICTIM),
    cause("b"),
    cause("b2", parent="b"),  # sub-cause, listed before its sibling's parent
    cause("x", problem="p2"),
    cause("c", branch=Branch.VICTIM),
    cause("b1", parent="b"),
    cause("b11", parent="b1", branch=Branch.OTHER),  # its own branch does not matter
    cause("d"),
)


def test_walk_is_depth_first_in_list_order() -> None:
    entries = walk(CAUSES, "p1")
    assert [(e.cause.id, e.depth) for e in entries] == [
        ("a", 0),
        ("b", 0),
        ("b2", 1),
        ("b1", 1),
        ("b11", 2),
        ("c", 0),
        ("d", 0),
    ]
    assert {e.branch for e in entries if e.cause.id.startswith("b")} == {Branch.PLACE}


def test_by_branch_groups_every_branch() -> None:
    groups = by_branch(CAUSES, "p1")
    assert list(groups) == list(Branch)
    assert [e.cause.id for e in groups[Branch.VICTIM]] == ["a", "c"]
    assert [e.cause.id for e in groups[Branch.PLACE]] == ["b", "b2", "b1", "b11", "d"]
    assert groups[Branch.OTHER] == [] and groups[Branch.OFFENDER] == []


def test_causes_of_and_descendants_and_root() -> None:
    assert [c.id for c in causes_of(CAUSES, "p2")] == ["x"]
    assert descendants(CAUSES, "b") == ["b2", "b1", "b11"]
    assert descendants(CAUSES, "a") == []
    assert root_of(CAUSES, "b11").id == "b"  # type: ignore[union-attr]
    assert root_of(CAUSES, "a").id == "a"  # type: ignore[union-attr]
    assert root_of(CAUSES, "nope") is None


def test_siblings_share_parent_or_branch() -> None:
    assert [c.id for c in siblings(CAUSES, "b1")] == ["b2", "b1"]
    assert [c.id for c in siblings(CAUSES, "b")] == ["b", "d"]
    assert [c.id for c in siblings(CAUSES, "c")] == ["a", "c"]
    assert siblings(CAUSES, "missing") == []


def test_move_index_passes_one_sibling() -> None:
    ids = [c.id for c in CAUSES]
    assert move_index(CAUSES, "c", -1) == ids.index("a")
    assert move_index(CAUSES, "a", -1) is None
    assert move_index(CAUSES, "b", +1) == ids.index("d")
    assert move_index(CAUSES, "d", +1) is None
    assert move_index(CAUSES, "b1", -1) == ids.index("b2")


def test_a_cycle_or_a_missing_parent_never_loops() -> None:
    broken = (cause("o", parent="gone"), cause("s", parent="t"), cause("t", parent="s"))
    assert [e.cause.id for e in walk(broken, "p1")] == ["o"]
    assert descendants(broken, "s") == ["t"]
    assert root_of(broken, "s") is not None
