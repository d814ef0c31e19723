"""Row heights fitted to wrapped text: the rows in view before they paint, the rest in pauses."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QTableView

ROWS_AT_ONCE = 40  # rows measured per pause (about 10 ms)
FIT_PAUSE_MS = 120  # the rows out of view wait until the page has painted


class RowFitter(QObject):
    """Fits a table's row heights lazily (``resizeRowToContents`` per row).

    Measuring a row asks the model and the delegate for every cell, about 0.3 ms a row: the
    400 actions of a large workshop, measured again whenever a column changes width (a page's
    first show, a window resize), cost the opening of a page 100 ms and more. So only the rows
    in view are fitted before the table paints (``before_paint``); the others follow in pauses,
    ``ROWS_AT_ONCE`` at a time, while the table is on screen, until every row fits.
    """

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self._table = table
        self._fitted: list[bool] = []  # per row, at the current column widths
        self._next = 0  # where the pass over the rows out of view goes on
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._fit_more)

    def refit(self) -> None:
        """Fit every row again (a new list, or the columns changed width); no row waits."""
        self._fitted = [False] * self._row_count()
        self._next = 0
        if self._fitted:
            self._timer.start(FIT_PAUSE_MS)
            self._table.viewport().update()  # the rows in view fit before the next paint
        else:
            self._timer.stop()

    def fit_rows(self, rows: Iterable[int]) -> None:
        """Fit these rows now, also when they were fitted already (their text changed)."""
        self._sync()
        for row in rows:
            if 0 <= row < len(self._fitted):
                self._fitted[row] = False
                self._fit(row)

    def before_paint(self) -> None:
        """Fit the rows in view that are not fitted yet; then the rest, in pauses."""
        self._sync()
        table, count = self._table, len(self._fitted)
        row = table.rowAt(0)
        if row >= 0:
            height = table.viewport().height()
            # Fitting a row moves the ones below it: their positions are read as it goes.
            while row < count and table.rowViewportPosition(row) < height:
                self._fit(row)
                row += 1
        if self._next < count and not self._timer.isActive():
            self._timer.start(FIT_PAUSE_MS)

    def _fit(self, row: int) -> None:
        if 0 <= row < len(self._fitted) and not self._fitted[row]:
            self._table.resizeRowToContents(row)
            self._fitted[row] = True

    def _sync(self) -> None:
        """A model reset without ``refit`` (a new model): its rows are not fitted yet."""
        if len(self._fitted) != self._row_count():
            self.refit()

    def _row_count(self) -> int:
        model = self._table.model()
        return 0 if model is None else model.rowCount()

    def _fit_more(self) -> None:
        if not self._table.isVisible():
            return  # a page built ahead: its rows fit when it paints (and goes on from there)
        self._sync()
        count, done = len(self._fitted), 0
        row = self._next
        while row < count and done < ROWS_AT_ONCE:
            if not self._fitted[row]:
                self._fit(row)
                done += 1
            row += 1
        self._next = row
        if row < count:
            self._timer.start(0)
