"""`export --format docx --variant …` and `--format xlsx` through the real command line."""

from __future__ import annotations

import io
import stat
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from openpyxl import load_workbook

from tests.e2e.cli_runner import run_cli


@pytest.fixture
def imported(data_dir: Path, example_file: Path) -> str:
    result = run_cli("import", example_file, data_dir=data_dir)
    assert result.code == 0, result.err
    return result.out.strip()


def test_every_variant_and_the_workbook_are_written_private(
    data_dir: Path, tmp_path: Path, imported: str
) -> None:
    titles = {
        "full": "Minnesanteckningar",
        "short": "Minnesanteckningar (kortversion)",
        "situation": "Underlag till lägesbild",
        "action-plan": "Åtgärdsplan",
    }
    for variant, title in titles.items():
        out = tmp_path / f"{variant}.docx"
        result = run_cli(
            "export", imported, "--format", "docx", "--variant", variant, "-o", out,
            "--diarienummer", "KS 2026/77", "--classification", "Kan innehålla uppgifter som omfattas av sekretess",
            "--roles-only", data_dir=data_dir,
        )  # fmt: skip
        assert result.code == 0, result.err
        assert stat.S_IMODE(out.stat().st_mode) == 0o600
        document = docx.Document(str(out))
        texts = [p.text for p in document.paragraphs]
        assert texts[0] == "Kan innehålla uppgifter som omfattas av sekretess"
        assert texts[2].startswith(f"{title} · ")
        assert "Diarienummer: KS 2026/77" in texts
        header = document.sections[0].header.paragraphs[0].text
        assert header == "Dnr KS 2026/77 · Kan innehålla uppgifter som omfattas av sekretess"
    book = tmp_path / "plan.xlsx"
    result = run_cli("export", imported, "--format", "xlsx", "-o", book, data_dir=data_dir)
    assert result.code == 0, result.err
    assert stat.S_IMODE(book.stat().st_mode) == 0o600
    sheets = load_workbook(io.BytesIO(book.read_bytes())).sheetnames
    assert sheets == ["Åtgärdsplan", "Åtgärder", "Informationsmatris", "Samverkansmatris"]


def test_roles_only_names_nobody(
    data_dir: Path, tmp_path: Path, imported: str, example_file: Path
) -> None:
    import json

    names = [
        p["name"] for p in json.loads(example_file.read_text("utf-8"))["workshop"]["participants"]
    ]
    out = tmp_path / "roller.docx"
    result = run_cli(
        "export", imported, "--format", "docx", "-o", out, "--roles-only", data_dir=data_dir
    )
    assert result.code == 0, result.err
    body = docx.Document(str(out)).element.body
    text = "".join(t.text or "" for t in body.iter(qn("w:t")))  # tables included
    assert names and not [n for n in names if n in text]
    assert "processledare" in text  # the roles are there
    plain = tmp_path / "namn.docx"
    assert run_cli("export", imported, "--format", "docx", "-o", plain, data_dir=data_dir).code == 0
    body = docx.Document(str(plain)).element.body
    assert all(n in "".join(t.text or "" for t in body.iter(qn("w:t"))) for n in names)


def test_unknown_meeting_and_misplaced_variant_are_bad_input(
    data_dir: Path, tmp_path: Path, imported: str
) -> None:
    out = tmp_path / "x.docx"
    result = run_cli(
        "export", imported, "--format", "docx", "--meeting", "1999-01-01", "-o", out,
        data_dir=data_dir,
    )  # fmt: skip
    assert result.code == 2 and result.err.startswith("error: ") and "1999-01-01" in result.err
    assert not out.exists()
    result = run_cli(
        "export", imported, "--format", "xlsx", "--variant", "short", "-o", tmp_path / "x.xlsx",
        data_dir=data_dir,
    )  # fmt: skip
    assert result.code == 2 and result.err.count("\n") == 1
    result = run_cli(
        "export", imported, "--format", "docx", "--variant", "long", "-o", out, data_dir=data_dir
    )
    assert result.code == 2 and "invalid choice" in result.err
    result = run_cli(
        "export", imported, "--format", "json", "--roles-only", "-o", tmp_path / "w.json",
        data_dir=data_dir,
    )  # fmt: skip
    assert result.code == 2 and "--roles-only" in result.err and not (tmp_path / "w.json").exists()
