"""Attribution lines and quoted header blocks ("On …, Jan <jan@…> wrote:", "Van: …").

They name people the identity does not list, so they are rewritten first. Separate because
they are recognised by the mail clients' shapes, not by the writer's words.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from mailhandler.core.scrub.identity import (
    _NOT_NAME_PARTS,
    Identity,
    _letters_folded,
)
from mailhandler.core.scrub.lines import (
    _FROM_KEYS,
    _OTHER_KEYS,
    _join,
    _Line,
    _split_lines,
)

# --------------------------------------------------------------------------- attributions

_MAX_MARKER_CHARS = 500  # attributions and separators are short: bounds the regex work
_TIME = (
    r"\d{1,2}[:.hu]\d{2}(?:[:.]\d{2})?(?:\s?[ap]\.?\s?m\.?)?"
    r"(?:\s?(?:gmt|utc)(?:\s?[+-]\s?\d{1,2}(?::?\d{2})?)?)?"
)
_DATE = r"(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4})"
_WHO = r"(?P<who>\S.*?)"
# (lead up to the person, with {anchor} where the date or time ends; tail after the person)
_ATTRIBUTION_FORMS = (
    (r"on\s.*?{anchor},?\s+", r"\s+wrote\s*:\s*"),  # Gmail, Thunderbird, Apple Mail (en)
    (r"op\s.*?{anchor}(?:\s+uur)?,?\s+schreef\s+", r"\s*:\s*"),  # Gmail, Thunderbird (nl)
    (r"op\s.*?{anchor},?\s+heeft\s+", r"\s+het\s+volgende\s+geschreven\s*:\s*"),  # Apple (nl)
    (r"le\s.*?{anchor},?\s+", r"\s+a\s+[ée]crit\s*:\s*"),  # Gmail, Thunderbird, Apple (fr)
    (r"am\s.*?{anchor}(?:\s+uhr)?,?\s+schrieb\s+", r"\s*:\s*"),  # Gmail, Thunderbird (de)
    # "Jan Peeters schreef op 03-11-2026 om 14:02:" (Thunderbird's other layout)
    (r"", r"\s+(?:wrote|schreef|a\s+[ée]crit|schrieb)\s+(?:on|op|le|am)\s.*?{anchor}\s*:\s*"),
)
_ATTRIBUTIONS = tuple(
    re.compile(
        f"(?P<lead>{lead.format(anchor=anchor)}){_WHO}(?P<tail>{tail.format(anchor=anchor)})",
        re.IGNORECASE,
    )
    for anchor in (_TIME, _DATE)  # the time first: "… 2026 at 14:02, Jan" keeps the time
    for lead, tail in _ATTRIBUTION_FORMS
) + (
    # "Jan Peeters <jan@x.example> wrote:": without a date, only with an address, so that
    # "Je schreef:" in an inline reply stays as it is.
    re.compile(
        r"(?P<lead>)(?P<who>(?:[^\s<>][^<>]{0,100})?<[^<>\s]+(?:@|%40)[^<>\s]+>"
        r"|[^\s<>@]+@[^\s<>@]+)"
        r"(?P<tail>\s+(?:wrote|schreef|a\s+[ée]crit|schrieb)\s*:\s*)",
        re.IGNORECASE,
    ),
)
# Every attribution form holds one of these verbs: a line without one is none. Looked for in the
# folded line, case-sensitively: sre then skips to the letters the verbs start with, three times
# as fast as IGNORECASE, and every line is looked at in each of the scrub's passes.
_ATTRIBUTION_VERB = re.compile(r"wrote|schreef|geschreven|[ée]crit|schrieb")
_ATTRIBUTION_START = re.compile(r"(?:on|op|le|am)\s", re.IGNORECASE)
# The lookbehind starts a match only where a run of local-part characters starts, so a long
# run without "@" costs linear time, not quadratic. In a percent-encoded link ("…&data=05%7C02
# %7Ckatrien.peeters%40leuven.example%7C…", Safe Links) the run starts after an escape: the
# "7C" of "%7C" is the escape's, not the address's ("7Ckatrien.peeters" is no one's address,
# and replacing it would cut the escape in half).
_LOCAL_CHARS = r"[\w.!#$&'*+/=?^`{|}~-]"
_ANY_ADDRESS = re.compile(rf"(?:(?<!{_LOCAL_CHARS})(?!(?<=%)[0-9A-Fa-f]{{2}})"
                          r"|(?<=%[0-9A-Fa-f]{2}))"
                          rf"{_LOCAL_CHARS}+(?:@|%40|\uff20)[\w-]+(?:\.[\w-]+)+")
_HAS_ADDRESS = re.compile(r"@|%40|\uff20|<|\[mailto:", re.IGNORECASE)

_MAX_CONTINUATION_LINES = 3
_MAX_HEADER_BLOCK_LINES = 40  # real blocks are under 15 lines; keeps a scan per line linear
_ADDRESS_LIKE = re.compile(r"[<>@;]|%40|mailto:", re.IGNORECASE)

# Lines that open quoted or forwarded history.
_HISTORY_SEPARATOR = re.compile(
    r"-{2,}\s*[^-\s].*?\s*-{2,}"  # -----Original Message----- / Oorspronkelijk bericht / …
    r"|_{10,}"  # Outlook's rule above its From: block
    r"|(?:begin\s+forwarded\s+message|begin\s+doorgestuurd\s+bericht"
    r"|d[ée]but\s+du\s+message\s+r[ée]exp[ée]di[ée]|anfang\s+der\s+weitergeleiteten\s+nachricht)"
    r"\s*:\s*",
    re.IGNORECASE,
)


class _Role(NamedTuple):
    """What a line of a quoted header block is, and so what becomes of it."""

    kind: str  # "identity" (From/To/Cc: value replaced), "other" (kept), "drop", "blank"
    match: re.Match[str] | None


def rewrite_attributions(
    text: str, who: Identity, address_replacement: str, name_replacement: str
) -> str:
    """Make quoted attribution lines and header blocks name only the replacement.

    These lines name whoever wrote the quoted mail and whoever received it, and clients
    write them from the real headers, so they contain addresses `who` does not list (a
    volunteer's second address, the alias of the conversation). In them every address
    and every name next to an address is replaced, whoever it belongs to; dates and
    subjects stay, so the quoted history still reads naturally. `who` is accepted for
    symmetry with replace_identity; the rewrite does not need it.
    """
    del who  # everything named in these lines goes, not only `who`
    mailbox = f"{name_replacement} <{address_replacement}>"
    lines = _split_lines(text)
    blocks = _header_blocks(lines)
    output: list[_Line] = []
    index = 0
    while index < len(lines):
        block = blocks.get(index)
        if block:
            for line, role in zip(lines[index : index + len(block)], block, strict=True):
                rewritten = _rewrite_header_line(line, role, mailbox, address_replacement)
                if rewritten is not None:
                    output.append(rewritten)
            index += len(block)
            continue
        attribution = _attribution(lines, index)
        if attribution:
            match, used = attribution
            output.append(
                _rewrite_attribution(
                    lines, index, used, match, name_replacement, address_replacement
                )
            )
            index += used
            continue
        output.append(lines[index])
        index += 1
    return _join(output)


def _attribution(lines: list[_Line], index: int) -> tuple[re.Match[str], int] | None:
    """The attribution starting at `lines[index]` and how many lines it spans (1 or 2).

    Gmail wraps its attribution at about 78 characters, often inside the address, so a
    line that starts like one ("On …", "Op …", "Le …") is also tried joined to the next.
    """
    line = lines[index]
    match = _match_attribution(line.content)
    if match:
        return match, 1
    if index + 1 >= len(lines) or not _ATTRIBUTION_START.match(line.content):
        return None
    following = lines[index + 1]
    if following.blank or following.depth != line.depth:
        return None
    match = _match_attribution(line.content.rstrip() + " " + following.content.strip())
    return (match, 2) if match else None


def _match_attribution(content: str) -> re.Match[str] | None:
    if len(content) > _MAX_MARKER_CHARS or not _ATTRIBUTION_VERB.search(_letters_folded(content)):
        return None
    for pattern in _ATTRIBUTIONS:
        match = pattern.fullmatch(content)
        if match:
            return None if _names_nobody(match["who"]) else match
    return None


def _rewrite_attribution(
    lines: list[_Line],
    index: int,
    used: int,
    match: re.Match[str],
    name_replacement: str,
    address_replacement: str,
) -> _Line:
    person = name_replacement
    if _HAS_ADDRESS.search(match["who"]):
        person = f"{name_replacement} <{address_replacement}>"
    lead = _ANY_ADDRESS.sub(address_replacement, match["lead"])
    tail = _ANY_ADDRESS.sub(address_replacement, match["tail"])
    return lines[index]._replace(content=lead + person + tail, eol=lines[index + used - 1].eol)


# "Op ma 2 mrt 2026 om 22:10 schreef ik:", "Le 3 mars 2026 à 22:14, maman a écrit :": diary
# entries or a parent's letter copied out in the shape of a reply's attribution. A client writes
# a name or an address there; the writer's own "ik"/"moi"/"I" (_SELF_VALUE), or one word the
# identity model holds for no name (a family word: "maman", "mijn mama"; _NOT_NAME_PARTS), names
# nobody: the line is no attribution but the writer's own words, kept as written, and the text
# under it is still theirs (their sign-off at its end is theirs to have replaced). A reply's
# quoted history under such a line is quoted with ">" and read as history all the same.
_POSSESSIVE_WORD = re.compile(
    r"(?i)(?:(?:mijn|m['’]n|my|ma|mon|onze|our|notre)[ \t]+)?(?P<word>[^\W\d_][\w'’-]{0,30})")


def _names_nobody(who: str) -> bool:
    """Whether an attribution's person is the writer themself or a family word, no name."""
    if _SELF_VALUE.fullmatch(who):
        return True
    word = _POSSESSIVE_WORD.fullmatch(who.strip())
    return word is not None and word["word"].casefold() in _NOT_NAME_PARTS


def _header_key(match: re.Match[str]) -> str:
    """The key of a header line as listed above: "Antwoord  Aan" -> "antwoord aan"."""
    return " ".join(match["name"].casefold().split())


def _header_key_kind(match: re.Match[str]) -> str:
    return "other" if _header_key(match) in _OTHER_KEYS else "identity"


def _header_blocks(lines: list[_Line]) -> dict[int, list[_Role]]:
    """Every quoted header block, by the index of its first line, found in one pass.

    A run of "Key: value" lines that is not a block has no block starting inside it
    either (a later start only sees fewer keys), so the search goes on after the run:
    a mail of a thousand "To:" lines costs a thousand steps, not a million.
    """
    blocks: dict[int, list[_Role]] = {}
    index = 0
    while index < len(lines):
        roles, end = _header_block(lines, index)
        if roles:
            blocks[index] = roles
        index = max(end, index + 1)
    return blocks


def _header_block(lines: list[_Line], start: int) -> tuple[list[_Role] | None, int]:
    """The roles of the lines of a quoted header block starting at `start` (None if there
    is none), and the index of the first line after what was looked at.

    A block is a run of "Key: value" lines (one blank line may sit between them, as
    converters of HTML mail add) with a From-like key and at least one other key, or a
    single From-like line with an address. A From/To/Cc value that wrapped onto the next
    lines is dropped with it.
    """
    if not lines[start].header:
        return None, start + 1
    roles: list[_Role] = []
    keys = 0
    has_from = False
    from_with_address = False
    phrase_from = False  # "Van: iemand van Lumi die het snapt"
    any_address = False
    continuing: str | None = None  # the kind of the key line a wrapped value belongs to
    continuation_lines = 0
    for index in range(start, min(len(lines), start + _MAX_HEADER_BLOCK_LINES)):
        line = lines[index]
        match = line.header
        if match:
            kind = _header_key_kind(match)
            if _header_key(match) in _FROM_KEYS:
                has_from = True
                from_with_address = from_with_address or bool(_HAS_ADDRESS.search(match["value"]))
                phrase_from = phrase_from or bool(_PHRASE_VALUE.fullmatch(match["value"]))
            any_address = any_address or bool(_ADDRESS_LIKE.search(match["value"]))
            roles.append(_Role(kind, match))
            keys += 1
            continuing, continuation_lines = kind, 0
        elif line.blank:
            if not _next_is_header(lines, index):
                break
            roles.append(_Role("blank", None))
            continuing = None
        elif (
            continuing
            and continuation_lines < _MAX_CONTINUATION_LINES
            and (
                _next_is_header(lines, index)
                or (continuing == "identity" and _ADDRESS_LIKE.search(line.content))
            )
        ):
            roles.append(_Role("drop" if continuing == "identity" else "other", None))
            continuation_lines += 1
        else:
            break
    scanned = start + len(roles)
    while roles and roles[-1].kind == "blank":
        roles.pop()
    if has_from and (keys >= 2 or from_with_address) and not (phrase_from and not any_address):
        return roles, start + len(roles)
    return None, scanned


# "Van: iemand van Lumi die het snapt", "From: a friend who gets it": a sender written as a
# phrase in lower case, four words or more. A client writes a name or an address there; a
# writer who dresses their own words as a mail's header block writes this, and with no
# address in the block nothing in it is a header's: the lines are theirs, as written.
_PHRASE_VALUE = re.compile(r"[ \t]*[a-zà-ÿ][^\s<>@]*(?:[ \t]+[^\s<>@]+){3,}[ \t]*"
                           # "FROM: Lu, 14, a flat above a bakery": a name the writer goes
                           # on to describe (an age, lower-case words after a comma), as on a
                           # postcard; a client's display name never goes on so ("Peeters,
                           # Jan" is capitalised)
                           r"|[ \t]*[^\W\d_][^\s<>@,]*(?:[ \t]+[^\W\d_][^\s<>@,]*){0,2}"
                           r"[ \t]*,[ \t]*(?:\d{1,2}|[a-zà-ÿ][^\s<>@,]*)"
                           r"(?:[ \t]*,?[ \t]+[^\s<>@]+){2,}[ \t]*")


def _next_is_header(lines: list[_Line], index: int) -> bool:
    return index + 1 < len(lines) and lines[index + 1].header is not None


# "De : moi d'il y a un an / À : moi de maintenant", "From: me, age 12", "Van: mezelf": a
# letter to oneself dressed as a forwarded mail. A client writes a name or an address there;
# a value that opens with a first-person word and goes on in lower case ("Me Dupont" is a
# lawyer) names nobody, and the writer's words in it are theirs.
_SELF_VALUE = re.compile(
    r"[ \t]*(?i:moi|moi-m[êe]me|me|myself|i|ik|mij|mezelf|mijzelf)"
    r"(?:[ \t]*|[ \t,]+[a-zà-ÿ'’(][^<>@\n]{0,80})"
)


# "Aan: niemand", "À : personne", "To: whoever reads this", "Aan: jullie": the addressee of a
# letter the writer dresses as a mail, written as a word for nobody, anybody or the reader. A
# client writes a name or an address there; such a value (lower case after it, no address)
# names no one, and the line is the writer's, as _SELF_VALUE's is.
_NOBODY_VALUE = re.compile(
    r"[ \t]*(?i:niemand|iemand|iedereen|wie\s+dit\s+leest|jullie|personne|quelqu['’]un"
    r"|tout\s+le\s+monde|n['’]importe\s+qui|nobody|no\s+one|no-one|anyone|anybody|everyone"
    r"|everybody|whoever|someone|somebody)"
    r"(?:[ \t]*|[ \t,]+[a-zà-ÿ'’(][^<>@\n]{0,80})"
)


def _rewrite_header_line(
    line: _Line, role: _Role, mailbox: str, address_replacement: str
) -> _Line | None:
    if role.kind == "drop":
        return None
    if role.kind == "identity" and role.match and (
            _SELF_VALUE.fullmatch(role.match["value"])
            or _NOBODY_VALUE.fullmatch(role.match["value"])):
        # "De : moi d'il y a un an", "Aan: niemand": the writer's words, no one's name
        return line
    if role.kind == "identity" and role.match:
        gap = role.match["gap"] or " "
        return line._replace(content=role.match["key"] + gap + mailbox)
    return line._replace(content=_ANY_ADDRESS.sub(address_replacement, line.content))
