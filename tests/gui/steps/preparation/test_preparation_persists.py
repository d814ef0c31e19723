"""A new user creates a workshop, prepares it, closes the app and finds it all again."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QWidget

from tests.gui.conftest import answer_next_dialog, close_window
from tests.gui.keyboard import press, type_text
from workshop_app.domain import clock
from workshop_app.domain.steps import Step
from workshop_app.gui.dialogs.new_workshop_dialog import NewWorkshopDialog
from workshop_app.gui.steps.preparation.preparation_page import PreparationPage
from workshop_app.services.app_context import open_app_context


def fill_new_workshop(dialog: QWidget) -> None:
    assert isinstance(dialog, NewWorkshopDialog)
    dialog.title.setText("Norrbacka våren 2027")
    dialog.municipality.setText("Exempelby kommun")
    dialog.area.setText("Norrbacka")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def type_into(widget: QLineEdit, text: str) -> None:
    widget.setFocus()
    widget.selectAll()
    type_text(widget, text)


def capture(qtbot, line: QLineEdit, text: str, window) -> None:  # type: ignore[no-untyped-def]
    """Type into a capture line and press Enter, then wait until the row is saved and shown."""
    type_text(line, text)
    press(line, Qt.Key.Key_Return)
    assert window.worker.drain()


def test_prepare_close_and_find_again(qtbot, open_window, any_data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_window(any_data_dir)
    assert window.start_view.empty.isVisible()
    assert "Inga workshopar" in window.start_view.empty.text()  # the Swedish catalog is in use

    answer_next_dialog(fill_new_workshop)
    window.workshop_list.new_action.trigger()
    qtbot.waitUntil(lambda: window.workshop_view is not None, timeout=10_000)
    view = window.workshop_view
    assert view is not None
    page = view.page(Step.PREPARATION).content
    assert isinstance(page, PreparationPage)

    type_into(page._editors["area"], "Norrbacka centrum")
    type_text(page.purpose, "Kartlägga otrygghet kring torget.")

    capture(qtbot, page.organisations.capture, "Exempelby kommun", window)
    capture(qtbot, page.organisations.capture, "Polisen lokalområde Norr", window)
    capture(qtbot, page.participants.capture, "Kim Andersson", window)
    capture(qtbot, page.meetings.capture, "Kommunhuset, sal 3", window)

    # Choose the participant's organisation and role in the table, as a user would.
    participants = page.participants
    org_index = participants.model.index(0, 2)
    participants.model.setData(org_index, window.session.workshop.organisations[1].id)
    participants.model.setData(participants.model.index(0, 1), "kommunpolis")
    organisations = page.organisations
    organisations.model.setData(organisations.model.index(1, 1), "police")
    # Mark the participant as attending the selected meeting.
    page.meetings.select_key((window.session.workshop.meetings[0].id,))
    page.attendance.item(0).setCheckState(Qt.CheckState.Checked)

    qtbot.waitUntil(lambda: window.tracker.clean and window.worker.pending == 0, timeout=10_000)
    assert window.workshop_view.save_status.text().startswith("Sparat")
    close_window(window)

    # Start again on the same data dir: everything is there.
    context = open_app_context(any_data_dir)
    try:
        [summary] = context.workshops.list_workshops()
        workshop = context.workshops.load(summary.id)
    finally:
        context.close()
    assert workshop.title == "Norrbacka våren 2027"
    assert workshop.municipality == "Exempelby kommun"
    assert workshop.area == "Norrbacka centrum"
    assert workshop.purpose == "Kartlägga otrygghet kring torget."
    assert [o.name for o in workshop.organisations] == [
        "Exempelby kommun",
        "Polisen lokalområde Norr",
    ]
    assert workshop.organisations[1].kind == "police"
    [participant] = workshop.participants
    assert (participant.name, participant.role) == ("Kim Andersson", "kommunpolis")
    assert participant.organisation_id == workshop.organisations[1].id
    [meeting] = workshop.meetings
    assert meeting.location == "Kommunhuset, sal 3"
    assert meeting.date == clock.now().date()  # a new meeting is dated today
    assert meeting.attendee_ids == (participant.id,)

    # And the GUI shows it after a restart too.
    window = open_window(any_data_dir)
    assert window.start_view.model.rowCount() == 1
    assert window.start_view.model.summary(0).title == "Norrbacka våren 2027"
