"""Each scheduled job once per due moment across every host sharing the database.

Every host runs a scheduler (the daily purge, the year-end wipe), and every one of them
finds the purge due at 03:30. Before a host runs a job it takes the job's advisory lock
(PostgreSQL), and with the lock held looks for the record of that job for that due
moment (`scheduled_runs`): a host that finds the lock taken leaves the job to the other,
and one that gets the lock after the other finished finds the record and does nothing.
The record is written once the job has done its work, so a host killed mid-job leaves
no record; its lock goes with its database session, and the job runs again at the next
tick of whichever host comes first.

SQLite serves one host: there the lock is not needed; the record is kept all the same.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime

from sqlalchemy import Engine, text

from mailhandler.store.db import utcnow
from mailhandler.store.models import ScheduledRun
from mailhandler.store.repository import Store


def lock_number(job: str) -> int:
    """The job's advisory lock number: stable across hosts and versions, a signed 64-bit int."""
    digest = hashlib.sha256(f"mailhandler job {job}".encode()).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


@contextmanager
def job_lock(engine: Engine, job: str) -> Iterator[bool]:
    """Hold the job's lock for the block if no other host does; yields whether this one does.

    Never waits: a host that finds the lock taken goes on with its other work.
    """
    if engine.dialect.name != "postgresql":
        yield True
        return
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        number = lock_number(job)
        held = bool(conn.execute(text("SELECT pg_try_advisory_lock(:n)"), {"n": number})
                    .scalar())
        try:
            yield held
        finally:
            if held:
                conn.execute(text("SELECT pg_advisory_unlock(:n)"), {"n": number})


def run_once(store: Store, job: str, due_at: datetime, work: Callable[[], object]) -> bool:
    """Run `work` for this job's due moment unless some host has (or is doing it now).

    Returns whether it ran here. An exception from `work` leaves no record: tried again.
    """
    with job_lock(store.engine, job) as mine:
        if not mine:
            return False
        with store.reading() as s:
            if s.get(ScheduledRun, (job, due_at)) is not None:
                return False
        work()
        with store.transaction() as s:
            if s.get(ScheduledRun, (job, due_at)) is None:
                s.add(ScheduledRun(job=job, due_at=due_at, done_at=utcnow()))
        return True
