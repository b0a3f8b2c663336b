"""Reading one year's contact records from the database: the report's only source.

Nothing but the `contacts` table is read, so the report is the same before and after
the year-end wipe, and it can never show anything the wipe was meant to remove.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from mailhandler.report.data import ContactFacts
from mailhandler.store.models import Contact


def contacts_of_year(engine: Engine, year: int) -> list[ContactFacts]:
    """The contact records whose day falls in the helpline's calendar year `year`."""
    query = (select(Contact)
             .where(Contact.day >= date(year, 1, 1), Contact.day < date(year + 1, 1, 1))
             .order_by(Contact.day, Contact.id))
    with Session(engine) as s:
        return [
            ContactFacts(
                channel=c.channel, day=c.day, language=c.language,
                themes=tuple(t for t in (c.themes or "").split(",") if t),
                messages_in=c.messages_in or 0, messages_out=c.messages_out or 0,
                first_answer=c.first_answer, closed=bool(c.closed),
            )
            for c in s.scalars(query)
        ]
