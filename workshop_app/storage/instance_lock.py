"""One app instance per data dir: an OS-level lock on ``data_dir/.lock`` that a crash releases."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from types import TracebackType

from workshop_app.domain.errors import WorkshopAppError
from workshop_app.domain.file_modes import make_private

LOCK_FILE_NAME = ".lock"
WINDOW = "window"  # the desktop app
COMMAND = "command"  # a writing command of the command line
# Windows locks are mandatory: lock a byte far past the PID text so others can still read it.
_WINDOWS_LOCK_OFFSET = 1 << 20


class AlreadyRunningError(WorkshopAppError):
    """Another Workshopstöd holds the data dir."""

    def __init__(self, data_dir: Path, pid: int | None) -> None:
        holder = f" (process {pid})" if pid else ""
        super().__init__(
            f'Workshopstöd is already running with the data folder "{data_dir}"{holder}'
        )
        self.data_dir = data_dir
        self.pid = pid


class InstanceLock:
    """``fcntl.flock`` on POSIX, ``msvcrt.locking`` on Windows; never a mere "file exists" test.

    The operating system drops the lock when the holding process ends in any way (even
    SIGKILL or a power cut), so a stale lock file never locks the user out. The file is never
    deleted: unlinking it while another process waits on it would let two instances hold locks
    on two different files.
    """

    def __init__(self, data_dir: Path, role: str = WINDOW) -> None:
        self.data_dir = data_dir
        self.path = data_dir / LOCK_FILE_NAME
        self.role = role  # written beside the PID, so a waiting process can say who holds it
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> bool:
        """Take the lock without waiting; False if another process (or lock object) holds it."""
        if self._fd is not None:
            return True
        self.data_dir.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            make_private(self.path)  # a lock file of an older version was 0644
            if not _try_lock(fd):
                os.close(fd)
                return False
            os.ftruncate(fd, 0)
            os.write(fd, f"{os.getpid()} {self.role}\n".encode("ascii"))
        except BaseException:
            os.close(fd)
            raise
        self._fd = fd
        return True

    def release(self) -> None:
        """Give the lock up (closing the descriptor releases it too)."""
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            os.ftruncate(fd, 0)  # no stale PID for the next reader
            _unlock(fd)
        finally:
            os.close(fd)

    def holder_pid(self) -> int | None:
        """The PID the current holder wrote, for messages; None if unknown."""
        first = self._holder_fields()[:1]
        return int(first[0]) if first and first[0].isdigit() else None

    def holder_role(self) -> str | None:
        """``WINDOW`` or ``COMMAND`` as the holder wrote it; None if unknown (an older version,
        or a holder that has not written yet)."""
        fields = self._holder_fields()
        return fields[1] if len(fields) > 1 and fields[1] in (WINDOW, COMMAND) else None

    def _holder_fields(self) -> list[str]:
        try:
            return self.path.read_text(encoding="ascii").split()
        except (OSError, UnicodeDecodeError):
            return []

    def __enter__(self) -> InstanceLock:
        if not self.acquire():
            raise AlreadyRunningError(self.data_dir, self.holder_pid())
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        finally:
            os.lseek(fd, 0, os.SEEK_SET)
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        finally:
            os.lseek(fd, 0, os.SEEK_SET)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
