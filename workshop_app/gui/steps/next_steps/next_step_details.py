"""The form of the selected action, and a date that may be left open (due date, follow-up)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
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
from workshop_app.gui.widgets.date_field import DateField
from workshop_app.gui.widgets.debounce import Debouncer
from workshop_app.gui.widgets.measure_layout import compact, tab_order
from workshop_app.gui.widgets.measure_widgets import (
    CheckList,
    CheckOption,
    DebouncedText,
    enum_value,
    text_box,
)
from workshop_app.gui.widgets.text_limit import limit_line, limit_of

Edit = Callable[[Any, dict[str, Any], str], None]  # edit(key, changed fields, undo text)


class OptionalDate(QWidget):
    """A date that may be left open (empty: no date), saved after a typing pause."""

    def __init__(
        self,
        accessible_name: str,
        debouncer: Debouncer,
        name: str,
        commit: Callable[[Any, date | None], None],
        label: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._debouncer = debouncer
        self._name = name
        self._commit = commit
        self.key: Any = None
        self.field = DateField(accessible_name)
        self.field.edited.connect(self._edited)
        self.field.finished.connect(lambda: self._debouncer.flush_field(self.field_id()))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if label:
            caption = QLabel(label)
            caption.setBuddy(self.field.edit)
            layout.addWidget(caption)
        layout.addWidget(self.field, 1)
        self.setFocusProxy(self.field)

    def field_id(self, key: Any = None) -> str:
        return f"{self._name}.{key if key is not None else self.key}"

    def value(self) -> date | None:
        return self.field.value()

    def show_date(self, key: Any, value: date | None) -> None:
        self.key = key
        self.field.setEnabled(key is not None)
        typing = self.field.edit.hasFocus() and not self.field.is_valid()
        if typing or self._debouncer.is_pending(self.field_id()):
            return  # never replace a date being typed
        self.field.set_value(value)

    def set_value(self, value: date | None) -> None:
        """Set the date as a user would (saved at once)."""
        self.field.choose(value)

    def _edited(self, value: date | None) -> None:
        if self.key is None:
            return
        key = self.key
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
            (self.tr("D&ue date"), self.due, self.due.field.edit),
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
            self.due.field.edit,
            self.due.field.calendar_button,
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
            for value, label in wanted:
                self.owner.addItem(label, value)
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
