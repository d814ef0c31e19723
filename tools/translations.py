"""Update the Swedish Qt Linguist catalog from the code's tr() strings and build the .qm."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_FILE = ROOT / "resources" / "translations" / "workshop_app_sv.ts"
QM_FILE = TS_FILE.with_suffix(".qm")


def tool(name: str) -> str:
    """A PySide6 tool from the same environment as this Python."""
    candidate = Path(sys.executable).parent / name
    return str(candidate) if candidate.exists() else name


def sources() -> list[str]:
    files = sorted((ROOT / "workshop_app" / "gui").rglob("*.py")) + sorted(
        (ROOT / "ui").glob("*.ui")
    )
    return [str(f.relative_to(ROOT)) for f in files]


def update_catalog(ts_file: Path = TS_FILE) -> None:
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


def build_qm(ts_file: Path = TS_FILE, qm_file: Path = QM_FILE) -> None:
    subprocess.run(
        [tool("pyside6-lrelease"), str(ts_file), "-qm", str(qm_file)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )


if __name__ == "__main__":
    update_catalog()
    build_qm()
    print(f"updated {TS_FILE.relative_to(ROOT)} and {QM_FILE.relative_to(ROOT)}")
