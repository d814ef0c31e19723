"""The start view's first list, read before SQLAlchemy, Alembic and the services are loaded."""

from __future__ import annotations

from workshop_app.domain.summary import WorkshopSummary
from workshop_app.services.app_paths import AppPaths
from workshop_app.services.restore_offer import pending_offer
from workshop_app.storage.quick_list import read_listing
from workshop_app.storage.sqlite_files import damage_of


def read_first_list(paths: AppPaths) -> list[WorkshopSummary] | None:
    """The saved workshops of the data dir's SQLite file, read with the standard library.

    None whenever the full start (``open_app_context``) must decide first: no file yet, a
    damaged one (the start-up check sets it aside and offers a backup), a restore offer
    waiting for the user, or a file not at this version's newest revision (a migration with
    its verified backup, or a newer version's file to refuse). Only reads; the file passes the
    same ``quick_check`` as at every start before a row of it is shown. Raises StorageError
    (DatabaseDamagedError included) when the file cannot be read; the caller then takes the
    full start too, which reports it as usual.
    """
    if pending_offer(paths) is not None or not paths.database.is_file():
        return None
    if damage_of(paths.database) is not None:
        return None
    return read_listing(paths.database)
