"""The form of the selected action, and a date that may be left open (due date, follow-up)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from workshop_app.domain.action_plan import linked_measures, measures_in_plan_order
from workshop_app.domain.enums import NextStepStatus
from workshop_app.domain.model import NextStep, Workshop
from workshop_app.gui.debounce import Debouncer
from workshop_app.gui.pages.measure_layout import compact, tab_order
from workshop_app.gui.pages.measure_widgets import (
    CheckList,
    CheckOption,
    DebouncedText,
    enum_value,
    text_box,
)
from workshop_app.gui.text_limit import limit_line, limit_of

Edit = Callable[[Any, dict[str, Any], str], None]  # edit(key, changed fields, undo text)
SUGGESTED_DAYS = 30  # an open date suggests a month ahead when it is switched on


class OptionalDate(QWidget):
    """A tick box and a date: untick for "no date". Date changes are saved after a pause."""

    def __init__(
        self,
        text: str,
        accessible_name: str,
        debouncer: Debouncer,
        name: str,
        commit: Callable[[Any, date | None], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._debouncer = debouncer
        self._name = name
        self._commit = commit
        self.key: Any = None
        self.enabled = QCheckBox(text)
        self.enabled.setAccessibleName(accessible_name)
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setAccessibleName(accessible_name)
        self.enabled.clicked.connect(self._ticked)
        self.date.dateChanged.connect(self._date_changed)
        self.date.editingFinished.connect(lambda: self._debouncer.flush_field(self.field_id()))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.enabled)
        layout.addWidget(self.date)
        layout.addStretch(1)

    def field_id(self, key: Any = None) -> str:
        return f"{self._name}.{key if key is not None else self.key}"

    def value(self) -> date | None:
        return self.date.date().toPython() if self.enabled.isChecked() else None  # type: ignore[return-value]

    def show_date(self, key: Any, value: date | None) -> None:
        self.key = key
        self.enabled.setEnabled(key is not None)
        if self._debouncer.is_pending(self.field_id()):
            return
        self.enabled.setChecked(value is not None)
        self.date.setEnabled(value is not None)
        shown = value or date.today() + timedelta(days=SUGGESTED_DAYS)
        if self.date.date().toPython() != shown:
            self.date.blockSignals(True)
            self.date.setDate(QDate(shown.year, shown.month, shown.day))
            self.date.blockSignals(False)

    def set_value(self, value: date | None) -> None:
        """Set the date as a user would (saved at once)."""
        if value is not None:
            self.date.blockSignals(True)
            self.date.setDate(QDate(value.year, value.month, value.day))
            self.date.blockSignals(False)
        self.enabled.setChecked(value is not None)
        self._ticked(value is not None)

    def _ticked(self, checked: bool) -> None:
        self.date.setEnabled(checked)
        if self.key is not None:
            self._debouncer.flush_field(self.field_id())
            self._commit(self.key, self.value())

    def _date_changed(self, _date: QDate) -> None:
        if self.key is None or not self.enabled.isChecked():
            return
        key, value = self.key, self.value()
        self._debouncer.schedule(self.field_id(key), lambda: self._commit(key, value))


def status_choices() -> list[tuple[NextStepStatus, str]]:
    """The statuses of an action in the words of the screen."""
    return [
        (NextStepStatus.PLANNED, QCoreApplication.translate("NextStepStatus", "Planned")),
        (NextStepStatus.IN_PROGRESS, QCoreApplication.translate("NextStepStatus", "In progress")),
        (NextStepStatus.DONE, QCoreApplication.translate("NextStepStatus", "Done")),
        (NextStepStatus.CANCELLED, QCoreApplication.translate("NextStepStatus", "Cancelled")),
    ]


class NextStepDetails(QWidget):
    """Edits one action through ``edit``; ``show_step`` never disturbs a field being typed."""

    def __init__(self, debouncer: Debouncer, edit: Edit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._edit = edit
        self._step: NextStep | None = None
        self._workshop: Workshop | None = None

        self.title = QLineEdit()
        self.title.setObjectName("nextStepTitle")
        self.title.setAccessibleName(self.tr("What will happen"))
        limit_line(self.title, limit_of(NextStep, "title"))
        self.owner = compact(QComboBox())
        self.owner.setObjectName("nextStepOwner")
        self.owner.setAccessibleName(self.tr("Owner organisation"))
        self.role = QLineEdit()
        self.role.setObjectName("nextStepRole")
        self.role.setAccessibleName(self.tr("Role in the organisation"))
        self.role.setPlaceholderText(self.tr("A role, e.g. area police officer – not a name"))
        limit_line(self.role, limit_of(NextStep, "owner_role"))
        self.due = OptionalDate(
            self.tr("Set a date"),
            self.tr("Due date"),
            debouncer,
            "next_step.due",
            self._date_commit,
        )
        self.due.setObjectName("nextStepDue")
        self.status = compact(QComboBox())
        self.status.setObjectName("nextStepStatus")
        self.status.setAccessibleName(self.tr("Status"))
        for value, text in status_choices():
            self.status.addItem(text, value)
        self.steering = QCheckBox(self.tr("Goes to the steering &group"))
        self.steering.setObjectName("nextStepSteering")
        self.measures = CheckList(self.tr("Measures this action carries forward"))
        self.measures.setObjectName("nextStepMeasures")
        self.no_measures = QLabel(self.tr("No measures yet (step 4)."))
        self.description = text_box(
            self.tr("Description of the action"), 3, limit=limit_of(NextStep, "description")
        )

        self._texts = {
            name: DebouncedText(widget, debouncer, f"next_step.{name}", self._text_commit(name))
            for name, widget in (
                ("title", self.title),
                ("owner_role", self.role),
                ("description", self.description),
            )
        }
        self.owner.activated.connect(
            lambda _i: self._set(
                "owner_organisation_id", self.owner.currentData(), self.tr("Change owner")
            )
        )
        self.status.activated.connect(
            lambda _i: self._set(
                "status",
                enum_value(NextStepStatus, self.status.currentData()),
                self.tr("Change status"),
            )
        )
        self.steering.clicked.connect(
            lambda checked: self._set(
                "to_steering_group", checked, self.tr("Change steering group")
            )
        )
        self.measures.on_toggled(self._measures_toggled)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        measures_box = QWidget()
        measures_layout = QVBoxLayout(measures_box)
        measures_layout.setContentsMargins(0, 0, 0, 0)
        measures_layout.addWidget(self.measures)
        measures_layout.addWidget(self.no_measures)
        for label, widget, buddy in (
            (self.tr("&Action"), self.title, self.title),
            (self.tr("O&wner"), self.owner, self.owner),
            (self.tr("&Role"), self.role, self.role),
            (self.tr("D&ue date"), self.due, self.due.enabled),
            (self.tr("S&tatus"), self.status, self.status),
            (self.tr("&Measures"), measures_box, self.measures),
            (self.tr("Des&cription"), self.description, self.description),
        ):
            label_widget = QLabel(label)
            label_widget.setBuddy(buddy)
            form.addRow(label_widget, widget)
        form.addRow("", self.steering)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addStretch(1)
        tab_order(*self.focus_chain())
        self.show_step(None, None)

    def focus_chain(self) -> list[QWidget]:
        """The fields in the order they are laid out (and Tab visits them)."""
        return [
            self.title,
            self.owner,
            self.role,
            self.due.enabled,
            self.due.date,
            self.status,
            self.measures,
            self.description,
            self.steering,
        ]

    def show_step(self, workshop: Workshop | None, step: NextStep | None) -> None:
        self._workshop, self._step = workshop, step
        key = None if step is None else (step.id,)
        for name, text in self._texts.items():
            text.show(key, "" if step is None else getattr(step, name))
        self.due.show_date(key, None if step is None else step.due_date)
        for widget in (self.owner, self.status, self.steering, self.measures):
            widget.setEnabled(step is not None)
        if workshop is None or step is None:
            self.measures.set_options([])
            self.no_measures.hide()
            return
        wanted = [(None, self.tr("(not given)"))] + [(o.id, o.name) for o in workshop.organisations]
        current = [
            (self.owner.itemData(i), self.owner.itemText(i)) for i in range(self.owner.count())
        ]
        if current != wanted:
            self.owner.clear()
            for value, text in wanted:
                self.owner.addItem(text, value)
        self.owner.setCurrentIndex(max(self.owner.findData(step.owner_organisation_id), 0))
        self.status.setCurrentIndex(max(self.status.findData(step.status), 0))
        self.steering.setChecked(step.to_steering_group)
        problems = {p.id: p.title for p in workshop.problems}
        measures = measures_in_plan_order(workshop.measures, workshop.problems)
        self.measures.set_options(measure_options(measures, problems, step.measure_ids))
        self.measures.setVisible(bool(measures))
        self.no_measures.setVisible(not measures)

    def _set(self, name: str, value: Any, text: str) -> None:
        if self._step is not None:
            self._edit((self._step.id,), {name: value}, text)

    def _text_commit(self, name: str) -> Callable[[Any, str], None]:
        def commit(key: Any, value: str) -> None:
            value = value if name == "description" else value.strip()
            if name == "title" and not value:
                return  # an action always has a title; the last saved one stays
            self._edit(key, {name: value}, self.tr("Edit action"))

        return commit

    def _date_commit(self, key: Any, value: date | None) -> None:
        self._edit(key, {"due_date": value}, self.tr("Change due date"))

    def _measures_toggled(self, ids: tuple[str, ...]) -> None:
        if self._step is None or self._workshop is None:
            return
        links = linked_measures(ids, self._workshop.measures)
        self._edit((self._step.id,), {"measure_ids": links}, self.tr("Link measures"))


def measure_options(
    measures: Sequence[Any], problems: dict[str, str], linked: tuple[str, ...]
) -> list[CheckOption]:
    return [
        CheckOption(
            m.id,
            f"{m.title} ({problems.get(m.problem_id, '')})",
            m.id in linked,
            tooltip=f"{m.title}\n{problems.get(m.problem_id, '')}",
        )
        for m in measures
    ]
