"""The processing worker: the incoming runner in a process of its own.

Python runs one thread at a time per process. Processing a mail (parsing,
cleaning, composing a confirmation and forwards) costs far more CPU than taking it
in, so in one process a flood makes every part wait for every other: intake,
confirmations, deliveries. In a process of its own, processing gets a CPU core of
its own, and the daemon's process keeps taking mail and sending the outbox.

The worker shares nothing with the daemon but the database and three wake-up pipes
(mail stored, outbox filled, stop: throughput/wakeup.py, which a killed process cannot
leave locked). It dies with the daemon: if the daemon is killed, the kernel kills
the worker too (PR_SET_PDEATHSIG), and whatever it was doing is redone after the
restart, as after any crash. If the worker is killed (the out-of-memory killer's
first choice), the daemon starts another on the same pipes.
"""

from __future__ import annotations

import contextlib
import ctypes
import logging
import multiprocessing as mp
import os
import signal
import sys
from multiprocessing.context import SpawnProcess

from mailhandler.config import Config
from mailhandler.logs import root_level
from mailhandler.throughput.wakeup import Wakeup, WakeupGroup, wait_any

log = logging.getLogger("mailhandler.worker")

IDLE_SECONDS = 5.0
_PR_SET_PDEATHSIG = 1


def _die_with_parent() -> None:
    if sys.platform.startswith("linux"):
        # No libc by that name: the stop event still ends the worker.
        with contextlib.suppress(OSError):
            ctypes.CDLL("libc.so.6", use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)


def _main(cfg: Config, log_level: int, stored: Wakeup, outbox_filled: Wakeup,
          stopping: Wakeup, parent: int) -> None:
    _die_with_parent()
    if os.getppid() != parent:
        return  # the daemon died while this process was starting, before the signal was set
    # The daemon decides when to stop (a signal to the process group reaches us too).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    from mailhandler.context import open_context
    from mailhandler.logs import setup_logging, verbose
    from mailhandler.memory import return_big_buffers_at_once

    return_big_buffers_at_once()
    from mailhandler.runners.incoming import process_pending

    setup_logging(verbose(log_level))
    ctx = open_context(cfg)
    # The parent-death signal covers a killed daemon; this covers everything else.
    while not stopping.is_set() and os.getppid() == parent:
        try:
            process_pending(ctx, wake=outbox_filled.set, stop=stopping.is_set)
        except Exception as exc:  # a broken database moment must not end the worker
            log.error("incoming runner: %s, retrying", type(exc).__name__)
        wait_any((stored, stopping), IDLE_SECONDS)
        stored.clear()
    ctx.store.engine.dispose()


class ProcessingWorker:
    """Starts, watches and stops the worker processes (`[processing] workers`).

    Each is the same incoming runner; they share the database and nothing else. Two
    never take the same mail: a mail's step is claimed in the database (SKIP LOCKED on
    PostgreSQL, the store's one writer on SQLite), exactly as for two hosts."""

    def __init__(self, cfg: Config, stored: WakeupGroup, outbox_filled: Wakeup) -> None:
        self._context = mp.get_context("spawn")
        self._cfg = cfg
        self.stored = stored
        self.outbox_filled = outbox_filled
        self.stopping = Wakeup()
        self._processes: list[SpawnProcess | None] = [None] * len(stored.members)

    def _start(self, number: int) -> None:
        process = self._context.Process(
            target=_main, name=f"mailhandler-processing-{number + 1}", daemon=True,
            args=(self._cfg, root_level(), self.stored.members[number],
                  self.outbox_filled, self.stopping, os.getpid()))
        process.start()
        self._processes[number] = process

    def start(self) -> None:
        for number in range(len(self._processes)):
            self._start(number)

    def keep_alive(self) -> None:
        """Restart a worker that died (it should not; the next mail must not wait)."""
        for number, process in enumerate(self._processes):
            if process is not None and not process.is_alive() and not self.stopping.is_set():
                log.error("processing worker stopped (exit status %s), starting it again",
                          process.exitcode)
                self._start(number)

    def stop(self, timeout: float = 60.0) -> None:
        """Let each finish the step in hand, then end it."""
        self.stopping.set()
        for process in self._processes:
            if process is None:
                continue
            process.join(timeout)
            if process.is_alive():
                log.error("processing worker did not stop in %.0f s; ended", timeout)
                process.kill()
                process.join()

    @property
    def pids(self) -> list[int]:
        return [p.pid for p in self._processes if p is not None and p.pid is not None]
