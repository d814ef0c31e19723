"""The step timer of the open workshop: counts a step's time down and keeps it per step."""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from workshop_app.domain.agenda import Agenda, build_agenda, planned_minutes
from workshop_app.domain.method_pack.model import MethodPack
from workshop_app.domain.model import StepPlan, Workshop
from workshop_app.domain.step_timer import StepTimerState, TimerReading, planned_seconds
from workshop_app.domain.steps import Step
from workshop_app.gui.session import WorkshopSession
from workshop_app.services.changes import AddItem, UpdateItem

SAVE_EVERY_SECONDS = 30  # while running; also on pause, step change and flush()


class StepTimer(QObject):
    """Start, pause and reset the current step's timer; elapsed time is saved per step.

    The elapsed time is bookkeeping, not the group's work: it is saved with
    ``session.record`` (no undo step) when the timer pauses, the step changes, every
    ``SAVE_EVERY_SECONDS`` while running and on ``flush()`` – never on every tick. Only a
    reset, which throws time away, is an undo step, so Ctrl+Z brings the time back.
    """

    reading_changed = Signal(object)  # TimerReading: each second while running, and on changes

    def __init__(
        self,
        session: WorkshopSession,
        method_pack: MethodPack,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent if parent is not None else session)
        self._session = session
        self._clock = clock
        self._defaults = {guide.step: guide.default_minutes for guide in method_pack.steps}
        # What the database holds (as far as this timer knows): ``record`` does not update
        # the session's snapshot, so the timer keeps its own copy until the next reload.
        self._saved: dict[Step, int] = {}
        self._rows: set[Step] = set()
        self._take_stored(session.workshop)
        self._step = session.workshop.current_step
        self._state = StepTimerState(float(self._saved.get(self._step, 0)))
        # A running timer goes on with the next step (the group moves on, the clock too);
        # the window sets this from the facilitator's setting.
        self.keep_running = False

        self._ticker = QTimer(self)
        self._ticker.setSingleShot(True)
        self._ticker.setTimerType(Qt.TimerType.PreciseTimer)
        self._ticker.timeout.connect(self.tick)
        session.snapshot_changed.connect(self._snapshot_changed)
        session.edited_locally.connect(self._edited_locally)

    # -- reading -------------------------------------------------------------------------

    @property
    def step(self) -> Step:
        return self._step

    @property
    def running(self) -> bool:
        return self._state.running

    def reading(self) -> TimerReading:
        minutes = planned_minutes(self._session.workshop.step_plan, self._step, self._defaults)
        return TimerReading(
            step=self._step,
            planned_seconds=planned_seconds(minutes),
            elapsed_seconds=self._state.elapsed_whole(self._clock()),
            running=self._state.running,
        )

    def elapsed_by_step(self) -> dict[Step, int]:
        """Seconds used per step, including the running step's unsaved time (for the agenda)."""
        elapsed = dict(self._saved)
        elapsed[self._step] = self._state.elapsed_whole(self._clock())
        return elapsed

    def agenda(self) -> Agenda:
        """Planned against used time for the whole workshop, as of now."""
        return build_agenda(
            self._session.workshop.step_plan, self._defaults, self.elapsed_by_step()
        )

    # -- commands ------------------------------------------------------------------------

    def set_step(self, step: Step) -> None:
        """Follow the group to another step: the old step's time is paused and saved."""
        if step == self._step:
            return
        now = self._clock()
        was_running = self._state.running
        self._state = self._state.pause(now)
        self._save(self._step)
        self._step = step
        self._state = StepTimerState(float(self._saved.get(step, 0)))
        self._ticker.stop()
        if was_running and self.keep_running:
            self.start()
            return
        self._emit()

    @property
    def workshop(self) -> Workshop:
        return self._session.workshop

    def planned_by_step(self) -> dict[Step, int | None]:
        """Each step's planned minutes as the timer counts them (own plan, else the pack's)."""
        plans = self._session.workshop.step_plan
        return {step: planned_minutes(plans, step, self._defaults) for step in self._defaults}

    def set_planned(self, minutes: Mapping[Step, int], text: str) -> None:
        """The group's time plan: each step's planned minutes, as one undo step."""
        plans = {plan.step: plan for plan in self._session.workshop.step_plan}
        changed = {s: m for s, m in minutes.items() if self.planned_by_step().get(s) != m}
        if not changed:
            return
        workshop_id = self._session.workshop_id
        stack = self._session.undo_stack
        stack.beginMacro(text)
        try:
            for step, value in changed.items():
                if step in plans or step in self._rows:
                    self._session.update_item(
                        "step_plan", (step,), {"planned_minutes": value}, text
                    )
                else:
                    plan = StepPlan(step=step, planned_minutes=value)
                    self._session.apply(AddItem(workshop_id, "step_plan", plan), text)
                    self._rows.add(step)
        finally:
            stack.endMacro()
        self._emit()

    def start(self) -> None:
        if self._state.running:
            return
        self._state = self._state.start(self._clock())
        self._schedule()
        self._emit()

    def pause(self) -> None:
        if not self._state.running:
            return
        self._state = self._state.pause(self._clock())
        self._ticker.stop()
        self._save(self._step)
        self._emit()

    def toggle(self) -> None:
        if self._state.running:
            self.pause()
        else:
            self.start()

    def reset(self) -> None:
        """Stop and set the step's time to zero, as one undo step."""
        now = self._clock()
        if not self._state.running and self._state.elapsed_whole(now) == 0:
            return
        self._state = self._state.pause(now)
        self._ticker.stop()
        # Store the time first, so the undo step's "before" is exactly what the clock showed.
        self._save(self._step)
        self._state = self._state.reset()
        self._saved[self._step] = 0
        self._session.update_item(
            "step_plan", (self._step,), {"elapsed_seconds": 0}, self.tr("Reset the step timer")
        )
        self._emit()

    def tick(self) -> None:
        """Called each second while running (tests call it after moving a fake clock)."""
        if not self._state.running:
            return
        elapsed = self._state.elapsed_whole(self._clock())
        if elapsed - self._saved.get(self._step, 0) >= SAVE_EVERY_SECONDS:
            self._save(self._step)
        self._schedule()
        self._emit()

    def flush(self) -> None:
        """Save the current step's time now (closing the workshop or the app)."""
        self._save(self._step)

    # -- plumbing ------------------------------------------------------------------------

    def _emit(self) -> None:
        self.reading_changed.emit(self.reading())

    def _schedule(self) -> None:
        # Wake just after the next whole second of elapsed time, so the display never skips
        # or repeats a second however start and pause fell.
        fraction = self._state.elapsed(self._clock()) % 1.0
        self._ticker.start(max(1, int((1.0 - fraction) * 1000) + 5))

    def _save(self, step: Step) -> None:
        """Record the step's elapsed time if it differs from what is stored."""
        seconds = (
            self._state.elapsed_whole(self._clock())
            if step == self._step
            else self._saved.get(step, 0)
        )
        if seconds == self._saved.get(step, 0):
            return
        workshop_id = self._session.workshop_id
        if step in self._rows:
            change = UpdateItem(workshop_id, "step_plan", (step,), {"elapsed_seconds": seconds})
            self._session.record(change)
        else:
            # planned_minutes stays None: the step keeps following the method pack's plan.
            plan = StepPlan(step=step, elapsed_seconds=seconds)
            self._session.record(AddItem(workshop_id, "step_plan", plan), refresh=True)
            self._rows.add(step)
        self._saved[step] = seconds

    def _take_stored(self, workshop: Workshop) -> None:
        self._saved = {plan.step: plan.elapsed_seconds for plan in workshop.step_plan}
        self._rows = set(self._saved)

    def _snapshot_changed(self, workshop: Workshop) -> None:
        # A snapshot from the database comes after every change this timer recorded (the
        # session drops older loads), so it is the truth. If it differs from what the timer
        # last saved for its step, something else changed the time: undo or redo of a reset.
        before = self._saved.get(self._step, 0)
        self._take_stored(workshop)
        stored = self._saved.get(self._step, 0)
        if stored != before:
            self._state = self._state.with_elapsed(stored, self._clock())
        self._emit()  # the planned minutes may have changed too

    def _edited_locally(self) -> None:
        self._emit()  # a field edit, perhaps of the time plan
