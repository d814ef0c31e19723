"""The words around the slide's data on the projector ("Steg 3 av 7", "Ansvarig: …"), translated."""

from __future__ import annotations

from PySide6.QtCore import QObject

from workshop_app.domain.presentation_content import Fact, FactKind


class Captions(QObject):
    """Wording of the presentation; Qt's translator gives it in the UI language."""

    def step_of(self, number: int, count: int) -> str:
        return self.tr("Step %1 of %2").replace("%1", str(number)).replace("%2", str(count))

    def question_of(self, number: int, count: int) -> str:
        return f"{number}/{count}"

    def page_of(self, number: int, count: int) -> str:
        return self.tr("Page %1/%2").replace("%1", str(number)).replace("%2", str(count))

    def more_next_page(self, count: int) -> str:
        return self.tr("+ %1 more on the next page").replace("%1", str(count))

    def continued(self) -> str:
        return self.tr("continued")

    def more(self, count: int) -> str:
        return self.tr("+ %1 more").replace("%1", str(count))

    def votes(self, count: int) -> str:
        return self.tr("1 vote") if count == 1 else self.tr("%1 votes").replace("%1", str(count))

    def badge_caption(self, kind: FactKind) -> str:
        """The word under a card's large number."""
        if kind == FactKind.MINUTES:
            return self.tr("min")
        return self.tr("votes")

    def new_item(self) -> str:
        return self.tr("NEW")

    def blank(self) -> str:
        return self.tr("Break")

    def overrun(self) -> str:
        return self.tr("over time")

    def causes(self) -> str:
        return self.tr("Causes")

    def measures(self) -> str:
        return self.tr("Measures")

    def no_causes(self) -> str:
        return self.tr("No causes yet")

    def no_measures(self) -> str:
        return self.tr("No measures yet")

    def nothing_yet(self) -> str:
        return self.tr("Nothing captured yet")

    def vote_title(self, kind: str) -> str:
        if kind == "measures":
            return self.tr("Vote result: measures")
        return self.tr("Vote result: problems")

    def vote_total(self, total: int) -> str:
        return self.tr("%1 votes in all").replace("%1", str(total))

    def no_votes(self) -> str:
        return self.tr("Nothing to vote on yet")

    def place(self, text: str) -> str:
        return self.tr("Place: %1").replace("%1", text)

    def fact(self, fact: Fact) -> str:
        """One fact as the group reads it; "" for facts drawn another way (votes)."""
        kind, value = fact.kind, fact.value
        if kind == FactKind.VOTES:
            return ""  # drawn as a badge
        if kind == FactKind.PRIORITISED:
            if value:
                return self.tr("Priority %1").replace("%1", value)
            return self.tr("Prioritised")
        if kind == FactKind.EXTENT:
            return self._extent(value)
        if kind == FactKind.TREND:
            return self._trend(value)
        if kind == FactKind.KNOWLEDGE_GAP:
            return self.tr("Knowledge gap")
        if kind == FactKind.LEAD:
            return self.tr("Lead: %1").replace("%1", value)
        if kind == FactKind.RATING:
            return value
        if kind == FactKind.NOT_RATED:
            return self.tr("Not rated yet")
        if kind == FactKind.DONT_KNOW:
            return self.tr("Don't know")
        if kind == FactKind.OWNER:
            return self.tr("Who: %1").replace("%1", value)
        if kind == FactKind.DUE:
            return self.tr("By %1").replace("%1", value)
        if kind == FactKind.STATUS:
            return self._status(value)
        if kind == FactKind.STEERING_GROUP:
            return self.tr("To the steering group")
        if kind == FactKind.MINUTES:
            return ""  # drawn as a badge
        return value

    def _extent(self, value: str) -> str:
        words = {
            "0": self.tr("Extent: none"),
            "1": self.tr("Extent: some"),
            "2": self.tr("Extent: considerable"),
            "3": self.tr("Extent: extensive"),
        }
        return words.get(value, value)

    def _trend(self, value: str) -> str:
        words = {
            "increasing": self.tr("Increasing"),
            "stable": self.tr("Stable"),
            "decreasing": self.tr("Decreasing"),
            "unknown": self.tr("Trend unknown"),
        }
        return words.get(value, value)

    def _status(self, value: str) -> str:
        words = {
            "planned": self.tr("Planned"),
            "in_progress": self.tr("In progress"),
            "done": self.tr("Done"),
            "cancelled": self.tr("Cancelled"),
        }
        return words.get(value, value)
