"""The selected cause's form on the Causes page: text, branch, directness, certainty, evidence."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QPlainTextEdit, QWidget

from workshop_app.domain.cause_tree import root_of
from workshop_app.domain.enums import Branch, Certainty, Directness
from workshop_app.domain.model import Cause, Workshop
from workshop_app.gui.steps.causes.cause_edits import CauseEdits
from workshop_app.gui.steps.causes.cause_labels import CauseLabels
from workshop_app.gui.widgets.debounce import Debouncer
from workshop_app.gui.widgets.text_limit import LimitedTextEdit, limit_of

TEXT_FIELDS = ("description", "evidence")


class CauseDetails(QWidget):
    """Typed texts are saved after a typing pause and never replaced while they wait;
    choosing another cause saves what the previous one still had pending."""

    branch_changed = Signal(object)  # Branch: the cause (and its sub-causes) moved there

    def __init__(
        self,
        edits: CauseEdits,
        labels: CauseLabels,
        debouncer: Debouncer,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._edits = edits
        self._debouncer = debouncer
        self.cause_id: str | None = None
        line = self.fontMetrics().lineSpacing()
        self.description = _text_box(self.tr("Cause"), line * 3 + 12, "description")
        self.description.setObjectName("causeDescription")
        self.description.textChanged.connect(lambda: self._schedule("description"))
        self.branch = _combo("causeBranch", self.tr("Branch"))
        for branch in Branch:
            self.branch.addItem(labels.branch(branch), branch)
        self.branch.activated.connect(self._branch_chosen)
        self.directness = _combo("causeDirectness", self.tr("Direct or underlying"))
        for directness in Directness:
            self.directness.addItem(labels.directness(directness), directness)
        self.directness.activated.connect(lambda: self._chosen("directness", self.directness))
        self.certainty = _combo("causeCertainty", self.tr("How certain are we?"))
        for value in (None, *Certainty):
            self.certainty.addItem(labels.certainty(value) or self.tr("(not given)"), value)
        self.certainty.activated.connect(lambda: self._chosen("certainty", self.certainty))
        self.evidence = _text_box(self.tr("What the cause rests on"), line * 3 + 12, "evidence")
        self.evidence.setObjectName("causeEvidence")
        self.evidence.setPlaceholderText(
            self.tr("Statistics, case records, observations, experience …")
        )
        self.evidence.textChanged.connect(lambda: self._schedule("evidence"))
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for label, widget in (
            (self.tr("&Cause"), self.description),
            (self.tr("B&ranch"), self.branch),
            (self.tr("D&irect or underlying"), self.directness),
            (self.tr("Cer&tainty"), self.certainty),
            (self.tr("Evide&nce"), self.evidence),
        ):
            buddy = QLabel(label)
            buddy.setBuddy(widget)
            form.addRow(buddy, widget)

    def show_cause(self, workshop: Workshop, cause: Cause | None) -> None:
        """Show ``cause`` (None: an empty, disabled form); a text in its typing pause stays."""
        cause_id = None if cause is None else cause.id
        if cause_id != self.cause_id:
            self.flush()  # the previous cause's pending text is saved first
            self.cause_id = cause_id
        self.setEnabled(cause is not None)
        for name, editor in (("description", self.description), ("evidence", self.evidence)):
            text = "" if cause is None else getattr(cause, name)
            if editor.toPlainText() != text and not self._pending(name):
                editor.blockSignals(True)
                editor.setPlainText(text)
                editor.blockSignals(False)
        root = None if cause is None else root_of(workshop.causes, cause.id)
        choose(self.branch, None if root is None else root.branch)
        self.branch.setEnabled(cause is not None and cause.parent_id is None)
        self.branch.setToolTip(
            ""
            if cause is None or cause.parent_id is None
            else self.tr("A sub-cause sits on the branch of the cause above it.")
        )
        choose(self.directness, None if cause is None else cause.directness)
        choose(self.certainty, None if cause is None else cause.certainty)

    def _chosen(self, name: str, box: QComboBox) -> None:
        if self.cause_id is not None:
            self._edits.update(self.cause_id, {name: box.currentData()})

    def _branch_chosen(self) -> None:
        branch = self.branch.currentData()
        cause_id = self.cause_id
        if cause_id is not None and branch is not None and self._edits.set_branch(cause_id, branch):
            self.branch_changed.emit(branch)

    # -- typing pauses -------------------------------------------------------------------

    def _field_id(self, name: str, cause_id: str | None = None) -> str:
        return f"causes.{cause_id or self.cause_id}.{name}"

    def _pending(self, name: str) -> bool:
        return self.cause_id is not None and self._debouncer.is_pending(self._field_id(name))

    def _schedule(self, name: str) -> None:
        cause_id = self.cause_id
        if cause_id is None:
            return
        editor = self.description if name == "description" else self.evidence

        def commit() -> None:
            value = editor.toPlainText().strip()
            if name == "description" and not value:
                return  # a cause keeps a text; the last saved one stays
            self._edits.update(cause_id, {name: value})

        self._debouncer.schedule(self._field_id(name, cause_id), commit)

    def flush(self) -> None:
        """Save what is still in its typing pause for the shown cause."""
        if self.cause_id is not None:
            for name in TEXT_FIELDS:
                self._debouncer.flush_field(self._field_id(name))


def _combo(name: str, accessible: str) -> QComboBox:
    box = QComboBox()
    box.setObjectName(name)
    box.setAccessibleName(accessible)
    return box


def _text_box(name: str, height: int, field: str) -> QPlainTextEdit:
    editor = LimitedTextEdit(limit_of(Cause, field))
    editor.setAccessibleName(name)
    editor.setTabChangesFocus(True)
    editor.setFixedHeight(height)
    return editor


def choose(box: QComboBox, value: object) -> None:
    """Show ``value`` in ``box`` without signalling a choice (the stored value, not an act)."""
    position = box.findData(value)
    if position < 0:
        position = 0 if value is None else box.currentIndex()
    if position != box.currentIndex():
        box.blockSignals(True)
        box.setCurrentIndex(position)
        box.blockSignals(False)
