"""Names for places in a workshop file, as error messages show them (``causes[3].problem_id``)."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence

Path = tuple[str | int, ...]

# Long values are cut in messages: the user needs to recognise the value, not to read 20 000
# characters of it on one terminal line.
_SHOWN_CHARACTERS = 60
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*", re.ASCII)


def place_of(path: Sequence[str | int]) -> str | None:
    """The place of ``path`` relative to the workshop object; ``None`` for the document itself.

    ``("workshop", "causes", 3, "problem_id")`` → ``causes[3].problem_id``;
    ``("workshop",)`` → ``workshop``; ``("format_version",)`` → ``format_version``.
    """
    if not path:
        return None
    parts = list(path)
    if parts[0] == "workshop" and len(parts) > 1:
        parts = parts[1:]
    text = ""
    for part in parts:
        if isinstance(part, int):
            text += f"[{part}]"
        elif not _NAME.fullmatch(part):
            # Only unknown fields have odd names; quoted, they cannot break the message line.
            text += f"[{quoted(part)}]"
        else:
            text += f".{part}" if text else part
    return text


def quoted(value: object) -> str:
    """``value`` as JSON for a one-line message: cut when long, control characters escaped.

    Unpaired surrogates (possible via ``\\ud800`` escapes) are shown escaped too, so the message
    itself can always be printed and encoded as UTF-8.
    """
    if isinstance(value, str) and len(value) > _SHOWN_CHARACTERS:
        value = value[:_SHOWN_CHARACTERS] + "…"
    try:
        text = json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        text = repr(value)
    if len(text) > _SHOWN_CHARACTERS + 2:
        text = text[:_SHOWN_CHARACTERS] + "…"
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def printable(text: str) -> str:
    """``text`` made safe to print: a file name undecodable on POSIX holds lone surrogates."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")
