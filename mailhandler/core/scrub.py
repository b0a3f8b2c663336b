"""Make the text of a relayed mail name nobody but the helpline.

The relay promises that a help-seeker and a volunteer never learn each other's address or
name. Headers are rebuilt from an allowlist elsewhere; what leaks in practice is the body:
the quoted "On …, Jan <jan@…> wrote:" line, Outlook's quoted From:/To: block, a signature
with a phone number, a name typed by hand. These functions remove all of that from plain
text (and from the text nodes of HTML, once entities are decoded). They are pure: no I/O,
no logging, nothing that could copy a body somewhere.

Line endings are preserved: every function splits on "\\n" only and puts back exactly the
"\\r\\n" or "\\n" each line had, so a signed or quoted-printable re-encoding downstream sees
the same shape it would have seen without us.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

__all__ = [
    "Identity",
    "extract_themes",
    "replace_identity",
    "rewrite_attributions",
    "scrub_text",
    "strip_signature",
]


@dataclass(frozen=True)
class Identity:
    """Who must disappear from a text: their addresses and display names.

    Lists (e.g. straight from database rows) are turned into tuples so that an identity is
    hashable and cannot change while a body is being scrubbed.
    """

    addresses: tuple[str, ...]
    names: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "addresses", _as_tuple(self.addresses))
        object.__setattr__(self, "names", _as_tuple(self.names))


def _as_tuple(values: Iterable[str] | str) -> tuple[str, ...]:
    if isinstance(values, str):  # Identity(addresses="a@b") would otherwise become letters
        return (values,)
    return tuple(values)


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


# --------------------------------------------------------------------------- replace_identity

# How "@" and "." are written when someone (or some web form) tries not to write an address.
_AT = (
    r"(?:\s*(?:@|\uff20|%(?:25)?40|&#0*64;|&#x0*40;|&commat;|[(\[{]\s*at\s*[)\]}])\s*"
    r"|\s+at\s+)"
)
_DOT = r"(?:\.|%(?:25)?2e|\s*[(\[{]\s*dot\s*[)\]}]\s*|\s+dot\s+)"
# A name is not replaced where it is the local part of an address ("jan@…"): that address is
# either one of ours (replaced as a whole) or someone else's, and cutting it in half helps no one.
_NAME_END = r"(?!\w)(?![\w.+-]*(?:@|%40|\uff20))"
_NAME_GAP = r"[\s>]+"  # names wrap over lines, also inside quotes
_NAME_COMMA = r"[\s>]*,[\s>]*"
_NAME_PART_PUNCTUATION = ".,;:()[]{}\"'«»“”‘’"
_MIN_NAME_CHARS = 2
_MIN_PART_LETTERS = 3
# Single words of a display name that are not names: particles ("Van den Broeck"), family
# and role words of a shared address ("Familie Peeters", "Mama Jansens"), and the ordinary
# words of our own alias display name ("Gesprek K7Q2 via Lumi"). Replacing these everywhere
# would mangle ordinary sentences; the full name is still replaced wherever it appears.
# fmt: off
_NOT_NAME_PARTS = frozenset((
    "van", "von", "der", "den", "het", "ter", "ten", "des", "del", "della", "dos", "das", "les",
    "vande", "vanden", "vander", "familie", "fam", "gezin", "family", "famille", "mama", "papa",
    "mams", "paps", "moeder", "vader", "maman", "mom", "dad", "meneer", "mevrouw", "dhr",
    "mevr", "monsieur", "madame", "mme", "mrs", "miss", "prof", "the", "and", "und", "for",
    "voor", "pour", "par", "via", "from", "with", "met", "avec", "mail", "email", "e-mail",
    "info", "contact", "team", "support", "service", "admin", "user", "gebruiker", "gesprek",
    "conversation", "conversatie", "helpline", "hulplijn", "school",
))
# fmt: on


def replace_identity(
    text: str, who: Identity, address_replacement: str, name_replacement: str
) -> str:
    """Replace each of `who`'s addresses and display names wherever they appear.

    Addresses are matched case-insensitively as substrings, also inside <…>, after
    mailto:, percent-encoded (%40), with a +tag, or written as "jan (at) x.example": a
    leaked address is worse than a mangled word. Names are matched as whole words: the
    full name, "Lastname, Firstname", and each part of at least three letters that is not
    a particle or a family word. One left-to-right pass, longest match first, and existing
    occurrences of the replacements are left alone, so the result never nests a
    replacement inside another and a second call changes nothing.
    """
    pattern = _identity_pattern(
        _clean_addresses(who.addresses),
        _clean_names(who.names),
        tuple(keep for keep in (address_replacement, name_replacement) if keep),
    )
    if pattern is None:
        return text

    def replace(match: re.Match[str]) -> str:
        kind = (match.lastgroup or "k")[0]
        if kind == "a":
            return address_replacement
        if kind == "n":
            return name_replacement
        return match.group()

    return pattern.sub(replace, text)


def _clean_addresses(addresses: Iterable[str]) -> tuple[str, ...]:
    cleaned = []
    for address in addresses:
        value = address.strip().strip("<>").strip()
        if value.lower().startswith("mailto:"):
            value = value[len("mailto:") :]
        if len(value) >= 3:
            cleaned.append(value)
    return tuple(dict.fromkeys(cleaned))


def _clean_names(names: Iterable[str]) -> tuple[str, ...]:
    """Usable names; "Peeters, Jan" (as Exchange shows people) also as "Jan Peeters"."""
    cleaned = []
    for name in names:
        value = " ".join(name.split()).strip(" \"'")
        if len(value) < _MIN_NAME_CHARS:
            continue
        cleaned.append(value)
        last, comma, first = value.partition(",")
        if comma and "," not in first and last.strip() and first.strip():
            cleaned.append(f"{first.strip()} {last.strip()}")
    return tuple(dict.fromkeys(cleaned))


@lru_cache(maxsize=128)
def _identity_pattern(
    addresses: tuple[str, ...], names: tuple[str, ...], keep: tuple[str, ...]
) -> re.Pattern[str] | None:
    """One alternation over everything to replace, longest source first.

    Python tries alternatives in order at each position, so ordering by length makes the
    full name win over its parts and "Peeters, Jan" win over "Peeters". Groups are named
    a<i> (address), n<i> (name) and k<i> (keep as is); `lastgroup` tells them apart.
    """
    alternatives: list[tuple[int, str, str]] = []
    for address in addresses:
        alternatives.append((len(address), "a", _address_regex(address)))
    for name in names:
        for variant, regex in _name_variants(name):
            alternatives.append((len(variant), "n", regex))
    if not alternatives:
        return None
    for literal in keep:
        alternatives.append((len(literal), "k", "(?-i:" + re.escape(literal) + ")"))
    alternatives.sort(key=lambda alternative: -alternative[0])
    groups = (f"(?P<{kind}{index}>{regex})" for index, (_, kind, regex) in enumerate(alternatives))
    return re.compile("|".join(groups), re.IGNORECASE)


def _address_regex(address: str) -> str:
    """An address as it may be written: any case, percent-encoded, with a +tag, obfuscated."""
    if "@" not in address:
        return "".join(_address_char(char) for char in address)
    local, _, domain = address.rpartition("@")
    subaddress = "" if "+" in local else r"(?:\+[^\s@<>\"%]*)?"
    return (
        "".join(_address_char(char) for char in local)
        + subaddress
        + _AT
        + "".join(_address_char(char) for char in domain)
    )


def _address_char(char: str) -> str:
    if char == ".":
        return _DOT
    if char == "@":
        return _AT
    encoded = "".join(f"%{byte:02x}" for byte in char.encode("utf-8", "surrogatepass"))
    return f"(?:{re.escape(char)}|{encoded})"


def _name_variants(name: str) -> list[tuple[str, str]]:
    """(text, regex) for the full name, its "Lastname, Firstname" forms and its parts."""
    words = name.split()
    variants = [(name, _NAME_GAP.join(_word_regex(word) for word in words))]
    for split in range(1, len(words)):
        last, first = words[split:], words[:split]
        text = " ".join(last) + ", " + " ".join(first)
        regex = (
            _NAME_GAP.join(_word_regex(word) for word in last)
            + _NAME_COMMA
            + _NAME_GAP.join(_word_regex(word) for word in first)
        )
        variants.append((text, regex))
    if len(words) >= 2:
        variants.extend((part, _word_regex(part)) for part in _name_parts(words))
    return [(text, rf"(?<!\w){regex}{_NAME_END}") for text, regex in variants]


def _name_parts(words: list[str]) -> list[str]:
    """The words of a multi-word name that identify someone on their own ("Peeters")."""
    parts = []
    for word in words:
        for piece in [word, *word.split("-")]:
            piece = piece.strip(_NAME_PART_PUNCTUATION)
            letters = sum(char.isalpha() for char in piece)
            if letters >= _MIN_PART_LETTERS and piece.casefold() not in _NOT_NAME_PARTS:
                parts.append(piece)
    return list(dict.fromkeys(parts))


def _word_regex(word: str) -> str:
    return "".join(_name_char(char) for char in word)


def _name_char(char: str) -> str:
    """A letter as typed: precomposed, decomposed, or without its accent ("Zoë", "Zoe")."""
    decomposed = unicodedata.normalize("NFD", char)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    forms = [form for form in dict.fromkeys((char, decomposed, bare)) if form]
    if len(forms) == 1:
        return re.escape(char)
    return "(?:" + "|".join(re.escape(form) for form in forms) + ")"


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
_ATTRIBUTION_VERB = re.compile(r"wrote|schreef|geschreven|[ée]crit|schrieb", re.IGNORECASE)
_ATTRIBUTION_START = re.compile(r"(?:on|op|le|am)\s", re.IGNORECASE)
# The lookbehind starts a match only where a run of local-part characters starts, so a long
# run without "@" costs linear time, not quadratic.
_LOCAL_CHARS = r"[\w.!#$&'*+/=?^`{|}~-]"
_ANY_ADDRESS = re.compile(rf"(?<!{_LOCAL_CHARS}){_LOCAL_CHARS}+(?:@|%40|\uff20)[\w-]+(?:\.[\w-]+)+")
_HAS_ADDRESS = re.compile(r"@|%40|\uff20|<|\[mailto:", re.IGNORECASE)

# Quoted header blocks (Outlook, Gmail/Thunderbird/Apple forwards) in en, nl, fr, de.
# fmt: off
_FROM_KEYS = ("from", "van", "de", "von", "afzender", "expéditeur", "sender")
_RECIPIENT_KEYS = (
    "to", "aan", "à", "an", "cc", "bcc", "reply-to", "antwoord aan", "répondre à",
    "ontvanger", "destinataire",
)
_OTHER_KEYS = (
    "sent", "verzonden", "envoyé", "envoye", "gesendet", "date", "datum", "subject",
    "onderwerp", "objet", "betreff", "importance", "urgentie", "priorité",
)
# fmt: on
_HEADER_KEY_NAMES = sorted(_FROM_KEYS + _RECIPIENT_KEYS + _OTHER_KEYS, key=len, reverse=True)
_HEADER_LINE = re.compile(
    r"(?P<key>[*_]{0,2}(?P<name>"
    + "|".join(re.escape(key).replace(r"\ ", r"\s+") for key in _HEADER_KEY_NAMES)
    + r")[*_]{0,2}[^\S\n]*:[*_]{0,2})(?P<gap>[^\S\n]*)(?P<value>.*)",
    re.IGNORECASE,
)
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
    if len(content) > _MAX_MARKER_CHARS or not _ATTRIBUTION_VERB.search(content):
        return None
    for pattern in _ATTRIBUTIONS:
        match = pattern.fullmatch(content)
        if match:
            return match
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
    if has_from and (keys >= 2 or from_with_address):
        return roles, start + len(roles)
    return None, scanned


def _next_is_header(lines: list[_Line], index: int) -> bool:
    return index + 1 < len(lines) and lines[index + 1].header is not None


def _rewrite_header_line(
    line: _Line, role: _Role, mailbox: str, address_replacement: str
) -> _Line | None:
    if role.kind == "drop":
        return None
    if role.kind == "identity" and role.match:
        gap = role.match["gap"] or " "
        return line._replace(content=role.match["key"] + gap + mailbox)
    return line._replace(content=_ANY_ADDRESS.sub(address_replacement, line.content))


# --------------------------------------------------------------------------- signatures

_SIGNATURE_DELIMITER = re.compile(r"--[ \t\u00a0]*")
_MOBILE_SIGNATURE = re.compile(
    r"""
    (?:sent|verzonden|verstuurd|gestuurd|envoy[ée]|gesendet)\s+
    (?:from|with|using|via|vanaf|vanuit|van|met|de|depuis|à\s+partir\s+de|avec|von|mit)\s+
    (?:my|mijn|mon|ma|mein|meinem|outlook|yahoo|gmail|mail|proton\s*mail|samsung)\b.{0,60}
    | (?:get|download)\s+outlook\s+for\s+(?:ios|android)\b.{0,60}
    | outlook\s+voor\s+(?:ios|android)\s+(?:downloaden|ophalen)\b.{0,60}
    | (?:obtenir|t[ée]l[ée]charger)\s+outlook\s+pour\s+(?:ios|android)\b.{0,60}
    """,
    re.IGNORECASE | re.VERBOSE,
)


def strip_signature(text: str) -> str:
    """Remove the sender's signature and "Sent from my iPhone" lines.

    A volunteer's signature carries their name, phone number, sometimes an employer: from
    a "-- " line (or "--", as clients that trim trailing blanks leave it) up to where quoted
    history starts, or to the end. The history itself stays, and the blank lines that
    separated it from the reply. Every such block goes, also one in Outlook-style history
    that is not quoted with ">": it can only be an earlier signature of the same thread.
    Mobile footers reveal the device rather than the person, but they go too.
    """
    lines = _split_lines(text)
    blocks = _header_blocks(lines)
    kept: list[_Line] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        if _SIGNATURE_DELIMITER.fullmatch(line.body):
            index = _signature_end(lines, blocks, index)
            continue
        if not line.quoted and _MOBILE_SIGNATURE.fullmatch(line.content.strip()):
            index += 1
            continue
        kept.append(line)
        index += 1
    return _join(kept)


def _signature_end(lines: list[_Line], blocks: dict[int, list[_Role]], delimiter: int) -> int:
    """Where the signature that starts at `delimiter` ends, keeping blank lines before history."""
    history = _history_start(lines, blocks, delimiter + 1)
    if history == len(lines):
        return history
    end = history
    while end > delimiter + 1 and lines[end - 1].blank:
        end -= 1
    return end


def _is_history_separator(content: str) -> bool:
    stripped = content.strip()
    return len(stripped) <= _MAX_MARKER_CHARS and bool(_HISTORY_SEPARATOR.fullmatch(stripped))


def _history_start(lines: list[_Line], blocks: dict[int, list[_Role]], start: int) -> int:
    for index in range(start, len(lines)):
        line = lines[index]
        if (
            line.quoted
            or _is_history_separator(line.content)
            or _attribution(lines, index)
            or index in blocks
        ):
            return index
    return len(lines)


# --------------------------------------------------------------------------- undelimited signatures

# Personal phone numbers as people write them: +32 470 12 34 56, 0470/12.34.56, 09 123 45 67,
# 06 12 34 56 78. Short service numbers (1712, 112) are not matched: volunteers refer to them.
_PHONE = re.compile(
    r"(?<![\w+])(?:(?:\+|00)\d{1,3}[\s./-]?(?:\(0\))?[\s./-]?\d{1,4}|0\d{1,3})"
    r"(?:[\s./-]?\d{2,4}){2,4}(?!\w)"
)
_STREET = re.compile(
    r"(?i)(?:\b[\w'-]*(?:straat|laan|weg|plein|dreef|lei|steenweg|kaai|markt|baan|hof|singel)"
    r"|\b(?:rue|avenue|boulevard|chauss[ée]e|place|all[ée]e|impasse)\s[\w' -]+?"
    r"|\b[\w'-]+\s(?:street|road|lane|avenue|square|drive))\s*,?\s*\d+\w?\b"
    r"|\b\d+\w?,?\s+(?:rue|avenue|boulevard)\b"
)
_POSTCODE_CITY = re.compile(r"\b(?:[A-Z]-)?\d{4,5}\s+[A-ZÀ-Ý][\w'-]+")
_SIGNATURE_WORDS = re.compile(
    r"(?i)^(?:vrijwillig(?:st)?er|volunteer|b[ée]n[ée]vole|co[öo]rdinat(?:or|eur|rice)|"
    r"tel\b|tél\b|gsm\b|mobile?\b|phone\b|t[ée]l[ée]phone|www\.|https?://)"
)
_SIGNATURE_WINDOW = 8  # a signature is the last few lines of the own text
# A greeting or a one-word title ("Groetjes,", "Met vriendelijke groeten", "Lumi vzw"):
# short, and not a sentence. Such lines may sit inside a signature block; a sentence may not.
_SIGN_OFF = re.compile(r"[^.!?]{1,40}[,;:]?")
# Four words or more ending like a sentence: the sender's own words, whatever it mentions.
_SENTENCE = re.compile(r"(?:\S+\s+){3,}\S*[.!?]")
_SIGNATURE_LINE_CHARS = 70  # and its lines are short


def strip_signature_block(text: str, who: Identity) -> str:
    """Remove signatures written without a "-- " delimiter (Outlook, Apple Mail, phones).

    Such a signature is the short lines closing a text: a name, a role, a phone number,
    a street address. Outlook repeats it at the end of every earlier message it keeps
    in the history, so each stretch of text is looked at: the sender's own part, and
    each quoted or Outlook-style earlier message. Walking up from the end of a stretch,
    the block runs over such lines and short greetings, and stops at the first sentence;
    from its first line that names someone in `who` or carries such details, everything
    up to the end of the stretch goes, while the greeting above it ("Groetjes,") stays.
    Sentences are never taken for a signature, even when they mention a phone number.
    """
    lines = _split_lines(text)
    blocks = _header_blocks(lines)
    name_words = _signature_name_words(who)
    remove: set[int] = set()
    for first, last in _stretches(lines, blocks):
        remove.update(_trailing_signature(lines, first, last, name_words))
    if not remove:
        return text
    return _join(line for index, line in enumerate(lines) if index not in remove)


def _stretches(lines: list[_Line], blocks: dict[int, list[_Role]]) -> list[tuple[int, int]]:
    """(first, end) of each run of message text: split at history markers and quote levels,
    with attribution lines and header blocks themselves left out."""
    stretches: list[tuple[int, int]] = []
    first = 0
    index = 0
    while index < len(lines):
        line = lines[index]
        skip = 0
        if index in blocks:
            skip = len(blocks[index])
        elif _is_history_separator(line.content) or _attribution(lines, index):
            skip = 1
        elif index > first and not line.blank and line.depth != _depth_before(lines, index):
            skip = 0
        else:
            index += 1
            continue
        stretches.append((first, index))
        first = index + skip
        index = max(first, index + 1) if skip == 0 else first
    stretches.append((first, len(lines)))
    return [(a, b) for a, b in stretches if b > a]


def _depth_before(lines: list[_Line], index: int) -> int:
    for earlier in range(index - 1, -1, -1):
        if not lines[earlier].blank:
            return lines[earlier].depth
    return lines[index].depth


def _trailing_signature(lines: list[_Line], first: int, end: int,
                        name_words: re.Pattern[str] | None) -> range:
    while end > first and lines[end - 1].blank:
        end -= 1
    if end > first and lines[end - 1].content.rstrip().endswith(":"):
        # An attribution line we could not parse ("Op maandag schreef X:") introduces
        # the quote below it: it is history, not signature.
        end -= 1
        while end > first and lines[end - 1].blank:
            end -= 1
    start: int | None = None
    seen = 0
    index = end - 1
    while index >= first and seen < _SIGNATURE_WINDOW:
        line = lines[index]
        if not line.blank:
            seen += 1
            content = line.content.strip()
            if len(content) > _SIGNATURE_LINE_CHARS or _SENTENCE.fullmatch(content):
                break
            if _looks_like_signature(content, name_words):
                start = index
            elif not _SIGN_OFF.fullmatch(content):
                break  # a sentence: the sender's own words end here
        index -= 1
    return range(start, end) if start is not None else range(0)


def _signature_name_words(who: Identity) -> re.Pattern[str] | None:
    words = [part for name in _clean_names(who.names) for part in _name_parts(name.split())]
    words += [name for name in _clean_names(who.names) if " " not in name.strip()]
    words = [w for w in dict.fromkeys(words) if len(w) >= _MIN_PART_LETTERS]
    if not words:
        return None
    return re.compile("|".join(rf"(?<!\w){_word_regex(w)}(?!\w)" for w in words), re.IGNORECASE)


def _looks_like_signature(content: str, name_words: re.Pattern[str] | None) -> bool:
    return bool(
        (name_words is not None and name_words.search(content))
        or _PHONE.search(content)
        or _STREET.search(content)
        or _POSTCODE_CITY.search(content)
        or _ANY_ADDRESS.search(content)
        or _SIGNATURE_WORDS.match(content)
    )


# --------------------------------------------------------------------------- themes

_THEME_LINE = re.compile(r"#\s*(?:thema|theme|th[èé]me)s?\s*:(?P<keys>.*)", re.IGNORECASE)
_THEME_SEPARATOR = re.compile(r"[,;\s]+")
_THEME_KEY_PUNCTUATION = ".!?\"'()[]"


def extract_themes(text: str) -> tuple[str, list[str]]:
    """Take the volunteer's "#thema: pesten, welzijn" lines out of a reply.

    The theme keys feed the anonymous annual report; the line itself must not reach the
    help-seeker. Lines inside ">" quotes are left alone and not counted: they were counted
    when that earlier mail was relayed. Keys come back lowercased, de-duplicated, in the
    order written; whether they are known themes is decided elsewhere.
    """
    kept: list[_Line] = []
    keys: list[str] = []
    for line in _split_lines(text):
        match = None if line.quoted else _THEME_LINE.fullmatch(line.content.rstrip())
        if match is None:
            kept.append(line)
            continue
        for key in _THEME_SEPARATOR.split(match["keys"]):
            key = key.strip(_THEME_KEY_PUNCTUATION).lower()
            if key and key not in keys:
                keys.append(key)
    return _join(kept), keys


# --------------------------------------------------------------------------- all of it


def scrub_text(text: str, who: Identity, address_replacement: str, name_replacement: str) -> str:
    """The relay's one call for a body: attribution lines and header blocks first (they
    name people `who` does not list), then `who`'s addresses and names everywhere else."""
    rewritten = rewrite_attributions(text, who, address_replacement, name_replacement)
    return replace_identity(rewritten, who, address_replacement, name_replacement)
