"""The anonymous annual report: counts of contacts over all channels, from metadata alone.

`data` aggregates contact records into a frozen `Report` (pure), `load` reads the
records of one year, `wording` finds the helpline's words for themes and headings,
and `render` writes the report as json, csv, md or html.
"""

from __future__ import annotations

from mailhandler.config import Config
from mailhandler.report.data import Report, aggregate
from mailhandler.report.load import contacts_of_year
from mailhandler.store.contacts import Database

FORMATS = ("json", "csv", "md", "html")
PUBLIC_FORMATS = ("md", "html")  # counts under 5 shown as "<5" unless --exact


def build_report(database: Database, cfg: Config, year: int) -> Report:
    return aggregate(year, contacts_of_year(database, year), cfg.themes)


__all__ = ["FORMATS", "PUBLIC_FORMATS", "Report", "build_report"]
