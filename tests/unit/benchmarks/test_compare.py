"""make bench compares each figure with the previous run and flags one > 20 % worse."""

from __future__ import annotations

import json
from pathlib import Path

from benchmarks.compare import compare, comparison_text, load_previous
from benchmarks.report import Row


def _previous(tmp_path: Path, rows: list[Row]) -> Path:
    path = tmp_path / "results.json"
    document = {"when": "2026-12-07T20:00:00+00:00", "rows": [r.as_json() for r in rows]}
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def test_a_figure_more_than_20_percent_worse_is_flagged(tmp_path: Path) -> None:
    before = [
        Row("Open", "large", 300.0, "ms", 300),
        Row("Word export", "large", 1000.0, "ms", 2000),
        Row("Start-up", "–", 3.0, "×", 1.5, strict=False),
        Row("Gone", "large", 1.0, "ms", None),
    ]
    now = [
        Row("Open", "large", 361.0, "ms", 300),  # +20.3 %: flagged
        Row("Word export", "large", 1200.0, "ms", 2000),  # +20 % exactly: not flagged
        Row("Start-up", "–", 1.5, "×", 1.5, strict=False),  # better
        Row("New figure", "large", 5.0, "ms", None),  # nothing to compare with
    ]
    previous = load_previous(_previous(tmp_path, before))
    assert previous is not None
    changes = compare(now, previous)
    assert set(changes) == {("Open", "large"), ("Word export", "large"), ("Start-up", "–")}
    assert [key for key, change in changes.items() if change.worse] == [("Open", "large")]
    text = comparison_text(now, changes, previous["when"])
    lines = text.splitlines()
    assert "1 figure(s) more than 20 % worse" in lines[0]
    assert "Open [large]: 300 -> 361 ms  +20 %  << WORSE" in lines[1]  # flagged lines first
    assert "Start-up [–]: 3 -> 1.5 ×  -50 %" in text


def test_no_previous_run_or_an_unreadable_one(tmp_path: Path) -> None:
    assert load_previous(tmp_path / "results.json") is None
    (tmp_path / "results.json").write_text("{not json", encoding="utf-8")
    assert load_previous(tmp_path / "results.json") is None
