"""Storage refuses a date outside domain.date_range, as the file reader does: never stored."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, timedelta, timezone

import pytest

from tests.unit.storage.db_helpers import W
from workshop_app.domain.errors import IntegrityError
from workshop_app.domain.model import Workshop
from workshop_app.storage.repository import WorkshopRepository


@pytest.mark.parametrize("day", [date(1, 1, 1), date(1899, 12, 31), date(3000, 1, 1)])
def test_header_and_item_dates_outside_the_range_are_refused(
    repo: WorkshopRepository, stored: Workshop, day: date
) -> None:
    with pytest.raises(IntegrityError, match="outside 1900-01-01 to 2999-12-31"):
        repo.update_header(W, {"follow_up_date": day})
    step = stored.next_steps[0]
    with pytest.raises(IntegrityError, match=r"NextStep\.due_date"):
        repo.update_item(W, "next_steps", (step.id,), {"due_date": day})
    assert repo.load(W) == stored


def test_a_workshop_with_an_overflowing_moment_is_not_inserted(repo: WorkshopRepository) -> None:
    from tests.unit.storage.builders import rich_workshop

    west = timezone(-timedelta(hours=23, minutes=59))
    workshop = dataclasses.replace(
        rich_workshop(), updated_at=datetime(9999, 12, 31, 23, 59, 59, tzinfo=west)
    )
    with pytest.raises(IntegrityError, match=r"Workshop\.updated_at"):
        repo.insert(workshop)
    assert repo.list_summaries() == []
