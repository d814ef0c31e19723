"""The workshop list read with the standard library's sqlite3: shown before the ORM is loaded."""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Iterable
from contextlib import closing
from datetime import date, datetime
from pathlib import Path

from workshop_app.domain.steps import Step
from workshop_app.domain.summary import WorkshopSummary
from workshop_app.storage.errors import DatabaseDamagedError
from workshop_app.storage.revisions import HEAD_REVISION
from workshop_app.storage.sqlite_files import connect_read_only

# The same columns and rows as storage.reading.read_summaries; a unit test compares the two.
_SUMMARIES = (
    "SELECT pk, id, title, municipality, area, updated_at, current_step, follow_up_date"
    " FROM workshops"
)
_COMPLETED = "SELECT workshop_pk, step FROM step_plans WHERE completed = 1"


def newest_first(summaries: Iterable[WorkshopSummary]) -> list[WorkshopSummary]:
    """The start view's order: the most recently changed first, by instant.

    Sorted here, not in SQL: the stored ISO text does not sort by instant across offsets.
    """
    return sorted(summaries, key=lambda s: _instant(s.updated_at), reverse=True)


def _instant(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.astimezone()


def read_listing(db_path: Path) -> list[WorkshopSummary] | None:
    """Every workshop's summary, if the file is at this version's newest revision.

    None when it is not (older: a migration is due; newer or none: refused or created by
    the full start, which loads Alembic to decide). Reads on a read-only connection that
    leaves nothing beside the file (as the start-up check does); the version check and the
    rows come from one read transaction. DatabaseDamagedError if the file cannot be read.
    """
    try:
        with closing(connect_read_only(db_path, leave_no_trace=True)) as conn:
            conn.isolation_level = None  # we say where the read transaction begins
            conn.execute("PRAGMA busy_timeout = 5000")  # the app's pragma for a busy file
            conn.execute("BEGIN")
            if not _at_head(conn):
                return None
            completed: dict[int, set[Step]] = defaultdict(set)
            for workshop_pk, step in conn.execute(_COMPLETED):
                completed[workshop_pk].add(Step(step))
            summaries = [
                WorkshopSummary(
                    id=workshop_id,
                    title=title,
                    municipality=municipality,
                    area=area,
                    updated_at=datetime.fromisoformat(updated_at),
                    current_step=Step(current_step),
                    completed_steps=frozenset(completed.get(pk, ())),
                    follow_up_date=date.fromisoformat(follow_up) if follow_up else None,
                )
                for (
                    pk,
                    workshop_id,
                    title,
                    municipality,
                    area,
                    updated_at,
                    current_step,
                    follow_up,
                ) in conn.execute(_SUMMARIES)
            ]
            conn.execute("COMMIT")
    except sqlite3.DatabaseError as error:
        raise DatabaseDamagedError(db_path, str(error)) from error
    return newest_first(summaries)


def _at_head(conn: sqlite3.Connection) -> bool:
    tables = {
        name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    }
    if "alembic_version" not in tables:
        return False
    revisions = tuple(r for (r,) in conn.execute("SELECT version_num FROM alembic_version"))
    return revisions == (HEAD_REVISION,)
