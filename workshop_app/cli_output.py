"""What the command line prints and exits with: status codes, the usage error, stdout/stderr lines.

Shared by ``cli`` (parsing) and ``cli_commands`` (the subcommands) so neither imports the other's
module at load time.
"""

from __future__ import annotations

import sys

from workshop_app.domain.terminal_text import shown

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_BAD_INPUT = 2


class UsageError(Exception):
    """Bad usage or bad input: reported as one ``error:`` line, exit status 2."""


def say(*fields: str) -> None:
    """One line on stdout; each field's control characters and bidi overrides escaped, so
    stored text can never move the cursor, recolour or reorder the terminal."""
    print("\t".join(shown(field) for field in fields))


def complain(message: str) -> None:
    """The contract's one ``error:`` line on stderr, escaped like ``say``."""
    print(f"error: {shown(message)}", file=sys.stderr)
