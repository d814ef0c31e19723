"""The selected problem's form on the Problems page: title, place, description, indicators."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from workshop_app.domain.model import Indicator, Problem, Workshop
from workshop_app.gui.steps.problems.problem_edits import ProblemEdits
from workshop_app.gui.widgets.debounce import Debouncer
from workshop_app.gui.widgets.text_limit import LimitedTextEdit, limit_line, limit_of

ID_ROLE = Qt.ItemDataRole.UserRole


class ProblemDetails(QWidget):
    """Typed fields are saved after a typing pause (``Debouncer``) and never replaced while
    they wait; switching to another problem saves what the previous one still had pending."""

    def __init__(
        self, edits: ProblemEdits, debouncer: Debouncer, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._edits = edits
        self._debouncer = debouncer
        self._problem: Problem | None = None
        self._shown_links: tuple[tuple[tuple[str, str], ...], tuple[str, ...]] | None = None
        self.title = QLineEdit()
        self.title.setObjectName("problemTitle")
        limit_line(self.title, limit_of(Problem, "title"))
        self.place = QLineEdit()
        self.place.setObjectName("problemPlace")
        limit_line(self.place, limit_of(Problem, "place"))
        self.description = LimitedTextEdit(limit_of(Problem, "description"))
        self.description.setObjectName("problemDescription")
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.linked = QListWidget()
        self.linked.setObjectName("problemIndicators")
        self.linked.setWordWrap(True)
        self.linked.itemChanged.connect(self._link_changed)
        self.editors: dict[str, QLineEdit | QPlainTextEdit] = {
            "title": self.title,
            "place": self.place,
            "description": self.description,
        }
        self.title.textEdited.connect(lambda _t: self._schedule("title"))
        self.place.textEdited.connect(lambda _t: self._schedule("place"))
        self.description.textChanged.connect(lambda: self._schedule("description"))
        self.title.editingFinished.connect(lambda: self.flush_field("title"))
        self.place.editingFinished.connect(lambda: self.flush_field("place"))
        self._lay_out()

    def _lay_out(self) -> None:
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for label, name, widget in (
            (self.tr("&Title"), self.tr("Title"), self.title),
            (self.tr("P&lace"), self.tr("Place"), self.place),
            (self.tr("Des&cription"), self.tr("Description"), self.description),
            (self.tr("&Indicators"), self.tr("Linked indicators"), self.linked),
        ):
            widget.setAccessibleName(name)
            buddy = QLabel(label)
            buddy.setBuddy(widget)
            form.addRow(buddy, widget)

    @property
    def problem_id(self) -> str | None:
        return None if self._problem is None else self._problem.id

    def show_problem(
        self, workshop: Workshop, problem: Problem | None, observed: list[Indicator]
    ) -> None:
        """Show ``problem`` (None: an empty, disabled form); a field in its typing pause
        keeps what is typed."""
        if (problem and problem.id) != self.problem_id:
            self.flush_fields()  # the previous problem's pending text is saved first
        self._problem = problem
        self.setEnabled(problem is not None)
        for name in ("title", "place"):
            editor = self.title if name == "title" else self.place
            value = "" if problem is None else getattr(problem, name)
            if editor.text() != value and not self._pending(name):
                editor.setText(value)
                editor.setCursorPosition(0)  # a long title shows its beginning
        text = "" if problem is None else problem.description
        if self.description.toPlainText() != text and not self._pending("description"):
            self.description.blockSignals(True)
            self.description.setPlainText(text)
            self.description.blockSignals(False)
        self._show_links(workshop, problem, observed)

    def _show_links(
        self, workshop: Workshop, problem: Problem | None, observed_list: list[Indicator]
    ) -> None:
        linked = () if problem is None else problem.indicator_ids
        observed = {i.id for i in observed_list}
        candidates = [i for i in workshop.indicators if i.id in observed or i.id in linked]
        shown = (tuple((i.id, i.title) for i in candidates), linked)
        if shown == self._shown_links:
            return
        self._shown_links = shown
        self.linked.blockSignals(True)
        self.linked.clear()
        for indicator in candidates:
            title = indicator.title
            if indicator.id not in observed:
                title = self.tr("%1 (not marked as observed)").replace("%1", title)
            item = QListWidgetItem(title)
            item.setData(ID_ROLE, indicator.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            on = indicator.id in linked
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            self.linked.addItem(item)
        self.linked.blockSignals(False)
        fit_rows(self.linked, 2, 6)

    def _link_changed(self, _item: QListWidgetItem) -> None:
        problem = self._problem
        if problem is None:
            return
        ticked = [
            self.linked.item(row).data(ID_ROLE)
            for row in range(self.linked.count())
            if self.linked.item(row).checkState() == Qt.CheckState.Checked
        ]
        # The list already shows the new state: do not rebuild it inside its own signal.
        if self._shown_links is not None:
            ids = tuple(i for i in problem.indicator_ids if i in ticked) + tuple(
                i for i in ticked if i not in problem.indicator_ids
            )
            self._shown_links = (self._shown_links[0], ids)
        self._edits.set_links(problem.id, ticked)

    # -- typing pauses -------------------------------------------------------------------

    def _field_id(self, name: str, problem_id: str | None = None) -> str:
        return f"problems.{problem_id or self.problem_id}.{name}"

    def _pending(self, name: str) -> bool:
        return self._problem is not None and self._debouncer.is_pending(self._field_id(name))

    def _schedule(self, name: str) -> None:
        problem_id = self.problem_id
        if problem_id is None:
            return
        editor = self.editors[name]

        def commit() -> None:
            if isinstance(editor, QPlainTextEdit):
                value = editor.toPlainText().strip()
            else:
                value = editor.text().strip()
            self._edits.edit_field(problem_id, name, value)

        self._debouncer.schedule(self._field_id(name, problem_id), commit)

    def flush_field(self, name: str) -> None:
        if self._problem is not None:
            self._debouncer.flush_field(self._field_id(name))

    def flush_fields(self) -> None:
        """Save what is still in its typing pause for the shown problem."""
        if self._problem is not None:
            for name in self.editors:
                self._debouncer.flush_field(self._field_id(name))


def fit_rows(view: QListWidget, least: int, most: int) -> None:
    """A list as tall as its rows (``least`` to ``most``): the page scrolls, not the list."""
    metrics = view.fontMetrics()
    # The text wraps beside the check box, inside the frame (and a scroll bar, maybe).
    text_width = max(view.width() - 2 * view.frameWidth() - 48, 40)
    line = max(view.sizeHintForRow(0), metrics.height()) if view.count() else metrics.height() + 4
    extra = line - metrics.height()  # the row's own padding
    heights = [
        metrics.boundingRect(
            QRect(0, 0, text_width, 10_000), Qt.TextFlag.TextWordWrap, view.item(r).text()
        ).height()
        + extra
        for r in range(min(view.count(), most))
    ]
    heights += [line] * max(least - len(heights), 0)
    view.setFixedHeight(sum(max(h, line) for h in heights) + 2 * view.frameWidth() + 4)
