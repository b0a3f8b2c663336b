"""Never lose a mail: durable before 250, 451 when storing fails, an outbox that survives."""

from __future__ import annotations

import signal
import smtplib
import socket
import sqlite3
import threading
import time

import pytest

from mailhandler.runners.outgoing import retry_delay
from tests import queries
from tests.conftest import HELPLINE, Smarthost, add_volunteers, fixture_bytes, wait_for

SEEKER = "sam.peeters@gezin-peeters.example"
VOLUNTEER = "vera@vrijwilligers.example"


@pytest.mark.slow
def test_a_mail_is_committed_before_the_250(make_daemon) -> None:
    daemon = make_daemon().start("--accept-only")
    daemon.send(SEEKER, [HELPLINE], fixture_bytes("spine/seeker_gmail.eml"))
    # Read by another connection the moment the 250 arrived: the row is there.
    mail = queries.inbox(daemon)[0]
    status, size = mail.status, mail.size
    assert status == "new" and size > 500
    raw = mail.raw_enc
    assert b"beste vriend" not in raw and SEEKER.encode() not in raw  # encrypted at rest


@pytest.mark.slow
def test_a_locked_database_answers_451_and_the_sender_keeps_the_mail(make_daemon) -> None:
    daemon = make_daemon().start("--accept-only")
    # Raw SQLite on purpose: another process holding the database, not a query.
    locker = sqlite3.connect(queries.database_file(daemon), isolation_level=None)
    locker.execute("BEGIN EXCLUSIVE")
    try:
        with smtplib.SMTP("127.0.0.1", daemon.port, timeout=60) as client:
            client.ehlo()
            client.mail(SEEKER)
            client.rcpt(HELPLINE)
            code, _ = client.data(fixture_bytes("spine/seeker_gmail.eml").replace(b"\n", b"\r\n"))
        assert code == 451
    finally:
        locker.execute("ROLLBACK")
        locker.close()
    assert queries.inbox_count(daemon) == 0
    # Once the database is free again, the sender's retry is accepted.
    daemon.send(SEEKER, [HELPLINE], fixture_bytes("spine/seeker_gmail.eml"))
    assert "could not store an incoming mail (OperationalError); answered 451" in daemon.log()


@pytest.mark.slow
def test_mail_is_accepted_while_the_smarthost_is_down_and_sent_when_it_returns(
        make_daemon, smarthost: Smarthost) -> None:
    smarthost.refuse_with = "451 4.3.0 Try again later"
    daemon = make_daemon()
    add_volunteers(daemon.config)
    daemon.start()
    daemon.send(SEEKER, [HELPLINE], fixture_bytes("spine/seeker_gmail.eml"))
    wait_for(lambda: queries.tried(daemon) >= 1, what="a failed first attempt")
    errors = {item.last_error for item in queries.outbox(daemon)}
    assert "smtp 451 temporary failure at rcpt" in errors
    smarthost.refuse_with = None
    # Completion, not a stopwatch: the scheduled retry (retry_delay, tested above) brings
    # both out once the smarthost takes mail again, and nothing is given up as failed.
    smarthost.wait_to(SEEKER, timeout=35)
    smarthost.wait_to(VOLUNTEER, timeout=35)
    wait_for(lambda: queries.unsent(daemon) == 0, what="every outbox item to be sent")


@pytest.mark.slow
def test_the_outbox_survives_kill_9_during_an_outage(make_daemon, smarthost: Smarthost) -> None:
    smarthost.refuse_with = "421 4.3.2 Shutting down"
    daemon = make_daemon()
    add_volunteers(daemon.config)
    daemon.start()
    daemon.send(SEEKER, [HELPLINE], fixture_bytes("spine/seeker_gmail.eml"))
    wait_for(lambda: queries.tried(daemon) >= 1, what="a failed attempt")
    daemon.kill()
    smarthost.refuse_with = None
    daemon.start()
    smarthost.wait_to(SEEKER, timeout=35)
    smarthost.wait_to(VOLUNTEER, timeout=35)
    wait_for(lambda: queries.unsent(daemon) == 0, what="every outbox item to be marked sent")


def test_retries_back_off_from_20_seconds_to_an_hour() -> None:
    delays = [retry_delay(n).total_seconds() for n in range(1, 9)]
    assert delays[0] <= 30
    assert delays == sorted(delays)
    assert delays[-1] == 3600


@pytest.mark.slow
def test_sigterm_lets_a_mail_in_flight_finish_with_its_250(make_daemon,
                                                           smarthost: Smarthost) -> None:
    daemon = make_daemon()
    add_volunteers(daemon.config)
    daemon.start()
    raw = fixture_bytes("spine/seeker_gmail.eml").replace(b"\n", b"\r\n")
    with socket.create_connection(("127.0.0.1", daemon.port), timeout=30) as sock:
        reader = sock.makefile("rb")

        def say(line: bytes) -> bytes:
            sock.sendall(line)
            reply = reader.readline()
            while reply[3:4] == b"-":
                reply = reader.readline()
            return reply

        assert reader.readline().startswith(b"220")
        assert say(b"EHLO client.example\r\n").startswith(b"250")
        assert say(f"MAIL FROM:<{SEEKER}>\r\n".encode()).startswith(b"250")
        assert say(f"RCPT TO:<{HELPLINE}>\r\n".encode()).startswith(b"250")
        assert say(b"DATA\r\n").startswith(b"354")
        sock.sendall(raw[:300])
        assert daemon.proc is not None
        daemon.proc.send_signal(signal.SIGTERM)
        time.sleep(0.5)
        # The listener is closed to newcomers...
        with pytest.raises(OSError):
            socket.create_connection(("127.0.0.1", daemon.port), timeout=2).close()
        # ...but the client already in DATA finishes and gets its 250.
        assert say(raw[300:] + b".\r\n").startswith(b"250")
        say(b"QUIT\r\n")
    assert daemon.proc.wait(timeout=30) == 0
    daemon.proc = None
    daemon.start()
    smarthost.wait_to(SEEKER)
    smarthost.wait_to(VOLUNTEER)


def test_a_database_from_an_earlier_version_is_upgraded_in_place(tmp_path) -> None:
    from sqlalchemy import create_engine, text

    from mailhandler.store.db import open_database

    url = f"sqlite:///{tmp_path / 'old.db'}"
    old = create_engine(url)
    # Raw SQL on purpose: the outbox as the first release made it, without claims.
    with old.begin() as conn:
        conn.execute(text(
            "CREATE TABLE outbox (id INTEGER PRIMARY KEY, created_at DATETIME, kind VARCHAR(20),"
            " conversation_id INTEGER, key_id INTEGER, mail_from VARCHAR(320),"
            " rcpt_enc BLOB, message_enc BLOB, status VARCHAR(10), attempts INTEGER,"
            " next_attempt_at DATETIME, last_error VARCHAR(120), sent_at DATETIME)"))
        conn.execute(text("INSERT INTO outbox (id, kind, status) VALUES (7, 'forward', 'pending')"))
    old.dispose()
    engine = open_database(url)
    assert {"claimed_by", "claimed_until"} <= queries.columns(engine, "outbox")
    assert [item.kind for item in queries.outbox(engine) if item.id == 7] == ["forward"]
    engine.dispose()


# --- group commit: concurrent mails share a transaction, never a 250 before it ------------


def _commit_concurrently(store, count: int) -> list[object]:
    import asyncio

    from mailhandler.store.repository import Envelope
    from mailhandler.throughput.group_commit import Committer

    committer = Committer(store)

    async def all_at_once() -> list[object]:
        return await asyncio.gather(*(
            committer.commit(f"Subject: {n}\r\n\r\nmail {n}\r\n".encode(),
                             Envelope(f"young{n}@senders.example", (HELPLINE,)))
            for n in range(count)), return_exceptions=True)
    try:
        return asyncio.run(all_at_once())
    finally:
        committer.stop()


def test_mails_arriving_together_share_commits_and_each_gets_its_own_number(context) -> None:
    from sqlalchemy import event

    commits: list[int] = []
    event.listen(context.store.engine, "commit", lambda _conn: commits.append(1))
    numbers = _commit_concurrently(context.store, 50)
    assert sorted(numbers) == list(range(1, 51))  # type: ignore[type-var]
    assert len(commits) < 50  # grouped: fewer disk flushes than mails
    stored = queries.inbox(context.store)
    assert [mail.id for mail in stored] == list(range(1, 51))
    for number, raw_enc in zip(numbers, [mail.raw_enc for mail in stored], strict=True):
        assert context.store.vault.decrypt(context.store.key_id(), raw_enc).endswith(
            f"mail {int(number) - 1}\r\n".encode())  # type: ignore[call-overload]


class _HeldStore:
    """The store, its group commits held until `release` is set, each batch's numbers noted
    once its transaction is committed."""

    def __init__(self, store, release: threading.Event) -> None:  # type: ignore[no-untyped-def]
        self.store, self.release = store, release
        self.batches: list[list[int]] = []
        self.committed: set[int] = set()

    def accept_many(self, mails):  # type: ignore[no-untyped-def]
        assert self.release.wait(30)
        numbers = self.store.accept_many(mails)
        self.committed.update(numbers)
        self.batches.append(numbers)
        return numbers


def test_a_batch_is_answered_after_its_commit_and_wakes_the_processing_once(context) -> None:
    import asyncio

    from mailhandler.store.repository import Envelope
    from mailhandler.throughput.group_commit import Committer

    release = threading.Event()
    store = _HeldStore(context.store, release)
    wakes: list[int] = []  # how many batches were committed at each wake-up
    committer = Committer(store, lambda: wakes.append(len(store.batches)))  # type: ignore[arg-type]

    async def one(n: int) -> tuple[int, bool]:
        number = await committer.commit(f"Subject: {n}\r\n\r\nmail {n}\r\n".encode(),
                                        Envelope(f"young{n}@senders.example", (HELPLINE,)))
        return number, number in store.committed  # committed when its session heard of it

    async def all_at_once() -> list[tuple[int, bool]]:
        sessions = [asyncio.create_task(one(n)) for n in range(10)]
        await asyncio.sleep(0.2)  # every mail queued; the committer holds at most one
        release.set()
        return await asyncio.gather(*sessions)
    try:
        outcomes = asyncio.run(all_at_once())
    finally:
        committer.stop()
    assert sorted(number for number, _ in outcomes) == list(range(1, 11))
    assert all(committed for _, committed in outcomes)
    assert 1 <= len(store.batches) <= 2  # the nine that waited went in one transaction
    assert wakes == list(range(1, len(store.batches) + 1))  # once per batch, after its commit


def test_a_failed_group_commit_tells_every_mail_in_it_and_stores_none(context) -> None:
    from sqlalchemy import text

    with context.store.engine.begin() as conn:  # raw SQL on purpose: the fault injected
        conn.execute(text("CREATE TRIGGER full_disk BEFORE INSERT ON inbound "
                          "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"))
    outcomes = _commit_concurrently(context.store, 20)
    assert all(isinstance(o, Exception) and "disk is full" in str(o) for o in outcomes)
    assert queries.inbox_count(context.store) == 0
