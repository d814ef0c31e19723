"""Moving workshops from one store to another (the local file into a shared database)."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from workshop_app.storage.repository import WorkshopRepository

log = logging.getLogger(__name__)


@dataclass
class MigrationReport:
    """Ids copied, and ids left alone because the target already had them."""

    copied: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


def copy_workshops(source: WorkshopRepository, target: WorkshopRepository) -> MigrationReport:
    """Copy every workshop of ``source`` into ``target`` exactly (ids, order, timestamps).

    A workshop whose id the target already has is skipped, never overwritten: running it
    twice copies nothing new. Each workshop is one transaction, so an interruption leaves
    whole workshops only; running it again completes the rest. The source is not changed.
    """
    report = MigrationReport()
    for summary in reversed(source.list_summaries()):  # oldest first
        if target.exists(summary.id):
            report.skipped.append(summary.id)
            continue
        target.insert(source.load(summary.id))
        report.copied.append(summary.id)
    log.info("store migration: %d copied, %d skipped", len(report.copied), len(report.skipped))
    return report
