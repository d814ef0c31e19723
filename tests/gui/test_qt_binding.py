"""Guards against a known fault of the Qt binding that would crash a long workshop session."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    flag = Signal(bool)
    plain = Signal()


def test_emitting_signals_keeps_reference_counts() -> None:
    """PySide6 6.12.0 lost a reference to True per emit; Python 3.11 then aborts the app."""
    emitter = _Emitter()
    emitter.flag.connect(lambda _value: None)
    emitter.plain.connect(lambda: None)
    emitter.flag.emit(True)  # warm-up: the first emit may cache a reference
    emitter.plain.emit()
    before = sys.getrefcount(True)
    for _ in range(500):
        emitter.flag.emit(True)
        emitter.plain.emit()
    # The faulty binding loses one reference per emit (-1000 here); a sound one none.
    assert abs(sys.getrefcount(True) - before) <= 2
