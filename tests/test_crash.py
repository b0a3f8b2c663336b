"""kill -9 at every point of a mail's way through the daemon, and nothing is lost.

Points: during DATA (before the 250: the sender keeps the mail), right after the
250 (tests/test_spine.py), during processing, during an outbound delivery, and at
random moments under a stream of mail. The one window for a duplicate: the
smarthost took a mail and the crash came before it was marked sent.
"""

from __future__ import annotations

import asyncio
import contextlib
import random
import socket
import sqlite3
import threading
import time

import pytest
from aiosmtpd.controller import Controller

from tests import queries
from tests.conftest import (
    HELPLINE,
    Delivered,
    Smarthost,
    add_volunteers,
    fixture_bytes,
    free_port,
    pseudonym_of,
    team_forwards,
    wait_for,
    wait_team_forwards,
)

# Every test here starts a real daemon or server process.
pytestmark = pytest.mark.slow


def _mail(n: int) -> bytes:
    return fixture_bytes("spine/seeker_gmail.eml").replace(
        b"seeker-first", f"seeker-{n}".encode()).replace(
        b"sam.peeters@", f"sam{n}.peeters@".encode())


def test_kill_9_during_data_stores_nothing_and_the_senders_retry_gets_through(
        make_daemon, smarthost: Smarthost) -> None:
    daemon = make_daemon()
    add_volunteers(daemon.config)
    daemon.start()
    raw = _mail(1).replace(b"\n", b"\r\n")
    with socket.create_connection(("127.0.0.1", daemon.port), timeout=10) as sock:
        reader = sock.makefile("rb")
        reader.readline()
        for command in (b"HELO client.example\r\n",
                        b"MAIL FROM:<sam1.peeters@gezin-peeters.example>\r\n",
                        f"RCPT TO:<{HELPLINE}>\r\n".encode(), b"DATA\r\n"):
            sock.sendall(command)
            reader.readline()
        sock.sendall(raw[: len(raw) // 2])
        daemon.kill()
        with contextlib.suppress(ConnectionResetError):  # no 250: the sender keeps its copy
            assert reader.read() == b""
    daemon.start()
    assert queries.inbox_count(daemon) == 0
    daemon.send("sam1.peeters@gezin-peeters.example", [HELPLINE], _mail(1))  # its retry
    smarthost.wait_to("sam1.peeters@gezin-peeters.example")
    assert len(wait_team_forwards(smarthost, 1)) == 1
    daemon.stop()  # lets the outgoing runner finish: still the one forward
    assert len(team_forwards(smarthost)) == 1


def test_kill_9_during_processing_loses_nothing_and_duplicates_nothing(
        make_daemon, smarthost: Smarthost) -> None:
    daemon = make_daemon()
    add_volunteers(daemon.config)
    daemon.start("--accept-only")
    daemon.send("sam0.peeters@gezin-peeters.example", [HELPLINE], _mail(0))
    daemon.stop()
    # The next start finds the mail and starts processing it; our write lock holds it
    # there, in the middle, where the kill lands.
    # Raw SQLite on purpose: another process holding the write lock, not a query.
    locker = sqlite3.connect(queries.database_file(daemon), timeout=30)
    locker.isolation_level = None
    locker.execute("BEGIN IMMEDIATE")
    try:
        daemon.start()
        time.sleep(1.5)
        daemon.kill()
    finally:
        locker.execute("ROLLBACK")
        locker.close()
    assert queries.outbox_count(daemon) == 0
    daemon.start()
    smarthost.wait_to("sam0.peeters@gezin-peeters.example")
    wait_team_forwards(smarthost, 1)
    daemon.stop()
    assert len(smarthost.to("sam0.peeters@gezin-peeters.example")) == 1
    assert len(team_forwards(smarthost)) == 1  # to one volunteer, once


class SlowSmarthost(Smarthost):
    """Takes its time before answering DATA, so a delivery can be caught in flight."""

    def __init__(self, port: int) -> None:
        super().__init__(port=port)
        self.in_flight = threading.Event()

    async def handle_DATA(self, server, session, envelope):
        self.in_flight.set()
        await asyncio.sleep(3)
        return await super().handle_DATA(server, session, envelope)


def test_kill_9_during_an_outbound_delivery_delivers_after_the_restart(make_daemon) -> None:
    slow = SlowSmarthost(free_port())
    controller = Controller(slow, hostname="127.0.0.1", port=slow.port)
    controller.start()
    try:
        daemon = make_daemon(outbound=f"smtp://127.0.0.1:{slow.port}")
        add_volunteers(daemon.config)
        daemon.start()
        daemon.send("sam0.peeters@gezin-peeters.example", [HELPLINE], _mail(0))
        assert slow.in_flight.wait(15)
        daemon.kill()  # the smarthost has not answered; the item is claimed, not sent
        daemon.start()  # frees the dead process's claim at once
        slow.wait_to("sam0.peeters@gezin-peeters.example", timeout=40)
        wait_team_forwards(slow, 1, 40)
        wait_for(lambda: queries.unsent(daemon) == 0, 40, "every item marked sent")
        daemon.stop()
    finally:
        controller.stop()


@pytest.mark.parametrize("seed", [1, 2])
def test_random_kills_under_a_stream_of_mail_lose_nothing(make_daemon, smarthost: Smarthost,
                                                          seed: int) -> None:
    rng = random.Random(seed)
    daemon = make_daemon()
    add_volunteers(daemon.config)
    daemon.start()
    accepted: list[int] = []
    kills = 0
    for n in range(12):
        try:
            daemon.send(f"sam{n}.peeters@gezin-peeters.example", [HELPLINE], _mail(n))
            accepted.append(n)
        except (OSError, Exception):  # killed mid-transaction: the sender would retry
            pass
        if rng.random() < 0.5:
            time.sleep(rng.uniform(0, 0.08))
            daemon.kill()
            kills += 1
            daemon.start()
    for n in accepted:
        smarthost.wait_to(f"sam{n}.peeters@gezin-peeters.example", timeout=40)
    wait_for(lambda: queries.unfinished(daemon) == 0, 40, "every mail processed")
    wait_for(lambda: queries.unsent(daemon) == 0, 60, "every outbox item sent")
    daemon.stop()
    forwards: list[Delivered] = team_forwards(smarthost)
    # Every accepted mail (a conversation of its own) reached one volunteer; a duplicate
    # needs a kill in the window between the smarthost's 250 and the "sent" commit.
    assert len({pseudonym_of(f) for f in forwards}) == len(accepted)
    assert len(forwards) >= len(accepted)
    assert len(forwards) - len(accepted) <= kills
    assert queries.inbox_count(daemon, "quarantined") == 0
