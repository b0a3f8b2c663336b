"""When things must go: the retention policy and the schedule of the purge and the wipe.

Pure functions of the clock and the record of earlier runs, so that a job that was
due while the daemon was down is recognised at the next start, and tests can
move time freely. Stored times are naive UTC; the moments are the helpline's
local ones (its time zone).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

# Time to the first answer is kept only as one of these buckets, never as a time.
ANSWER_BUCKETS: tuple[tuple[str, timedelta], ...] = (
    ("<1h", timedelta(hours=1)),
    ("1-4h", timedelta(hours=4)),
    ("4-24h", timedelta(hours=24)),
    ("1-3d", timedelta(days=3)),
    ("3-7d", timedelta(days=7)),
)
LATE_BUCKET = ">7d"


def answer_bucket(asked: datetime, answered: datetime) -> str:
    waited = answered - asked
    for name, limit in ANSWER_BUCKETS:
        if waited < limit:
            return name
    return LATE_BUCKET


def _utc_naive(moment: datetime) -> datetime:
    return moment.astimezone(UTC).replace(tzinfo=None)


def local_day(moment_utc: datetime, tz: ZoneInfo) -> date:
    return moment_utc.replace(tzinfo=UTC).astimezone(tz).date()


def purge_cutoff(as_of: date, transcript_days: int, tz: ZoneInfo) -> datetime:
    """Transcripts from before this moment (naive UTC) are older than the retention period."""
    start = datetime.combine(as_of - timedelta(days=transcript_days), time(0), tzinfo=tz)
    return _utc_naive(start)


@dataclass(frozen=True)
class Schedule:
    tz: ZoneInfo
    purge_at: time  # every day
    wipe_month: int
    wipe_day: int
    wipe_at: time

    @classmethod
    def parse(cls, tz: ZoneInfo, purge_at: str, wipe_at: str) -> Schedule:
        """From the configuration's "HH:MM" and "MM-DD HH:MM"."""
        day, clock = wipe_at.split()
        month, mday = (int(x) for x in day.split("-"))
        return cls(tz, time.fromisoformat(purge_at), month, mday, time.fromisoformat(clock))

    # Every moment is compared in UTC. Two datetimes in the same zone compare by their
    # wall clocks, which is wrong around the clock changes: 02:30 on the last Sunday of
    # March does not exist, and compared as a wall clock with 03:00 it looked past while
    # it still lay ahead in UTC, so the purge was due again every minute for half an hour.

    def _purge_on(self, day: date) -> datetime:
        """The purge moment of a local day, as naive UTC.

        A time in the spring-forward gap (02:30 when 02:00 jumps to 03:00) is read with
        the offset before the change, so it names the one moment 03:30; a time that
        occurs twice in autumn (fold 0) is its first occurrence. Either way: one moment a day.
        """
        return _utc_naive(datetime.combine(day, self.purge_at, tzinfo=self.tz))

    def last_purge_moment(self, now_utc: datetime) -> datetime:
        today = local_day(now_utc, self.tz)
        moment = self._purge_on(today)
        return moment if moment <= now_utc else self._purge_on(today - timedelta(days=1))

    def next_purge_moment(self, now_utc: datetime) -> datetime:
        """The first purge moment after `now_utc`."""
        today = local_day(now_utc, self.tz)
        moment = self._purge_on(today)
        return moment if moment > now_utc else self._purge_on(today + timedelta(days=1))

    def last_wipe_moment(self, now_utc: datetime) -> datetime:
        year = local_day(now_utc, self.tz).year
        for candidate in (year, year - 1):
            moment = self._wipe_in(candidate)
            if moment <= now_utc:
                return moment
        return self._wipe_in(year - 2)

    def next_wipe_moment(self, now_utc: datetime) -> datetime:
        year = local_day(now_utc, self.tz).year
        moment = self._wipe_in(year)
        return moment if moment > now_utc else self._wipe_in(year + 1)

    def _wipe_in(self, year: int) -> datetime:
        """The wipe moment of a year, as naive UTC."""
        mday = self.wipe_day
        while True:  # 29 February in a common year: the last day of the month
            try:
                return _utc_naive(datetime.combine(date(year, self.wipe_month, mday),
                                                   self.wipe_at, tzinfo=self.tz))
            except ValueError:
                mday -= 1

    def due(self, now_utc: datetime, last_run: dict[str, datetime | None],
            installed_at: datetime) -> list[str]:
        """Jobs whose most recent moment passed since they last ran (or since installation).

        Counting from installation keeps a new install from wiping a mailbox at its
        first start because last 31 December has "passed".
        """
        due = []
        for job, moment in (("wipe", self.last_wipe_moment(now_utc)),
                            ("purge", self.last_purge_moment(now_utc))):
            since = max(filter(None, (last_run.get(job), installed_at)))
            if moment > since:
                due.append(job)
        return due


# A job this late is worth a warning in the log: the scheduler looks every minute, so an
# hour means it failed again and again (a locked or damaged database), not a busy moment.
OVERDUE_AFTER = timedelta(hours=1)


@dataclass(frozen=True)
class JobState:
    """What `mailhandler status` can say of a scheduled job."""

    job: str
    last_run: datetime | None
    next_due: datetime  # naive UTC; in the past when the job is waiting to run
    overdue: bool


def job_states(schedule: Schedule, now_utc: datetime, last_run: dict[str, datetime | None],
               installed_at: datetime) -> list[JobState]:
    """Each job's last run, when it is next due, and whether it is overdue.

    A job that is due and has not run has its due moment in the past; it is overdue
    once that moment is more than OVERDUE_AFTER ago.
    """
    states = []
    for job, next_after in (("wipe", schedule.next_wipe_moment),
                            ("purge", schedule.next_purge_moment)):
        since = max(filter(None, (last_run.get(job), installed_at)))
        # The first moment missed since the last run counts, not the latest: a purge
        # that has not run for three days is overdue since three days, also in the hour
        # after today's moment.
        first_missed = next_after(since)
        waiting = first_missed <= now_utc
        states.append(JobState(job, last_run.get(job),
                               first_missed if waiting else next_after(now_utc),
                               waiting and now_utc - first_missed > OVERDUE_AFTER))
    return states
