"""The anonymous contact records of one year: the annual report's only source (report/).

Nothing but the `contacts` table is read, so the report is the same before and after
the year-end wipe, and it can never show anything the wipe was meant to remove.
"""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from mailhandler.store.models import Contact

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


def contacts_of_year(database: Database, year: int) -> list[ContactRecord]:
    """The contact records whose day falls in the helpline's calendar year `year`."""
    query = (select(Contact)
             .where(Contact.day >= date(year, 1, 1), Contact.day < date(year + 1, 1, 1))
             .order_by(Contact.day, Contact.id))
    with Session(database) as s:
        return [ContactRecord(c.channel, c.day, c.language, c.themes or "",
                              c.messages_in or 0, c.messages_out or 0, c.first_answer,
                              bool(c.closed))
                for c in s.scalars(query)]
