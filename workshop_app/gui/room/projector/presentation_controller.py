"""Presenting: owns the projector window, keeps it in step with the session, picks the screen."""

from __future__ import annotations

import time
from collections import deque

from PySide6.QtCore import QObject, QRect, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

from workshop_app.domain import clock
from workshop_app.domain.method_pack.model import MethodPack
from workshop_app.domain.model import Workshop
from workshop_app.domain.presentation_content import (
    build_slide,
    clamp_question,
    item_ids,
    newest_added,
)
from workshop_app.domain.presentation_follow_up import FOLLOW_UP_PARTS, build_follow_up_slide
from workshop_app.domain.slide_model import FocusKind, FocusTarget, Slide
from workshop_app.domain.step_timer import TimerReading
from workshop_app.domain.steps import Step
from workshop_app.gui.room.projector.presentation_window import TEXT_SCALES, PresentationWindow
from workshop_app.gui.session import WorkshopSession

WINDOW_SHARE = 0.6  # of the laptop screen, for the movable window when there is one screen
SLOW_REFRESH_S = 0.008  # a refresh slower than this (a very large workshop) is coalesced …
COALESCE_MS = 150  # … with the edits that follow within this time


class PresentationController(QObject):
    """Shows the session's workshop on the projector; the laptop drives it through this API.

    The slide is rebuilt on every snapshot change or local edit (cheap: a pure function of the
    snapshot); the window lays out and paints only the parts whose content changed.
    """

    presenting_changed = Signal(bool)
    question_changed = Signal(int, str)  # index on the projector, its text
    blank_changed = Signal(bool)
    page_changed = Signal(int, int)  # page on the projector (from 0), pages
    focus_changed = Signal()  # a focus or vote result came or went

    def __init__(
        self,
        session: WorkshopSession,
        method_pack: MethodPack,
        ui_language: str,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._pack = method_pack
        self._language = ui_language
        self._step = session.workshop.current_step
        self._seen_current_step = session.workshop.current_step
        self._questions: dict[Step, int] = {}
        self._focus: FocusTarget | None = None
        # The Follow-up page on the laptop: its meeting ("" before one is started), or None
        # when a step's page is shown; its slides are turned like guiding questions.
        self._follow_up: str | None = None
        self._part = 0
        self._newest: dict[object, str] = {}
        self._known: tuple[object, tuple[str, ...]] | None = None
        self._slide: Slide | None = None
        self._presenting = False
        self._durations: deque[float] = deque(maxlen=3)  # of the latest refreshes
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(COALESCE_MS)
        self._pending.timeout.connect(self.refresh)
        self.window = PresentationWindow()
        if isinstance(parent, QWidget):
            self.window.forward_to = parent  # keys pressed on the projector go to the laptop
        self.window.end_requested.connect(self.stop)
        self.window.closed_by_user.connect(self._closed_by_user)
        self.window.blank_requested.connect(self.toggle_blank)
        self.window.next_question_requested.connect(self.next_question)
        self.window.previous_question_requested.connect(self.previous_question)
        self.window.page_changed.connect(self.page_changed)
        session.snapshot_changed.connect(self._workshop_changed)
        session.edited_locally.connect(self._workshop_changed)
        self.refresh()

    # -- presenting ------------------------------------------------------------------------

    @property
    def is_presenting(self) -> bool:
        return self._presenting

    def start(self, laptop_screen: QScreen | None = None) -> None:
        """Full screen on a second screen when there is one, else a movable window."""
        if self.is_presenting:
            return
        self._presenting = True
        self.refresh()
        laptop = laptop_screen or QGuiApplication.primaryScreen()
        other = next((s for s in QGuiApplication.screens() if s is not laptop), None)
        if other is not None:
            self.window.setScreen(other)
            self.window.setGeometry(other.geometry())
            self.window.showFullScreen()
        else:
            self.window.setGeometry(_centred_share(laptop.availableGeometry(), WINDOW_SHARE))
            self.window.showNormal()  # a new top-level window opens in front
        self.presenting_changed.emit(True)

    def stop(self) -> None:
        if not self._presenting:
            return
        self.window.end_by_request()
        self._ended()

    def _closed_by_user(self) -> None:
        if self._presenting:
            self._ended()

    def _ended(self) -> None:
        self._presenting = False
        self.set_blank(False)
        self.presenting_changed.emit(False)

    def toggle_presenting(self) -> None:
        self.stop() if self.is_presenting else self.start()

    # -- what is shown ---------------------------------------------------------------------

    @property
    def step(self) -> Step:
        return self._step

    @property
    def slide(self) -> Slide | None:
        return self._slide

    def set_step(self, step: Step) -> None:
        """Show ``step`` (its question index as it was left); a focus ends with the step."""
        if step == self._step:
            return
        self._step = step
        had_focus, self._focus = self._focus is not None, None
        self.refresh()
        if had_focus:
            self.focus_changed.emit()
        self._emit_question()

    @property
    def follow_up(self) -> str | None:
        """The follow-up meeting shown ("" before one is started); None: a step is shown."""
        return self._follow_up

    def set_follow_up(self, meeting_id: str | None) -> None:
        """The laptop shows the Follow-up page (``meeting_id``; "" without a meeting), or
        with None a step's page again; a focus ends, a new meeting starts at its review."""
        if meeting_id == self._follow_up:
            return
        self._part = 0
        self._follow_up = meeting_id
        had_focus, self._focus = self._focus is not None, None
        self.refresh()
        if had_focus:
            self.focus_changed.emit()
        self._emit_question()

    @property
    def question_index(self) -> int:
        if self._follow_up is not None:
            return self._part
        return self._questions.get(self._step, 0)

    def next_question(self) -> None:
        self._move_question(+1)

    def previous_question(self) -> None:
        self._move_question(-1)

    def set_question(self, index: int) -> None:
        follow_up = self._follow_up is not None
        count = len(FOLLOW_UP_PARTS) if follow_up else len(self._pack.step(self._step).questions)
        index = clamp_question(index, count)
        if index == self.question_index:
            return
        if follow_up:
            self._part = index
        else:
            self._questions[self._step] = index
        self.refresh()
        self._emit_question()

    @property
    def text_scale(self) -> float:
        return self.window.text_scale

    def set_text_scale(self, factor: float) -> None:
        """The projector's text ``factor`` times its designed size (one of TEXT_SCALES)."""
        self.window.set_text_scale(min(TEXT_SCALES, key=lambda s: abs(s - factor)))

    def change_text_scale(self, steps: int) -> float:
        """Larger (+1) or smaller (-1) text on the projector; returns the new factor."""
        index = TEXT_SCALES.index(self.text_scale) + steps
        self.set_text_scale(TEXT_SCALES[max(0, min(index, len(TEXT_SCALES) - 1))])
        return self.text_scale

    def next_page(self) -> bool:
        """The next page of cards or vote rows when they do not fit on one."""
        return self.window.turn_page(+1)

    def previous_page(self) -> bool:
        return self.window.turn_page(-1)

    @property
    def page(self) -> tuple[int, int]:
        """(page shown from 0, pages) on the projector."""
        return self.window.page()

    def toggle_blank(self) -> None:
        self.set_blank(not self.window.is_blank)

    def set_blank(self, blank: bool) -> None:
        if blank == self.window.is_blank:
            return
        self.window.set_blank(blank)
        self.blank_changed.emit(blank)

    @property
    def is_blank(self) -> bool:
        return self.window.is_blank

    @property
    def focus(self) -> FocusTarget | None:
        return self._focus

    def set_focus(self, focus: FocusTarget | None) -> None:
        """Put one problem (or its fishbone, or a vote result) large on the projector."""
        changed = focus != self._focus
        self._focus = focus
        self.refresh()
        if changed:
            self.focus_changed.emit()

    @property
    def shows_vote_result(self) -> bool:
        return self._focus is not None and self._focus.kind in (
            FocusKind.VOTES_PROBLEMS,
            FocusKind.VOTES_MEASURES,
        )

    def end_vote_result(self) -> None:
        """The vote result leaves the projector: the step's cards again."""
        if self.shows_vote_result:
            self.set_focus(None)

    def show_vote_result(self, kind: str, problem_id: str | None = None) -> None:
        """``"problems"`` or ``"measures"`` (of ``problem_id``, or all with None): the sorted
        result replaces the cards."""
        if kind not in ("problems", "measures"):
            raise ValueError(f"unknown kind of vote {kind!r}")
        if kind == "problems":
            self.set_focus(FocusTarget(FocusKind.VOTES_PROBLEMS))
        else:
            self.set_focus(FocusTarget(FocusKind.VOTES_MEASURES, problem_id))

    def set_timer_reading(self, reading: TimerReading | None) -> None:
        """Show the step timer as the laptop does: time left, "+" time over the plan, or the
        time used without a plan."""
        if reading is None:
            self.window.set_timer("", False)
            return
        self.window.set_timer(reading.clock, reading.overrun)

    def refresh(self) -> None:
        """Build the slide from the session's snapshot and show it (only while presenting:
        nothing is spent on an edit when the projector is off)."""
        self._pending.stop()
        if not self._presenting:
            self._known = None  # no highlight for what was added while not presenting
            return
        started = time.perf_counter()
        slide = self._build(None)
        newest = self._track_newest(slide)
        if newest is not None:
            slide = self._build(newest)
        if slide.focus is None and self._focus is not None:
            self._focus = None  # its problem was deleted: back to the cards
            self.focus_changed.emit()
        if slide != self._slide:
            self._slide = slide
            self.window.show_slide(slide)
        self._durations.append(time.perf_counter() - started)

    def close(self) -> None:
        """Presenting ends and the window goes (the workshop is being closed)."""
        self.stop()
        self._session.snapshot_changed.disconnect(self._workshop_changed)
        self._session.edited_locally.disconnect(self._workshop_changed)
        self.window.deleteLater()

    @property
    def slow(self) -> bool:
        """The latest three refreshes each took longer than SLOW_REFRESH_S (a one-off, such
        as the first layout with new fonts, does not count)."""
        full = len(self._durations) == self._durations.maxlen
        return full and min(self._durations) > SLOW_REFRESH_S

    # -- plumbing --------------------------------------------------------------------------

    def _build(self, newest: str | None) -> Slide:
        workshop = self._session.workshop
        if self._follow_up is not None:
            today = clock.now().date()
            return build_follow_up_slide(workshop, self._follow_up, self._part, today, newest)
        return build_slide(
            workshop,
            self._pack,
            self._language,
            self._step,
            self.question_index,
            self._focus,
            newest,
        )

    def _workshop_changed(self, _workshop: Workshop | None = None) -> None:
        current = self._session.workshop.current_step
        if current != self._seen_current_step:
            # The laptop moved to another step: the projector follows.
            self._seen_current_step = current
            self.set_step(current)
            return
        if self.slow:
            self._pending.start()  # a very large workshop: one refresh for a burst of edits
        else:
            self.refresh()

    def _track_newest(self, slide: Slide) -> str | None:
        """The item added last while this step is shown (kept until the next one is added)."""
        if slide.focus is not None:
            return None  # no cards now; what is added meanwhile is new when the focus ends
        ids = item_ids(slide.cards)
        key: object = slide.step if slide.follow_up is None else slide.follow_up
        if self._known is not None and self._known[0] == key:
            added = newest_added(self._known[1], ids)
            if added is not None:
                self._newest[key] = added
        elif self._known is not None:
            self._newest.pop(key, None)  # a new visit starts without a highlight
        self._known = (key, ids)
        newest = self._newest.get(key)
        return newest if newest in ids else None

    def _move_question(self, delta: int) -> None:
        self.set_question(self.question_index + delta)

    def _emit_question(self) -> None:
        slide = self._slide
        self.question_changed.emit(self.question_index, slide.question if slide else "")


def _centred_share(area: QRect, share: float) -> QRect:
    width, height = int(area.width() * share), int(area.height() * share)
    return QRect(
        area.x() + (area.width() - width) // 2,
        area.y() + (area.height() - height) // 2,
        width,
        height,
    )
