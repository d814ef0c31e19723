"""What the facilitator does on the Indicators page, as undoable changes saved at once.

Assessment fields are changed in place when the screen's snapshot holds the assessment (fast,
no reload). When it does not – a catalog indicator assessed for the first time, or a second
key press before the first save is back – a ``SetAssessment`` decides on the database worker
what is missing and adds it, as one undo step.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject

from workshop_app.domain.enums import IndicatorStatus, SourceType
from workshop_app.domain.ids import new_id
from workshop_app.domain.information_matrix import with_cell
from workshop_app.domain.method_pack.model import MethodPack
from workshop_app.domain.model import Indicator, IndicatorAssessment
from workshop_app.gui.session import WorkshopSession
from workshop_app.gui.widgets.debounce import Debouncer
from workshop_app.services.changes import AddItem, DeleteItem
from workshop_app.services.indicator_changes import ClearAssessment, SetAssessment


def observations_field(indicator_id: str) -> str:
    """The debouncer's id of an indicator's observations."""
    return f"indicator_assessments.{indicator_id}.observations"


class IndicatorEdits(QObject):
    """Edits of indicators and their assessments; ``shown_changed`` runs after an edit that
    changed the session's snapshot in place (a reload comes with ``snapshot_changed``)."""

    def __init__(
        self,
        session: WorkshopSession,
        pack: MethodPack,
        debouncer: Debouncer,
        shown_changed: Callable[[], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._pack = pack
        self._debouncer = debouncer
        self._shown_changed = shown_changed

    # -- assessments ---------------------------------------------------------------------

    def set_status(self, indicator_id: str, status: IndicatorStatus | None) -> None:
        """What the quick keys do: set the status; None takes it back to "not assessed"."""
        current = self.assessment(indicator_id)
        if (current.status if current else None) == status:
            return
        if status is None:
            self._debouncer.flush_field(observations_field(indicator_id))
            self._session.apply(
                ClearAssessment(self._session.workshop_id, indicator_id),
                self.tr("Clear indicator status"),
            )
            return
        self._set_fields(indicator_id, {"status": status}, self.tr("Set indicator status"))

    def set_field(self, indicator_id: str, field: str, value: Any) -> None:
        """Set the status, extent, trend or certainty of an indicator."""
        if field == "status":
            self.set_status(indicator_id, value)
            return
        current = self.assessment(indicator_id)
        if current is not None and getattr(current, field) == value:
            return
        texts = {
            "extent": self.tr("Set extent"),
            "trend": self.tr("Set trend"),
            "certainty": self.tr("Set certainty"),
        }
        self._set_fields(indicator_id, {field: value}, texts[field])

    def observations_typed(self, indicator_id: str, text: str) -> None:
        """Save the observations after the typing pause (the text as it is now)."""

        def commit() -> None:
            current = self.assessment(indicator_id)
            if current is None or current.observations != text:
                self._set_fields(indicator_id, {"observations": text}, self.tr("Edit observations"))

        self._debouncer.schedule(observations_field(indicator_id), commit)

    def set_source(self, indicator_id: str, organisation_id: str, kind: SourceType | None) -> None:
        """Set one cell of the information matrix (None: the organisation has nothing)."""
        current = self.assessment(indicator_id)
        if current is None:
            return
        sources = with_cell(current.sources, organisation_id, kind)
        if sources != current.sources:
            text = self.tr("Set source in the information matrix")
            self._set_fields(indicator_id, {"sources": sources}, text)

    # -- own indicators ------------------------------------------------------------------

    def add_own(self, title: str, group_id: str | None) -> str | None:
        """Add a custom indicator; returns its id (None for an empty title)."""
        title = title.strip()
        if not title:
            return None
        group = self._pack.group(group_id) if group_id else None
        language = self._session.workshop.language
        indicator = Indicator(
            id=new_id(),
            title=title,
            group=group.title.get(language) if group else "",
            custom=True,
        )
        self._session.apply(
            AddItem(self._session.workshop_id, "indicators", indicator),
            self.tr("Add own indicator"),
        )
        return indicator.id

    def rename_own(self, indicator_id: str, title: str) -> None:
        title = title.strip()
        own = self.own_indicator(indicator_id)
        if own is None or not title or title == own.title:
            return
        self._session.update_item(
            "indicators", (indicator_id,), {"title": title}, self.tr("Rename own indicator")
        )
        self._shown_changed()

    def delete_own(self, indicator_id: str) -> None:
        if self.own_indicator(indicator_id) is None:
            return
        self._debouncer.flush_field(observations_field(indicator_id))
        self._session.apply(
            DeleteItem(self._session.workshop_id, "indicators", (indicator_id,)),
            self.tr("Remove own indicator"),
        )

    # -- lookups -------------------------------------------------------------------------

    def assessment(self, indicator_id: str) -> IndicatorAssessment | None:
        """The assessment as the screen's snapshot holds it."""
        return next(
            (
                a
                for a in self._session.workshop.indicator_assessments
                if a.indicator_id == indicator_id
            ),
            None,
        )

    def own_indicator(self, indicator_id: str) -> Indicator | None:
        return next(
            (i for i in self._session.workshop.indicators if i.id == indicator_id and i.custom),
            None,
        )

    def workshop_indicator(self, indicator_id: str) -> Indicator | None:
        """The workshop's indicator, or a catalog one as it would be added: in the workshop's
        language, so the workshop file reads without the catalog."""
        workshop = self._session.workshop
        listed = next((i for i in workshop.indicators if i.id == indicator_id), None)
        if listed is not None:
            return listed
        catalog = self._pack.indicator(indicator_id)
        if catalog is None:
            return None
        language = workshop.language
        group = self._pack.group(catalog.group_id)
        return Indicator(
            id=catalog.id,
            title=catalog.title.get(language),
            description=catalog.description.get(language),
            group=group.title.get(language) if group else "",
            custom=False,
        )

    # -- plumbing ------------------------------------------------------------------------

    def _set_fields(self, indicator_id: str, values: dict[str, Any], text: str) -> None:
        if self.assessment(indicator_id) is not None:
            self._session.update_item("indicator_assessments", (indicator_id,), values, text)
            self._shown_changed()
            return
        indicator = self.workshop_indicator(indicator_id)
        if indicator is not None:
            change = SetAssessment(self._session.workshop_id, indicator, values)
            self._session.apply(change, text)
