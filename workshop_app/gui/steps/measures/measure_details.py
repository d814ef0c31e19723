"""The form of the selected measure: causes it acts on, kind, term, phase, lead, partners …"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from workshop_app.domain.enums import Horizon, MeasureKind, Phase
from workshop_app.domain.method_pack.model import Choice, MethodPack
from workshop_app.domain.model import Measure, Workshop
from workshop_app.domain.partner_matrix import (
    causes_in_tree_order,
    ordered,
    with_lead,
    with_partners,
)
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

# edit(key, changed fields, undo text)
Edit = Callable[[tuple[str], dict[str, Any], str], None]


class MeasureDetails(QWidget):
    """Edits one measure through ``edit``; ``show_measure`` never disturbs a field being typed."""

    def __init__(
        self,
        pack: MethodPack,
        ui_language: str,
        debouncer: Debouncer,
        edit: Edit,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._pack = pack
        self._language = ui_language
        self._edit = edit
        self._measure: Measure | None = None
        self._workshop: Workshop | None = None

        self.title = QLineEdit()
        self.title.setObjectName("measureTitle")
        self.title.setAccessibleName(self.tr("Title of the measure"))
        limit_line(self.title, limit_of(Measure, "title"))
        self.description = text_box(
            self.tr("Description of the measure"), 3, limit=limit_of(Measure, "description")
        )
        self.causes = CheckList(self.tr("Causes the measure acts on"))
        self.causes.setObjectName("measureCauses")
        self.no_causes = QLabel(self.tr("This problem has no causes yet (step 3)."))
        self.no_causes.setWordWrap(True)
        self.kind = self._combo(
            "measureKind",
            self.tr("Kind of measure"),
            [(MeasureKind(c.id), c) for c in pack.measure_kinds],
        )
        self.horizon = compact(QComboBox())
        self.horizon.setObjectName("measureHorizon")
        self.horizon.setAccessibleName(self.tr("Short or long term"))
        self.horizon.addItem(self.tr("(not decided)"), None)
        self.horizon.addItem(self.tr("Short term"), Horizon.SHORT)
        self.horizon.addItem(self.tr("Long term"), Horizon.LONG)
        self.phase = self._combo(
            "measurePhase",
            self.tr("Phase in Fasmodellen"),
            [(Phase(int(c.id)), c) for c in pack.phases],
            none_text=self.tr("(no phase)"),
        )
        self.lead = compact(QComboBox())
        self.lead.setObjectName("measureLead")
        self.lead.setAccessibleName(self.tr("Lead organisation"))
        self.partners = CheckList(self.tr("Partner organisations"))
        self.partners.setObjectName("measurePartners")
        self.resources = text_box(
            self.tr("Resources"),
            2,
            self.tr("Time, money, staff …"),
            limit=limit_of(Measure, "resources"),
        )
        self.follow_up = text_box(
            self.tr("Follow-up"),
            2,
            self.tr("How and when will we know it works?"),
            limit=limit_of(Measure, "follow_up"),
        )

        self._texts = {
            "title": DebouncedText(
                self.title, debouncer, "measure.title", self._text_commit("title")
            ),
            "description": DebouncedText(
                self.description, debouncer, "measure.description", self._text_commit("description")
            ),
            "resources": DebouncedText(
                self.resources, debouncer, "measure.resources", self._text_commit("resources")
            ),
            "follow_up": DebouncedText(
                self.follow_up, debouncer, "measure.follow_up", self._text_commit("follow_up")
            ),
        }
        self.causes.on_toggled(self._causes_toggled)
        self.partners.on_toggled(self._partners_toggled)
        self.kind.activated.connect(
            lambda _i: self._choose("kind", self.kind, MeasureKind, self.tr("Change kind"))
        )
        self.horizon.activated.connect(
            lambda _i: self._choose("horizon", self.horizon, Horizon, self.tr("Change term"))
        )
        self.phase.activated.connect(
            lambda _i: self._choose("phase", self.phase, Phase, self.tr("Change phase"))
        )
        self.lead.activated.connect(self._lead_chosen)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        causes_box = QWidget()
        causes_layout = QVBoxLayout(causes_box)
        causes_layout.setContentsMargins(0, 0, 0, 0)
        causes_layout.addWidget(self.causes)
        causes_layout.addWidget(self.no_causes)
        for label, widget in (
            (self.tr("&Title"), self.title),
            (self.tr("&Acts on the causes"), causes_box),
            (self.tr("&Kind"), self.kind),
            (self.tr("Te&rm"), self.horizon),
            (self.tr("&Phase"), self.phase),
            (self.tr("&Lead organisation"), self.lead),
            (self.tr("Part&ners"), self.partners),
            (self.tr("Res&ources"), self.resources),
            (self.tr("Follow-&up"), self.follow_up),
            (self.tr("Des&cription"), self.description),
        ):
            buddy = QLabel(label)
            buddy.setBuddy(self.causes if widget is causes_box else widget)
            form.addRow(buddy, widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addStretch(1)
        tab_order(*self.focus_chain())
        self.show_measure(None, None)

    def focus_chain(self) -> list[QWidget]:
        """The fields in the order they are laid out (and Tab visits them)."""
        return [
            self.title,
            self.causes,
            self.kind,
            self.horizon,
            self.phase,
            self.lead,
            self.partners,
            self.resources,
            self.follow_up,
            self.description,
        ]

    def _combo(
        self,
        name: str,
        accessible: str,
        choices: list[tuple[Any, Choice]],
        none_text: str | None = None,
    ) -> QComboBox:
        combo = compact(QComboBox())
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        if none_text is not None:
            combo.addItem(none_text, None)
        for value, choice in choices:
            combo.addItem(choice.title.get(self._language), value)
            combo.setItemData(
                combo.count() - 1,
                choice.description.get(self._language),
                Qt.ItemDataRole.ToolTipRole,
            )
        return combo

    # -- showing -------------------------------------------------------------------------

    def show_measure(self, workshop: Workshop | None, measure: Measure | None) -> None:
        self._workshop, self._measure = workshop, measure
        key = None if measure is None else (measure.id,)
        for name, text in self._texts.items():
            text.show(key, "" if measure is None else getattr(measure, name))
        for widget in (self.causes, self.kind, self.horizon, self.phase, self.lead, self.partners):
            widget.setEnabled(measure is not None)
        if workshop is None or measure is None:
            self.causes.set_options([])
            self.partners.set_options([])
            self.no_causes.hide()
            return
        causes = causes_in_tree_order(workshop.causes, measure.problem_id)
        self.causes.set_options(
            [
                CheckOption(c.id, "    " * depth + c.description, c.id in measure.cause_ids)
                for c, depth in causes
            ]
        )
        self.causes.setVisible(bool(causes))
        self.no_causes.setVisible(not causes)
        self._select(self.kind, measure.kind)
        self._select(self.horizon, measure.horizon)
        self._select(self.phase, measure.phase)
        organisations = [(o.id, o.name) for o in workshop.organisations]
        wanted = [(None, self.tr("(none)")), *organisations]
        if [(self.lead.itemData(i), self.lead.itemText(i)) for i in range(self.lead.count())] != (
            wanted
        ):
            self.lead.clear()
            for value, label in wanted:
                self.lead.addItem(label, value)
        self._select(self.lead, measure.lead_organisation_id)
        lead_suffix = self.tr(" (lead)")
        self.partners.set_options(
            [
                CheckOption(
                    org_id,
                    name + (lead_suffix if org_id == measure.lead_organisation_id else ""),
                    org_id in measure.partner_organisation_ids,
                    enabled=org_id != measure.lead_organisation_id,
                )
                for org_id, name in organisations
            ]
        )

    @staticmethod
    def _select(combo: QComboBox, value: Any) -> None:
        combo.setCurrentIndex(max(combo.findData(value), 0))

    # -- edits ---------------------------------------------------------------------------

    def _text_commit(self, name: str) -> Callable[[Any, str], None]:
        def commit(key: Any, value: str) -> None:
            value = value.strip() if name == "title" else value
            if name == "title" and not value:
                return  # a measure always has a title; the last saved one stays
            self._edit(key, {name: value}, self.tr("Edit measure"))

        return commit

    def _choose(self, name: str, combo: QComboBox, enum_type: type[Enum], text: str) -> None:
        if self._measure is not None:
            value = enum_value(enum_type, combo.currentData())
            self._edit((self._measure.id,), {name: value}, text)

    def _causes_toggled(self, ids: tuple[str, ...]) -> None:
        if self._measure is None or self._workshop is None:
            return
        order = [
            c.id for c, _ in causes_in_tree_order(self._workshop.causes, self._measure.problem_id)
        ]
        self._edit((self._measure.id,), {"cause_ids": ordered(ids, order)}, self.tr("Link causes"))

    def _lead_chosen(self) -> None:
        if self._measure is None or self._workshop is None:
            return
        order = [o.id for o in self._workshop.organisations]
        changes = with_lead(self._measure, self.lead.currentData(), order)
        self._edit((self._measure.id,), changes, self.tr("Change lead organisation"))

    def _partners_toggled(self, ids: tuple[str, ...]) -> None:
        if self._measure is None or self._workshop is None:
            return
        order = [o.id for o in self._workshop.organisations]
        changes = with_partners(self._measure, ids, order)
        self._edit((self._measure.id,), changes, self.tr("Change partners"))
