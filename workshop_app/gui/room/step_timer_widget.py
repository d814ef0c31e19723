"""The step timer in the laptop's top bar: the clock, start/pause and reset, in ~220 px."""

from __future__ import annotations

import html

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from workshop_app.domain.step_timer import TimerReading, format_clock
from workshop_app.gui.room.step_timer import StepTimer
from workshop_app.gui.room.timer_keys import RESET_SHORTCUT, TOGGLE_SHORTCUT

WARN_SECONDS = 120  # the last two minutes are shown in amber
CLOCK_SCALE = 1.5  # the clock is read across the table, so larger than the top bar's text
DETAIL_SCALE = 0.85

# Dark text on light tints (contrast above 7:1), so the state is told by word and colour.
AMBER_TEXT, AMBER_BACKGROUND = "#7a4a00", "#fff1d6"
OVER_TEXT, OVER_BACKGROUND = "#a31515", "#fde4e4"


def _native(sequence: str) -> str:
    return QKeySequence(sequence).toString(QKeySequence.SequenceFormat.NativeText)


class StepTimerWidget(QFrame):
    """Shows the current step's timer and controls it; keys are the window's (F9, Ctrl+F9)."""

    def __init__(
        self,
        timer: StepTimer,
        toggle_shortcut: str = TOGGLE_SHORTCUT,
        reset_shortcut: str = RESET_SHORTCUT,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("stepTimer")
        self._timer = timer
        self._toggle_key = _native(toggle_shortcut)
        self._reset_key = _native(reset_shortcut)
        self._tone = ""

        self._build_buttons(timer)
        texts = self._build_texts()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.setSpacing(6)
        layout.addWidget(self.toggle_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addLayout(texts, 1)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)

        timer.reading_changed.connect(self.show_reading)
        self.show_reading(timer.reading())

    def _build_buttons(self, timer: StepTimer) -> None:
        """Start/pause and Reset, wired to the timer."""
        self.toggle_button = QToolButton()
        self.toggle_button.setObjectName("timerToggle")
        self.toggle_button.setIconSize(QSize(22, 22))
        self.toggle_button.setAutoRaise(False)
        self.toggle_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.toggle_button.clicked.connect(timer.toggle)
        self.reset_button = QToolButton()
        self.reset_button.setObjectName("timerReset")
        # A word, not circular arrows: those read as "refresh" or "sync" beside Present.
        self.reset_button.setText(self.tr("Reset"))
        self.reset_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.reset_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.reset_button.setAccessibleName(self.tr("Reset the step timer"))
        self.reset_button.setToolTip(
            self.tr("Reset the step timer to zero (%1). Ctrl+Z brings the time back.").replace(
                "%1", self._reset_key
            )
        )
        self.reset_button.clicked.connect(timer.reset)

    def _build_texts(self) -> QVBoxLayout:
        """The clock and, under it, the detail line beside the Reset word."""
        self.clock = QLabel()
        self.clock.setObjectName("timerClock")
        self.clock.setTextFormat(Qt.TextFormat.RichText)
        base = max(self.font().pointSizeF(), 9.0)
        self._clock_points = base * CLOCK_SCALE
        self.detail = QLabel()
        self.detail.setObjectName("timerDetail")
        detail_font = QFont(self.font())
        detail_font.setPointSizeF(base * DETAIL_SCALE)
        self.detail.setFont(detail_font)
        self.reset_button.setFont(detail_font)  # a word beside the clock, in its small type
        # Wide enough for the usual readings, so the bar does not jump as the seconds change.
        self.clock.setMinimumWidth(self._widest_clock())
        texts = QVBoxLayout()
        texts.setContentsMargins(0, 0, 0, 0)
        texts.setSpacing(0)
        texts.addWidget(self.clock)
        under = QHBoxLayout()  # the reset word under the clock, beside "of 30 min"
        under.setContentsMargins(0, 0, 0, 0)
        under.addWidget(self.detail, 1)
        under.addWidget(self.reset_button, 0, Qt.AlignmentFlag.AlignVCenter)
        texts.addLayout(under)
        return texts

    # -- showing -------------------------------------------------------------------------

    def show_reading(self, reading: TimerReading) -> None:
        (template, digits), detail, spoken = self._texts(reading)
        self.clock.setText(self._clock_html(template, digits))
        self.clock.setAccessibleName(template.replace("%1", digits))
        self.detail.setText(detail)
        self.setToolTip(spoken)
        self.setAccessibleName(self.tr("Step timer"))
        self.setAccessibleDescription(spoken)
        self._show_toggle(reading.running)
        self._set_tone(self._tone_of(reading))

    def _texts(self, reading: TimerReading) -> tuple[tuple[str, str], str, str]:
        """The clock line (a template and its digits), the detail line and the whole
        sentence for the tooltip and screen readers."""
        elapsed = format_clock(reading.elapsed_seconds)
        remaining = reading.remaining_seconds
        paused = not reading.running and reading.elapsed_seconds > 0
        if remaining is None:
            clock = ("%1", elapsed)
            detail = self.tr("used, no plan")
            spoken = self.tr("%1 used of this step; no time planned.").replace("%1", elapsed)
        else:
            planned = str((reading.planned_seconds or 0) // 60)
            words = self.tr("%1 left") if remaining >= 0 else self.tr("%1 over time")
            clock = (words, reading.clock)
            detail = self.tr("of %1 min").replace("%1", planned)
            spoken = (
                self.tr("%1 minutes planned for this step, %2 used.")
                .replace("%1", planned)
                .replace("%2", elapsed)
            )
        if paused:
            detail = self.tr("%1 · paused").replace("%1", detail)
        keys = self.tr("%1 starts and pauses, %2 resets.")
        spoken += " " + keys.replace("%1", self._toggle_key).replace("%2", self._reset_key)
        return clock, detail, spoken

    def _clock_html(self, template: str, digits: str) -> str:
        """The digits large and bold; the words ("left", "over time") at the normal size."""
        span = (
            f'<span style="font-size: {self._clock_points:.1f}pt; font-weight: 700;">'
            f"{html.escape(digits)}</span>"
        )
        return html.escape(template).replace("%1", span)

    def _widest_clock(self) -> int:
        probe = QLabel()
        probe.setFont(self.clock.font())
        widths = []
        for template, digits in (
            (self.tr("%1 left"), "88:88"),
            (self.tr("%1 over time"), "+88:88"),
        ):
            probe.setText(self._clock_html(template, digits))
            widths.append(probe.sizeHint().width())
        probe.deleteLater()
        return max(widths)

    def _show_toggle(self, running: bool) -> None:
        pixmap = (
            QStyle.StandardPixmap.SP_MediaPause if running else QStyle.StandardPixmap.SP_MediaPlay
        )
        self.toggle_button.setIcon(self.style().standardIcon(pixmap))
        name = self.tr("Pause the step timer") if running else self.tr("Start the step timer")
        self.toggle_button.setAccessibleName(name)
        self.toggle_button.setToolTip(f"{name} ({self._toggle_key})")

    @staticmethod
    def _tone_of(reading: TimerReading) -> str:
        remaining = reading.remaining_seconds
        if remaining is None or reading.elapsed_seconds == 0:
            return ""
        if remaining < 0:
            return "over"
        if remaining <= WARN_SECONDS:
            return "amber"
        return ""

    def _set_tone(self, tone: str) -> None:
        """Colour only when it changes: a style sheet each second would cost a re-polish."""
        if tone == self._tone:
            return
        self._tone = tone
        self.setProperty("tone", tone)
        if tone == "over":
            colours = (OVER_TEXT, OVER_BACKGROUND)
        elif tone == "amber":
            colours = (AMBER_TEXT, AMBER_BACKGROUND)
        else:
            self.setStyleSheet("")
            return
        text, background = colours
        self.setStyleSheet(
            f"QFrame#stepTimer {{ background: {background}; border: 1px solid {text};"
            " border-radius: 4px; }"
            f" QLabel#timerClock, QLabel#timerDetail {{ color: {text}; }}"
        )

    @property
    def tone(self) -> str:
        """ "" (normal), "amber" (last minutes) or "over" (overrun)."""
        return self._tone
