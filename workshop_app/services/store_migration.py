"""Moving workshops from one store to another (the local file into a shared database)."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from workshop_app.domain.errors import WorkshopAppError
from workshop_app.storage.errors import ConnectionLostError, DatabaseUnreachableError
from workshop_app.storage.repository import WorkshopRepository

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class NotCopied:
    """A workshop left behind, and why (a one-line reason naming the field, no text of it)."""

    workshop_id: str
    reason: str


@dataclass
class MigrationReport:
    """Ids copied, ids left alone because the target had them, workshops that could not be
    copied, and how many were not tried because the target went away (``stopped_early``)."""

    copied: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    failed: list[NotCopied] = field(default_factory=list)
    not_tried: int = 0
    stopped_early: str | None = None  # why the rest was not tried (the server went away)

    @property
    def complete(self) -> bool:
        return not self.failed and self.stopped_early is None


def copy_workshops(source: WorkshopRepository, target: WorkshopRepository) -> MigrationReport:
    """Copy every workshop of ``source`` into ``target`` exactly (ids, order, timestamps).

    A workshop whose id the target already has is skipped, never overwritten: running it
    again continues where an earlier run stopped. Each workshop is one transaction, so an
    interruption leaves whole workshops only. A workshop the target refuses (a rule of the
    file, a value the server cannot hold) is named with the reason and the rest are copied;
    a lost or unreachable server stops the run (every further one would fail the same way).
    The source is not changed.
    """
    report = MigrationReport()
    summaries = list(reversed(source.list_summaries()))  # oldest first
    for index, summary in enumerate(summaries):
        try:
            if target.exists(summary.id):
                report.skipped.append(summary.id)
                continue
            target.insert(source.load(summary.id))
        except (ConnectionLostError, DatabaseUnreachableError) as error:
            report.stopped_early = str(error)
            report.not_tried = len(summaries) - index
            break
        except WorkshopAppError as error:  # refused (a rule, a value, a save): name it, go on
            report.failed.append(NotCopied(summary.id, str(error)))
            continue
        except (ValueError, TypeError, LookupError) as error:  # a stored row not decodable
            log.warning("store migration: a workshop could not be read", exc_info=True)
            reason = f"its stored data cannot be read ({type(error).__name__})"
            report.failed.append(NotCopied(summary.id, reason))
            continue
        report.copied.append(summary.id)
    log.info(
        "store migration: %d copied, %d skipped, %d not copied, %d not tried",
        len(report.copied),
        len(report.skipped),
        len(report.failed),
        report.not_tried,
    )
    return report
