"""Small things the CLI says instead of nothing (or instead of a misleading message)."""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from mailhandler.store.contacts import YearFacts


def unknown_option(parser: argparse.ArgumentParser, argv: Sequence[str]) -> str | None:
    """An option before the command that mailhandler does not know (`--frobnicate`).

    argparse would first complain that the command is missing, which sends the admin
    looking in the wrong place."""
    known = parser._option_string_actions  # the options of the top level
    takes_value = {name for name, action in known.items() if action.nargs != 0}
    skip = False
    for arg in argv:
        if skip:
            skip = False
            continue
        if not arg.startswith("-") or arg == "-":
            return None  # the command: its own parser judges the rest
        name = arg.split("=", 1)[0]
        if name not in known:
            # argparse takes an unambiguous abbreviation (--conf for --config): so do we.
            matches = [k for k in known if k.startswith(name) and name.startswith("--")]
            if len(matches) != 1:
                return arg
            name = matches[0]
        skip = name in takes_value and "=" not in arg
    return None


def empty_year(facts: YearFacts, year: int) -> str | None:
    """Why a report of `year` is all zeros, when it is: None if it has contacts."""
    if facts.contacts:
        return None
    years = [d.year for d in (facts.installed, facts.first_day) if d is not None]
    if not years:
        return f"no data for {year}: nothing has been recorded yet"
    if year < min(years):
        return f"no data for {year}: the first data is from {min(years)}"
    return f"no contacts recorded in {year}"
