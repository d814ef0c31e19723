"""Calm hints where workshop text looks like personal data, on screen and before an export."""

from __future__ import annotations

import logging
from collections.abc import Collection
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workshop_app.domain.model import Workshop
from workshop_app.domain.personal_data import PersonalDataKind, PlaceFinding, scan_workshop
from workshop_app.domain.personal_data_report import open_findings

if TYPE_CHECKING:
    from workshop_app.gui.session import WorkshopSession
    from workshop_app.services.privacy_dismissals import PrivacyDismissals

log = logging.getLogger(__name__)

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


class PrivacyHintBar(QFrame):
    """Shown above the pages while any saved text looks like personal data; never blocks.

    Each shown finding can be dismissed ("this is a place, not a person"); the choice is kept
    per workshop by ``PrivacyDismissals`` (written on the database worker) and applies to the
    export's check too.
    """

    def __init__(
        self,
        session: WorkshopSession,
        dismissals: PrivacyDismissals | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("privacyHint")
        self.setStyleSheet(
            "QFrame#privacyHint { background: #fff4ce; border: 1px solid #c9a227;"
            " border-radius: 4px; } QFrame#privacyHint QLabel { color: #3d2c00; }"
        )
        self.setAccessibleName(self.tr("Personal data hint"))
        self._session = session
        self._dismissals = dismissals
        self.dismissed: frozenset[str] = frozenset()
        self.findings: list[PlaceFinding] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(10, 6, 10, 6)
        self._layout.setSpacing(2)
        self._rows: list[QWidget] = []
        self._lead = QLabel()
        self._lead.setWordWrap(True)
        self._layout.addWidget(self._lead)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SCAN_DELAY_MS)
        self._timer.timeout.connect(self.scan_now)
        session.edited_locally.connect(self._timer.start)
        session.snapshot_changed.connect(lambda _workshop: self._timer.start())
        self.scan_now()
        if dismissals is not None:  # the settings file is read on the worker, not here
            workshop_id = session.workshop_id
            session.worker.submit(
                lambda: dismissals.dismissed(workshop_id), self._dismissed_loaded, self._failed
            )

    def text(self) -> str:
        """Everything the bar says, as one text (what a screen reader reads, too)."""
        parts = [self._lead.text()] + [
            label.text() for row in self._rows for label in row.findChildren(QLabel)
        ]
        return "\n".join(parts)

    def scan_now(self) -> None:
        self.findings = [
            p
            for p in scan_workshop(self._session.workshop)
            if p.finding.digest not in self.dismissed
        ]
        self.setVisible(bool(self.findings))
        for row in self._rows:
            row.deleteLater()
        self._rows = []
        if not self.findings:
            return
        self._lead.setText(
            "⚠ "
            + self.tr(
                "Some text looks like personal data. Describe places and events – not individuals."
            )
        )
        shown = self.findings[:SHOWN_PLACES]
        lines = describe(self.findings)
        for place, line in zip(shown, lines, strict=False):
            self._add_row(line, place.finding.digest)
        if len(lines) > len(shown):  # "… and 2 more": dismissing a shown one brings the next
            self._add_row(lines[-1], None)
        self.setAccessibleDescription(self.text())

    def dismiss(self, digest: str) -> None:
        """The user says this finding is a place, not a person: hide it here and keep that."""
        self.dismissed = self.dismissed | {digest}
        self.scan_now()
        if self._dismissals is not None:
            dismissals, workshop_id = self._dismissals, self._session.workshop_id
            self._session.worker.submit(
                lambda: dismissals.dismiss(workshop_id, digest), None, self._failed
            )

    def _add_row(self, line: str, digest: str | None) -> None:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(line)
        label.setWordWrap(True)
        layout.addWidget(label, 1)
        if digest is not None:
            button = QPushButton(self.tr("This is a place, not a person"))
            button.setObjectName("dismissPrivacyHint")
            button.setToolTip(
                self.tr("Stop pointing this text out in this workshop (also before exports)")
            )
            button.clicked.connect(lambda _checked=False, d=digest: self.dismiss(d))
            layout.addWidget(button)
        self._layout.addWidget(row)
        row.show()  # a child added to a bar already on screen stays hidden otherwise
        self._rows.append(row)

    def _dismissed_loaded(self, dismissed: frozenset[str]) -> None:
        self.dismissed = self.dismissed | dismissed
        self.scan_now()

    def _failed(self, error: BaseException) -> None:
        # A dismissal that could not be saved still holds on screen for this session.
        log.warning("privacy hint dismissals: %s", type(error).__name__)


def confirm_export(parent: QWidget, workshop: Workshop, dismissed: Collection[str] = ()) -> bool:
    """Before an export: list text that looks like personal data (but what the user dismissed
    as "a place, not a person"); True to go ahead."""
    findings = open_findings(workshop, dismissed)
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
