"""A scripted editing session, saved the way the GUI saves, to be killed at a random moment."""

# ``python tests/e2e/kill_run_script.py DATA_DIR SEED`` opens the data dir like the app
# (instance lock, start-up check, ``open_app_context``), loads its one workshop and edits it
# through the GUI's own ``WorkshopSession`` and ``DatabaseWorker`` (one worker thread, results
# delivered on the Qt thread). Output, one line each, written unbuffered:
#
#     START <json state>        the workshop as loaded
#     SENT <n> <json op>        edit n is about to be handed to the session
#     SAVED <n> <json item>     edit n was reported saved (SaveTracker.saved): it is committed
#     FAILED <n> <error type>   / DAMAGED <reason> / LOCKED / DONE
#
# ``--serve`` reads ``RUN<tab>DATA_DIR<tab>SEED<tab>OUTFILE`` lines and forks one run per line
# (its output going to OUTFILE), after importing everything once, so a test can kill a hundred
# runs within its time budget. It answers ``PID <pid>`` and, when the run is over,
# ``EXIT <pid> <status>``.

from __future__ import annotations

import copy
import dataclasses
import json
import os
import random
import sys
import time
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication

from workshop_app.domain.model import NextStep, Note, Problem, Workshop
from workshop_app.domain.steps import Step
from workshop_app.gui.db_worker import DatabaseWorker
from workshop_app.gui.session import WorkshopSession
from workshop_app.gui.widgets.save_status import SaveTracker
from workshop_app.services.app_context import open_app_context
from workshop_app.services.app_paths import AppPaths
from workshop_app.services.changes import AddItem, DeleteItem, MoveItem
from workshop_app.services.startup_check import StartupStatus, check_database
from workshop_app.storage.instance_lock import InstanceLock

HEADER_FIELDS = ("title", "municipality", "area", "purpose")
COLLECTIONS = {"notes": Note, "problems": Problem, "next_steps": NextStep}
TEXT_FIELDS = {"notes": ("text",), "problems": ("title", "description"), "next_steps": ("title",)}
MAX_OPS = 5000  # the time limit ends a run; a kill comes long before either
MAX_SECONDS = 4.0
MAX_IN_FLIGHT = 4

# ---- the expected state: a model the test replays ------------------------------------------


def plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [plain(v) for v in value]
    return value


def item_state(item: Any) -> dict[str, Any]:
    return {f.name: plain(getattr(item, f.name)) for f in dataclasses.fields(item)}


def state_of(workshop: Workshop) -> dict[str, Any]:
    """What the test compares: the header texts and three collections, in order."""
    state: dict[str, Any] = {"header": {f: getattr(workshop, f) for f in HEADER_FIELDS}}
    for name in COLLECTIONS:
        state[name] = [item_state(item) for item in getattr(workshop, name)]
    return state


def apply_op(state: dict[str, Any], op: dict[str, Any]) -> dict[str, Any]:
    """The state after ``op``, as the database must hold it once the edit is committed."""
    new = copy.deepcopy(state)
    if op["op"] == "header":
        new["header"][op["field"]] = op["value"]
        return new
    items = new[op["coll"]]
    index = next((i for i, item in enumerate(items) if item["id"] == op.get("id")), None)
    if op["op"] == "add":
        items.insert(len(items) if op["index"] is None else op["index"], op["item"])
    elif op["op"] == "update":
        items[index].update(op["values"])
    elif op["op"] == "move":
        items.insert(op["index"], items.pop(index))
    elif op["op"] == "delete":
        items.pop(index)
    return new


def item_after(state: dict[str, Any], op: dict[str, Any]) -> Any:
    """The expected state of the one thing ``op`` changed (None: it was deleted)."""
    if op["op"] == "header":
        return {"field": op["field"], "value": state["header"][op["field"]]}
    wanted = op["item"]["id"] if op["op"] == "add" else op["id"]
    items = state[op["coll"]]
    found = [(i, item) for i, item in enumerate(items) if item["id"] == wanted]
    return {"coll": op["coll"], "id": wanted, "at": found[0][0] if found else None,
            "item": found[0][1] if found else None}  # fmt: skip


def random_op(rng: random.Random, state: dict[str, Any], tag: str) -> dict[str, Any]:
    """One edit a facilitator might make next; ``tag`` makes every value and id new."""
    coll = rng.choice(list(COLLECTIONS))
    items = state[coll]
    kinds = ["header", "add", "update", "update", "update", "move", "delete"]
    if len(items) < 3:
        kinds = ["add", "add", "header"]
    elif len(items) > 25:
        kinds = ["delete", "update", "move"]
    kind = rng.choice(kinds)
    words = rng.choice(["Otrygghet", "Klotter", "Samverkan", "Åtgärd", "Lägesbild", "Öppna"])
    if kind == "header":
        field = rng.choice(HEADER_FIELDS)
        return {"op": "header", "field": field, "value": f"{words} {field} {tag}"}
    if kind == "add":
        prefix = {"notes": "note", "problems": "problem", "next_steps": "step"}[coll]
        item = new_item(coll, f"{prefix}-{tag}", f"{words} {tag}", rng)
        index = rng.choice([None, rng.randint(0, len(items))])
        return {"op": "add", "coll": coll, "item": item_state(item), "index": index}
    target = rng.choice(items)["id"]
    if kind == "update":
        field = rng.choice(TEXT_FIELDS[coll])
        repeat = rng.randint(1, 3 if field == "title" else 40)  # long texts span pages
        values: dict[str, Any] = {field: f"{words} {field} {tag} " * repeat}
        if coll == "problems" and rng.random() < 0.5:
            values["votes"] = rng.randint(0, 20)
        return {"op": "update", "coll": coll, "id": target, "values": values}
    if kind == "move":
        return {"op": "move", "coll": coll, "id": target, "index": rng.randrange(len(items))}
    return {"op": "delete", "coll": coll, "id": target}


def new_item(coll: str, item_id: str, text: str, rng: random.Random) -> Any:
    if coll == "notes":
        return Note(item_id, rng.choice(list(Step)), text)
    if coll == "problems":
        return Problem(item_id, text, description=text * 3, votes=rng.randint(0, 5))
    return NextStep(item_id, text, description=text)


def make_item(coll: str, data: dict[str, Any]) -> Any:
    if coll == "notes":
        return Note(data["id"], Step(data["step"]), data["text"])
    if coll == "problems":
        return Problem(data["id"], data["title"], data["description"], votes=data["votes"])
    return NextStep(data["id"], data["title"], data["description"])


# ---- one run --------------------------------------------------------------------------------


def emit(line: str) -> None:
    os.write(1, (line + "\n").encode("utf-8"))  # one write: whole lines, even when killed


class _Tracker(SaveTracker):
    """SaveTracker that reports each saved edit; the worker keeps submission order."""

    def __init__(self) -> None:
        super().__init__()
        self.waiting_ops: list[tuple[int, Any]] = []

    def saved(self, when: datetime) -> None:
        super().saved(when)
        n, expected = self.waiting_ops.pop(0)
        emit(f"SAVED {n} {json.dumps(expected, ensure_ascii=False)}")

    def failed(self, error: BaseException) -> None:
        super().failed(error)
        n, _ = self.waiting_ops.pop(0)
        emit(f"FAILED {n} {type(error).__name__}")
        os._exit(5)


def run(data_dir: Path, seed: int) -> int:
    app = QCoreApplication.instance() or QCoreApplication([])
    lock = InstanceLock(data_dir)
    if not lock.acquire():
        emit("LOCKED")
        return 3
    paths = AppPaths(data_dir).ensure()
    report = check_database(paths)
    if report.status is not StartupStatus.OK:
        emit(f"DAMAGED {report.status} {report.reason}")
        return 4
    context = open_app_context(data_dir)
    service = context.workshops
    workshop = service.load(service.list_workshops()[0].id)
    state = state_of(workshop)
    emit(f"START {json.dumps(state, ensure_ascii=False)}")
    worker = DatabaseWorker()
    tracker = _Tracker()
    session = WorkshopSession(workshop, service, worker, tracker)
    rng = random.Random(seed)
    deadline = time.monotonic() + MAX_SECONDS
    for n in range(1, MAX_OPS + 1):
        if time.monotonic() > deadline:
            break
        op = random_op(rng, state, f"{seed}.{n}")
        state = apply_op(state, op)
        tracker.waiting_ops.append((n, item_after(state, op)))
        emit(f"SENT {n} {json.dumps(op, ensure_ascii=False)}")
        submit(session, op)
        while worker.pending >= MAX_IN_FLIGHT:
            app.processEvents()
            time.sleep(0.001)
        app.processEvents()
        time.sleep(rng.choice([0, 0, 0.001, 0.003, 0.008]))
    worker.close()
    context.close()
    lock.release()
    emit("DONE")
    return 0


def submit(session: WorkshopSession, op: dict[str, Any]) -> None:
    """Hand an edit to the session exactly as the pages do."""
    wid = session.workshop_id
    if op["op"] == "header":
        session.set_header(op["field"], op["value"], "Ändra")
    elif op["op"] == "update":
        session.update_item(op["coll"], (op["id"],), op["values"], "Ändra")
    elif op["op"] == "add":
        item = make_item(op["coll"], op["item"])
        session.apply(AddItem(wid, op["coll"], item, op["index"]), "Lägg till")
    elif op["op"] == "move":
        session.apply(MoveItem(wid, op["coll"], (op["id"],), op["index"]), "Flytta")
    else:
        session.apply(DeleteItem(wid, op["coll"], (op["id"],)), "Ta bort")


def serve() -> int:
    """Fork one run per request line: the imports above are done once, not a hundred times."""
    for line in sys.stdin:
        _, data_dir, seed, outfile = line.rstrip("\n").split("\t")
        sys.stdout.flush()
        pid = os.fork()
        if pid == 0:  # the run: its output goes to its own file
            fd = os.open(outfile, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            os.dup2(fd, 1)
            os.close(fd)
            code = 1
            try:
                code = run(Path(data_dir), int(seed))
            finally:
                os._exit(code)
        print(f"PID {pid}", flush=True)
        _, status = os.waitpid(pid, 0)
        print(f"EXIT {pid} {status}", flush=True)
    return 0


if __name__ == "__main__":
    # os._exit: no interpreter clean-up, where PySide6 can crash tearing down Qt objects.
    sys.stdout.flush()
    os._exit(serve() if sys.argv[1:] == ["--serve"] else run(Path(sys.argv[1]), int(sys.argv[2])))
