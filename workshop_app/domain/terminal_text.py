"""Text for a terminal: control characters and bidi overrides of stored text shown escaped."""

from __future__ import annotations

import re

# C0 and C1 controls and DEL (ESC starts terminal sequences, CR/BS overwrite what is shown),
# the bidi embeddings, overrides and isolates (they reorder the rest of the line: "Trojan
# Source"), the directional marks, and the line/paragraph separators that break a line.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_SURROGATE = re.compile("[\ud800-\udfff]")
# In JSON text json.dumps has escaped C0 controls inside strings; a raw newline is layout.
_UNSAFE_IN_JSON = re.compile(
    "[\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)


def shown(text: str) -> str:
    """``text`` safe to print on one terminal line: unsafe characters as ``\\x1b``/``\\u202e``.

    Lone surrogates (an undecodable file name on POSIX) are escaped too, so the result can
    always be encoded as UTF-8.
    """
    text = _UNSAFE.sub(_escape, text)
    return _SURROGATE.sub(_escape, text)


def shown_json(text: str) -> str:
    """JSON text (from ``json.dumps``) with the same characters as ``\\uXXXX`` escapes.

    Still valid JSON with the same value: the escapes appear only inside strings, as the
    characters they replace can only occur there.
    """
    return _UNSAFE_IN_JSON.sub(_json_escape, text)


_NAMED = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}


def _escape(match: re.Match[str]) -> str:
    if match.group() in _NAMED:
        return _NAMED[match.group()]
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def _json_escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"
