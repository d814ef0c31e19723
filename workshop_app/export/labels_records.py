"""Labels of the minutes' record fields: note-taker, logo, attachments, distribution (sv, en)."""

from __future__ import annotations

SV: dict[str, str] = {
    "note_taker": "Antecknat av",
    "logo_alt": "Logotyp",
    "attachments": "Bilagor",
    "attachment_number": "Bilaga {n}",
    "distribution": "Sändlista",
    "note_resolved": "löst {when}",
}

EN: dict[str, str] = {
    "note_taker": "Minutes taken by",
    "logo_alt": "Logo",
    "attachments": "Attachments",
    "attachment_number": "Attachment {n}",
    "distribution": "Distribution list",
    "note_resolved": "resolved {when}",
}
