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

    def last_purge_moment(self, now_utc: datetime) -> datetime:
        local = now_utc.replace(tzinfo=UTC).astimezone(self.tz)
        moment = datetime.combine(local.date(), self.purge_at, tzinfo=self.tz)
        if moment > local:
            moment -= timedelta(days=1)
        return _utc_naive(moment)

    def last_wipe_moment(self, now_utc: datetime) -> datetime:
        local = now_utc.replace(tzinfo=UTC).astimezone(self.tz)
        for year in (local.year, local.year - 1):
            moment = self._wipe_in(year)
            if moment <= local:
                return _utc_naive(moment)
        return _utc_naive(self._wipe_in(local.year - 2))

    def next_wipe_moment(self, now_utc: datetime) -> datetime:
        local = now_utc.replace(tzinfo=UTC).astimezone(self.tz)
        moment = self._wipe_in(local.year)
        if moment <= local:
            moment = self._wipe_in(local.year + 1)
        return _utc_naive(moment)

    def _wipe_in(self, year: int) -> datetime:
        mday = self.wipe_day
        while True:  # 29 February in a common year: the last day of the month
            try:
                return datetime.combine(date(year, self.wipe_month, mday), self.wipe_at,
                                        tzinfo=self.tz)
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
