"""The annual report's numbers: pure aggregation of anonymous contact records.

The input is the contact records of one calendar year (the helpline's calendar, since
`Contact.day` is the helpline's local day), in the form of `ContactFacts`: the fields of
the record the report counts, nothing else. The output is a frozen `Report` with exact
counts; hiding small counts (`<5`) is the renderers' job, because only the public formats
hide them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from types import MappingProxyType

from mailhandler.core.retention import ANSWER_BUCKETS, LATE_BUCKET

CHANNELS = ("mail", "chat", "phone")
MONTHS = tuple(f"{m:02d}" for m in range(1, 13))
FIRST_ANSWER_BUCKETS = (*(name for name, _ in ANSWER_BUCKETS), LATE_BUCKET)
# Counts from 1 to SMALL - 1 are shown as "<5" in the public formats.
SMALL = 5


@dataclass(frozen=True)
class ContactFacts:
    """What the report reads of one contact record."""

    channel: str
    day: date
    language: str
    themes: tuple[str, ...]
    messages_in: int
    messages_out: int
    first_answer: str | None
    closed: bool


def _frozen(items: Iterable[tuple[str, int]]) -> Mapping[str, int]:
    return MappingProxyType(dict(items))


@dataclass(frozen=True)
class Report:
    """One year's counts. Every mapping keeps the order in which it is shown."""

    year: int
    conversations: int
    channels: Mapping[str, int]
    themes: Mapping[str, int]  # the themes that came up most first
    months: Mapping[str, int]  # "01".."12"
    first_answer: Mapping[str, int]  # answered mail conversations, by bucket
    languages: Mapping[str, int]
    open: int
    closed: int
    messages_in: int
    messages_out: int

    def as_dict(self) -> dict[str, object]:
        """Exact counts, with the keys of CONTRACT.md (the JSON form)."""
        return {
            "year": self.year,
            "conversations": self.conversations,
            "channels": dict(self.channels),
            "themes": dict(self.themes),
            "months": dict(self.months),
            "first_answer": dict(self.first_answer),
            "languages": dict(self.languages),
            "open": self.open,
            "closed": self.closed,
            "messages": {"in": self.messages_in, "out": self.messages_out},
        }


def is_small(count: int) -> bool:
    """A count a public report must not show as it is: 1 to 4 (0 says nothing about anyone)."""
    return 0 < count < SMALL


def ranked_themes(counts: Mapping[str, int], order: Sequence[str],
                  public: bool = False) -> list[str]:
    """Themes that came up most first; ties in the configured order, unknown ones last.

    In a public ranking every small count weighs the same, so the order of the `<5`
    themes does not tell which of them came up more often.
    """
    position = {key: i for i, key in enumerate(order)}

    def weight(key: str) -> int:
        count = counts[key]
        return 1 if public and is_small(count) else count

    return sorted(counts, key=lambda k: (-weight(k), position.get(k, len(position)), k))


def aggregate(year: int, contacts: Iterable[ContactFacts], themes: Sequence[str]) -> Report:
    """The report of `year` from the contact records (those of other years are ignored).

    Every configured theme, channel, month and answer bucket is present, with 0 when
    nothing was counted, so that a chart has one bar for each. Themes recorded under a
    key the configuration no longer lists are still counted, after the configured ones.
    """
    rows = [c for c in contacts if c.day.year == year]
    channel_counts = Counter(c.channel for c in rows)
    theme_counts: Counter[str] = Counter()
    for c in rows:
        theme_counts.update({t for t in c.themes if t})  # a theme counts once per contact
    month_counts = Counter(f"{c.day.month:02d}" for c in rows)
    answer_counts = Counter(c.first_answer for c in rows if c.first_answer)
    language_counts = Counter(c.language for c in rows)

    channels = [*CHANNELS, *sorted(set(channel_counts) - set(CHANNELS))]
    all_themes = {key: theme_counts.get(key, 0) for key in themes}
    all_themes.update((key, n) for key, n in sorted(theme_counts.items()) if key not in all_themes)
    buckets = [*FIRST_ANSWER_BUCKETS,
               *sorted(set(answer_counts) - set(FIRST_ANSWER_BUCKETS))]
    closed = sum(1 for c in rows if c.closed)
    return Report(
        year=year,
        conversations=len(rows),
        channels=_frozen((ch, channel_counts.get(ch, 0)) for ch in channels),
        themes=_frozen((key, all_themes[key]) for key in ranked_themes(all_themes, themes)),
        months=_frozen((m, month_counts.get(m, 0)) for m in MONTHS),
        first_answer=_frozen((b, answer_counts.get(b, 0)) for b in buckets),
        languages=_frozen(sorted(language_counts.items())),
        open=len(rows) - closed,
        closed=closed,
        messages_in=sum(c.messages_in for c in rows),
        messages_out=sum(c.messages_out for c in rows),
    )
