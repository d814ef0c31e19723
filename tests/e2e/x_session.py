"""A real X server with a window manager for focus tests: Xvfb (one screen) or Xorg's dummy
driver split into a laptop and a projector monitor (two screens), openbox, driven by xdotool."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import require

TOOLS = ("Xvfb", "openbox", "xdotool", "xprop")
DUMMY_DRIVER = Path("/usr/lib/xorg/modules/drivers/dummy_drv.so")
# Xvfb cannot give Qt two screens (with +xinerama both heads sit at 0,0); Xorg with the dummy
# driver can: one 2944×1080 framebuffer split by RandR monitors into laptop and projector.
TWO_SCREENS_CONF = """
Section "ServerFlags"
    Option "DontVTSwitch" "true"
    Option "AllowMouseOpenFail" "true"
    Option "PciForceNone" "true"
    Option "AutoEnableDevices" "false"
    Option "AutoAddDevices" "false"
EndSection
Section "Device"
    Identifier "dummy0"
    Driver "dummy"
    VideoRam 256000
EndSection
Section "Monitor"
    Identifier "mon0"
    HorizSync 5.0-1000.0
    VertRefresh 5.0-200.0
    Modeline "2944x1080" 200.00 2944 3000 3100 3200 1080 1084 1089 1125
EndSection
Section "Screen"
    Identifier "screen0"
    Device "dummy0"
    Monitor "mon0"
    DefaultDepth 24
    SubSection "Display"
        Depth 24
        Modes "2944x1080"
        Virtual 2944 1080
    EndSubSection
EndSection
"""


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

    def window_position(self, name_part: str) -> tuple[int, int] | None:
        """Where the visible window whose name contains ``name_part`` is on the root window."""
        for wid in self.xdotool("search", "--onlyvisible", "--name", name_part).split():
            shell = self.xdotool("getwindowgeometry", "--shell", wid)
            values = dict(line.split("=", 1) for line in shell.splitlines() if "=" in line)
            return int(values["X"]), int(values["Y"])
        return None

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
def x_session(tmp_path: Path, screens: int = 1) -> Iterator[XSession]:
    """An X server on a free display with openbox; ended (by their own process ids) after.

    ``screens`` 1: Xvfb at 1920×1080. 2: Xorg's dummy driver with a 1920×1080 laptop and a
    1024×768 projector beside it, as Qt sees two monitors.
    """
    tools = TOOLS if screens == 1 else (*TOOLS, "Xorg", "xrandr")
    missing = [tool for tool in tools if shutil.which(tool) is None]
    if screens == 2 and not DUMMY_DRIVER.exists():
        missing.append("xserver-xorg-video-dummy")
    require(not missing, f"needs {', '.join(missing)} (a real X server with a window manager)")
    read, write = os.pipe()
    if screens == 1:
        command = ["Xvfb", "-screen", "0", "1920x1080x24"]
    else:
        conf = tmp_path / "xorg-two-screens.conf"
        conf.write_text(TWO_SCREENS_CONF, encoding="utf-8")
        command = ["Xorg", "-config", str(conf), "-noreset", "-logfile", str(tmp_path / "x.log")]
    server = subprocess.Popen(
        [*command, "-displayfd", str(write), "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    started: list[subprocess.Popen[bytes]] = [server]
    try:
        if screens == 2 and not number.isdigit():
            # Xorg takes a config file from outside /etc/X11 only when run as root; where it
            # cannot start, the one-screen variant (Xvfb, strict in CI) still runs.
            pytest.skip("Xorg with the dummy driver could not start here (not root?)")
        require(number.isdigit(), f"{command[0]} did not start")
        session = XSession(f":{number}")
        if screens == 2:
            _split_into_laptop_and_projector(session)
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


def _split_into_laptop_and_projector(session: XSession) -> None:
    env = dict(os.environ, DISPLAY=session.display)
    listing = subprocess.run(["xrandr"], env=env, capture_output=True, text=True).stdout
    output = next(line.split()[0] for line in listing.splitlines() if " connected" in line)
    for monitor in (
        ["LAPTOP", "1920/508x1080/286+0+0", output],
        ["PROJECTOR", "1024/270x768/203+1920+0", "none"],
    ):
        subprocess.run(["xrandr", "--setmonitor", *monitor], env=env, check=True)
