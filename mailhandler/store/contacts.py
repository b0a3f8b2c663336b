"""The anonymous contact records: the annual report's only source (report/), and what the
admin commands write and ask about (`register`, `report`).

A contact row holds what the annual report counts and nothing else: no time of day, no
caller, no volunteer (models.Contact). Nothing but the `contacts` table (and the install
job's first run) is read, so the report is the same before and after the year-end wipe,
and it can never show anything the wipe was meant to remove.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import NamedTuple

from sqlalchemy import ColumnElement, Engine, func, select
from sqlalchemy.orm import Session

from mailhandler.store.models import Contact, JobRun
from mailhandler.store.repository import Store

# An open database (store/db.open_database), as the commands hand it on.
Database = Engine


class ContactRecord(NamedTuple):
    """One contact record as stored: no address, no content (store/models.Contact)."""

    channel: str
    day: date
    language: str
    themes: str  # comma-separated
    messages_in: int
    messages_out: int
    first_answer: str | None
    closed: bool


def _in_year(year: int) -> ColumnElement[bool]:
    """The helpline's calendar year `year`, by the contact's (local) day."""
    return (Contact.day >= date(year, 1, 1)) & (Contact.day < date(year + 1, 1, 1))


def contacts_of_year(database: Database, year: int) -> list[ContactRecord]:
    """The contact records whose day falls in the helpline's calendar year `year`."""
    query = select(Contact).where(_in_year(year)).order_by(Contact.day, Contact.id)
    with Session(database) as s:
        return [ContactRecord(c.channel, c.day, c.language, c.themes or "",
                              c.messages_in or 0, c.messages_out or 0, c.first_answer,
                              bool(c.closed))
                for c in s.scalars(query)]


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
        contacts = conn.scalar(select(func.count()).select_from(Contact)
                               .where(_in_year(year))) or 0
        if contacts:
            return YearFacts(contacts, None, None)
        installed = conn.scalar(select(func.min(JobRun.at)).where(JobRun.job == "install"))
        first_day = conn.scalar(select(func.min(Contact.day)))
    return YearFacts(0, installed, first_day)
