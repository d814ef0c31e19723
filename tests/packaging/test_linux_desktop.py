"""The Linux .desktop entry and AppStream metainfo: consistent ids, and valid by the tools."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import xml.etree.ElementTree as ET

from tests.conftest import require
from tests.packaging.packaging_modules import PACKAGING, load

layout = load("pyinstaller/bundle_layout.py")
DESKTOP = PACKAGING / "linux" / f"{layout.APP_ID}.desktop"
METAINFO = PACKAGING / "linux" / f"{layout.APP_ID}.metainfo.xml"


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_desktop_entry_starts_the_bundle_with_its_icon() -> None:
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == layout.DISPLAY_NAME
    assert entry["Exec"].split()[0] == layout.APP_NAME
    assert entry["Icon"] == layout.APP_ID
    assert entry["Terminal"] == "false"


def test_the_metainfo_points_at_the_desktop_entry() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == layout.APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("provides/binary") == layout.APP_NAME
    assert "Brå" in "".join(root.find("description").itertext())  # type: ignore[union-attr]


def test_the_app_sets_the_same_desktop_file_name() -> None:
    source = (PACKAGING.parent / "workshop_app" / "gui" / "app.py").read_text(encoding="utf-8")
    assert f'setDesktopFileName("{layout.APP_ID}")' in source


def test_desktop_file_validate_accepts_the_entry() -> None:
    tool = shutil.which("desktop-file-validate")
    require(tool is not None, "desktop-file-validate is not installed (apt: desktop-file-utils)")
    assert tool is not None
    result = subprocess.run([tool, str(DESKTOP)], capture_output=True, text=True, check=False)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_appstreamcli_accepts_the_metainfo() -> None:
    tool = shutil.which("appstreamcli")
    require(tool is not None, "appstreamcli is not installed (apt: appstream)")
    assert tool is not None
    result = subprocess.run(
        [tool, "validate", "--no-net", str(METAINFO)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
