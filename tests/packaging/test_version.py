"""The version lives in workshop_app/__init__.py; every packaging file agrees with it."""

from __future__ import annotations

import re
import tomllib
import xml.etree.ElementTree as ET

from tests.packaging.packaging_modules import PACKAGING, REPO_ROOT, load
from workshop_app import __version__

layout = load("pyinstaller/bundle_layout.py")
METAINFO = PACKAGING / "linux" / f"{layout.APP_ID}.metainfo.xml"
INNO_SCRIPT = PACKAGING / "windows" / "workshop-app.iss"


def test_the_layout_reads_the_package_version() -> None:
    assert layout.app_version() == __version__


def test_pyproject_takes_the_version_from_the_package() -> None:
    pyproject = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" in pyproject["project"]["dynamic"]
    assert "version" not in pyproject["project"]
    assert pyproject["tool"]["hatch"]["version"]["path"] == layout.VERSION_FILE


def test_the_newest_appstream_release_is_this_version() -> None:
    releases = ET.parse(METAINFO).getroot().find("releases")
    assert releases is not None
    newest = releases.find("release")
    assert newest is not None
    assert newest.get("version") == __version__
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", newest.get("date", ""))


def test_the_inno_script_takes_its_version_from_the_generated_include() -> None:
    script = INNO_SCRIPT.read_text(encoding="utf-8-sig")
    include = re.search(r'#include\s+"([^"]+version\.iss)"', script)
    assert include is not None, "the .iss must include the generated version file"
    included = (INNO_SCRIPT.parent / include.group(1).replace("\\", "/")).resolve()
    assert included == (REPO_ROOT / layout.INNO_VERSION_INCLUDE).resolve()
    assert "AppVersion={#AppVersion}" in script
    assert "VersionInfoVersion={#AppVersionNumeric}" in script
    assert not re.search(r"AppVersion=\d", script), "no version written into the script itself"
    # What the spec writes there on every build:
    assert f'#define AppVersion "{__version__}"' in layout.inno_version_include(__version__)


def test_windows_gets_four_numbers() -> None:
    assert layout.windows_version_numbers("0.1.0") == (0, 1, 0, 0)
    assert layout.windows_version_numbers("1.2.3rc1") == (1, 2, 3, 0)
    assert layout.windows_version_numbers("2.0.1+local.7") == (2, 0, 1, 0)
    include = layout.inno_version_include("1.2.3")
    assert '#define AppVersion "1.2.3"' in include
    assert '#define AppVersionNumeric "1.2.3.0"' in include


def test_the_licence_is_the_one_pyproject_declares() -> None:
    pyproject = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert pyproject["project"]["license"] == "MIT"
    assert (REPO_ROOT / "LICENSE").read_text(encoding="utf-8").startswith("MIT License")
    assert ET.parse(METAINFO).getroot().findtext("project_license") == "MIT"
