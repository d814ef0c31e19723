"""Findings of personal data as the command line reports them: places named as in the file."""

from __future__ import annotations

from collections.abc import Collection

from workshop_app.domain.collections import COLLECTIONS
from workshop_app.domain.model import Workshop
from workshop_app.domain.personal_data import PersonalDataKind, PlaceFinding, scan_workshop

MAX_WARNINGS = 10  # CONTRACT §2: at most 10 lines, then a count

_KIND_WORDS = {
    PersonalDataKind.PERSONAL_IDENTITY_NUMBER: "a personal identity number",
    PersonalDataKind.COORDINATION_NUMBER: "a coordination number",
    PersonalDataKind.PHONE_NUMBER: "a phone number",
    PersonalDataKind.EMAIL_ADDRESS: "an e-mail address",
    PersonalDataKind.STREET_ADDRESS: "a street address with a door number",
}


def open_findings(workshop: Workshop, dismissed: Collection[str] = ()) -> list[PlaceFinding]:
    """The findings of ``workshop`` the user has not dismissed as "a place, not a person"."""
    return [p for p in scan_workshop(workshop) if p.finding.digest not in dismissed]


def place_path(workshop: Workshop, place: PlaceFinding) -> str:
    """Where a finding is, in the workshop file's terms: ``problems[2].description``."""
    if place.collection is None:
        return place.field
    spec = COLLECTIONS[place.collection]
    items = getattr(workshop, place.collection)
    index = next((i for i, item in enumerate(items) if spec.key_of(item) == place.key), None)
    position = f"[{index}]" if index is not None else ""
    return f"{place.collection}{position}.{place.field}"


def warning_lines(workshop: Workshop, places: list[PlaceFinding]) -> list[str]:
    """One ``warning:`` line per place (masked excerpt only), at most MAX_WARNINGS, then a count."""
    lines = [
        f"warning: {place_path(workshop, p)}: looks like {_KIND_WORDS[p.finding.kind]} "
        f"({_printable(p.finding.excerpt_masked)}); exported documents can become public"
        for p in places[:MAX_WARNINGS]
    ]
    if len(places) > MAX_WARNINGS:
        lines.append(
            f"warning: … and {len(places) - MAX_WARNINGS} more places that look like personal data"
        )
    return lines


def _printable(excerpt: str) -> str:
    """The masked excerpt is the only workshop text in a line: no control characters reach
    the terminal (a match may span unusual white space)."""
    return "".join(char if char.isprintable() else " " for char in excerpt)
