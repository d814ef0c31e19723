"""Start-up of the PyInstaller bundle against a bare window bundled the same way.

Usage (after ``make package``): ``python -m benchmarks.bundle_probe [RUNS]``. Builds the bare
window's bundle under ``build/bench/bare-bundle`` once (PyInstaller, one folder, the app
spec's excludes), then runs both alternately from a clean environment, offscreen: the app's
``--smoke-test`` on a data dir holding the example (it ends once the list has painted) and
the bare window (it ends after its first paint). Prints the medians and their ratio; not
part of ``make bench`` (building a bundle takes a minute and 150 MB).
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from workshop_app.domain.resources import resource_path

ROOT = Path(__file__).resolve().parent.parent
APP = ROOT / "dist" / "workshop-app" / "workshop-app"
WORK = ROOT / "build" / "bench" / "bare-bundle"
BARE = WORK / "dist" / "bare-window" / "bare-window"
EXCLUDES = (
    "tkinter",
    "numpy",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtWebEngineCore",
    "PySide6.QtMultimedia",
    "PySide6.QtPdf",
)
BARE_SCRIPT = """
import json, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
marks = {}
class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            marks.setdefault("first_paint", time.monotonic_ns())
        return False
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 800)
paint = FirstPaint()
window.installEventFilter(paint)
window.show()
timer = QTimer()
timer.timeout.connect(lambda: app.quit() if "first_paint" in marks else None)
timer.start(0)
app.exec()
print("BENCH " + json.dumps(marks), flush=True)
"""


def build_bare() -> None:
    WORK.mkdir(parents=True, exist_ok=True)
    script = WORK / "bare_window.py"
    script.write_text(BARE_SCRIPT)
    command = [
        str(Path(sys.executable).with_name("pyinstaller")),
        "--noconfirm",
        "--clean",
        "--log-level",
        "WARN",
        "--onedir",
        "--name",
        "bare-window",
        "--distpath",
        str(WORK / "dist"),
        "--workpath",
        str(WORK / "work"),
        "--specpath",
        str(WORK),
        *(arg for name in EXCLUDES for arg in ("--exclude-module", name)),
        str(script),
    ]
    subprocess.run(command, check=True, cwd=WORK)


def _run(command: list[str], home: Path) -> tuple[float, dict[str, float]]:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    launched = time.monotonic_ns()
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=True)
    ended = (time.monotonic_ns() - launched) / 1e6
    marks: dict[str, float] = {}
    for line in done.stdout.splitlines():
        if line.startswith("BENCH "):
            raw = json.loads(line[len("BENCH ") :])
            marks = {name: (value - launched) / 1e6 for name, value in raw.items()}
    return ended, marks


def main(runs: int) -> int:
    if not APP.exists():
        raise SystemExit(f"no bundle at {APP}: run `make package` first")
    if not BARE.exists():
        build_bare()
    with tempfile.TemporaryDirectory() as folder:
        home, data = Path(folder) / "home", Path(folder) / "data"
        home.mkdir()
        example = resource_path("examples", "exempel-solbacken.workshop.json")
        subprocess.run(
            [str(APP), "--data-dir", str(data), "import", str(example)],
            check=True,
            capture_output=True,
            env={"PATH": "/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8"},
        )
        app_run = [str(APP), "--data-dir", str(data), "--smoke-test"]
        _run(app_run, home), _run([str(BARE)], home)  # warm-up: disk cache, first-run files
        app_ms, bare_ms, bare_paint_ms = [], [], []
        for _ in range(runs):
            ended, marks = _run([str(BARE)], home)
            bare_ms.append(ended)
            bare_paint_ms.append(marks["first_paint"])
            app_ms.append(_run(app_run, home)[0])
    app, bare, paint = (statistics.median(v) for v in (app_ms, bare_ms, bare_paint_ms))
    print(f"bare bundle: first paint {paint:.0f} ms, process end {bare:.0f} ms (median of {runs})")
    print(f"app bundle: --smoke-test end (list painted, then exit) {app:.0f} ms")
    print(f"ratio, process end: {app / bare:.2f}x; app end / bare first paint: {app / paint:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 7))
