"""One writer per plan file: a lock file beside it, so a second instance opens read-only.

The lock holds ``pid@host``. A lock left by a process that no longer runs on this machine is
stale and is taken over; a lock from another machine (a shared drive) is respected.
"""

from __future__ import annotations

import os
import socket
from pathlib import Path


def lock_path(plan_path: Path) -> Path:
    return plan_path.with_name(f".~lock.{plan_path.name}#")


def _alive_windows(pid: int) -> bool:
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return False
    try:
        code = ctypes.c_ulong()
        kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        return code.value == 259  # STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)


def _alive(pid: int) -> bool:
    if os.name == "nt":
        # os.kill(pid, 0) would terminate the process on Windows.
        return _alive_windows(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


class PlanLock:
    """Held while a plan is open for writing. ``acquire`` returns False if another has it."""

    def __init__(self, plan_path: Path) -> None:
        self.path = lock_path(plan_path)
        self.owner = ""
        self._held = False

    def _stale(self) -> bool:
        try:
            text = self.path.read_text(encoding="utf-8").strip()
        except OSError:
            return True
        self.owner = text
        pid_text, _, host = text.partition("@")
        if host != socket.gethostname():
            return False
        try:
            pid = int(pid_text)
        except ValueError:
            return True
        return pid != os.getpid() and not _alive(pid)

    def held_elsewhere(self) -> bool:
        """True while another running instance (here or on another machine) has the plan open."""
        if not self.path.exists():
            return False
        if self._stale():
            return False
        return self.owner != f"{os.getpid()}@{socket.gethostname()}"

    def acquire(self) -> bool:
        for _attempt in range(2):
            try:
                fd = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
            except FileExistsError:
                if not self._stale():
                    return False
                self.path.unlink(missing_ok=True)
                continue
            except OSError:
                # A folder we cannot write in: nobody can write the plan there either.
                return True
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(f"{os.getpid()}@{socket.gethostname()}")
            self._held = True
            return True
        return False

    def release(self) -> None:
        if self._held:
            self.path.unlink(missing_ok=True)
            self._held = False
