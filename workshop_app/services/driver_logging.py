"""The database driver's own warnings go to the app's log, never to the terminal."""

from __future__ import annotations

import logging

DRIVER_LOGGERS = ("psycopg",)


class _IntoAppLog(logging.Handler):
    """Passes a driver's record on to ``workshop_app.driver`` as its template only.

    psycopg warns through its own logger ("error ignored terminating <psycopg.Pipeline …>:
    the connection is lost" when the server goes away); with no handler Python prints that on
    stderr beside the command's one-line error. The arguments are dropped: they may quote
    what the server said.
    """

    def emit(self, record: logging.LogRecord) -> None:
        template = record.msg if isinstance(record.msg, str) else type(record.msg).__name__
        logging.getLogger("workshop_app.driver").log(
            record.levelno, "%s: %s (details not logged)", record.name, template
        )


def keep_driver_warnings_in_the_log() -> None:
    """Install the hand-over once per process (idempotent)."""
    for name in DRIVER_LOGGERS:
        logger = logging.getLogger(name)
        if not any(isinstance(h, _IntoAppLog) for h in logger.handlers):
            logger.addHandler(_IntoAppLog())
        logger.propagate = False  # a root handler (another library's setup) must not echo it
