"""The processing worker (a process of the daemon's own) lives and dies with the daemon."""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Iterator
from pathlib import Path

from tests.conftest import HELPLINE, Daemon, Smarthost, add_volunteers, fixture_bytes, wait_for

SEEKER = "sam.peeters@gezin-peeters.example"


def _multiprocessing_children() -> Iterator[tuple[int, int, str]]:
    """(pid, parent pid, state) of every process multiprocessing started, system-wide."""
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            state, ppid = (entry / "stat").read_text().rsplit(")", 1)[1].split()[:2]
            cmdline = (entry / "cmdline").read_bytes()
        except OSError:
            continue
        if b"spawn_main" in cmdline:
            yield int(entry.name), int(ppid), state


def _worker_pid(daemon: Daemon) -> int:
    """The child running runners.worker (not multiprocessing's resource tracker)."""
    assert daemon.proc is not None
    parent = daemon.proc.pid

    def find() -> int | None:
        return next((pid for pid, ppid, _ in _multiprocessing_children() if ppid == parent),
                    None)

    return wait_for(find, 20, "the processing worker")  # type: ignore[return-value]


def _gone(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return True
    return state == "Z"  # dead, waiting to be reaped by init


def test_killing_the_daemon_ends_its_worker(make_daemon) -> None:
    daemon = make_daemon().start()
    worker = _worker_pid(daemon)
    daemon.kill()
    wait_for(lambda: _gone(worker), 10, "the worker to die with the daemon")


def _orphaned_workers() -> set[int]:
    """Live multiprocessing children whose parent is gone (adopted by init)."""
    return {pid for pid, ppid, state in _multiprocessing_children()
            if ppid == 1 and state != "Z"}


def test_a_daemon_killed_at_once_leaves_no_worker_behind(make_daemon) -> None:
    """Killed while its worker is still starting: the worker must notice and not linger."""
    before = _orphaned_workers()
    for _ in range(3):
        daemon = make_daemon().start()
        daemon.kill()
    time.sleep(3)  # longer than a worker takes to start
    assert _orphaned_workers() <= before


def test_a_worker_that_dies_is_replaced_and_mail_still_gets_through(
        make_daemon, smarthost: Smarthost) -> None:
    daemon = make_daemon()
    add_volunteers(daemon.config)
    daemon.start()
    os.kill(_worker_pid(daemon), signal.SIGKILL)
    wait_for(lambda: "processing worker stopped" in daemon.log(), 10, "the daemon to notice")
    daemon.send(SEEKER, [HELPLINE], fixture_bytes("spine/seeker_gmail.eml"))
    assert smarthost.wait_to(SEEKER)  # confirmed by the new worker
    assert smarthost.wait_to("vera@vrijwilligers.example")  # and forwarded
    assert daemon.stop() == 0
