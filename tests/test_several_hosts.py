"""Several hosts on one PostgreSQL database: keys, claims and scheduled jobs, shared.

Each "host" here is a process of its own with its own store (and its own data_dir where
it has one), the configuration and the database in common, nothing else: what two MX
hosts would share.
"""

from __future__ import annotations

import multiprocessing
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select, text

from mailhandler.config import load_config
from mailhandler.context import open_context, open_store
from mailhandler.core.compose import Outgoing
from mailhandler.jobs.scheduler import Scheduler
from mailhandler.store.db import utcnow
from mailhandler.store.models import InboundMail, JobRun, OutboxItem, ScheduledRun
from mailhandler.store.repository import Envelope
from mailhandler.store.schedule import lock_number
from tests.conftest import HELPLINE, add_volunteers, fixture_bytes, free_port, write_config

pytestmark = pytest.mark.postgres

SPAWN = multiprocessing.get_context("spawn")  # a fresh interpreter: a host of its own


def _config(tmp_path: Path, pg_url: str) -> Path:
    # Room for every conversation: none waits in the queue (the duty job is not run here).
    config = write_config(tmp_path, free_port(), f"maildir:{tmp_path / 'outbox'}",
                          extra="[duty]\nmax_open_per_volunteer = 40\n", database=pg_url)
    add_volunteers(config)
    return config


# --- the outbox: each item claimed and sent by one host only ---------------------------------

def _deliver_all(config: str, maildir: str, start: object) -> None:
    from mailhandler.outbound.transport import MaildirTransport
    from mailhandler.runners.outgoing import deliver_due

    store = open_store(load_config(Path(config)))
    start.wait()  # type: ignore[attr-defined]
    idle = 0
    while idle < 3:  # nothing left to claim, three looks in a row
        idle = idle + 1 if deliver_due(store, MaildirTransport(Path(maildir)), limit=5) == 0 \
            else 0
    store.engine.dispose()


def test_two_hosts_claiming_the_outbox_at_once_send_each_mail_once(
        tmp_path: Path, pg_url: str) -> None:
    config = _config(tmp_path, pg_url)
    store = open_store(load_config(config))
    with store.transaction() as s:
        for n in range(300):
            store.enqueue(s, Outgoing(kind="confirmation" if n % 3 else "forward",
                                      mail_from="", rcpt=f"r{n}@x.example",
                                      message_id=f"<m{n}@lumi.example>",
                                      data=f"Message-ID: <m{n}@lumi.example>\r\n"
                                           f"Subject: x\r\n\r\nmail {n}\r\n".encode()), None)
    store.engine.dispose()
    start = SPAWN.Barrier(2)
    hosts = [SPAWN.Process(target=_deliver_all,
                           args=(str(config), str(tmp_path / f"host{n}"), start))
             for n in (1, 2)]
    for host in hosts:
        host.start()
    for host in hosts:
        host.join(120)
        assert host.exitcode == 0

    sent: dict[str, int] = {}
    per_host = []
    for n in (1, 2):
        files = list((tmp_path / f"host{n}" / "new").glob("*"))
        per_host.append(len(files))
        for path in files:
            body = path.read_bytes().strip().splitlines()[-1].decode()  # "mail N"
            sent[body] = sent.get(body, 0) + 1
    assert sorted(sent) == sorted(f"mail {n}" for n in range(300))
    assert set(sent.values()) == {1}, "a mail was sent twice"
    assert all(per_host), per_host  # both hosts did take part
    engine = create_engine(pg_url)
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(OutboxItem)
                            .where(OutboxItem.status != "sent")).scalar() == 0
    engine.dispose()


# --- incoming mail: each processed by one host only ------------------------------------------

def _process_all(config: str, start: object) -> int:
    from mailhandler.runners.incoming import process_pending

    ctx = open_context(load_config(Path(config)))
    start.wait()  # type: ignore[attr-defined]
    while process_pending(ctx, budget=10):
        pass
    ctx.store.engine.dispose()
    return 0


def test_two_hosts_processing_the_same_stored_mail_confirm_and_forward_each_once(
        tmp_path: Path, pg_url: str) -> None:
    config = _config(tmp_path, pg_url)
    store = open_store(load_config(config))
    mail = fixture_bytes("spine/seeker_gmail.eml")
    senders = [f"schrijver{n}@gezin.example" for n in range(40)]
    store.accept_many([(mail.replace(b"sam.peeters@gezin-peeters.example", s.encode()),
                        Envelope(s, (HELPLINE,)), "smtp") for s in senders])
    store.engine.dispose()
    start = SPAWN.Barrier(2)
    hosts = [SPAWN.Process(target=_process_all, args=(str(config), start)) for _ in (1, 2)]
    for host in hosts:
        host.start()
    for host in hosts:
        host.join(180)
        assert host.exitcode == 0

    store = open_store(load_config(config))
    with store.reading() as s:
        kinds = dict(s.execute(select(OutboxItem.kind, func.count())
                               .group_by(OutboxItem.kind)).all())
        rcpts = sorted(store.vault.decrypt_text(item.key_id, item.rcpt_enc) for item in
                       s.scalars(select(OutboxItem).where(OutboxItem.kind == "confirmation")))
        statuses = set(s.scalars(select(InboundMail.status).distinct()))
        forwarded = list(s.scalars(select(OutboxItem.conversation_id)
                                   .where(OutboxItem.kind == "forward")))
    store.engine.dispose()
    assert statuses == {"done"}
    assert rcpts == sorted(senders)  # one confirmation each, none twice
    # One forward per conversation, to the one volunteer it was given to; none twice.
    assert kinds == {"confirmation": 40, "forward": 40}
    assert len(set(forwarded)) == 40


# --- scheduled jobs: once per due moment across hosts ----------------------------------------

def _installed_long_ago(config: Path) -> None:
    store = open_store(load_config(config))
    with store.transaction() as s:
        s.add(JobRun(job="install", at=datetime(2026, 1, 1), counts="{}"))
    store.engine.dispose()


def test_a_job_another_host_is_running_is_left_to_it_and_not_run_again_after(
        tmp_path: Path, pg_url: str) -> None:
    config = _config(tmp_path, pg_url)
    _installed_long_ago(config)
    cfg = load_config(config)
    # Tomorrow at noon: the purge of 03:30 that day is due (a job records its run at the
    # real time, so the clock in our hands runs ahead of it, never behind).
    now = (utcnow() + timedelta(days=1)).replace(hour=12, minute=0)
    other = create_engine(pg_url)
    # Raw SQL on purpose: another host in the middle of its purge, holding its lock.
    with other.connect() as conn:
        conn.execute(text("SELECT pg_advisory_lock(:n)"), {"n": lock_number("purge")})
        store = open_store(cfg)
        assert "purge" not in Scheduler(cfg, store, clock=lambda: now).run_due()
        with store.reading() as s:
            assert s.scalar(select(func.count()).select_from(JobRun)
                            .where(JobRun.job == "purge")) == 0
        conn.execute(text("SELECT pg_advisory_unlock(:n)"), {"n": lock_number("purge")})
    other.dispose()

    assert "purge" in Scheduler(cfg, store, clock=lambda: now).run_due()
    # A third host, its clock a little ahead: the same due moment, already done.
    later = now + timedelta(minutes=7)
    assert "purge" not in Scheduler(cfg, store, clock=lambda: later).run_due()
    # The next day's purge is a new due moment.
    assert "purge" in Scheduler(cfg, store, clock=lambda: now + timedelta(days=1)).run_due()
    with store.reading() as s:
        assert s.scalar(select(func.count()).select_from(JobRun)
                        .where(JobRun.job == "purge")) == 2
        assert s.scalar(select(func.count()).select_from(ScheduledRun)) == 2
    store.engine.dispose()


def _tick_at(config: str, moments: list[datetime], start: object, ran: object) -> None:
    store = open_store(load_config(Path(config)))
    for moment in moments:
        start.wait()  # type: ignore[attr-defined]
        for job in Scheduler(load_config(Path(config)), store, clock=lambda m=moment: m).run_due():
            ran.put((job, moment))  # type: ignore[attr-defined]
    store.engine.dispose()


def test_two_hosts_whose_purge_falls_due_together_run_it_once_each_day(
        tmp_path: Path, pg_url: str) -> None:
    config = _config(tmp_path, pg_url)
    _installed_long_ago(config)
    first = (utcnow() + timedelta(days=1)).replace(hour=4, minute=0, second=0, microsecond=0)
    days = [first + timedelta(days=n) for n in range(4)]  # each after that day's 03:30 purge
    start, ran = SPAWN.Barrier(2), SPAWN.Queue()
    hosts = [SPAWN.Process(target=_tick_at, args=(str(config), days, start, ran))
             for _ in (1, 2)]
    for host in hosts:
        host.start()
    for host in hosts:
        host.join(120)
        assert host.exitcode == 0
    runs = []
    while not ran.empty():
        runs.append(ran.get())
    assert sorted(moment for job, moment in runs if job == "purge") == days
    engine = create_engine(pg_url)
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(JobRun)
                            .where(JobRun.job == "purge")).scalar() == len(days)
    engine.dispose()
