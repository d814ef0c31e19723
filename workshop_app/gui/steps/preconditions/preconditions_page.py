"""Step 5, Organisational preconditions: each dimension rated 1–4, with state, obstacles, remedy."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from workshop_app.domain.enums import Rating
from workshop_app.domain.method_pack.model import MethodPack
from workshop_app.domain.model import PreconditionAssessment, Workshop
from workshop_app.gui.session import WorkshopSession
from workshop_app.gui.steps.preconditions.precondition_rows import (
    PreconditionRow,
    RowKey,
    contrast_text,
    organisations_without_row,
    precondition_rows,
)
from workshop_app.gui.steps.preconditions.precondition_table import (
    PreconditionTableModel,
    PreconditionTableView,
    RatingDelegate,
)
from workshop_app.gui.steps.step_content import StepContent
from workshop_app.gui.widgets.debounce import Debouncer
from workshop_app.gui.widgets.measure_layout import ResponsiveRow, compact, tab_order
from workshop_app.gui.widgets.measure_widgets import (
    DebouncedText,
    KeyFilter,
    text_box,
)
from workshop_app.gui.widgets.text_limit import limit_of
from workshop_app.services.changes import AddItem, DeleteItem

TEXTS = ("current_state", "obstacles", "remedy")


class PreconditionsPage(StepContent):
    """The rated table on top; the selected row's rating and texts in a form below it."""

    def __init__(
        self,
        session: WorkshopSession,
        pack: MethodPack,
        ui_language: str,
        debouncer: Debouncer,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("preconditionsPage")
        self._session = session
        self._pack = pack
        self._language = ui_language
        self._debouncer = debouncer
        self._shown: Workshop | None = None
        self._adding: set[RowKey] = set()  # added, but not yet back from the database
        self._select_after_reload: RowKey | None = None
        session.snapshot_changed.connect(self._reloaded)

        heading = QLabel(self.tr("Preconditions"))
        heading.setObjectName("sectionHeading")
        hint = QLabel(
            self.tr(
                "Select a dimension and rate it: 1 missing … 4 in place (keys 1–4, 0 clears). "
                "The form below holds what the group says about it."
            )
        )
        hint.setWordWrap(True)
        self.model = PreconditionTableModel(pack, ui_language, self)
        self.table = PreconditionTableView(
            self.model, RatingDelegate(pack, ui_language, self._rating_at_row, self)
        )
        self.table.setAccessibleName(self.tr("Preconditions"))
        heading.setBuddy(self.table)
        commands: dict[Qt.Key, Any] = {
            Qt.Key(Qt.Key.Key_0.value + level.value): (lambda v=level.value: self.set_rating(v))
            for level in pack.rating_scale
        }
        commands[Qt.Key.Key_0] = lambda: self.set_rating(None)
        commands[Qt.Key.Key_Backspace] = lambda: self.set_rating(None)
        commands[Qt.Key.Key_Delete] = self.remove_current
        self._keys = KeyFilter(self.table, commands)
        self.table.selectionModel().currentRowChanged.connect(lambda _c, _p: self._show_current())

        # The selected row's form.
        self.details = QGroupBox(self.tr("Selected dimension"))
        self.details.setObjectName("preconditionDetails")
        self.title = QLabel()
        self.title.setObjectName("sectionHeading")
        self.title.setWordWrap(True)
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.rating_buttons: dict[int | None, QPushButton] = {}
        buttons = QGridLayout()
        for position, level in enumerate(pack.rating_scale):
            button = self._rating_button(
                f"{level.value} {level.title.get(ui_language)}", level.colour, level.value
            )
            button.setToolTip(level.description.get(ui_language))
            buttons.addWidget(button, position // 2, position % 2)
        clear = self._rating_button(self.tr("Not rated"), None, None)
        last_row = (len(pack.rating_scale) + 1) // 2
        buttons.addWidget(clear, last_row, 0)
        # "Vet ej" is an answer the group gives (format version 2), unlike "not rated".
        dont_know = self._rating_button(self.tr("Don't know"), None, int(Rating.DONT_KNOW))
        dont_know.setToolTip(self.tr("The group does not know how far this is in place"))
        buttons.addWidget(dont_know, last_row, 1)
        self._texts: dict[str, DebouncedText] = {}
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        labels = {
            "current_state": (self.tr("&Current state"), self.tr("What is in place today?")),
            "obstacles": (self.tr("O&bstacles"), self.tr("What is missing or stands in the way?")),
            "remedy": (self.tr("Re&medy"), self.tr("What can be done, and by whom?")),
        }
        for name in TEXTS:
            label, placeholder = labels[name]
            box = text_box(
                label.replace("&", ""),
                3,
                placeholder,
                limit=limit_of(PreconditionAssessment, name),
            )
            box.setObjectName(f"precondition_{name}")
            self._texts[name] = DebouncedText(
                box, debouncer, f"precondition.{name}", self._text_commit(name)
            )
            form.addRow(label, box)
        rating_label = QLabel(self.tr("Rating"))

        self.organisation = compact(QComboBox())
        self.organisation.setObjectName("preconditionOrganisation")
        self.organisation.setAccessibleName(self.tr("Organisation for a row of its own"))
        self.add_row = QPushButton(self.tr("&Add row for an organisation"))
        self.add_row.setObjectName("addOrganisationRow")
        self.add_row.setToolTip(
            self.tr("Rate this dimension separately for one organisation, when they differ")
        )
        self.add_row.clicked.connect(self.add_organisation_row)
        self.remove = QPushButton()
        self.remove.setObjectName("removePreconditionRow")
        self.remove.clicked.connect(self.remove_current)
        organisation_row = ResponsiveRow(560)
        organisation_row.add(self.organisation, 1)
        organisation_row.add(self.add_row, 0)
        remove_row = QHBoxLayout()
        remove_row.addStretch(1)
        remove_row.addWidget(self.remove)

        details_layout = QVBoxLayout(self.details)
        details_layout.addWidget(self.title)
        details_layout.addWidget(self.description)
        details_layout.addWidget(rating_label)
        details_layout.addLayout(buttons)
        details_layout.addLayout(form)
        details_layout.addWidget(organisation_row)
        details_layout.addLayout(remove_row)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(hint)
        layout.addWidget(self.table)
        layout.addWidget(self.details)
        layout.addStretch(1)
        tab_order(
            self.table,
            *self.rating_buttons.values(),
            *(text.widget for text in self._texts.values()),
            self.organisation,
            self.add_row,
            self.remove,
        )
        self.show_workshop(session.workshop)

    def _rating_button(self, text: str, colour: str | None, value: int | None) -> QPushButton:
        button = QPushButton(text)
        button.setCheckable(True)
        button.setObjectName(f"rating_{value}")
        # As narrow as its words allow (two side by side fit a 1024×768 projector).
        button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        button.setMinimumWidth(button.fontMetrics().horizontalAdvance(f"✓ {text}") + 32)
        button.setAccessibleName(self.tr("Rating: %1").replace("%1", text))
        if colour is not None:
            foreground = contrast_text(colour)
            button.setStyleSheet(
                f"QPushButton {{ background: {colour}; color: {foreground};"
                " border: 1px solid #555; border-radius: 4px; padding: 6px 10px; }"
                " QPushButton:checked { border: 4px solid #000; font-weight: 600; }"
                " QPushButton:focus { border: 3px dashed #1565c0; }"
                " QPushButton:checked:focus { border: 4px dashed #1565c0; }"
            )
        button.clicked.connect(lambda _checked=False, v=value: self.set_rating(v))
        self.rating_buttons[value] = button
        return button

    # -- showing -------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.show_workshop(self._session.workshop)

    def show_workshop(self, workshop: Workshop) -> None:
        if workshop is self._shown:
            return
        self._shown = workshop
        keys = {(a.dimension_id, a.organisation_id) for a in workshop.preconditions}
        self._adding -= keys
        current = self.current_row()
        rows = precondition_rows(
            self._pack.precondition_dimensions, workshop.preconditions, self._language
        )
        self.model.set_rows(rows, {o.id: o.name for o in workshop.organisations})
        wanted = self._select_after_reload
        if wanted is not None and self.model.row_of(wanted) is not None:
            self._select_after_reload = None
            self.select(wanted)
        elif current is not None and self.model.row_of(current.key) is not None:
            self.select(current.key)  # a new or removed row resets the table
        elif self.current_row() is None and rows:
            self.table.selectRow(0)
        self._show_current()

    def _reloaded(self, _workshop: Workshop) -> None:
        # What was on its way to the database has arrived (or failed and is not there).
        self._adding.clear()

    def current_row(self) -> PreconditionRow | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.rows[index.row()]

    def select(self, key: RowKey) -> None:
        row = self.model.row_of(key)
        if row is not None and row != self.table.currentIndex().row():
            self.table.selectRow(row)

    def _show_current(self) -> None:
        row = self.current_row()
        workshop = self._session.workshop
        self.details.setEnabled(row is not None)
        assessment = None if row is None else row.assessment
        self.title.setText("" if row is None else self.model.row_title(row))
        self.description.setText("" if row is None else row.description)
        self.description.setVisible(bool(row and row.description))
        rating = None if assessment is None or assessment.rating is None else int(assessment.rating)
        for value, button in self.rating_buttons.items():
            button.setChecked(row is not None and value == rating)
            label = button.text().removeprefix("✓ ")
            button.setText(("✓ " if button.isChecked() else "") + label)
        for name, text in self._texts.items():
            text.show(None if row is None else row.key, getattr(assessment, name, ""))
        # Rows of their own for organisations.
        free = (
            []
            if row is None
            else organisations_without_row(
                row.dimension_id, workshop.preconditions, workshop.organisations
            )
        )
        wanted = [(o.id, o.name) for o in free]
        items = [
            (self.organisation.itemData(i), self.organisation.itemText(i))
            for i in range(self.organisation.count())
        ]
        if items != wanted:
            chosen = self.organisation.currentData()
            self.organisation.clear()
            for org_id, name in wanted:
                self.organisation.addItem(name, org_id)
            self.organisation.setCurrentIndex(max(self.organisation.findData(chosen), 0))
        self.organisation.setEnabled(bool(wanted))
        self.add_row.setEnabled(bool(wanted))
        if row is not None and row.organisation_id is not None:
            self.remove.setText(self.tr("&Remove this row"))
            self.remove.setEnabled(True)
        else:
            self.remove.setText(self.tr("C&lear this assessment"))
            self.remove.setEnabled(assessment is not None)

    # -- edits ---------------------------------------------------------------------------

    def set_rating(self, value: int | None) -> None:
        row = self.current_row()
        if row is None:
            return
        current = None if row.assessment is None else row.assessment.rating
        rating = None if value is None else Rating(value)
        if rating == current and (row.assessment is not None or rating is None):
            self._show_current()  # a click on the checked button keeps it checked
            return
        self._save(row, {"rating": rating}, self.tr("Rate precondition"))

    def _rating_at_row(self, row_number: int, value: int | None) -> None:
        if row_number != self.table.currentIndex().row():
            self.table.selectRow(row_number)
        self.set_rating(value)

    def _text_commit(self, name: str) -> Any:
        def commit(key: RowKey, value: str) -> None:
            row = next((r for r in self.model.rows if r.key == key), None)
            if row is not None:
                self._save(row, {name: value}, self.tr("Edit precondition"))

        return commit

    def _save(self, row: PreconditionRow, values: dict[str, Any], text: str) -> None:
        """Change the row's assessment; the first value given to an empty row creates it."""
        session = self._session
        key = row.key
        exists = any(
            (a.dimension_id, a.organisation_id) == key for a in session.workshop.preconditions
        )
        if not exists and key not in self._adding:
            # "Vet ej" is the rating 0: only None and empty text say nothing.
            if all(value is None or value == "" for value in values.values()):
                return  # nothing to say yet: the row stays empty
            assessment = PreconditionAssessment(
                dimension_id=row.dimension_id,
                dimension_title=self._dimension_title(row, session.workshop),
                organisation_id=row.organisation_id,
                **values,
            )
            self._adding.add(key)
            session.apply(AddItem(session.workshop_id, "preconditions", assessment), text)
            return
        session.update_item("preconditions", key, values, text)
        if key in self._adding:
            session.reload()  # its add is still on the way: show what is stored after both
        self.show_workshop(session.workshop)

    def _dimension_title(self, row: PreconditionRow, workshop: Workshop) -> str:
        dimension = self._pack.choice(self._pack.precondition_dimensions, row.dimension_id)
        return row.title if dimension is None else dimension.title.get(workshop.language)

    def add_organisation_row(self) -> None:
        row = self.current_row()
        organisation_id = self.organisation.currentData()
        if row is None or organisation_id is None:
            return
        session = self._session
        key = (row.dimension_id, organisation_id)
        assessment = PreconditionAssessment(
            dimension_id=row.dimension_id,
            dimension_title=self._dimension_title(row, session.workshop),
            organisation_id=organisation_id,
        )
        self._select_after_reload = key
        self._adding.add(key)
        session.apply(
            AddItem(session.workshop_id, "preconditions", assessment),
            self.tr("Add row for an organisation"),
        )

    def remove_current(self) -> None:
        row = self.current_row()
        if row is None or row.assessment is None:
            return
        self._debouncer.flush()
        session = self._session
        text = (
            self.tr("Remove row")
            if row.organisation_id is not None
            else self.tr("Clear assessment")
        )
        if row.organisation_id is not None:
            # The row goes; keep the dimension's own row selected.
            self._select_after_reload = (row.dimension_id, None)
        session.apply(DeleteItem(session.workshop_id, "preconditions", row.key), text)
