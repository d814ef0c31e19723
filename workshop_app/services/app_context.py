"""Everything a running app or command needs, opened once from a data dir."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from workshop_app.domain.method_pack.loader import load_method_pack
from workshop_app.domain.method_pack.model import MethodPack
from workshop_app.domain.steps import Step
from workshop_app.services.app_paths import AppPaths
from workshop_app.services.backup_service import BackupService
from workshop_app.services.logging_setup import configure_logging
from workshop_app.services.minutes_service import MinutesService
from workshop_app.services.startup_check import StartupReport, StartupStatus, check_database
from workshop_app.services.transfer_service import TransferService
from workshop_app.services.workshop_service import WorkshopService
from workshop_app.storage.database import Database, open_database
from workshop_app.storage.errors import DatabaseDamagedError
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

    def close(self) -> None:
        self.database.close()


def open_app_context(data_dir: Path, *, exclusive: bool = True) -> AppContext:
    """Create the data dir if needed, start logging, check and open (and migrate) the database.

    ``exclusive``: the caller holds the data dir's instance lock, so a damaged database may be
    moved aside (the GUI then offers the newest good backup). Without the lock (``list``,
    ``export``) a damaged file is reported and left where it is.
    """
    paths = AppPaths(data_dir).ensure()
    configure_logging(paths.log_file)
    startup = check_database(paths, move_damaged=exclusive)
    if startup.status is StartupStatus.DAMAGED:
        log.warning("damaged database found; moved aside: %s", bool(startup.moved_to))
        if not exclusive:
            raise DatabaseDamagedError(paths.database, startup.reason)
    database = open_database(paths.database, backup_dir=paths.backups)
    repository = WorkshopRepository(database.engine)
    pack = load_method_pack()
    default_minutes = {guide.step: guide.default_minutes for guide in pack.steps}
    known_ids = frozenset(indicator.id for indicator in pack.indicators)
    log.info("opened data dir (%d workshops)", len(repository.list_summaries()))
    return AppContext(
        paths=paths,
        database=database,
        method_pack=pack,
        workshops=WorkshopService(repository, {Step(k): v for k, v in default_minutes.items()}),
        transfer=TransferService(repository, known_ids),
        minutes=MinutesService(repository, pack),
        backups=BackupService(paths.database, paths.backups, database),
        startup=startup,
    )
