"""Storage refuses what PostgreSQL cannot hold, on SQLite too: U+0000 in text, counts ≥ 2^31."""

from __future__ import annotations

import dataclasses

import pytest

from tests.unit.storage.builders import rich_workshop
from workshop_app.domain.errors import IntegrityError
from workshop_app.storage.repository import WorkshopRepository


def test_a_nul_in_a_text_is_refused_and_nothing_is_stored(repo: WorkshopRepository) -> None:
    base = rich_workshop("nul")
    problem = dataclasses.replace(base.problems[0], description="före\x00efter")
    with pytest.raises(IntegrityError, match=r"Problem\.description: text contains .*U\+0000"):
        repo.insert(dataclasses.replace(base, problems=(problem, *base.problems[1:])))
    assert not repo.exists("nul")


@pytest.mark.parametrize(("field", "value"), [("elapsed_seconds", 2**31), ("rank", 2**31)])
def test_counts_outside_the_range_are_refused(
    repo: WorkshopRepository, field: str, value: int
) -> None:
    base = rich_workshop("big")
    if field == "rank":
        items = {"problems": (dataclasses.replace(base.problems[0], rank=value),)}
    else:
        items = {"step_plan": (dataclasses.replace(base.step_plan[0], elapsed_seconds=value),)}
    with pytest.raises(IntegrityError, match=f"{field}: {value} is out of range"):
        repo.insert(dataclasses.replace(base, **items))
    assert not repo.exists("big")


def test_an_edit_to_the_largest_count_is_stored_and_one_more_is_refused(
    repo: WorkshopRepository, stored
) -> None:  # type: ignore[no-untyped-def]
    problem = stored.problems[0]
    repo.update_item(stored.id, "problems", (problem.id,), {"rank": 2**31 - 1})
    assert repo.load(stored.id).problems[0].rank == 2**31 - 1
    with pytest.raises(IntegrityError):
        repo.update_item(stored.id, "problems", (problem.id,), {"rank": 2**31})
    with pytest.raises(IntegrityError):
        repo.update_item(stored.id, "problems", (problem.id,), {"title": "a\x00b"})
    assert repo.load(stored.id).problems[0].rank == 2**31 - 1
