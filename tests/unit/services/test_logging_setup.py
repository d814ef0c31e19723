"""The log file never takes a command down and never prints "--- Logging error ---"."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from workshop_app.services.logging_setup import SafeRotatingFileHandler, configure_logging


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full (Linux)")
def test_a_log_on_a_full_disk_drops_records_silently(capsys: pytest.CaptureFixture[str]) -> None:
    handler = SafeRotatingFileHandler("/dev/full", encoding="utf-8")  # every write: ENOSPC
    logger = logging.getLogger("workshop_app.test_full_log")
    logger.addHandler(handler)
    logger.propagate = False
    try:
        for number in range(3):
            logger.error("record %d", number)
    finally:
        logger.removeHandler(handler)
        handler.close()
    captured = capsys.readouterr()
    assert captured.err == "" and captured.out == ""


def test_a_log_folder_that_cannot_be_created_is_skipped(tmp_path: Path) -> None:
    blocker = tmp_path / "logs"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    configure_logging(blocker / "workshop-app.log")  # no exception
    logging.getLogger("workshop_app").info("still fine")
    assert blocker.read_text(encoding="utf-8") == "a file where the folder should be"
