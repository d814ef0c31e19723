"""The cause tree of one problem: causes grouped by fishbone branch, sub-causes under parents.

Pure helpers shared by the cause tree view, the fishbone diagram and the page's commands. The
workshop keeps all causes in one user-ordered list; a cause's place in the tree follows from
its ``parent_id`` and, among siblings, from that list order. A sub-cause is shown on the
branch of its top-level cause (as the minutes do), whatever its own ``branch`` says.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from workshop_app.domain.enums import Branch
from workshop_app.domain.model import Cause


@dataclass(frozen=True, slots=True)
class TreeEntry:
    """A cause in tree order: its depth (0 = on the branch) and the branch it is shown on."""

    cause: Cause
    depth: int
    branch: Branch


def causes_of(causes: Sequence[Cause], problem_id: str) -> tuple[Cause, ...]:
    """The causes of one problem, in list order."""
    return tuple(c for c in causes if c.problem_id == problem_id)


def _children(causes: Sequence[Cause]) -> dict[str | None, list[Cause]]:
    """Parent id → children in list order; a cause whose parent is unknown counts as a root."""
    ids = {c.id for c in causes}
    children: dict[str | None, list[Cause]] = {}
    for cause in causes:
        parent = cause.parent_id if cause.parent_id in ids else None
        children.setdefault(parent, []).append(cause)
    return children


def walk(causes: Sequence[Cause], problem_id: str) -> list[TreeEntry]:
    """Every cause of the problem depth first: each top-level cause followed by its sub-causes.

    Top-level causes keep list order (not grouped by branch); use ``by_branch`` for that.
    """
    mine = causes_of(causes, problem_id)
    children = _children(mine)
    entries: list[TreeEntry] = []
    seen: set[str] = set()

    def visit(cause: Cause, depth: int, branch: Branch) -> None:
        if cause.id in seen:  # storage forbids cycles; never loop on a damaged snapshot
            return
        seen.add(cause.id)
        entries.append(TreeEntry(cause, depth, branch))
        for child in children.get(cause.id, ()):
            visit(child, depth + 1, branch)

    for root in children.get(None, ()):
        visit(root, 0, root.branch)
    return entries


def by_branch(causes: Sequence[Cause], problem_id: str) -> dict[Branch, list[TreeEntry]]:
    """The problem's cause tree per branch (every branch present, in ``Branch`` order)."""
    groups: dict[Branch, list[TreeEntry]] = {branch: [] for branch in Branch}
    for entry in walk(causes, problem_id):
        groups[entry.branch].append(entry)
    return groups


def descendants(causes: Sequence[Cause], cause_id: str) -> list[str]:
    """Ids of the sub-causes of ``cause_id``, at any depth, depth first."""
    children = _children(causes)
    found: list[str] = []
    stack = [c.id for c in reversed(children.get(cause_id, []))]
    while stack:
        current = stack.pop()
        if current in found or current == cause_id:
            continue
        found.append(current)
        stack.extend(c.id for c in reversed(children.get(current, [])))
    return found


def siblings(causes: Sequence[Cause], cause_id: str) -> list[Cause]:
    """The causes next to ``cause_id`` in the tree (itself included), in list order.

    Sub-causes share a parent; top-level causes share the problem and the branch.
    """
    cause = next((c for c in causes if c.id == cause_id), None)
    if cause is None:
        return []
    ids = {c.id for c in causes if c.problem_id == cause.problem_id}
    parent = cause.parent_id if cause.parent_id in ids else None
    result = []
    for other in causes:
        if other.problem_id != cause.problem_id:
            continue
        other_parent = other.parent_id if other.parent_id in ids else None
        if other_parent != parent:
            continue
        if parent is None and other.branch != cause.branch:
            continue
        result.append(other)
    return result


def move_index(causes: Sequence[Cause], cause_id: str, step: int) -> int | None:
    """Where to move ``cause_id`` in the whole list so it passes ``step`` (±1) siblings.

    None when it already is the first (or last) among its siblings. Moving to the index of
    the sibling it passes puts it just before (moving up) or just after (moving down) it.
    """
    row = siblings(causes, cause_id)
    position = next((i for i, c in enumerate(row) if c.id == cause_id), None)
    if position is None or not 0 <= position + step < len(row):
        return None
    target = row[position + step].id
    return next(i for i, c in enumerate(causes) if c.id == target)


def root_of(causes: Sequence[Cause], cause_id: str) -> Cause | None:
    """The top-level cause above ``cause_id`` (the cause itself when it is top-level)."""
    by_id = {c.id: c for c in causes}
    current = by_id.get(cause_id)
    seen: set[str] = set()
    while current is not None and current.parent_id in by_id and current.id not in seen:
        seen.add(current.id)
        current = by_id[current.parent_id]
    return current
