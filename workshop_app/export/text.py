"""Makes user text safe for WordprocessingML: no XML-illegal characters, uniform newlines."""

from __future__ import annotations

import re

# Line and page separators of other programs become newlines (Word pastes \v for a manual
# line break); every other character XML 1.0 forbids, plus DEL and the C1 controls, is dropped.
_AS_NEWLINE = re.compile("\r\n|[\r\v\f\u2028\u2029\x85]")
_ILLEGAL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]")


def clean_text(text: str) -> str:
    """``text`` with only characters Word accepts; tabs and newlines (``\\n``) are kept."""
    if text.isprintable():
        return text
    return _ILLEGAL.sub("", _AS_NEWLINE.sub("\n", text))
