"""The command line's subcommands: list, import, export, migrate-store."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

from workshop_app.cli import EXIT_BAD_INPUT, EXIT_OK, UsageError
from workshop_app.domain.personal_data_report import open_findings, warning_lines
from workshop_app.domain.terminal_text import shown
from workshop_app.export.options import ExportOptions
from workshop_app.services.app_context import AppContext, open_app_context
from workshop_app.services.app_paths import AppPaths
from workshop_app.services.export_target import checked_export_target
from workshop_app.services.restore_offer import pending_offer
from workshop_app.services.store_migration import copy_workshops
from workshop_app.storage.database import describe_url
from workshop_app.storage.errors import DatabaseDamagedError, save_failure_reason
from workshop_app.storage.instance_lock import InstanceLock


def run_command(args: argparse.Namespace, data_dir: Path, database_url: str | None = None) -> int:
    if args.command == "migrate-store":
        return _migrate_store(data_dir, database_url)
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
    lock = InstanceLock(data_dir)
    try:
        acquired = lock.acquire()
    except OSError as error:
        raise UsageError(
            f"cannot lock the data folder {shown(str(data_dir))}: {save_failure_reason(error)}"
        ) from None
    if not acquired:
        print(
            f"error: the data directory is in use by the running Workshopstöd window; {in_use}",
            file=sys.stderr,
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


def _migrate_store(data_dir: Path, database_url: str | None) -> int:
    """Copy the local SQLite store's workshops into the shared database of ``database_url``."""
    if not database_url:
        raise UsageError(
            "migrate-store needs the target database: --database-url URL "
            "(or WORKSHOP_APP_DATABASE_URL)"
        )
    if not AppPaths(data_dir).database.exists():
        raise UsageError(f"{data_dir}: there is no local database to copy from")

    def copy(local: AppContext) -> int:
        target = open_app_context(data_dir, exclusive=False, database_url=database_url)
        try:
            if not target.shared:
                raise UsageError("migrate-store copies into a database server, not a file")
            report = copy_workshops(local.workshops.repository, target.workshops.repository)
        finally:
            target.close()
        print(
            f"copied {len(report.copied)} workshops into {describe_url(database_url)}; "
            f"skipped {len(report.skipped)} already there"
        )
        for workshop_id in report.skipped:
            print(f"skipped\t{workshop_id}")
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
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return EXIT_OK
    for s in summaries:
        place = ", ".join(part for part in (s.municipality, s.area) if part)
        print(
            f"{s.id}\t{s.updated_at:%Y-%m-%d %H:%M}\t{s.title}" + (f"\t({place})" if place else "")
        )
    return EXIT_OK


def _import(context: AppContext, path: Path) -> int:
    if not path.is_file():
        raise UsageError(f"{path}: no such file")
    outcome = context.transfer.import_file_checked(path)
    if outcome.recovered:
        print(
            "note: an earlier import of this file, whose outcome was unknown, had been saved; "
            "it was not imported again",
            file=sys.stderr,
        )
    print(outcome.workshop.id)
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
        raise UsageError(f'no workshop with id "{workshop_id}"')
    if fmt != "docx" and (args.variant != "full" or args.meeting):
        raise UsageError("--variant and --meeting apply to --format docx")
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
        raise UsageError(f"cannot write {output}: {error.strerror or error}") from error
    _warn_personal_data(context, workshop_id)
    return EXIT_OK


def _warn_personal_data(context: AppContext, workshop_id: str) -> None:
    """CONTRACT §2: a ``warning:`` line per place that looks like personal data (the exit
    status is unchanged); places dismissed in the window as "a place, not a person" are not."""
    workshop = context.workshops.repository.load(workshop_id)
    places = open_findings(workshop, context.dismissals.dismissed(workshop_id))
    for line in warning_lines(workshop, places):
        print(line, file=sys.stderr)
