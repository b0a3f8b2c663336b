"""The anonymous contact rows the admin commands write and ask about (`register`, `report`).

A contact row holds what the annual report counts and nothing else: no time of day, no
caller, no volunteer (models.Contact).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Engine, func, select

from mailhandler.store.models import Contact, JobRun
from mailhandler.store.repository import Store


def register_contact(store: Store, channel: str, day: date, language: str,
                     themes: list[str]) -> None:
    """Record a closed contact from another channel (chat, phone) on `day`."""
    with store.transaction() as s:
        s.add(Contact(channel=channel, day=day, language=language, themes=",".join(themes),
                      messages_in=0, messages_out=0, first_answer=None, closed=True))


@dataclass(frozen=True)
class YearFacts:
    """What says why a year's report is empty: its contacts, and when recording began."""

    contacts: int
    installed: datetime | None  # the install job's first run
    first_day: date | None  # the first contact's day, of any year


def year_facts(engine: Engine, year: int) -> YearFacts:
    with engine.connect() as conn:
        contacts = conn.scalar(select(func.count()).select_from(Contact).where(
            func.extract("year", Contact.day) == year)) or 0
        if contacts:
            return YearFacts(contacts, None, None)
        installed = conn.scalar(select(func.min(JobRun.at)).where(JobRun.job == "install"))
        first_day = conn.scalar(select(func.min(Contact.day)))
    return YearFacts(0, installed, first_day)
