"""Who is on duty, and who gets a conversation: pure decisions on a snapshot and a clock.

Why one volunteer and not the team: a young person's words copied into every
volunteer's mailbox are out of the helpline's reach, and a mail everybody got is a
mail nobody in particular answers. So a help conversation is with ONE volunteer at a
time (conversations.owner_id), chosen here from those on duty:

- on duty: `volunteer on` / `volunteer off` pin it; otherwise the roster
  (`[duty] roster`) decides, by the helpline's local time. With no roster configured,
  everyone not put off duty is on duty: a fresh install gives each conversation to one
  volunteer from the start, never to the whole team.
- among those on duty and with room (fewer than `max_open_per_volunteer` open
  conversations), the one with the fewest open conversations; on a tie, the one who got
  a conversation longest ago (then the lowest id, so the choice is repeatable).
- nobody on duty or everybody full: the conversation waits in the queue, urgent ones
  first, then the longest waiting, and is given out as soon as someone comes on duty
  or a slot frees (the duty job, jobs/duty.py, looks every minute).
- a conversation whose help-seeker waits longer than `answer_within_hours` for an
  answer goes to the next volunteer on duty (escalation 1), and when that does not
  help either, or nobody is free, to the coordinators (escalation 2).

Nothing here reads a database or a clock: the store builds the snapshot, the caller
passes the time, so every rule is tested with plain values.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, time, timedelta

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")

# Lines a volunteer writes in an answer to act on the conversation; removed like
# `#thema:` before the answer goes out, never reaching the help-seeker.
HAND_BACK = "teruggeven"
CLOSE = "sluiten"
_COMMANDS = {"teruggeven": HAND_BACK, "handback": HAND_BACK, "hand-back": HAND_BACK,
             "sluiten": CLOSE, "close": CLOSE, "fermer": CLOSE, "rendre": HAND_BACK}
_COMMAND_LINE = re.compile(r"^\s*#\s*([a-z-]+)\s*$", re.IGNORECASE)

# On a new owner (hand-over, escalation, reassignment, a reopened conversation): how
# many of the help-seeker's last mails they get, so they can answer without asking
# the young person to tell it all again.
HISTORY = 5


@dataclass(frozen=True)
class Shift:
    """One roster line: who, on which weekdays, from when to when (local time)."""

    who: str  # an address or a nickname, lowercased
    days: frozenset[int]  # 0 = Monday
    start: time
    end: time  # may be before start: the shift runs past midnight

    def covers(self, local: datetime) -> bool:
        clock = local.time().replace(tzinfo=None)
        if self.start <= self.end:
            return local.weekday() in self.days and self.start <= clock < self.end
        # Past midnight: the evening part on its day, the morning part on the day after.
        if clock >= self.start:
            return local.weekday() in self.days
        return clock < self.end and (local.weekday() - 1) % 7 in self.days


def _days(text: str) -> frozenset[int]:
    days: set[int] = set()
    for part in text.lower().split(","):
        if part == "daily":
            days.update(range(7))
            continue
        first, _, last = part.partition("-")
        if first not in WEEKDAYS or (last and last not in WEEKDAYS):
            raise ValueError(f"unknown day {part!r} (use mon..sun, ranges like mon-fri, daily)")
        a = WEEKDAYS.index(first)
        b = WEEKDAYS.index(last) if last else a
        days.update((a + i) % 7 for i in range(((b - a) % 7) + 1))
    return frozenset(days)


def parse_shift(line: str) -> Shift:
    """`WHO DAYS HH:MM-HH:MM`, e.g. "vera@vrijwilligers.example mon-fri 18:00-22:00"."""
    parts = line.split()
    if len(parts) != 3:
        raise ValueError(f"{line!r}: expected \"WHO DAYS HH:MM-HH:MM\"")
    who, days, hours = parts
    found = re.fullmatch(r"([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-4]):([0-5]\d)", hours)
    if not found:
        raise ValueError(f"{line!r}: hours must be like 18:00-22:00")
    h1, m1, h2, m2 = (int(g) for g in found.groups())
    if h2 == 24 and m2:
        raise ValueError(f"{line!r}: hours must be like 18:00-22:00")
    end = time.max if h2 == 24 else time(h2, m2)  # 24:00: to the end of the day
    if (h1, m1) == (h2, m2):
        raise ValueError(f"{line!r}: a shift cannot start when it ends")
    return Shift(who.lower(), _days(days), time(h1, m1), end)


def parse_roster(lines: Iterable[str]) -> tuple[Shift, ...]:
    return tuple(parse_shift(line) for line in lines)


def lines_naming_nobody(roster: Sequence[Shift], names: Iterable[str]) -> list[int]:
    """The roster lines (counted from 1) whose WHO is no known address or nickname.

    Such a shift is silently empty: with a roster, whoever is not on it is off duty,
    so a misspelt address leaves its hours with nobody to give a conversation to."""
    known = {name.lower() for name in names}
    return [number for number, shift in enumerate(roster, 1) if shift.who not in known]


@dataclass(frozen=True)
class Member:
    """What the choice needs of one volunteer (or coordinator); never their mail."""

    id: int
    address: str
    nickname: str
    coordinator: bool
    pinned: bool | None  # `volunteer on` (True) / `volunteer off` (False) / roster (None)
    open: int  # open help conversations they hold
    last_given: datetime | None  # when they last got one

    def on_roster(self, roster: Sequence[Shift], local: datetime) -> bool:
        names = {self.address.lower(), self.nickname.lower()}
        return any(shift.who in names and shift.covers(local) for shift in roster)

    def on_duty(self, roster: Sequence[Shift], local: datetime) -> bool:
        if self.pinned is not None:
            return self.pinned
        if not roster:  # no roster: everybody not put off duty (the default)
            return True
        return self.on_roster(roster, local)


def choose(members: Sequence[Member], roster: Sequence[Shift], local: datetime,
           max_open: int, exclude: Iterable[int] = (), prefer: int | None = None) -> int | None:
    """The volunteer a conversation goes to, or None: it waits in the queue.

    `prefer`: the previous owner of a reopened conversation, who gets it back when on
    duty and not full (the young person writes to someone they know).
    """
    skip = set(exclude)
    free = [m for m in members
            if m.id not in skip and m.open < max_open and m.on_duty(roster, local)]
    if not free:
        return None
    if prefer is not None and any(m.id == prefer for m in free):
        return prefer
    best = min(free, key=lambda m: (m.open, m.last_given or datetime.min, m.id))
    return best.id


@dataclass(frozen=True)
class Waiting:
    """A help conversation in the queue or with someone: what ordering and deadlines need."""

    id: int
    urgent: bool
    waiting_since: datetime | None  # the help-seeker's oldest unanswered mail
    created_at: datetime


def queue_order(items: Iterable[Waiting]) -> list[Waiting]:
    """Urgent first, then the longest waiting (then the oldest conversation)."""
    return sorted(items, key=lambda w: (not w.urgent, w.waiting_since or datetime.max,
                                        w.created_at, w.id))


def plan(queue: Iterable[Waiting], members: Sequence[Member], roster: Sequence[Shift],
         local: datetime, now: datetime, max_open: int) -> list[tuple[int, int]]:
    """Give out waiting conversations in queue order: [(conversation id, volunteer id)].

    Each assignment counts against its volunteer before the next is chosen, so a volunteer
    who comes on duty does not get the whole queue at once.
    """
    team = {m.id: m for m in members}
    given: list[tuple[int, int]] = []
    for item in queue_order(queue):
        chosen = choose(list(team.values()), roster, local, max_open)
        if chosen is None:
            break
        given.append((item.id, chosen))
        team[chosen] = replace(team[chosen], open=team[chosen].open + 1, last_given=now)
    return given


def deadline(waiting_since: datetime | None, assigned_at: datetime | None,
             hours: int) -> datetime | None:
    """When an unanswered conversation is passed on: `hours` after the help-seeker's
    oldest unanswered mail, or after it reached its current volunteer when that was
    later (who just got it has the whole promise to answer). None: nobody waits."""
    if waiting_since is None:
        return None
    start = max(waiting_since, assigned_at) if assigned_at is not None else waiting_since
    return start + timedelta(hours=hours)


def take_commands(text: str) -> tuple[str, frozenset[str]]:
    """The answer's text without its command lines (`#teruggeven`, `#sluiten`), and which.

    Only a line that holds the command alone counts: "#sluiten" inside a sentence is
    the volunteer's words, not an instruction.
    """
    kept: list[str] = []
    found: set[str] = set()
    for line in text.splitlines(keepends=True):
        match = _COMMAND_LINE.match(line)
        if match and match.group(1).lower() in _COMMANDS:
            found.add(_COMMANDS[match.group(1).lower()])
            continue
        kept.append(line)
    return "".join(kept), frozenset(found)


def waiting_for(now: datetime, since: datetime | None) -> str:
    """A waiting time for the queue listing: "3d 4h", "5h 12m", "7m"; "-" when nobody waits."""
    if since is None:
        return "-"
    minutes = max(0, int((now - since).total_seconds() // 60))
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days:
        return f"{days}d {hours}h"
    if hours:
        return f"{hours}h {mins:02d}m"
    return f"{mins}m"
