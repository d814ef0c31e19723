"""Update the Swedish Qt Linguist catalog from the code's tr() strings and build the .qm.

The Swedish texts live in ``resources/translations/sv/*.json`` (English source → Swedish), one
file per area of the GUI, so people working on different pages never edit the same file. This
tool extracts the strings with lupdate, fills the ``.ts`` from those files and compiles the
``.qm``; the test suite fails when a string has no Swedish text.
"""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
TS_FILE = TRANSLATIONS / "workshop_app_sv.ts"
QM_FILE = TS_FILE.with_suffix(".qm")
SWEDISH_TEXTS = TRANSLATIONS / "sv"


def tool(name: str) -> str:
    """A PySide6 tool from the same environment as this Python."""
    candidate = Path(sys.executable).parent / name
    return str(candidate) if candidate.exists() else name


def sources() -> list[str]:
    gui = ROOT / "workshop_app" / "gui"
    files = sorted(gui.rglob("*.py")) + sorted((ROOT / "ui").glob("*.ui"))
    return [str(f.relative_to(ROOT)) for f in files]


def swedish_texts() -> dict[str, str]:
    texts: dict[str, str] = {}
    for path in sorted(SWEDISH_TEXTS.glob("*.json")):
        texts.update(json.loads(path.read_text(encoding="utf-8")))
    return texts


def update_catalog(ts_file: Path = TS_FILE) -> list[str]:
    """Extract strings into ``ts_file`` and fill in the Swedish; returns sources still missing."""
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            *sources(),
            "-no-obsolete",
            "-locations",
            "none",
            "-ts",
            str(ts_file),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    texts = swedish_texts()
    tree = ET.parse(ts_file)
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        if source in texts:
            translation.text = texts[source]
            translation.attrib.pop("type", None)
        else:
            translation.text = None
            translation.set("type", "unfinished")
            missing.append(source)
    ET.indent(tree)
    with ts_file.open("wb") as handle:
        handle.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(handle, encoding="utf-8", xml_declaration=False)
        handle.write(b"\n")
    return missing


def build_qm(ts_file: Path = TS_FILE, qm_file: Path = QM_FILE) -> None:
    subprocess.run(
        [tool("pyside6-lrelease"), str(ts_file), "-qm", str(qm_file)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )


if __name__ == "__main__":
    still_missing = update_catalog()
    build_qm()
    print(f"updated {TS_FILE.relative_to(ROOT)} and {QM_FILE.relative_to(ROOT)}")
    for source in still_missing:
        print(f"no Swedish text yet: {source!r} (add it to resources/translations/sv/*.json)")
    sys.exit(1 if still_missing else 0)
