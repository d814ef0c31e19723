"""An error inside the window (model, delegate, slot) is logged and told calmly, never a crash."""

from __future__ import annotations

import functools
import logging
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QSize, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

log = logging.getLogger(__name__)

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


class ErrorReporter:
    """``sys.excepthook`` for the window.

    PySide hands an exception raised in Python code that Qt called (a model's ``data()``, a
    delegate's ``paint()``, a slot) to ``sys.excepthook``. Python's default prints it to a
    console nobody sees and the window carries on in a state nobody chose, or goes down. Here
    each distinct error is logged once with its frames (the log formatter drops messages, which
    may quote workshop text), and the user gets one calm message; a failing ``data()`` that
    runs at every repaint does not fill the log or stack up message boxes.
    """

    def __init__(self, log_file: Path | None, show: Callable[[str, str], None] | None = None):
        self._log_file = log_file
        self._show = show or _message_box
        self._seen: set[tuple[str, str]] = set()
        self._showing = False
        self.reported = 0  # how many distinct errors were told to the user

    def __call__(
        self,
        kind: type[BaseException],
        error: BaseException,
        trace: TracebackType | None,
    ) -> None:
        if issubclass(kind, KeyboardInterrupt | SystemExit):
            sys.__excepthook__(kind, error, trace)
            return
        frames = traceback.extract_tb(trace)
        where = f"{frames[-1].filename}:{frames[-1].lineno}" if frames else "?"
        signature = (kind.__name__, where)
        if signature in self._seen:
            return
        self._seen.add(signature)
        log.error("error in the window: %s", kind.__name__, exc_info=(kind, error, trace))
        if QCoreApplication.instance() is None or self._showing:
            return
        self._showing = True
        # Later, from the event loop: never a modal box inside a paint or a model call.
        QTimer.singleShot(0, self._tell)

    def _tell(self) -> None:
        try:
            self.reported += 1
            title = QCoreApplication.translate("ErrorReport", "Something went wrong")
            text = QCoreApplication.translate(
                "ErrorReport",
                "Workshopstöd ran into an unexpected problem and carried on. Everything that "
                "was saved is kept; the last change may not have been saved. If something looks "
                "wrong, close the workshop and open it again.\n\nDetails are in the log file:\n%1",
            ).replace("%1", str(self._log_file or ""))
            self._show(title, text)
        finally:
            self._showing = False


def _flags() -> Qt.ItemFlag:
    return Qt.ItemFlag.NoItemFlags


# What a failed Qt call of a model or delegate answers: the type Qt expects, meaning "nothing".
_DEFAULTS: dict[str, Callable[[], Any]] = {
    "data": lambda: None,
    "headerData": lambda: None,
    "flags": _flags,
    "setData": lambda: False,
    "rowCount": lambda: 0,
    "columnCount": lambda: 0,
    "hasChildren": lambda: False,
    "index": QModelIndex,
    "parent": QModelIndex,
    "mimeData": lambda: None,
    "lessThan": lambda: False,
    "filterAcceptsRow": lambda: True,
    "paint": lambda: None,
    "sizeHint": QSize,
    "createEditor": lambda: None,
    "setEditorData": lambda: None,
    "setModelData": lambda: None,
    "updateEditorGeometry": lambda: None,
    "helpEvent": lambda: False,
    "editorEvent": lambda: False,
}


class QtCallGuard:
    """Mixin for models and delegates: an exception in a method Qt calls is reported, and Qt
    gets an empty answer of the right type.

    Why more than the excepthook: when ``data()`` raised inside a sort of the start view's
    proxy (a date that overflowed in local time), PySide left the error pending in C++ and
    the process died with a segmentation fault before any hook ran. Each subclass's own
    overrides of the methods in ``_DEFAULTS`` are wrapped once, when the class is made.
    """

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        for name, default in _DEFAULTS.items():
            method = cls.__dict__.get(name)
            if callable(method) and not getattr(method, "_qt_call_guarded", False):
                setattr(cls, name, _guarded(method, default))


def _guarded(method: Callable[..., Any], default: Callable[[], Any]) -> Callable[..., Any]:
    @functools.wraps(method)
    def call(*args: Any, **kwargs: Any) -> Any:
        try:
            return method(*args, **kwargs)
        except Exception:
            sys.excepthook(*sys.exc_info())
            return default()

    call._qt_call_guarded = True  # type: ignore[attr-defined]
    return call


def _message_box(title: str, text: str) -> None:
    parent: QWidget | None = QApplication.activeWindow()
    QMessageBox.warning(parent, title, text)


def install_error_reporter(log_file: Path | None) -> ErrorReporter:
    """Make the window's reporter ``sys.excepthook`` (in ``gui/app.py``, before the window)."""
    reporter = ErrorReporter(log_file)
    sys.excepthook = reporter
    return reporter
