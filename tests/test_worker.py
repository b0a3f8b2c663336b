"""The processing worker (a process of the daemon's own) lives and dies with the daemon."""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import HELPLINE, Daemon, Smarthost, add_volunteers, fixture_bytes, wait_for

# Every test here starts a real daemon or server process.
pytestmark = pytest.mark.slow

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


def _worker_pids(daemon: Daemon, count: int) -> list[int]:
    assert daemon.proc is not None
    parent = daemon.proc.pid

    def find() -> list[int] | None:
        pids = [pid for pid, ppid, _ in _multiprocessing_children() if ppid == parent]
        return pids if len(pids) >= count else None

    return wait_for(find, 20, f"{count} processing workers")  # type: ignore[return-value]


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


def test_a_worker_killed_while_idle_leaves_nothing_stuck(make_daemon, smarthost: Smarthost) -> None:
    """What the out-of-memory killer does: kill -9 of the idle worker, again and again.

    With multiprocessing.Event the dead sleeper left the event's lock taken: the next
    stored mail blocked the SMTP thread before its 250, no new client got a greeting,
    and SIGTERM no longer stopped the daemon.
    """
    daemon = make_daemon()
    add_volunteers(daemon.config)
    daemon.start()
    for round_ in range(3):
        worker = _worker_pid(daemon)
        time.sleep(2)  # the worker is idle, waiting to be woken
        os.kill(worker, signal.SIGKILL)
        wait_for(lambda w=worker: _gone(w) and _worker_pid(daemon) != w, 15,
                 "a new worker")
        seeker = f"sam{round_}.peeters@gezin-peeters.example"
        daemon.send(seeker, [HELPLINE], fixture_bytes("spine/seeker_gmail.eml"))
        assert smarthost.wait_to(seeker)  # the 250 came, and the mail was confirmed
    assert len(smarthost.to("vera@vrijwilligers.example")) >= 1
    assert daemon.stop() == 0


def test_two_workers_on_postgresql_take_each_mail_once(
        make_daemon, smarthost: Smarthost, pg_url: str) -> None:
    """`[processing] workers = 2`: two processes take the stored mail side by side, and
    no mail is confirmed or forwarded twice; one killed is replaced, nothing lost."""
    daemon = make_daemon(database=pg_url, extra_config="[processing]\nworkers = 2\n"
                         "[duty]\nmax_open_per_volunteer = 100\n")
    add_volunteers(daemon.config)
    daemon.start()
    workers = _worker_pids(daemon, 2)
    assert len(workers) == 2
    seekers = [f"sam{n}.peeters@gezin-peeters.example" for n in range(30)]
    for number, seeker in enumerate(seekers):
        daemon.send(seeker, [HELPLINE], fixture_bytes("spine/seeker_gmail.eml")
                    .replace(b"seeker-first", f"two-workers-{number}".encode()))
        if number == 10:
            os.kill(workers[0], signal.SIGKILL)
    for seeker in seekers:
        assert smarthost.wait_to(seeker, timeout=120)
    team = ("vera@vrijwilligers.example", "kobe@vrijwilligers.example", "cora@coord.example")

    def forwards() -> list[str]:
        return [str(d.message["Subject"]) for address in team for d in smarthost.to(address)]

    wait_for(lambda: len(forwards()) >= len(seekers), 120, "every forward")
    assert daemon.stop() == 0
    assert [len(smarthost.to(seeker)) for seeker in seekers] == [1] * len(seekers)
    assert len(forwards()) == len(set(forwards())) == len(seekers)
