"""The scheduler's records: each job once per due moment across every host, and its runs.

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
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime

from sqlalchemy import Engine, func, select, text
from sqlalchemy.orm import Session

from mailhandler.store.db import utcnow
from mailhandler.store.models import JobRun, ScheduledRun
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


# --- the jobs' runs (job_runs): when each last ran, and since when the database serves ----

def installed_at(store: Store) -> datetime:
    """When this database first served; recorded on the first call."""
    with store.transaction() as s:
        at = s.scalar(select(func.min(JobRun.at)).where(JobRun.job == "install"))
        if at is None:
            at = utcnow()
            s.add(JobRun(job="install", at=at, counts=json.dumps({})))
        return at


def recorded_install(store: Store) -> datetime | None:
    """When this database first served, if recorded (read only: `status` records nothing)."""
    with store.reading() as s:
        return s.scalar(select(func.min(JobRun.at)).where(JobRun.job == "install"))


def last_runs(store: Store) -> dict[str, datetime | None]:
    """Each job's last recorded run."""
    with store.reading() as s:
        rows = s.execute(select(JobRun.job, func.max(JobRun.at)).group_by(JobRun.job)).all()
    return {job: at for job, at in rows}


def record_run(s: Session, job: str, counts: dict[str, int]) -> None:
    """Record, in the job's own transaction, a run of the purge or the wipe and how many
    of what went (never content)."""
    s.add(JobRun(job=job, at=utcnow(), counts=json.dumps(counts)))
