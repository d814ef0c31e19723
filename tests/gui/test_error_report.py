"""An exception in a model, delegate or slot is logged and told once, calmly; never a crash."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtWidgets import QApplication, QTableView

from workshop_app.gui.error_report import ErrorReporter, QtCallGuard, install_error_reporter


class _Failing(QtCallGuard, QAbstractTableModel):
    """A model whose data() fails as the start view's did on an overflowing date."""

    def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.UserRole):
            raise OverflowError("date value out of range")
        return None


@pytest.fixture
def reporter(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> tuple[ErrorReporter, list]:
    shown: list[tuple[str, str]] = []
    reporter = ErrorReporter(tmp_path / "workshop-app.log", show=lambda t, m: shown.append((t, m)))
    monkeypatch.setattr(sys, "excepthook", reporter)
    return reporter, shown


def test_a_failing_model_in_a_sorted_view_is_reported_once(qtbot, reporter, caplog) -> None:  # type: ignore[no-untyped-def]
    _reporter, shown = reporter
    model = _Failing()
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(Qt.ItemDataRole.UserRole)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    with caplog.at_level(logging.ERROR):
        view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        view.show()
        view.grab()  # paints every cell: data() fails again and again
        assert model.data(model.index(0, 0)) is None  # Qt gets "nothing", not an exception
        qtbot.waitUntil(lambda: len(shown) == 1)
    QApplication.processEvents()
    assert len(shown) == 1, "one message, not one per repaint"
    title, message = shown[0]
    assert title == "Något gick fel" and "workshop-app.log" in message
    errors = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert len(errors) == 1 and "OverflowError" in errors[0].getMessage()


def test_an_exception_in_a_slot_is_reported(qtbot, reporter) -> None:  # type: ignore[no-untyped-def]
    _reporter, shown = reporter

    def slot() -> None:
        raise ValueError("a slot failed")

    QTimer.singleShot(0, slot)
    qtbot.waitUntil(lambda: len(shown) == 1)


def test_the_app_installs_it(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.__excepthook__)
    installed = install_error_reporter(tmp_path / "log")
    assert sys.excepthook is installed
    source = (Path(__file__).parents[2] / "workshop_app/gui/app.py").read_text(encoding="utf-8")
    assert "install_error_reporter(paths.log_file)" in source
