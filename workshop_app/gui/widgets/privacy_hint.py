"""Calm hints where workshop text looks like personal data, on screen and before an export."""

from __future__ import annotations

import logging
from collections.abc import Collection
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFrame, QHBoxLayout, QMenu, QMessageBox, QToolButton, QWidget

from workshop_app.domain.model import Workshop
from workshop_app.domain.personal_data import PersonalDataKind, PlaceFinding
from workshop_app.domain.personal_data_report import open_findings
from workshop_app.gui.widgets.elided_label import ElidedLabel

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
    """One line under the pages while any saved text looks like personal data; never blocks.

    Its line is kept when there is nothing to say, so it never moves the page; the whole text is
    in its tooltip and accessible name. "Review…" lists the findings; each can be dismissed
    ("this is a place, not a person"), a choice kept per workshop by ``PrivacyDismissals``
    (written on the database worker) that applies to the export's check too.
    """

    def __init__(
        self,
        session: WorkshopSession,
        dismissals: PrivacyDismissals | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("privacyHint")
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.setSizePolicy(policy)
        self.setStyleSheet(
            "QFrame#privacyHint { background: #fff4ce; border: 1px solid #c9a227;"
            " border-radius: 4px; } QFrame#privacyHint QLabel { color: #3d2c00; }"
        )
        self._session = session
        self._dismissals = dismissals
        self.dismissed: frozenset[str] = frozenset()
        self.findings: list[PlaceFinding] = []
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 4, 2)
        self._line = ElidedLabel()
        layout.addWidget(self._line, 1)
        self._menu = QMenu(self)
        self._review = QToolButton()
        self._review.setObjectName("reviewPrivacyHint")
        self._review.setText(self.tr("Review…"))
        self._review.setAccessibleName(self.tr("Review the personal data hints"))
        self._review.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self._review.setMenu(self._menu)
        layout.addWidget(self._review)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SCAN_DELAY_MS)
        self._timer.timeout.connect(self.scan_now)
        session.edited_locally.connect(self._timer.start)
        session.snapshot_changed.connect(lambda _workshop: self._timer.start())
        self.setVisible(False)  # until the first scan has found something
        # The first scan (20-40 ms on a large workshop) comes once, with what the user has
        # dismissed, a typing pause after the workshop opened: the page paints first, and the
        # bar keeps its line meanwhile.
        if dismissals is not None:  # the settings file is read on the worker, not here
            workshop_id = session.workshop_id
            session.worker.submit(
                lambda: dismissals.dismissed(workshop_id), self._dismissed_loaded, self._failed
            )
        else:
            self._timer.start()

    def full_text(self) -> str:
        """Everything the bar says, as one text (its tooltip; what a screen reader reads)."""
        return self._line.full_text()

    def dismiss_actions(self) -> list[QAction]:
        """The menu's "a place, not a person" actions, one per shown finding."""
        return [a for a in self._menu.actions() if a.data() is not None]

    def scan_now(self) -> None:
        self.findings = open_findings(self._session.workshop, self.dismissed)
        self.setVisible(bool(self.findings))
        self._menu.clear()
        if not self.findings:
            return
        lead = self.tr(
            "Some text looks like personal data. Describe places and events – not individuals."
        )
        lines = describe(self.findings)
        self._line.set_full_text("⚠ " + lead + "  " + "  ·  ".join(lines))
        self.setAccessibleName(self._line.full_text())
        for place, line in zip(self.findings[:SHOWN_PLACES], lines, strict=False):
            action = self._menu.addAction(
                self.tr("This is a place, not a person: %1").replace("%1", line)
            )
            action.setToolTip(
                self.tr("Stop pointing this text out in this workshop (also before exports)")
            )
            action.setData(place.finding.digest)
            action.triggered.connect(lambda _checked=False, d=place.finding.digest: self.dismiss(d))

    def dismiss(self, digest: str) -> None:
        """The user says this finding is a place, not a person: hide it here and keep that."""
        self.dismissed = self.dismissed | {digest}
        self.scan_now()
        if self._dismissals is not None:
            dismissals, workshop_id = self._dismissals, self._session.workshop_id
            self._session.worker.submit(
                lambda: dismissals.dismiss(workshop_id, digest), None, self._failed
            )

    def _dismissed_loaded(self, dismissed: frozenset[str]) -> None:
        self.dismissed = self.dismissed | dismissed
        self._timer.start()

    def _failed(self, error: BaseException) -> None:
        # A dismissal that could not be saved still holds on screen for this session; when
        # they could not be read, every finding shows.
        log.warning("privacy hint dismissals: %s", type(error).__name__)
        self._timer.start()


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
