"""Every input has an accessible name: a screen reader says what a field is for.

Walks every step page (and the dialogs a facilitator opens) of the filled-in example and
fails on an input without a name. A name is the widget's accessible name, the text of a
label whose buddy it is (QFormLayout rows and "&Field" labels), or a button's own text.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from tests.gui.helpers import settle
from workshop_app.domain.steps import STEP_ORDER
from workshop_app.services.app_context import open_app_context

INPUTS = (
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QAbstractButton,
)


def part_of_a_field(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox | QAbstractSpinBox | QLineEdit):  # a clear button too
            return True
        parent = parent.parentWidget()
    return False


def unnamed_inputs(root: QWidget) -> list[str]:
    buddies = {
        id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy() is not None
    }
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INPUTS) or not widget.isEnabled():
            continue
        if isinstance(widget, QHeaderView) or part_of_a_field(widget):
            continue  # a table's headings; the list or line inside a combo box or date field
        if widget.objectName().startswith("qt_") or type(widget).__name__ == "QTableCornerButton":
            continue  # Qt's own parts (a table's corner, a scroll area's buttons)
        named = (
            widget.accessibleName().strip()
            or id(widget) in buddies
            or (isinstance(widget, QAbstractButton) and (widget.text().strip() or widget.toolTip()))
        )
        if not named:
            parent = widget.parentWidget()
            where = f"{type(parent).__name__} {parent.objectName()!r}" if parent else ""
            missing.append(f"{type(widget).__name__} {widget.objectName()!r} in {where}")
    return missing


def test_every_input_on_every_page_has_a_name(qtbot, open_window, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    context = open_app_context(data_dir)
    try:
        workshop = context.transfer.open_example()
    finally:
        context.close()
    window = open_window(data_dir)
    window.resize(1920, 1080)
    missing = unnamed_inputs(window.start_view)
    window.open_workshop(workshop.id)
    qtbot.waitUntil(lambda: window.workshop_view is not None, timeout=10_000)
    view = window.workshop_view
    for step in STEP_ORDER:
        view.show_step(step)
        settle(window)
        QApplication.processEvents()
        missing += unnamed_inputs(view.page(step))
    missing += unnamed_inputs(view)  # the top bar: timer, Present, Export
    # The dialogs of the day: dot voting, the agenda, a new workshop.
    from workshop_app.gui.dialogs.new_workshop_dialog import NewWorkshopDialog
    from workshop_app.gui.room.agenda_dialog import AgendaDialog
    from workshop_app.gui.room.voting_dialog import VotingDialog

    pack = window.context.method_pack
    dialogs = [
        VotingDialog(window.session, "problems", None, None, window),
        AgendaDialog.for_timer(view.timer, pack, "sv", window),
        NewWorkshopDialog("sv", window),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        missing += unnamed_inputs(dialog)
    assert not sorted(set(missing)), "\n".join(sorted(set(missing)))


def test_the_check_finds_an_unnamed_field(qtbot) -> None:  # type: ignore[no-untyped-def]
    form = QWidget()
    qtbot.addWidget(form)
    field = QLineEdit(form)
    assert unnamed_inputs(form)
    label = QLabel("&Plats", form)
    label.setBuddy(field)
    assert not unnamed_inputs(form)


def test_the_window_follows_a_larger_system_font(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QFont

    from workshop_app.gui.theme import apply_theme

    before_font, before_sheet = QFont(qapp.font()), qapp.styleSheet()
    try:
        large = QFont(qapp.font())
        large.setPointSizeF(16)  # the user chose a larger text size in the system
        qapp.setFont(large)
        apply_theme(qapp)
        assert qapp.font().pointSizeF() == 16  # kept, not forced back to 11
        assert "QLabel#pageHeading { font-size: 29.1pt" in qapp.styleSheet()
        small = QFont(qapp.font())
        small.setPointSizeF(8)
        qapp.setFont(small)
        apply_theme(qapp)
        assert qapp.font().pointSizeF() == 11  # never below the readable base
    finally:
        qapp.setFont(before_font)
        qapp.setStyleSheet(before_sheet)
