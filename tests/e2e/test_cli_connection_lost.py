"""The server goes away during an import (issue 14 item 2): never partial, the message is true,
and a retry after an unknown outcome makes no second copy."""

from __future__ import annotations

import dataclasses
import os
import random
import subprocess
import sys
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import create_engine, make_url

from benchmarks.generator import large_workshop
from tests.e2e.cutting_proxy import CuttingProxy
from workshop_app.domain.model import Workshop
from workshop_app.domain.workshop_file import write_workshop_file
from workshop_app.storage.repository import WorkshopRepository

RANDOM_RUNS = 10
COMMIT_RUNS = 2
EXPORTED_AT = datetime(2026, 11, 20, 14, 30, tzinfo=UTC)
UNKNOWN = "may have been saved – run `list` before importing again"


@dataclasses.dataclass
class Store:
    url: str

    def via(self, port: int) -> str:
        return make_url(self.url).set(port=port).render_as_string(hide_password=False)

    @property
    def target(self) -> tuple[str, int]:
        url = make_url(self.url)
        return str(url.host), int(url.port or 5432)

    def workshops(self) -> dict[str, Workshop]:
        engine = create_engine(self.url)
        try:
            repo = WorkshopRepository(engine)
            return {s.id: repo.load(s.id) for s in repo.list_summaries()}
        finally:
            engine.dispose()


def start_import(url: str, data_dir: Path, path: Path) -> subprocess.Popen[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("WORKSHOP_APP_")}
    command = [sys.executable, "-m", "workshop_app", "--data-dir", str(data_dir)]
    command += ["--database-url", url, "import", str(path)]
    return subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    )


def finish(run: subprocess.Popen[str]) -> tuple[int, str, str]:
    out, err = run.communicate(timeout=180)
    return run.returncode, out, err


def same_content(stored: Workshop, original: Workshop) -> bool:
    return dataclasses.replace(stored, id=original.id, title=original.title) == original


@pytest.fixture
def large_file(tmp_path: Path) -> Path:
    path = tmp_path / "stor.workshop.json"
    write_workshop_file(path, large_workshop(), app_version="test", exported_at=EXPORTED_AT)
    return path


@pytest.mark.slow
def test_server_lost_at_random_moments_during_import(
    pg_schema_url: str, tmp_path: Path, large_file: Path
) -> None:
    store = Store(pg_schema_url)
    # One undisturbed import: the workshop as stored, and how long the database part takes.
    proxy = CuttingProxy(store.target)
    run = start_import(store.via(proxy.port), tmp_path / "calibrate", large_file)
    proxy.connected.wait(120)
    started = time.monotonic()
    code, out, err = finish(run)
    window = time.monotonic() - started
    proxy.cut()
    assert code == 0, err
    original = store.workshops()[out.strip()]

    seed = random.randrange(1_000_000)
    rng = random.Random(seed)
    outcomes: Counter[str] = Counter()
    for number in range(RANDOM_RUNS + COMMIT_RUNS):
        at_commit = number >= RANDOM_RUNS
        before = set(store.workshops())
        proxy = CuttingProxy(store.target, cut_after_commit=at_commit)
        data_dir = tmp_path / f"run{number}"
        run = start_import(store.via(proxy.port), data_dir, large_file)
        if not at_commit:
            proxy.connected.wait(120)
            time.sleep(rng.uniform(0, window))
            proxy.cut()
        code, out, err = finish(run)
        proxy.cut()
        stored = store.workshops()
        new = set(stored) - before
        context = f"seed {seed}, run {number}: exit {code}, {err!r}"
        # Never partial: whatever is stored is the whole workshop.
        assert all(same_content(stored[i], original) for i in new), context
        lines = err.splitlines()
        if code == 0:
            assert err == "" and new == {out.strip()}, context
            outcomes["saved"] += 1
            continue
        assert code == 2 and len(lines) == 1 and lines[0].startswith("error: "), context
        if UNKNOWN in err:
            outcomes[f"unknown ({'saved' if new else 'not saved'})"] += 1
        else:  # any other message says nothing was saved: it must be true
            assert new == set(), context
            outcomes["not saved"] += 1
        # The server is back (same address): importing the file again gives exactly one.
        again = CuttingProxy(store.target, port=proxy.port)
        retry_code, retry_out, retry_err = finish(
            start_import(store.via(again.port), data_dir, large_file)
        )
        again.cut()
        assert retry_code == 0, f"{context}; retry: {retry_err!r}"
        after = set(store.workshops()) - before
        assert after == {retry_out.strip()}, f"{context}; retry made {len(after)}"
    print(f"\nconnection lost during import (seed {seed}): {dict(outcomes)}")
    assert outcomes["unknown (saved)"] >= COMMIT_RUNS  # the cut after COMMIT: stored, unknown
