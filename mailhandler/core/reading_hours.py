"""The hours the helpline's mail is read, per weekday, and whether a moment falls in them.

Written as ["mon-fri 09:00-21:00", "sat 10:00-16:00"]: days (mon..sun, a range or a comma
list) and a time range in the helpline's time zone; "24:00" is the end of the day, and a
range that ends before it starts runs past midnight ("fri 20:00-02:00"). A confirmation
sent outside these hours says when mail is read again, so a young person who writes at
night does not wait for an answer that cannot come before morning.

Pure: the caller passes the local time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_ENTRY = re.compile(r"^\s*([a-z,\-]+)\s+(\d\d):(\d\d)\s*-\s*(\d\d):(\d\d)\s*$")


@dataclass(frozen=True)
class Window:
    day: int  # 0 = Monday
    start: int  # minutes after midnight
    end: int  # minutes after midnight of `day`; past 1440 runs into the next day


def _days(spec: str) -> list[int]:
    found: list[int] = []
    for item in spec.split(","):
        first, _, last = item.partition("-")
        if first not in DAYS or (last and last not in DAYS):
            raise ValueError(f"{item!r}: days are mon, tue, wed, thu, fri, sat, sun")
        a, b = DAYS.index(first), DAYS.index(last or first)
        found.extend(DAYS.index(d) % 7 for d in (DAYS * 2)[a:a + (b - a) % 7 + 1])
    return found


def parse(entries: list[str]) -> tuple[Window, ...]:
    """The windows of a reading_hours setting; ValueError says which entry is wrong."""
    windows: list[Window] = []
    for entry in entries:
        m = _ENTRY.match(entry.lower())
        if not m:
            raise ValueError(f"{entry!r} is not like \"mon-fri 09:00-21:00\"")
        h1, m1, h2, m2 = (int(x) for x in m.groups()[1:])
        if h1 > 23 or m1 > 59 or m2 > 59 or h2 > 24 or (h2 == 24 and m2):
            raise ValueError(f"{entry!r}: not a time of day")
        start, end = h1 * 60 + m1, h2 * 60 + m2
        if end == start:
            raise ValueError(f"{entry!r}: the range is empty")
        if end < start:
            end += 24 * 60  # past midnight
        windows.extend(Window(day, start, end) for day in _days(m.group(1)))
    return tuple(windows)


def _week_minute(local: datetime) -> int:
    return local.weekday() * 1440 + local.hour * 60 + local.minute


def is_read_now(local: datetime, windows: tuple[Window, ...]) -> bool:
    """Whether mail is read at this local time. No windows: the helpline says nothing
    about hours, and every moment counts as read."""
    if not windows:
        return True
    now = _week_minute(local)
    week = 7 * 1440
    return any(w.day * 1440 + w.start <= now + shift < w.day * 1440 + w.end
               for w in windows for shift in (0, week))


def next_reading(local: datetime, windows: tuple[Window, ...]) -> datetime | None:
    """When mail is read again after `local` (itself when it is read now); None without
    windows."""
    if not windows:
        return None
    if is_read_now(local, windows):
        return local
    now = _week_minute(local)
    week = 7 * 1440
    wait = min((w.day * 1440 + w.start - now) % week for w in windows)
    return (local + timedelta(minutes=wait)).replace(second=0, microsecond=0)
