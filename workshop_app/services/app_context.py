"""Everything a running app or command needs, opened once from a data dir."""

from __future__ import annotations

import contextlib
import logging
from dataclasses import dataclass
from pathlib import Path

from workshop_app.domain.method_pack.loader import load_method_pack
from workshop_app.domain.method_pack.model import MethodPack
from workshop_app.domain.steps import Step
from workshop_app.services.app_paths import AppPaths
from workshop_app.services.backup_service import BackupService
from workshop_app.services.driver_logging import keep_driver_warnings_in_the_log
from workshop_app.services.import_journal import ImportJournal
from workshop_app.services.logging_setup import configure_logging
from workshop_app.services.minutes_service import MinutesService
from workshop_app.services.privacy_dismissals import PrivacyDismissals
from workshop_app.services.startup_check import (
    StartupReport,
    StartupStatus,
    check_database,
    keep_crash_wal,
)
from workshop_app.services.transfer_service import TransferService
from workshop_app.services.workshop_service import WorkshopService
from workshop_app.storage.database import (
    Database,
    describe_url,
    open_database,
    open_database_read_only,
    open_database_url,
)
from workshop_app.storage.engine import is_sqlite
from workshop_app.storage.errors import DatabaseDamagedError, StorageError
from workshop_app.storage.instance_lock import COMMAND, InstanceLock
from workshop_app.storage.repository import WorkshopRepository

log = logging.getLogger(__name__)


@dataclass
class AppContext:
    """The open database and the services built on it."""

    paths: AppPaths
    database: Database
    method_pack: MethodPack
    workshops: WorkshopService
    transfer: TransferService
    minutes: MinutesService
    backups: BackupService
    startup: StartupReport
    dismissals: PrivacyDismissals  # personal data hints dismissed as "a place, not a person"
    database_url: str | None = None  # None: the SQLite file in the data dir

    @property
    def shared(self) -> bool:
        """True on a database server: no file backups, no instance lock, others may write."""
        return not is_sqlite(self.database.engine)

    @property
    def store_description(self) -> str:
        """Where the workshops are, for the status bar: the data dir, or the server's URL
        (without its password)."""
        if self.shared and self.database_url:
            return describe_url(self.database_url)
        return str(self.paths.data_dir)

    def close(self) -> None:
        self.database.close()


def open_app_context(
    data_dir: Path,
    *,
    exclusive: bool = True,
    database_url: str | None = None,
    move_damaged: bool | None = None,
) -> AppContext:
    """Create the data dir if needed, start logging, check and open (and migrate) the database.

    ``exclusive``: the caller holds the data dir's instance lock, so a damaged database may be
    moved aside (the GUI then offers the newest good backup). Without the lock (``list``,
    ``export``) a damaged file is reported and left where it is.
    ``move_damaged`` (default: ``exclusive``) False: a damaged database raises
    DatabaseDamagedError with nothing moved, even under the lock (the command line's writing
    commands: only the window, which offers the backup, sets a damaged file aside).
    ``database_url``: a shared database (PostgreSQL) instead of the data dir's SQLite file;
    the data dir then holds only settings and logs, and the file checks do not apply.
    """
    paths = AppPaths(data_dir).ensure()
    configure_logging(paths.log_file)
    keep_driver_warnings_in_the_log()
    if database_url:
        startup = StartupReport(StartupStatus.OK, paths.database)
        database = open_database_url(database_url, backup_dir=paths.backups)
        log.info("opened a database by URL (%s)", database.engine.dialect.name)
    else:
        if paths.database.is_dir():  # nothing of ours: never moved, never written into
            raise StorageError(
                f'"{paths.database}" is a folder, not the database file; move it out of the '
                "data folder. Nothing was changed."
            )
        if exclusive:  # under the lock: a WAL now is a crash's, kept before it is replayed
            keep_crash_wal(paths)
        elif paths.writable:
            _keep_crash_wal_if_nobody_holds(paths)
        move = exclusive if move_damaged is None else move_damaged
        startup = check_database(paths, move_damaged=move)
        if startup.status is StartupStatus.DAMAGED:
            log.warning("damaged database found; moved aside: %s", bool(startup.moved_to))
            if not move:
                raise DatabaseDamagedError(paths.database, startup.reason)
        if exclusive or paths.writable:
            database = open_database(paths.database, backup_dir=paths.backups)
        else:  # list and export in a read-only data dir: read, create nothing
            database = open_database_read_only(paths.database)
            log.info("opened the database read-only")
    try:
        return _build_context(paths, database, startup, database_url)
    except BaseException:
        database.close()
        raise


def _keep_crash_wal_if_nobody_holds(paths: AppPaths) -> None:
    """A reading command replays a crash's WAL too: if no app holds the data dir, the WAL is
    a crash's and is kept first (held briefly, so no window starts meanwhile)."""
    probe = InstanceLock(paths.data_dir, role=COMMAND)
    with contextlib.suppress(OSError):
        if not probe.acquire():
            return  # a running app: its WAL is live, not left by a crash
        try:
            keep_crash_wal(paths)
        finally:
            probe.release()


def _build_context(
    paths: AppPaths, database: Database, startup: StartupReport, database_url: str | None
) -> AppContext:
    repository = WorkshopRepository(database.engine)
    pack = load_method_pack()
    default_minutes = {guide.step: guide.default_minutes for guide in pack.steps}
    known_ids = pack.known_indicator_ids()  # retired ids (aliases) still link old files
    log.info("opened data dir (%d workshops)", len(repository.list_summaries()))
    workshops = WorkshopService(repository, {Step(k): v for k, v in default_minutes.items()})
    return AppContext(
        paths=paths,
        database=database,
        method_pack=pack,
        workshops=workshops,
        transfer=TransferService(
            repository,
            known_ids,
            workshops.load,
            ImportJournal(
                paths.data_dir / "pending-imports",
                describe_url(database_url) if database_url else f"local:{paths.database}",
            ),
        ),
        minutes=MinutesService(repository, pack),
        backups=BackupService(paths.database, paths.backups, database),
        startup=startup,
        dismissals=PrivacyDismissals(paths),
        database_url=database_url,
    )
