"""Stored text reaches the terminal with control characters and bidi overrides escaped."""

from __future__ import annotations

import json
import re
from pathlib import Path

from tests.e2e.cli_runner import run_cli

HOSTILE_TITLE = (
    "Möte \x1b]0;pwned\x07\x1b[2J\x1b[31mröd\x9b2J \u202eredaeh\u202c \u2066x\u2069\rslut"
)
HOSTILE_AREA = "Norr\tbacka\nny rad"
# What must never reach a terminal raw: C0/C1 controls but the line breaks of the output
# itself, and the bidi embeddings, overrides, isolates and marks.
RAW = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def hostile_file(tmp_path: Path, example_file: Path) -> Path:
    document = json.loads(example_file.read_text(encoding="utf-8"))
    document["workshop"]["title"] = HOSTILE_TITLE
    document["workshop"]["area"] = HOSTILE_AREA
    path = tmp_path / "hostile.workshop.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def test_list_escapes_what_a_title_holds(
    data_dir: Path, example_file: Path, tmp_path: Path
) -> None:
    assert run_cli("import", hostile_file(tmp_path, example_file), data_dir=data_dir).code == 0
    plain = run_cli("list", data_dir=data_dir)
    assert plain.code == 0, plain.err
    assert not RAW.search(plain.out.replace("\t", "")), repr(plain.out)
    lines = plain.out.splitlines()
    assert len(lines) == 1 and len(lines[0].split("\t")) == 4  # one line, four fields
    assert "\\x1b]0;pwned\\x07" in plain.out and "\\u202eredaeh" in plain.out
    assert "Norr\\tbacka\\nny rad" in plain.out

    as_json = run_cli("list", "--json", data_dir=data_dir)
    assert as_json.code == 0, as_json.err
    assert not RAW.search(as_json.out.replace("\t", "")), repr(as_json.out)
    listed = json.loads(as_json.out)
    assert listed[0]["title"] == HOSTILE_TITLE  # escaped on the way out, the same value in
    assert listed[0]["area"] == HOSTILE_AREA


def test_messages_escape_what_a_file_holds(
    data_dir: Path, example_file: Path, tmp_path: Path
) -> None:
    document = json.loads(example_file.read_text(encoding="utf-8"))
    document["workshop"]["causes"][0]["problem_id"] = "pr9\x1b[2J\u202e"
    bad = tmp_path / "bad\x1b[31m.workshop.json"
    bad.write_text(json.dumps(document), encoding="utf-8")
    result = run_cli("import", bad, data_dir=data_dir)
    assert result.code == 2
    assert not RAW.search(result.err), repr(result.err)
    assert result.err.startswith("error: causes[0].problem_id") and "\\u202e" in result.err
    missing = run_cli("import", tmp_path / "saknas\x1b[5m\u202e.json", data_dir=data_dir)
    assert missing.code == 2 and not RAW.search(missing.err), repr(missing.err)
    unknown = run_cli(
        "export", "x\x1b[2J", "--format", "json", "-o", tmp_path / "o.json", data_dir=data_dir
    )
    assert unknown.code == 2 and not RAW.search(unknown.err), repr(unknown.err)
