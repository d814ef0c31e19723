"""Makes user text safe for WordprocessingML: no XML-illegal characters, uniform newlines."""

from __future__ import annotations

import re
from collections.abc import Iterable

# Line and page separators of other programs become newlines (Word pastes \v for a manual
# line break); every other character XML 1.0 forbids, plus DEL and the C1 controls, is dropped.
_AS_NEWLINE = re.compile("\r\n|[\r\v\f\u2028\u2029\x85]")
_ILLEGAL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]")


def clean_text(text: str) -> str:
    """``text`` with only characters Word accepts; tabs and newlines (``\\n``) are kept."""
    if text.isprintable():
        return text
    return _ILLEGAL.sub("", _AS_NEWLINE.sub("\n", text))


_CODE = re.compile(r"[a-z0-9]+(?:_[a-z0-9]+)+|[a-z]+")


def words_for_code(value: str) -> str:
    """An id the method pack does not know, as words: ``social_services`` -> "Social services".

    Text a user typed (anything but a lower-case code) is kept as written.
    """
    if _CODE.fullmatch(value):
        return value.replace("_", " ").capitalize()
    return value


def join_items(texts: Iterable[str], separator: str = "; ") -> str:
    """Items joined into one line without doubled marks: never "a.; b" or "a;; b"."""
    items = (t.strip().rstrip(".;,").rstrip() for t in texts)
    return separator.join(t for t in items if t)
