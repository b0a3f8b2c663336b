"""Reading one year's contact records (store/contacts): the report's only source.

Nothing but the `contacts` table is read, so the report is the same before and after
the year-end wipe, and it can never show anything the wipe was meant to remove.
"""

from __future__ import annotations

from mailhandler.report.data import ContactFacts
from mailhandler.store import contacts
from mailhandler.store.contacts import Database


def contacts_of_year(database: Database, year: int) -> list[ContactFacts]:
    """The contact records whose day falls in the helpline's calendar year `year`."""
    return [
        ContactFacts(
            channel=c.channel, day=c.day, language=c.language,
            themes=tuple(t for t in c.themes.split(",") if t),
            messages_in=c.messages_in, messages_out=c.messages_out,
            first_answer=c.first_answer, closed=c.closed,
        )
        for c in contacts.contacts_of_year(database, year)
    ]
