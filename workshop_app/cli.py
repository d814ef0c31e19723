"""The command line (CONTRACT §2): parse arguments, call services, start the GUI."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from workshop_app import __version__
from workshop_app.cli_output import EXIT_BAD_INPUT, EXIT_FAILURE, UsageError, complain
from workshop_app.domain.errors import WorkshopAppError
from workshop_app.domain.terminal_text import shown
from workshop_app.services.app_paths import AppPaths, resolve_data_dir
from workshop_app.services.logging_setup import keep_logs_off_the_terminal
from workshop_app.storage.errors import environment_reason

log = logging.getLogger(__name__)


class _Parser(argparse.ArgumentParser):
    """argparse with the contract's one-line ``error:`` message and exit status 2."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="workshop-app",
        description="Workshopstöd – workshop on crime and insecurity linked to parallel "
        "social structures (Brå's method).",
    )
    parser.add_argument("--version", action="version", version=f"workshop-app {__version__}")
    parser.add_argument(
        "--data-dir", metavar="DIR", help="data directory (database, backups, logs)"
    )
    parser.add_argument(
        "--database-url",
        metavar="URL",
        help="store workshops in this shared database, e.g. postgresql+psycopg://user@host/db "
        "(also WORKSHOP_APP_DATABASE_URL)",
    )
    parser.add_argument(
        "--smoke-test", action="store_true", help="show the first window, then exit 0"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    list_cmd = commands.add_parser("list", help="list the saved workshops")
    list_cmd.add_argument("--json", action="store_true", help="print a JSON array")
    import_cmd = commands.add_parser("import", help="import a workshop file")
    import_cmd.add_argument("file", metavar="FILE")
    export_cmd = commands.add_parser(
        "export", help="write a workshop as a file, a Word document or an Excel workbook"
    )
    export_cmd.add_argument("id", metavar="ID")
    export_cmd.add_argument("--format", required=True, choices=["json", "docx", "xlsx"])
    export_cmd.add_argument(
        "--variant",
        choices=["full", "short", "situation", "action-plan"],
        default="full",
        help="docx: full or short minutes, situation (underlag till lägesbild) or "
        "action-plan (åtgärdsplan)",
    )
    export_cmd.add_argument(
        "--format-version",
        type=int,
        choices=[1, 2],
        default=2,
        help="json: the workshop file version to write; 1 for a recipient on an older release "
        "(refused when the workshop holds what version 1 cannot express)",
    )
    export_cmd.add_argument("-o", "--output", required=True, metavar="OUT")
    _add_record_options(export_cmd)
    delete_cmd = commands.add_parser(
        "delete", help="remove a workshop (a backup of the database is taken first)"
    )
    delete_cmd.add_argument("id", metavar="ID")
    delete_cmd.add_argument(
        "--yes", action="store_true", help="do not ask (needed when not run in a terminal)"
    )
    commands.add_parser(
        "migrate-store",
        help="copy the workshops of the data dir's local database into --database-url's "
        "database (ids already there are skipped)",
    )
    return parser


def _add_record_options(export_cmd: argparse.ArgumentParser) -> None:
    """Choices for a docx/xlsx that the municipality files; none of them is stored."""
    export_cmd.add_argument(
        "--meeting",
        action="append",
        default=[],
        metavar="DATE|ID",
        help="docx: the meeting the minutes record (repeatable; default: the last one held)",
    )
    export_cmd.add_argument(
        "--registration-number",
        "--diarienummer",
        default="",
        metavar="DNR",
        help="registration number (diarienummer) printed on every page",
    )
    export_cmd.add_argument(
        "--classification",
        default="",
        metavar="TEXT",
        help='classification line on every page, e.g. "Kan innehålla uppgifter som omfattas '
        'av sekretess"',
    )
    export_cmd.add_argument(
        "--roles-only",
        action="store_true",
        help="name participants by organisation and role only, never by name",
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``workshop-app``; returns the exit status."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    keep_logs_off_the_terminal()
    for stream in (sys.stdout, sys.stderr):
        # A console or pipe in a legacy code page (Windows) cannot encode every letter: an
        # escape is better than a crash in the middle of a list.
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")
    try:
        args = build_parser().parse_args(args_list)
        return _run(args)
    except (UsageError, WorkshopAppError) as error:
        complain(str(error))
        return EXIT_BAD_INPUT
    except SystemExit as exit_:  # --version and --help
        return int(exit_.code or 0)
    except Exception as error:  # the last guard: a message and the log's path, never a traceback
        reason = environment_reason(error, _data_dir_for_errors)
        if reason is not None:  # a full disk, a read-only folder …: the user can act on it
            log.warning("command failed: %s", type(error).__name__)
            complain(reason)
            return EXIT_BAD_INPUT
        log.exception("unexpected failure")
        # The type only: an error's text may quote stored or typed data (SQL parameters).
        print(
            shown(
                f"workshop-app: unexpected error ({type(error).__name__}); "
                f"details in {_log_path_hint()}"
            ),
            file=sys.stderr,
        )
        return EXIT_FAILURE


_data_dir_for_errors: Path | None = None


def _log_path_hint() -> str:
    return str(AppPaths(_data_dir_for_errors).log_file) if _data_dir_for_errors else "the log"


def _run(args: argparse.Namespace) -> int:
    global _data_dir_for_errors
    data_dir = resolve_data_dir(args.data_dir)
    _data_dir_for_errors = data_dir
    if args.command is None:
        from workshop_app.gui.app import run_gui  # Qt is imported only when the GUI starts

        # The GUI also looks at its saved database setting; an explicit URL comes first.
        return run_gui(data_dir, smoke_test=args.smoke_test, database_url=args.database_url)
    if args.smoke_test:
        raise UsageError("--smoke-test starts the GUI and takes no command")
    from workshop_app.cli_commands import run_command
    from workshop_app.services.store_settings import resolve_database_url

    database_url = resolve_database_url(args.database_url, AppPaths(data_dir))
    return run_command(args, data_dir, database_url)


if __name__ == "__main__":
    sys.exit(main())
