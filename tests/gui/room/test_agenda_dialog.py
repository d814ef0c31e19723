"""The agenda dialog: planned against used time per step, live while the timer runs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication

from tests.gui.keyboard import press
from tests.gui.room.test_step_timer import SHOTS, FakeClock, make_timer, open_example
from workshop_app.domain.steps import STEP_ORDER, Step
from workshop_app.gui.room.agenda_dialog import (
    BAR,
    BAR_ROLE,
    DIFFERENCE,
    OVER_BACKGROUND,
    PLANNED,
    USED,
    WITHIN_BACKGROUND,
    AgendaDialog,
)


def row_of(step: Step) -> int:
    return STEP_ORDER.index(step)


def test_planned_against_used_with_totals_live(
    qtbot, open_window, data_dir: Path, example_file: Path
) -> None:  # type: ignore[no-untyped-def]
    window = open_example(qtbot, open_window, data_dir, example_file)
    clock = FakeClock()
    timer = make_timer(window, clock)  # on "causes"; the example's indicators used 2900 s
    timer.start()
    clock.advance(50 * 60)  # five minutes over the 45 planned
    timer.tick()

    dialog = AgendaDialog.for_timer(timer, window.context.method_pack, "sv", window)
    qtbot.addWidget(dialog)
    dialog.show()
    table = dialog.table

    def cell(step: Step, column: int) -> str:
        return table.item(row_of(step), column).text()

    assert table.rowCount() == len(STEP_ORDER) + 1  # every step and the total
    assert "Indikatorer" in cell(Step.INDICATORS, 0)
    assert cell(Step.INDICATORS, PLANNED) == "50 min"
    assert cell(Step.INDICATORS, USED) == "48 min"  # 2900 s
    # The group moved on from indicators: finished two minutes under plan.
    assert cell(Step.INDICATORS, DIFFERENCE) == "\u22122 min"
    background = table.item(row_of(Step.INDICATORS), DIFFERENCE).background().color().name()
    assert background == WITHIN_BACKGROUND
    assert cell(Step.CAUSES, USED) == "50 min"
    assert cell(Step.CAUSES, DIFFERENCE) == "+5 min"
    assert table.item(row_of(Step.CAUSES), DIFFERENCE).background().color().name() == (
        OVER_BACKGROUND
    )
    assert table.item(row_of(Step.CAUSES), BAR).data(BAR_ROLE) == (45 * 60, 50 * 60, 50 * 60)
    assert cell(Step.PREPARATION, PLANNED) == "–"  # nothing planned for the day
    assert cell(Step.MEASURES, USED) == "–"
    total = len(STEP_ORDER)
    assert table.item(total, PLANNED).text() == f"{50 + 30 + 45 + 45 + 30 + 25} min"
    assert table.item(total, USED).text() == "98 min"
    assert table.item(total, DIFFERENCE).text() == "+3 min"  # −2 + 5

    # It follows the running timer.
    clock.advance(120)
    timer.tick()
    assert cell(Step.CAUSES, USED) == "52 min"
    assert table.item(total, DIFFERENCE).text() == "+5 min"

    # Only the steps' planned minutes can be edited (the plan is the group's).
    assert table.editTriggers() & QAbstractItemView.EditTrigger.AnyKeyPressed
    for r in range(table.rowCount()):
        for c in range(table.columnCount()):
            editable = bool(table.item(r, c).flags() & Qt.ItemFlag.ItemIsEditable)
            assert editable == (c == PLANNED and r < len(STEP_ORDER)), (r, c)

    # Natural size within the window at both projector sizes, then Esc closes.
    SHOTS.mkdir(parents=True, exist_ok=True)
    for width, height in ((1024, 768), (1920, 1080)):
        window.resize(width, height)
        QApplication.processEvents()
        size = dialog._natural_size()
        assert size.width() <= width and size.height() <= height
        dialog.resize(size)
        QApplication.processEvents()
        assert table.verticalScrollBar().maximum() == 0  # every row visible
        assert dialog.grab().save(str(SHOTS / f"agenda-{width}x{height}.png"))
    press(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_the_group_changes_its_plan_and_fits_it_to_the_meeting(  # type: ignore[no-untyped-def]
    qtbot, open_window, data_dir: Path, example_file: Path
) -> None:
    from tests.gui.helpers import settle, stored_workshop

    window = open_example(qtbot, open_window, data_dir, example_file)
    clock = FakeClock()
    timer = make_timer(window, clock)
    dialog = AgendaDialog.for_timer(timer, window.context.method_pack, "sv", window)
    qtbot.addWidget(dialog)
    dialog.show()
    table = dialog.table
    # Type 40 over the causes' 45 minutes: stored, and the timer counts from it.
    table.item(row_of(Step.CAUSES), PLANNED).setText("40")
    settle(window)
    stored = stored_workshop(data_dir, "exempel-1")
    plan = {p.step: p.planned_minutes for p in stored.step_plan}
    assert plan[Step.CAUSES] == 40
    assert timer.reading().planned_seconds == 40 * 60  # the timer is on causes
    assert table.item(row_of(Step.CAUSES), PLANNED).text() == "40 min"
    window.undo_action.trigger()  # one Ctrl+Z takes the change back
    settle(window)
    assert timer.planned_by_step()[Step.CAUSES] == 45

    # The workshop day is set on Preparation as 13:00–16:30: the plan is fitted to it.
    from workshop_app.domain.time_plan import session_meeting

    session = window.session
    meeting = session_meeting(session.workshop)
    assert meeting is not None
    session.update_item(
        "meetings", (meeting.id,), {"start_time": "13:00", "end_time": "16:30"}, "Times"
    )
    settle(window)
    dialog._show_meeting()
    assert dialog.fit_button.isEnabled()
    assert "13:00–16:30" in dialog.fit_button.toolTip()
    dialog.fit_to_meeting()
    settle(window)
    fixed = sum(i.minutes for i in window.context.method_pack.agenda if i.step is None)
    planned = [m for m in timer.planned_by_step().values() if m]
    assert sum(planned) + fixed == 210  # 13:00–16:30
    assert all(m % 5 == 0 for m in planned)
