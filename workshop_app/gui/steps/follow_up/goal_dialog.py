"""Goal, consequences and the measures' expected effect of one prioritised problem.

Brå asks for clear, followable goals with a baseline: what should be different, by when, and
how the group will know (the indicators that will show it); the law asks for the
consequences of crime. Every field is saved when the group leaves it, as one undoable edit.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from workshop_app.domain.enums import Affected, Evidence, Implementation, Severity
from workshop_app.domain.ids import new_id
from workshop_app.domain.model import Consequence, Problem, Workshop
from workshop_app.gui.session import WorkshopSession
from workshop_app.gui.steps.follow_up.follow_up_rows import choice_combo, select, set_text
from workshop_app.gui.widgets.date_field import DateField
from workshop_app.services.changes import AddItem, DeleteItem


def affected_choices() -> list[tuple[Affected, str]]:
    translate = QCoreApplication.translate
    return [
        (Affected.RESIDENTS, translate("GoalDialog", "Residents")),
        (Affected.BUSINESSES, translate("GoalDialog", "Businesses")),
        (Affected.STAFF, translate("GoalDialog", "Staff")),
        (Affected.MUNICIPALITY, translate("GoalDialog", "The municipality")),
        (Affected.OTHER, translate("GoalDialog", "Others")),
    ]


def severity_choices() -> list[tuple[Severity | None, str]]:
    translate = QCoreApplication.translate
    return [
        (None, translate("GoalDialog", "(not judged)")),
        (Severity.LOW, translate("GoalDialog", "Less serious")),
        (Severity.MEDIUM, translate("GoalDialog", "Serious")),
        (Severity.HIGH, translate("GoalDialog", "Very serious")),
    ]


def evidence_choices() -> list[tuple[Evidence | None, str]]:
    translate = QCoreApplication.translate
    return [
        (None, translate("GoalDialog", "(not known)")),
        (Evidence.EVALUATED, translate("GoalDialog", "Evaluated elsewhere")),
        (Evidence.TRIED, translate("GoalDialog", "Tried elsewhere")),
        (Evidence.UNTRIED, translate("GoalDialog", "Not tried before")),
    ]


def implementation_choices() -> list[tuple[Implementation | None, str]]:
    translate = QCoreApplication.translate
    return [
        (None, translate("GoalDialog", "(not given)")),
        (Implementation.NOT_STARTED, translate("GoalDialog", "Not started")),
        (Implementation.STARTED, translate("GoalDialog", "Started")),
        (Implementation.IMPLEMENTED, translate("GoalDialog", "Implemented")),
        (Implementation.STOPPED, translate("GoalDialog", "Stopped")),
    ]


class GoalDialog(QDialog):
    """Edits one problem's goal, its consequences and its measures' expected effect."""

    def __init__(self, session: WorkshopSession, problem_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("goalDialog")
        self.session = session
        self.problem_id = problem_id
        problem = self._problem(session.workshop)
        self.setWindowTitle(
            QCoreApplication.translate("GoalDialog", "Goal and consequences – %1").replace(
                "%1", problem.title
            )
        )
        self.resize(820, 640)

        self.goal = self._line(
            "goal", QCoreApplication.translate("GoalDialog", "What should be different?")
        )
        self.goal_measure = self._line(
            "goal_measure", QCoreApplication.translate("GoalDialog", "How will the group know?")
        )
        # Typed as written and empty until set: no tick box that saves a guessed date.
        self.goal_date = DateField(QCoreApplication.translate("GoalDialog", "Goal date"))
        self.goal_date.edited.connect(self._date_changed)
        self.indicators = QListWidget()
        self.indicators.setObjectName("goalIndicators")
        self.indicators.setAccessibleName(
            QCoreApplication.translate("GoalDialog", "Indicators that will show it")
        )
        self.indicators.itemChanged.connect(lambda _item: self._indicators_changed())
        self.indicators.setMaximumHeight(self.fontMetrics().lineSpacing() * 9)
        goal_box = QGroupBox(QCoreApplication.translate("GoalDialog", "Goal"))
        form = QFormLayout(goal_box)
        form.addRow(QCoreApplication.translate("GoalDialog", "&Goal"), self.goal)
        form.addRow(QCoreApplication.translate("GoalDialog", "&By when:"), self.goal_date)
        form.addRow(QCoreApplication.translate("GoalDialog", "&Shown by"), self.goal_measure)
        form.addRow(QCoreApplication.translate("GoalDialog", "&Indicators"), self.indicators)

        self.consequences_box = QGroupBox(QCoreApplication.translate("GoalDialog", "Consequences"))
        self.consequences = QGridLayout(self.consequences_box)
        add = QPushButton(QCoreApplication.translate("GoalDialog", "&Add consequence"))
        add.setObjectName("addConsequence")
        add.clicked.connect(self._add_consequence)
        self.measures_box = QGroupBox(
            QCoreApplication.translate("GoalDialog", "Measures: expected effect")
        )
        self.measures = QGridLayout(self.measures_box)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(goal_box)
        layout.addWidget(self.consequences_box)
        layout.addWidget(add, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.measures_box)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll, 1)
        outer.addWidget(buttons)
        self._shape: tuple[Any, ...] = ()
        session.snapshot_changed.connect(self.show_workshop)
        self.show_workshop(session.workshop)

    def _problem(self, workshop: Workshop) -> Problem:
        return next(p for p in workshop.problems if p.id == self.problem_id)

    def _line(self, name: str, placeholder: str) -> QLineEdit:
        field = QLineEdit()
        field.setObjectName(f"goal_{name}")
        field.setPlaceholderText(placeholder)
        field.setAccessibleName(placeholder)
        field.editingFinished.connect(lambda: self._set_problem({name: field.text()}))
        return field

    # -- showing --------------------------------------------------------------------------

    def show_workshop(self, workshop: Workshop) -> None:
        if all(p.id != self.problem_id for p in workshop.problems):
            self.reject()  # the problem was deleted (undo, another person)
            return
        problem = self._problem(workshop)
        set_text(self.goal, problem.goal)
        set_text(self.goal_measure, problem.goal_measure)
        if not self.goal_date.edit.hasFocus():  # never replace what is being typed
            self.goal_date.set_value(problem.goal_date)
        self.indicators.blockSignals(True)
        # The problem's own indicators first: they are the likeliest to show the change.
        own = set(problem.indicator_ids)
        ordered = sorted(workshop.indicators, key=lambda i: i.id not in own)
        shown = [
            self.indicators.item(n).data(Qt.ItemDataRole.UserRole)
            for n in range(self.indicators.count())
        ]
        if shown != [i.id for i in ordered]:  # rebuilt only when the indicators change
            self.indicators.clear()
            for indicator in ordered:
                item = QListWidgetItem(indicator.title)
                item.setData(Qt.ItemDataRole.UserRole, indicator.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                self.indicators.addItem(item)
        for n in range(self.indicators.count()):
            item = self.indicators.item(n)
            checked = item.data(Qt.ItemDataRole.UserRole) in problem.goal_indicator_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.indicators.blockSignals(False)
        consequences = [c for c in workshop.consequences if c.problem_id == self.problem_id]
        measures = [m for m in workshop.measures if m.problem_id == self.problem_id]
        shape = (tuple(c.id for c in consequences), tuple(m.id for m in measures))
        if shape != self._shape:
            self._shape = shape
            self._build_rows(consequences, [m.id for m in measures], workshop)
        for consequence in consequences:
            affected, severity, text = self._consequence_rows[consequence.id]
            select(affected, consequence.affected)
            select(severity, consequence.severity)
            set_text(text, consequence.description)
        for measure in measures:
            effect, evidence, implementation = self._measure_rows[measure.id]
            set_text(effect, measure.expected_effect)
            select(evidence, measure.evidence)
            select(implementation, measure.implementation)

    def _build_rows(
        self, consequences: list[Consequence], measure_ids: list[str], w: Workshop
    ) -> None:
        for grid in (self.consequences, self.measures):
            while grid.count():
                item = grid.takeAt(0)
                widget = item.widget() if item is not None else None
                if widget is not None:
                    widget.deleteLater()
        self._consequence_rows: dict[str, tuple[Any, Any, QLineEdit]] = {}
        for row, consequence in enumerate(consequences):
            key = consequence.id
            affected = choice_combo(
                affected_choices(),
                f"affected_{key}",
                QCoreApplication.translate("GoalDialog", "For whom"),
            )
            severity = choice_combo(
                severity_choices(),
                f"severity_{key}",
                QCoreApplication.translate("GoalDialog", "How serious"),
            )
            text = QLineEdit()
            text.setObjectName(f"consequence_{key}")
            text.setPlaceholderText(
                QCoreApplication.translate("GoalDialog", "What the consequence is")
            )
            text.setAccessibleName(QCoreApplication.translate("GoalDialog", "Consequence"))
            remove = QPushButton(QCoreApplication.translate("GoalDialog", "Remove"))
            remove.setObjectName(f"removeConsequence_{key}")
            affected.activated.connect(
                lambda _i, k=key, c=affected: self._set_consequence(
                    k, {"affected": c.currentData()}
                )
            )
            severity.activated.connect(
                lambda _i, k=key, c=severity: self._set_consequence(
                    k, {"severity": c.currentData()}
                )
            )
            text.editingFinished.connect(
                lambda k=key, f=text: self._set_consequence(k, {"description": f.text()})
            )
            remove.clicked.connect(lambda _c=False, k=key: self._remove_consequence(k))
            for combo in (affected, severity):
                combo.setMinimumContentsLength(12)  # the dialog has room for the words
            for column, widget in enumerate((affected, severity, text, remove)):
                self.consequences.addWidget(widget, row, column)
            self._consequence_rows[key] = (affected, severity, text)
        self.consequences.setColumnStretch(2, 1)
        if not consequences:
            self.consequences.addWidget(
                QLabel(QCoreApplication.translate("GoalDialog", "No consequences written yet.")),
                0,
                0,
            )
        titles = {m.id: m.title for m in w.measures}
        self._measure_rows: dict[str, tuple[QLineEdit, Any, Any]] = {}
        for row, measure_id in enumerate(measure_ids):
            title = QLabel(titles[measure_id])
            title.setWordWrap(True)
            effect = QLineEdit()
            effect.setObjectName(f"expectedEffect_{measure_id}")
            effect.setPlaceholderText(QCoreApplication.translate("GoalDialog", "Expected effect"))
            effect.setAccessibleName(
                QCoreApplication.translate("GoalDialog", "Expected effect of %1").replace(
                    "%1", titles[measure_id]
                )
            )
            evidence = choice_combo(
                evidence_choices(),
                f"evidence_{measure_id}",
                QCoreApplication.translate("GoalDialog", "Evidence"),
            )
            implementation = choice_combo(
                implementation_choices(),
                f"implementation_{measure_id}",
                QCoreApplication.translate("GoalDialog", "Implementation"),
            )
            effect.editingFinished.connect(
                lambda k=measure_id, f=effect: self._set_measure(k, {"expected_effect": f.text()})
            )
            evidence.activated.connect(
                lambda _i, k=measure_id, c=evidence: self._set_measure(
                    k, {"evidence": c.currentData()}
                )
            )
            implementation.activated.connect(
                lambda _i, k=measure_id, c=implementation: self._set_measure(
                    k, {"implementation": c.currentData()}
                )
            )
            for combo in (evidence, implementation):
                combo.setMinimumContentsLength(14)
            for column, widget in enumerate((title, effect, evidence, implementation)):
                self.measures.addWidget(widget, row, column)
            self._measure_rows[measure_id] = (effect, evidence, implementation)
        self.measures.setColumnStretch(0, 1)
        self.measures.setColumnStretch(1, 2)

    # -- edits ----------------------------------------------------------------------------

    def _set_problem(self, values: dict[str, Any]) -> None:
        problem = self._problem(self.session.workshop)
        changed = {k: v for k, v in values.items() if getattr(problem, k) != v}
        if changed:
            self.session.update_item(
                "problems",
                (self.problem_id,),
                changed,
                QCoreApplication.translate("GoalDialog", "Edit goal"),
            )

    def _date_changed(self, when: date | None) -> None:
        self._set_problem({"goal_date": when})

    def _indicators_changed(self) -> None:
        checked = tuple(
            self.indicators.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.indicators.count())
            if self.indicators.item(i).checkState() == Qt.CheckState.Checked
        )
        order = {i.id: n for n, i in enumerate(self.session.workshop.indicators)}
        self._set_problem({"goal_indicator_ids": tuple(sorted(checked, key=order.__getitem__))})

    def _set_consequence(self, key: str, values: dict[str, Any]) -> None:
        current = next((c for c in self.session.workshop.consequences if c.id == key), None)
        if current is not None and any(getattr(current, k) != v for k, v in values.items()):
            self.session.update_item(
                "consequences",
                (key,),
                values,
                QCoreApplication.translate("GoalDialog", "Edit consequence"),
            )

    def _add_consequence(self) -> None:
        item = Consequence(new_id(), self.problem_id)
        change = AddItem(self.session.workshop_id, "consequences", item)
        self.session.apply(change, QCoreApplication.translate("GoalDialog", "Add consequence"))

    def _remove_consequence(self, key: str) -> None:
        change = DeleteItem(self.session.workshop_id, "consequences", (key,))
        self.session.apply(change, QCoreApplication.translate("GoalDialog", "Remove consequence"))

    def _set_measure(self, key: str, values: dict[str, Any]) -> None:
        current = next((m for m in self.session.workshop.measures if m.id == key), None)
        if current is not None and any(getattr(current, k) != v for k, v in values.items()):
            self.session.update_item(
                "measures",
                (key,),
                values,
                QCoreApplication.translate("GoalDialog", "Edit expected effect"),
            )
