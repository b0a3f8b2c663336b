"""A wake-up call between the daemon's threads and its processing worker that nobody can jam.

The daemon and its worker process wake each other: a stored mail wakes the worker, a
filled outbox wakes the sender, a stop wakes both. `multiprocessing.Event` did that
with a lock and a condition in shared memory, and a process killed while it waited
(the out-of-memory killer picks the worker first: a big mail makes it the largest
process) left that lock taken for good: the next `set()` in the SMTP thread blocked
forever, and with it every 250, every greeting and the SIGTERM handler.

A pipe has no lock. `set()` writes one byte without blocking (a full pipe already
means "wake up", so a byte that does not fit is not needed); `wait()` is a select()
on the other end. A reader that dies leaves bytes in the pipe, nothing more: the
daemon keeps both ends open, so the next worker reads from the same pipe.
"""

from __future__ import annotations

import contextlib
import os
import select
from multiprocessing import reduction
from typing import Any


class Wakeup:
    def __init__(self) -> None:
        self._read, self._write = os.pipe()
        for fd in (self._read, self._write):
            os.set_blocking(fd, False)

    def set(self) -> None:
        # A full pipe means a wake-up is already pending; a broken one, nobody listens.
        with contextlib.suppress(BlockingIOError, BrokenPipeError):
            os.write(self._write, b"\0")

    def is_set(self) -> bool:
        return self.wait(0)

    def wait(self, timeout: float | None = None) -> bool:
        """Until set (True) or `timeout` seconds passed (False); it stays set until clear()."""
        return bool(wait_any((self,), timeout))

    def clear(self) -> None:
        try:
            while os.read(self._read, 4096):
                pass
        except BlockingIOError:
            pass

    def fileno(self) -> int:
        return self._read

    # Handed to the worker process when it is spawned: its file descriptors go with it
    # (multiprocessing passes them on, as it does for its own Connection objects).
    def __getstate__(self) -> tuple[Any, Any]:
        return reduction.DupFd(self._read), reduction.DupFd(self._write)

    def __setstate__(self, state: tuple[Any, Any]) -> None:
        self._read, self._write = (fd.detach() for fd in state)


class WakeupGroup:
    """One wake-up per processing worker, set together.

    Several readers of one pipe would race for its bytes: the worker that drains it
    leaves the others asleep until their idle timeout, with mail waiting. So each
    worker waits on a pipe of its own, and `set()` writes to all of them."""

    def __init__(self, size: int = 1) -> None:
        self.members = tuple(Wakeup() for _ in range(max(1, size)))

    def set(self) -> None:
        for member in self.members:
            member.set()


def wait_any(wakeups: tuple[Wakeup, ...], timeout: float | None) -> list[Wakeup]:
    """The wake-ups among `wakeups` that are set, waiting at most `timeout` for one."""
    try:
        ready, _, _ = select.select(list(wakeups), [], [], timeout)
    except InterruptedError:  # a signal; Python retries select itself since 3.5
        return []
    return ready
