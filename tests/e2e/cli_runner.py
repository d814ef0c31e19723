"""Runs ``workshop-app`` as a real subprocess (``python -m workshop_app``)."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path


@dataclass
class Result:
    code: int
    out: str
    err: str


def run_cli(
    *args: str | Path,
    data_dir: Path | None = None,
    env: dict[str, str] | None = None,
    timeout: float = 120,
    umask: int = -1,
) -> Result:
    full_env = dict(os.environ)
    full_env.pop("WORKSHOP_APP_DATA_DIR", None)
    full_env.pop("WORKSHOP_APP_DATABASE_URL", None)
    full_env["QT_QPA_PLATFORM"] = "offscreen"
    full_env.update(env or {})
    command = [sys.executable, "-m", "workshop_app"]
    if data_dir is not None:
        command += ["--data-dir", str(data_dir)]
    command += [str(a) for a in args]
    done = subprocess.run(
        command,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=full_env,
        timeout=timeout,
        umask=umask,  # -1: the test's own
    )
    return Result(done.returncode, done.stdout, done.stderr)
