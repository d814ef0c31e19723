"""What the user chooses when exporting: kind of document, meetings, and record fields."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Variant = Literal["full", "short", "situation", "action-plan"]
VARIANTS: tuple[Variant, ...] = ("full", "short", "situation", "action-plan")


@dataclass(frozen=True, slots=True)
class ExportOptions:
    """Choices made at export time; none of them is stored in the workshop.

    ``meetings``: ids or dates (YYYY-MM-DD) of the meetings the document records; empty means
    the last meeting held. ``registration_number`` (diarienummer) and ``classification`` (e.g.
    "Kan innehålla uppgifter som omfattas av sekretess") go on every page when given.
    ``roles_only``: participants appear as organisation and role, never by name.
    """

    meetings: tuple[str, ...] = ()
    registration_number: str = ""
    classification: str = ""
    roles_only: bool = False
