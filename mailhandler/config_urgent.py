"""The [urgent] table: detection of urgent mail, the crisis lines, the reading hours.

Its own module so that config.py only calls it; the keys themselves are in config_schema.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from mailhandler.config_schema import default
from mailhandler.core import reading_hours
from mailhandler.core.urgent import BadPhrase, PhraseList


@dataclass(frozen=True)
class Urgent:
    detect: bool = default("urgent.detect")
    phrases: tuple[str, ...] = ()  # on top of templates/<lang>/urgent.toml
    crisis_lines: str | None = None  # None: the language's text in templates/<lang>/urgent.toml
    reading_hours: tuple[reading_hours.Window, ...] = field(default=())


def parse_urgent(reader: Any) -> Urgent:
    """The [urgent] table from a config._Reader (an empty one when the file has none)."""
    phrases = tuple(reader.get("phrases"))
    try:
        PhraseList.of(phrases)
    except BadPhrase as exc:
        raise reader.fail("phrases", str(exc)) from None
    try:
        hours = reading_hours.parse(list(reader.get("reading_hours")))
    except ValueError as exc:
        raise reader.fail("reading_hours", str(exc)) from None
    return Urgent(detect=reader.flag("detect"), phrases=phrases,
                  crisis_lines=reader.opt_text("crisis_lines"), reading_hours=hours)
