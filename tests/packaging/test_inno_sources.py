"""packaging/check_inno_sources.py, run on a small bundle layout made here."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.packaging.packaging_modules import PACKAGING, load

checker = load("check_inno_sources.py")
SCRIPT = PACKAGING / "windows" / "workshop-app.iss"


def fake_checkout(root: Path) -> Path:
    """The files the real script names, in the same places relative to a copy of it."""
    script = root / "packaging" / "windows" / SCRIPT.name
    script.parent.mkdir(parents=True)
    shutil.copy(SCRIPT, script)
    bundle = root / "dist" / "workshop-app"
    (bundle / "_internal" / "workshop_app" / "resources").mkdir(parents=True)
    (bundle / "workshop-app.exe").write_bytes(b"MZ")
    (bundle / "_internal" / "workshop_app" / "resources" / "pack.toml").write_text("id = 1")
    (root / "build" / "installer").mkdir(parents=True)
    (root / "build" / "installer" / "version.iss").write_text('#define AppVersion "1.0"')
    (root / "LICENSE").write_text("MIT License")
    (root / "resources" / "icons").mkdir(parents=True)
    (root / "resources" / "icons" / "workshop-app.ico").write_bytes(b"\0\0\1\0")
    return script


def test_the_script_names_the_bundle_executable_and_its_contents() -> None:
    parsed = checker.parse(SCRIPT)
    sources = [s.path.replace("\\", "/") for s in parsed.sources]
    assert "../../dist/workshop-app/workshop-app.exe" in sources
    assert any(s.endswith("/_internal/*") for s in sources)
    assert {"LicenseFile", "SetupIconFile"} <= set(parsed.setup_files)


def test_a_complete_layout_passes(tmp_path: Path) -> None:
    problems, covered = checker.check(fake_checkout(tmp_path))
    assert problems == []
    assert covered == 2


def test_a_missing_file_or_uncovered_bundle_file_is_reported(tmp_path: Path) -> None:
    script = fake_checkout(tmp_path)
    (tmp_path / "dist" / "workshop-app" / "workshop-app.exe").unlink()
    (tmp_path / "dist" / "workshop-app" / "README.txt").write_text("not in any Source line")
    (tmp_path / "LICENSE").unlink()
    problems, _covered = checker.check(script)
    text = "\n".join(problems)
    assert "workshop-app.exe" in text and "matches no file" in text
    assert "README.txt" in text
    assert "LicenseFile" in text


def test_the_version_include_must_exist(tmp_path: Path) -> None:
    script = fake_checkout(tmp_path)
    (tmp_path / "build" / "installer" / "version.iss").unlink()
    problems, _covered = checker.check(script)
    assert any("version.iss" in p for p in problems)


def test_uninstall_keeps_the_users_data() -> None:
    """The data folder (platformdirs: %LOCALAPPDATA%\\Workshopstod) is never deleted."""
    script = SCRIPT.read_text(encoding="utf-8-sig")
    assert "[UninstallDelete]" not in script.replace("no [UninstallDelete]", "")
    assert "PrivilegesRequired=lowest" in script
    assert "{autoprograms}" in script  # the Start-menu entry
