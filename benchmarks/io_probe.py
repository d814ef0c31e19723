"""Import and export probe, run in a fresh process: the services the GUI and the command line
call, timed on their own (the data dir is opened before the clock starts).

Usage: ``python -m benchmarks.io_probe FILE WORK_DIR REPEATS``. Every repetition imports into a
new data dir under WORK_DIR; the first one (``WORK_DIR/data-0``) is left for the GUI probe.
Prints one ``BENCH {json}`` line: lists of milliseconds per operation, the imported id.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path
from typing import Any

from workshop_app.services.app_context import open_app_context


def _timed(action: Any, *args: Any) -> tuple[float, Any]:
    start = time.perf_counter()
    result = action(*args)
    return (time.perf_counter() - start) * 1000, result


def run(source: Path, work_dir: Path, repeats: int) -> dict[str, Any]:
    times: dict[str, list[float]] = {
        "import": [],
        "export_json": [],
        "word_full": [],
        "word_short": [],
    }
    workshop_id = ""
    out = work_dir / "out"
    out.mkdir(parents=True, exist_ok=True)
    for number in range(repeats):
        context = open_app_context(work_dir / f"data-{number}")
        try:
            elapsed, workshop = _timed(context.transfer.import_file, source)
            times["import"].append(elapsed)
            workshop_id = workshop.id
            transfer, minutes = context.transfer, context.minutes
            json_file, full, short = out / "export.json", out / "full.docx", out / "short.docx"
            times["export_json"].append(_timed(transfer.export_file, workshop_id, json_file)[0])
            times["word_full"].append(_timed(minutes.export, workshop_id, full, "full")[0])
            times["word_short"].append(_timed(minutes.export, workshop_id, short, "short")[0])
        finally:
            context.close()
    scale = 1024 * 1024 if sys.platform == "darwin" else 1024  # ru_maxrss: bytes vs KiB
    return {
        "ms": times,
        "workshop_id": workshop_id,
        "file_mb": source.stat().st_size / 1e6,
        "docx_kb": (out / "full.docx").stat().st_size / 1e3,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / scale,
    }


if __name__ == "__main__":
    result = run(Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3]))
    print("BENCH " + json.dumps(result), flush=True)
