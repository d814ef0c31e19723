"""The migrations ship inside the wheel and run from an installed copy, in a non-ASCII folder."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[3]

SCRIPT = """
import sys
from pathlib import Path
import workshop_app
from workshop_app.storage.database import open_database
from workshop_app.storage.repository import WorkshopRepository
from workshop_app.domain.model import Workshop

assert Path(workshop_app.__file__).is_relative_to(Path(sys.argv[1])), workshop_app.__file__
data = Path(sys.argv[2])
with open_database(data / "workshops.sqlite3", backup_dir=data / "backups") as db:
    repo = WorkshopRepository(db.engine)
    repo.insert(Workshop(id="w", title="Från hjulet"))
    print(repo.load("w").title)
"""


@pytest.mark.slow
def test_migrations_run_from_an_installed_wheel(tmp_path: Path) -> None:
    pytest.importorskip("hatchling")
    dist = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "hatchling", "build", "-t", "wheel", "-d", str(dist)],
        cwd=REPO_ROOT,
        check=True,
        capture_output=True,
    )
    (wheel,) = dist.glob("*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for shipped in ("env.py", "script.py.mako", "versions/0001_initial.py"):
        assert f"workshop_app/storage/migrations/{shipped}" in names
    site = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--no-index",
            "--target",
            str(site),
            str(wheel),
        ],
        check=True,
        capture_output=True,
    )
    data = tmp_path / "Åsa Öberg" / "Workshopstöd"
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(site), str(data)],
        cwd=tmp_path,
        env={"PYTHONPATH": str(site), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        encoding="utf-8",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "Från hjulet"
