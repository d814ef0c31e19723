"""The one table of text limits: how many characters each text of a workshop may hold.

It equals the ``maxLength`` values of the workshop file's schema
(``resources/schema/workshop-file.schema.json``; ``tests/unit/domain/test_limits.py`` checks
that). The file reader applies the schema, storage refuses a longer text with a message, and
every field of the window stops input at the limit and says so. Nothing anywhere cuts a text:
a 5,000-character description imported from a file stays 5,000 characters when it is edited.
Ids (at most 64 characters) are checked by their pattern, not here.
"""

from __future__ import annotations

from workshop_app.domain.model import (
    Attachment,
    Cause,
    Indicator,
    IndicatorAssessment,
    IndicatorSource,
    Measure,
    Meeting,
    MethodRef,
    NextStep,
    Note,
    Organisation,
    Participant,
    PreconditionAssessment,
    Problem,
    Recipient,
    Workshop,
)

WORKSHOP_TITLE_MAX = 200  # the workshop's title: it heads the minutes and the window
SHORT_MAX = 500  # names, titles, places, roles (the schema's "short")
TEXT_MAX = 20_000  # descriptions, notes, evidence (the schema's "text")
KIND_MAX = 64  # an organisation's kind (a method pack's actor kind, or free text)
VERSION_MAX = 40  # a method pack's version
# The minutes' logo: 1 MiB is far more than a crisp logo needs (a 600 px PNG is ~50 kB) and
# keeps the workshop file, which carries it as base64, small enough to mail.
LOGO_MAX_BYTES = 1024 * 1024

TEXT_LIMITS: dict[type, dict[str, int]] = {
    Workshop: {
        "title": WORKSHOP_TITLE_MAX,
        "municipality": SHORT_MAX,
        "area": SHORT_MAX,
        "purpose": TEXT_MAX,
        "note_taker": SHORT_MAX,
    },
    MethodRef: {"version": VERSION_MAX},
    Organisation: {"name": SHORT_MAX, "kind": KIND_MAX},
    Participant: {"name": SHORT_MAX, "role": SHORT_MAX},
    Meeting: {"location": SHORT_MAX, "notes": TEXT_MAX},
    Indicator: {"title": SHORT_MAX, "description": TEXT_MAX, "group": SHORT_MAX},
    IndicatorAssessment: {"observations": TEXT_MAX},
    IndicatorSource: {"note": SHORT_MAX},
    Problem: {"title": SHORT_MAX, "description": TEXT_MAX, "place": SHORT_MAX},
    Cause: {"description": TEXT_MAX, "evidence": TEXT_MAX},
    Measure: {
        "title": SHORT_MAX,
        "description": TEXT_MAX,
        "resources": TEXT_MAX,
        "follow_up": TEXT_MAX,
    },
    PreconditionAssessment: {
        "dimension_title": SHORT_MAX,
        "current_state": TEXT_MAX,
        "obstacles": TEXT_MAX,
        "remedy": TEXT_MAX,
    },
    NextStep: {"title": SHORT_MAX, "description": TEXT_MAX, "owner_role": SHORT_MAX},
    Note: {"text": TEXT_MAX},
    Attachment: {"title": SHORT_MAX},
    Recipient: {"recipient": SHORT_MAX},
}


def text_limit(item_type: type, field: str) -> int | None:
    """The most characters ``field`` of ``item_type`` may hold; ``None``: not a limited text."""
    return TEXT_LIMITS.get(item_type, {}).get(field)


def over_limit_message(label: str, length: int, limit: int) -> str:
    """The one wording of a refused long text (storage and the command line show it)."""
    return f"{label}: {length:,} characters is more than the {limit:,} allowed".replace(",", " ")
