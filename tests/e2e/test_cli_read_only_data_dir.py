"""A read-only data folder: list and export work, writing commands say so (exit 2)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.e2e.cli_runner import Result, run_cli
from tests.e2e.mounts import read_only


def assert_clean_refusal(result: Result, words: str) -> None:
    assert result.code == 2, (result.out, result.err)
    lines = result.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.err
    assert words in lines[0]
    assert "Traceback" not in result.err


def test_read_only_data_dir(data_dir: Path, example_file: Path, tmp_path: Path) -> None:
    assert run_cli("import", example_file, data_dir=data_dir).code == 0
    before = sorted(p.name for p in data_dir.iterdir())
    out = tmp_path / "out"
    out.mkdir()
    with read_only(data_dir):
        listed = run_cli("list", "--json", data_dir=data_dir)
        assert listed.code == 0, listed.err
        assert [w["id"] for w in json.loads(listed.out)] == ["exempel-1"]
        plain = run_cli("list", data_dir=data_dir)
        assert plain.code == 0 and plain.out.startswith("exempel-1\t"), plain.err
        for fmt, name in (("json", "a.workshop.json"), ("docx", "a.docx")):
            exported = run_cli(
                "export", "exempel-1", "--format", fmt, "-o", out / name, data_dir=data_dir
            )
            assert exported.code == 0, exported.err
            assert (out / name).stat().st_size > 1000
        assert_clean_refusal(
            run_cli("import", example_file, data_dir=data_dir), "the data folder is read-only"
        )
        assert_clean_refusal(
            run_cli("delete", "exempel-1", "--yes", data_dir=data_dir),
            "the data folder is read-only",
        )
        assert sorted(p.name for p in data_dir.iterdir()) == before
    document = json.loads((out / "a.workshop.json").read_text(encoding="utf-8"))
    assert document["workshop"]["id"] == "exempel-1"
