"""The app's icon, kept apart from the About dialog so the first window needs only this."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from workshop_app.domain.resources import resource_path

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def app_icon() -> QIcon:
    """The app's icon from its rendered PNG sizes (no SVG plug-in needed in a bundle)."""
    icon = QIcon()
    for size in ICON_SIZES:
        path = resource_path("icons", f"workshop-app-{size}.png")
        if path.is_file():
            icon.addFile(str(path))
    return icon
