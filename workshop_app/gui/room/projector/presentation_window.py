"""The projector window: the current step, its guiding question, the items and the timer.

High contrast (near black, white and yellow), type sized from the window so it stays readable
at 1024×768 from the back of a room. The window only shows; the laptop keeps the controls, and
the few keys handled here (Esc, B, arrows, Page Up/Down as sent by presentation clickers) are
passed on as signals.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QPainter, QPaintEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import QLayout, QStackedLayout, QStackedWidget, QVBoxLayout, QWidget

from workshop_app.domain.presentation_content import (
    FishboneFocus,
    ProblemFocus,
    Slide,
    VoteResult,
)
from workshop_app.domain.steps import Step
from workshop_app.gui.room.projector import style
from workshop_app.gui.room.projector.captions import Captions
from workshop_app.gui.room.projector.card_board import CardBoard
from workshop_app.gui.room.projector.fishbone_focus import FishboneFocusView
from workshop_app.gui.room.projector.focus_view import ProblemFocusView
from workshop_app.gui.room.projector.key_forwarding import forward_key
from workshop_app.gui.room.projector.slide_header import HeaderContent, SlideHeader
from workshop_app.gui.room.projector.vote_result_view import VoteResultView

MARGIN = 30  # px at 1024×768
# The facilitator's choice of text size on top of the window's (Ctrl+plus / Ctrl+minus on the
# laptop): larger for a big room, smaller for a large screen close by.
TEXT_SCALES = (0.8, 0.9, 1.0, 1.15, 1.3, 1.5, 1.75)


class BlankScreen(QWidget):
    """A calm black screen for breaks, with a small word saying so."""

    def __init__(self, captions: Captions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("presentationBlank")
        self._captions = captions
        self.scale = 1.0

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.black)
        painter.setPen(style.BLANK_TEXT)
        painter.setFont(style.font(self.font(), 32 * self.scale))
        painter.drawText(self.rect(), int(Qt.AlignmentFlag.AlignCenter), self._captions.blank())


class PresentationWindow(QWidget):
    """A top-level window for the projector; it shows slides and reports keys."""

    end_requested = Signal()  # Esc
    closed_by_user = Signal()  # the window's own close button (a movable window)
    blank_requested = Signal()
    next_question_requested = Signal()
    previous_question_requested = Signal()
    page_changed = Signal(int, int)  # page shown (from 0), pages: of the cards or the votes

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.WindowDoesNotAcceptFocus)
        self.setObjectName("presentationWindow")
        # The keyboard stays on the laptop, where the group's words are typed: the window
        # manager must not hand it to the projector when the window appears (F5 then F9,
        # typing or Ctrl+PgDown went to the wrong window).
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # Keys that somehow reach this window go to the laptop's window (set by the owner).
        self.forward_to: QWidget | None = None
        # Closing the laptop's window quits the app, whatever the projector shows.
        self.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
        self.setWindowTitle(self.tr("Workshopstöd – presentation"))
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, style.BACKGROUND)
        palette.setColor(QPalette.ColorRole.WindowText, style.TEXT)
        self.setPalette(palette)
        self.setCursor(Qt.CursorShape.BlankCursor)  # no pointer left on the projected picture
        self.captions = Captions(self)
        self._slide: Slide | None = None
        self._timer = ("", False)
        self._closing_by_request = False
        self.scale = 1.0
        self.text_scale = 1.0

        self.header = SlideHeader()
        self.cards = CardBoard(self.captions)
        self.problem_focus = ProblemFocusView(self.captions)
        self.fishbone = FishboneFocusView()
        self.votes = VoteResultView(self.captions)
        self.cards.page_changed.connect(self._page_changed)
        self.votes.page_changed.connect(self._page_changed)
        self.problem_focus.page_changed.connect(self._page_changed)
        self.body = QStackedWidget()
        for widget in (self.cards, self.problem_focus, self.fishbone, self.votes):
            self.body.addWidget(widget)

        self.content = QWidget()
        self._content_layout = QVBoxLayout(self.content)
        self._content_layout.setSpacing(0)
        self._content_layout.addWidget(self.header)
        self._content_layout.addWidget(self.body, 1)
        self.blank_screen = BlankScreen(self.captions)
        self._stack = QStackedLayout(self)
        self._stack.addWidget(self.content)
        self._stack.addWidget(self.blank_screen)
        # The header's height changes with the question; it must never resize the window.
        self._stack.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self._apply_scale()

    # -- what to show ----------------------------------------------------------------------

    @property
    def slide(self) -> Slide | None:
        return self._slide

    def show_slide(self, slide: Slide) -> None:
        """Show ``slide``; parts that did not change are neither laid out nor painted again."""
        self._slide = slide
        self._refresh()

    def set_timer(self, text: str, overrun: bool) -> None:
        if (text, overrun) == self._timer:
            return
        self._timer = (text, overrun)
        self._refresh_header()

    def turn_page(self, delta: int) -> bool:
        """The next (+1) or previous (-1) page of what is shown; False when there is none."""
        shown = self.body.currentWidget()
        if shown in (self.cards, self.votes, self.problem_focus):
            return shown.turn_page(delta)
        return False

    def page(self) -> tuple[int, int]:
        """(page shown from 0, pages) of what is shown; (0, 1) for a one-page view."""
        shown = self.body.currentWidget()
        if shown in (self.cards, self.votes, self.problem_focus):
            return shown.page, shown.page_count
        return 0, 1

    def _page_changed(self, page: int, count: int) -> None:
        if self.sender() is self.body.currentWidget():
            self.page_changed.emit(page, count)

    def set_blank(self, blank: bool) -> None:
        self._stack.setCurrentWidget(self.blank_screen if blank else self.content)

    @property
    def is_blank(self) -> bool:
        return self._stack.currentWidget() is self.blank_screen

    def end_by_request(self) -> None:
        """Close without reporting ``end_requested`` (the controller asked for it)."""
        self._closing_by_request = True
        try:
            self.close()
        finally:
            self._closing_by_request = False

    # -- Qt --------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Only the plain keys a presentation clicker sends are the projector's own; any other
        # key (a shortcut, typing) belongs to the laptop's window.
        key = event.key()
        plain = event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        )
        if plain and key == Qt.Key.Key_Escape:
            self.end_requested.emit()
        elif plain and key in (Qt.Key.Key_B, Qt.Key.Key_Period):  # clickers: B or "." for black
            self.blank_requested.emit()
        elif plain and key in (Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Down):
            self.next_question_requested.emit()
        elif plain and key in (Qt.Key.Key_Left, Qt.Key.Key_PageUp, Qt.Key.Key_Up):
            self.previous_question_requested.emit()
        elif self.forward_to is not None:
            forward_key(event, self.forward_to)
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        event.accept()
        if not self._closing_by_request:
            self.closed_by_user.emit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_scale()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.setWindowTitle(self.tr("Workshopstöd – presentation"))
            self._refresh()

    # -- plumbing --------------------------------------------------------------------------

    def set_text_scale(self, factor: float) -> None:
        """Text ``factor`` times the size chosen for the window (1.0: as designed)."""
        if factor != self.text_scale:
            self.text_scale = factor
            self._apply_scale()

    def _apply_scale(self) -> None:
        window_scale = style.scale_for(self.size())
        self.scale = window_scale * self.text_scale
        margin = int(MARGIN * window_scale)
        self._content_layout.setContentsMargins(margin, int(margin * 0.8), margin, margin)
        self.blank_screen.scale = self.scale
        self._refresh()

    def _refresh(self) -> None:
        self._refresh_header()
        slide, s = self._slide, self.scale
        if slide is None:
            return
        focus = slide.focus
        if isinstance(focus, ProblemFocus):
            self.problem_focus.show_focus(focus, s)
            self.body.setCurrentWidget(self.problem_focus)
        elif isinstance(focus, FishboneFocus):
            self.fishbone.show_focus(focus, s)
            self.body.setCurrentWidget(self.fishbone)
        elif isinstance(focus, VoteResult):
            self.votes.show_result(focus, s)
            self.body.setCurrentWidget(self.votes)
        else:
            lead = None
            if slide.step == Step.PREPARATION:
                area = " · ".join(part for part in (slide.area,) if part)
                lead = (slide.workshop_title, area, slide.lead)
            self.cards.show_cards(slide.cards, lead, s, key=slide.step)
            self.body.setCurrentWidget(self.cards)
        if self.isVisible():
            self._prepare()

    def _prepare(self) -> None:
        """Lay out the shown part now, so the cost counts where the edit is (paint reuses it)."""
        shown = self.body.currentWidget()
        if shown is self.cards:
            _ = self.cards.board
        elif shown is self.votes:
            _ = self.votes.result_layout
        elif shown is self.problem_focus:
            _ = self.problem_focus.parts()
        elif shown is self.fishbone:
            _ = self.fishbone.drawing

    def _refresh_header(self) -> None:
        slide = self._slide
        if slide is None:
            return
        # The fishbone needs the height: it keeps the step line and the timer only.
        show_question = not isinstance(slide.focus, FishboneFocus | VoteResult)
        counter = ""
        if show_question and slide.question_count > 1:
            counter = self.captions.question_of(slide.question_number, slide.question_count)
        step = slide.step_title  # the preparation has no number, as in the step rail
        if slide.step_number > 0:
            step = f"{self.captions.step_of(slide.step_number, slide.step_count)}  ·  {step}"
        text, overrun = self._timer
        self.header.show_content(
            HeaderContent(
                step=step,
                question=slide.question if show_question else "",
                counter=counter,
                timer=text,
                overrun=overrun,
                overrun_text=self.captions.overrun(),
            ),
            self.scale,
        )
