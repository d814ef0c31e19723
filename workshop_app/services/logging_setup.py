"""The app's log file: rotating, in the data dir, never holding workshop text."""

from __future__ import annotations

import contextlib
import logging
import logging.handlers
import os
import traceback
from pathlib import Path
from typing import Any

from workshop_app.domain.file_modes import make_private

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class NoTextFormatter(logging.Formatter):
    """Keeps tracebacks (frames and exception types) but never exception messages.

    Messages meant for the user may quote what was typed or imported ("got '…'"), and
    workshop text must never reach the log file.
    """

    def formatException(self, ei: Any) -> str:
        chain: list[BaseException] = []
        error = ei[1]
        while error is not None and all(error is not seen for seen in chain):
            chain.append(error)
            error = error.__cause__ or (None if error.__suppress_context__ else error.__context__)
        parts: list[str] = []
        for error in reversed(chain):
            parts.append("Traceback (most recent call last):\n")
            parts += traceback.format_list(traceback.extract_tb(error.__traceback__))
            kind = f"{type(error).__module__}.{type(error).__qualname__}"
            parts.append(f"{kind} (message not logged)\n")
        return "".join(parts).rstrip("\n")


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
    logger.setLevel(level)
    try:
        log_file.parent.mkdir(parents=True, exist_ok=True)
        handler = SafeRotatingFileHandler(
            log_file, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        return  # a read-only or full data dir: the command goes on without a log file
    handler.setFormatter(NoTextFormatter(LOG_FORMAT))
    logger.addHandler(handler)


def keep_logs_off_the_terminal() -> None:
    """Without a log file, Python would print records (tracebacks too) on stderr: never."""
    logger = logging.getLogger("workshop_app")
    if not any(isinstance(h, logging.NullHandler) for h in logger.handlers):
        logger.addHandler(logging.NullHandler())


class SafeRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A log file that can never take a command down, nor print "--- Logging error ---".

    Writing a log line can fail (disk full, the folder turned read-only, a rotation the
    system refuses); the record is then dropped: the log is a help, never a precondition.
    """

    def _open(self) -> Any:
        # 0600 whatever the umask: logs name ids and errors, which are nobody else's business.
        descriptor = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        make_private(self.baseFilename)
        return os.fdopen(descriptor, self.mode, encoding=self.encoding, errors=self.errors)

    def handleError(self, record: logging.LogRecord) -> None:
        stream, self.stream = self.stream, None
        if stream is not None:
            with contextlib.suppress(Exception):
                stream.close()  # reopened by the next emit, in case there is room again
