"""The app's log file: rotating, in the data dir, never holding workshop text."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def configure_logging(log_file: Path, *, level: int = logging.INFO) -> None:
    """Send the ``workshop_app`` loggers to ``log_file`` (1 MB × 3 files).

    Log lines name operations, ids and error types only: texts typed in the workshop may be
    sensitive and are never logged.
    """
    logger = logging.getLogger("workshop_app")
    for handler in list(logger.handlers):
        if isinstance(handler, logging.handlers.RotatingFileHandler):
            logger.removeHandler(handler)
            handler.close()
    log_file.parent.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(
        log_file, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    logger.addHandler(handler)
    logger.setLevel(level)
