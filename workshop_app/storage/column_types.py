"""Column types that store domain values portably: enums by value, datetimes as ISO text."""

from __future__ import annotations

from datetime import datetime
from enum import IntEnum, StrEnum
from typing import Any

from sqlalchemy import Dialect, Integer, String
from sqlalchemy.types import TypeDecorator


class EnumText(TypeDecorator[StrEnum]):
    """A ``StrEnum`` stored as its value in a short VARCHAR.

    No CHECK constraint and no native ENUM: adding a value later then needs no table rebuild
    on SQLite; the repository validates values before writing.
    """

    impl = String
    cache_ok = True

    def __init__(self, enum_type: type[StrEnum], length: int = 20) -> None:
        super().__init__(length)
        self.enum_type = enum_type

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        return None if value is None else self.enum_type(value).value

    def process_result_value(self, value: Any, dialect: Dialect) -> StrEnum | None:
        return None if value is None else self.enum_type(value)


class EnumInt(TypeDecorator[IntEnum]):
    """An ``IntEnum`` (extent, phase, rating) stored as its integer value."""

    impl = Integer
    cache_ok = True

    def __init__(self, enum_type: type[IntEnum]) -> None:
        super().__init__()
        self.enum_type = enum_type

    def process_bind_param(self, value: Any, dialect: Dialect) -> int | None:
        return None if value is None else int(self.enum_type(value))

    def process_result_value(self, value: Any, dialect: Dialect) -> IntEnum | None:
        return None if value is None else self.enum_type(value)


class IsoDateTime(TypeDecorator[datetime]):
    """A datetime stored as ISO 8601 text, keeping its UTC offset exactly.

    Why text: the workshop file round-trips "2026-09-01T09:00:00+02:00". SQLAlchemy's DateTime
    drops the offset on SQLite, and PostgreSQL's timestamptz normalises to UTC and returns the
    session's zone, so neither gives back the offset the user's laptop wrote. ISO text is exact
    and identical on both backends. Ordering by these columns is not chronological across
    offsets, so the repository sorts parsed values in Python where order matters.
    """

    impl = String
    cache_ok = True

    def __init__(self) -> None:
        super().__init__(40)

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if not isinstance(value, datetime):
            raise TypeError(f"expected a datetime, got {type(value).__name__}")
        return value.isoformat()

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        return None if value is None else datetime.fromisoformat(value)
