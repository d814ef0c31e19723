"""The app icon: an SVG source, PNGs at every size, a Windows .ico and a macOS .icns."""

from __future__ import annotations

import struct
import xml.etree.ElementTree as ET

from tests.packaging.packaging_modules import REPO_ROOT, load

render = load("icons/render_icons.py")
ICONS = REPO_ROOT / "resources" / "icons"


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_the_svg_is_square_and_well_formed() -> None:
    root = ET.parse(ICONS / "workshop-app.svg").getroot()
    assert root.tag.endswith("svg")
    assert root.get("viewBox") == "0 0 512 512"


def test_every_png_size_is_rendered_at_its_size() -> None:
    for size in render.PNG_SIZES:
        path = render.png_path(size)
        assert png_size(path.read_bytes()) == (size, size), path.name
    assert min(render.PNG_SIZES) == 16 and max(render.PNG_SIZES) == 512


def test_the_ico_holds_the_small_and_large_sizes() -> None:
    data = (ICONS / "workshop-app.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = {data[6 + 16 * i] or 256 for i in range(count)}  # 0 means 256 in an ICO entry
    assert {16, 32, 48, 256} <= sizes


def test_the_icns_is_an_icns() -> None:
    data = (ICONS / "workshop-app.icns").read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack(">I", data[4:8])[0] == len(data)
