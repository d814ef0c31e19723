"""Every Qt Designer form in ui/ has its generated module, and that module is current."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
UI_DIR = ROOT / "ui"
FORMS_DIR = ROOT / "workshop_app" / "gui" / "forms"
# The one line that names uic's own version: a newer PySide6 alone does not make a form stale.
VERSION_LINE = "## Created by: Qt User Interface Compiler version"


def uic() -> str:
    """pyside6-uic from the environment running the tests (the one `make ui` uses)."""
    candidate = Path(sys.executable).parent / "pyside6-uic"
    return str(candidate) if candidate.exists() else "pyside6-uic"


def generated_name(ui_file: Path) -> str:
    return f"ui_{ui_file.stem}.py"


def comparable(text: str) -> list[str]:
    return [line for line in text.splitlines() if not line.startswith(VERSION_LINE)]


def stale_forms(ui_dir: Path, forms_dir: Path, scratch: Path) -> list[str]:
    """The forms whose committed module differs from what uic makes of the .ui now."""
    stale = []
    for ui_file in sorted(ui_dir.glob("*.ui")):
        committed = forms_dir / generated_name(ui_file)
        fresh = scratch / generated_name(ui_file)
        subprocess.run([uic(), str(ui_file), "-o", str(fresh)], check=True, capture_output=True)
        if not committed.exists() or comparable(committed.read_text("utf-8")) != comparable(
            fresh.read_text("utf-8")
        ):
            stale.append(ui_file.name)
    return stale


def test_there_are_forms() -> None:
    assert sorted(UI_DIR.glob("*.ui")), "the dialogs' layouts live in ui/*.ui"


def test_every_form_has_its_module_and_every_module_its_form() -> None:
    expected = {generated_name(ui_file) for ui_file in UI_DIR.glob("*.ui")}
    present = {module.name for module in FORMS_DIR.glob("ui_*.py")}
    assert expected - present == set(), "run `make ui` and commit the generated modules"
    assert present - expected == set(), "a generated module whose .ui is gone: delete it"


def test_every_generated_module_is_current(tmp_path: Path) -> None:
    assert stale_forms(UI_DIR, FORMS_DIR, tmp_path) == [], "run `make ui` and commit the result"


def test_the_check_catches_a_changed_form_and_a_missing_module(tmp_path: Path) -> None:
    ui_dir = tmp_path / "ui"
    ui_dir.mkdir()
    first = sorted(UI_DIR.glob("*.ui"))[0]
    changed = ui_dir / first.name
    changed.write_text(first.read_text("utf-8").replace('name="', 'name="renamed', 1), "utf-8")
    assert stale_forms(ui_dir, FORMS_DIR, tmp_path) == [first.name]
    shutil.copy(first, changed)
    assert stale_forms(ui_dir, FORMS_DIR, tmp_path) == []
    assert stale_forms(ui_dir, tmp_path / "no-forms", tmp_path) == [first.name]
