"""The one helper through which text reaches a terminal."""

from __future__ import annotations

import json

from workshop_app.domain.terminal_text import shown, shown_json


def test_controls_and_bidi_are_escaped_letters_are_kept() -> None:
    assert shown("Åsa \x1b[31mröd\x07") == "Åsa \\x1b[31mröd\\x07"
    assert shown("a\u202eb\u2066c\u2069\u200fd") == "a\\u202eb\\u2066c\\u2069\\u200fd"
    assert shown("rad\nrad\tcell\r\x7f\x85") == "rad\\nrad\\tcell\\r\\x7f\\x85"
    assert shown("fil\udcff") == "fil\\udcff"
    assert shown("Örebro – “citat” 😀") == "Örebro – “citat” 😀"


def test_json_stays_valid_and_equal() -> None:
    value = [{"title": "x\u202ey\x9b\x1b\u2028", "n": 1}]
    text = shown_json(json.dumps(value, ensure_ascii=False, indent=2))
    assert "\u202e" not in text and "\x9b" not in text and "\u2028" not in text
    assert json.loads(text) == value
