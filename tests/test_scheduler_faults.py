"""The purge and the wipe keep their schedule through database faults and clock changes."""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import delete, select
from sqlalchemy.exc import DatabaseError

from mailhandler.core.retention import OVERDUE_AFTER, Schedule, job_states
from mailhandler.jobs import scheduler as scheduler_module
from mailhandler.jobs.scheduler import Scheduler, job_status
from mailhandler.store.db import utcnow
from mailhandler.store.models import JobRun
from tests.conftest import wait_for

BRUSSELS = ZoneInfo("Europe/Brussels")


def utc(local: str, fold: int = 0) -> datetime:
    moment = datetime.fromisoformat(local).replace(tzinfo=BRUSSELS, fold=fold)
    return moment.astimezone(UTC).replace(tzinfo=None)


def _runs_through(schedule: Schedule, start: datetime, end: datetime) -> list[datetime]:
    """Tick every minute from start to end like the daemon, recording each purge it runs."""
    installed = start - timedelta(days=30)
    last: dict[str, datetime | None] = {"purge": schedule.last_purge_moment(start)}
    runs = []
    now = start
    while now <= end:
        if "purge" in schedule.due(now, last, installed):
            runs.append(now)
            last["purge"] = now
        now += timedelta(minutes=1)
    return runs


# --- point 2: the clock changes ------------------------------------------------------------------


def test_a_purge_time_in_the_spring_forward_gap_runs_once_not_every_minute() -> None:
    # 29 March 2026, Brussels: 02:00 CET jumps to 03:00 CEST; 02:30 does not exist.
    schedule = Schedule.parse(BRUSSELS, "02:30", "12-31 23:00")
    runs = _runs_through(schedule, utc("2026-03-28 23:00"), utc("2026-03-29 12:00"))
    assert runs == [utc("2026-03-29 03:30")]  # the gap's 02:30 read as 02:30 CET = 03:30 CEST


def test_a_purge_time_that_occurs_twice_in_autumn_runs_once() -> None:
    # 25 October 2026, Brussels: 03:00 CEST falls back to 02:00 CET; 02:30 comes twice.
    schedule = Schedule.parse(BRUSSELS, "02:30", "12-31 23:00")
    runs = _runs_through(schedule, utc("2026-10-24 23:00"), utc("2026-10-25 12:00"))
    assert runs == [utc("2026-10-25 02:30", fold=0)]


def test_the_purge_runs_once_a_day_across_both_clock_changes() -> None:
    schedule = Schedule.parse(BRUSSELS, "02:30", "12-31 23:00")
    for first, last in (("2026-03-27 12:00", "2026-03-31 12:00"),
                        ("2026-10-23 12:00", "2026-10-27 12:00")):
        runs = _runs_through(schedule, utc(first), utc(last))
        assert len(runs) == 4
        assert len({r.replace(tzinfo=UTC).astimezone(BRUSSELS).date() for r in runs}) == 4


def test_the_next_purge_moment_skips_the_gap_to_one_moment() -> None:
    schedule = Schedule.parse(BRUSSELS, "02:30", "12-31 23:00")
    assert schedule.next_purge_moment(utc("2026-03-29 01:59")) == utc("2026-03-29 03:30")
    assert schedule.next_purge_moment(utc("2026-03-29 03:30")) == utc("2026-03-30 02:30")


# --- point 1: overdue jobs -----------------------------------------------------------------------


def test_a_due_job_is_overdue_only_an_hour_after_its_moment() -> None:
    schedule = Schedule.parse(BRUSSELS, "03:30", "12-31 23:00")
    installed = utc("2026-01-01 10:00")
    ran = {"purge": utc("2026-06-10 03:30")}
    states = {s.job: s for s in job_states(schedule, utc("2026-06-11 04:00"), ran, installed)}
    assert states["purge"].next_due == utc("2026-06-11 03:30")  # due, waiting
    assert not states["purge"].overdue
    late = utc("2026-06-11 03:30") + OVERDUE_AFTER + timedelta(minutes=1)
    states = {s.job: s for s in job_states(schedule, late, ran, installed)}
    assert states["purge"].overdue and states["purge"].last_run == ran["purge"]
    assert states["wipe"].next_due == utc("2026-12-31 23:00") and not states["wipe"].overdue
    ran["purge"] = late
    states = {s.job: s for s in job_states(schedule, late, ran, installed)}
    assert states["purge"].next_due == utc("2026-06-12 03:30") and not states["purge"].overdue


# --- point 1: faults in the database --------------------------------------------------------------


def _installed_days_ago(ctx, days: int) -> None:
    with ctx.store.transaction() as s:
        s.add(JobRun(job="install", at=utcnow() - timedelta(days=days), counts=json.dumps({})))


def _purges(ctx) -> int:
    with ctx.store.reading() as s:
        return len(s.scalars(select(JobRun).where(JobRun.job == "purge")).all())


def _purge_due_two_hours_ago(scheduler: Scheduler) -> None:
    """A purge time two hours back: due now, and overdue (whatever the test's wall clock)."""
    local = (datetime.now(UTC) - timedelta(hours=2)).astimezone(BRUSSELS)
    scheduler.schedule = Schedule.parse(BRUSSELS, local.strftime("%H:%M"), "12-31 23:00")


@pytest.fixture
def running(context):
    """Start a scheduler thread ticking fast; stop it at the end."""
    stopping = threading.Event()
    threads: list[threading.Thread] = []

    def start(scheduler: Scheduler) -> threading.Thread:
        thread = threading.Thread(target=scheduler.loop, args=(stopping,), daemon=True)
        threads.append(thread)
        thread.start()
        return thread

    yield start
    stopping.set()
    for thread in threads:
        thread.join(timeout=30)


def test_the_scheduler_survives_a_database_locked_past_its_tick_and_purges_after(
        context, running, caplog) -> None:
    caplog.set_level(logging.INFO, logger="mailhandler")
    _installed_days_ago(context, 3)
    scheduler = Scheduler(context.cfg, context.store, tick_seconds=0.2)
    _purge_due_two_hours_ago(scheduler)
    with context.store.transaction() as s:  # ran a moment ago: the first tick has nothing to do
        s.add(JobRun(job="purge", at=utcnow(), counts="{}"))
    assert scheduler.tick() == []
    with context.store.transaction() as s:  # ...and now it has not: due two hours ago
        s.execute(delete(JobRun).where(JobRun.job == "purge"))
    db = context.cfg.storage.database.removeprefix("sqlite:///")
    # Raw SQLite on purpose: another process holding the write lock, for minutes.
    other = sqlite3.connect(db, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        thread = running(scheduler)
        wait_for(lambda: "OperationalError" in caplog.text, 40, "the failure")
        wait_for(lambda: "purge is overdue" in caplog.text, 40, "the overdue warning")
        assert _purges(context) == 0
        assert thread.is_alive()
    finally:
        other.execute("ROLLBACK")
        other.close()
    wait_for(lambda: _purges(context) == 1, 40, "the purge after the lock is gone")
    assert thread.is_alive()
    assert caplog.text.count("purge is overdue") == 1  # once, not every tick
    assert "@" not in caplog.text


def test_the_scheduler_survives_a_damaged_page_in_the_key_cleanup(
        context, running, caplog, monkeypatch) -> None:
    caplog.set_level(logging.INFO, logger="mailhandler")
    _installed_days_ago(context, 3)
    real = scheduler_module.destroy_unused_keys
    calls = {"failed": 0, "done": 0}

    def damaged_then_repaired(store) -> int:  # a bad page cannot be made on demand
        if calls["failed"] < 3:
            calls["failed"] += 1
            raise DatabaseError("SELECT ...", None,
                                sqlite3.DatabaseError("database disk image is malformed"))
        calls["done"] += 1
        return real(store)

    monkeypatch.setattr(scheduler_module, "destroy_unused_keys", damaged_then_repaired)
    scheduler = Scheduler(context.cfg, context.store, tick_seconds=0.05)
    _purge_due_two_hours_ago(scheduler)
    thread = running(scheduler)
    wait_for(lambda: calls["done"] == 1, 20, "the key cleanup once the fault is gone")
    assert _purges(context) == 1  # the purge ran despite the failing cleanup, and once
    assert "destroying unused keys failed (DatabaseError), will retry" in caplog.text
    assert thread.is_alive()


def test_the_bookkeeping_failing_at_every_tick_does_not_stop_the_thread(
        context, running, caplog, monkeypatch) -> None:
    caplog.set_level(logging.INFO, logger="mailhandler")
    _installed_days_ago(context, 3)
    broken = {"on": True}
    real = scheduler_module.last_runs

    def last_runs(store):
        if broken["on"]:
            raise DatabaseError("SELECT ...", None, sqlite3.DatabaseError("disk I/O error"))
        return real(store)

    monkeypatch.setattr(scheduler_module, "last_runs", last_runs)
    scheduler = Scheduler(context.cfg, context.store, tick_seconds=0.05)
    _purge_due_two_hours_ago(scheduler)
    thread = running(scheduler)
    wait_for(lambda: caplog.text.count("scheduler: DatabaseError, will retry") >= 3, 20, "ticks")
    broken["on"] = False
    wait_for(lambda: _purges(context) == 1, 20, "the purge")
    assert thread.is_alive()


def test_job_status_tells_each_jobs_last_run_and_next_moment(context) -> None:
    _installed_days_ago(context, 3)
    now = utcnow()
    states = {s.job: s for s in job_status(context.store, context.cfg, now)}
    assert states["purge"].last_run is None and states["purge"].next_due <= now
    assert states["wipe"].next_due > now and not states["wipe"].overdue
