"""Lines of a relayed text: their quote prefix, content and ending, and quoted header lines.

The shared bottom of the scrub package: every other module splits and joins text with these
helpers, so that a line's ending ("\\r\\n" or "\\n") and quote prefix are kept the same way
everywhere. Separate because everything uses it and it uses nothing of the package.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

# --------------------------------------------------------------------------- lines


class _Line(NamedTuple):
    """One line split into its quote prefix ("> > ", leading blanks), content and ending.

    `header` is the content parsed as a "Key: value" line of a quoted header block, once
    per line rather than once per block that might contain it. It describes the line as
    read; lines rewritten for output are never analysed again.
    """

    prefix: str
    content: str
    eol: str
    header: re.Match[str] | None

    @property
    def body(self) -> str:
        return self.prefix + self.content

    @property
    def quoted(self) -> bool:
        return ">" in self.prefix

    @property
    def depth(self) -> int:
        return self.prefix.count(">")

    @property
    def blank(self) -> bool:
        return not self.content.strip()


_QUOTE_PREFIX = re.compile(r"(?:[ \t]*>)*[ \t]*")


def _split_lines(text: str) -> list[_Line]:
    """Lines with their own endings, so that joining them gives back `text` exactly.

    Only "\\n" separates lines: str.splitlines() would also split on form feeds and
    U+2028, and the rejoined text would then differ from the original.
    """
    pieces = text.split("\n")
    lines = []
    for index, piece in enumerate(pieces):
        eol = "\n" if index < len(pieces) - 1 else ""
        if piece.endswith("\r"):
            piece, eol = piece[:-1], "\r" + eol
        prefix = _QUOTE_PREFIX.match(piece).group()  # type: ignore[union-attr]  # always matches
        content = piece[len(prefix) :]
        lines.append(_Line(prefix, content, eol, _HEADER_LINE.fullmatch(content)))
    return lines


def _join(lines: Iterable[_Line]) -> str:
    return "".join(line.prefix + line.content + line.eol for line in lines)


# Quoted header blocks (Outlook, Gmail/Thunderbird/Apple forwards) in en, nl, fr, de; and
# Outlook's in Arabic: "من:" (from), "إلى:" (to), "نسخة:" (cc), "تاريخ الإرسال:" (sent),
# "الموضوع:" (subject).
# fmt: off
_FROM_KEYS = ("from", "van", "de", "von", "afzender", "expéditeur", "sender", "من")
_RECIPIENT_KEYS = (
    "to", "aan", "à", "an", "cc", "bcc", "reply-to", "antwoord aan", "répondre à",
    "ontvanger", "destinataire", "إلى", "الى", "نسخة",
)
_OTHER_KEYS = (
    "sent", "verzonden", "envoyé", "envoye", "gesendet", "date", "datum", "subject",
    "onderwerp", "objet", "betreff", "importance", "urgentie", "priorité",
    "تاريخ الإرسال", "تاريخ", "الموضوع",
)
# fmt: on
_HEADER_KEY_NAMES = sorted(_FROM_KEYS + _RECIPIENT_KEYS + _OTHER_KEYS, key=len, reverse=True)
_HEADER_LINE = re.compile(
    r"(?P<key>[*_]{0,2}(?P<name>"
    + "|".join(re.escape(key).replace(r"\ ", r"\s+") for key in _HEADER_KEY_NAMES)
    + r")[*_]{0,2}[^\S\n]*:[*_]{0,2})(?P<gap>[^\S\n]*)(?P<value>.*)",
    re.IGNORECASE,
)
