"""Calm hints where workshop text looks like personal data, on screen and before an export."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from workshop_app.domain.model import Workshop
from workshop_app.domain.personal_data import PersonalDataKind, PlaceFinding, scan_workshop
from workshop_app.gui.elided_label import ElidedLabel

if TYPE_CHECKING:
    from workshop_app.gui.session import WorkshopSession

SCAN_DELAY_MS = 700  # after the typing pause: the hint follows what was just saved
SHOWN_PLACES = 3


def kind_word(kind: PersonalDataKind) -> str:
    words = {
        PersonalDataKind.PERSONAL_IDENTITY_NUMBER: QCoreApplication.translate(
            "PrivacyHint", "a personal identity number"
        ),
        PersonalDataKind.COORDINATION_NUMBER: QCoreApplication.translate(
            "PrivacyHint", "a coordination number"
        ),
        PersonalDataKind.PHONE_NUMBER: QCoreApplication.translate("PrivacyHint", "a phone number"),
        PersonalDataKind.EMAIL_ADDRESS: QCoreApplication.translate(
            "PrivacyHint", "an e-mail address"
        ),
        PersonalDataKind.STREET_ADDRESS: QCoreApplication.translate(
            "PrivacyHint", "a street address with a door number"
        ),
    }
    return words[kind]


def place_word(place: PlaceFinding) -> str:
    """Where the text is, in the words of the step pages."""
    words = {
        None: QCoreApplication.translate("PrivacyHint", "the workshop's description"),
        "organisations": QCoreApplication.translate("PrivacyHint", "an organisation"),
        "meetings": QCoreApplication.translate("PrivacyHint", "a meeting"),
        "indicators": QCoreApplication.translate("PrivacyHint", "an indicator"),
        "indicator_assessments": QCoreApplication.translate(
            "PrivacyHint", "an indicator's observations or sources"
        ),
        "problems": QCoreApplication.translate("PrivacyHint", "a local problem"),
        "causes": QCoreApplication.translate("PrivacyHint", "a cause"),
        "measures": QCoreApplication.translate("PrivacyHint", "a measure"),
        "preconditions": QCoreApplication.translate(
            "PrivacyHint", "the organisational preconditions"
        ),
        "next_steps": QCoreApplication.translate("PrivacyHint", "a next step"),
        "notes": QCoreApplication.translate("PrivacyHint", "the parking lot"),
    }
    return words.get(place.collection, place.collection or "")


def describe(findings: list[PlaceFinding], limit: int = SHOWN_PLACES) -> list[str]:
    lines = [
        QCoreApplication.translate("PrivacyHint", "%1 in %2 (%3)")
        .replace("%1", kind_word(p.finding.kind))
        .replace("%2", place_word(p))
        .replace("%3", p.finding.excerpt_masked)
        for p in findings[:limit]
    ]
    if len(findings) > limit:
        lines.append(
            QCoreApplication.translate("PrivacyHint", "… and %1 more").replace(
                "%1", str(len(findings) - limit)
            )
        )
    return lines


class PrivacyHintBar(ElidedLabel):
    """One line under the pages while any saved text looks like personal data; never blocks.

    Its line is kept when there is nothing to say, so it never moves the page; the whole
    text is in its tooltip and accessible name."""

    def __init__(self, session: WorkshopSession, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setObjectName("privacyHint")
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.setSizePolicy(policy)
        self.setStyleSheet(
            "QLabel#privacyHint { background: #fff4ce; color: #3d2c00; border: 1px solid #c9a227;"
            " border-radius: 4px; padding: 2px 8px; }"
        )
        self._session = session
        self.findings: list[PlaceFinding] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SCAN_DELAY_MS)
        self._timer.timeout.connect(self.scan_now)
        session.edited_locally.connect(self._timer.start)
        session.snapshot_changed.connect(lambda _workshop: self._timer.start())
        self.scan_now()

    def scan_now(self) -> None:
        self.findings = scan_workshop(self._session.workshop)
        self.setVisible(bool(self.findings))
        if self.findings:
            lead = self.tr(
                "Some text looks like personal data. Describe places and events – not individuals."
            )
            self.set_full_text("⚠ " + lead + "  " + "  ·  ".join(describe(self.findings)))


def confirm_export(parent: QWidget, workshop: Workshop) -> bool:
    """Before an export: list text that looks like personal data; True to go ahead."""
    findings = scan_workshop(workshop)
    if not findings:
        return True
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("PrivacyHint", "Check before exporting"))
    box.setText(
        QCoreApplication.translate(
            "PrivacyHint",
            "Some text looks like personal data. An exported document handed to another "
            "organisation can become a public document.",
        )
    )
    box.setInformativeText("\n".join(describe(findings, limit=8)))
    go = box.addButton(
        QCoreApplication.translate("PrivacyHint", "Export anyway"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(
        QCoreApplication.translate("PrivacyHint", "Go back and fix it"),
        QMessageBox.ButtonRole.RejectRole,
    )
    box.exec()
    return box.clickedButton() is go
