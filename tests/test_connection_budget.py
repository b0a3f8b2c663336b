"""Idle connections cannot shut intake: beyond a budget below the descriptor limit, 421.

Tried from outside with systemd's default limit (1024 descriptors): 1,100 idle
connections from 55 loopback addresses, 20 each (within the per-client limit), made
accept() fail in a tight loop, flooded the log with tracebacks, and a young person's mail
waited 68 s. Now the daemon answers 421 beyond its budget, at once, and the descriptors
left are enough for its own work.
"""

from __future__ import annotations

import resource
import socket
import subprocess
import sys
from collections.abc import Iterator

import pytest

from mailhandler.inbound.limits import TOO_MANY_AT_ONCE, ClientLimits, connection_budget
from tests.conftest import HELPLINE, Daemon, Smarthost, add_volunteers

NOFILE = 300  # the budget is then 300 - 75 = 225


def test_the_budget_is_below_the_descriptor_limit_after_raising_it_to_the_hard_limit() -> None:
    code = ("import resource; from mailhandler.inbound.limits import connection_budget; "
            "b = connection_budget(); s, h = resource.getrlimit(resource.RLIMIT_NOFILE); "
            "print(b, s, h)")
    out = subprocess.run(["prlimit", f"--nofile=100:{NOFILE}", sys.executable, "-c", code],
                         capture_output=True, text=True, check=True).stdout.split()
    budget, soft, hard = map(int, out)
    assert soft == hard == NOFILE
    assert budget == NOFILE - NOFILE // 4
    assert connection_budget() < resource.getrlimit(resource.RLIMIT_NOFILE)[0]


def test_a_connection_beyond_the_budget_is_refused_whoever_it_comes_from() -> None:
    limits = ClientLimits(20, 30, max_connections_in_all=3)
    assert [limits.connect(f"192.0.2.{n}") for n in range(3)] == [None, None, None]
    assert limits.connect("198.51.100.9") == TOO_MANY_AT_ONCE
    limits.disconnect("198.51.100.9")
    limits.disconnect("192.0.2.0")
    assert limits.connect("198.51.100.9") is None


@pytest.fixture
def idle() -> Iterator[list[socket.socket]]:
    held: list[socket.socket] = []
    yield held
    for sock in held:
        sock.close()


@pytest.mark.slow
def test_idle_connections_get_421_beyond_the_budget_and_a_young_persons_mail_still_gets_in(
        make_daemon, smarthost: Smarthost, idle: list[socket.socket]) -> None:
    daemon: Daemon = make_daemon()
    daemon.launcher = ("prlimit", f"--nofile={NOFILE}:{NOFILE}", "--")
    add_volunteers(daemon.config)
    daemon.start()
    greetings: list[bytes] = []
    for n in range(260):  # 13 addresses, 20 connections each
        sock = socket.create_connection(("127.0.0.1", daemon.port), timeout=10,
                                        source_address=(f"127.0.0.{2 + n // 20}", 0))
        idle.append(sock)
        greetings.append(sock.recv(200))
    accepted = [g for g in greetings if g.startswith(b"220")]
    refused = [g for g in greetings if g.startswith(b"421")]
    assert len(accepted) == NOFILE - NOFILE // 4
    assert len(accepted) + len(refused) == 260
    for sock in idle:
        sock.close()
    idle.clear()
    daemon.send("noor@gezin.example", [HELPLINE],
                f"From: <noor@gezin.example>\nTo: {HELPLINE}\nSubject: hoi\n\nik wil praten\n")
    smarthost.wait_to("noor@gezin.example")
    assert daemon.proc is not None and daemon.proc.poll() is None
    assert "Traceback" not in daemon.log() and "out of system resource" not in daemon.log()
