"""A real X server with a window manager for focus tests: Xvfb + openbox, driven by xdotool."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from tests.conftest import require

TOOLS = ("Xvfb", "openbox", "xdotool", "xprop")


@dataclass
class XSession:
    display: str

    @property
    def env(self) -> dict[str, str]:
        return {"DISPLAY": self.display, "QT_QPA_PLATFORM": "xcb"}

    def xdotool(self, *args: str) -> str:
        done = subprocess.run(
            ["xdotool", *args],
            env=dict(os.environ, DISPLAY=self.display),
            capture_output=True,
            text=True,
            timeout=30,
        )
        return done.stdout.strip() if done.returncode == 0 else ""

    def active_window_name(self) -> str:
        return self.xdotool("getactivewindow", "getwindowname")

    def visible_window_names(self) -> list[str]:
        ids = self.xdotool("search", "--onlyvisible", "--name", ".").split()
        return [self.xdotool("getwindowname", wid) for wid in ids]

    def key(self, *keys: str) -> None:
        self.xdotool("key", "--clearmodifiers", *keys)

    def type(self, text: str) -> None:
        self.xdotool("type", "--delay", "30", text)


def wait_for(condition: Callable[[], bool], what: str, timeout: float = 30.0) -> None:
    """Poll ``condition`` until it holds (a real window manager answers in its own time)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for: {what}")


@contextmanager
def x_session(tmp_path: Path) -> Iterator[XSession]:
    """Xvfb on a free display with openbox; both ended (by their own process ids) afterwards."""
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    require(not missing, f"needs {', '.join(missing)} (a real X server with a window manager)")
    read, write = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    started: list[subprocess.Popen[bytes]] = [xvfb]
    try:
        require(number.isdigit(), "Xvfb did not start")
        session = XSession(f":{number}")
        log = (tmp_path / "openbox.log").open("wb")
        started.append(
            subprocess.Popen(
                ["openbox"],
                env=dict(os.environ, DISPLAY=session.display),
                stdout=log,
                stderr=log,
            )
        )
        # openbox is up once it owns the window manager selection (xdotool can then read
        # the active window through the EWMH property it sets).
        wait_for(lambda: _wm_running(session), "the window manager")
        yield session
    finally:
        for process in reversed(started):
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def _wm_running(session: XSession) -> bool:
    done = subprocess.run(
        ["xprop", "-root", "_NET_SUPPORTING_WM_CHECK"],
        env=dict(os.environ, DISPLAY=session.display),
        capture_output=True,
        text=True,
    )
    return "window id" in done.stdout
