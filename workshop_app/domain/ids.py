"""New stable ids for workshops and items."""

from __future__ import annotations

import uuid


def new_id() -> str:
    """A fresh id: a UUID4 in canonical text form (matches the file's id pattern)."""
    return str(uuid.uuid4())
