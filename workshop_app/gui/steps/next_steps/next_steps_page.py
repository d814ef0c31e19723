"""Step 6, Next steps: the action table (who, by when, status) and the follow-up date."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QGroupBox, QLabel, QStyle, QTableView, QVBoxLayout, QWidget

from workshop_app.domain.action_plan import measures_without_next_step, overdue
from workshop_app.domain.enums import NextStepStatus
from workshop_app.domain.ids import new_id
from workshop_app.domain.method_pack.model import MethodPack
from workshop_app.domain.model import Measure, NextStep, Workshop
from workshop_app.gui.session import WorkshopSession
from workshop_app.gui.steps.next_steps.next_step_details import (
    NextStepDetails,
    OptionalDate,
    status_choices,
)
from workshop_app.gui.steps.next_steps.next_step_table import NextStepTableModel, ResponsiveColumns
from workshop_app.gui.steps.step_content import StepContent
from workshop_app.gui.widgets.debounce import Debouncer
from workshop_app.gui.widgets.elided_label import elide
from workshop_app.gui.widgets.enum_value import enum_value
from workshop_app.gui.widgets.form_layout import ResponsiveRow, tab_order
from workshop_app.gui.widgets.item_table import ItemTableEditor
from workshop_app.gui.widgets.item_table_model import Column
from workshop_app.gui.widgets.notice import Notice, warning_icon
from workshop_app.gui.widgets.styled_table import (
    OVERDUE_BACKGROUND,
    OVERDUE_TEXT,
    READ_ONLY,
    install_model,
)
from workshop_app.services.changes import AddItem, DeleteItem, MoveItem

TITLE, OWNER, ROLE, DUE, STATUS, STEERING, MEASURES = range(7)
INFO_BACKGROUND = "#e8f1fb"
INFO_TEXT = "#0d2c54"


class NextStepsPage(StepContent):
    """Follow-up date on top, the action table, and the selected action's form."""

    _titles_of: tuple[Measure, ...] | None = None  # the measures _titles was built from
    _titles: dict[str, str] = {}  # noqa: RUF012 - replaced per instance, never mutated

    def __init__(
        self,
        session: WorkshopSession,
        pack: MethodPack,
        ui_language: str,
        debouncer: Debouncer,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("nextStepsPage")
        self._session = session
        self._debouncer = debouncer
        self._shown: Workshop | None = None
        self._shown_today: date | None = None
        self._select_after_reload: str | None = None
        self.today: Callable[[], date] = date.today  # tests may set another day

        follow_heading = self._build_follow_up(debouncer)
        self._build_table()
        self._build_notices()

        self.details = NextStepDetails(debouncer, self._edit)
        self.details_box = QGroupBox(self.tr("Selected action"))
        QVBoxLayout(self.details_box).addWidget(self.details)

        list_side = QWidget()
        list_layout = QVBoxLayout(list_side)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(self.overdue)
        list_layout.addWidget(self.steps_table, 1)
        list_layout.addWidget(self.unplanned)
        self.columns = ResponsiveRow(1100)
        self.columns.add(list_side, 3)
        self.columns.add(self.details_box, 2)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(follow_heading)
        layout.addWidget(self.follow_up)
        layout.addWidget(self.columns, 1)
        tab_order(
            self.follow_up.field.edit,
            self.follow_up.field.calendar_button,
            self.steps_table.capture,
            self.steps_table.table,
            *self.details.focus_chain(),
        )
        self.show_workshop(session.workshop)

    def _build_follow_up(self, debouncer: Debouncer) -> QLabel:
        """The follow-up meeting's date; returns its heading."""
        follow_heading = QLabel(self.tr("When do we meet again?"))
        follow_heading.setObjectName("sectionHeading")
        self.follow_up = OptionalDate(
            self.tr("Date of the follow-up meeting"),
            debouncer,
            "header.follow_up_date",
            self._follow_up_commit,
            self.tr("Follow-up meeting &on"),
        )
        self.follow_up.setObjectName("followUpDate")
        follow_heading.setBuddy(self.follow_up.field.edit)
        return follow_heading

    def _build_table(self) -> None:
        """The action table: who, role, by when, status, steering group, measures."""
        yes_no = [(False, self.tr("No")), (True, self.tr("Yes"))]
        statuses = status_choices()
        columns = [
            Column("title", self.tr("Action"), stretch=True, required=True),
            Column("owner_organisation_id", self.tr("Owner"), "choice", self._organisations),
            Column("owner_role", self.tr("Role")),
            Column("due_date", self.tr("Due"), kind="date"),
            Column("status", self.tr("Status"), "choice", lambda: statuses),
            Column("to_steering_group", self.tr("Steering group"), "choice", lambda: yes_no),
            Column("measure_ids", self.tr("Measures"), kind=READ_ONLY),
        ]
        self.steps_table = ItemTableEditor(
            self.tr("Actions"),
            "next_steps",
            columns,
            self.tr("New action: type what will happen and press Enter"),
        )
        self.steps_table.setObjectName("nextSteps")
        self.model = NextStepTableModel(
            columns, lambda: self.today(), warning_icon(self), self._measure_titles, self
        )
        install_model(self.steps_table, self.model, columns)
        table = self.steps_table.table
        self._size_columns(table)
        # The action's own words get at least 40 % of the width; then, in this order,
        # what else fits: when it is due, who owns it, its status, role, steering group …
        self._columns = ResponsiveColumns(
            table,
            TITLE,
            [DUE, OWNER, STATUS, ROLE, STEERING, MEASURES],
            self.steps_table.refit_rows,
        )
        self.steps_table.add_requested.connect(self._add)
        self.steps_table.edit_requested.connect(
            lambda key, field, value: self._edit(key, {field: value}, self.tr("Edit action"))
        )
        self.steps_table.delete_requested.connect(self._delete)
        self.steps_table.move_requested.connect(self._move)
        self.steps_table.current_changed.connect(lambda _key: self._show_current())

    def _size_columns(self, table: QTableView) -> None:
        """Each column as wide as a typical value of it."""
        font = table.fontMetrics()
        for column, sample in (
            (OWNER, "Exempelbostäder AB"),
            (ROLE, "kommunpolis"),
            (DUE, "2026-10-01 – overdue"),
            (STATUS, "In progress"),
            (STEERING, "Steering group"),
            (MEASURES, "Measures"),
        ):
            table.setColumnWidth(column, font.horizontalAdvance(sample) + 36)

    def _build_notices(self) -> None:
        """Overdue actions above the table, measures without an action under it."""
        self.overdue = Notice(OVERDUE_BACKGROUND, OVERDUE_TEXT)
        self.overdue.setObjectName("overdueNotice")
        self.unplanned = Notice(
            INFO_BACKGROUND, INFO_TEXT, QStyle.StandardPixmap.SP_MessageBoxInformation
        )
        self.unplanned.setObjectName("unplannedNotice")

    # -- showing -------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.show_workshop(self._session.workshop)

    def show_workshop(self, workshop: Workshop) -> None:
        today = self.today()
        if workshop is self._shown and today == self._shown_today:
            return
        self._shown, self._shown_today = workshop, today
        self.follow_up.show_date("workshop", workshop.follow_up_date)
        self.steps_table.set_items(workshop.next_steps)
        self.model.refresh()
        wanted = self._select_after_reload
        if wanted is not None and any(s.id == wanted for s in workshop.next_steps):
            self._select_after_reload = None
            self.steps_table.select_key((wanted,))
        elif self.steps_table.current_key() is None and workshop.next_steps:
            self.steps_table.select_key((workshop.next_steps[0].id,))
        late = overdue(workshop.next_steps, today)
        if late:
            titles = ", ".join(s.title for s in late)
            self.overdue.show_text(
                self.tr("Overdue (%1): %2 – the due date has passed and it is not done.")
                .replace("%1", str(len(late)))
                .replace("%2", titles)
            )
        else:
            self.overdue.show_text("")
        waiting = measures_without_next_step(workshop.measures, workshop.next_steps)
        self.unplanned.show_text(
            self.tr("Prioritised measures with no action yet: %1").replace(
                "%1", ", ".join(m.title for m in waiting)
            )
            if waiting
            else ""
        )
        self._show_current()

    def current_step(self) -> NextStep | None:
        key = self.steps_table.current_key()
        return next((s for s in self._session.workshop.next_steps if (s.id,) == key), None)

    def _show_current(self) -> None:
        step = self.current_step()
        self.details.show_step(self._session.workshop, step)
        title = (
            self.tr("Selected action: %1").replace("%1", step.title)
            if step is not None
            else self.tr("Selected action")
        )
        # A group box is at least as wide as its title: shorten long titles.
        self.details_box.setTitle(elide(self.details_box, title))
        self.details_box.setToolTip(title)
        self.details_box.setEnabled(step is not None)

    def _organisations(self) -> list[tuple[Any, str]]:
        return [(None, self.tr("(not given)"))] + [
            (o.id, o.name) for o in self._session.workshop.organisations
        ]

    def _measure_titles(self, ids: tuple[str, ...]) -> list[str]:
        measures = self._session.workshop.measures
        if measures is not self._titles_of:
            # Asked once per cell painted: one lookup table per snapshot of the measures,
            # not one per cell (1,000 measures × 400 actions made a step switch take 2 s).
            self._titles_of = measures
            self._titles = {m.id: m.title for m in measures}
        return [self._titles[i] for i in ids if i in self._titles]

    # -- edits ---------------------------------------------------------------------------

    def _edit(self, key: tuple[str], values: dict[str, Any], text: str) -> None:
        if "status" in values:  # from the table's list: Qt hands it back as text
            values = {**values, "status": enum_value(NextStepStatus, values["status"])}
        if not values or not any((s.id,) == key for s in self._session.workshop.next_steps):
            return
        self._session.update_item("next_steps", key, values, text)
        self.show_workshop(self._session.workshop)

    def _follow_up_commit(self, _key: Any, value: date | None) -> None:
        self._session.set_header("follow_up_date", value, self.tr("Change follow-up date"))
        self.show_workshop(self._session.workshop)

    def _add(self, text: str) -> None:
        self._debouncer.flush()
        step = NextStep(id=new_id(), title=text)
        self._select_after_reload = step.id
        session = self._session
        session.apply(AddItem(session.workshop_id, "next_steps", step), self.tr("Add action"))

    def _delete(self, key: tuple[str]) -> None:
        self._debouncer.flush()
        session = self._session
        session.apply(DeleteItem(session.workshop_id, "next_steps", key), self.tr("Delete action"))

    def _move(self, key: tuple[str], index: int) -> None:
        self._debouncer.flush()
        session = self._session
        session.apply(
            MoveItem(session.workshop_id, "next_steps", key, index), self.tr("Move action")
        )
