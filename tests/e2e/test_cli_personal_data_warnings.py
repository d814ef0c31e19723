"""`export` warns on stderr about text that looks like personal data (CONTRACT §2)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.e2e.cli_runner import run_cli
from workshop_app.domain.personal_data import PersonalDataKind, finding_digest
from workshop_app.services.app_paths import AppPaths
from workshop_app.services.privacy_dismissals import PrivacyDismissals

PHONES = [f"070-123 45 {n:02d}" for n in range(10, 22)]  # 12 places


def file_with_notes(example_file: Path, tmp_path: Path, texts: list[str]) -> Path:
    document = json.loads(example_file.read_text(encoding="utf-8"))
    document["workshop"]["notes"] = [
        {"id": f"n{i}", "step": "causes", "text": f"Ring {text} i kväll"}
        for i, text in enumerate(texts)
    ]
    path = tmp_path / "with-notes.workshop.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def imported(data_dir: Path, path: Path) -> str:
    result = run_cli("import", path, data_dir=data_dir)
    assert result.code == 0, result.err
    return result.out.strip()


@pytest.mark.parametrize("fmt", ["json", "docx"])
def test_export_prints_ten_warnings_then_a_count(
    fmt: str, data_dir: Path, example_file: Path, tmp_path: Path
) -> None:
    workshop_id = imported(data_dir, file_with_notes(example_file, tmp_path, PHONES))
    out = tmp_path / f"out.{fmt}"
    result = run_cli("export", workshop_id, "--format", fmt, "-o", out, data_dir=data_dir)
    assert result.code == 0, result.err
    assert out.stat().st_size > 0
    lines = result.err.splitlines()
    assert len(lines) == 11, result.err
    assert all(line.startswith("warning: ") for line in lines)
    assert lines[0].startswith("warning: notes[0].text: looks like a phone number (07")
    assert lines[9].startswith("warning: notes[9].text: ")
    assert "2 more places" in lines[10]
    assert not any(phone in result.err for phone in PHONES)  # masked, never the number


def test_export_without_personal_data_prints_nothing(
    data_dir: Path, example_file: Path, tmp_path: Path
) -> None:
    workshop_id = imported(data_dir, example_file)
    out = tmp_path / "out.json"
    result = run_cli("export", workshop_id, "--format", "json", "-o", out, data_dir=data_dir)
    assert (result.code, result.err) == (0, "")


def test_a_finding_dismissed_in_the_window_is_not_warned_about(
    data_dir: Path, example_file: Path, tmp_path: Path
) -> None:
    workshop_id = imported(data_dir, file_with_notes(example_file, tmp_path, PHONES[:2]))
    digest = finding_digest(PersonalDataKind.PHONE_NUMBER, PHONES[0])
    PrivacyDismissals(AppPaths(data_dir)).dismiss(workshop_id, digest)
    out = tmp_path / "out.json"
    result = run_cli("export", workshop_id, "--format", "json", "-o", out, data_dir=data_dir)
    assert result.code == 0
    assert result.err.splitlines() == [
        "warning: notes[1].text: looks like a phone number (07•-••• •• ••); "
        "exported documents can become public"
    ]
