"""Theme tags a volunteer adds to an answer ("#thema: pesten").

Separate because it reads the helpline's own markup, not anybody's identity.
"""

from __future__ import annotations

import re

from mailhandler.core.scrub.lines import (
    _join,
    _Line,
    _split_lines,
)

# --------------------------------------------------------------------------- themes

_THEME_LINE = re.compile(r"#\s*(?:thema|theme|th[èé]me)s?\s*:(?P<keys>.*)", re.IGNORECASE)
# "Je mag altijd opnieuw mailen. #thema: pesten": the tag closing a sentence of the answer.
_THEME_AT_END = re.compile(
    r"(?P<before>.*?\S)[ \t]*#\s*(?:thema|theme|th[èé]me)s?\s*:(?P<keys>[^#:]*)", re.IGNORECASE
)
_THEME_SEPARATOR = re.compile(r"[,;\s]+")
_THEME_KEY_PUNCTUATION = ".!?\"'()[]"


def extract_themes(text: str) -> tuple[str, list[str]]:
    """Take the volunteer's "#thema: pesten, welzijn" tags out of a reply.

    The theme keys feed the anonymous annual report; the tag itself must not reach the
    help-seeker. A line that is only the tag goes; a tag closing a line of text is cut off
    and the text before it stays. Lines inside ">" quotes are left alone and not counted:
    they were counted when that earlier mail was relayed. Keys come back lowercased,
    de-duplicated, in the order written; whether they are known themes is decided elsewhere.
    """
    kept: list[_Line] = []
    keys: list[str] = []
    for line in _split_lines(text):
        content = line.content.rstrip()
        match = None if line.quoted else _THEME_LINE.fullmatch(content)
        before = None
        if match is None and not line.quoted and "#" in content:
            match = _THEME_AT_END.fullmatch(content)
            before = match["before"] if match else None
        if match is None:
            kept.append(line)
            continue
        if before is not None:
            kept.append(line._replace(content=before))
        for key in _THEME_SEPARATOR.split(match["keys"]):
            key = key.strip(_THEME_KEY_PUNCTUATION).lower()
            if key and key not in keys:
                keys.append(key)
    return _join(kept), keys
