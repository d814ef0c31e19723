"""Shared test set-up: offscreen Qt, temporary data dirs, and skips that CI turns into failures."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

# Qt aborts the process without a display unless told to render offscreen; set before any import.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The GUI speaks Swedish by default; tests that check English set it explicitly.
os.environ.setdefault("WORKSHOP_APP_LANGUAGE", "sv")

STRICT_SKIPS_VARIABLE = "WORKSHOP_APP_STRICT_SKIPS"
# A PostgreSQL database the tests may use (each test gets a schema of its own in it), e.g.
# postgresql+psycopg://workshop_test@127.0.0.1:5432/workshop_test; .ci/postgres.sh sets it.
PG_URL_VARIABLE = "WORKSHOP_APP_TEST_PG_URL"
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


# ---- the store: SQLite file or PostgreSQL -------------------------------------------------


@dataclass(frozen=True)
class StoreBackend:
    """Where a test keeps its workshops: ``url`` None is the data dir's SQLite file."""

    name: str  # "sqlite" or "postgresql"
    url: str | None = None

    @property
    def env(self) -> dict[str, str]:
        """Environment for a ``workshop-app`` subprocess using this store."""
        return {"WORKSHOP_APP_DATABASE_URL": self.url} if self.url else {}

    @property
    def args(self) -> list[str]:
        """Command-line options for a ``workshop-app`` subprocess using this store."""
        return ["--database-url", self.url] if self.url else []


SQLITE = StoreBackend("sqlite")


def postgres_url() -> str:
    """The test server's URL; skips (fails in CI) without one or without psycopg."""
    url = os.environ.get(PG_URL_VARIABLE, "")
    require(bool(url), f"no PostgreSQL test server ({PG_URL_VARIABLE} is not set)")
    try:
        import psycopg  # noqa: F401
    except ImportError:
        require(False, "psycopg is not installed (pip install -e '.[test]')")
    return url


@pytest.fixture
def pg_schema_url() -> Iterator[str]:
    """A URL of the PostgreSQL test database whose search_path is a new, empty schema.

    Each test gets a schema of its own (cheaper than a database, and nothing is left behind:
    the schema is dropped afterwards), so tests never see each other's workshops.
    """
    from sqlalchemy import create_engine, make_url, text

    url = postgres_url()
    schema = f"test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(url)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    scoped = make_url(url).update_query_dict({"options": f"-csearch_path={schema}"})
    try:
        yield scoped.render_as_string(hide_password=False)
    finally:
        with admin.begin() as conn:
            # Never hang on a connection a failed test left open: fail its teardown instead.
            conn.execute(text("SET LOCAL lock_timeout = '10s'"))
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request: pytest.FixtureRequest) -> StoreBackend:
    """Runs a test on both stores: the SQLite file, and PostgreSQL when a server is given
    (``WORKSHOP_APP_TEST_PG_URL``; without it that case skips – or fails under
    ``WORKSHOP_APP_STRICT_SKIPS=1``)."""
    if request.param == "sqlite":
        return SQLITE
    return StoreBackend("postgresql", request.getfixturevalue("pg_schema_url"))
