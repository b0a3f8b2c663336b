"""The scheduler inside `serve`: the daily purge and the year-end wipe, caught up after downtime.

`schedule` wakes us every minute; what is due is decided by the pure
`Schedule.due` against the recorded runs, so a purge or wipe missed while the
daemon was down runs at the next start, and exactly once.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable
from datetime import UTC, datetime

import schedule
from sqlalchemy import func, select

from mailhandler.config import Config
from mailhandler.core.retention import Schedule, local_day
from mailhandler.jobs.purge import purge
from mailhandler.jobs.wipe import destroy_unused_keys, wipe
from mailhandler.store.db import utcnow
from mailhandler.store.models import JobRun
from mailhandler.store.repository import Store

log = logging.getLogger("mailhandler.scheduler")


def installed_at(store: Store) -> datetime:
    """When this database first served; recorded on the first call."""
    with store.transaction() as s:
        at = s.scalar(select(func.min(JobRun.at)).where(JobRun.job == "install"))
        if at is None:
            at = utcnow()
            s.add(JobRun(job="install", at=at, counts=json.dumps({})))
        return at


def last_runs(store: Store) -> dict[str, datetime | None]:
    with store.transaction() as s:
        rows = s.execute(select(JobRun.job, func.max(JobRun.at)).group_by(JobRun.job)).all()
    return {job: at for job, at in rows}


class Scheduler:
    def __init__(self, cfg: Config, store: Store,
                 clock: Callable[[], datetime] = utcnow) -> None:
        self.cfg = cfg
        self.store = store
        self.clock = clock
        self.schedule = Schedule.parse(cfg.helpline.tz, cfg.purge_at, cfg.wipe_at)
        self._installed = installed_at(store)
        self._runner = schedule.Scheduler()  # our own, not the library's global one
        self._runner.every(1).minutes.do(self.run_due)

    def run_due(self) -> list[str]:
        now = self.clock()
        ran = []
        for job in self.schedule.due(now, last_runs(self.store), self._installed):
            try:
                if job == "wipe":
                    wipe(self.store, self.cfg)
                else:
                    purge(self.store, self.cfg, local_day(now, self.cfg.helpline.tz))
                    destroy_unused_keys(self.store)
                ran.append(job)
            except Exception as exc:  # tried again at the next wake-up
                log.error("%s failed (%s), will retry", job, type(exc).__name__)
        return ran

    def loop(self, stopping: threading.Event) -> None:
        self.run_due()  # catch up on what was due while we were down
        destroy_unused_keys(self.store)
        upcoming = self.schedule.next_wipe_moment(self.clock()).replace(tzinfo=UTC)
        log.info("scheduler: next wipe at %s", upcoming.astimezone(self.cfg.helpline.tz)
                 .strftime("%Y-%m-%d %H:%M %Z"))
        while not stopping.wait(timeout=5):
            self._runner.run_pending()
