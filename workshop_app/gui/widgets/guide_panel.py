"""The facilitator guide of a step: purpose, guiding questions and tips; collapsible."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QToolButton, QVBoxLayout, QWidget

from workshop_app.domain.method_pack.model import StepGuide


class GuidePanel(QWidget):
    """Shows the step's guide from the method pack; the toggle folds it to one line."""

    expanded_by_user = Signal(bool)

    def __init__(self, guide: StepGuide, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guidePanel")
        self.toggle = QToolButton()
        self.toggle.setObjectName("guideToggle")
        self.toggle.setText(self.tr("Facilitator guide"))
        self.toggle.setCheckable(True)
        self.toggle.setChecked(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow)
        self.toggle.setAccessibleName(self.tr("Show or hide the facilitator guide"))
        self.toggle.toggled.connect(self.set_expanded)
        self.toggle.clicked.connect(self.expanded_by_user)

        self.body = QLabel()
        self.body.setObjectName("guideBody")
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body.setText(
            guide_html(guide, language, self.tr("Guiding questions"), self.tr("Tips"))
        )

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toggle)
        layout.addWidget(self.body)

    def set_expanded(self, expanded: bool) -> None:
        self.toggle.blockSignals(True)
        self.toggle.setChecked(expanded)
        self.toggle.blockSignals(False)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)
        self.body.setVisible(expanded)


def guide_html(guide: StepGuide, language: str, questions_heading: str, tips_heading: str) -> str:
    """The guide as simple rich text (escaped: pack texts are data, not markup)."""

    def items(texts: tuple) -> str:  # type: ignore[type-arg]
        return "".join(f"<li>{html.escape(t.get(language))}</li>" for t in texts)

    parts = [f"<p><b>{html.escape(guide.purpose.get(language))}</b></p>"]
    if guide.questions:
        parts.append(f"<p>{html.escape(questions_heading)}:</p><ul>{items(guide.questions)}</ul>")
    if guide.tips:
        parts.append(f"<p><i>{html.escape(tips_heading)}:</i></p><ul>{items(guide.tips)}</ul>")
    return "".join(parts)
