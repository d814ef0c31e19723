"""The information matrix tab: which organisation holds what kind of information."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from workshop_app.domain.enums import SourceType
from workshop_app.domain.information_matrix import matrix_rows
from workshop_app.domain.method_pack.model import MethodPack
from workshop_app.domain.model import Workshop
from workshop_app.gui.steps.indicators.indicator_matrix import MatrixView
from workshop_app.gui.steps.indicators.indicator_matrix_model import MatrixModel

# (indicator id, organisation id, the kind of information or None) from a cell's key or editor
SetSource = Callable[[str, str, SourceType | None], None]


class MatrixTab(QWidget):
    """Intro, key legend, empty-state line and the matrix of observed and unknown indicators."""

    def __init__(
        self,
        pack: MethodPack,
        ui_language: str,
        set_source: SetSource,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = MatrixModel(self)
        self.model.set_source_types(
            [(SourceType(s.id), s.title.get(ui_language)) for s in pack.source_types]
        )
        self.model.cell_edit_requested.connect(set_source)
        self.view = MatrixView()
        self.view.setObjectName("informationMatrix")
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Information matrix"))
        self.view.cell_key.connect(set_source)
        self.view.setMinimumHeight(self.fontMetrics().lineSpacing() * 14)
        intro = QLabel(
            self.tr(
                "Which organisation has information on each observed or unknown indicator, "
                "and of what kind? Indicators that nobody has information on are knowledge "
                "gaps."
            )
        )
        intro.setWordWrap(True)
        legend = "  ·  ".join(
            f"<b>{n}</b> {html.escape(label)}"
            for n, (_kind, label) in enumerate(self.model.source_types, start=1)
        )
        self.keys = QLabel(
            self.tr("Keys on a cell: %1  ·  <b>0</b> no information").replace("%1", legend)
        )
        self.keys.setWordWrap(True)
        self.empty = QLabel()
        self.empty.setObjectName("emptyState")
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.keys)
        layout.addWidget(self.empty)
        layout.addWidget(self.view, 1)

    def show_workshop(
        self,
        workshop: Workshop,
        order: dict[str, int],
        titles: dict[str, str],
        observed_only: bool,
    ) -> None:
        """Show the matrix rows of ``workshop``; the current cell stays where it was."""
        rows = matrix_rows(workshop, order, observed_only=observed_only)
        current = self.view.currentIndex()
        current_cell = (
            (self.model.rows[current.row()].indicator.id, current.column())
            if current.isValid() and current.row() < len(self.model.rows)
            else None
        )
        changed = self.model.set_rows(rows, workshop.organisations, titles)
        if changed is None:
            self.view.fit_columns()
            self.view.fit_rows()
            if current_cell is not None:
                row = self.model.row_of(current_cell[0])
                if row is not None and current_cell[1] < self.model.columnCount():
                    self.view.setCurrentIndex(self.model.index(row, current_cell[1]))
        else:
            self.view.fit_rows(changed)
        if not workshop.organisations:
            self.empty.setText(
                self.tr(
                    "Add the organisations taking part on the Preparation step: they are "
                    "the columns of the matrix."
                )
            )
        elif not rows:
            self.empty.setText(
                self.tr("No indicator is observed or unknown yet: set statuses on the board.")
            )
        self.empty.setVisible(not rows or not workshop.organisations)
