"""One open workshop in the GUI: its snapshot, the undo stack and the path of every edit."""

from __future__ import annotations

import dataclasses
import logging
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from workshop_app.domain.collections import collection
from workshop_app.domain.model import Workshop
from workshop_app.domain.steps import Step
from workshop_app.gui.db_worker import DatabaseWorker
from workshop_app.gui.widgets.save_status import SaveTracker
from workshop_app.services.changes import Applied, Change, SetHeader, UpdateItem
from workshop_app.services.errors import (
    DatabaseUnreachableError,
    SaveFailedError,
    WorkshopChangedElsewhereError,
)
from workshop_app.services.workshop_service import WorkshopService

log = logging.getLogger(__name__)

RETRY_MS = 5_000  # a change that could not be written is tried again after this pause


class _ServiceCommand(QUndoCommand):
    """A QUndoCommand whose redo/undo apply service changes on the database worker.

    The inverse of each application is stored by the worker job itself; since the worker runs
    jobs in order, an undo queued after a redo always finds the inverse of that redo.
    """

    def __init__(self, session: WorkshopSession, change: Change, text: str, refresh: bool) -> None:
        super().__init__(text)
        self._session = session
        self._forward: Change | None = change
        self._backward: Change | None = None
        self._refresh_on_redo = refresh
        self._first = True

    def redo(self) -> None:
        refresh = self._refresh_on_redo or not self._first
        self._first = False
        self._session._run_change(self._apply_forward, refresh=refresh)

    def undo(self) -> None:
        self._session._run_change(self._apply_backward, refresh=True)

    def _apply_forward(self, service: WorkshopService) -> Applied | None:
        if self._forward is None:
            return None
        applied = service.apply(self._forward)
        self._backward, self._forward = applied.inverse, None
        return applied

    def _apply_backward(self, service: WorkshopService) -> Applied | None:
        if self._backward is None:  # the forward change failed: nothing to undo
            return None
        applied = service.apply(self._backward)
        self._forward, self._backward = applied.inverse, None
        return applied


class WorkshopSession(QObject):
    """Edits of the open workshop: each becomes an undoable command run on the worker.

    ``snapshot`` is what the screen shows. Field edits update it in place (the widget already
    shows the new value); structural edits, undo and redo reload it from the database so
    the screen always equals what is stored.

    On a shared database someone else may change the same workshop. Every change is checked
    against the revision this session last read or wrote (WorkshopService): a change based on
    stale data is refused, the user is told, the current state is shown and the undo history
    is dropped (its inverses were computed from the old state). A save that fails for want of
    the server (or disk) stays on screen and is tried again every few seconds.
    """

    snapshot_changed = Signal(object)  # Workshop reloaded from the database
    edited_locally = Signal()  # the snapshot was updated in place by a field edit
    changed_elsewhere = Signal(bool)  # another app changed the workshop; True: an edit was refused

    def __init__(
        self,
        workshop: Workshop,
        service: WorkshopService,
        worker: DatabaseWorker,
        tracker: SaveTracker,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._workshop = workshop
        self._service = service
        self._worker = worker
        self._tracker = tracker
        self.undo_stack = QUndoStack(self)
        self._generation = 0  # counts edits shown on screen before the database has them
        self._closed = False  # the workshop was closed: saves still finish, nothing is shown

    @property
    def workshop(self) -> Workshop:
        return self._workshop

    @property
    def workshop_id(self) -> str:
        return self._workshop.id

    @property
    def service(self) -> WorkshopService:
        return self._service

    @property
    def worker(self) -> DatabaseWorker:
        """The one database worker, for jobs beside the workshop's edits (settings files)."""
        return self._worker

    # -- edits ---------------------------------------------------------------------------

    def set_header(self, name: str, value: Any, text: str) -> None:
        """Change one header field (title, area …) as one undoable step."""
        previous = getattr(self._workshop, name)
        if previous == value:
            return
        self._edit_locally(dataclasses.replace(self._workshop, **{name: value}))
        change = SetHeader(self.workshop_id, {name: value}, {name: previous})
        self.undo_stack.push(_ServiceCommand(self, change, text, refresh=False))
        self.edited_locally.emit()

    def update_item(
        self, collection_name: str, key: tuple[Any, ...], values: dict[str, Any], text: str
    ) -> None:
        """Change fields of one item (a table cell, a text field) as one undoable step."""
        spec = collection(collection_name)
        items = getattr(self._workshop, collection_name)
        replaced = tuple(
            dataclasses.replace(item, **values) if spec.key_of(item) == key else item
            for item in items
        )
        # String-keyed: the collection's name is a field of Workshop (domain/collections.py).
        fields: dict[str, Any] = {collection_name: replaced}
        self._edit_locally(dataclasses.replace(self._workshop, **fields))
        change = UpdateItem(self.workshop_id, collection_name, key, values)
        self.undo_stack.push(_ServiceCommand(self, change, text, refresh=False))
        self.edited_locally.emit()

    def apply(self, change: Change, text: str) -> None:
        """A structural edit (add, delete, move …): undoable, reloads the snapshot after."""
        self.undo_stack.push(_ServiceCommand(self, change, text, refresh=True))

    def set_current_step(self, step: Step) -> None:
        """Remember where the group is; saved, but not an undo step (Ctrl+Z never navigates)."""
        previous = self._workshop.current_step
        if previous == step:
            return
        self._edit_locally(dataclasses.replace(self._workshop, current_step=step))
        change = SetHeader(self.workshop_id, {"current_step": step}, {"current_step": previous})
        # Bookkeeping: where this facilitator is, not a change others must see first.
        self._run_change(lambda service: service.record(change), refresh=False)
        self.edited_locally.emit()

    def record(self, change: Change, *, refresh: bool = False) -> None:
        """Save bookkeeping that is not an edit of the group's work (the step timer's elapsed
        time): saved like any change, but never an undo step, and on a shared database never
        checked against or counted as another person's edit."""
        self._generation += 1
        self._run_change(lambda service: service.record(change), refresh=refresh)

    def close(self) -> None:
        """The workshop is closing: queued and retried saves still run to the end, but their
        results are no longer shown (the pages and this object are about to go)."""
        self._closed = True

    def reload(self) -> None:
        """Read the workshop again and tell the pages."""
        if self._closed:
            return
        generation = self._generation
        workshop_id = self.workshop_id

        def loaded(workshop: Workshop) -> None:
            self._tracker.read_succeeded()
            self._apply_loaded(workshop, generation)

        self._worker.submit(lambda: self._service.load(workshop_id), loaded, self._reload_failed)

    def refresh_if_changed_elsewhere(self) -> None:
        """Show changes saved elsewhere (another app on a shared database), if there are any.

        Cheap when there are none (one small query on the worker); call it when a step is
        entered. Runs behind the edits already queued, so this session's own saves never
        count as changes made elsewhere.
        """
        generation = self._generation
        workshop_id = self.workshop_id

        def done(workshop: Workshop | None) -> None:
            self._tracker.read_succeeded()
            if workshop is None or self._closed:
                return
            log.info("the workshop was changed elsewhere; the current state is shown")
            self.undo_stack.clear()
            self._tracker.changed_elsewhere()
            self.changed_elsewhere.emit(False)
            self._apply_loaded(workshop, generation)

        def failed(error: BaseException) -> None:
            # Only a look: no edit is at stake, and the next save reports a lost server itself.
            log.warning("checking for changes made elsewhere failed: %s", type(error).__name__)

        self._worker.submit(
            lambda: self._service.load_if_changed_elsewhere(workshop_id), done, failed
        )

    # -- plumbing ------------------------------------------------------------------------

    def _run_change(self, apply: Any, *, refresh: bool) -> None:
        generation = self._generation

        def job() -> tuple[Applied | None, Workshop | None]:
            applied = apply(self._service)
            return applied, (self._service.load(self.workshop_id) if refresh else None)

        def done(result: tuple[Applied | None, Workshop | None]) -> None:
            applied, snapshot = result
            if applied is not None:
                self._tracker.saved(applied.updated_at)
            else:  # a retry whose change had been saved before its reload failed
                self._tracker.finished()
            if snapshot is not None:
                self._apply_loaded(snapshot, generation)

        def failed(error: BaseException) -> None:
            if isinstance(error, WorkshopChangedElsewhereError):
                self._conflict(error)
                return
            self._tracker.failed(error)
            if isinstance(error, SaveFailedError | DatabaseUnreachableError):
                # Disk full, read-only, locked or the server out of reach: keep what the
                # screen shows and try the same change again, so freeing space or the
                # network coming back is all the user has to wait for.
                QTimer.singleShot(RETRY_MS, lambda: self._run_change(apply, refresh=refresh))
                return
            self.reload()  # a refused change: show what is really stored

        self._tracker.started()
        self._worker.submit(job, done, failed)

    def _conflict(self, error: WorkshopChangedElsewhereError) -> None:
        """Someone else changed the workshop first: say so, show what is stored, drop undo.

        Never retried: the change was made without seeing the other one. The undo history
        goes too, as undoing an older step now could silently overwrite the other change.
        """
        self._tracker.conflicted(error)
        if self._closed:
            return
        self.undo_stack.clear()
        self.changed_elsewhere.emit(True)
        self.reload()

    def _reload_failed(self, error: BaseException) -> None:
        if isinstance(error, SaveFailedError | DatabaseUnreachableError):
            self._tracker.read_failed(error)
            QTimer.singleShot(RETRY_MS, self.reload)
            return
        self._tracker.read_failed(error)

    def _edit_locally(self, workshop: Workshop) -> None:
        """The screen changed ahead of the database; its save job is queued next."""
        self._workshop = workshop
        self._generation += 1

    def _apply_loaded(self, workshop: Workshop, generation: int) -> None:
        """Show a snapshot read from the database, unless the screen moved on meanwhile.

        A field edited after the load was queued is not in it; showing it would put the old
        value back on screen while the database gets the new one. Read again instead: that
        load queues behind the edit's save.
        """
        if self._closed:
            return
        if generation != self._generation:
            self.reload()
            return
        self._set_snapshot(workshop)

    def _set_snapshot(self, workshop: Workshop) -> None:
        self._workshop = workshop
        self.snapshot_changed.emit(workshop)
