"""One way to find the shipped resources: in a checkout, an installed wheel or a frozen bundle."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent.parent


@cache
def resources_dir() -> Path:
    """The folder holding method packs, schema, translations, templates and examples.

    A wheel carries it as ``workshop_app/resources`` (see pyproject's force-include), a
    PyInstaller bundle as ``sys._MEIPASS/workshop_app/resources`` (the spec's data layout in
    ``packaging/pyinstaller/bundle_layout.py``), and a checkout as ``resources/`` beside the
    package.
    """
    candidates = [_PACKAGE_DIR / "resources", _PACKAGE_DIR.parent / "resources"]
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.insert(0, Path(frozen_root) / "workshop_app" / "resources")
    for candidate in candidates:
        if (candidate / "schema").is_dir():
            return candidate
    raise FileNotFoundError(
        "resources folder not found; looked in: " + ", ".join(str(c) for c in candidates)
    )


def resource_path(*parts: str) -> Path:
    """Path of a shipped resource, e.g. ``resource_path("schema", "workshop-file.schema.json")``."""
    return resources_dir().joinpath(*parts)
