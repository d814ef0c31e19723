"""The accepted dates (domain.date_range): refused at import naming the field, shown safely."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from tests.paths import EXAMPLE_WORKSHOP
from workshop_app.domain.date_range import (
    EARLIEST_DATE,
    LATEST_DATE,
    date_in_range,
    local_text,
    local_time,
    moment_in_range,
    sort_instant,
)
from workshop_app.domain.errors import WorkshopFileError
from workshop_app.domain.workshop_file.reader import parse_workshop_document

EXAMPLE = EXAMPLE_WORKSHOP


def _document(change: dict) -> bytes:
    document = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    workshop = document["workshop"]
    for key, value in change.items():
        if "." in key:  # "next_steps.0.due_date"
            collection, index, field = key.split(".")
            workshop[collection][int(index)][field] = value
        else:
            workshop[key] = value
    return json.dumps(document).encode("utf-8")


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("updated_at", "9999-12-31T23:59:59-23:59"),
        ("updated_at", "0001-01-01T00:00:00+23:59"),
        ("updated_at", "9999-12-31T23:59:59+00:00"),
        ("created_at", "1899-12-31T23:59:59Z"),
        ("created_at", "2999-12-31T23:30:00-01:00"),  # 3000-01-01 in UTC
        ("follow_up_date", "3000-01-01"),
        ("meetings.0.date", "0001-01-01"),
        ("next_steps.0.due_date", "9999-12-31"),
    ],
)
def test_a_date_outside_the_range_is_refused_naming_the_field(field: str, value: str) -> None:
    with pytest.raises(WorkshopFileError) as refused:
        parse_workshop_document(_document({field: value}))
    place = field.replace(".0.", "[0].")
    assert str(refused.value).startswith(f"{place}: ")
    assert value in str(refused.value) and "1900-01-01 to 2999-12-31" in str(refused.value)


def test_the_edges_of_the_range_are_accepted() -> None:
    workshop = parse_workshop_document(
        _document(
            {
                "created_at": "1900-01-01T00:00:00+00:00",
                "updated_at": "2999-12-31T23:59:59+00:00",
                "follow_up_date": "2999-12-31",
                "next_steps.0.due_date": "1900-01-01",
            }
        )
    )
    assert workshop.follow_up_date == LATEST_DATE
    assert workshop.next_steps[0].due_date == EARLIEST_DATE


def test_range_rules() -> None:
    assert date_in_range(date(2026, 12, 20)) and not date_in_range(date(1899, 12, 31))
    assert moment_in_range(datetime(2999, 12, 31, 23, 59, tzinfo=UTC))
    assert not moment_in_range(datetime(2999, 12, 31, 23, 59, tzinfo=timezone(timedelta(hours=-1))))
    assert not moment_in_range(datetime(1900, 1, 1, 0, 30, tzinfo=timezone(timedelta(hours=1))))


@pytest.mark.parametrize(
    "text",
    ["9999-12-31T23:59:59-23:59", "0001-01-01T00:00:00+23:59", "9999-12-31T23:59:59+00:00"],
)
def test_any_stored_moment_is_shown_without_raising(text: str) -> None:
    moment = datetime.fromisoformat(text)
    assert local_time(moment) is not None
    assert local_text(moment)[:4] in ("9999", "0001")  # as written when local time overflows
    assert isinstance(sort_instant(moment), float)


def test_local_text_of_an_ordinary_moment_is_local_time() -> None:
    moment = datetime(2026, 9, 1, 7, 0, tzinfo=UTC)
    assert local_text(moment) == moment.astimezone().strftime("%Y-%m-%d %H:%M")
