"""``python -m benchmarks`` (``make bench``): measure speed and memory against DESIGN §8.

Every measurement that touches Qt or the database runs in a fresh child process (clean start,
clean memory figure) on the offscreen platform. Prints a table and writes
``build/bench/results.json``. ``--quick`` repeats less (for a fast check that it all runs).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from benchmarks.compare import compare, comparison_text, load_previous
from benchmarks.generator import COUNTS, large_workshop
from benchmarks.machine import describe_machine
from benchmarks.report import Row, median, p95, table
from workshop_app import __version__
from workshop_app.domain.resources import resource_path
from workshop_app.domain.workshop_file import write_workshop_file

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE_FILE = "exempel-solbacken.workshop.json"


def _child_env() -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    # As installed (pip, the bundle): compiled modules are kept. Without them every start
    # compiled the app's modules again (about 40 ms) and the bare window has none to compile.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _probe(module: str, *args: str) -> tuple[dict[str, Any], int, int]:
    """Run ``python -m benchmarks.<module> args`` and return its BENCH json, launch and exit
    times (``time.monotonic_ns``, the same clock as the child's marks)."""
    command = [sys.executable, "-m", f"benchmarks.{module}", *args]
    launched = time.monotonic_ns()
    done = subprocess.run(command, capture_output=True, text=True, env=_child_env(), cwd=ROOT)
    exited = time.monotonic_ns()
    lines = [line for line in done.stdout.splitlines() if line.startswith("BENCH ")]
    if done.returncode != 0 or not lines:
        sys.stderr.write(done.stdout + done.stderr)
        raise SystemExit(f"benchmark probe {module} {' '.join(args)} failed ({done.returncode})")
    return json.loads(lines[-1][len("BENCH ") :]), launched, exited


def _ms(later_ns: int, earlier_ns: int) -> float:
    return (later_ns - earlier_ns) / 1e6


def measure_startup(data_dir: Path, runs: int) -> dict[str, Any]:
    """Alternating runs of the app's smoke test and a bare window; medians of each."""
    _probe("startup_probe", "app", str(data_dir))  # warm-up: disk cache, first-run files
    app: dict[str, list[float]] = {"first_paint": [], "list_painted": [], "exit": []}
    bare: dict[str, list[float]] = {"first_paint": [], "exit": []}
    for _ in range(runs):
        marks, launched, exited = _probe("startup_probe", "app", str(data_dir))
        app["first_paint"].append(_ms(marks["first_paint"], launched))
        app["list_painted"].append(_ms(marks["list_painted"], launched))
        app["exit"].append(_ms(exited, launched))
        marks, launched, exited = _probe("startup_probe", "bare")
        bare["first_paint"].append(_ms(marks["first_paint"], launched))
        bare["exit"].append(_ms(exited, launched))
    return {"app_ms": app, "bare_ms": bare}


def startup_rows(result: dict[str, Any]) -> list[Row]:
    app, bare = result["app_ms"], result["bare_ms"]
    paint = median(app["first_paint"]) / median(bare["first_paint"])
    listed = median(app["list_painted"]) / median(bare["first_paint"])
    smoke = median(app["exit"]) / median(bare["exit"])
    return [
        Row(
            "Start-up: first window painted ÷ bare window",
            "–",
            paint,
            "×",
            1.5,
            strict=False,
            note=f"{median(app['first_paint']):.0f} vs {median(bare['first_paint']):.0f} ms",
        ),
        Row(
            "Start-up: workshop list painted ÷ bare window's first paint",
            "–",
            listed,
            "×",
            1.5,
            strict=False,
            note=f"{median(app['list_painted']):.0f} vs {median(bare['first_paint']):.0f} ms",
        ),
        Row(
            "Start-up: --smoke-test (list shown, exit) ÷ bare window",
            "–",
            smoke,
            "×",
            1.5,
            strict=False,
            note=f"{median(app['exit']):.0f} vs {median(bare['exit']):.0f} ms",
        ),
    ]


def io_rows(name: str, result: dict[str, Any]) -> list[Row]:
    ms = result["ms"]
    return [
        Row("Import (read, check, store, load)", name, median(ms["import"]), "ms", 2000),
        Row("Export as workshop file (JSON)", name, median(ms["export_json"]), "ms", 2000),
        Row("Word export, full minutes", name, median(ms["word_full"]), "ms", 2000),
        Row("Word export, short minutes", name, median(ms["word_short"]), "ms", 2000),
    ]


def gui_rows(name: str, result: dict[str, Any]) -> list[Row]:
    first = result["step_first_ms"]
    again = result["step_again_ms"]
    edits = [t for times in result["edit_ms"].values() for t in times]
    slowest_first = max(first, key=first.get)
    slowest_again = max(again, key=again.get)
    rows = [
        Row("Open in the window (first step painted)", name, result["open_ms"], "ms", 300),
        Row(
            "Open again (lands on the last step used)",
            name,
            median(result["reopen_ms"]),
            "ms",
            300,
        ),
        Row(
            "Step switch, first visit (pages built ahead), slowest",
            name,
            first[slowest_first],
            "ms",
            150,
            note=slowest_first,
        ),
        Row(
            "Page built ahead in idle time, slowest (UI busy meanwhile)",
            name,
            max(result["built_ahead_ms"].values(), default=0.0),
            "ms",
            None,
            note=max(result["built_ahead_ms"], key=result["built_ahead_ms"].get, default=""),
        ),
        Row(
            "Step switch, later visits, slowest",
            name,
            again[slowest_again],
            "ms",
            150,
            note=slowest_again,
        ),
    ]
    if edits:
        rows += [
            Row("Field edit, UI thread, median", name, median(edits), "ms", None),
            Row("Field edit, UI thread, 95th percentile", name, p95(edits), "ms", 10),
        ]
    rows += [
        Row(
            "Personal-data re-scan after an edit, UI thread, 95th percentile",
            name,
            p95(result["privacy_scan_ms"]),
            "ms",
            10,
        ),
        Row(
            "Peak memory (GUI: open, all steps, edits)",
            name,
            result["peak_rss_mb"],
            "MB",
            250,
        ),
    ]
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    parser.add_argument("--output", default=str(ROOT / "build" / "bench"), help="output folder")
    args = parser.parse_args(argv)
    startup_runs, io_repeats, edits = (2, 1, 5) if args.quick else (5, 3, 40)

    out = Path(args.output)
    previous = load_previous(out / "results.json")  # read before this run replaces it
    work = out / "work"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    started = time.perf_counter()
    print("Workshopstöd benchmark" + (" (quick)" if args.quick else ""), flush=True)
    machine = describe_machine()
    print(", ".join(f"{k}: {v}" for k, v in machine.items()), flush=True)

    large_file = work / "large.workshop.json"
    write_workshop_file(
        large_file, large_workshop(), app_version=__version__, exported_at=datetime.now(UTC)
    )
    files = {"example": resource_path("examples", EXAMPLE_FILE), "large": large_file}

    results: dict[str, Any] = {"io": {}, "gui": {}}
    rows: list[Row] = []
    for name, path in files.items():
        print(f"· import and export: {name}", flush=True)
        results["io"][name], _, _ = _probe("io_probe", str(path), str(work / name), str(io_repeats))
        rows += io_rows(name, results["io"][name])
    rows.append(
        Row(
            "Peak memory (import and exports)",
            "large",
            results["io"]["large"]["peak_rss_mb"],
            "MB",
            250,
        )
    )
    print("· start-up", flush=True)
    results["startup"] = measure_startup(work / "example" / "data-0", startup_runs)
    for name in files:
        print(f"· window: {name}", flush=True)
        data_dir = work / name / "data-0"
        workshop_id = results["io"][name]["workshop_id"]
        results["gui"][name], _, _ = _probe("gui_probe", str(data_dir), workshop_id, str(edits))
        rows += gui_rows(name, results["gui"][name])
    rows = startup_rows(results["startup"]) + sorted(rows, key=lambda r: r.workshop)

    elapsed = time.perf_counter() - started
    print()
    print(table(rows))
    misses = [row for row in rows if row.met is False]
    targeted = [row for row in rows if row.met is not None]
    print(
        f"\n{len(targeted) - len(misses)} of {len(targeted)} figures with a target met it;"
        f" ran {elapsed:.0f} s."
    )
    changes = compare(rows, previous) if previous is not None else {}
    if previous is not None:
        print()
        print(comparison_text(rows, changes, str(previous.get("when", "unknown time"))))
    document = {
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "app_version": __version__,
        "quick": args.quick,
        "machine": machine,
        "large_counts": COUNTS,
        "rows": [row.as_json() for row in rows],
        "previous_when": previous.get("when") if previous is not None else None,
        "worse_than_previous": [
            {"figure": figure, "workshop": workshop, "before": c.before, "now": c.now}
            for (figure, workshop), c in changes.items()
            if c.worse
        ],
        "raw": results,
    }
    (out / "results.json").write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n")
    print(f"Results: {out / 'results.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
