"""The workshop repository: every method is one short transaction for one user intent."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Connection, Engine, Table, delete, select, update
from sqlalchemy import exc as sa_exc

from workshop_app.domain.errors import IntegrityError, ItemNotFoundError, WorkshopNotFoundError
from workshop_app.domain.model import Workshop, WorkshopSummary
from workshop_app.storage import imports, positions, reading, writing
from workshop_app.storage.engine import WRITE_OPTIONS
from workshop_app.storage.errors import (
    CommitOutcomeUnknownError,
    ConnectionLostError,
    DatabaseUnreachableError,
    SaveFailedError,
    StoredDataDamagedError,
    WorkshopChangedElsewhereError,
    is_connection_lost,
    is_undecodable,
    save_failure_reason,
)
from workshop_app.storage.header_mapping import header_change_values
from workshop_app.storage.mapping import (
    CASCADE_DEPENDENTS,
    COLLECTION_MAPS,
    CollectionMap,
    collection_map,
)
from workshop_app.storage.rules import (
    Lookup,
)
from workshop_app.storage.tables import WorkshopRow
from workshop_app.storage.validation import check_changes, check_header_changes, check_item
from workshop_app.storage.write_checks import check_tree_rules, checked_workshop

_WORKSHOPS = cast(Table, WorkshopRow.__table__)  # a Table, typed FromClause


log = logging.getLogger(__name__)


@dataclass
class RevisionGuard:
    """How writes to one workshop treat its revision number (optimistic concurrency).

    ``expected``: the revision the edit is based on (what its caller last read or wrote);
    a write finding another one raises WorkshopChangedElsewhereError and changes nothing.
    None: not checked. After each committed write ``expected`` moves to the new revision, so
    a change made of several writes (one guard) checks them all. ``counted`` False: the write
    leaves the revision as it is, for bookkeeping others need not see (the current step,
    the step timer), which must not turn their next edit into a conflict.
    """

    workshop_id: str
    expected: int | None = None
    counted: bool = True


class WorkshopRepository:
    """Reads and writes whole workshops and single items as domain snapshots.

    Mutating item and header methods set the workshop's ``updated_at`` to ``clock.now()`` and
    return it; ``insert`` and ``replace`` store the aggregate exactly as given.

    Every write to a workshop locks its row first (``SELECT … FOR UPDATE`` on PostgreSQL;
    SQLite's BEGIN IMMEDIATE has taken the database's write lock already), so writers of one
    workshop take turns while other workshops are not held up, and increments its revision
    in the same transaction. ``guarded`` gives a view whose writes check it.
    """

    def __init__(self, engine: Engine, guard: RevisionGuard | None = None) -> None:
        self._engine = engine
        # On SQLite a write transaction starts with BEGIN IMMEDIATE: it waits (busy_timeout)
        # for another writer up front instead of failing when a read lock must be upgraded.
        self._writer = engine.execution_options(**WRITE_OPTIONS)
        self._guard = guard
        # The database file (SQLite): its disk is looked at when a write fails.
        self._file = engine.url.database if engine.dialect.name == "sqlite" else None

    def guarded(self, guard: RevisionGuard) -> WorkshopRepository:
        """The same repository, its writes to ``guard.workshop_id`` checked by ``guard``."""
        return WorkshopRepository(self._engine, guard)

    # ---- revisions --------------------------------------------------------------------

    def revision(self, workshop_id: str) -> int:
        """The workshop's revision now (one small query: cheap enough for every step change)."""
        with self._read() as conn:
            found = conn.execute(
                select(_WORKSHOPS.c.revision).where(_WORKSHOPS.c.id == workshop_id)
            ).scalar_one_or_none()
        if found is None:
            raise WorkshopNotFoundError(workshop_id)
        return int(found)

    def load_with_revision(self, workshop_id: str) -> tuple[Workshop, int]:
        """The whole workshop and the revision it is at (read in one transaction)."""
        with self._read() as conn:
            workshop_pk = reading.require_workshop_pk(conn, workshop_id)
            revision = conn.execute(
                select(_WORKSHOPS.c.revision).where(_WORKSHOPS.c.pk == workshop_pk)
            ).scalar_one()
            return reading.read_workshop(conn, workshop_pk), int(revision)

    # ---- whole workshops --------------------------------------------------------------

    def list_summaries(self) -> list[WorkshopSummary]:
        """All workshops, the most recently changed first."""
        with self._read() as conn:
            return reading.read_summaries(conn)

    def exists(self, workshop_id: str) -> bool:
        with self._read() as conn:
            return reading.find_workshop_pk(conn, workshop_id) is not None

    def load(self, workshop_id: str) -> Workshop:
        """The whole workshop (a fixed number of queries); WorkshopNotFoundError if unknown."""
        with self._read() as conn:
            return reading.read_workshop(conn, reading.require_workshop_pk(conn, workshop_id))

    def insert(self, workshop: Workshop) -> None:
        """Store a new workshop as given (order, ids, timestamps; missing timestamps = now)."""
        checked = checked_workshop(workshop)
        with self._write() as conn:
            if reading.find_workshop_pk(conn, checked.id) is not None:
                raise IntegrityError(f'a workshop with id "{checked.id}" already exists')
            writing.insert_workshop(conn, checked)

    def insert_imported(
        self,
        workshop: Workshop,
        *,
        import_id: str,
        file_digest: str,
        make_copy: Callable[[Workshop], Workshop],
    ) -> Workshop:
        """Store an imported workshop and the record of its import in one transaction.

        Whether the id is taken is decided under a lock (imports.lock_workshop_id): N imports
        of one file at once store N whole workshops, the later ones as ``make_copy`` of it.
        Returns what was stored. CommitOutcomeUnknownError: the connection broke during the
        commit; ``find_import(import_id)`` tells later whether it was stored.
        """
        checked = checked_workshop(workshop)
        with self._write() as conn:
            imports.lock_workshop_id(conn, checked.id)
            if reading.find_workshop_pk(conn, checked.id) is not None:
                checked = checked_workshop(make_copy(checked))
            workshop_pk = writing.insert_workshop(conn, checked)
            imports.record_import(conn, import_id, workshop_pk, file_digest)
        return checked

    def find_import(self, import_id: str) -> str | None:
        """The id of the workshop a committed import stored, or None."""
        with self._read() as conn:
            return imports.find_import(conn, import_id)

    def replace(self, workshop: Workshop) -> None:
        """Replace a stored workshop by ``workshop`` as given, in one transaction (undo)."""
        checked = checked_workshop(workshop)
        with self._edit(checked.id) as (conn, workshop_pk):
            revision = conn.execute(
                select(_WORKSHOPS.c.revision).where(_WORKSHOPS.c.pk == workshop_pk)
            ).scalar_one()
            conn.execute(delete(_WORKSHOPS).where(_WORKSHOPS.c.pk == workshop_pk))
            new_pk = writing.insert_workshop(conn, checked)
            # The new row carries the count on: a revision never goes back.
            conn.execute(
                update(_WORKSHOPS).where(_WORKSHOPS.c.pk == new_pk).values(revision=revision)
            )

    def delete(self, workshop_id: str) -> None:
        """Delete a workshop and everything in it."""
        with self._edit(workshop_id) as (conn, workshop_pk):
            conn.execute(delete(_WORKSHOPS).where(_WORKSHOPS.c.pk == workshop_pk))

    def update_header(self, workshop_id: str, changes: Mapping[str, Any]) -> datetime:
        """Change header fields (``WORKSHOP_HEADER_FIELDS`` and "method")."""
        values = header_change_values(check_header_changes(changes))
        with self._edit(workshop_id) as (conn, workshop_pk):
            if values:
                conn.execute(
                    update(_WORKSHOPS).where(_WORKSHOPS.c.pk == workshop_pk).values(values)
                )
            return writing.touch(conn, workshop_pk)

    # ---- items ------------------------------------------------------------------------

    def get_item(self, workshop_id: str, collection: str, key: Sequence[Any]) -> Any:
        """The current item with ``key`` (e.g. to capture it for undo)."""
        cmap = collection_map(collection)
        with self._read() as conn:
            workshop_pk = reading.require_workshop_pk(conn, workshop_id)
            row_pk = _require_row(conn, cmap, workshop_pk, key)
            return reading.read_items(conn, cmap, workshop_pk, row_pk)[0]

    def add_item(
        self, workshop_id: str, collection: str, item: Any, index: int | None = None
    ) -> datetime:
        """Insert ``item`` at ``index`` of the collection (None: at the end)."""
        cmap = collection_map(collection)
        if not isinstance(item, cmap.item_type):
            expected = cmap.item_type.__name__
            raise TypeError(f"{collection} holds {expected} items, got {type(item).__name__}")
        item = check_item(item)
        key = _key_of(cmap, item)
        with self._edit(workshop_id) as (conn, workshop_pk):
            if reading.find_row(conn, cmap, workshop_pk, key) is not None:
                raise IntegrityError(f"{cmap.describe(key)}: already exists")
            lookup = Lookup(conn, workshop_pk)
            # Other collections first, so "no problem p9" is reported as such; a cause's own
            # parent is then judged by the tree rules ("its own ancestor", not "no cause").
            others = (r.field for r in cmap.refs if r.target != cmap.name)
            writing.ref_values(cmap, item, others, lookup)
            check_tree_rules(conn, workshop_pk, cmap, item, None, None)
            position = positions.insertion_position(conn, cmap.table, workshop_pk, index)
            writing.insert_item(conn, cmap, workshop_pk, item, position, lookup)
            return writing.touch(conn, workshop_pk)

    def update_item(
        self, workshop_id: str, collection: str, key: Sequence[Any], changes: Mapping[str, Any]
    ) -> datetime:
        """Change fields of an item; a tuple field replaces its links in the given order."""
        cmap = collection_map(collection)
        checked = check_changes(cmap.item_type, changes, frozen=cmap.key_fields)
        with self._edit(workshop_id) as (conn, workshop_pk):
            row_pk = _require_row(conn, cmap, workshop_pk, key)
            old = reading.read_items(conn, cmap, workshop_pk, row_pk)[0]
            new = dataclasses.replace(old, **checked)
            lookup = Lookup(conn, workshop_pk)
            writing.ref_values(
                cmap, new, (r.field for r in cmap.refs if r.field in checked), lookup
            )
            check_tree_rules(conn, workshop_pk, cmap, new, row_pk, set(checked))
            writing.update_item(conn, cmap, row_pk, new, checked, lookup)
            return writing.touch(conn, workshop_pk)

    def delete_item(self, workshop_id: str, collection: str, key: Sequence[Any]) -> datetime:
        """Delete an item; the database removes or unlinks what depends on it."""
        cmap = collection_map(collection)
        with self._edit(workshop_id) as (conn, workshop_pk):
            row_pk = _require_row(conn, cmap, workshop_pk, key)
            conn.execute(delete(cmap.table).where(cmap.table.c.pk == row_pk))
            for name in CASCADE_DEPENDENTS[cmap.name]:
                positions.renumber(conn, COLLECTION_MAPS[name].table, workshop_pk)
            return writing.touch(conn, workshop_pk)

    def move_item(
        self, workshop_id: str, collection: str, key: Sequence[Any], new_index: int
    ) -> datetime:
        """Move an item to ``new_index`` (0-based) of its collection."""
        cmap = collection_map(collection)
        with self._edit(workshop_id) as (conn, workshop_pk):
            row_pk = _require_row(conn, cmap, workshop_pk, key)
            positions.move(conn, cmap.table, workshop_pk, row_pk, new_index)
            return writing.touch(conn, workshop_pk)

    # ---- transactions -----------------------------------------------------------------

    @contextmanager
    def _read(self) -> Iterator[Connection]:
        try:
            with self._engine.connect() as conn, conn.begin():
                yield conn
        except sa_exc.DBAPIError as error:
            if error.connection_invalidated or is_connection_lost(error.orig):
                raise DatabaseUnreachableError() from error.orig
            if is_undecodable(error.orig):
                log.error("a stored row could not be decoded (%s)", type(error.orig).__name__)
                raise StoredDataDamagedError() from None  # its text quotes the bytes
            raise

    @contextmanager
    def _edit(self, workshop_id: str) -> Iterator[tuple[Connection, int]]:
        """A write transaction on one workshop: its row locked, its revision checked/counted."""
        guard = self._guard if self._guard and self._guard.workshop_id == workshop_id else None
        counted = guard is None or guard.counted
        new_revision: list[int] = []
        with self._write() as conn:
            row = conn.execute(
                select(_WORKSHOPS.c.pk, _WORKSHOPS.c.revision)
                .where(_WORKSHOPS.c.id == workshop_id)
                .with_for_update()  # SQLite: no-op (BEGIN IMMEDIATE already serialises)
            ).one_or_none()
            if row is None:
                raise WorkshopNotFoundError(workshop_id)
            if guard is not None and guard.expected is not None and guard.expected != row.revision:
                raise WorkshopChangedElsewhereError(workshop_id, guard.expected, row.revision)
            if counted:
                conn.execute(
                    update(_WORKSHOPS)
                    .where(_WORKSHOPS.c.pk == row.pk)
                    .values(revision=_WORKSHOPS.c.revision + 1)
                )
                new_revision.append(row.revision + 1)
            yield conn, row.pk
        # Only once committed: a write that failed leaves the guard where the database is.
        if guard is not None and new_revision:
            guard.expected = new_revision[0]

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        # The transaction is rolled back before any of these errors leaves. They are chained
        # to the driver's error, not SQLAlchemy's: its text lists the statement's parameters
        # (the workshop's text), which a logged traceback must never show.
        stage = ["statements"]
        try:
            with self._writer.begin() as conn:
                yield conn
                stage[0] = "commit"  # an error from here on came from the COMMIT itself
        except sa_exc.IntegrityError as error:
            # Checks above catch the known cases with clearer words; this is the last line.
            raise IntegrityError(f"the database refused the change ({error.orig})") from (
                error.orig
            )
        except sa_exc.DBAPIError as error:  # disk full, read-only, locked, damaged, offline …
            if error.connection_invalidated or is_connection_lost(error.orig):
                if stage[0] == "commit":  # the server may have committed before it went away
                    raise CommitOutcomeUnknownError() from error.orig
                raise ConnectionLostError() from error.orig
            raise SaveFailedError(save_failure_reason(error.orig, self._file)) from error.orig
        except OSError as error:
            raise SaveFailedError(save_failure_reason(error, self._file)) from error


def _key_of(cmap: CollectionMap, item: Any) -> tuple[Any, ...]:
    return tuple(getattr(item, f) for f in cmap.key_fields)


def _require_row(
    conn: Connection, cmap: CollectionMap, workshop_pk: int, key: Sequence[Any]
) -> int:
    row_pk = reading.find_row(conn, cmap, workshop_pk, key)
    if row_pk is None:
        raise ItemNotFoundError(cmap.name, tuple(key))
    return row_pk
