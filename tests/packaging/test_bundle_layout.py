"""The spec's data files exist, land where the app looks for them, and nothing stale ships."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

from tests.packaging.packaging_modules import PACKAGING, REPO_ROOT, load
from workshop_app.domain import resources
from workshop_app.storage import migrate

layout = load("pyinstaller/bundle_layout.py")
SPEC = PACKAGING / "pyinstaller" / "workshop_app.spec"


def bundled() -> dict[str, Path]:
    """Destination path inside the bundle -> source file, as the spec hands them over."""
    return {
        f"{destination}/{source.name}".removeprefix("./"): source
        for source, destination in layout.data_files()
    }


def test_every_data_source_the_spec_lists_exists() -> None:
    for source, _destination in layout.DATA:
        assert (REPO_ROOT / source).exists(), source
    for path in (layout.WINDOWS_ICON, layout.MACOS_ICON, layout.VERSION_FILE):
        assert (REPO_ROOT / path).is_file(), path
    assert (SPEC.parent / "launcher.py").is_file()


def test_the_bundle_carries_packs_template_translations_example_and_migrations() -> None:
    files = bundled()
    expected = [
        "workshop_app/resources/method/bra-pss-workshop/pack.toml",
        "workshop_app/resources/templates/minutes.docx",
        "workshop_app/resources/translations/workshop_app_sv.qm",
        "workshop_app/resources/schema/workshop-file.schema.json",
        "workshop_app/resources/schema/workshop-file-v2.schema.json",
        "workshop_app/resources/examples/exempel-solbacken.workshop.json",
        "workshop_app/resources/icons/workshop-app-256.png",
        "workshop_app/storage/migrations/env.py",
        "workshop_app/storage/migrations/versions/0001_initial.py",
        "LICENSE",
    ]
    for destination in expected:
        assert destination in files, destination
    # Every migration revision ships as a source file (Alembic reads them from disk).
    for revision in (REPO_ROOT / "workshop_app/storage/migrations/versions").glob("*.py"):
        assert f"workshop_app/storage/migrations/versions/{revision.name}" in files
    assert not [d for d in files if "__pycache__" in d or d.endswith(".pyc")]


def test_migrations_land_where_storage_looks_for_them() -> None:
    package_root = Path(migrate.__file__).resolve().parents[1]
    relative = migrate.MIGRATIONS_DIR.relative_to(package_root).as_posix()
    destinations = {destination for _source, destination in layout.DATA}
    assert f"workshop_app/{relative}" in destinations


def test_resources_are_found_under_the_bundle_root(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A frozen app looks in sys._MEIPASS/<the resources destination of the spec>."""
    destination = dict(layout.DATA)["resources"]
    (tmp_path / destination / "schema").mkdir(parents=True)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    resources.resources_dir.cache_clear()
    try:
        assert resources.resources_dir() == tmp_path / destination
    finally:
        resources.resources_dir.cache_clear()


def test_the_spec_is_python_and_uses_the_shared_layout() -> None:
    source = SPEC.read_text(encoding="utf-8")
    ast.parse(source)
    assert "layout.data_files()" in source
    assert "layout.write_inno_version_include()" in source
    assert "BUNDLE(" in source and "bundle_identifier=layout.APP_ID" in source


def test_make_package_builds_the_spec() -> None:
    makefile = (REPO_ROOT / "Makefile").read_text(encoding="utf-8")
    assert "\npackage:" in makefile
    assert "packaging/pyinstaller/workshop_app.spec" in makefile
    assert '".[package,postgres]"' in makefile
