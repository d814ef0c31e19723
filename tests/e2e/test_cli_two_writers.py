"""Two writing commands at once: the second waits briefly, then names another process."""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path

from tests.e2e.cli_runner import run_cli
from workshop_app.storage.instance_lock import COMMAND, WINDOW, InstanceLock


def test_a_second_writer_waits_then_names_another_process(
    data_dir: Path, example_file: Path
) -> None:
    with InstanceLock(data_dir, role=COMMAND):  # an import of another script, still running
        result = run_cli("import", example_file, data_dir=data_dir)
    assert result.code == 2, (result.out, result.err)
    lines = result.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: another Workshopstöd process")
    assert f"(process {os.getpid()})" in lines[0]
    assert "window" not in lines[0]
    assert json.loads(run_cli("list", "--json", data_dir=data_dir).out) == []


def test_a_second_writer_goes_ahead_once_the_first_is_done(
    data_dir: Path, example_file: Path
) -> None:
    lock = InstanceLock(data_dir, role=COMMAND)
    assert lock.acquire()
    threading.Timer(1.0, lock.release).start()  # the other command finishes meanwhile
    result = run_cli("import", example_file, data_dir=data_dir)
    assert result.code == 0, result.err
    assert [w["id"] for w in json.loads(run_cli("list", "--json", data_dir=data_dir).out)] == [
        "exempel-1"
    ]


def test_the_window_holding_the_folder_is_named_as_such(data_dir: Path, example_file: Path) -> None:
    with InstanceLock(data_dir, role=WINDOW):
        result = run_cli("import", example_file, data_dir=data_dir)
    assert result.code == 2
    assert "running Workshopstöd window" in result.err
