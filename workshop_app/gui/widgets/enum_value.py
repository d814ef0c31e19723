"""enum_value: a combo box's data as the domain's enum again."""

from __future__ import annotations

from enum import Enum
from typing import Any


def enum_value(enum_type: type[Enum], value: Any) -> Any:
    """A combo box's data as the domain's enum again (Qt hands StrEnum values back as str)."""
    return None if value is None else enum_type(value)
