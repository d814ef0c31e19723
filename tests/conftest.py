"""Shared test set-up: offscreen Qt, temporary data dirs, and skips that CI turns into failures."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Qt aborts the process without a display unless told to render offscreen; set before any import.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The GUI speaks Swedish by default; tests that check English set it explicitly.
os.environ.setdefault("WORKSHOP_APP_LANGUAGE", "sv")

STRICT_SKIPS_VARIABLE = "WORKSHOP_APP_STRICT_SKIPS"
REPO_ROOT = Path(__file__).resolve().parent.parent
SHARED_SPEC = REPO_ROOT.parent / "shared" / "spec"


def require(condition: bool, reason: str) -> None:
    """Skip the calling test when ``condition`` is false – or fail it where CI demands everything.

    CI sets ``WORKSHOP_APP_STRICT_SKIPS=1`` so that a missing LibreOffice or Xvfb cannot hide
    behind a skip there.
    """
    if condition:
        return
    if os.environ.get(STRICT_SKIPS_VARIABLE) == "1":
        pytest.fail(f"required for this test in CI: {reason}")
    pytest.skip(reason)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """An empty data dir under the test's temporary folder."""
    path = tmp_path / "data"
    path.mkdir()
    return path


@pytest.fixture
def non_ascii_data_dir(tmp_path: Path) -> Path:
    """A data dir whose path has Swedish letters and a space, as on a real user's laptop."""
    path = tmp_path / "Åsa Öberg" / "Workshopstöd data"
    path.mkdir(parents=True)
    return path


@pytest.fixture(params=["plain", "non_ascii"])
def any_data_dir(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Path]:
    """Runs a test twice: in a plain data dir and in one under ``Åsa Öberg``."""
    name = "data" if request.param == "plain" else "Åsa Öberg/Workshopstöd"
    path = tmp_path / name
    path.mkdir(parents=True)
    yield path


@pytest.fixture
def example_file() -> Path:
    """The contract's example workshop file (../shared/spec), or the copy shipped in resources."""
    shared = SHARED_SPEC / "example-workshop.json"
    if shared.exists():
        return shared
    return REPO_ROOT / "tests" / "data" / "example-workshop.json"


@pytest.fixture
def schema_file() -> Path:
    return REPO_ROOT / "resources" / "schema" / "workshop-file.schema.json"
