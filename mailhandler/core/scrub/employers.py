"""Where someone works, in brackets after their name: the role stays, the organisation goes.

Separate because it rewrites a part of a name line, not a name.
"""

from __future__ import annotations

import re

from mailhandler.core.scrub.identity import (
    Identity,
)
from mailhandler.core.scrub.signature_lines import (
    _ROLE_WORD,
    _signature_name_words,
)
from mailhandler.core.scrub.undelimited import (
    _title_case,
)

# "(vrijwilliger bij CAW Kempen)", "(youth worker at Brightside Trust)": where someone works,
# in brackets after their name; the role stays, the organisation goes.
_ROLE_AT_ORGANISATION = re.compile(
    r"[ \t]{0,3}\((?P<role>[^()\n]{0,60}?)\s(?:bij|at|chez|au|à|aux|voor|for|with|van|de|in|op)\s"
    r"(?P<organisation>(?-i:[A-ZÀ-Ý0-9])[^()\n]{1,80})\)", re.IGNORECASE
)


_TEAM_IN_BRACKETS = re.compile(r"[ \t]{0,3}\((?P<organisation>[^()\r\n\d]{2,60})\)[ \t]*\r?$",
                               re.MULTILINE)


def replace_employer_after_name(text: str, who: Identity, placeholder: str,
                                helpline: str = "") -> str:
    """ "Groetjes van Veerle (vrijwilliger bij CAW Kempen)" becomes "Groetjes van Veerle
    (vrijwilliger bij […])": a closing the writer wrote stays, but not their employer. Only
    right after one of `who`'s names, and only when the bracket names a role. For volunteers'
    answers: a young person's school after their name is theirs to tell.

    "Ik ben Kobe (vrijwilliger bij Lumi)": the `helpline` itself, which the reader wrote to and
    whose name every answer bears, names no one's employer; it stays. Only the helpline's name
    alone: "(Lumi Gent)" names the local team the volunteer works in, and goes."""
    name_words = _signature_name_words(who)
    if name_words is None or "(" not in text:
        return text
    own = helpline.strip().casefold()

    def is_helpline(organisation: str) -> bool:
        return bool(own) and organisation.strip(" \t.,;:!").casefold() == own

    def replace(match: re.Match[str]) -> str:
        if _ROLE_WORD.search(match["role"]) is None or is_helpline(match["organisation"]):
            return match.group()
        start, end = match.span("organisation")
        return match.group()[: start - match.start()] + placeholder \
            + match.group()[end - match.start() :]

    out: list[str] = []
    last = 0
    for name in name_words.finditer(text):
        bracket = _ROLE_AT_ORGANISATION.match(text, name.end())
        if bracket is not None and bracket.start() >= last:
            out.append(text[last : bracket.start()])
            out.append(replace(bracket))
            last = bracket.end()
            continue
        team = _TEAM_IN_BRACKETS.match(text, name.end())
        if team is not None and team.start() >= last and _title_case(team["organisation"]) \
                and not is_helpline(team["organisation"]):
            # "Bieke (Jeugdwerk Gentbrugge)": a team or employer, named as organisations are.
            start, end = team.span("organisation")
            out.append(text[last:start])
            out.append(placeholder)
            last = end
    out.append(text[last:])
    return "".join(out)
