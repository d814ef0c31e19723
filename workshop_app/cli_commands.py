"""The command line's subcommands: list, import, export, delete, migrate-store."""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from workshop_app.cli_output import EXIT_BAD_INPUT, EXIT_OK, UsageError, complain, say
from workshop_app.domain import clock
from workshop_app.domain.personal_data_report import open_findings, warning_lines
from workshop_app.domain.terminal_text import shown, shown_json
from workshop_app.export.options import ExportOptions
from workshop_app.services.app_context import AppContext, open_app_context
from workshop_app.services.app_paths import AppPaths
from workshop_app.services.export_target import checked_export_target
from workshop_app.services.restore_offer import pending_offer
from workshop_app.services.store_migration import copy_workshops
from workshop_app.storage.database import describe_url
from workshop_app.storage.errors import BackupError, DatabaseDamagedError, save_failure_reason
from workshop_app.storage.instance_lock import COMMAND, WINDOW, InstanceLock

COMMAND_WAIT_SECONDS = 5.0


def run_command(args: argparse.Namespace, data_dir: Path, database_url: str | None = None) -> int:
    if args.command == "migrate-store":
        return _migrate_store(data_dir, database_url)
    if args.command == "delete":
        if not args.yes and not sys.stdin.isatty():
            # Nobody to ask (a script, a pipe): deleting needs an explicit --yes.
            raise UsageError(
                f'delete asks before it removes "{shown(args.id)}", and there is no terminal '
                "to ask in; add --yes to delete without asking"
            )
        action = partial(_delete, workshop_id=args.id, ask=not args.yes)
        if database_url:
            return _with_context(open_app_context(data_dir, database_url=database_url), action)
        return _with_write_lock(data_dir, action, in_use="close it, or delete from its start view")
    if args.command == "import":
        if database_url:  # a server takes care of concurrent writers; the lock is for SQLite
            return _with_context(
                open_app_context(data_dir, database_url=database_url),
                lambda ctx: _import(ctx, Path(args.file)),
            )
        return _with_write_lock(data_dir, lambda ctx: _import(ctx, Path(args.file)))
    # Checked before anything is opened: a refused target leaves everything as it was.
    target = None
    if args.command == "export":
        target = checked_export_target(Path(args.output), data_dir)
    # list and export only read and do not hold the lock: they never move files.
    context = open_app_context(data_dir, exclusive=False, database_url=database_url)
    try:
        if args.command == "list":
            return _list(context, as_json=args.json)
        if args.command == "export":
            assert target is not None
            return _export(context, args, target)
    finally:
        context.close()
    raise UsageError(f"unknown command {args.command!r}")


def _with_context(context: AppContext, action: Callable[[AppContext], int]) -> int:
    try:
        return action(context)
    finally:
        context.close()


def _with_write_lock(
    data_dir: Path,
    action: Callable[[AppContext], int],
    in_use: str = "close it, or import the file from its File menu",
) -> int:
    paths = AppPaths(data_dir)
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise UsageError(
            f"cannot create the data folder {shown(str(data_dir))}: {save_failure_reason(error)}"
        ) from None
    if not paths.writable:
        raise UsageError(
            f"the data folder is read-only ({shown(str(data_dir))}); nothing was changed. "
            "list and export still work"
        )
    lock = InstanceLock(data_dir, role=COMMAND)
    try:
        acquired = _acquire_waiting_for_commands(lock)
    except OSError as error:
        raise UsageError(
            f"cannot lock the data folder {shown(str(data_dir))}: {save_failure_reason(error)}"
        ) from None
    if not acquired:
        if lock.holder_role() == WINDOW:
            complain(f"the data directory is in use by the running Workshopstöd window; {in_use}")
        else:
            pid = lock.holder_pid()
            holder = f" (process {pid})" if pid else ""
            complain(
                f"another Workshopstöd process{holder} holds the data folder; try again when "
                "it has finished. Nothing was changed"
            )
        return EXIT_BAD_INPUT
    try:
        if pending_offer(paths) is not None:
            raise UsageError(
                "a damaged database was set aside and the window's offer to restore the newest "
                "verified backup awaits your choice; open the Workshopstöd window first"
            )
        try:
            # Never moved aside here: a new, empty database would take the damaged one's place
            # and the window would no longer offer the backup.
            context = open_app_context(data_dir, move_damaged=False)
        except DatabaseDamagedError as error:
            raise UsageError(
                f'the database "{shown(str(paths.database))}" is damaged ({shown(error.detail)}); '
                "nothing was moved or changed. Open the Workshopstöd window: it offers the "
                "newest verified backup"
            ) from None
        return _with_context(context, action)
    finally:
        lock.release()


def _acquire_waiting_for_commands(lock: InstanceLock) -> bool:
    """Take the lock; while another command holds it, wait up to ``COMMAND_WAIT_SECONDS``.

    Another command (an import in a script, say) is done in moments; the window is not, so
    its hold is reported at once.
    """
    deadline = time.monotonic() + COMMAND_WAIT_SECONDS
    while not lock.acquire():
        if lock.holder_role() == WINDOW or time.monotonic() >= deadline:
            return False
        time.sleep(0.1)
    return True


def _migrate_store(data_dir: Path, database_url: str | None) -> int:
    """Copy the local SQLite store's workshops into the shared database of ``database_url``."""
    if not database_url:
        raise UsageError(
            "migrate-store needs the target database: --database-url URL "
            "(or WORKSHOP_APP_DATABASE_URL)"
        )
    if not AppPaths(data_dir).database.exists():
        raise UsageError(f"{shown(str(data_dir))}: there is no local database to copy from")

    def copy(local: AppContext) -> int:
        target = open_app_context(data_dir, exclusive=False, database_url=database_url)
        try:
            if not target.shared:
                raise UsageError("migrate-store copies into a database server, not a file")
            report = copy_workshops(local.workshops.repository, target.workshops.repository)
        finally:
            target.close()
        say(
            f"copied {len(report.copied)} workshops into {describe_url(database_url)}; "
            f"skipped {len(report.skipped)} already there"
            + (f"; could not copy {len(report.failed)}" if report.failed else "")
            + (f"; not tried {report.not_tried}" if report.not_tried else "")
        )
        for workshop_id in report.skipped:
            say("skipped", workshop_id)
        for failure in report.failed:
            complain(f'workshop "{failure.workshop_id}" was not copied: {failure.reason}')
        if report.stopped_early:
            complain(f"stopped: {report.stopped_early}")
        if not report.complete:  # a rerun copies what is missing and skips what is there
            complain("run migrate-store again to continue where it stopped")
            return EXIT_BAD_INPUT
        return EXIT_OK

    return _with_write_lock(data_dir, copy, in_use="close it first")


def _list(context: AppContext, *, as_json: bool) -> int:
    summaries = context.workshops.list_workshops()
    if as_json:
        rows = [
            {
                "id": s.id,
                "title": s.title,
                "municipality": s.municipality,
                "area": s.area,
                "updated_at": s.updated_at.isoformat(),
            }
            for s in summaries
        ]
        print(shown_json(json.dumps(rows, ensure_ascii=False, indent=2)))
        return EXIT_OK
    for s in summaries:
        place = ", ".join(part for part in (s.municipality, s.area) if part)
        say(s.id, f"{s.updated_at:%Y-%m-%d %H:%M}", s.title, *([f"({place})"] if place else []))
    return EXIT_OK


def _delete(context: AppContext, *, workshop_id: str, ask: bool) -> int:
    """Remove a workshop after a rolling backup that still holds it; asks first on a terminal."""
    if not context.workshops.repository.exists(workshop_id):
        raise UsageError(f'no workshop with id "{shown(workshop_id)}"')
    title = next((s.title for s in context.workshops.list_workshops() if s.id == workshop_id), "")
    if ask:
        print(shown(f'Delete the workshop "{title}" ({workshop_id})? [y/N] '), end="", flush=True)
        answer = sys.stdin.readline().strip().lower()
        if answer not in ("y", "yes", "j", "ja"):
            say("nothing was deleted")
            return EXIT_OK
    try:
        backup = context.backups.backup_now(clock.now())
    except BackupError as error:
        raise UsageError(f"{error}; nothing was deleted") from None
    context.workshops.delete(workshop_id)
    kept = f"; the backup {backup} still holds it" if backup else ""
    say(f'deleted "{title}" ({workshop_id}){kept}')
    return EXIT_OK


def _import(context: AppContext, path: Path) -> int:
    if not path.is_file():
        raise UsageError(f"{shown(str(path))}: no such file")
    outcome = context.transfer.import_file_checked(path)
    if outcome.recovered:
        print(
            "note: an earlier import of this file, whose outcome was unknown, had been saved; "
            "it was not imported again",
            file=sys.stderr,
        )
    say(outcome.workshop.id)
    return EXIT_OK


def _export_options(args: argparse.Namespace) -> ExportOptions:
    return ExportOptions(
        meetings=tuple(args.meeting),
        registration_number=args.registration_number,
        classification=args.classification,
        roles_only=args.roles_only,
    )


def _export(context: AppContext, args: argparse.Namespace, output: Path) -> int:
    workshop_id, fmt = args.id, args.format
    if not context.workshops.repository.exists(workshop_id):
        raise UsageError(f'no workshop with id "{shown(workshop_id)}"')
    if fmt != "docx" and (args.variant != "full" or args.meeting):
        raise UsageError("--variant and --meeting apply to --format docx")
    if fmt == "json" and (args.registration_number or args.classification or args.roles_only):
        # A workshop file holds the workshop as it is; record fields belong to documents.
        raise UsageError(
            "--diarienummer, --classification and --roles-only apply to --format docx and xlsx"
        )
    if fmt != "json" and args.format_version != 2:
        raise UsageError("--format-version applies to --format json")
    options = _export_options(args)
    try:
        if fmt == "json":
            context.transfer.export_file(workshop_id, output, format_version=args.format_version)
        elif fmt == "xlsx":
            context.minutes.export_workbook(workshop_id, output, options)
        else:
            context.minutes.export(workshop_id, output, args.variant, options)
    except OSError as error:
        reason = save_failure_reason(error, output.parent)
        raise UsageError(f"cannot write {shown(str(output))}: {reason}") from error
    _warn_personal_data(context, workshop_id)
    return EXIT_OK


def _warn_personal_data(context: AppContext, workshop_id: str) -> None:
    """CONTRACT §2: a ``warning:`` line per place that looks like personal data (the exit
    status is unchanged); places dismissed in the window as "a place, not a person" are not."""
    workshop = context.workshops.repository.load(workshop_id)
    places = open_findings(workshop, context.dismissals.dismissed(workshop_id))
    for line in warning_lines(workshop, places):
        print(shown(line), file=sys.stderr)
