"""Step 0, Preparation: scope, organisations, participants, meetings and the minutes' fields."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workshop_app.domain.enums import Language
from workshop_app.domain.ids import new_id
from workshop_app.domain.method_pack.model import MethodPack
from workshop_app.domain.model import Meeting, Organisation, Participant, Workshop
from workshop_app.gui.session import WorkshopSession
from workshop_app.gui.start.follow_up_due import FollowUpEntry
from workshop_app.gui.steps.preparation.record_fields import RecordFields
from workshop_app.gui.steps.step_content import StepContent
from workshop_app.gui.widgets.debounce import Debouncer
from workshop_app.gui.widgets.item_table import ItemTableEditor
from workshop_app.gui.widgets.item_table_model import Column
from workshop_app.gui.widgets.text_limit import LimitedTextEdit, limit_line, limit_of
from workshop_app.services.changes import AddItem, DeleteItem, MoveItem

TEXT_FIELDS = ("title", "municipality", "area")


class PreparationPage(StepContent):
    """The scope form on top; organisations, participants and meetings as tables below."""

    def __init__(
        self,
        session: WorkshopSession,
        pack: MethodPack,
        ui_language: str,
        debouncer: Debouncer,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._pack = pack
        self._ui_language = ui_language
        self._debouncer = debouncer
        self._editors: dict[str, QLineEdit] = {}
        self._field_labels: dict[str, str] = {}

        scope = self._build_scope()
        meetings_row = self._build_tables()
        self.follow_up = FollowUpEntry()  # the follow-up cycle, after the workshop day
        self.follow_up.requested.connect(self.follow_up_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.follow_up)
        layout.addWidget(scope)
        # What the minutes need beside the work (note-taker, logo, bilagor, sändlista).
        self.record = RecordFields(session, debouncer)
        for widget in (self.organisations, self.participants, meetings_row, self.record):
            layout.addWidget(widget, 1)
        self.show_workshop(session.workshop)

    def _build_scope(self) -> QGroupBox:
        """Title, municipality, area, purpose and the language of the minutes."""
        scope = QGroupBox(self.tr("Scope of the workshop"))
        form = QFormLayout(scope)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        labels = {
            "title": self.tr("&Title"),
            "municipality": self.tr("&Municipality"),
            "area": self.tr("&Area"),
        }
        for name in TEXT_FIELDS:
            editor = QLineEdit()
            editor.setObjectName(f"field_{name}")
            editor.setAccessibleName(labels[name].replace("&", ""))
            limit_line(editor, limit_of(Workshop, name))
            # textChanged, not textEdited: the field's own Ctrl+Z changes the text too, and
            # that must be saved. Programmatic updates equal the snapshot and save nothing.
            editor.textChanged.connect(lambda _text, n=name: self._schedule_text(n))
            editor.editingFinished.connect(
                lambda n=name: self._debouncer.flush_field(f"header.{n}")
            )
            self._editors[name] = editor
            self._field_labels[name] = labels[name].replace("&", "").lower()
            form.addRow(labels[name], editor)
        self.purpose = LimitedTextEdit(limit_of(Workshop, "purpose"))
        self.purpose.setObjectName("field_purpose")
        self.purpose.setAccessibleName(self.tr("Purpose"))
        self.purpose.setTabChangesFocus(True)
        self.purpose.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.purpose.textChanged.connect(self._schedule_purpose)
        purpose_label = QLabel(self.tr("&Purpose"))
        purpose_label.setBuddy(self.purpose)
        form.addRow(purpose_label, self.purpose)
        self.language = QComboBox()
        self.language.setObjectName("field_language")
        self.language.setAccessibleName(self.tr("Language of the minutes"))
        self.language.addItem("Svenska", Language.SV)
        self.language.addItem("English", Language.EN)
        self.language.activated.connect(self._language_chosen)
        form.addRow(self.tr("Language of the &minutes"), self.language)
        return scope

    def _build_tables(self) -> QWidget:
        """Organisations, participants, and the meetings with each one's attendance; returns
        the meetings row (the other two tables are attributes)."""
        self.organisations = ItemTableEditor(
            self.tr("Organisations"),
            "organisations",
            [
                Column("name", self.tr("Name"), stretch=True, required=True),
                Column("kind", self.tr("Kind of actor"), kind="choice", choices=self._actor_kinds),
            ],
            self.tr("New organisation: type its name and press Enter"),
        )
        self.organisations.setObjectName("organisations")
        self.participants = ItemTableEditor(
            self.tr("Participants"),
            "participants",
            [
                Column("name", self.tr("Name"), stretch=True, required=True),
                Column("role", self.tr("Role")),
                Column(
                    "organisation_id",
                    self.tr("Organisation"),
                    kind="choice",
                    choices=self._organisations,
                ),
            ],
            self.tr("New participant: type the name and press Enter"),
        )
        self.participants.setObjectName("participants")
        self.meetings = ItemTableEditor(
            self.tr("Meetings"),
            "meetings",
            [
                Column("date", self.tr("Date"), kind="date", required=True),
                Column("start_time", self.tr("Starts"), kind="time"),
                Column("end_time", self.tr("Ends"), kind="time"),
                Column("location", self.tr("Place"), stretch=True),
            ],
            self.tr("New meeting: type the place (or a date YYYY-MM-DD) and press Enter"),
        )
        self.meetings.setObjectName("meetings")
        self.attendance = QListWidget()
        self.attendance.setObjectName("attendance")
        self.attendance.setAccessibleName(self.tr("Attendance at the selected meeting"))
        self.attendance.itemChanged.connect(self._attendance_changed)
        attendance_box = QGroupBox(self.tr("Attendance at the selected meeting"))
        QVBoxLayout(attendance_box).addWidget(self.attendance)

        self._connect_table(self.organisations, "organisations", self._new_organisation)
        self._connect_table(self.participants, "participants", self._new_participant)
        self._connect_table(self.meetings, "meetings", self._new_meeting)
        self.meetings.current_changed.connect(lambda _key: self._show_attendance())

        meetings_row = QWidget()
        meetings_layout = QVBoxLayout(meetings_row)
        meetings_layout.setContentsMargins(0, 0, 0, 0)
        meetings_layout.addWidget(self.meetings, 3)
        meetings_layout.addWidget(attendance_box, 2)
        self.attendance.setMinimumHeight(self.fontMetrics().lineSpacing() * 5)
        return meetings_row

    # -- showing -------------------------------------------------------------------------

    def show_workshop(self, workshop: Workshop) -> None:
        """Show ``workshop``; a field with an edit still in its typing pause keeps its text."""
        self.follow_up.show_workshop(workshop)
        for name, editor in self._editors.items():
            value = getattr(workshop, name)
            if editor.text() != value and not self._debouncer.is_pending(f"header.{name}"):
                editor.setText(value)
                editor.setCursorPosition(0)  # a long title shows its beginning
        if self.purpose.toPlainText() != workshop.purpose and not self._debouncer.is_pending(
            "header.purpose"
        ):
            self.purpose.blockSignals(True)
            self.purpose.setPlainText(workshop.purpose)
            self.purpose.blockSignals(False)
        self.language.setCurrentIndex(max(self.language.findData(workshop.language), 0))
        self.organisations.set_items(workshop.organisations)
        self.participants.set_items(workshop.participants)
        self.meetings.set_items(workshop.meetings)
        self._show_attendance()
        self.record.show_workshop(workshop)

    def _show_attendance(self) -> None:
        workshop = self._session.workshop
        key = self.meetings.current_key()
        meeting = next((m for m in workshop.meetings if (m.id,) == key), None)
        self.attendance.blockSignals(True)
        self.attendance.clear()
        self.attendance.setEnabled(meeting is not None)
        if meeting is not None:
            for participant in workshop.participants:
                item = QListWidgetItem(participant.name)
                item.setData(Qt.ItemDataRole.UserRole, participant.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                attended = participant.id in meeting.attendee_ids
                item.setCheckState(Qt.CheckState.Checked if attended else Qt.CheckState.Unchecked)
                self.attendance.addItem(item)
        self.attendance.blockSignals(False)

    # -- choices -------------------------------------------------------------------------

    def _actor_kinds(self) -> list[tuple[Any, str]]:
        kinds: list[tuple[Any, str]] = [("", self.tr("(not given)"))]
        kinds += [(k.id, k.title.get(self._ui_language)) for k in self._pack.actor_kinds]
        known = {k for k, _ in kinds}
        # A kind the method pack does not know (from an imported file) is kept as written.
        kinds += [
            (o.kind, o.kind) for o in self._session.workshop.organisations if o.kind not in known
        ]
        return kinds

    def _organisations(self) -> list[tuple[Any, str]]:
        return [(None, self.tr("(none)"))] + [
            (o.id, o.name) for o in self._session.workshop.organisations
        ]

    # -- edits ---------------------------------------------------------------------------

    def _schedule_text(self, name: str) -> None:
        editor = self._editors[name]
        field = f"header.{name}"
        stored = getattr(self._session.workshop, name)
        if editor.text().strip() == stored and not self._debouncer.is_pending(field):
            # The stored value shown (the page filled from a snapshot): nothing to save, and
            # no "Saving…" nor a typing pause that holds up the pages built ahead.
            return

        def commit() -> None:
            value = editor.text().strip()
            if name == "title" and not value:
                return  # a workshop always has a title; the last saved one stays
            self._session.set_header(
                name, value, self.tr("Edit %1").replace("%1", self._field_labels[name])
            )

        self._debouncer.schedule(field, commit)

    def _schedule_purpose(self) -> None:
        def commit() -> None:
            self._session.set_header("purpose", self.purpose.toPlainText(), self.tr("Edit purpose"))

        self._debouncer.schedule("header.purpose", commit)

    def _language_chosen(self) -> None:
        value = self.language.currentData()
        self._session.set_header(
            "language", Language(value), self.tr("Change language of the minutes")
        )

    def _connect_table(self, editor: ItemTableEditor, name: str, factory: Any) -> None:
        session = self._session
        editor.add_requested.connect(
            lambda text: session.apply(
                AddItem(session.workshop_id, name, factory(text)), self.tr("Add row")
            )
        )
        editor.edit_requested.connect(
            lambda key, field, value: session.update_item(
                name, key, {field: value}, self.tr("Edit row")
            )
        )
        editor.delete_requested.connect(
            lambda key: session.apply(
                DeleteItem(session.workshop_id, name, key), self.tr("Delete row")
            )
        )
        editor.move_requested.connect(
            lambda key, index: session.apply(
                MoveItem(session.workshop_id, name, key, index), self.tr("Move row")
            )
        )

    def _new_organisation(self, text: str) -> Organisation:
        return Organisation(id=new_id(), name=text)

    def _new_participant(self, text: str) -> Participant:
        return Participant(id=new_id(), name=text)

    def _new_meeting(self, text: str) -> Meeting:
        try:
            day = date.fromisoformat(text)
            return Meeting(id=new_id(), date=day)
        except ValueError:
            return Meeting(id=new_id(), date=date.today(), location=text)

    def _attendance_changed(self, _item: QListWidgetItem) -> None:
        key = self.meetings.current_key()
        if key is None:
            return
        attendees = tuple(
            self.attendance.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.attendance.count())
            if self.attendance.item(row).checkState() == Qt.CheckState.Checked
        )
        self._session.update_item(
            "meetings", key, {"attendee_ids": attendees}, self.tr("Change attendance")
        )
