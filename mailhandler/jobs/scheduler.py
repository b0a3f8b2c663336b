"""The scheduler inside `serve`: the daily purge and the year-end wipe, caught up after downtime,
and the duty job (jobs/duty) at every tick.

A tick every minute; what is due is decided by the pure `Schedule.due` against the
recorded runs, so a purge or wipe missed while the daemon was down runs at the next
start, and exactly once. A tick never lets an error through: a database locked for
minutes or a damaged page must not stop the thread, or the purge and the wipe would
silently never run again. The error is logged (its type only) and the job is tried
again at the next tick; a due job that has still not run an hour later is reported
with a WARNING, and `job_status` tells where each job stands. Hosts sharing one
PostgreSQL database run each job once between them (store/schedule.run_once).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import UTC, datetime
from functools import partial

from mailhandler.config import Config
from mailhandler.core.retention import JobState, Schedule, job_states, local_day
from mailhandler.handlers import Context
from mailhandler.jobs.duty import run_duty
from mailhandler.jobs.mailboxes import clean_volunteer_mailboxes
from mailhandler.jobs.purge import purge
from mailhandler.jobs.wipe import destroy_unused_keys, wipe
from mailhandler.store.db import utcnow
from mailhandler.store.repository import Store
from mailhandler.store.schedule import installed_at, last_runs, recorded_install, run_once
from mailhandler.texts import Texts

log = logging.getLogger("mailhandler.scheduler")

TICK_SECONDS = 60.0


def job_status(store: Store, cfg: Config, now: datetime | None = None) -> list[JobState]:
    """Each scheduled job's last run, next due moment and whether it is overdue (for `status`)."""
    installed = recorded_install(store)
    now = now or utcnow()
    schedule = Schedule.parse(cfg.helpline.tz, cfg.purge_at, cfg.wipe_at)
    return job_states(schedule, now, last_runs(store), installed or now)


class Scheduler:
    def __init__(self, cfg: Config, store: Store, clock: Callable[[], datetime] = utcnow,
                 tick_seconds: float = TICK_SECONDS) -> None:
        # Nothing is read here: the database may be locked at start, and a constructor
        # that raises would take the daemon down with it.
        self.cfg = cfg
        self.store = store
        self.clock = clock
        self.tick_seconds = tick_seconds
        self.schedule = Schedule.parse(cfg.helpline.tz, cfg.purge_at, cfg.wipe_at)
        self._started = clock()
        self._installed: datetime | None = None
        self._known_runs: dict[str, datetime | None] = {}
        self._keys_pending = True  # at start, and after every purge, until it has worked
        self._warned: set[tuple[str, datetime]] = set()
        self._ctx: Context | None = None

    def run_due(self) -> list[str]:
        """Run the jobs that are due; an error in one job does not keep the other from running.

        Raises only when the schedule's own bookkeeping cannot be read (the caller,
        `tick`, logs it and tries again at the next tick).
        """
        now = self.clock()
        if self._installed is None:
            self._installed = installed_at(self.store)
        self._known_runs = last_runs(self.store)
        ran = []
        for job in self.schedule.due(now, self._known_runs, self._installed):
            try:
                if not run_once(self.store, job, self._due_moment(job, now),
                                partial(self._run, job, now)):
                    log.info("%s: done by another host", job)  # store/schedule.run_once
                    continue
                ran.append(job)
                self._known_runs[job] = now
            except Exception as exc:  # tried again at the next tick
                log.error("%s failed (%s), will retry", job, type(exc).__name__)
        if self.cfg.volunteer_mailboxes is not None:
            try:  # those a purge or wipe could not clean, when their next try is due
                clean_volunteer_mailboxes(self.store, self.cfg, now)
            except Exception as exc:
                log.error("cleaning volunteers' mailboxes failed (%s), will retry",
                          type(exc).__name__)
        try:
            run_duty(self._context(), now)  # nobody forgotten (jobs/duty), every tick
        except Exception as exc:
            log.error("duty failed (%s), will retry", type(exc).__name__)
        if self._keys_pending:
            try:
                destroy_unused_keys(self.store)
                self._keys_pending = False
            except Exception as exc:
                log.error("destroying unused keys failed (%s), will retry",
                          type(exc).__name__)
        return ran

    def _due_moment(self, job: str, now: datetime) -> datetime:
        if job == "wipe":
            return self.schedule.last_wipe_moment(now)
        return self.schedule.last_purge_moment(now)

    def _run(self, job: str, now: datetime) -> None:
        if job == "wipe":
            wipe(self.store, self.cfg)
        else:
            purge(self.store, self.cfg, local_day(now, self.cfg.helpline.tz))
            self._keys_pending = True

    def _context(self) -> Context:
        if self._ctx is None:
            texts = Texts(self.cfg.helpline.language, self.cfg.helpline.templates_dir)
            self._ctx = Context(cfg=self.cfg, store=self.store, texts=texts)
        return self._ctx

    def tick(self) -> list[str]:
        """One look at the schedule; never raises, so the thread outlives any error."""
        ran: list[str] = []
        try:
            ran = self.run_due()
        except Exception as exc:
            log.error("scheduler: %s, will retry at the next tick", type(exc).__name__)
        self._report_overdue()
        return ran

    def states(self) -> list[JobState]:
        """Where each job stands, from what the scheduler last read (no database access)."""
        return job_states(self.schedule, self.clock(), self._known_runs,
                          self._installed or self._started)

    def _report_overdue(self) -> None:
        for state in self.states():
            if state.overdue and (state.job, state.next_due) not in self._warned:
                self._warned.add((state.job, state.next_due))
                due = state.next_due.replace(tzinfo=UTC).astimezone(self.cfg.helpline.tz)
                log.warning("%s is overdue: due since %s and not run (see the errors above)",
                            state.job, due.strftime("%Y-%m-%d %H:%M %Z"))

    def loop(self, stopping: threading.Event) -> None:
        self.tick()  # catch up on what was due while we were down
        upcoming = self.schedule.next_wipe_moment(self.clock()).replace(tzinfo=UTC)
        log.info("scheduler: next wipe at %s", upcoming.astimezone(self.cfg.helpline.tz)
                 .strftime("%Y-%m-%d %H:%M %Z"))
        while not stopping.wait(timeout=self.tick_seconds):
            self.tick()
