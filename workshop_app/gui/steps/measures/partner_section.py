"""The Measures page's partner matrix section: who leads and who takes part in each measure."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from workshop_app.domain.model import Workshop
from workshop_app.domain.partner_matrix import Role, measures_by_problem, measures_of
from workshop_app.domain.priorities import problems_in_order
from workshop_app.gui.steps.measures.measure_matrix import PartnerMatrixView


class PartnerSection(QWidget):
    """Heading, help, "all problems" switch, the matrix and the line shown when it is empty."""

    def __init__(
        self,
        set_role: Callable[[str, str, Role], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._workshop: Workshop | None = None
        self._problem_id: str | None = None
        heading = QLabel(self.tr("Partner matrix"))
        heading.setObjectName("sectionHeading")
        self.all_problems = QCheckBox(self.tr("&Measures of all problems"))
        self.all_problems.setObjectName("matrixAllProblems")
        self.all_problems.toggled.connect(lambda _c: self._show())
        help_text = QLabel(
            self.tr(
                "Who leads and who takes part? Click a cell or press Space: empty → Partner → "
                "Lead. Keys: L lead, P partner, Delete not involved."
            )
        )
        help_text.setWordWrap(True)
        self.matrix = PartnerMatrixView()
        self.matrix.role_requested.connect(set_role)
        heading.setBuddy(self.matrix)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (heading, help_text, self.all_problems, self.matrix, self.empty):
            layout.addWidget(widget)

    def show_workshop(self, workshop: Workshop, problem_id: str | None) -> None:
        """The measures of ``problem_id`` (or of all problems, in problem order) × the
        organisations."""
        self._workshop, self._problem_id = workshop, problem_id
        self._show()

    def _show(self) -> None:
        workshop = self._workshop
        if workshop is None:
            return
        if self.all_problems.isChecked():
            order = [p.id for p in problems_in_order(workshop.problems)]
            grouped = measures_by_problem(workshop.measures)
            measures = [m for pid in order for m in grouped.get(pid, ())]
            titles = {p.id: p.title for p in workshop.problems}
            prefixes = {m.id: f"{titles.get(m.problem_id, '')}: " for m in measures}
        else:
            measures = measures_of(workshop.measures, self._problem_id or "")
            prefixes = {}
        self.matrix.matrix.set_content(measures, workshop.organisations, prefixes)
        if not workshop.organisations:
            empty = self.tr("Add the organisations in step 0, Preparation, to fill in the matrix.")
        elif not measures:
            empty = self.tr("Add a measure above to fill in the matrix.")
        else:
            empty = ""
        self.empty.setText(empty)
        self.empty.setVisible(bool(empty))
        self.matrix.setVisible(not empty)
