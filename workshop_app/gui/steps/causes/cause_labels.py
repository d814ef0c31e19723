"""What the Causes step calls branches, directness and certainty, in the pack's words."""

from __future__ import annotations

from PySide6.QtCore import QObject

from workshop_app.domain.enums import Branch, Certainty, Directness
from workshop_app.domain.method_pack.model import MethodPack


class CauseLabels(QObject):
    """Branch and directness titles from the method pack; the short words the tree uses."""

    def __init__(self, pack: MethodPack, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._branches = {
            Branch(b.id): b.title.get(language) for b in pack.branches if b.id in set(Branch)
        }
        self._directness = {
            Directness(d.id): d.title.get(language)
            for d in pack.directness
            if d.id in set(Directness)
        }

    def branch(self, branch: Branch) -> str:
        return self._branches.get(branch, branch.value)

    def directness(self, directness: Directness) -> str:
        return self._directness.get(directness, directness.value)

    def kind_short(self, directness: Directness) -> str:
        return self.tr("Direct") if directness == Directness.DIRECT else self.tr("Underlying")

    def certainty(self, certainty: Certainty | None) -> str:
        return {
            None: "",
            Certainty.LOW: self.tr("Low"),
            Certainty.MEDIUM: self.tr("Medium"),
            Certainty.HIGH: self.tr("High"),
        }[certainty]
