"""Render the app icon's SVG to PNG sizes, a Windows .ico and a macOS .icns (developer tool).

Run after changing ``resources/icons/workshop-app.svg``, then commit the results::

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/icons/render_icons.py

Qt's own SVG renderer draws the PNGs (so they match what the app shows); Pillow, from the
``package`` extra, writes the .ico and .icns from those PNGs.
"""

from __future__ import annotations

import sys
from pathlib import Path

ICON_DIR = Path(__file__).resolve().parents[2] / "resources" / "icons"
SVG = ICON_DIR / "workshop-app.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # 256 is the largest a Windows .ico holds


def png_path(size: int) -> Path:
    return ICON_DIR / f"workshop-app-{size}.png"


def render_pngs() -> list[Path]:
    """Draw the SVG at every size with antialiasing onto a transparent image."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"not a valid SVG: {SVG}")
    written = []
    for size in PNG_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter)
        painter.end()
        if not image.save(str(png_path(size)), "PNG"):
            raise SystemExit(f"could not write {png_path(size)}")
        written.append(png_path(size))
    return written


def write_ico_and_icns() -> list[Path]:
    """Windows and macOS containers, each size from its own rendering (crisp small sizes)."""
    from PIL import Image

    largest = Image.open(png_path(max(PNG_SIZES))).convert("RGBA")
    ico = ICON_DIR / "workshop-app.ico"
    # Pillow picks each listed size from the appended images when one has that exact size.
    ico_images = [Image.open(png_path(size)).convert("RGBA") for size in ICO_SIZES]
    ico_images[-1].save(
        ico, format="ICO", sizes=[(s, s) for s in ICO_SIZES], append_images=ico_images[:-1]
    )
    icns = ICON_DIR / "workshop-app.icns"
    icns_images = [Image.open(png_path(size)).convert("RGBA") for size in (16, 32, 64, 128, 256)]
    largest.save(icns, format="ICNS", append_images=icns_images)
    return [ico, icns]


def main() -> int:
    for path in [*render_pngs(), *write_ico_and_icns()]:
        print(f"wrote {path.relative_to(ICON_DIR.parents[1])} ({path.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
