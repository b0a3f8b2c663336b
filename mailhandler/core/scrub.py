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

import itertools
import re
import unicodedata
from collections.abc import Callable, Container, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from confusable_homoglyphs import confusables

from mailhandler.core.redact import gazetteer

__all__ = [
    "Identity",
    "SignatureCut",
    "drop_external_banner",
    "drop_pseudonym_from_greetings",
    "learn_more_names",
    "learn_names",
    "learn_subject_names",
    "remove_delimited_signature",
    "remove_signature_blocks",
    "replace_contact_details",
    "replace_handles",
    "replace_employer_after_name",
    "extract_themes",
    "replace_identity",
    "rewrite_attributions",
    "scrub_text",
    "strip_signature",
    "strip_signature_block",
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

# How "@" and "." are written when someone (or some web form) tries not to write an address:
# "sam (at) x", "sam apenstaartje x punt be", "sam arobase x point be", "sam @ x . be". The
# text is matched after invisible characters are dropped and look-alike letters folded (see
# _matching_view), so "sam.jans\u200bsens@x\uff0ebe" and a Cyrillic "Ѕam" are found too.
_AT_WORDS = r"at|apenstaartje|aapje|arobase|arrobase|chez"
_DOT_WORDS = r"dot|punt|point|pt"
_AT = (
    r"(?:\s*(?:@|%(?:25)?40|&#0*64;|&#x0*40;|&commat;"
    rf"|[(\[{{<]\s*(?:{_AT_WORDS}|@)\s*[)\]}}>])\s*"
    rf"|\s+(?:{_AT_WORDS})\s+)"
)
_DOT = (
    r"(?:[ \t]?\.[ \t]?|%(?:25)?2e|&#0*46;|&#x0*2e;|&period;"
    rf"|\s*[(\[{{<]\s*(?:{_DOT_WORDS}|\.)\s*[)\]}}>]\s*|\s+(?:{_DOT_WORDS})\s+)"
)
# A name is not replaced where it is the local part of an address ("jan@…"): that address is
# either one of ours (replaced as a whole) or someone else's, and cutting it in half helps no one.
# A local part has at most 64 characters (RFC 5321): looking further would make a long run of
# "jan.jan.jan…" cost the square of its length.
_NAME_END = r"(?!\w)(?![\w.+-]{0,64}(?:@|%40|\uff20))"
_NAME_GAP = r"[\s>]+"  # names wrap over lines, also inside quotes
_NAME_COMMA = r"[\s>]*,[\s>]*"
_NAME_PART_PUNCTUATION = ".,;:()[]{}\"'«»“”‘’"
_MIN_NAME_CHARS = 2
_MIN_PART_LETTERS = 3
# Bounds on what one mail can make us match: a display name of 900 words would otherwise give
# a pattern (and a "Lastname, Firstname" variant list) that grows with the square of its words.
_MAX_NAME_WORDS = 5  # words of a name used for its full and reversed forms
_MAX_NAMES = 24
_MAX_NAME_PARTS = 48  # single words matched alone, over all names
_MAX_ADDRESSES = 24
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
    "conversation", "conversatie", "helpline", "hulplijn", "school", "oma", "opa", "bomma",
    "bompa", "meme", "pepe", "nonkel", "tante", "tata", "mamie", "papy", "papi", "grand-mère",
    "grand-père", "grandma", "grandpa", "granny", "nana", "broer", "zus", "zuster", "frère",
    "soeur", "sœur", "brother", "sister", "ouders", "parents", "thuis", "home", "maison",
    "leerling", "leerlinge", "student", "studente", "scholier", "élève", "eleve", "étudiant",
    "etudiant", "étudiante", "pupil", "leerkracht", "teacher", "prof",
))
# fmt: on
# Display names that are no one's name: replacing them would mangle the text ("anoniem").
_NOT_A_NAME = _NOT_NAME_PARTS | frozenset((
    "anoniem", "anonymous", "anonyme", "anonima", "onbekend", "unknown", "inconnu", "ik", "me",
    "moi", "iemand", "someone", "quelqu'un", "x", "xx", "xxx",
))
# Characters that are there but not seen: zero-width space/joiners, word joiner, BOM, soft
# hyphen, direction marks. Dropped before matching, so they cannot hide an address or name.
_INVISIBLE = frozenset("\u00ad\u180e\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\ufeff")
# Scripts whose letters look like Latin ones ("Ѕаm" in Cyrillic reads as "Sam").
_LOOKALIKE_SCRIPTS = ("CYRILLIC", "GREEK", "ARMENIAN", "CHEROKEE", "COPTIC")


def replace_identity(
    text: str, who: Identity, address_replacement: str, name_replacement: str
) -> str:
    """Replace each of `who`'s addresses and display names wherever they appear.

    Addresses are matched case-insensitively as substrings, also inside <…>, after
    mailto:, percent-encoded (%40), with a +tag, written out ("jan (at) x.example", "jan
    apenstaartje x punt be", "jan arobase x point be", "jan @ x . be"), with invisible
    characters inside or look-alike letters from other scripts: a leaked address is worse
    than a mangled word. The domain of an address is replaced by the replacement's domain
    where it stands alone ("www.peeters-bouw.example"). Names are matched as whole words:
    the full name, "Lastname, Firstname", and each part of at least three letters that is
    not a particle or a family word. Each pass goes left to right, longest match first, and
    existing occurrences of the replacements are left alone, so the result never nests a
    replacement inside another and a second call changes nothing. Matching happens on a
    folded view of the text; replacements are made in the text as written.
    """
    replacement_domain = address_replacement.rpartition("@")[2]
    addresses = _clean_addresses(who.addresses)
    names = _clean_names(who.names)
    keep = tuple(keep for keep in (address_replacement, name_replacement) if keep)
    # Addresses first, so that a handle or a name never cuts one in half; then handles
    # ("lottejanssens_2012", "@robbe.dhondt_07") whole, before their name parts are; then
    # names. Two patterns rather than one over everything: the addresses' pattern is most of
    # the cost of compiling, and it stays cached while learned names change the other.
    folded = _letters_folded(_matching_view(text)[0]) if addresses else ""
    present = tuple(address for address in addresses if _may_be_written_in(address, folded))
    only_addresses = _identity_pattern(present, (), keep, replacement_domain.casefold())
    only_names = _identity_pattern((), names, keep, replacement_domain.casefold())

    def replace(match: re.Match[str]) -> str:
        return _replacement(match, address_replacement, name_replacement, replacement_domain)

    text = _replace_emoji_spelled(text, names, name_replacement)
    if only_addresses is not None:
        text = _sub_on_view(only_addresses, text, replace)
    if handle_words := _handle_words(addresses, names, replacement_domain.casefold()):
        handle_words |= _doubled_short_forms(handle_words)
        text = _replace_handles(text, handle_words, name_replacement)
    if only_names is not None:
        text = _sub_on_view(only_names, text, replace)
    return text


def _letters_folded(view: str) -> str:
    """`view` case-folded so that each character a case-insensitive pattern takes for an
    ASCII letter is that letter: "K" (Kelvin) and "ſ" fold to "k" and "s" by themselves,
    "İ" folds to "i" and a combining dot, and "ı" stays; those two are made "i"."""
    if view.isascii():
        return view.lower()
    return view.casefold().replace("i\u0307", "i").replace("\u0131", "i")


_ASCII_RUN = re.compile(r"[a-z0-9]+")


def _may_be_written_in(address: str, folded: str) -> bool:
    """False only when no form of `address` can be in the text `folded` was made of: every
    form keeps the ASCII letters and digits of its local part, or, for the domain alone, of
    its domain, as they are. Most texts hold none, and then the address's pattern, the most
    costly one to compile, is not built at all."""
    local, _, domain = address.casefold().rpartition("@")
    local = local.partition("+")[0]
    return any(all(run in folded for run in _ASCII_RUN.findall(piece))
               for piece in (local, domain) if piece)


# "Z💜Ë" for Zoë, "L🌸tte" for Lotte: a name with an emoji standing for a letter or two. Letter
# and emoji runs alternate, so the scan is linear.
_EMOJI_INSIDE = re.compile(
    r"[^\W\d_]+(?:[\u2600-\u27bf\U0001f300-\U0001faff\ufe0f\u200d]+[^\W\d_]+)+")
_EMOJI_RUN = re.compile(r"[\u2600-\u27bf\U0001f300-\U0001faff\ufe0f\u200d]+")
_MAX_EMOJI_LETTERS = 2


def _replace_emoji_spelled(text: str, names: tuple[str, ...], name_replacement: str) -> str:
    if text.isascii():
        return text
    parts = {_without_accents(part).casefold() for name in names
             for part in [*_name_parts(name.split()), name] if " " not in part}
    parts = {part for part in parts if len(part) >= _MIN_PART_LETTERS and part.isalpha()}
    if not parts:
        return text

    def replace(match: re.Match[str]) -> str:
        pieces = [re.escape(_without_accents(piece).casefold())
                  for piece in _EMOJI_RUN.split(match.group())]
        spelled = re.compile(f".{{0,{_MAX_EMOJI_LETTERS}}}".join(pieces))
        if any(spelled.fullmatch(part) for part in parts):
            return name_replacement
        return match.group()

    return _EMOJI_INSIDE.sub(replace, text)


def _replacement(match: re.Match[str], address_replacement: str, name_replacement: str,
                 replacement_domain: str) -> str:
    kind = (match.lastgroup or "k")[0]
    if kind == "a":
        return address_replacement
    if kind == "n":
        return name_replacement
    if kind == "d":
        return replacement_domain or address_replacement
    return match.group()


# A handle on Instagram, Snapchat, TikTok or a game ("lottejanssens_2012", "@robbe.dhondt_07",
# "robbedh07"): one token of letters with digits, an underscore, an inner dot or a leading "@".
# Bounded, so that a megabyte without spaces costs linear time.
_HANDLE = re.compile(r"(?<![\w.@%+-])@?[^\W_][\w-]{0,63}(?:\.[\w-]{1,63}){0,4}(?![\w@]|%40|\uff20)")
_HANDLE_MARK = re.compile(r"\d|_|\.|^@|[a-z][A-Z]")  # "ThiboTheBeast": capitals inside mark one
_HANDLE_RUN = re.compile(r"[^\W\d_]+")
_MAX_HANDLE_AFFIX = 3  # "robbedh": a name and initials; "samsung" is no handle of Sam's
_MIN_HANDLE_INSIDE = 5  # "lotte" or "janssens" anywhere in a run: distinctive enough


def _handle_words(addresses: tuple[str, ...], names: tuple[str, ...],
                  keep_domain: str) -> frozenset[str]:
    """The words a handle of the writer's may be made of: their name words, and the words of
    their own addresses' local parts (not the helpline's alias)."""
    words = {part.casefold() for name in names for part in _name_parts(name.split())}
    words |= {name.casefold() for name in names if " " not in name
              and sum(char.isalpha() for char in name) >= _MIN_PART_LETTERS}
    for address in addresses:
        local, at, domain = address.rpartition("@")
        if not at or domain.casefold() == keep_domain:
            continue
        # "lou" of lou.lilas@… ("#TeamLou"): a run as short as three letters only when it is a
        # first name.
        words |= {word.casefold() for word in _HANDLE_RUN.findall(local)
                  if (len(word) > _MIN_PART_LETTERS or (
                      len(word) == _MIN_PART_LETTERS
                      and word.casefold() in gazetteer.load().first_names))
                  and word.casefold() not in _NOT_NAME_PARTS}
    return frozenset(word for word in words if word.isalpha())


def _run_is_named(run: str, words: frozenset[str]) -> bool:
    if run in words:
        return True
    if run in gazetteer.load().ordinary:
        return False  # "samen_2" holds "sam", and is still a word of the language
    for word in words:
        if len(word) >= _MIN_HANDLE_INSIDE and word in run:
            return True
        if len(run) - len(word) <= _MAX_HANDLE_AFFIX and (run.startswith(word)
                                                           or run.endswith(word)):
            return True
    return _split_into(run, words)


# "KevKev_Mk" of Kevin, "JulJul_08" of Julie: a handle of a short form of a name word said
# twice (the piece opens the name word and is shorter than it).
_MIN_DOUBLED_PIECE = 3


def _doubled_short_forms(words: frozenset[str]) -> frozenset[str]:
    return frozenset(word[:cut] * 2 for word in words
                     for cut in range(_MIN_DOUBLED_PIECE, len(word)))


# "FinnTheFox_11", "NoaPlaysMC": the words a handle is made of, each opening with a capital.
_CAMEL_PART = re.compile(r"[A-ZÀ-Ý][a-zß-ÿ]+")


def _camel_part_is_named(value: str, words: frozenset[str]) -> bool:
    """A name too short to be looked for inside a run ("finn" in "finnthefox") still names
    a handle when the handle is written as capitalised words and one of them is the name."""
    return any(len(part) >= _MIN_PART_LETTERS and part.casefold() in words
               for part in _CAMEL_PART.findall(value))


_MIN_HOST_WORD_LETTERS = 5


def _host_is_named(run: str, words: frozenset[str]) -> bool:
    """ "jefschrijft" of www.jefschrijft.example: a website named after its owner, their name
    and a word of the language (not "samsung": "sung" is too short to say so)."""
    ordinary = gazetteer.load().ordinary
    return run not in ordinary and any(
        run.startswith(word) and len(run) - len(word) >= _MIN_HOST_WORD_LETTERS
        and run[len(word):] in ordinary for word in words if len(word) >= _MIN_PART_LETTERS)


def _split_into(run: str, words: frozenset[str]) -> bool:
    """ "lottejanssens": the run is known words written together, perhaps with its last
    letter stretched ("lottejanssensss")."""
    ends = {0}
    for end in range(1, len(run) + 1):
        if any(run[start:end] in words for start in ends if end - start >= _MIN_PART_LETTERS):
            ends.add(end)
    stretched = len(run)
    while stretched > 1 and run[stretched - 2] == run[-1]:
        stretched -= 1
    return any(end in ends for end in range(stretched, len(run) + 1))


def _replace_handles(text: str, words: frozenset[str], name_replacement: str) -> str:
    """Each handle-like token with one of `words` in it, replaced whole by `name_replacement`.

    The words are looked for first (one scan in C; they are rare in a text), and only the
    tokens around them are looked at, so a megabyte of "ab1 ab1 …" costs one scan."""
    view, positions = _matching_view(text)
    out: list[str] = []
    last = 0
    examined = 0  # each token is looked at once, whatever number of names it holds
    for found in _handle_words_pattern(words).finditer(view):
        if found.start() < examined:
            continue
        examined = _TOKEN_CHARS.match(view, found.start()).end()  # type: ignore[union-attr]
        left = found.start()
        while left > 0 and found.start() - left < _MAX_HANDLE_CHARS \
                and (view[left - 1].isalnum() or view[left - 1] in "_.@-"):
            left -= 1
        while left < found.start() and view[left] in ".-_":
            left += 1
        token = _HANDLE.match(view, left)
        if token is None or token.end() < found.end() or left < last:
            continue
        value = token.group()
        runs = [run.casefold() for run in _HANDLE_RUN.findall(value)]
        if value == name_replacement:
            continue
        web = value.casefold().startswith("www.") or view[max(0, left - 2):left] == "//"
        if _HANDLE_MARK.search(value):
            if not any(_run_is_named(run, words) or (web and _host_is_named(run, words))
                       for run in runs) and not _camel_part_is_named(value, words):
                continue
        # "lottejanssens": no mark, but two of their name words written together (also when
        # their address is that run: "#arnesmets" of arnesmets@… and Arne Smets).
        elif not any(_split_into(run, words - {run}) for run in runs):
            continue
        start, end = token.start(), token.end()
        if positions is not None:
            start, end = positions[start], positions[end - 1] + 1
        out.append(text[last:start])
        out.append(name_replacement)
        last = end
    if not out:
        return text
    out.append(text[last:])
    return "".join(out)


_MAX_HANDLE_CHARS = 80
_TOKEN_CHARS = re.compile(r"[\w.@-]*")


@lru_cache(maxsize=128)
def _handle_words_pattern(words: frozenset[str]) -> re.Pattern[str]:
    ordered = sorted(words, key=len, reverse=True)
    return re.compile("|".join(_word_regex(word) for word in ordered), re.IGNORECASE)



def _matching_view(text: str) -> tuple[str, list[int] | None]:
    """`text` as it reads, for matching: invisible characters dropped, fullwidth and other
    compatibility forms of ASCII folded ("＠", "．"), look-alike letters of other scripts
    folded to the Latin letter they imitate; with, for each character of the view, its
    position in `text`. (text, None) when nothing needed folding: the common case.
    Only the non-ASCII characters are looked at one by one; the ASCII runs between them are
    copied whole, so a long mail with a few accents costs little more than one without."""
    if text.isascii():
        return text, None
    view: list[str] = []
    positions: list[int] = []
    changed = False
    last = 0
    lone_letter_at = -1  # where the last regional-indicator letter standing alone was
    for match in _NON_ASCII.finditer(text):
        index = match.start()
        char = text[index]
        letter = _regional_letter(text, index)
        if letter and lone_letter_at == last - 1 and 0 < index - last <= _MAX_LETTER_GAP \
                and text[last:index].isspace():
            last = index  # "🇧 🇴": letters spaced so that they do not make a flag
            changed = True
        if index > last:
            view.append(text[last:index])
            positions.extend(range(last, index))
        folded = letter or _fold_char(char)
        if letter:
            lone_letter_at = index
        if folded != char:
            changed = True
        if folded:
            view.append(folded)
            positions.append(index)
        last = index + 1
    if not changed:
        return text, None
    view.append(text[last:])
    positions.extend(range(last, len(text)))
    return "".join(view), positions


_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_REGIONAL_A = 0x1F1E6
_REGIONAL_Z = 0x1F1FF
_MAX_LETTER_GAP = 2


def _is_regional(char: str) -> bool:
    return _REGIONAL_A <= ord(char) <= _REGIONAL_Z


def _regional_letter(text: str, index: int) -> str:
    """ "🇧 🇴" spells "bo": a regional-indicator symbol standing alone (two side by side make
    a flag, 🇧🇪) is the letter it shows."""
    char = text[index]
    if not _is_regional(char) or (index > 0 and _is_regional(text[index - 1])) \
            or (index + 1 < len(text) and _is_regional(text[index + 1])):
        return ""
    return chr(ord("a") + ord(char) - _REGIONAL_A)


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    # An emoji or other symbol is dropped too: "Yas🌙mina" reads as the name it decorates.
    if char in _INVISIBLE or char in "\ufe0e\ufe0f" or (
            unicodedata.category(char) in ("So", "Sk") and char not in _APOSTROPHES):
        return ""  # ("D´Hondt": an acute accent typed as an apostrophe stays one)
    compatible = unicodedata.normalize("NFKC", char)
    if len(compatible) == 1 and compatible.isascii():
        return compatible
    name = unicodedata.name(char, "")
    if name.startswith(_LOOKALIKE_SCRIPTS):
        for found in confusables.is_confusable(char, preferred_aliases=["latin"]) or ():
            for glyph in found.get("homoglyphs", ()):
                latin = glyph.get("c", "")
                if len(latin) == 1 and latin.isascii() and latin.isalpha():
                    return latin
    if small := _small_capital(name):
        return small
    return char


_SMALL_CAPITAL_PREFIX = "LATIN LETTER SMALL CAPITAL "


def _small_capital(name: str) -> str:
    """ "ᴊᴏʀɪꜱ": a Latin small capital letter (by its Unicode name) reads as the capital it
    shows; "" for any other character, and for ligatures and forms such as "small capital OE"."""
    if not name.startswith(_SMALL_CAPITAL_PREFIX):
        return ""
    letter = name[len(_SMALL_CAPITAL_PREFIX):]
    return letter if len(letter) == 1 and "A" <= letter <= "Z" else ""


def _clean_addresses(addresses: Iterable[str]) -> tuple[str, ...]:
    cleaned = []
    for address in addresses:
        value = address.strip().strip("<>").strip()
        if value.lower().startswith("mailto:"):
            value = value[len("mailto:") :]
        if len(value) >= 3:
            cleaned.append(value)
    return tuple(dict.fromkeys(cleaned))[:_MAX_ADDRESSES]


def _clean_names(names: Iterable[str]) -> tuple[str, ...]:
    """Usable names; "Peeters, Jan" (as Exchange shows people) also as "Jan Peeters"."""
    cleaned = []
    for name in names:
        value = " ".join(name.split()).strip(" \"'")
        if len(value) < _MIN_NAME_CHARS or value.casefold() in _NOT_A_NAME:
            continue
        cleaned.append(value)
        # Matching happens on the folded view (see _matching_view): a name in a script with
        # Latin look-alikes ("Дарина" reads "Дapинa" there) is looked for as it reads too.
        if not value.isascii() and (folded := _matching_view(value)[0]) != value:
            cleaned.append(folded)
        last, comma, first = value.partition(",")
        if comma and "," not in first and last.strip() and first.strip():
            cleaned.append(f"{first.strip()} {last.strip()}")
    return tuple(dict.fromkeys(cleaned))[:_MAX_NAMES]


@lru_cache(maxsize=128)
def _identity_pattern(
    addresses: tuple[str, ...], names: tuple[str, ...], keep: tuple[str, ...],
    keep_domain: str = "",
) -> re.Pattern[str] | None:
    """One alternation over everything to replace, longest source first.

    Python tries alternatives in order at each position, so ordering by length makes the
    full name win over its parts and "Peeters, Jan" win over "Peeters". Groups are named
    a<i> (address), d<i> (a domain alone), n<i> (name) and k<i> (keep as is); `lastgroup`
    tells them apart. Every name contributes a bounded number of alternatives of bounded
    length, so the pattern grows linearly with the identity, never with its square.
    """
    alternatives: list[tuple[int, str, str]] = []
    domains: list[str] = []
    for address in addresses:
        alternatives.append((len(address), "a", _address_regex(address)))
        domain = address.rpartition("@")[2]
        if "@" in address and "." in domain and domain.casefold() != keep_domain:
            domains.append(domain)
            local = _local_alone_regex(address)
            if local:
                alternatives.append((len(address.partition("+")[0].rpartition("@")[0]), "a",
                                     local))
    for domain in dict.fromkeys(domains):
        regex = "".join(_address_char(char) for char in domain)
        alternatives.append((len(domain), "d", rf"(?<![\w.@-]){regex}(?![\w-])"))
    parts: list[str] = []
    for name in names:
        words = name.split()
        for variant, regex in _name_variants(words[:_MAX_NAME_WORDS]):
            alternatives.append((len(variant), "n", regex))
        if len(words) >= 2:
            parts.extend(_name_parts(words))
    parts = list(dict.fromkeys(parts))
    spelled = list(dict.fromkeys(
        [*parts, *(name for name in names if len(name.split()) == 1)]))[:_MAX_NAME_PARTS]
    for part in parts[:_MAX_NAME_PARTS]:
        alternatives.append((len(part), "n", rf"(?<!\w){_word_regex(part)}{_NAME_END}"))
    for word in spelled:
        if _MIN_PART_LETTERS <= len(word) <= _MAX_SPELLED_LETTERS and word.isalpha():
            alternatives.append((2 * len(word) - 1, "n", _spelled_regex(word)))
            # "Woutje", "Veldeke" of Wout, Van de Velde: a Flemish diminutive is the name too,
            # unless it is a word ("bosje" of Bos).
            if suffixes := _diminutive_suffixes(word):
                alternatives.append((len(word) + 2, "n", rf"(?<!\w){_word_regex(word)}"
                                     rf"(?:{'|'.join(suffixes)}){_NAME_END}"))
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


# "mijn gmail is lotte.janssens2012", "stuur naar lotte punt janssens2012 at gmail": the local
# part of the writer's own address, written without its domain (or with only the provider),
# is as identifying as the whole address. Only a local part no one writes as a word: one with
# a dot, underscore, hyphen or digit in it ("sam" alone is a name, replaced as one).
_MIN_LOCAL_ALONE_CHARS = 5


def _local_alone_regex(address: str) -> str:
    local, _, domain = address.rpartition("@")
    local = local.partition("+")[0]
    if len(local) < _MIN_LOCAL_ALONE_CHARS or not re.search(r"[\d._-]", local) \
            or not re.search(r"[^\W\d_]", local):
        return ""
    provider = domain.split(".")[0]
    written = "".join(_address_char(char) for char in local)
    domain_word = r"[\w-]{1,63}"
    # The provider written after it ("at gmail"), or any domain with a dot in it.
    after = (rf"(?:{_AT}(?:{re.escape(provider)}(?:{_DOT}{domain_word}){{0,3}}"
             rf"|{domain_word}(?:{_DOT}{domain_word}){{1,4}}))?")
    return (rf"(?<![\w.+@-]){written}(?:\+[^\s@<>\"%]*)?{after}"
            r"(?![\w-]|\.\w|[\w.+-]{0,64}(?:@|%40|\uff20))")


def _address_char(char: str) -> str:
    if char == ".":
        return _DOT
    if char == "@":
        return _AT
    if char.isascii() and char.isalnum():
        # An ASCII letter or digit is never percent-encoded by a URI producer (RFC 3986,
        # 2.3: unreserved), so "%6c" for "l" is no form a writer's address takes; leaving it
        # out keeps the addresses' pattern, compiled once per writer, a third shorter.
        return re.escape(char)
    encoded = "".join(f"%{byte:02x}" for byte in char.encode("utf-8", "surrogatepass"))
    return f"(?:{re.escape(char)}|{encoded})"


def _name_variants(words: list[str]) -> list[tuple[str, str]]:
    """(text, regex) for the full name and its "Lastname, Firstname" forms."""
    name = " ".join(words)
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
        if len(parts) >= _MAX_NAME_PARTS:
            break
    return list(dict.fromkeys(parts))


def _word_regex(word: str) -> str:
    """A name as written, or with its letters stretched ("Nooor", "Janaaa"). A run of one
    letter is one repeat ("oo" of Noor: two or more), never two side by side, which would
    let a megabyte of "o" be split every way before the match fails."""
    if len(word) < _MIN_PART_LETTERS:
        return "".join(_name_char(char) for char in word)
    out: list[str] = []
    runs = [(char, len(list(run))) for char, run in itertools.groupby(word, key=str.casefold)]
    for place, (char, count) in enumerate(runs):
        if char == "." and count == 1 and place < len(runs) - 1:
            out.append(r"\.[ \t]?")  # "K.V.D." signed, "K. V. D." in the text
        elif not char.isalpha():
            out.append(_name_char(char) * count)
        else:
            out.append(f"(?:{_name_char(char)})" + ("+" if count == 1 else f"{{{count},}}"))
    return "".join(out)


_MAX_SPELLED_LETTERS = 12
_DIMINUTIVES = ("tje", "je", "ske", "ke", "ken")


def _diminutive_suffixes(word: str) -> list[str]:
    ordinary = gazetteer.load().ordinary
    return [suffix for suffix in _DIMINUTIVES if (word + suffix).casefold() not in ordinary]


def _spelled_regex(word: str) -> str:
    """ "N.O.O.R", "n o o r", "L O R E": a name spelled out letter by letter."""
    return (r"(?<![\w.])" + r"[.\s]{1,2}".join(_name_char(char) for char in word)
            + r"\.?(?![\w])")


def _without_accents(word: str) -> str:
    """ "nguyen" of "nguyễn": the word with its combining marks taken off."""
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


_APOSTROPHES = "'’‘`´ʼ"


def _name_char(char: str) -> str:
    """A letter as typed: precomposed, decomposed, or without its accent ("Zoë", "Zoe"); an
    apostrophe as any keyboard or autocorrect writes it ("D'Hondt", "D’Hondt")."""
    if char in _APOSTROPHES:
        return "[" + re.escape(_APOSTROPHES) + "]"
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
# "---", "———", "___" on a line of their own: a rule people draw above the signature they
# typed themselves. Taken as a delimiter only when what follows it looks like a signature
# (the same check as for "-- "); Outlook's long rule of underscores over "Van: …" is history.
_RULE_DELIMITER = re.compile(r"(?:-{3,}|[—–]{2,}|_{3,9})[ \t\u00a0]*")


def _is_delimiter(line: _Line, who: Identity | None) -> bool:
    """A "-- " line; or a rule, when the writer is known (see _looks_like_signature_block)."""
    return bool(_SIGNATURE_DELIMITER.fullmatch(line.body)
                or (who is not None and _RULE_DELIMITER.fullmatch(line.body)))
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


def strip_signature(text: str, marker: str = "", who: Identity | None = None) -> str:
    """remove_delimited_signature, the text only (see there)."""
    return remove_delimited_signature(text, marker, who).text


_POSTSCRIPT = re.compile(r"(?i)p\.?\s?p?\.?\s?s\b")  # "PS", "P.S.", "pps": the writer's own
# A motto under the name: a whole line in quotation marks, perhaps with who said it
# ('"Elke stem telt." – Gandhi'). Below "-- " it is part of the card, not the writer's sentence.
_MOTTO_LINE = re.compile(
    r"(?:\"[^\"\n]{2,200}\"|“[^”\n]{2,200}”|„[^“”\n]{2,200}[“”]|«[^»\n]{2,200}»"
    r"|‘[^’\n]{2,200}’)(?:\s{0,3}[-–—]\s{0,3}[^\W\d_][\w .'’-]{0,40})?"
)


def _looks_like_signature_block(lines: list[_Line], who: Identity | None,
                                strict: bool = False) -> bool:
    """What follows a "-- " line is a signature when it has a name, a role or contact
    details, and no sentence of the writer's ("--\nps mijn ouders mogen dit nie weten" is
    the writer's text). Disclaimer paragraphs do not count as sentences. Below a rule
    (`strict`), only name and contact lines: "---\nEn nog iets." is the writer's."""
    name_words = _signature_name_words(who) if who is not None else None
    content = [line for line in lines if not line.blank]
    if not content:
        return True
    if strict:
        # Under a rule only a card: name and contact lines, one at least unmistakable. A
        # young person's "---" between parts of their story is followed by more story.
        texts = [line.content.strip() for line in content]
        # "---" / "Dit bericht werd verzonden via Smartschool door … (4B)." / "Antwoorden op
        # dit bericht is niet mogelijk.": a platform's footer, sentences of no one's.
        texts = _without_platform_footer(texts)
        kinds = [_line_kind(text, name_words) for text in texts]
        return (not texts or "sure" in kinds) and all(kind in ("sure", "name") for kind in kinds) \
            and not any(_SENTENCE.fullmatch(text) or _POSTSCRIPT.match(text) for text in texts)
    signed = False
    for line in content:
        text = line.content.strip()
        kind = _line_kind(text, name_words)
        if kind in ("sure", "name") or (name_words is None and len(text.split()) <= 3):
            signed = True
        elif (kind == "text" or _SENTENCE.fullmatch(text)) and not _DISCLAIMER.search(text) \
                and not _MOTTO_LINE.fullmatch(text):
            return False
    return signed


# What a platform writes under its footer: that its mail cannot be answered.
_NO_REPLY_NOTE = re.compile(
    r"(?i)(?:antwoorden\s+op\s+dit\s+bericht\s+is\s+niet\s+mogelijk"
    r"|(?:je|u)\s+kan\s+niet\s+(?:antwoorden\s+op|reageren\s+op)\s+dit\s+bericht"
    r"|(?:replies|replying)\s+to\s+this\s+(?:message|e-?mail)\s+(?:is|are)\s+not\s+possible"
    r"|(?:please\s+)?do\s+not\s+reply\s+to\s+this\s+(?:message|e-?mail)"
    r"|(?:il\s+n['’]est\s+pas\s+possible\s+de\s+|(?:merci\s+de\s+)?ne\s+(?:pas\s+)?)"
    r"r[ée]pond(?:re|ez)\s+(?:pas\s+)?[àa]\s+ce\s+message)\W{0,3}"
)


# "Message envoyé depuis la plateforme pédagogique. Ne pas utiliser …", "Bericht verstuurd
# via het schoolplatform": a platform's line under a rule, in no one's words.
_PLATFORM_SENT_LINE = re.compile(
    r"(?i)(?:message|bericht|e-?mail|mail|courriel)\s+(?:envoy[ée]|verstuurd|verzonden|sent)\s+"
    r"(?:depuis|via|par|from|through|vanuit|vanaf|met)\s+(?:la\s+|le\s+|l['’]|het\s+|de\s+|the\s+)?"
    r"(?:plate-?forme|platform|schoolplatform|portal|portail|app|application|applicatie)\b.{0,160}"
)


def _without_platform_footer(texts: list[str]) -> list[str]:
    """`texts` (the lines under a rule) without a footer line of a platform's ("Dit bericht
    werd verzonden via …") and the no-reply notes right under it."""
    kept: list[str] = []
    in_footer = False
    for text in texts:
        if _FOOTER_LINE.fullmatch(text) or _PLATFORM_SENT_LINE.fullmatch(text):
            in_footer = True
        elif not (in_footer and _NO_REPLY_NOTE.fullmatch(text)):
            in_footer = False
            kept.append(text)
    return kept


def remove_delimited_signature(text: str, marker: str = "",
                               who: Identity | None = None) -> SignatureCut:
    """Remove the sender's "-- " signature and "Sent from my iPhone" lines.

    A volunteer's signature carries their name, phone number, sometimes an employer: from
    a "-- " line (or "--", as clients that trim trailing blanks leave it) up to where quoted
    history starts, or to the end. The history itself stays, and the blank lines that
    separated it from the reply. Every such block goes, also one in Outlook-style history
    that is not quoted with ">": it can only be an earlier signature of the same thread.
    A delimiter that opens the text is not one: what follows is the writer's only text.
    Each removed block leaves `marker` in its place when one is given. Mobile footers
    reveal the device rather than the person; they go without a marker.
    """
    lines = _split_lines(text)
    blocks = _header_blocks(lines)
    kept: list[_Line] = []
    removed = 0
    index = 0
    while index < len(lines):
        line = lines[index]
        end = _signature_end(lines, blocks, index) \
            if _is_delimiter(line, who) or _long_rule_over_name(lines, blocks, index, who) \
            else index
        if end > index and any(not k.blank for k in kept) \
                and _looks_like_signature_block(  # below a rule, not "-- ": strictly
                    lines[index + 1 : end], who,
                    strict=_SIGNATURE_DELIMITER.fullmatch(line.body) is None):
            gone = [line.content.strip() for line in lines[index + 1 : end] if not line.blank]
            lost = len(gone)
            removed += lost
            # "-- / Sent with Proton Mail" (a client's signature holder in HTML): a device,
            # no one's words; it goes without a marker, as a client line does.
            if marker and lost and not all(_is_client_line(line) for line in gone):
                kept.append(line._replace(content=marker, eol=lines[end - 1].eol))
            index = end
            continue
        if not line.quoted and _is_client_line(line.content.strip()) and (
            _MOBILE_SIGNATURE.fullmatch(line.content.strip()) or _is_last_text(lines, index)
        ):
            index += 1
            continue
        kept.append(line)
        index += 1
    return SignatureCut(_join(kept), removed)


_LONG_RULE = re.compile(r"_{10,80}[ \t\u00a0]*")


def _long_rule_over_name(lines: list[_Line], blocks: dict[int, list[_Role]], index: int,
                         who: Identity | None) -> bool:
    """Outlook's long rule of underscores, when no header block but a line opening with the
    writer's own name follows it: a platform's signature ("____ / Nathan Leroy – Élève …")."""
    if who is None or not _LONG_RULE.fullmatch(lines[index].body):
        return False
    name_words = _signature_name_words(who)
    below = next((i for i in range(index + 1, len(lines)) if not lines[i].blank), None)
    if below is None or below in blocks or name_words is None or lines[below].quoted:
        return False
    match = name_words.search(lines[below].content)
    return match is not None and not lines[below].content[: match.start()].strip()


def _is_last_text(lines: list[_Line], index: int) -> bool:
    """No own text below this line (only blank lines or quoted history)."""
    return all(line.blank or line.quoted for line in lines[index + 1 :])


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
# 06 12 34 56 78. Short service numbers (1712, 112) are not matched: volunteers refer to them;
# nor are dates (03.11.2026 has eight digits, a phone number at least nine).
# "(+32) 472 …": the country code is written in brackets too.
_PHONE = re.compile(
    r"(?<![\w+])(?:\(?(?:\+|00)\d{1,3}\)?[\s./-]?(?:\(0\))?[\s./-]?\d{1,4}|0\d{1,3})"
    r"(?:[\s./-]?\d{2,4}){2,4}(?!\w)"
)
_MIN_PHONE_DIGITS = 9
# "+1 (512) 555-0147", "+44 (20) 7946 0018", "(512) 555-0147": an area code in brackets.
_BRACKETED_AREA_PHONE = re.compile(
    r"(?<![\w+])(?:(?:\+|00)\d{1,3}[ \t.-]?)?\(\d{2,4}\)[ \t.-]?\d{2,4}"
    r"(?:[ \t.-]?\d{2,4}){1,3}(?!\w)"
)
# "02/12/2026 21:14", "03.11.2026 9u": a full date (day, month, year of this or the last
# century, one separator) with an hour after it is no phone number; a date followed by four
# digits or more could be one written oddly, and is replaced.
_DATE_FIRST = re.compile(r"(?:0?[1-9]|[12]\d|3[01])([./-])(?:0?[1-9]|1[0-2])\1(?:19|20)\d\d(?!\d)")
_MIN_TAIL_DIGITS = 4
# Free and shared-cost service numbers (0800 32 123, 070 245 245): a helpline a writer
# points to, not a person.
_SERVICE_PREFIXES = ("0800", "0900", "0902", "0903", "0905", "070", "077", "078", "0808")
# Belgian 070/077/078 numbers have nine digits; a longer one is a British mobile ("07700 900123").
_SHORT_SERVICE_PREFIXES = ("070", "077", "078")
_SHORT_SERVICE_DIGITS = 9
# British 03 numbers ("0300 330 0630", "0345 …") are given only to organisations (0300 to
# charities and public bodies): eleven digits. A Belgian 03 number (Antwerp) has nine, a
# French or Dutch one ten: those stay personal.
_ORGANISATION_PREFIXES = ("030", "033", "034", "037")
_ORGANISATION_DIGITS = 11


def _is_service_number(digits: str) -> bool:
    if digits.startswith(_ORGANISATION_PREFIXES):
        return len(digits) == _ORGANISATION_DIGITS
    if digits.startswith(_SHORT_SERVICE_PREFIXES):
        return len(digits) <= _SHORT_SERVICE_DIGITS
    return digits.startswith(_SERVICE_PREFIXES)
_STREET = re.compile(
    r"(?i)(?:\b[\w'-]*(?:straat|laan|weg|plein|dreef|lei|steenweg|kaai|markt|baan|hof|singel"
    r"|plaats|gracht|kade|steeg)"
    r"|\b(?:rue|avenue|boulevard|chauss[ée]e|place|all[ée]e|impasse)\s[\w' -]+?"
    r"|\b[\w'-]+\s(?:street|road|lane|avenue|square|drive))\s*,?\s*\d+\w?\b"
    r"|\b\d+\w?,?\s+(?:rue|avenue|boulevard)\b"
    r"|\b\d{1,4}\w?,?\s+(?:[A-Z][\w'-]+\s+){1,3}(?:Street|Road|Lane|Avenue|Close|Drive|Way|Square"
    r"|Place|Crescent|Gardens|Terrace|Court|Row|Hill|Walk)\b"
)
# The same in running text, stricter: a street name of its own ("Kerkstraat 12", "Kerkstraat
# nr. 12", not "weg 2" in "al weg 2 dagen"), or a French street with its number.
_STREET_IN_TEXT = re.compile(
    r"\b[A-ZÀ-Ý][\w'-]{1,40}(?:straat|str\.|laan|weg|plein|dreef|lei|steenweg|kaai|singel|dijk"
    r"|markt|baan|vest|plaats|gracht|kade|steeg|vaart)"
    r"\s*,?\s*(?:(?:nr|no|n°|nummer)\.?\s*)?\d{1,4}(?:\s?[a-zA-Z](?!\w)|(?!\w))"
    r"(?:\s*(?:bus|b)\s*\d{1,4}\b)?"
    # "Grote Markt 3", "Oude Baan 12": a street named in two words, both capitalised.
    r"|\b[A-ZÀ-Ý][\w'-]{1,40}\s(?:Markt|Plein|Straat|Laan|Weg|Dreef|Steenweg|Baan|Kaai|Vest"
    r"|Dijk|Lei)\s*,?\s*\d{1,4}(?:\s?[a-zA-Z](?!\w)|(?!\w))"
    # "14 Mill Lane", "3 St John's Road": a British address, number first.
    r"|\b\d{1,4}[a-zA-Z]?,?\s(?:[A-Z][\w'’-]+\s){1,3}(?:Street|Road|Lane|Avenue|Close|Drive"
    r"|Way|Square|Crescent|Gardens|Terrace|Court|Row|Walk|(?:Rd|St|Ave|Ln|Dr|Cres|Gdns|Sq)\b\.?)"
    r"(?!\w)"
    r"|\b\d{1,4},?\s+(?:rue|avenue|boulevard|chauss[ée]e)\s+(?:d[eu']\s*|de\s+la\s+|des\s+)?"
    r"[A-ZÀ-Ý][\w'-]{1,40}"
    r"|\b(?:rue|avenue|boulevard|chauss[ée]e)\s+(?:d[eu']\s*|de\s+la\s+|des\s+)?[A-ZÀ-Ý][\w'-]{1,40}"
    r"\s*,?\s*\d{1,4}\b"
)
# The same written in lower case, as young people write ("woon in de kerkstraat 12", "op de
# grote markt 3"): a street word of its own (not "snelweg", "zijstraat") or two words, an
# adjective before a street noun, and a house number that is no count of something ("de
# ringweg 2 keer", "de markt 3 jaar").
_STREET_SUFFIXES = (r"(?:straat|laan|weg|plein|dreef|lei|steenweg|kaai|singel|dijk|markt|baan|vest"
                    r"|plaats|gracht|kade|steeg)")
_HOUSE_NUMBER = (
    r"\s*,?\s*(?:(?:nr|no|n°|nummer)\.?\s*)?\d{1,4}(?:\s?[a-z](?!\w)|(?!\w))(?:\s*(?:bus|b)\s*\d{1,4}\b)?"
    r"(?!\s*(?:jaar|jaren|j|jr|ans?|years?|keer|x|uur|u|h|min|minuten|sec|dagen|dag|weken|week"
    r"|maanden|maand|km|m|meter|cm|kg|kilo|euro|eur|€|%|procent|personen|mensen|kinderen"
    r"|leerlingen|huizen|keer)\b|\s*[%€:/.,]\d)"
)
# French and English streets written in lower case ("j'habite 14 rue des lilas", "rue des
# lilas 14", "22 kingsley rd"): the street word is the cue; a count after the number ("la
# place des fêtes 3 fois") or a word of counting before the street ("2 times on the way") is
# no address.
_FRENCH_STREET_WORDS = (r"(?:rue|avenue|av\.|boulevard|bd|chauss[ée]e|place|chemin|clos|all[ée]e"
                        r"|impasse|dr[èe]ve|square|quai)")
_FRENCH_OF = r"(?:(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*)?"
_LOWER_WORD = r"[a-zà-ÿ][\w'’-]{1,40}"
_NOT_A_HOUSE_NUMBER = (
    r"(?!\s*(?:ans?|fois|minutes?|min|heures?|h|km|m|mètres?|euros?|€|%|jours?|semaines?|mois"
    r"|personnes|élèves|years?|times|minutes?|hours?|miles?|days?|weeks?|months?|people)\b)")
_ENGLISH_COUNT_WORDS = (r"(?:the|a|an|my|his|her|their|our|your|this|that|on|in|to|of|at|for|and"
                        r"|more|times|days|minutes|hours|hour|weeks|months|years|miles|people|kids"
                        r"|friends|other|or|best|few|little|big|whole)")
_LOWER_FOREIGN_STREET = re.compile(
    rf"(?i)\b\d{{1,4}}(?:\s?(?:bis|ter|[a-z]))?,?\s+{_FRENCH_STREET_WORDS}\s+{_FRENCH_OF}"
    rf"{_LOWER_WORD}(?:\s+(?!(?:à|a|en|au|avec|et|dans|chez|pour)\b){_LOWER_WORD})?"
    rf"|\b{_FRENCH_STREET_WORDS}\s+{_FRENCH_OF}{_LOWER_WORD}(?:\s+{_LOWER_WORD})?\s*,?\s*"
    rf"\d{{1,4}}(?:\s?(?:bis|ter|[a-z])(?!\w))?(?!\w){_NOT_A_HOUSE_NUMBER}"
    rf"|\b\d{{1,4}}[a-z]?,?\s(?:(?!{_ENGLISH_COUNT_WORDS}\b)[a-z][\w'’-]+\s){{1,2}}"
    r"(?:street|road|rd|lane|avenue|ave|crescent|gardens|terrace|grove)\b"
)
_LOWER_STREET_IN_TEXT = re.compile(
    rf"\b(?P<street>[a-zà-ÿ][\w'-]{{1,40}}{_STREET_SUFFIXES}"
    r"|(?!(?:deze|onze|welke|elke|iedere|andere|zelfde|volgende|vorige|eerste|tweede|derde"
    r"|laatste|halve|hele)\b)[a-zà-ÿ]{3,20}e\s(?:markt|plein|straat|laan|weg"
    rf"|dreef|steenweg|baan|kaai|vest|dijk|lei)){_HOUSE_NUMBER}"
)
# Compound nouns that end like a street and are not one ("loopbaan", "ijsbaan").
_NOT_STREETS = frozenset((
    "loopbaan", "ijsbaan", "rijbaan", "renbaan", "atletiekbaan", "startbaan", "kegelbaan",
    "zwembaan", "wielerbaan", "bowlingbaan", "glijbaan", "tennisbaan", "speelweg", "omweg",
    "terugweg", "heenweg", "thuisweg", "zijweg", "tussenweg", "middenweg", "uitweg",
    "jaarmarkt", "kerstmarkt", "rommelmarkt", "vlooienmarkt", "boekenmarkt", "arbeidsmarkt",
    "woningmarkt", "huurmarkt", "parkeerplaats", "zitplaats", "werkplaats", "slaapplaats",
    "standplaats", "staanplaats", "woonplaats", "geboorteplaats", "speelplaats", "verblijfplaats",
    "eerste plaats", "tweede plaats", "derde plaats", "laatste plaats", "slotgracht",
))
_POSTCODE_CITY = re.compile(r"\b(?:[A-Z]-)?\d{4,5}\s+[A-ZÀ-Ý][\w'-]+"
                            r"|\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b")  # and "OX2 6QR"
_SIGNATURE_WORDS = re.compile(
    r"(?i)^(?:vrijwillig(?:st)?er|volunteer|b[ée]n[ée]vole|co[öo]rdinat(?:or|eur|rice)|"
    r"medewerker|consulent|hulpverlener|teamleider|directeur|director|manager|psycholo|"
    r"assistant[e]?\s+social|maatschappelijk\s+werk|[ée]ducat(?:eur|rice)|animat(?:eur|rice)|"
    r"begeleider|jeugdwerker|social\s+worker|counsel+or|therapeut|th[ée]rapeute|stagiair|"
    r"(?:tel|t[ée]l|gsm|mobiel|mobile?|phone|fax|[tmfe])\b\.?\s*[:.]?\s*[+\d(]|"
    r"(?:tel|t[ée]l|gsm|mobiel|fax|e-?mail|web|site)\s*[:.]|www\.|https?://|"
    r"\[(?:cid:|logo|image|afbeelding|signature|handtekening)[^\]]*\]$)"
)
# Disclaimers under a signature: the walk up from the end does not stop at them, they are
# part of the signature block. One such word anywhere in a paragraph makes it a disclaimer.
_DISCLAIMER = re.compile(
    r"(?i)vertrouwelijk|uitsluitend|bestemd\s+voor|geadresseerde|per\s+vergissing|afzender"
    r"|verwijder|disclaimer|confidential|intended\s+(?:solely|only|exclusively|for)|recipient"
    r"|addressee|in\s+error|notify\s+the\s+sender|delete\s+(?:it|this)|confidentiel"
    r"|destinataire|par\s+erreur|supprimer|strictement|exp[ée]diteur|bijlagen|attachments"
    r"|annexes|e-?mail\s+(?:en|and)|courriel"
    # German, Spanish, Italian: an employer's footer in a neighbour's language.
    r"|vertraulich|empf[äa]nger|adressat|irrt[üu]mlich|absender|l[öo]schen|vernichten"
    r"|ausschlie(?:ß|ss)lich|confidencial|destinatari[oa]|remitente|por\s+error|elim[ií]n"
    r"|riservat|mittente|per\s+errore|cancellat|esclusivamente"
)
_ENVIRONMENT_LINE = re.compile(
    r"(?i).{0,40}(?:denk\s+aan\s+het\s+milieu|think\s+before\s+(?:you\s+)?print"
    r"|pensez\s+[àa]\s+l.environnement|niet\s+afdrukken|please\s+consider\s+the\s+environment)"
    r".{0,80}"
)
_DISCLAIMER_MARKS = 2  # one word ("confidential") is a sentence; a disclaimer has several
# "Dit bericht is vertrouwelijk.", "Ce courriel est confidentiel.": one disclaimer word is
# enough when the paragraph speaks of the mail itself, which a writer's own words to the
# reader never do this way.
_ABOUT_THIS_MAIL = re.compile(
    r"(?i)(?:^|[.!?]\s)\W*(?:dit\s+(?:e-?mail)?bericht|deze\s+(?:e-?)?mail|this\s+(?:e-?mail|message)"
    r"|ce\s+(?:message|courriel|mail|e-?mail)|avis\s+de\s+confidentialit[ée]"
    r"|diese(?:r|s)?\s+(?:e-?mail|nachricht)|(?:este|esta)\s+(?:mensaje|correo)"
    r"|quest[oa]\s+(?:messaggio|e-?mail)"
    r"|confidentiality\s+notice|vertrouwelijkheidsclausule)\b"
)
_MAX_SHORT_DISCLAIMER_CHARS = 200
# "Disclaimer: de inhoud van dit bericht bindt de organisatie niet.": a line that calls
# itself a disclaimer and speaks of the mail it closes. A volunteer's own "Disclaimer: ik
# ben geen arts" does not speak of the mail, and stays.
_DISCLAIMER_LABEL = re.compile(
    r"(?i)^\W{0,3}(?:disclaimer|confidentiality(?:\s+notice)?|legal\s+notice"
    r"|vertrouwelijkheid(?:sclausule)?|avis\s+de\s+confidentialit[ée]|avertissement"
    r"|clause\s+de\s+non-responsabilit[ée]|aviso\s+legal|haftungsausschluss"
    r"|rechtlicher\s+hinweis|vertraulichkeitshinweis|avviso\s+di\s+riservatezza)\s*[:\-–—]"
)
# What a disclaimer says of the mail and nobody's own words to a young person do: "Deze e-mail
# bindt de universiteit niet", "n'engage pas", "accepts no liability".
_LEGAL = re.compile(
    r"(?i)\b(?:aansprakelijk\w*|liab(?:le|ility)|rechten\s+(?:worden\s+|kunnen\s+)?ontleend"
    r"|(?:legally|juridisch|juridiquement)\s+(?:binding|bindend|contraignant)"
    r"|n['’]engage|bindt\b.{0,60}\bniet|tenue?s?\s+(?:pour\s+)?responsables?"
    r"|(?:views|opinions?)(?:\s+(?:or|and)\s+opinions)?\s+expressed|views\s+(?:or|and)\s+opinions"
    r"|sole\s+responsibility\s+of\s+the\s+(?:sender|author)|not\s+necessarily\s+reflect"
    r"|ne\s+refl[eè]te\s+pas\s+n[ée]cessairement|(?:seule|sous\s+la)\s+responsabilit[ée]"
    r"\s+de\s+(?:son|l['’])\s*(?:auteur|exp[ée]diteur)|weerspiegel\w*\s+niet\s+noodzakelijk"
    r"|niet\s+noodzakelijk\w*\s+(?:het\s+standpunt|de\s+mening))"
)
_THIS_MAIL = re.compile(
    r"(?i)\b(?:dit|deze|this|ce|cet|cette|diese[rs]?|dieser|este|esta|quest[oa])\s+"
    r"(?:e-?mail|mail|bericht|e-?mailbericht|message|courriel|communication|correspondentie"
    r"|nachricht|mensaje|correo|messaggio)\b"
)


# A client's own line, whatever the device: "Verzonden met BlackBerry Work", "Sent from Mail
# for Windows", "Envoyé depuis Yahoo Mail sur Android".
_CLIENT_LINE = re.compile(
    r"(?i)(?:sent|verzonden|verstuurd|gestuurd|envoy[ée]|gesendet)\s+"
    r"(?:from|with|using|via|vanaf|vanuit|van|met|de|depuis|avec|von|mit|par)\s+"
    # It names a device or an app ("my iPhone", "avec la messagerie sécurisée Proton Mail");
    # "Verzonden vanuit de les (wiskunde, saai)", a place in lower case after an article with
    # no brand's capital anywhere after it, is the writer's joke.
    r"(?!(?:de|het|een|the|a|an|la|le|les|l['’]|un|une|der|die|das)\s+(?-i:[a-zà-ÿ][^A-ZÀ-Ý\n]*$))"
    r"\S.{0,60}"
)
# An organisation's footer: "Dit bericht werd verstuurd via het leerlingenaccount van …".
_FOOTER_LINE = re.compile(
    r"(?i)(?:dit\s+bericht|deze\s+e-?mail|deze\s+mail|this\s+(?:message|e-?mail)"
    r"|ce\s+(?:message|courriel|mail|e-?mail))\s+(?:werd|is|was|a\s+[ée]t[ée]|has\s+been)\s+"
    r"(?:verstuurd|verzonden|gescand|gecontroleerd|sent|scanned|checked|envoy[ée]|analys[ée]|"
    r"v[ée]rifi[ée])\b.{0,160}"
)
# A mailing list's footer: "You received this message because you are subscribed to the Google
# Groups …", "To unsubscribe from this group …": the list's name leads back to the writer's group.
_LIST_FOOTER = re.compile(
    r"(?i)\W{0,3}(?:you\s+received\s+this\s+message\s+because\s+you\s+are\s+subscribed"
    r"|to\s+unsubscribe\s+from\s+this\s+group|to\s+view\s+this\s+discussion"
    r"|je\s+hebt\s+dit\s+bericht\s+ontvangen\s+omdat\s+je\s+(?:bent\s+)?(?:geabonneerd|lid)"
    r"|(?:om\s+je\s+af\s+te\s+melden|als\s+je\s+je\s+wilt\s+afmelden)\s+(?:voor|van)\s+deze\s+groep"
    r"|vous\s+recevez\s+ce\s+message\s+car\s+vous\s+[êe]tes\s+abonn[ée]"
    r"|pour\s+vous\s+d[ée]sabonner\s+de\s+ce\s+groupe)\b.{0,240}"
)
# "Van 23/12 tot 5/1 ben ik afwezig. Voor dringende vragen: balie@…": an absence notice the
# mail client adds under the signature; with a contact detail in it, nobody's own words.
_ABSENCE = re.compile(
    r"(?i)\b(?:ben\s+ik\s+(?:afwezig|niet\s+bereikbaar|met\s+verlof)|afwezig\s+(?:van|tot|tussen)"
    r"|out\s+of\s+(?:the\s+)?office|i\s+am\s+away|je\s+suis\s+absente?|absente?\s+du"
    r"|bin\s+ich\s+abwesend)"
)


def _is_footer(content: str) -> bool:
    """An organisation's, a mailing list's or an absence footer: a line of no one's own."""
    return bool(_FOOTER_LINE.fullmatch(content) or _LIST_FOOTER.fullmatch(content)
                or _ACCOUNT_NOTICE.fullmatch(content)
                or (_ABSENCE.search(content) and _contact_details(content) > 0))


# "Messagerie académique - ne pas utiliser à des fins personnelles", "Leerlingenaccount –
# enkel voor schoolgebruik": a school's or employer's label for the account, then what it is
# for. The label and the dash together: a young person's sentence about their school mail
# does not start so.
_ACCOUNT_NOTICE = re.compile(
    r"(?i)\W{0,3}(?:(?:messagerie|adresse|compte|bo[îi]te)\s+(?:acad[ée]mique|scolaire"
    r"|professionnelle|institutionnelle|[ée]l[èe]ves?)"
    r"|(?:leerlingen|school|personeels|studenten)[\s-]?(?:account|mail|e-?mail|adres)"
    r"|(?:student|school|staff|pupil)\s+(?:account|e-?mail|mailbox))\s+[-–—:]\s+[^\n]{3,120}"
)
# "Élève 4B - Athénée Royal de Jambes", "Terminale G3 - Lycée Jean Moulin, Lille", "Leerling
# 5A – Sint-Jozefcollege": a pupil's class, a dash and the school's name, as a school account
# signs. A sentence never has a class code, a dash and then a school word.
_SCHOOL_LINE = re.compile(
    r"(?i)\W{0,3}(?:[ée]l[èe]ve|leerling|student|pupil|terminale|premi[èe]re|seconde|rh[ée]to"
    r"|year|grade|klas|classe)\s+(?:de\s+)?[\w-]{1,4}\s*[-–—|·,]\s*"
    r"(?:[^\n]{0,40}?)(?<!\w)(?:ath[ée]n[ée]e|atheneum|lyc[ée]e|coll[èe]ge|[ée]cole|institut"
    r"|college|school|academy|gymnasium|lyceum|instituut|campus|sint|saint|ecole)(?!\w)[^\n]{0,60}"
)


# "5ème D – Athénée Royal de Waterloo", "3B | Sint-Jozefscollege", "Year 10 - Ashfield School":
# a class code, a separator and a school's name make a signature line (_SCHOOL_LINE wants a word
# for the class before it).
_CLASS_CODE_SCHOOL_LINE = re.compile(
    r"(?i)\W{0,3}\d{1,2}\s?(?:e|è|ème|eme|de|ste|th|nd|rd|st|h)?\s?[a-z]{0,2}\d?\s*[-–—|·,]\s*"
    r"(?:[^\n]{0,40}?)(?<!\w)(?:ath[ée]n[ée]e|atheneum|lyc[ée]e|coll[èe]ge|[ée]cole|institut"
    r"|college|school|academy|gymnasium|lyceum|instituut|campus|ecole)(?!\w)[^\n]{0,60}"
)
_MOBILE_LINE = re.compile(r"(?:get|download|obtenir|t[ée]l[ée]charger)\s+outlook\b.{0,60}", re.I)
# Closing greetings: the writer's own words; the walk up stops at them.
_CLOSING = re.compile(
    r"(?i)^(?:groet|groeten|groetjes|gr(?:tz|oetn?)?\b|mvg\b|met\s+(?:vriendelijke\s+)?groet|"
    r"vriendelijke\s+groet|hartelijke\s+groet|liefs|lieve\s+groet|kusjes|knuffel|dikke\s+knuffel|"
    r"tot\s+(?:snel|later|ziens|morgen|gauw|binnenkort)|doei|dag\b|daag|bedankt|dank\s+je|"
    r"alvast\s+bedankt|veel\s+groet|warme\s+groet|regards|kind\s+regards|best\b|cheers|"
    r"thanks|thank\s+you|love\b|take\s+care|bye|xx+|cordialement|bien\s+[àa]\s+(?:toi|vous)|"
    r"bisous|bises|[àa]\s+bient[ôo]t|merci|amiti[ée]s|salutations|bonne\s+(?:journ[ée]e|soir[ée]e)"
    r"|courage|hou\s+vol|sterkte"
    # "Stevige linker," (scouts), "Chirogroeten,", "KSA-groetjes": a youth movement's own.
    r"|(?:een\s+)?stevige\s+linker|[^\W\d_]{3,}-?groet(?:en|jes)?\b"
    r"|all\s+the\s+best|warm(?:ly|est)?\b|with\s+love|(?:much|lots\s+of)\s+love|speak\s+soon"
    r"|talk\s+soon|hugs|yours\b|sincerely|stay\s+safe|fijne\s+(?:dag|avond|week)|hou\s+je\s+goed"
    r"|veel\s+liefs|(?:sportieve|vele|een\s+warme)\s+groet|een\s+dikke\s+knuffel"
    r"|belle\s+(?:journ[ée]e|soir[ée]e)|bonne\s+(?:continuation|nuit)|prends\s+soin\s+de\s+toi"
    r"|gros\s+bisous|je\s+t['’]embrasse|chaleureusement|bien\s+amicalement"
    r"|mit\s+freundlichen\s+gr[üu](?:ß|ss)en|(?:viele|liebe|beste|herzliche|sch[öo]ne)\s+gr[üu](?:ß|ss)e"
    r"|mfg\b|lg\b|gru(?:ß|ss)\b|bis\s+bald|tsch[üu]ss|(?:un\s+)?saludos?|atentamente"
    r"|un\s+abrazo|cordiali\s+saluti|distinti\s+saluti|un\s+saluto)"
)
_MAX_CLIENT_LINE_WORDS = 8
_SIGNATURE_WINDOW = 14  # a signature is the last few lines of a text
# Four words or more ending like a sentence: the sender's own words, whatever it mentions.
_SENTENCE = re.compile(r"(?:\S+\s+){3,}\S*[.!?]")
_SIGNATURE_LINE_CHARS = 90  # and its lines are short (an address line can be long)
_MAX_DISCLAIMER_LINES = 20  # a legal text hard-wrapped at 70 characters (BlackBerry, Lotus)
_MAX_DISCLAIMER_CHARS = 1600
_SHORT_LINE_WORDS = 8  # "Assistante sociale – Service Jeunesse de Schaerbeek"
_NAME_ONLY_BLOCK_LINES = 2  # "Groetjes, / Veer": the name is replaced, not the line removed
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_ORGANISATION = re.compile(r"(?:[A-Z0-9][\w&'’.-]*[\s,|/-]*){1,6}")


class SignatureCut(NamedTuple):
    """A text without its signature blocks, and how many lines of them went."""

    text: str
    removed_lines: int


def strip_signature_block(text: str, who: Identity, marker: str = "") -> str:
    """remove_signature_blocks, the text only (see there)."""
    return remove_signature_blocks(text, who, marker).text


def remove_signature_blocks(text: str, who: Identity, marker: str = "") -> SignatureCut:
    """Remove signatures written without a "-- " delimiter (Outlook, Apple Mail, phones).

    Such a signature is the short lines closing a text: a name, a role, an organisation,
    a phone number, a street address, a disclaimer, a "sent from" line. Outlook repeats it
    at the end of every earlier message it keeps in the history, so each stretch of text is
    looked at: the sender's own part, and each quoted or Outlook-style earlier message.

    Walking up from the end of a stretch, the block runs over lines that are unmistakably
    signature (`_signature_line`), disclaimer paragraphs of any length, and short lines
    that are not sentences between them (an employer's name); it stops at the first
    sentence and at a closing greeting ("Groetjes,"), which stays. The block starts at its
    first unmistakable line: short lines above it stay. Never removed: the first line of a
    stretch (a writer's only paragraph is never a signature), a line that is a sentence,
    or a block that is only a name or two ("Groetjes, / Veer"): names are replaced where
    they stand instead. Each removed block leaves `marker` in its place when one is given,
    so the reader sees that something was taken out.
    """
    name_words = _signature_name_words(who)
    lines = _split_closing_from_card(_split_lines(text), name_words)
    blocks = _header_blocks(lines)
    removed: dict[int, int] = {}  # first line of a block -> its end
    for first, last in _stretches(lines, blocks):
        block = _trailing_signature(lines, first, last, name_words,
                                    history=_is_history_stretch(lines, blocks, first, last),
                                    marker=marker)
        if block:
            removed[block.start] = block.stop
    if not removed:
        return SignatureCut(text, 0)
    output: list[_Line] = []
    count = 0
    index = 0
    while index < len(lines):
        if index in removed:
            end = removed[index]
            count += sum(1 for line in lines[index:end] if not line.blank)
            if marker:
                output.append(lines[index]._replace(content=marker, eol=lines[end - 1].eol))
            index = end
            continue
        output.append(lines[index])
        index += 1
    return SignatureCut(_join(output), count)


_CARD_CONTACT_DETAILS = 2  # "…, Stadsplein 1, 3600 Genk, tel. 089 …": a card, not words
_CLOSING_THEN_CARD = re.compile(r"(?P<closing>[^,!]{2,40}[,!])\s+(?P<card>\S.*)")


def _split_closing_from_card(lines: list[_Line], name_words: re.Pattern[str] | None
                             ) -> list[_Line]:
    """ "Kind regards, Daniel Reed | Student counsellor | Brussels University" on one line
    (phones, narrow windows): the greeting is the writer's words, the rest a signature line;
    put them on lines of their own so that the signature goes and the greeting stays."""
    if name_words is None:
        return lines
    out: list[_Line] = []
    for line in lines:
        match = _CLOSING_THEN_CARD.fullmatch(line.content.strip())
        if match and _CLOSING.match(match["closing"]) and name_words.search(match["card"]) \
                and (re.search(r"\s[–—·•|]\s", match["card"])
                     or _contact_details(match["card"]) >= _CARD_CONTACT_DETAILS) \
                and not re.search(r"[.!?]\s*$", match["card"]):
            out.append(line._replace(content=match["closing"], header=None,
                                     eol=line.eol.replace("\r", "") or "\n"))
            out.append(line._replace(content=match["card"], header=None))
        else:
            out.append(line)
    return out


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
        elif _separates_history(lines, blocks, index) or _attribution(lines, index):
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


def _own_stretch(lines: list[_Line], blocks: dict[int, list[_Role]]) -> tuple[int, int] | None:
    """(first, end) of the writer's own words: the first stretch of unquoted text, which
    follows the quote when they answer under it ("Le jeu. … a écrit :" / "> …" / theirs)."""
    return next(((first, end) for first, end in _stretches(lines, blocks)
                 if any(not line.blank and line.depth == 0 for line in lines[first:end])), None)


_MAX_CLOSING_LINE_WORDS = 4


def _is_closing_line(content: str) -> bool:
    """A closing greeting on a line of its own ("Met vriendelijke groeten,", "Bien à toi"),
    not a sentence that starts like one ("Bedankt voor je bericht, …", "Merci de …")."""
    content = content.strip()
    return (_CLOSING.match(content) is not None
            and len(content.split()) <= _MAX_CLOSING_LINE_WORDS
            and not re.search(r"[.!?:]\s*$", content)
            and not re.match(r"(?i)(?:dag|bedankt|dank\s+je|merci|thanks|thank\s+you)\b", content))


_BARE_RULE = re.compile(r"_{10,}")


def _separates_history(lines: list[_Line], blocks: dict[int, list[_Role]], index: int) -> bool:
    """A history separator. A bare rule of underscores is one only above a header block
    (Outlook's rule over "From: …"); above a name, role and disclaimer it is the writer's own
    signature separator, and what follows it is still their signature."""
    content = lines[index].content.strip()
    if not _is_history_separator(content):
        return False
    if not _BARE_RULE.fullmatch(content):
        return True
    following = index + 1
    while following < len(lines) and lines[following].blank:
        following += 1
    return following >= len(lines) or following in blocks or bool(_attribution(lines, following))


def _is_history_stretch(lines: list[_Line], blocks: dict[int, list[_Role]], first: int,
                        end: int) -> bool:
    """An earlier message kept in the history: quoted with ">", or under a header block
    ("Van: … / Verzonden: …") or a separator. Its first paragraph is not the writer's own
    words, so an old signature glued to it without a blank line ("Met vriendelijke groeten,
    / Marleen De Smet / Coördinator | …") is still looked for."""
    opening = first
    while opening < end and lines[opening].blank:
        opening += 1
    if opening < end and lines[opening].depth > 0:
        return True
    before = first - 1
    while before >= 0 and lines[before].blank:
        before -= 1
    if before < 0:
        return False
    if _separates_history(lines, blocks, before):
        return True
    return any(start <= before < start + len(roles) for start, roles in blocks.items())


def _depth_before(lines: list[_Line], index: int) -> int:
    for earlier in range(index - 1, -1, -1):
        if not lines[earlier].blank:
            return lines[earlier].depth
    return lines[index].depth


def _paragraph_start(lines: list[_Line], index: int, first: int) -> int:
    while index > first and not lines[index - 1].blank:
        index -= 1
    return index


_MIN_INTRODUCING_WORDS = 3  # "Tel:", "E-mail adres:" label a detail; a sentence introduces one
# "Als het makkelijker is mag je me ook een bericht sturen op Signal: +32 …", "you can text me
# if that's easier: 0470 …", "mijn nummer is 0470 …": the writer offers a way to reach them, in a
# sentence of their own. A card's line labels its detail in a word or two ("Tel:", "Gsm werk:").
_MIN_OFFERING_WORDS = 3
_OFFER_PERSON = re.compile(
    r"(?i)(?<![\w'’])(?:me|mij|m['’]|you|u|je|jij|jullie|ge|tu|vous|moi|ik|i|j['’]|mijn|m['’]n"
    r"|my|mon|ma|mes)(?![\w'’])")
_DETAIL_START = re.compile(r"[:+@\d]")


def _follows_text(lines: list[_Line], first: int, index: int,
                  name_words: re.Pattern[str] | None) -> bool:
    """Whether the line above `index` (over blank lines) is running text: under "Veerle /
    CAW Antwerpen" the same sentence is a card's line, and the card goes with it."""
    above = index - 1
    while above > first and lines[above].blank:
        above -= 1
    return above >= first and not lines[above].blank \
        and _line_kind(lines[above].content.strip(), name_words) == "text"


def _offers_contact(content: str) -> bool:
    """A sentence of at least a few words before the detail, speaking to the reader about
    the writer: the detail is replaced in place, the sentence stays."""
    head = _DETAIL_START.split(content, maxsplit=1)[0]
    return len(head.split()) >= _MIN_OFFERING_WORDS and _OFFER_PERSON.search(head) is not None


def _trailing_signature(lines: list[_Line], first: int, end: int,
                        name_words: re.Pattern[str] | None, history: bool = False,
                        marker: str = "") -> range:
    while end > first and lines[end - 1].blank:
        end -= 1
    if marker and end > first and lines[end - 1].content.strip() == marker:
        # A "-- " signature already taken out: what stands above its marker is the
        # writer's ("Marie (16)"), looked at as if the text ended there.
        end -= 1
        while end > first and lines[end - 1].blank:
            end -= 1
    if end > first and lines[end - 1].content.rstrip().endswith(":"):
        # An attribution line we could not parse ("Op maandag schreef X:") introduces
        # the quote below it: it is history, not signature.
        end -= 1
        while end > first and lines[end - 1].blank:
            end -= 1
    opening = first
    while opening < end and lines[opening].blank:
        opening += 1
    # The first paragraph of a stretch is the writer's, whatever it holds ("mag ik u iets
    # vragen via whatsapp / 0468/22.33.44 / ik ben 14"): its details are replaced in
    # place, its lines never removed.
    first_paragraph_end = opening
    while not history and first_paragraph_end + 1 < end \
            and not lines[first_paragraph_end + 1].blank:
        first_paragraph_end += 1
        if first_paragraph_end + 1 < end and _is_closing_line(lines[first_paragraph_end].content):
            # "… mijn naam veranderen. / Met vriendelijke groeten, / Wout De Backer 5B":
            # what follows a closing greeting is signed, even without a blank line above it.
            break
    start: int | None = None
    kinds: dict[int, str] = {}
    seen = 0
    index = end - 1
    while index > first_paragraph_end and seen < _SIGNATURE_WINDOW:
        line = lines[index]
        if line.blank:
            index -= 1
            continue
        seen += 1
        content = line.content.strip()
        paragraph = _paragraph_start(lines, index, opening)
        if paragraph > first_paragraph_end and _is_named_card(lines, paragraph, index + 1,
                                                               name_words):
            for i in range(paragraph, index + 1):
                kinds[i] = "sure"
            start = paragraph
            index = paragraph - 1
            continue
        if _is_disclaimer(lines, paragraph, index + 1):
            if paragraph <= first_paragraph_end:
                break  # the writer's first paragraph: never a signature
            # "Warme groet, / Sofie / CAW … / DISCLAIMER: …" in one paragraph: the closing
            # greeting is the writer's, the block starts under it.
            closing = next((i for i in range(index, paragraph - 1, -1)
                            if _is_closing_line(lines[i].content)), None)
            opening_at = paragraph if closing is None else closing + 1
            for i in range(opening_at, index + 1):
                kinds[i] = "sure"
            if opening_at <= index:
                start = opening_at
            if closing is not None:
                break
            index = paragraph - 1
            continue
        if _CLOSING.match(content) and not _signature_line(content, name_words):
            break
        if _is_footer(content) or _is_client_line(content) or _is_disclaimer_line(content):
            kinds[index] = "sure"
            start = index
            index -= 1
            continue
        if _is_long_card_line(content, name_words):
            kinds[index] = "sure"
            start = index
            index -= 1
            continue
        if _is_long_own_link(content, name_words):
            kinds[index] = "sure"
            start = index
            index -= 1
            continue
        if len(content) > _SIGNATURE_LINE_CHARS and _is_card_line(content, name_words):
            # "Siobhan Reilly (she/her) · Youth Worker · Northside Youth Centre · +32 …": a card
            # cut into fields, longer than a signature line usually is.
            kinds[index] = "sure"
            start = index
            index -= 1
            continue
        if len(content) > _SIGNATURE_LINE_CHARS or _SENTENCE.fullmatch(content):
            break
        if index > first and lines[index - 1].content.rstrip().endswith(":") \
                and len(lines[index - 1].content.split()) >= _MIN_INTRODUCING_WORDS:
            break  # "Here is the page I mentioned:" / a link: what they wrote introduces it
        if _offers_contact(content) and _follows_text(lines, first, index, name_words):
            break
        if (_CLASS_LINE.fullmatch(content) or _OWN_ASIDE.fullmatch(content)) and all(
                lines[i].blank or _is_client_line(lines[i].content.strip())
                for i in range(index + 1, end)):
            # "Sem de Jong / Klas 3H2" closing the text: their class, like an age; "Zoë /
            # (zij/haar)": their pronouns.
            break
        kind = _line_kind(content, name_words)
        if kind == "text":
            break
        kinds[index] = kind
        if kind in ("sure", "name"):
            start = index
        index -= 1
    if start is None:
        return range(0)
    # An organisation's name right above the contact lines ("Athénée Royal de Namur",
    # "Cliniques Universitaires Saint-Luc"): a short line of capitalised words, no sentence.
    # Likewise the writer's name with their role after a comma ("Yente Busschaert,
    # verpleegkundige").
    # A card laid out one paragraph a line (HTML-only Outlook mail: every <p> a paragraph,
    # a logo's alt text in a table cell beside them) reaches over one blank line to such a
    # line; a card written line under line does not: a blank line there ends the writer's text.
    spaced = _spaced_card(lines, start, end)
    while True:
        above = start - 1
        if spaced and above > first_paragraph_end and lines[above].blank:
            above -= 1
        if above > first_paragraph_end and kinds.get(above) == "short" \
                and (_title_case(lines[above].content)
                     or _name_then_role(lines[above].content, name_words)):
            start = above
        else:
            break
    start = _below_signed_name(lines, first, start, end, kinds)
    block = [kinds.get(i, "blank") for i in range(start, end) if not lines[i].blank]
    if all(kind == "name" for kind in block) and len(block) <= _NAME_ONLY_BLOCK_LINES:
        return range(0)
    return range(start, end)


_LABELLED_LINK = re.compile(r"(?:[^\W\d_][\w .-]{0,30}:[ \t]*)?(?:https?://|www\.)\S+")


def _is_long_own_link(content: str, name_words: re.Pattern[str] | None) -> bool:
    """ "Teams: https://teams.…/chat/0/0?users=liesbeth.vanacker@…": one link with the writer's
    name or address in it, a label perhaps before it; long for a signature line only because
    links are."""
    return len(content) > _SIGNATURE_LINE_CHARS and _LABELLED_LINK.fullmatch(content) is not None \
        and _signature_line(content, name_words)


def _below_signed_name(lines: list[_Line], first: int, start: int, end: int,
                       kinds: dict[int, str]) -> int:
    """ "Liefs, / Lotte (zij/haar) / Verzonden met Proton Mail": a name signed right under a
    closing greeting, with only a client line below it, is the writer's sign-off: the client
    line goes, the name line stays (the name is replaced where it stands, the pronouns or the
    emoji beside it are the writer's)."""
    if start <= first or not _is_closing_line(lines[start - 1].content):
        return start
    below = start
    while below < end and (lines[below].blank or kinds.get(below) == "name"):
        below += 1
    if below in (start, end) or not all(
            lines[i].blank or _is_client_line(lines[i].content.strip()) for i in range(below, end)):
        return start
    return below


_MAX_CARD_LINES = 6
_MAX_LONG_CARD_CHARS = 240
_MIN_SPACED_CARD_LINES = 2


def _spaced_card(lines: list[_Line], start: int, end: int) -> bool:
    """Whether the block's lines (two or more) each stand a single blank line apart."""
    kept = [i for i in range(start, end) if not lines[i].blank]
    if len(kept) < _MIN_SPACED_CARD_LINES:
        return False
    return all(b - a == 2 for a, b in zip(kept, kept[1:], strict=False))


def _is_long_card_line(content: str, name_words: re.Pattern[str] | None) -> bool:
    """ "Liesbeth Ramaekers, Sociaal assistent, OCMW Genk, Stadsplein 1, 3600 Genk, tel. 089 …":
    a whole card on one line, longer than a signature line usually is. The writer's name and
    two kinds of contact detail in it, and no sentence end: nobody's running text."""
    return (name_words is not None and len(content) <= _MAX_LONG_CARD_CHARS
            and name_words.search(content) is not None
            and _contact_details(content) >= _CARD_CONTACT_DETAILS
            and not re.search(r"[.!?]\s*$", content) and not _CLOSING.match(content))
_MAX_ROLE_WORDS = 4
_MAX_SHORT_ROLE_WORDS = 7
# A role or trade named anywhere in a short line: "Lumi volunteer and retired teacher".
_ROLE_WORD = re.compile(
    r"(?i)\b(?:vrijwillig(?:st)?er|volunteer|b[ée]n[ée]vole|\w*medewerker|\w*consulent"
    r"|\w*co[öo]rdinat(?:or|eur|rice)|teacher|leerkracht|leraar|lerares|docent|nurse"
    r"|verpleegkundige|infirmi[eè]re?|psycholo\w+|therapist|\w*therapeut|counsel+or|coach"
    r"|social\s+worker|\w*begeleider|opvoeder|[ée]ducat(?:eur|rice)|officer|advis[eo]r"
    r"|adviseur|student|[ée]tudiant|stagiair|intern|manager|director|directeur|trainer"
    r"|\w*werker|\w*worker|animat(?:eur|rice)|[ée]ducat(?:eur|rice)|assistant[e]?)\b"
)


# "host of Out Loud in Leuven – a podcast …", "oprichter van Kleurrijk Kempen", "coordinatrice
# chez Arc-en-Ciel": a role at a named organisation opening a line, as cards put it; "coach van
# mijn team is gemeen" names none (the organisation is written with a capital).
_ROLE_LINE_AT_ORGANISATION = re.compile(
    r"(?i:(?:co-?)?(?:host|presenter|presentator|presentatrice|founder|oprichter|oprichtster"
    r"|fondat(?:eur|rice)|podcaster|creator|maker|author|auteur|editor|redacteur|voorzitter"
    r"|president|pr[ée]sident(?:e)?|chair|secretaris|secr[ée]taire|board\s+member|bestuurslid"
    r"|co[öo]rdinat(?:or|eur|rice)|coordinator))"
    r"[ \t]+(?i:of|at|bij|van|voor|for|de|du|des|chez|@)[ \t]+"
    r"(?:(?i:the|de|het|la|le|les|l['’])[ \t]*)?[A-ZÀ-Ý0-9]"
)


def _name_then_role(content: str, name_words: re.Pattern[str] | None,
                    max_words: int = _MAX_ROLE_WORDS) -> bool:
    """ "Yente Busschaert, verpleegkundige": a name, a comma, a few words, no digits (which
    would make it a kid's "Lotte, 13, Geel"), no sentence."""
    if name_words is None or len(content) > _SIGNATURE_LINE_CHARS:
        return False
    name, comma, role = content.strip().partition(",")
    return (bool(comma) and _only_names(name, name_words) and 0 < len(role.split())
            <= max_words and not re.search(r"\d|[.!?]\s*$", role))
_MAX_CARD_LINE_WORDS = 10
_MIN_CARD_NAME_WORDS = 2


def _is_named_card(lines: list[_Line], start: int, end: int,
                   name_words: re.Pattern[str] | None) -> bool:
    """A paragraph that opens with the writer's name on a line of its own and goes on with a
    few short lines ("Griet Mertens / Hulpverlener CAW Limburg / Ik werk op maandag en
    dinsdag. / Volg ons op Facebook!", "Jan Wouters / Jeugdhuis De Schakel / Samen sterk
    voor elke jongere."): a signature card, even when a motto or working hours read like a
    sentence. The name must be their full name, or a contact line must follow."""
    contents = [line.content.strip() for line in lines[start:end] if not line.blank]
    if name_words is None or len(contents) < 2 or len(contents) > _MAX_CARD_LINES:
        return False
    head = contents[0]
    if _CLOSING.match(head):
        return False
    if _is_card_line(head, name_words):
        return True  # "Sofie Verlinden | Leerkracht | College" and a motto under it
    head = _name_line_view(head, name_words)
    if not _only_names(head, name_words):
        return False
    # Words are counted on lines that could be a sentence; a contact line ("Tél. : 02 …
    # – GSM : 0486 …") has many pieces and is a card line however long it is.
    if any(len(c) > _SIGNATURE_LINE_CHARS or (len(c.split()) > _MAX_CARD_LINE_WORDS
                                              and not _signature_line(c, name_words))
           for c in contents[1:]) or _CLASS_LINE.fullmatch(contents[-1]):
        return False  # "Nina Wouters / Klas 2B" closing the text: a young person's class
    full_name = len(name_words.findall(head)) >= _MIN_CARD_NAME_WORDS
    return full_name or any(_signature_line(c, name_words) for c in contents[1:])


# "dr.", "Prof. dr. ir.", "Me", "Mevr.": a title before a name on a card's name line.
_PERSON_TITLE = re.compile(
    r"(?i)(?:(?:dr|drs|prof|ir|ing|mr|me|mevr|dhr|mme|mlle|mrs|ms|mx|lic|pr)\.?[ \t]+)+(?=\S)")


def _name_line_view(content: str, name_words: re.Pattern[str]) -> str:
    """ "dr. Hilde Claes", "Dr Aurélie ᴍʙᴜʏɪ": a card's name line as it reads, without the
    title before the name and with look-alike letters folded, when that is a name line; the
    line unchanged otherwise."""
    if _only_names(content, name_words):
        return content
    view = _matching_view(content)[0]
    view = view[title.end():] if (title := _PERSON_TITLE.match(view)) else view
    return view if _only_names(view, name_words) else content


_TITLE_PARTICLES = frozenset((
    "de", "du", "des", "la", "le", "les", "l", "d", "van", "der", "den", "het", "voor", "en",
    "et", "and", "of", "the", "for", "à", "a", "au", "aux", "in", "op", "te", "für",
))
_MIN_TITLE_WORDS = 2


def _title_case(content: str) -> bool:
    """ "Athénée Royal de Namur", "Sint-Jozefscollege Kortrijk": every word a capitalised one
    or a particle, at least two capitalised words, no closing punctuation."""
    words = _WORD.findall(content)
    if re.search(r"[.!?:,;]\s*$", content) or _CLOSING.match(content.strip()):
        return False
    capitalised = [word for word in words if word[0].isupper()]
    return len(capitalised) >= _MIN_TITLE_WORDS and all(
        word[0].isupper() or word.casefold().strip("'’") in _TITLE_PARTICLES for word in words)


def _is_disclaimer_line(content: str) -> bool:
    """ "Disclaimer: CAW vzw kan niet aansprakelijk gesteld worden voor de inhoud van dit
    bericht.", "The views expressed in this email are not those of …": about the mail itself,
    and labelled as a disclaimer or saying what only a disclaimer says."""
    if len(content) > _MAX_DISCLAIMER_CHARS or _THIS_MAIL.search(content) is None:
        return False
    return _DISCLAIMER_LABEL.match(content) is not None or _LEGAL.search(content) is not None


def _is_disclaimer(lines: list[_Line], start: int, end: int) -> bool:
    """A paragraph with several disclaimer words, or an "think before you print" line."""
    if end - start > _MAX_DISCLAIMER_LINES \
            or sum(len(line.content) for line in lines[start:end]) > _MAX_DISCLAIMER_CHARS:
        return False
    if _is_contact_paragraph(lines[start:end]):
        return True
    marks: set[str] = set()
    for line in lines[start:end]:
        if _ENVIRONMENT_LINE.fullmatch(line.content.strip()):
            return True
        marks.update(match.group().casefold() for match in _DISCLAIMER.finditer(line.content))
    text = " ".join(line.content.strip() for line in lines[start:end])
    # "Matricule 2011-0457 / Ce message est destiné …": the sentence about the mail may open
    # any line of the paragraph, under the card lines it closes.
    if (marks or _LEGAL.search(text)) and (_ABOUT_THIS_MAIL.search(text) or any(
            _ABOUT_THIS_MAIL.match(line.content.strip()) for line in lines[start:end])) \
            and len(text) <= _MAX_SHORT_DISCLAIMER_CHARS:
        return True
    return len(marks) >= _DISCLAIMER_MARKS


# "Ce courriel émane du CPAS de Liège, Place Saint-Jacques 13, 4000 Liège. Appelez le +32 …":
# an employer's footer written as sentences; several contact details in one paragraph below
# the writer's first one are a signature, however it is phrased.
_CONTACT_PARAGRAPH_DETAILS = 3


def _is_contact_paragraph(paragraph: list[_Line]) -> bool:
    """Contact details written as sentences: the line-by-line walk stops at sentences, so
    such a paragraph is taken whole; a paragraph with a closing greeting is the writer's
    own, and a block of short contact lines is left to that walk."""
    contents = [line.content.strip() for line in paragraph if not line.blank]
    return (
        sum(_contact_details(content) for content in contents) >= _CONTACT_PARAGRAPH_DETAILS
        and any(len(content) > _SIGNATURE_LINE_CHARS or _SENTENCE.fullmatch(content)
                for content in contents)
        and not any(_CLOSING.match(content) for content in contents)
    )


def _contact_details(content: str) -> int:
    """How many kinds of contact detail a line holds: phone, street, postcode + town, address."""
    return (int(_has_phone(content)) + int(_STREET.search(content) is not None)
            + int(_POSTCODE_CITY.search(content) is not None)
            + int(_ANY_ADDRESS.search(content) is not None))


def _line_kind(content: str, name_words: re.Pattern[str] | None) -> str:
    """"sure" (unmistakably signature), "name" (only a name), "short" (a short line that is
    not a sentence: signature only between sure lines) or "text"."""
    if _signature_line(content, name_words):
        return "sure"
    if name_words is not None and _only_names(content, name_words):
        return "name"
    if name_words is not None and (code := _CLASS_AFTER_NAME.fullmatch(content.strip())) \
            and _only_names(code["name"], name_words):
        # "Wout De Backer 5B": the writer's name and their class, which is theirs to tell
        # like an age: the name is replaced where it stands, the line stays.
        return "name"
    words = content.split()
    if _AGE.search(content):
        return "text"  # "15 jaar, Mechelen" under a kid's name: their words, not a role
    if len(words) <= _SHORT_LINE_WORDS and not re.search(r"[.!?]\s*$", content):
        return "short"
    return "text"


# An age as young people give it: "15 jaar", "14 ans", "16 years old", "15yo", "(15)".
_AGE = re.compile(
    r"(?i)(?<![\w+])\d{1,2}\s*(?:jaar|jr|j|ans?|years?(?:\s+old)?|yrs?|yo|y/o)(?!\w)"
    r"|\(\s*\d{1,2}\s*\)"
)


def _signature_line(content: str, name_words: re.Pattern[str] | None) -> bool:
    """A line no one writes in their running text: contact details, a role, a client line."""
    return bool(
        _has_phone(content)
        or _STREET.search(content)
        or _POSTCODE_CITY.search(content)
        or _ANY_ADDRESS.search(content)
        or _SIGNATURE_WORDS.match(content)
        or _is_client_line(content)
        or _is_footer(content)
        or _SCHOOL_LINE.fullmatch(content) is not None
        or _CLASS_CODE_SCHOOL_LINE.fullmatch(content) is not None
        or _is_field_line(content)
        or _APP_CONTACT_LINE.fullmatch(content) is not None
        or (
            name_words is not None
            and name_words.search(content) is not None
            and _ORGANISATION.fullmatch(content) is not None
            and any(sep in content for sep in "|,/")  # "Veerle Peeters | CAW Antwerpen"
            and not _closing_then_name(content, name_words)  # "Groetjes, Jef C.": their words
        )
        or _is_card_line(content, name_words)
        or (_ROLE_LINE_AT_ORGANISATION.match(content) is not None
            and re.search(r"[.!?]\s*$", content) is None)
        or (_name_then_role(content, name_words, _MAX_SHORT_ROLE_WORDS)
            and _ROLE_WORD.search(content.partition(",")[2]) is not None)
        or (
            # "Ward Peeters · Vrijwilliger Holebihuis", "Adam Martin – 5e B": the writer's
            # name and a role or class, set apart by a separator no sentence uses this way.
            name_words is not None
            and name_words.search(content) is not None
            and (re.search(r"\s[–—·•|]\s", content) is not None or _role_in_brackets(content))
            and not _CLOSING.match(content)  # "Groetjes van Lotte (vrijwilliger)": their words
            and len(content.split()) <= _SHORT_LINE_WORDS
            and not re.search(r"[.!?]\s*$", content)
        )
    )


_CARD_SEPARATOR = re.compile(r"\s[|–—·•]\s|\s?\|\s?|\t+")
_MIN_CARD_FIELDS = 3
_MAX_CARD_FIELD_WORDS = 6


_FIELD_SEPARATOR = re.compile(r"\s[|·•]\s")


# "Instagram: @marie_vlinder", "snap - lotte.vdb": an account given on a line of its own.
_APP_CONTACT_LINE = re.compile(
    r"(?i)\W{0,3}(?:insta(?:gram)?|snap(?:chat)?|tik\s?tok|discord|twitter|x|threads|bereal"
    r"|telegram|signal|whatsapp|facebook|fb|linkedin)\s*[:\-–]\s*@?[\w.-]{2,40}\s*"
)


def _short_fields(content: str, separator: re.Pattern[str]) -> list[str]:
    """The fields of a line cut by `separator` (empty ones too), or [] when one of them is
    longer than a card's field or ends a sentence."""
    fields = [field.strip() for field in separator.split(content.strip())]
    if any(len(field.split()) > _MAX_CARD_FIELD_WORDS or re.search(r"[.!?]$", field)
           for field in fields):
        return []
    return fields


def _is_field_line(content: str) -> bool:
    """ "Youth Counsellor | MSc Clinical Psychology | Mental Health Advocate": three or more
    short fields set apart by bars or dots, none a sentence; a headline, not running text."""
    fields = _short_fields(content, _FIELD_SEPARATOR)
    return len(fields) >= _MIN_CARD_FIELDS and all(fields)


def _is_card_line(content: str, name_words: re.Pattern[str] | None) -> bool:
    """ "Nathalie Huybrechts | Notarieel medewerker | Notariaat Huybrechts & Partners",
    "Fiona McAllister | Head of Year 9 | Brightwater School", "Kurt Maes<TAB>Zaakvoerder":
    the writer's name as one field of a line cut into short fields by pipes, dashes, dots
    or tabs, however many words the fields hold together. No sentence is written so."""
    if name_words is None or len(content) > _MAX_LONG_CARD_CHARS or _CLOSING.match(content.strip()):
        return False
    fields = [field for field in _short_fields(content, _CARD_SEPARATOR) if field]
    if len(fields) < 2 or (len(fields) < _MIN_CARD_FIELDS and "\t" not in content):
        return False
    return any(_only_names(field, name_words) for field in fields)


# "Klas 3H2", "class 9B", "classe 4A", "Year 10": a school class on a line of its own.
_CLASS_LINE = re.compile(
    r"(?i)(?:klas|class|classe|groep|year|form)\s?[:.]?\s?\d{1,2}\s?[^\W\d_]{0,4}\d{0,2}")
_CLASS_AFTER_NAME = re.compile(r"(?P<name>[^\W\d_][\w'’ .-]{1,60}?)\s+\d{1,2}\s?[A-Za-z]{1,2}")


def _role_in_brackets(content: str) -> bool:
    """ "Peter (volunteer, Leuven team)", "Lien (vrijwilliger)": a role or team in brackets
    after a name; "(they/them)" or "(15)" is not one."""
    inner = re.search(r"\(([^()]{3,80})\)\s*$", content)
    return inner is not None and (
        _SIGNATURE_WORDS.match(inner[1].strip()) is not None or "," in inner[1])


# "Sent from my phone. Please excuse my brevity." (K-9 Mail, BlackBerry): the apology a client
# adds to its own line is part of that line.
_BREVITY_APOLOGY = re.compile(
    r"(?i)(?<=[.!])\s+(?:please\s+)?(?:excuse|forgive|pardon)\s+(?:my|the)\s+"
    r"(?:brevity|typos?|spelling)(?:\s+and\s+(?:typos?|brevity|spelling))?\s*[.!]?\s*$"
    r"|(?<=[.!])\s+(?:excusez|pardonnez)\s+(?:la|ma)\s+bri[èe]vet[ée]\s*[.!]?\s*$"
    r"|(?<=[.!])\s+excuses?\s+voor\s+(?:de\s+)?(?:korte|typfouten|tikfouten)\S*\s*[.!]?\s*$"
    # K-9 Mail's Dutch: "… met K-9 Mail. Excuseer mijn beknoptheid."
    r"|(?<=[.!])\s+(?:excuseer|sorry\s+voor|vergeef)\s+(?:mijn|de|me\s+de)\s+"
    r"(?:beknoptheid|kortheid|korte\S*|typfouten|tikfouten)\s*[.!]?\s*$")


_MAX_APOLOGY_WORDS = 6
# "Envoyé à partir d'Outlook pour Android", "Envoyé d'un iPhone", "Expédié d'iPad":
# the French article or preposition elided before the app's or device's name.
_FRENCH_ELIDED_CLIENT_LINE = re.compile(
    r"(?i:envoy[ée]|exp[ée]di[ée])\s+(?:(?i:[àa]\s+partir|depuis)\s+)?(?i:d|l)['’]\s?"
    r"(?:(?i:un|une)\s+)?i?[A-Z]\S*(?:\s+\S+){0,6}\s*"
)


# "sent from my bed at 3am", "Envoyé de mon lit à 3h du mat": a client line names a device or
# an app; the writer's own line in that shape says where they lie or what time it is.
_NOT_A_CLIENT = re.compile(
    r"(?i)(?<!\w)(?:\d{1,2}\s?(?:h|u|uur|am|pm|a\.m\.|p\.m\.)(?!\w)|\d{1,2}[:h]\d{2}(?!\w)"
    r"|(?:my|mijn|m['’]n|mon|ma|mein|meinem)\s+(?:bed|bedroom|room|couch|sofa|toilet|bathroom"
    r"|lit|chambre|canap[ée]|salle|kamer|slaapkamer|zetel|wc|badkamer|bett|zimmer)(?!\w))")


def _is_client_line(content: str) -> bool:
    """ "Sent from my iPhone", "Verzonden met BlackBerry Work", "Envoyé avec la messagerie
    sécurisée Proton Mail.": a few words, not "sent from my bedroom at 3am because …"."""
    if len(content.split()) > _MAX_CLIENT_LINE_WORDS + _MAX_APOLOGY_WORDS:
        return False  # too long even with "Please excuse my brevity and typos." after it
    if _NOT_A_CLIENT.search(content):
        return False
    content = _BREVITY_APOLOGY.sub("", content) or content
    if len(content.split()) > _MAX_CLIENT_LINE_WORDS:
        return False
    if _FRENCH_ELIDED_CLIENT_LINE.fullmatch(content):
        return True
    return bool(_CLIENT_LINE.fullmatch(content) or _MOBILE_LINE.fullmatch(content)
                or _MOBILE_SIGNATURE.fullmatch(content))


def _has_phone(content: str) -> bool:
    return any(
        sum(char.isdigit() for char in match.group()) >= _MIN_PHONE_DIGITS
        for match in _PHONE.finditer(content)
    )


_PRONOUNS = re.compile(r"\s*[(\[]\s*[^\W\d_]{2,6}(?:\s*/\s*[^\W\d_]{2,6}){1,2}\s*[)\]]\s*$")


_INITIALS_AT_END = re.compile(r"(?:\s+[A-Z]\.?(?:-?[A-Z]\.?)?)+\s*$")
# "Ruben Jacobs ir.", "dr. Ann Claes", "Sofie Wouters, MSc": degrees and titles around a name
# on its card line belong to the name line.
_DEGREES = r"(?:ir|ing|dr|drs|lic|prof|mr|msc|bsc|ma|ba|phd|mba|md)"
_TITLES_AROUND_NAME = re.compile(
    rf"(?i)^\s*(?:{_DEGREES}\.?\s+)+|(?:\s*,?\s+{_DEGREES}\.?(?![\w'’-]))+\s*$")


def _closing_then_name(content: str, name_words: re.Pattern[str]) -> bool:
    """ "Groetjes, Jef C.", "Cheers, Tom": a closing greeting and the writer's name on one
    line, which stays (the name is replaced in place), unlike "Groetjes, Jef | OCMW Leuven"."""
    match = _CLOSING_THEN_CARD.fullmatch(content.strip())
    if match is None or not _CLOSING.match(match["closing"]):
        return False
    name = _INITIALS_AT_END.sub("", match["card"]) or match["card"]
    words = _WORD.findall(name)
    return not re.search(r"[,|/–—·•]", name) and 0 < len(words) <= _MAX_SIGNED_NAME_WORDS \
        and all(name_words.fullmatch(word.strip(".'’-"))
                or word.casefold() in _TITLE_PARTICLES for word in words)


def _only_names(content: str, name_words: re.Pattern[str]) -> bool:
    """The line is a name and nothing else: "Sam", "Veer", "Jan Peeters", "- Vera", or a few
    capitalised words one of which is a name ("Luc De Smedt", "Gezin Peeters-Janssens").
    Pronouns after it belong to the name line: "Hannah Smith (she/her)", and so do degrees:
    "Ruben Jacobs ir."."""
    content = _TITLES_AROUND_NAME.sub("", _PRONOUNS.sub("", content)) or content
    words = _WORD.findall(content)
    if not words or len(words) > _MAX_NAME_WORDS:
        return False
    if len(words) <= _MAX_NAME_WORDS - 1 and not re.search(r"[.!?,:;]\s*$", content) \
            and all(word[0].isupper() or word.casefold() in _NOT_NAME_PARTS
                    or word.casefold() in _TITLE_PARTICLES for word in words) \
            and name_words.search(content):
        return True
    # "Maëlle D.", "Thomas C.": a surname's initial after the name is part of the name line.
    return all(
        name_words.fullmatch(word.strip(".'’-")) or word.casefold() in _NOT_NAME_PARTS
        or (index > 0 and len(word.rstrip(".")) == 1 and word[0].isupper())
        for index, word in enumerate(words)
    ) and any(name_words.fullmatch(word.strip(".'’-")) for word in words)



def _signature_name_words(who: Identity) -> re.Pattern[str] | None:
    words = [part for name in _clean_names(who.names) for part in _name_parts(name.split())]
    words += [name for name in _clean_names(who.names) if " " not in name.strip()]
    words = [w for w in dict.fromkeys(words) if len(w) >= _MIN_PART_LETTERS][:_MAX_NAME_PARTS]
    if not words:
        return None
    return re.compile("|".join(rf"(?<!\w){_word_regex(w)}(?!\w)" for w in words), re.IGNORECASE)


# --------------------------------------------------------------------------- names in the text

# A closing line "Groetjes," followed by one to three words: the writer's name, even when
# their mail header has none. Words that are not names are never learned.
# fmt: off
_NOT_SIGNED_NAMES = frozenset((
    "ik", "me", "mij", "je", "jij", "jouw", "een", "de", "het", "anoniem", "anonymous",
    "anonyme", "moi", "je", "toi", "me", "you", "your", "ton", "ta", "ma", "mon", "mijn",
    "x", "xx", "xxx", "xoxo", "iemand", "someone", "quelqu'un", "meisje", "jongen", "fille",
    "garçon", "girl", "boy", "dank", "merci", "thanks", "bedankt", "alvast", "groetjes",
    "groeten", "liefs", "tot", "snel", "later", "doei", "bye", "hulp", "help", "aide",
    "wishes", "regards", "luck", "groet", "wensen", "salutations", "amitiés", "love",
    "ily", "ilysm", "lol", "omg", "bff", "idk", "tbh", "pls", "plz", "svp",
    # "groetjes van mama": a family member signs, and "mama" stays a word in the text.
    "mama", "papa", "mam", "pap", "ma", "pa", "mom", "mum", "dad", "maman", "oma", "opa",
    "mamie", "papy", "mamy", "grandma", "grandpa", "nana", "zus", "broer", "sis", "bro",
    # "hiya" or "salam" as the whole subject or the first line: a greeting that is also a
    # first name somewhere greets, it does not sign.
    "hiya", "heya", "hai", "hej", "hoi", "hey", "hi", "hallo", "hello", "salut", "coucou",
    "salam", "salaam", "selam", "slm", "wesh", "hola", "ciao",
    # "merci hé", "bedankt hoor", "merci encore", "dank u ze": a word said after the thanks,
    # an interjection closing it, not a name.
    "hé", "hè", "he", "hein", "eh", "hoor", "quoi", "encore", "beaucoup", "bcp", "ouais",
    "ze", "zè", "zenne", "joh", "se", "ne", "nè", "wi", "wè", "hen", "euh", "ah", "oh", "ahja",
))
# fmt: on
_MAX_SIGNED_NAME_WORDS = 3
_MAX_LEARNED_NAME_CHARS = 60
_KISSES = re.compile(r"(?i)x+|(?:xo)+x?")
_MIN_SUFFIX_LETTERS = 4
_TRAILING_LINES = 3
_NOT_INITIALS = frozenset("IAUYO")  # "… so do I.": words, not initials
# "ik heet Sam", "mijn naam is sam", "je m'appelle Léa", "my name is Noor": a name, in any case.
# "ik", and the Flemish "k" / "'k" for it ("k ben yara", "'k heet Wout").
_IK = r"(?:ik|['’]?k)"
# "je suis", and the text-message forms of it ("jsuis", "j'suis", "chui").
_JE_SUIS = r"(?:je\s+suis|j['’]?[ \t]?suis|chui)"
# "ik ben", and West-Flemish "'k zyn" / "k zijn" for it ("'k zyn Lowie, 'k zyn 15 jaar").
_IK_BEN = rf"(?:{_IK}\s+ben|['’]?k\s+z(?:y|ij)n)"
_NAME_ADVERB = (r"vanaf\s+nu|voortaan|nu|sinds\s+kort|eigenlijk|officieel|gewoon|dus|echt"
                r"|from\s+now\s+on|now|actually|officially|really|just|d[ée]sormais|maintenant"
                r"|en\s+fait|officiellement|vraiment|juste|donc")
_INTRODUCTION = re.compile(
    # Text-message French drops apostrophes and letters: "mon prenom cest Noah", "jmappelle".
    rf"(?i)(?<!\w)(?:{_IK}\s+heet|mijn\s+naam\s+is|j(?:e\s+|['’])?m['’]?appelle"
    r"|mon\s+(?:pr[ée])?nom\s+(?:c['’ ]?est|est)|my\s+name\s+is|my\s+name['’]?s|i['’]m\s+called"
    r"|my\s+real\s+name\s+is|mijn\s+echte\s+naam\s+is|mon\s+vrai\s+(?:pr[ée])?nom\s+est"
    # The name they were given and no longer use is theirs as much: "mijn geboortenaam is
    # Elisa", "my old name was Elisa", "mon ancien prénom c'était Elisa".
    r"|mijn\s+(?:geboortenaam|deadname|dead\s*name|oude\s+naam|vorige\s+naam|officiële\s+naam)"
    r"\s+(?:is|was)"
    r"|my\s+(?:birth\s+name|dead\s*name|old\s+name|legal\s+name|given\s+name)\s+(?:is|was)"
    r"|mon\s+(?:ancien\s+(?:pr[ée])?nom|(?:pr[ée])?nom\s+de\s+naissance|deadname)"
    r"\s+(?:est|c['’]est|c['’][ée]tait|[ée]tait)"
    r"|(?:i\s+am|i['’]?m|ik\s+ben)\s+(?:an?|een)\s+(?:[\w-]{1,20}\s+){0,5}?"
    r"(?:called|named|genaamd)"
    # "Naam: Lotte / Leeftijd: 14": a form the writer fills in at the start of a line.
    r"|^\W*(?:naam|voornaam|name|first\s+name|nom|pr[ée]nom)\s*:)"
    # "ik heet vanaf nu Lena", "my name is actually Alex": a name after an adverb or two,
    # only before a capital (the adverb is no name, and "ik heet nu eenmaal zo" names no one).
    rf"\s+(?:(?:(?:{_NAME_ADVERB})\s+){{1,2}}(?=(?-i:[A-ZÀ-Ý])))?"
    r"(?P<name>[^\W\d_][\w'’-]*)"
)
# "noem me maar Alex", "ze noemen me Sami", "call me Max", "on m'appelle Jo": what others call
# the writer, or what they ask to be called. Bullies call them things too ("ze noemen me
# flikker op school" is the substance of the mail), so the word is a name only when it is one
# the writer is known by, or a first name (see _called_name).
_CALLED = re.compile(
    r"(?i)(?<!\w)(?:ze\s+noemen\s+(?:me|mij)|(?:ze|zij)\s+zeggen\s+(?:tegen\s+)?(?:me|mij)"
    r"|noem(?:t|en)?\s+(?:me|mij)|call\s+me"
    # "op school noemen ze mij X", "thuis noemt iedereen me X": the verb first after a place.
    r"|noem(?:t|en)\s+(?:ze|zij|iedereen|mijn\s+vrienden)\s+(?:allemaal\s+)?(?:me|mij)"
    r"|on\s+m['’]appelle|(?:they|people|everyone|some|kids)\s+calls?\s+me|m['’]appellent"
    # "en classe tout le monde m'appelle X": who calls them so, then the verb.
    r"|(?:tout\s+le\s+monde|chacun|ma\s+famille|ma\s+m[èe]re|mon\s+p[èe]re|maman|papa)"
    r"\s+m['’]appelle)"
    # "ze noemen mij hier allemaal Peetie", "they all call me Bee at school": where and how
    # often sit between the verb and the name.
    r"\s+(?:(?:maar|gewoon|dan|liever|gerust|ook|just|simply|juste|plut[ôo]t|hier|allemaal"
    r"|altijd|vaak|soms|nog|thuis|daar|all|always|still|here|tous|toujours|ici|souvent"
    r"|(?:op|in|at|à|en)\s+(?:school|de\s+klas|class|l['’][ée]cole|classe))\s+){0,3}"
    r"(?P<name>[^\W\d_][\w'’-]*)"
)
# "mijn klas zegt Vanakske tegen mij", "iedereen zegt altijd Lotje tegen me": the name first,
# then to whom it is said.
_SAYS_TO_ME = re.compile(
    r"(?i)(?<!\w)(?:zegt|zeggen|zegge|zeggn|zei|zeiden)\s+(?:(?:altijd|soms|vaak|ook|nog|gewoon"
    r"|allemaal|al)\s+){0,2}(?P<name>[^\W\d_][\w'’-]*)\s+(?:tegen|tegn|teggen)\s+(?:mij|me)(?!\w)"
)
# "Thuis noemen ze mij Daantje, op voetbal Schoutje, …": more names after a called one, each
# after where it is used.
_CALLED_MORE = re.compile(
    r"\s*,\s*(?:en\s+|and\s+|et\s+)?(?:op|in|bij|at|on|à|au|en|sur|dans)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?P<name>(?-i:[A-ZÀ-Ý])[\w'’-]+)(?=\s*(?:$|[,.;!?)]|(?:en|and|et)\b))"
)
_MAX_CALLED_MORE = 4
# "noem me maar J.", "call me R.": one initial the writer asks to go by.
_CALLED_INITIAL = re.compile(
    r"(?i)(?<!\w)(?:noem\s+(?:me|mij)|call\s+me|appelle[sz]?[\s-]moi|on\s+m['’]appelle"
    r"|(?:je|jullie|u)\s+(?:kan|kunt|mag|mogen)\s+(?:me|mij)|you\s+can\s+call\s+me)"
    r"\s+(?:(?:maar|gewoon|just|juste|simply)\s+)?(?P<name>(?-i:[A-Z])\.)(?!\w)"
)
# "eigenlijk heet ik Frederique", "ik noem mezelf Robin", "appelle-moi Max", "I go by Sam":
# weaker cues ("I go by bus"), so the word must have a capital.
_NAMED_AS = re.compile(
    r"(?i)(?<!\w)(?:heet\s+ik|noem\s+(?:mij|mezelf|mijzelf)|ik\s+noem\s+me"
    r"|(?:iedereen|ze|vrienden|mijn\s+vrienden)\s+zeg(?:t|gen)(?:\s+(?:mij|me|tegen\s+mij))?"
    r"|appelle[sz]?[\s-]moi|(?:tu\s+peux|vous\s+pouvez)\s+m['’]appeler|i\s+go\s+by"
    # "(ik ben Marie maar thuis ben ik Poekie)": the name the family uses at home.
    r"|thuis\s+(?:ben|heet)\s+ik|(?:at\s+home|home)\s+i['’]?m|[àa]\s+la\s+maison\s+je\s+suis)"
    r"\s+(?:maar\s+|gewoon\s+|juste\s+|just\s+)?(?P<name>(?-i:[A-ZÀ-Ý])[\w'’-]+)"
)
# "Onze zoon (Arne, 12 jaar) heeft het volgende geschreven": a parent sending the child's own
# words names the help-seeker. ("Je suis la maman de Nathan, 15 ans" writing about him: the
# parent is the one asking, and Nathan is their story.)
_CHILD_NAMED_IN_BRACKETS = re.compile(
    r"(?i)(?<!\w)(?:zoon|dochter|zoontje|dochtertje|kind|son|daughter|kid|child|fils|fille)"
    r"\s*\(\s*(?P<name>(?-i:[A-ZÀ-Ý])[\w'’-]{1,40})\s*,\s*\d{1,2}\b"
)
_CHILD_WROTE = re.compile(
    r"(?i)(?<!\w)(?:geschreven|schreef|schrijft|getypt|overgetypt|typt|typen|dicteert|gedicteerd"
    r"|wrote|written|typed|dictated|a\s+[ée]crit|[ée]crit|tap[ée])(?!\w)"
)


# "mijn naam is eigenlijk wout d'hondt", "my name is sien de ridder": a full name in lower case
# after an introduction; a name when its last words spell their address (w.dhondt@…).
_LOWER_FULL_NAME_INTRODUCTION = re.compile(
    r"(?i)(?<!\w)(?:mijn\s+(?:volledige\s+)?naam\s+is|ik\s+heet|my\s+(?:full\s+)?name\s+is"
    r"|je\s+m['’]appelle|mon\s+nom\s+(?:est|c['’]est))"
    rf"\s+(?:(?:{_NAME_ADVERB})\s+)?"
    r"(?P<first>[^\W\d_][\w-]{1,30})\s+(?P<rest>[\w'’-]{1,40}(?:\s+[\w'’-]{1,40}){0,2})"
)
_MAX_SURNAME_WORDS_IN_ADDRESS = 3


def _could_be_first_name(word: str) -> bool:
    """Not "nu" of "ik heet nu Elias": a word that is no adverb, no function word, and a
    first name in the lists or no common word."""
    folded = word.casefold()
    words = gazetteer.load()
    return folded not in _FUNCTION_WORDS and re.fullmatch(_NAME_ADVERB, folded) is None \
        and (folded in words.first_names or folded not in words.ordinary)


def _lower_full_names(content: str, local_words: set[str]) -> list[str]:
    names: list[str] = []
    for match in _LOWER_FULL_NAME_INTRODUCTION.finditer(content):
        words = match["rest"].split()
        for count in range(min(len(words), _MAX_SURNAME_WORDS_IN_ADDRESS), 0, -1):
            joined = re.sub(r"[\W_]+", "", "".join(words[:count])).casefold()
            if len(joined) >= _MIN_PART_LETTERS and joined in local_words \
                    and _could_be_first_name(match["first"]):
                names.append(" ".join([match["first"], *words[:count]]))
                break
    return names


# "Groetjes Muisje (zo noemt mama mij)", "Saar (zo noemt iedereen haar)", "love, Bean (that's
# what dad calls me)": a bracket saying that someone calls a person so. The word before it is a
# name; the writer's own when the bracket says "me", anyone's when it says "her" or "him".
_CALLED_SO = re.compile(
    r"(?i)\(\s*(?:zo|dat\s+is\s+hoe|zoals|that['’]?s\s+what|that\s+is\s+what|what|c['’]est"
    r"|comme)\b[^()\n]{0,40}?\b(?:noem\w{0,3}|call\w{0,3}|appel\w{0,4}|m['’]appel\w{0,4})\b"
    r"[^()\n]{0,40}\)"
)
_CALLED_SO_ME = re.compile(r"(?i)(?<!\w)(?:mij|me|moi|m['’])(?!\w)")
_MAX_NAME_BEFORE_BRACKET = 60  # a name of up to 41 letters and a few emoji: only the tail
_NAME_BEFORE_BRACKET = re.compile(r"(?P<name>[^\W\d_][\w'’-]{1,40})[^\w()]{0,12}$")
# "ik wil eigenlijk Robin genoemd worden", "I'd rather be called Alex", "je veux qu'on
# m'appelle Noa": the name a young person chooses is theirs as much as the one in their headers.
_WANTS_TO_BE_CALLED = (
    re.compile(r"(?i)(?<!\w)(?:wil|wou|zou|willen)\s+(?:(?:ik|eigenlijk|graag|liever|gewoon|echt|ook)\s+){0,3}"
               r"(?P<name>(?-i:[A-ZÀ-Ý])[\w'’-]+)\s+genoemd\s+(?:worden|word)"),
    re.compile(r"(?i)(?<!\w)(?:want|wanna|like|prefer|rather|love)\s+(?:to\s+)?be\s+called\s+"
               r"(?P<name>(?-i:[A-Z])[\w'’-]+)"),
    re.compile(r"(?i)(?<!\w)(?:qu['’]on\s+m['’]appelle|[êe]tre\s+appel[ée]e?)\s+"
               r"(?P<name>(?-i:[A-ZÀ-Ý])[\w'’-]+)"),
)
# "Ann (mama van Febe)", "ik ben de papa van Febe": a parent writing for their child names
# the help-seeker. ("de mama van Lisa zei …" in a young person's words is their friend's.)
_PARENT_OF = re.compile(
    r"(?i)(?:(?:ik\s+ben|i\s+am|i['’]m|je\s+suis|this\s+is|hier\s+is)\s+(?:de|the|la|le)\s+|\(\s*)"
    r"(?:mama|moeder|mams|papa|vader|mom|mum|mother|dad|father|maman|m[èe]re|p[èe]re)\s+"
    r"(?:van|of|de)\s+(?P<name>(?-i:[A-ZÀ-Ý])[\w'’-]+)"
)
# "i dont want to be called Emo", "je veux plus qu'on m'appelle …": what they refuse, said
# in the cue or just before it.
_NEGATION_REACH = 24
_BUT = re.compile(r"(?i)\b(?:maar|but|mais)\b")
_NEGATED = re.compile(
    r"(?i)\b(?:not|don['’]?t|dont|never|niet|nie|ni|nooit|pas|plus|jamais|no\s+longer)\b")
# "Milan is mijn naam", "Ellie is my name", "Léa c'est mon prénom": the name comes first.
_NAME_THEN_MY_NAME = re.compile(
    r"(?i)(?<![\w'’])(?P<name>[^\W\d_][\w'’-]{1,40})\s*,?\s+(?:is\s+(?:mijn|my)\s+(?:voor)?naam"
    r"|is\s+my\s+(?:first\s+)?name|c['’]est\s+mon\s+(?:pr[ée])?nom|est\s+mon\s+(?:pr[ée])?nom)\b"
)
# "je kan me Gabi noemen", "jullie mogen mij robin noemen": the name sits before the verb.
_CALL_ME_BEFORE_VERB = re.compile(
    r"(?i)(?<!\w)(?:je|jij|jullie|u|ge|gij)\s+(?:kan|kunt|kunnen|kunde|mag|moogt|mogen)\s+"
    r"(?:me|mij)\s+(?:gewoon\s+|ook\s+|maar\s+|gerust\s+|altijd\s+)?"
    r"(?P<name>[^\W\d_][\w'’-]*)\s+noemen"
)
# "ik ben Lotte", "c'est Zoé", "I'm Noor", "hier is Mats": a name when it has a capital.
_WEAK_INTRODUCTION = re.compile(
    rf"(?i)(?<!\w)(?:{_IK_BEN}(?:\s+het)?|hier\s+is|c['’]est|moi\s+c['’]est|{_JE_SUIS}|i\s+am"
    r"|i['’]m)"
    r"\s+(?P<name>(?-i:[A-ZÀ-Ý])[\w'’-]+)(?![\w'’-])"
    # "c'est Netflix qui m'a fait comprendre …": a cleft sentence, not an introduction ("c'est
    # Léa qui t'écrit" still is one).
    r"(?!\s+(?:qui|que|qu['’])(?!\s*(?:t['’]|te\s|vous\s|v['’])?\s*(?:[ée]cri|parl)))"
)
_SMS_INTRODUCTION = re.compile(
    r"(?i)(?<![\w'’])(?:c|cé|sé|cest)[ \t]+(?P<name>(?-i:[A-ZÀ-Ý])[\w'’-]+)")
_LOWER_INTRODUCTION = re.compile(
    rf"(?i)(?<!\w)(?:{_IK}\s+ben|{_IK}\s+heet|hier\s+is|c['’]est|{_JE_SUIS}|i\s+am|i['’]m|it['’]?s"
    r"|this\s+is"
    # "online ben ik darkwolf", "op discord heet ik …", "my username is …": the name they game
    # or chat under, which their address often holds too.
    r"|(?:online|ingame|in\s+game|op\s+\w{2,20}|on\s+\w{2,20})\s+(?:ben|heet)\s+ik"
    r"|online\s+i['’]?m|(?:mijn|my|mon)\s+(?:username|user\s+name|gebruikersnaam|gamertag"
    r"|gamer\s+tag|pseudo|ign|tag)\s+(?:is|c['’]est|est))\s+"
    # "online heet ik gewoon dnschtn": an adverb is not the name, the word after it may be.
    r"(?:(?:gewoon|eigenlijk|dus|meestal|altijd|just|simply|juste|simplement)\s+)?"
    r"(?P<name>[^\W\d_][\w'’-]*)"
)
_FIRST_NAME_INTRODUCTION = re.compile(
    rf"(?i)(?<!\w)(?:{_IK}\s+ben|{_IK}\s+heet|kben|i\s+am|i['’]?m|het\s+is|['’]t\s+is|it['’]?s"
    r"|this\s+is|dit\s+is)\s+(?P<name>[^\W\d_][\w'’-]*)"
)
# French pronouns before "ici" the Dutch/English word lists do not know ("nous ici").
_NOT_HERE = frozenset(("nous", "vous", "ils", "elles", "tous", "tout", "personne", "on"))
# "London here, well Brussels now": a place before "here" says where the writer is, not who.
# Places abroad and the English and French names of Belgian cities; not the gazetteer's
# Belgian places, many of which are first names too ("Brecht", "Jette", "Veerle here").
# fmt: off
_PLACES_ABROAD = frozenset((
    "london", "paris", "berlin", "amsterdam", "rotterdam", "madrid", "rome", "lisbon",
    "dublin", "vienna", "warsaw", "istanbul", "lyon", "marseille", "cologne",
    "maastricht", "luxembourg", "brussels", "antwerp", "ghent", "bruges", "louvain", "anvers",
    "gand", "malines", "mechelen", "england", "france", "germany", "spain", "italy",
    "belgium", "netherlands", "holland", "scotland", "ireland", "morocco", "turkey", "poland",
    "canada", "usa", "allemagne", "espagne", "italie", "belgique", "angleterre", "maroc",
    "duitsland", "spanje", "italië", "engeland", "nederland", "frankrijk", "marokko", "turkije",
))
# fmt: on
# "Charlie here (13)", "hoi, warre hier", "Léa ici": a name, then "here".
_NAME_HERE = re.compile(
    r"(?i)(?:^|[.!?,]\s*|\b(?:hi|hey|hoi|hallo|hello|salut|coucou|yo|dag)[\s,!]+)"
    r"(?<!['’])(?P<name>[^\W\d_][\w-]+)\s+(?:here|hier|ici)\b"
)
# "ik ben robbe, ik ben 12", "je suis léa, j'ai 14 ans", "i'm mia, 15": a word between an
# introduction and an age is a name, in any case.
_INTRODUCTION_WITH_AGE = re.compile(
    rf"(?i)(?<!\w)(?:{_IK_BEN}|{_IK}\s+heet|{_JE_SUIS}|je\s+m['’]appelle|i['’]?m|i\s+am"
    r"|(?:moi\s+)?c['’]est|het\s+is|['’]t\s+is|it['’]?s|this\s+is)\s+"
    # "I'm the youngest, Lotte (12)", "ik ben de oudste, Jana, 15": their place among siblings.
    r"(?:(?:the|de|het|la|le|l['’])\s*(?:youngest|oldest|eldest|middle\s+one|jongste|oudste"
    r"|middelste|cadet|cadette|a[îi]n[ée]e?|benjamine?)\s*,\s*)?"
    r"(?P<name>[^\W\d_][\w'’-]*)\s*(?:,|\ben\b|\bet\b|\band\b)?\s*"
    # "jsuis Léo 13ans": the age glued to its unit.
    r"(?:(?:ik\s+ben\s+|j['’]ai\s+|i['’]?m\s+|i\s+am\s+)?\(?\d{1,2}(?:\b|(?=ans|jaar|jr|yo|yrs))"
    # "ik ben mila ik zit in het 1ste middelbaar", "ik ben amira van het 2de": a school year.
    r"|(?:ik\s+zit\s+|kzit\s+)?(?:in|van|uit)\s+(?:het\s+|de\s+)?\d{1,2}(?:de|ste|e)\b"
    # "this is deji, sams little brother", "ik ben jana, de dochter van …": a relation.
    r"|(?:(?<=,)|(?<=,\s))\s*(?:\w{1,30}['’]s\s+|\w{1,30}s\s+|de\s+|het\s+|la\s+|le\s+|l['’]|the\s+|mijn\s+"
    r"|my\s+)?"
    r"(?:(?:little|big|younger|older|kleine|grote|jongste|oudste)\s+)?"
    r"(?:brother|sister|son|daughter|kid|child|zoon|dochter|broer|zus|kind|fils|fille"
    r"|fr[èe]re|s[œo]e?ur|enfant)\b)"
)
# "ik ben gepest in het 2de", "i'm bullied", "i'm living": a verb form, not a name.
# Only lower-case words: "Gerard" or "Sterling" with a capital is a name.
_PARTICIPLE = re.compile(r"ge[a-zà-ÿ]{3,}[td]|[a-zà-ÿ]{3,}(?:ed|ing)")
_ADJECTIVE_ENDINGS = ("ig", "lijk", "isch", "baar", "end", "eux", "euse", "ful", "ous", "ive")
# "groetjes sam", "x Han", "bisous, Léa" closing the last line.
_SAME_LINE_SIGN_OFF = re.compile(
    r"(?i)(?:^|\s)(?:groetjes|groeten|(?<=^)groet|grtjs|grtz|gr|liefs|kusjes|doei|daag|bye|x+|xo+|love|"
    r"bisous|bises|merci|cheers|thanks|thx|thnx|ty|bedankt|dankjewel|dank\s+je|hugs|kisses|"
    r"best|regards|take\s+care|bizous|biz|gros\s+bisous|mvg|tot\s+snel"
    r"|(?<!\d,\s)(?<=,\s)from|(?<![^\W_])(?<=^)from|de\s+la\s+part\s+de)[\s,!.-]+"
    # "Groetjes van Elise", "love from Ty": the particle is the writer's word, not the name.
    r"(?:(?:van|from|de\s+la\s+part\s+de|de)\s+)?"
    # "groetjes van de jongste, Tibo", "love from your little sister, Mia": who they are to
    # someone, then their name.
    r"(?:(?:de|het|je|jullie|the|your|la|le|ta|ton|votre)\s+(?:[^\W\d_][\w'’-]*\s+){0,2}?"
    r"[^\W\d_][\w'’-]*\s*,\s*)?"
    r"(?P<name>[^\W\d_][\w'’-]*(?:\s+(?-i:[A-ZÀ-Ý])[\w'’-]+){0,2})[\s!.,]*"
    # "groetjes van Lou uit Aalst", "love from Mia, 14": where they live and their age are
    # their own words after the name.
    r"(?:(?:uit|from|de|d['’]|van|in)\s+(?-i:[A-ZÀ-Ý])[\w'’-]+[\s!.,]*)?"
    r"(?:\(?\d{1,2}\s*(?:jaar|ans|years?(?:\s+old)?|yo)?\)?[\s!.,]*)?"
    # "love, Jessie <3", "xx Lien 💜": a heart or smiley after the name.
    r"(?:(?:<3+|[:;]-?[)D(]|[\u2600-\u27bf\U0001f300-\U0001faff\ufe0f])[\s!.,]*)*$"
)
# "dit is Jonas, de zoon van …", "this is Grace and …", "ici Léa": a capitalised word after
# "dit is" is a name only where a name stands alone (before a comma, "and", a bracket or the
# end of the line), not in "dit is Gent waar ik woon".
# "so yeah that's me, Nadia", "c'est moi, Léa", "dat ben ik: Jana", "c'est moi Hugo qui
# écris": the capitalised name after the words that point at the writer.
_THATS_ME = re.compile(
    r"(?i)(?<!\w)(?:that['’]?s\s+me|it['’]?s\s+(?:just\s+)?me|this\s+is\s+me"
    r"|c['’]est\s+(?:encore\s+|juste\s+|re)?moi"
    rf"|dat\s+ben\s+{_IK}|da\s+ben\s+{_IK}|{_IK}\s+ben\s+het)"
    # "ik ben het nog eens, Wannes", "it's me again, Jo": they write again.
    r"(?:[ \t]+(?:again|once\s+more|encore|de\s+nouveau|nog\s+eens|nog\s+een\s+keer|weer"
    r"|alweer|opnieuw|terug|nog\s+eens\s+terug))?[ \t]*(?:[,:–—-][ \t]*)?"
    r"(?P<name>(?-i:[A-ZÀ-Ý])[\w'’-]+)"
)
_THIS_IS_INTRODUCTION = re.compile(
    r"(?i)(?<!\w)(?:dit\s+is|this\s+is|ici)\s+(?P<name>(?-i:[A-ZÀ-Ý])[\w'’-]+)"
    r"(?=\s*(?:,|$|\(|\ben\b|\band\b|\bet\b|\bhier\b|\bhere\b))"
)
# "I'm German", "je suis Guinéen", "ik ben Duits": a nationality, not a name.
# fmt: off
_NATIONALITIES = frozenset((
    "belg", "belgisch", "belge", "nederlander", "nederlands", "vlaming", "vlaams", "waal",
    "marokkaans", "turks", "français", "française", "belgian", "dutch", "french", "english",
    "british",
    "german", "spanish", "italian", "polish", "turkish", "moroccan", "congolese", "american",
    "canadian", "irish", "scottish", "welsh", "european", "african", "swiss", "austrian",
    "portuguese", "greek", "romanian", "russian", "ukrainian", "syrian", "afghan", "chinese",
    "japanese", "korean", "pakistani", "nigerian", "guinean", "senegalese", "algerian",
    "tunisian", "allemand", "allemande", "espagnol", "espagnole", "polonais", "polonaise",
    "turc", "turque", "marocain", "marocaine", "congolais", "congolaise", "américain",
    "américaine", "européen", "européenne", "africain", "africaine", "suisse", "portugais",
    "portugaise", "roumain", "roumaine", "russe", "ukrainien", "ukrainienne", "syrien",
    "syrienne", "algérien", "algérienne", "tunisien", "tunisienne", "guinéen", "guinéenne",
    "sénégalais", "sénégalaise", "camerounais", "camerounaise", "duits", "duitse", "spaans",
    "spaanse", "italiaans", "italiaanse", "pools", "poolse", "turkse", "marokkaanse",
    "congolees", "congolese", "amerikaans", "amerikaanse", "europees", "europese", "afrikaans",
    "afrikaanse", "zwitsers", "belgische", "nederlandse", "vlaamse", "waalse",
))
# Capitalised words after "ik ben" that are not names.
_NOT_INTRODUCED = _NATIONALITIES | frozenset((
    "belg", "belgisch", "belge", "nederlander", "nederlands", "vlaming", "vlaams", "waal",
    "marokkaans", "turks", "moslim", "moslima", "christen", "christelijk", "joods", "katholiek",
    "musulman", "musulmane", "chrétien", "chrétienne", "juif", "juive", "catholique",
    "français", "française", "belgian", "dutch", "french", "english", "british", "muslim",
    "christian", "jewish", "catholic", "trans", "bi", "gay", "lesbisch", "lesbienne", "queer",
    "non-binair", "homo", "hetero", "autist", "autistisch", "adhd", "ik", "je", "i", "niet",
    "pas", "not", "just", "juste", "gewoon", "ook", "aussi", "also", "so", "really", "very",
    "heel", "erg", "zo", "echt", "vraiment", "très", "tellement", "sorry", "désolé", "désolée",
    "ok", "oké", "okay", "bang", "sad", "scared", "lost", "perdu", "perdue", "allemaal",
    "alvast", "iedereen", "everyone", "all", "beaucoup", "again", "nog", "vast", "you", "u",
    "jullie", "vous", "toi", "zoveel", "voor", "pour", "for", "seul", "seule", "triste",
    "lesbienne", "nieuw", "alleen", "verliefd", "verward", "lonely", "alone", "confused", "new",
    "only", "almost", "bijna", "presque", "nog", "pas", "net", "al", "déjà", "already",
    "depressed", "moe", "tired", "fatigué", "fatiguée", "malade", "ziek", "sick", "happy",
    "blij", "content", "contente", "heureux", "heureuse", "jong", "young", "jeune", "oud", "old",
    "pas", "bientôt", "soon", "nu", "now", "maintenant", "een", "a", "an", "une", "un", "de",
    "het", "le", "la", "the", "boos", "angry", "fâché", "fâchée", "klein", "petit", "petite",
    # "I'm THIRTEEN", "ik ben Twaalf": an age written out, shouted or not.
    "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
    "eighteen", "nineteen", "twenty", "tien", "elf", "twaalf", "dertien", "veertien",
    "vijftien", "zestien", "zeventien", "achttien", "negentien", "twintig", "dix", "onze",
    "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf",
    "vingt",
    # "ik heet eigenlijk robin": an adverb after the cue, never the name.
    "eigenlijk", "officieel", "dus", "actually", "officially", "donc", "officiellement",
))
# Words that follow "call me", "c'est", "i'm" without being anyone's name ("call me after
# school", "c'est pas ma mère", "I'm sorry"): a bounded vocabulary per language, so that an
# introduction never takes a word of the sentence for a name.
_FUNCTION_WORDS = frozenset((
    "after", "before", "back", "later", "tomorrow", "tonight", "today", "anytime", "when",
    "if", "at", "on", "in", "please", "maybe", "whenever", "sometime", "again", "here",
    "there", "because", "but", "and", "or", "what", "who", "how", "why", "that", "this",
    "it", "its", "is", "was", "going", "gonna", "feeling", "having", "trying", "writing",
    "sure", "fine", "good", "bad", "done", "back", "still", "never", "always", "pas", "plus",
    "moi", "toi", "lui", "elle", "nous", "ça", "ca", "quoi", "qui", "que", "comme", "vrai",
    "normal", "grave", "bizarre", "dur", "difficile", "compliqué", "encore", "toujours",
    "jamais", "peut-être", "mal", "bien", "mieux", "nul", "fini", "trop", "vraiment",
    "na", "morgen", "straks", "later", "vanavond", "vandaag", "als", "wanneer", "want",
    "maar", "omdat", "dat", "dit", "wat", "wie", "hoe", "waarom", "er", "daar", "hier",
    "nog", "weer", "opnieuw", "moeilijk", "raar", "normaal", "bezig", "klaar", "zeker",
    "benieuwd", "blij", "bang", "het", "een", "de", "da", "nie", "ni", "wel", "toch",
    # "I don't know what I am yet, I'm 12": where a sentence goes on, not a name.
    "yet", "anymore", "either", "too",
))
# fmt: on


# "CLB-medewerker", "OCMW-assistent": an organisation's acronym joined to a common word is a
# role the writer has, not their name.
_ACRONYM_ROLE = re.compile(r"[A-Z]{2,6}-(?P<role>[a-zà-ÿ]{3,30})")


def _is_acronym_role(word: str) -> bool:
    match = _ACRONYM_ROLE.fullmatch(word)
    return match is not None and match["role"] in gazetteer.load().ordinary


_MIN_COMPOUND_HEAD = 3
_MIN_COMPOUND_TAIL = 6


def _lower_common_noun(word: str) -> bool:
    """ "ik ben gidsenleidster (19)", "ik ben student, 20": a word written in lower case that
    is no first name and is a word of the language, or a compound ending in one ("gidsen" +
    "leidster"), says what the writer is, not who."""
    if not word.islower() or not word.isalpha():
        return False
    words = gazetteer.load()
    folded = word.casefold()
    if folded in words.first_names:
        return False
    return folded in words.ordinary or any(
        folded[start:] in words.ordinary
        for start in range(_MIN_COMPOUND_HEAD, len(folded) - _MIN_COMPOUND_TAIL + 1))


_PRONOUN_WORDS = (r"(?:il|elle|iel|ielle|ael|he|she|they|hij|zij|ze|hen|die|him|her|them|lui"
                  r"|hem|haar|xe|xem|ze|zir|any|all|hun|diens|zijn|his|their|eux)")
_NAME_WITH_PRONOUNS = re.compile(
    rf"(?i:[-–—~]?[ \t]*)(?P<name>[A-ZÀ-Ý][\w'’-]{{1,30}})[ \t]*[(\[][ \t]*(?i:{_PRONOUN_WORDS}"
    rf"(?:[ \t]*/[ \t]*{_PRONOUN_WORDS}){{0,2}})[ \t]*[)\]][ \t]*"
)
# "Zoë / (zij/haar)", "Lander / (4de jaar)": a line of its own under the signed name, holding
# only their pronouns or their school year, which volunteers need like an age; the name above
# is replaced where it stands.
_OWN_ASIDE = re.compile(
    rf"[ \t]*[(\[][ \t]*(?:(?i:{_PRONOUN_WORDS}(?:[ \t]*/[ \t]*{_PRONOUN_WORDS}){{1,2}})"
    r"|(?i:\d{1,2}[ \t]?(?:ste|de|e|è?me|th|nd|rd|st)?[ \t]+(?:jaar|middelbaar|secundair|graad"
    r"|leerjaar|ann[ée]e|secondaire|primaire|grade|year|form))"
    r"|(?i:klas|class|classe|groep|year|form|grade)[ \t]?\d{1,2}[ \t]?[^\W\d_]{0,4})"
    r"[ \t]*[)\]][ \t]*"
)


# "hi / its / jo / 13 / my / mom": a mail typed one word a line says "its jo 13" across lines;
# read as one line too when nearly all its lines are one word.
_MIN_ONE_WORD_LINES = 5
_ONE_WORD_SHARE = 0.8


def _one_word_lines_joined(own: list[str]) -> list[str]:
    words = [content.strip() for content in own if content.strip()]
    single = sum(1 for word in words if len(word.split()) == 1)
    if single < _MIN_ONE_WORD_LINES or single < _ONE_WORD_SHARE * len(words):
        return []
    return [" ".join(words)]


# "(im skyfall btw)" above a pasted chat by "skyfall_m8": "I'm X by the way" names the writer
# when X opens a handle written in the mail (a word with "_", "." or digits after it); "im
# enby btw" names no one.
_MAX_HANDLE_STEMS = 4
_INTRODUCED_HANDLE = re.compile(
    rf"(?i)(?<!\w)(?:i['’]?m|i\s+am|{_JE_SUIS}|c['’]est|{_IK}\s+ben)\s+(?P<name>[^\W\d_]{{3,30}})"
    r"\s*,?\s+(?:btw|by\s+the\s+way|au\s+fait|d'ailleurs|trouwens)(?!\w)")


def _introduced_handle_stems(own: list[str]) -> list[str]:
    text = "\n".join(own)
    names: list[str] = []
    stems = list(dict.fromkeys(match["name"] for match in _INTRODUCED_HANDLE.finditer(text)))
    for name in stems[:_MAX_HANDLE_STEMS]:  # each is looked for in the whole text
        if re.search(rf"(?i)(?<![\w@.]){re.escape(name)}[_.\d]+\w", text):
            names.append(name)
    return names


# "ok i'll call u Sky then" in a pasted chat, "je vais t'appeler Max": a friend gives the
# writer a name, here a short form of a name they are known by (skyfall_m8, Maxime).
_CALL_YOU = re.compile(
    r"(?i)(?<!\w)(?:call\s+(?:you|u|ya)|t['’]appeler|je\s+t['’]appelle|noem\s+(?:jou|je)"
    r"|(?:ik|we)\s+noemen\s+(?:jou|je))\s+(?P<name>(?-i:[A-ZÀ-Ý])[^\W\d_]{2,30})(?!\w)")


def _called_you_short_forms(own: list[str], known: list[str]) -> list[str]:
    return [match["name"] for content in own for match in _CALL_YOU.finditer(content)
            if _is_short_form(match["name"], known)]


# "jm'appelle Rayane", "jmapelle inès": "je m'appelle" as typed in a hurry; "(PE for friends)",
# "(Juju pour les potes)", "(Bram voor de vrienden)": the name their friends use, in brackets.
_SMS_APPELLE = re.compile(
    r"(?i)(?<!\w)(?:jm['’]?app?ell?e|j['’]m['’]?app?ell?e)\s+(?P<name>[^\W\d_][\w'’-]{1,30})")
_FOR_FRIENDS = re.compile(
    r"(?i)\(\s*(?P<name>[^\W\d_][\w'’-]{1,30})\s+(?:for\s+(?:my\s+)?(?:friends|mates|short)"
    r"|pour\s+(?:les|mes)\s+(?:amis|amies|potes|intimes|proches)|voor\s+(?:de\s+|mijn\s+)?vrienden"
    r")\s*\)")


def _texted_and_friends_names(own: list[str]) -> list[str]:
    names = []
    for content in own:
        for pattern in (_SMS_APPELLE, _FOR_FRIENDS):
            for match in pattern.finditer(content):
                name = match["name"].strip("'’-")
                folded = name.casefold()
                if folded not in _FUNCTION_WORDS and folded not in _NOT_INTRODUCED \
                        and folded not in _NOT_SIGNED_NAMES \
                        and (name[0].isupper() or _only_a_first_name(name)):
                    names.append(name)
    return names


# "ma petite soeur veut vous écrire … voici ce qu'elle m'a envoyé" over a WhatsApp chat of
# "[04/12 20:03] Lina:" and "[04/12 20:05] <the writer>:": the one they write for is the
# chat's other author, signing their own words.
_SIBLING_CHAT_CUE = re.compile(
    r"(?i)(?<!\w)(?:ma|mon|my|mijn)\s+(?:petite?\s+|little\s+|younger\s+|kleine\s+|jongste\s+)?"
    r"(?:s[oœ]e?ur|fr[èe]re|sister|brother|zus(?:je)?|broer(?:tje)?)(?!\w)"
    # … who wants to write to the helpline: "mijn broer weet het niet" over a chat with a
    # friend is no sibling writing through the writer, and the friend's name is content.
    r"[^.!?\n]{0,30}?\b(?:veut|voudrait|wants?|would\s+like|wil|wou|zou\s+graag)\s+"
    r"(?:[\w'’]+\s+){0,3}?"
    r"(?:[ée]crire|write|schrijven|mailen|demander|ask|vragen|parler|talk|praten)")
_SIBLING_CHAT_SENT = re.compile(
    r"(?i)voici\s+ce\s+qu|here['’]?s\s+what|here\s+is\s+what|dit\s+is\s+wat|hier\s+is\s+wat"
    r"|m['’]?a\s+envoy|(?:has|just)\s+sent\s+me|(?:heeft|stuurde)\s+(?:me|mij)")
_SIBLING_CHAT_AUTHOR = re.compile(
    r"\s*\[[\d/.,: -]{4,25}\]\s*(?P<name>[^\W\d_][\w'’-]{1,30}(?:[ \t][^\W\d_][\w'’-]{1,30})?)"
    r"[ \t]*:")
_CHAT_PARTIES = 2


def _sibling_chat_author(own: list[str], known: list[str]) -> list[str]:
    text = "\n".join(own)
    if not _SIBLING_CHAT_CUE.search(text) or not _SIBLING_CHAT_SENT.search(text):
        return []
    authors = list(dict.fromkeys(match["name"] for content in own
                                 if (match := _SIBLING_CHAT_AUTHOR.match(content))))
    folded = {part.casefold() for part in known}
    writer = [author for author in authors
              if all(word.casefold() in folded for word in author.split())]
    if len(authors) != _CHAT_PARTIES or len(writer) != 1:
        return []
    return [author for author in authors if author not in writer]


# "mijn beste vriendin heet Louise maar iedereen zegt Lulu", "ze noemen haar …": before a bare
# "iedereen zegt X" (no "mij"), a friend or relative named, or "haar"/"hem", says whose name it is.
_ANOTHER_PERSON_BEFORE = re.compile(
    r"(?i)(?<!\w)(?:(?:mijn|m['’]n|haar|zijn|z['’]n|my|her|his|ma|mon|sa|son)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:vriend(?:in|innetje|je)?|broer(?:tje)?|zus(?:je)?|neef|nicht|friend|bestie|bff|brother"
    r"|sister|cousin|cousine|copine|copain|amie?|pote|s[œo]eur|fr[èe]re)|haar|hem|her|him|elle|lui)"
    r"(?!\w)")
_EVERYONE_SAYS_BARE = re.compile(
    r"(?i)(?:iedereen|ze|vrienden|mijn\s+vrienden)\s+zeg(?:t|gen)\s+(?!mij\b|me\b|tegen\b)")


_CLEFT_ABOUT_ANOTHER = re.compile(r"(?i)\s+qui\s+(?:m['’]|me\b|nous\b|moi\b)")


# "Belgo-Guinéen", "Franco-Marocaine", "Afro-American": a nationality's combining form before
# a hyphen; "Will-ing", "Dutch-speaking", "Self-taught": a word ending in a lower-case common
# word or suffix. Adjectives, not names ("Jean-Pierre", "Anne-sophie" stay names).
_COMBINING_FORM = re.compile(
    r"(?i)(?:belgo|franco|italo|anglo|afro|sino|hispano|gr[ée]co|germano|luso|indo|jud[ée]o"
    r"|arabo|turco|russo|nippo|austro|euro|latino|n[ée]erlando|hollando|maroco|alg[ée]ro"
    r"|congolo|polono|helv[ée]to)")


def _hyphenated_adjective(word: str) -> bool:
    parts = word.split("-")
    if len(parts) < 2 or not all(parts):
        return False
    if _COMBINING_FORM.fullmatch(parts[0]) or parts[0].casefold() in _NATIONALITIES:
        return True
    words = gazetteer.load()
    return any(part.islower() and part not in words.first_names
               and (_PARTICIPLE.fullmatch(part) is not None or part in ("ing", "ed", "ish")
                    or part in words.ordinary)
               for part in parts[1:])


def _said_of_another(pattern: re.Pattern[str], match: re.Match[str], content: str,
                     own: list[str], known: list[str], local_words: set[str]) -> bool:
    """An introduction's name that the line says is someone else's: "mijn vriendin heet Louise
    maar iedereen zegt Lulu" (a friend named before a bare "iedereen zegt"); "Nana c'est
    Nathalie" (a name the text gives someone else, not the writer, before "c'est")."""
    if pattern is _NAMED_AS and _EVERYONE_SAYS_BARE.match(match.group()):
        sentence = re.split(r"[.!?]", content[:match.start()])[-1]
        return _ANOTHER_PERSON_BEFORE.search(sentence) is not None
    if pattern is _WEAK_INTRODUCTION and re.match(r"(?i)c['’]est", match.group()):
        # "c'est Yanis qui m'a donné votre adresse": a cleft sentence about someone who did
        # something to the writer ("qui m'a", "qui me", "qui nous"), not the writer.
        if _CLEFT_ABOUT_ANOTHER.match(content, match.end()):
            return True
        words = content[:match.start()].split()
        other = words[-1] if words else ""
        return _NAME_WORD.fullmatch(other) is not None and other[:1].isupper() \
            and not _is_known_word(other, known, local_words) \
            and any(other in _NAME_WORD.findall(line) for line in own if line != content)
    return False


def _introduced_names(own: list[str], local_words: set[str], known: list[str],
                      last_lines: Iterable[str] = ()) -> list[str]:
    """Names the writer gives themselves in their own lines; `last_lines` are the lines that
    close their words (the last one, and the last above a signature block under it)."""
    names: list[str] = []
    for content in own:
        for pattern in (_INTRODUCTION, _WEAK_INTRODUCTION, _THIS_IS_INTRODUCTION,
                        _NAMED_AS, _CALL_ME_BEFORE_VERB, _NAME_THEN_MY_NAME):
            for match in pattern.finditer(content):
                name = match["name"].strip("'’-")
                # "Ik ben Elle, de dochter van …": a capitalised word standing alone after
                # an introduction is a name even when it is also a French pronoun.
                alone = name[:1].isupper() and re.match(r"\s*(?:,|\(|$)",
                                                         content[match.end():]) is not None
                if len(name) >= _MIN_NAME_CHARS and name.casefold() not in _NOT_INTRODUCED \
                        and (alone or name.casefold() not in _FUNCTION_WORDS) \
                        and not _is_acronym_role(name) and not _hyphenated_adjective(name) \
                        and (pattern is not _WEAK_INTRODUCTION or _no_common_word(
                            name, content, match.end(), known, local_words)) \
                        and not _said_of_another(pattern, match, content, own, known,
                                                 local_words):
                    names.append(name)
        # "ps au fait c Inès" (ines.h2010@…): "c" for "c'est" in a text message; so short a
        # cue names the writer only with a name their address holds.
        for match in _SMS_INTRODUCTION.finditer(content):
            name = match["name"].strip("'’-")
            if len(name) >= _MIN_PART_LETTERS and _without_accents(name.casefold()) in local_words:
                names.append(name)
        for match in _THATS_ME.finditer(content):
            name = match["name"].strip("'’-")
            folded = name.casefold()
            # "c'est moi, Maman", "that's me, Mom said": who speaks, or the next sentence.
            if len(name) >= _MIN_NAME_CHARS and folded not in _NOT_INTRODUCED \
                    and folded not in _FUNCTION_WORDS and folded not in _NOT_SIGNED_NAMES \
                    and folded not in gazetteer.load().ordinary:
                names.append(name)
        for match in _PARENT_FULL_NAME.finditer(content):
            if full := _parent_full_name(match["name"]):
                names.append(full)
        for pattern in (_CALLED, _SAYS_TO_ME, _RELATION_NAMED, *_WANTS_TO_BE_CALLED):
            for match in pattern.finditer(content):
                name = match["name"].strip("'’-")
                before = content[max(0, match.start() - _NEGATION_REACH):match.start("name")]
                # "niet kristof maar zijn dochter Lotte": the "niet" is about someone else.
                before = _BUT.split(before)[-1]
                if _called_name(name, content, match.end(), known, local_words) \
                        and not _NEGATED.search(before):
                    names.append(name)
                if pattern is _CALLED:
                    names.extend(_more_called_names(content, match.end("name"), known,
                                                    local_words))
        for match in _PARENT_OF.finditer(content):
            # "ik ben de mama van Febe" closing a line names a child as a signature does;
            # "(mama van Febe)" only when the one signing so is the writer ("Ann (mama van
            # Febe)" on Ann's account). "Je suis la maman de Nathan, 15 ans. Hier soir il …":
            # in a parent's running text the child's first name is their story, like an age.
            name = match["name"].strip("'’-")
            signer = content[:match.start()].strip()
            closes_line = re.fullmatch(r"[\W_]*", content[match.end():]) is not None
            if _called_name(name, content, match.end(), known, local_words) and (
                    (not match.group().startswith("(") and closes_line)
                    or (signer and _is_known_word(signer.split()[-1], known, local_words))):
                names.append(name)
        for match in _INTRODUCTION_WITH_AGE.finditer(content):
            word = match["name"].strip("'’-")
            if len(word) >= _MIN_NAME_CHARS and word.casefold() not in _NOT_INTRODUCED \
                    and word.casefold() not in _FUNCTION_WORDS \
                    and not word.casefold().endswith(_ADJECTIVE_ENDINGS) \
                    and not _PARTICIPLE.fullmatch(word) and not _lower_common_noun(word):
                names.append(word)
        for match in _NAME_HERE.finditer(content):
            word = match["name"].strip("'’-")
            folded = word.casefold()
            if len(word) >= _MIN_PART_LETTERS and folded not in _NOT_INTRODUCED \
                    and folded not in _FUNCTION_WORDS and folded not in _NOT_SIGNED_NAMES \
                    and folded not in _NOT_HERE and folded not in gazetteer.load().ordinary \
                    and folded not in _PLACES_ABROAD and folded not in gazetteer.load().places \
                    and (word[0].isupper() or _only_a_first_name(word)
                         or any(local.startswith(folded) for local in local_words)):
                names.append(word)
        # "ik ben sander", written in lower case: a name when their address says so
        # (sanderke2011@…).
        for match in _LOWER_INTRODUCTION.finditer(content):
            word = match["name"].casefold()
            if word in _NOT_INTRODUCED or word in _FUNCTION_WORDS:
                continue
            if len(word) >= _MIN_PART_LETTERS and (any(
                    local.startswith(word) for local in local_words)
                    or _consonants_of_known(word, known)):
                names.append(match["name"])
        # "ik ben jana", "hi im lucas" on a parent's account, where the address does not say
        # it: a first name that is no common Dutch or English word. (Not after French cues:
        # the word lists know no French, and "c'est magnifique" is not anyone's name.)
        for match in _FIRST_NAME_INTRODUCTION.finditer(content):
            word = match["name"].casefold()
            if len(word) >= _MIN_PART_LETTERS and word not in _NOT_INTRODUCED \
                    and word not in _FUNCTION_WORDS and _only_a_first_name(word):
                names.append(match["name"])
            elif _initials_in_order(match["name"], known):
                names.append(match["name"])  # "hey het is EL" from Emma Lambrechts
    names.extend(_called_so_names(own, known, local_words))
    for content in own:
        for match in _CHILD_NAMED_IN_BRACKETS.finditer(content):
            if _CHILD_WROTE.search(content) and match["name"].casefold() not in _FUNCTION_WORDS:
                names.append(match["name"])
    names.extend(name for content in own for name in _lower_full_names(content, local_words))
    names.extend(match["name"] for content in own for match in _CALLED_INITIAL.finditer(content))
    for last in dict.fromkeys([*own[-1:], *(x for x in last_lines if not x.endswith((",", ":")))]):
        names.extend(_signed_off_name(last, known))
        # "noor" alone on the last line: a first name that is no common word signs the text.
        alone = [word for word in _WORD.findall(last) if not _KISSES.fullmatch(word)]
        if len(alone) == 1 and len(alone[0]) >= _MIN_PART_LETTERS \
                and alone[0].casefold() not in _NOT_SIGNED_NAMES \
                and alone[0].casefold() not in _NOT_INTRODUCED \
                and re.fullmatch(r"[\W_]*" + re.escape(alone[0]) + r"(?:[\W_]|xo|x|\d)*", last) \
                and alone[0].casefold() not in gazetteer.load().places \
                and (_only_a_first_name(alone[0]) or (
                    # "Ellie x", "Lele :)": a capitalised word with kisses or a smiley after it
                    alone[0][0].isupper() and last.rstrip() != alone[0]
                    and alone[0].casefold() not in gazetteer.load().ordinary)
                     # "Tom" under "mon mail à moi c'est tom.marchal.16@…": a word of an
                     # address they wrote or write from, even when it is also a word.
                     or (alone[0][0].isupper()
                         and _without_accents(alone[0].casefold()) in local_words)):
            names.append(alone[0])
        # "Max (il)", "Rose (she/her)": a capitalised word with the writer's pronouns in a
        # bracket closing the text signs it, even when it is also a word.
        pronoun_signed = _NAME_WITH_PRONOUNS.fullmatch(last)
        if pronoun_signed and pronoun_signed["name"].casefold() not in _NOT_SIGNED_NAMES \
                and pronoun_signed["name"].casefold() not in _NOT_INTRODUCED \
                and not _CLOSING.match(pronoun_signed["name"]):
            names.append(pronoun_signed["name"])
    names.extend(_other_named_names(own, known, local_words, names,
                                    [*own[-1:], *last_lines]))
    # A "name" of hundreds of letters is no one's, and would cost a regex of its size.
    return list(dict.fromkeys(name for name in names if len(name) <= _MAX_LEARNED_NAME_CHARS))


# Other shapes of the names a young person goes by, each checked like a called name:
# "(vroeger Sander genoemd)", "vroeger heette ik Sander": the name they were given.
# "terwijl ik Jules wil heten", "ik wil Jules heten": the name they choose.
# "ik wil dat jullie Fenne zeggen", "om Jules genoemd te worden": how they ask to be called.
_OTHER_NAME_CUES = (
    re.compile(r"(?i)(?<!\w)(?:vroeger|eerst|vroeger\s+nog|als\s+kind)\s+"
               r"(?P<name>(?-i:[A-ZÀ-Ý])[\w'’-]+)\s+genoemd"),
    re.compile(rf"(?i)(?<!\w)(?:(?:vroeger|eerst)\s+heette\s+{_IK}|{_IK}\s+heette\s+(?:vroeger|eerst))"
               r"\s+(?P<name>(?-i:[A-ZÀ-Ý])[\w'’-]+)"),
    re.compile(rf"(?i)(?<!\w){_IK}\s+(?:(?:nu|liever|graag|eigenlijk|echt|later)\s+){{0,2}}"
               r"(?P<name>(?-i:[A-ZÀ-Ý])[\w'’-]+)\s+(?:wil|wou|zou\s+willen)\s+heten"),
    re.compile(rf"(?i)(?<!\w){_IK}\s+(?:wil|wou|zou\s+willen)\s+"
               r"(?:(?:nu|liever|graag|eigenlijk|echt|later)\s+){0,2}"
               r"(?P<name>(?-i:[A-ZÀ-Ý])[\w'’-]+)\s+heten"),
    re.compile(r"(?i)(?<!\w)(?:dat|om)\s+(?:jullie|je|jij|u|ge|gij|iedereen)\s+(?:mij\s+|me\s+)?"
               r"(?P<name>(?-i:[A-ZÀ-Ý])[\w'’-]+)\s+(?:zeggen|zegt|noemen|noemt)"),
    re.compile(r"(?i)(?<!\w)om\s+(?P<name>(?-i:[A-ZÀ-Ý])[\w'’-]+)\s+genoemd\s+te\s+worden"),
    # "ik wil Mervin noemen" (spoken for "ik wil Mervin heten"): the name they choose.
    re.compile(rf"(?i)(?<!\w){_IK}\s+(?:wil|wou|zou\s+willen)\s+"
               r"(?:(?:nu|liever|graag|eigenlijk|echt|later)\s+){0,2}"
               r"(?P<name>(?-i:[A-ZÀ-Ý])[\w'’-]+)\s+noemen(?=[\s.!?,]|$)"),
)
# "oke Charlie ben ik", "Jules, dat ben ik.": a first name said to be the writer, closing a line.
_NAME_IS_ME = re.compile(
    r"(?i)(?<![\w'’])(?P<name>(?-i:[A-ZÀ-Ý])[\w'’-]+)(?:[ \t]*,[ \t]*|[ \t]+)"
    r"(?:dat\s+|da\s+)?ben\s+ik"
    r"(?=[\s.!?,)]*$)")
# "wij zijn Bente en Jasper (tweeling)", "we're Ada and Kit": two who write together.
_WE_ARE = re.compile(
    r"(?i)(?<!\w)(?:wij\s+zijn|we\s+zijn|we\s+are|we['’]re|nous\s+sommes|on\s+est)\s+"
    r"(?P<name>(?-i:[A-ZÀ-Ý])[\w'’-]+)(?:[ \t]*,[ \t]*|[ \t]+)(?:en|and|et|&)\s+"
    r"(?P<other>(?-i:[A-ZÀ-Ý])[\w'’-]+)")
# "Ines (of Nini zoals iedereen zegt)", "Vandewalle of gewoon Vdw", "Camille de le Court, of
# Delecourt op mijn abonnement": another name offered right after one the writer goes by.
_OR_NAME = re.compile(
    r"(?i)(?<![\w'’])(?P<known>[^\W\d_][\w'’-]+)(?:[ \t]*[,(][ \t]*|[ \t]+)"
    r"(?:of|or|ou)[ \t]+"
    r"(?:(?:gewoon|ook|just|simply|juste|soms|sometimes)[ \t]+)?"
    r"(?P<name>(?-i:[A-ZÀ-Ý])[\w'’-]+)")
# "noor 🌈 14 | she/her | gent", "Jules | 15 | 🏳️‍⚧️": a profile bio quoted in the mail, the name
# first, an age after it, fields parted by bars.
_MAX_SIGN_OFF_WORDS = 6
_BIO_LINE = re.compile(
    r"(?m)(?:^|[\"“«])[ \t]*(?P<name>[^\W\d_][\w'’-]{1,30})[^\w|\n]{0,16}(?:\|[ \t]*)?"
    r"\d{1,2}[ \t]*(?:jaar|jr|yo|ans|y)?[^\w|\n]{0,16}\|[^\n]*\|")


# "zijn insta bio is letterlijk" / "Milan 🌈 | 17 | …": a bio said to be someone else's.
_SOMEONE_ELSES_BIO = re.compile(
    r"(?i)(?<!\w)(?:zijn|haar|z['’]n|d['’]r|hun|his|her|their|sa|son|ses|leur)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:bio|profiel|profile|profil|status)(?!\w)")


def _bio_of_someone_else(own: list[str], position: int, start: int) -> bool:
    """Whether the text before a quoted bio (on its line, or on the line above when the bio
    opens its line) says whose it is: "zijn insta bio", "her bio says", "sa bio"."""
    before = own[position][:start]
    if not before.strip() and position > 0:
        before = own[position - 1]
    return _SOMEONE_ELSES_BIO.search(before) is not None


def _other_named_names(own: list[str], known: list[str], local_words: set[str],
                       names: list[str], last_lines: list[str]) -> list[str]:
    """More names the writer goes by, in the shapes above; and a word they say they are
    called which is no first name or is also a common word ("Oma noemt mij Muske", "noemen ze
    mij Storm") when they sign with it too."""
    found: list[str] = []
    words = gazetteer.load()
    # The closing lines, each with its words: a sign-off under the line that says so.
    signed = [(line, set(_NAME_WORD.findall(line))) for line in last_lines
              if len(_WORD.findall(line)) <= _MAX_SIGN_OFF_WORDS]
    for position, content in enumerate(own):
        for pattern in _OTHER_NAME_CUES:
            for match in pattern.finditer(content):
                name = match["name"].strip("'’-")
                # "niet Fen, ik wil dat jullie Fenne zeggen": a "niet" ends at the comma.
                before = re.split(r"[,.;:!?]", _BUT.split(
                    content[max(0, match.start() - _NEGATION_REACH):match.start("name")])[-1])[-1]
                if _called_name(name, content, match.end(), known, local_words) \
                        and not _NEGATED.search(before):
                    found.append(name)
        for match in _CALLED.finditer(content):
            name = match["name"].strip("'’-")
            folded = name.casefold()
            if any(name in line_words for line, line_words in signed if line != content) \
                    and name[:1].isupper() and len(name) >= _MIN_PART_LETTERS \
                    and folded not in _SLURS and folded not in _NOT_INTRODUCED \
                    and folded not in _FUNCTION_WORDS and folded not in _NOT_SIGNED_NAMES:
                found.append(name)
        for match in _NAME_IS_ME.finditer(content):
            name = match["name"]
            if _only_a_first_name(name) or _is_known_word(name, known, local_words):
                found.append(name)
        for match in _WE_ARE.finditer(content):
            pair = [match["name"], match["other"]]
            if all(_called_name(name, content, match.end(), known, local_words)
                   or _only_a_first_name(name) for name in pair):
                found.extend(pair)
        for match in _BIO_LINE.finditer(content):
            name = match["name"]
            folded = name.casefold()
            if _bio_of_someone_else(own, position, match.start()):
                continue
            if len(name) >= _MIN_PART_LETTERS and folded not in _NOT_INTRODUCED \
                    and folded not in _FUNCTION_WORDS and folded not in words.places \
                    and (folded in words.first_names
                         or any(local.startswith(folded) for local in local_words)):
                found.append(name)
    goes_by = {name.casefold() for name in [*names, *found]}
    for content in own:
        for match in _OR_NAME.finditer(content):
            name = match["name"]
            folded = name.casefold()
            if (match["known"].casefold() in goes_by or (
                    match["known"][:1].isupper()
                    and _is_known_word(match["known"], known, local_words))) \
                    and len(name) >= _MIN_PART_LETTERS and folded not in _NOT_INTRODUCED \
                    and folded not in _FUNCTION_WORDS and folded not in _NOT_SIGNED_NAMES \
                    and folded not in words.places and folded not in _SLURS \
                    and (folded not in words.ordinary
                         or _is_known_word(name, known, local_words)):
                found.append(name)
    return found


def _names_of_written_addresses(lines: list[_Line], own: list[str]) -> list[str]:
    """ "Bram: mail mij op brammie.p@…": a first name (in the lists, capitalised) that starts
    an address written in the writer's own text is the name of whoever that address is;
    the address is replaced, and so is what it spells."""
    starts = {re.split(r"[\W\d_]+", match.group().partition("@")[0].casefold())[0]
              for line in lines for match in _ANY_ADDRESS.finditer(line.content)}
    starts.discard("")
    if not starts:
        return []
    first_names = gazetteer.load().first_names
    return list(dict.fromkeys(
        word for content in own for word in _NAME_WORD.findall(content)
        if word[:1].isupper() and len(word) >= _MIN_SUFFIX_LETTERS
        and word.casefold() in first_names and word.casefold() not in _FUNCTION_WORDS
        and any(start.startswith(word.casefold()) for start in starts)))


def _called_so_names(own: list[str], known: list[str], local_words: set[str]) -> list[str]:
    """The word before a "(zo noemt mama mij)" bracket, on its line or, when the bracket opens
    a line, the line above: a pet name when "me"; the writer's only when it is a form of a name
    they are known by ("Saar (zo noemt iedereen haar)" from Sarah's account)."""
    names: list[str] = []
    for position, content in enumerate(own):
        for match in _CALLED_SO.finditer(content):
            before = content[:match.start()]
            if not before.strip() and position > 0:
                before = own[position - 1]
            found = _NAME_BEFORE_BRACKET.search(before[-_MAX_NAME_BEFORE_BRACKET:])
            if found is None:
                continue
            name = found["name"].strip("'’-")
            folded = name.casefold()
            if not name[:1].isupper() or len(name) < _MIN_NAME_CHARS \
                    or folded in _NOT_INTRODUCED or folded in _FUNCTION_WORDS \
                    or folded in _NOT_SIGNED_NAMES or folded in _SLURS:
                continue
            if _CALLED_SO_ME.search(match.group()) or _is_known_word(name, known, local_words) \
                    or _is_short_form(name, known):
                names.append(name)
    return names


# "ik ben haar zoon wout", "this is her daughter Mia", "im his son Ethan", "dit is niet kristof
# maar zijn dochter Lotte": a child writing from a parent's account names themselves right
# after the relation.
_RELATION_NAMED = re.compile(
    rf"(?i)(?<!\w)(?:{_IK}\s+ben|hier\s+is|dit\s+is|this\s+is|i\s+am|i['’]?m|je\s+suis|c['’]est)\s+"
    r"(?:(?:niet|not|pas)\s+[^\W\d_][\w'’-]{0,40}\s*,?\s+(?:maar|but|mais)\s+)?"
    r"(?:haar|zijn|hun|de|het|her|his|their|the|sa|son|leur|le|la)\s+"
    r"(?:(?:jongste|oudste|kleine|grote|little|big|younger|older|youngest|oldest|petite?|grande?)"
    r"\s+)?(?:zoon|dochter|zoontje|dochtertje|kind|broer|zus|zusje|broertje|son|daughter|kid"
    r"|child|brother|sister|fils|fille|fr[èe]re|s[œo]e?ur|enfant)\s+(?P<name>[^\W\d_][\w'’-]*)"
)
# "de mail van mijn mama Karin Mertens", "my mum Karen Hill", "ma mère Sophie Dubois": a parent
# named in full on the account the child writes from. The surname is the child's too; a
# parent's first name alone ("mijn mama Karin") is the child's story and stays.
_PARENT_FULL_NAME = re.compile(
    r"(?i)(?<!\w)(?:mijn|m['’]n|my|ma|mon)\s+(?:mama|papa|moeder|vader|mams|paps|ma|pa|mum|mom"
    r"|dad|mother|father|maman|m[èe]re|p[èe]re|stiefmoeder|stiefvader|stiefmama|stiefpapa|stepmum"
    r"|stepmom|stepdad|beau-p[èe]re|belle-m[èe]re)(?:\s*,|\s+(?:heet|is|s['’]appelle|called))?"
    r"\s+(?P<name>(?-i:[A-ZÀ-Ý])[\w'’-]+(?:\s+(?:(?:van\s+de[nr]?|van|de|der|den|le|la|du|d['’]|el"
    r"|ter|ten)\s*)?(?-i:[A-ZÀ-Ý])[\w'’-]+){1,2})"
)


def _parent_full_name(name: str) -> str:
    """The words of `name` that read as a first name and a surname ("Karin Mertens" of "Karin
    Mertens Zegt"), or "" when there is no surname after the first name."""
    ordinary = gazetteer.load().ordinary
    words = name.split()
    if words[0].casefold() in ordinary and words[0].casefold() not in gazetteer.load().first_names:
        return ""
    kept = [words[0]]
    for word in words[1:]:
        folded = word.casefold().strip("'’")
        if folded in _SURNAME_PARTICLES or word.endswith(("'", "’")):
            kept.append(word)
            continue
        if folded in ordinary or folded in _NOT_INTRODUCED or folded in _FUNCTION_WORDS:
            break
        kept.append(word)
    while kept and kept[-1].casefold().strip("'’") in _SURNAME_PARTICLES:
        kept.pop()
    return " ".join(kept) if len(kept) > 1 else ""


# What may follow a name that stands alone: the end, a comma, "en", an age, where they live.
_AFTER_A_NAME = re.compile(
    r"\s*(?:$|[,.!?;:()\-–—]|(?:en|and|et|uit|from|van|de|hier|here|ici|x+)\b|\d)", re.IGNORECASE)


def _is_known_word(word: str, known: Iterable[str], local_words: set[str]) -> bool:
    folded = word.casefold()
    return folded in local_words or any(
        part == folded or (len(folded) >= _MIN_PART_LETTERS and part.startswith(folded))
        or (len(part) >= _MIN_PART_LETTERS and folded.startswith(part)) for part in known)


def _no_common_word(name: str, content: str, end: int, known: Iterable[str],
                    local_words: set[str]) -> bool:
    """ "ik ben Hoop kwijt": a capitalised word after "ik ben" that is a common word of the
    language is a name only when the writer is known by it, or when it is a first name that
    stands alone ("Ik ben Roos, 14 jaar")."""
    words = gazetteer.load()
    folded = name.casefold()
    if _is_known_word(name, known, local_words):
        return True
    if folded in _SLURS:
        return False
    if folded not in words.ordinary:
        return True
    return folded in words.first_names and _AFTER_A_NAME.match(content, end) is not None


# What bullies call young people, where the word is also in the first-name lists ("ze noemen
# me mietje", "they call me sissy"): the substance of the mail, never the writer's name.
# fmt: off
_SLURS = frozenset((
    "mietje", "janet", "sissy", "gay", "lul", "sale", "vache", "ezel", "flikker", "homo",
    "lesbo", "pot", "nicht", "poef", "trut", "slet", "hoer", "dikke", "dikkerd", "vetzak",
    "varken", "koe", "bitch", "slut", "fag", "faggot", "dyke", "pédé", "pd", "tapette", "gouine",
    "salope", "pute", "loser", "sukkel", "mongool", "mongol", "debiel", "nerd", "freak", "kreng",
    "teef", "manwijf", "tomboy", "transje", "zwartje", "stinker", "baleine", "cochon", "porc",
    "grosse", "moche", "geit", "aap",
))
# fmt: on


def _called_name(name: str, content: str, end: int, known: Iterable[str],
                 local_words: set[str]) -> bool:
    """What the writer is called is their name only when it is one: a name they are known by
    (their headers, their address), or a first name in the lists, which, when it is also a
    common word, must stand alone. A slur, a common noun or an adjective never is."""
    folded = name.casefold()
    if len(name) < _MIN_NAME_CHARS or folded in _NOT_INTRODUCED or folded in _FUNCTION_WORDS \
            or folded in _NOT_SIGNED_NAMES or folded in gazetteer.CHAT_WORDS \
            or folded in gazetteer.NOT_PEOPLE:
        return False
    if _is_known_word(name, known, local_words) or _is_short_form(name, list(known)) \
            or _initials_of_known_words(name, list(known)) \
            or _pet_form_of_known(name, [*known, *local_words]) or _blend_of_known(name, known):
        return True  # "on m'appelle AS" (Anne-Sophie), "ze noemen mij Vdv" (Van de Velde)
    words = gazetteer.load()
    if name[:1].isupper() and folded not in _SLURS and folded not in words.ordinary \
            and _nickname_of_known(folded, known):
        return True  # "tout le monde m'appelle Medz" (Mehdi), "ze noemen mij Bokke" (Bo…)
    if folded not in words.first_names or folded in _SLURS:
        return False
    return folded not in words.ordinary or _AFTER_A_NAME.match(content, end) is not None


_MIN_INITIALS_WORD = 3
_MIN_NICKNAME_LETTERS = 3


def _consonants(word: str) -> str:
    """The consonants of a word, "h" left out (Mehdi, Medz: "md")."""
    return re.sub(r"[aeiouyhàâäéèêëïîôöùûü\W\d_]", "", word)


def _nickname_of_known(folded: str, known: Iterable[str]) -> bool:
    """ "Medz" for Mehdi, "Tibo" for Thibault: what others make of a first name, its first
    letter and its first two consonants kept. Only where the writer says they are called so."""
    if len(folded) < _MIN_NICKNAME_LETTERS or not folded.isalpha():
        return False
    head = _consonants(folded)[:2]
    return len(head) == 2 and any(
        part != folded and len(part) >= _MIN_PART_LETTERS and part[0] == folded[0]
        and _consonants(part)[:2] == head for part in known)


# "Peetie" for Peeters, "Wouty" for Wouters, "Claesje" for Claessens: what friends make of a
# name, its first letters and a pet ending.
_PET_ENDINGS = ("ie", "y", "ey", "tje", "je", "ke", "ske", "ou", "o")
_MIN_PET_STEM = 4


def _pet_form_of_known(name: str, known: Iterable[str]) -> bool:
    """Only where the writer says they are called so: as a sign-off, "Peetie" could be
    anyone's, but "ze noemen mij Peetie" from Thomas Peeters is his nickname."""
    folded = name.casefold()
    return any(
        folded.endswith(ending) and len(stem := folded[:-len(ending)]) >= _MIN_PET_STEM
        and part != folded and part.startswith(stem)
        for ending in _PET_ENDINGS for part in known)


def _more_called_names(content: str, end: int, known: list[str],
                       local_words: set[str]) -> list[str]:
    names: list[str] = []
    for _ in range(_MAX_CALLED_MORE):
        more = _CALLED_MORE.match(content, end)
        if more is None:
            break
        if _called_name(more["name"], content, more.end(), known, local_words):
            names.append(more["name"])
        end = more.end()
    return names


_VOWELS = re.compile(r"[aeiouyàáâäèéêëìíîïòóôöùúûü]")
_MIN_CONSONANT_HANDLE = 4


def _consonants_of_known(word: str, known: list[str]) -> bool:
    """ "dnschtn" for Daan Schouten, "jlvrmn" for Jul Vermeulen: a handle of the writer's name
    words, one or two in a row, with their vowels left out."""
    folded = word.casefold()
    if len(folded) < _MIN_CONSONANT_HANDLE or not folded.isalpha() or _VOWELS.search(folded):
        return False
    skeletons = {_VOWELS.sub("", part) for part in known}
    skeletons |= {_VOWELS.sub("", first + second)
                  for first, second in zip(known, known[1:], strict=False) if first != second}
    return folded in skeletons


_INITIALS_WORD = re.compile(r"[A-Z]\.?-?[A-Z]\.?(?:-?[A-Z]\.?)?")


def _initials_in_order(word: str, known: list[str]) -> bool:
    """ "EL" for Emma Lambrechts, "J.V." for Jonas Verbeke: the first letters of the writer's
    name words, in their order, written as capitals (not "OK", which is a word)."""
    if not _INITIALS_WORD.fullmatch(word):
        return False
    letters = "".join(char for char in word if char.isalpha()).casefold()
    if letters in _NOT_INTRODUCED or letters in _FUNCTION_WORDS or letters in gazetteer.CHAT_WORDS \
            or letters in gazetteer.NOT_PEOPLE or letters in _NOT_SIGNED_NAMES:
        return False
    return any("".join(part[:1] for part in known[start:start + len(letters)]) == letters
               for start in range(len(known) - len(letters) + 1))


_MIN_BLEND_PIECE = 2
_MIN_BLEND_LETTERS = 5


def _blend_of_known(name: str, known: Iterable[str]) -> bool:
    """ "Jasvan" for Jasper Van Hoof, "Lowvan" for Lowie Vandenberghe: the start of one of the
    writer's name words and the start of the next, written as one word that is no word."""
    folded = name.casefold()
    if len(folded) < _MIN_BLEND_LETTERS or not folded.isalpha() \
            or folded in gazetteer.load().ordinary:
        return False
    parts = list(known)
    return any(
        first.startswith(folded[:cut]) and second.startswith(folded[cut:])
        for first, second in zip(parts, parts[1:], strict=False) if first != second
        for cut in range(_MIN_BLEND_PIECE, len(folded) - _MIN_BLEND_PIECE + 1))


# "Vandenberghe", "Vanderlinden", "Vandevelde": a Flemish surname with its particles written
# together, whose initials are still those of "Van den Berghe" ("Vdb").
_GLUED_PARTICLES = re.compile(r"(?i)(van)(de[nr]?)?(?=[^\W\d_]{3})")


def _glued_particle_parts(word: str) -> list[str]:
    match = _GLUED_PARTICLES.match(word)
    if match is None:
        return [word]
    return [piece for piece in (*match.groups(), word[match.end():]) if piece]


def _initials_of_known_words(word: str, known: list[str]) -> bool:
    """ "Vdv", "VDB": the first letters of three or four of the writer's name words in a row
    (`known` lists each name's words in order), written as a word that is no word."""
    folded = word.casefold()
    if not (_MIN_INITIALS_WORD <= len(word) <= _MAX_NAME_WORDS - 1) or not word.isalpha() \
            or not word[0].isupper() or folded in gazetteer.load().ordinary:
        return False
    known = [piece for part in known for piece in _glued_particle_parts(part)]
    initials = "".join(part[:1] for part in known)
    return folded in initials and any(
        "".join(part[:1] for part in known[start:start + len(folded)]) == folded
        and all(part.isalpha() for part in known[start:start + len(folded)])
        for start in range(len(known) - len(folded) + 1))


# "groetjes uit Gent", "bisous depuis Namur": where the greeting comes from, not who sends it.
_WHERE_FROM = frozenset(("uit", "vanuit", "in", "out", "depuis", "aus"))


def _signed_off_name(line: str, known: Iterable[str] = ()) -> list[str]:
    """ "groetjes Floor", "bisous, Léa": the name closing the line, if it is one. A place's
    name signs too when it is a short form of the writer's name ("groetjes lot", Lotte)."""
    names: list[str] = []
    closing = _SAME_LINE_SIGN_OFF.search(_KISSES_AT_END.sub("", line) or line)
    if closing:
        name = closing["name"].strip("'’-")
        words = [word.casefold() for word in name.split()]
        if len(name) >= _MIN_NAME_CHARS and words[0] not in _WHERE_FROM and not any(
                word in _NOT_INTRODUCED or word in _NOT_SIGNED_NAMES or word in _FUNCTION_WORDS
                for word in words) and (name.casefold() not in gazetteer.load().places
                                        or _is_short_form(name, list(known))) \
                and not _ELIDED.match(name) and not _thanks_intensifier(line, name, known) \
                and not _thanks_intensifier(line[closing.start():], name, known) \
                and not _closing_word_in_a_sentence(line[:closing.start()], name, known):
            names.append(name)
    return list(dict.fromkeys(names))


def _closing_word_in_a_sentence(before: str, name: str, known: Iterable[str]) -> bool:
    """ "my best friend", "i love pizza": a closing word inside a sentence ("best", "love"),
    words before it, and after it a lower-case common word that no one they are known by is
    called and that is no first name either: a sentence, not a sign-off ("… groetjes floor"
    still signs: Floor is a first name)."""
    if _WORD.search(before) is None or not name.islower() or " " in name.strip():
        return False
    known = list(known)
    folded = name.casefold()
    words = gazetteer.load()
    return folded in words.ordinary and folded not in words.first_names \
        and folded not in known and not _is_short_form(name, known)


# "Merci mingi", "thanks heaps", "merci bcp": after a word of thanks, a lower-case word that is
# no first name in the lists and none the writer is known by says how much (in any language).
# At the end of a long line too: "… dites moi svp merci davance" ("d'avance" typed without its
# apostrophe).
_THANKS_FIRST = re.compile(
    r"(?i)\W*(?:merci|thanks|thank\s+you|thx|thnx|ty|bedankt|dankjewel|dank\s+je|cheers)[\s,!.-]+")


def _thanks_intensifier(line: str, name: str, known: Iterable[str]) -> bool:
    if not _THANKS_FIRST.match(line) or not name.islower() or " " in name.strip():
        return False
    known = list(known)
    folded = name.casefold()
    return folded not in gazetteer.load().first_names and folded not in known \
        and not _is_short_form(name, known)


# "merci d'avance", "bisous j'y vais": a French elided word is no name ("D'Hondt" is one).
_ELIDED = re.compile(r"(?:d|l|j|qu|m|t|s|n|c)['’]")


def _only_a_first_name(word: str) -> bool:
    """A first name in Statbel's lists that is not also a common word ("jana", "lucas",
    "ethan"; not "roos", "will", "grace"): after "ik ben" / "i'm" it is the writer's name."""
    words = gazetteer.load()
    folded = word.casefold()
    return folded in words.first_names and folded not in words.ordinary


# "Veer" for Vera, "Saar" for Sara, "Noor" for Nora, "Kaat" for Kato: Dutch spelling writes the
# long vowel of an open first syllable double once the syllable is cut short.
_OPEN_FIRST_SYLLABLE = re.compile(r"([^\Waeiouy\d_]*)([aeou])([^\Waeiouy\d_])[aeiouy]")


def _long_vowel_short_form(part: str) -> str:
    match = _OPEN_FIRST_SYLLABLE.match(part)
    if match is None:
        return ""
    return match[1] + match[2] * 2 + match[3]


def _is_short_form(word: str, known: list[str]) -> bool:
    """ "Veer" for Veerle, "Trien" for Katrien, "K." or "MC" for Marie Claes."""
    word = word.strip()
    folded = word.casefold().strip(".")
    if len(folded) >= _MIN_PART_LETTERS and folded.isalpha() and any(
            part != folded and (part.startswith(folded) or (
                len(folded) >= _MIN_SUFFIX_LETTERS and part.endswith(folded))
                or folded == _long_vowel_short_form(part))
            for part in known):
        return folded not in _FUNCTION_WORDS or any(part.startswith(folded) for part in known)
    if _is_clipped_form(word.strip("."), known):
        return True
    initials = "".join(part[0] for part in known if part)
    if word.strip(".") in _NOT_INITIALS:
        return False
    return bool(re.fullmatch(r"[A-Z]\.?|[A-Z]\.?-?[A-Z]\.?", word)) and all(
        letter.casefold() in initials for letter in word if letter.isalpha())


_DOUBLE_VOWEL = re.compile(r"([aeiou])\1")
# "Jojo" for Joanna, "Coco" for Corentin: a doubled first name that is also a word still is
# a name; "tata" (aunt), "baba" (dad) are kin words, never taken for the writer's name.
_KIN_SAID_TWICE = frozenset(("tata", "baba", "mama", "papa", "nana", "dada", "mimi", "dodo"))
_MIN_CLIPPED_LETTERS = 4


def _is_clipped_form(word: str, known: list[str]) -> bool:
    """Short forms _is_short_form's plain prefix and suffix miss: written without the
    name's accents ("Ced" for Cédric), the last syllable with its long vowel written short
    ("Staf" for Gustaaf), the name without its opening vowel syllable ("Manu" for
    Emmanuel, "Lisa" for Elisabeth), or its first syllable said twice ("Cécé" for Cécile,
    "Juju" for Julie; written with a capital, and no word: "haha", "mama" are none)."""
    folded = word.casefold()
    if not folded.isalpha() or folded in _FUNCTION_WORDS:
        return False
    plain = _without_accents(folded)
    half = len(folded) // 2
    said_twice = len(folded) in (4, 6) and folded[:half] == folded[half:] \
        and word[0].isupper() and re.fullmatch(r"[^aeiouy][aeiouy]+[^aeiouy]?", plain[:half]) \
        and folded not in _NOT_SIGNED_NAMES and folded not in gazetteer.CHAT_WORDS \
        and (folded not in gazetteer.load().ordinary or (
            folded in gazetteer.load().first_names and folded not in _KIN_SAID_TWICE))
    for part in known:
        if not part.isalpha() or part == folded:
            continue
        bare = _without_accents(part)
        if len(plain) >= _MIN_PART_LETTERS and bare != plain and bare.startswith(plain):
            return True
        if len(plain) >= _MIN_CLIPPED_LETTERS:
            short = _DOUBLE_VOWEL.sub(r"\1", bare)
            if short != bare and short.endswith(plain) and short != plain:
                return True
            # "E-manuel", "Em-manuel", "E-lisabeth": one vowel, perhaps a consonant, dropped.
            if len(bare) > len(plain) and bare[0] in "aeiou" and (bare[1:].startswith(plain) or (
                    bare[1] not in "aeiou" and bare[2:].startswith(plain))):
                return True
        if said_twice and bare.startswith(plain[:half]) and len(part) > half:
            return True
        if _inner_syllable_form(word, plain, bare):
            return True
    return False


_MIN_INNER_LETTERS = 3


def _inner_syllable_form(word: str, plain: str, bare: str) -> bool:
    """ "Lex" or "Xan" for Alexander, "Lex" for Alexa: a capitalised short form taken from
    inside the name, starting with the consonant that opens a syllable there (after a
    vowel), with a vowel of its own."""
    if not word[:1].isupper() or len(plain) < _MIN_INNER_LETTERS or len(bare) < len(plain) + 2:
        return False
    if plain[0] in "aeiouy" or not re.search(r"[aeiouy]", plain) or plain in _NOT_SIGNED_NAMES \
            or plain in gazetteer.CHAT_WORDS:
        return False
    at = bare.find(plain, 1)
    while at > 0:
        if bare[at - 1] in "aeiouy":
            return True
        at = bare.find(plain, at + 1)
    return False


# "ik ben Noor De Clercq en …", "my name is Kai Brennan, I'm 16": after an introduction, the
# capitalised words that follow a name the writer is known by are the rest of that name.
_INTRODUCTION_CUE = re.compile(
    r"(?i)(?:ik\s+ben|ik\s+heet|mijn\s+(?:volledige\s+)?naam\s+is|my\s+(?:full\s+)?name\s+is"
    rf"|my\s+name['’]?s|i\s+am|i['’]?m|je\s+m['’]appelle|{_JE_SUIS}|(?:moi\s+)?c['’]est"
    r"|mon\s+(?:pr[ée])?nom\s+(?:est|c['’]est)|hier\s+is|dit\s+is|this\s+is|it['’]?s|het\s+is)"
    r"[ \t]+$"
)
_NAME_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_SURNAME_PARTICLES = frozenset((
    "van", "de", "der", "den", "ter", "ten", "le", "la", "du", "des", "di", "da", "del", "von",
    "vande", "vanden", "vander", "el", "al", "ben", "bin", "abu", "mc", "mac", "o'", "o’", "d'",
    "d’", "dos", "das",
))
# What a young person says they are, capitalised or not, right after their name ("I'm Sam
# Bisexual and 15", "ik ben Noor Marokkaans"): never taken for a surname.
_WHO_THEY_ARE = re.compile(
    r"(?:[\w-]*(?:sexu(?:al|el|elle)|seksue(?:e)?l|binary|binai?re?|gender\w*|fluid|queer|trans\w*"
    r"|homo\w*|hetero\w*|lesb\w*|autis\w*)|gay|bi|ace|aro|enby|nb|vegan\w*|veganist"
    r"|moroccan|marokka\w*|marocaine?|turkish|turks?e?|turque?|afghan\w*|syri\w*|polish|pools[e]?"
    r"|polonaise?|congole\w*|flemish|vlaam\w*|vlaming|flamande?|walloon|waals?e?|wallonn?e?"
    r"|belg\w*|dutch|nederlands\w*|french|fran[çc]ais\w*|arab\w*|african|afrika\w*|african\w*)"
)
_MAX_SURNAME_WORDS = 4
_ASIDE = re.compile(r"[ \t]*\((?![ \t]*\d)[^()\n]{1,40}\)(?=[ \t]+[^\W\d_])")
_MAX_CUE_CHARS = 48
_MAX_SURNAME_CHARS = 160
_MIN_SUBSTRING_LETTERS = 4


# "Je suis Habtom (Habtum sur certains papiers)", "I'm Youssef (Yusuf on my passport, يوسف in
# Arabic, my friends say Youss)", "c zak (zakaria en vrai)": a bracket right after a name the
# writer is known by, giving other spellings of it, each followed by where it is written or
# said, or after who says or writes it so.
_SPELLING_BRACKET = re.compile(
    r"(?<![\w'’-])(?P<known>[^\W\d_][\w'’-]{0,40})[ \t]*\((?P<inside>[^()\n]{3,160})\)")
_SPELLING_WHERE = re.compile(
    r"(?i)(?:en\s+vrai|irl|in\s+real\s+life|for\s+short|in\s+full|voluit|en\s+entier"
    r"|(?:sur|on|op|in|en|dans|at|à|au|aux|pour|for|volgens|selon|bij|chez)\s+"
    r"(?:(?:mon|ma|mes|les|le|la|l['’]|certains|certaines|son|sa|ses|my|the|his|her|some"
    r"|official|mijn|m['’]n|de|het|sommige)\s*)?"
    r"(?:adresse|address|adres|mail|e-?mail|passport|passeport|paspoort|papiers|papers|papieren"
    r"|pi[eè]ces?|documents?|listes?|lists?|school|[ée]cole|ID|identity\s+card|carte\s+d['’]identit[ée]"
    r"|identiteitskaart|birth\s+certificate|arab\w*|arabe|arabisch|tigrinya|amharic|french|fran[çc]ais"
    r"|frans|english|anglais|engels|dutch|n[ée]erlandais|nederlands|lingala|darija|turkish|turc|turks"
    r"|russ\w*|ukrain\w*|cyrill\w*|script|[ée]criture|alphabet|schrift))(?:\s*[.!]?)$"
)
_SPELLING_SAID_BY = re.compile(
    r"(?i)(?:[^\W\d_][\w'’-]*\s+){1,3}?"  # who: "my friends", "les profs", "mes cousines", "on"
    r"(?:say|says|call\s+me|écrivent|[ée]crit|disent|dit|m['’]appellent|m['’]appelle|zeggen|zegt"
    r"|noemen\s+(?:me|mij)|noemt\s+(?:me|mij)|schrijven|schrijft|write|writes)\s+"
    r"(?P<name>[^\W\d_][\w'’-]*(?:[ \t]+[^\W\d_][\w'’-]*){0,3})[.!]?$"
)


def _bracketed_spellings(own: list[str], known: Iterable[str]) -> list[str]:
    known_words = {word.casefold() for word in known}
    gazette = gazetteer.load()
    names: list[str] = []
    for content in own:
        if "(" not in content:
            continue
        for match in _SPELLING_BRACKET.finditer(content):
            if match["known"].casefold() not in known_words:
                continue
            for segment in re.split(r"[,;]", match["inside"]):
                segment = segment.strip()
                said = _SPELLING_SAID_BY.search(segment)
                if said and all(not word[0].islower() for word in said["name"].split()):
                    names.append(said["name"])
                    continue
                first, _, rest = segment.partition(" ")
                folded = first.casefold()
                if rest and _SPELLING_WHERE.fullmatch(rest.strip()) \
                        and re.fullmatch(r"[^\W\d_][\w'’-]*", first) \
                        and len(first) >= _MIN_PART_LETTERS and folded not in _FUNCTION_WORDS \
                        and folded not in _NOT_SIGNED_NAMES and folded not in _NOT_INTRODUCED \
                        and folded not in gazette.ordinary \
                        and (folded in gazette.first_names or folded not in gazette.places):
                    names.append(first)
    return names


# "BENHADDOU Aya 15 ans Seraing", "DUBOIS Manon, 4ème": a line opening with a surname in
# capitals, then a first name the writer is known by (the order of school lists and forms).
_CAPITAL_SURNAME_FIRST = re.compile(
    r"[\W_]{0,3}(?P<surname>[A-ZÀ-Ý][A-ZÀ-Ý'’-]{2,40}(?:[ \t]+[A-ZÀ-Ý][A-ZÀ-Ý'’-]{1,40})?)"
    r"[ \t]+(?P<first>[A-ZÀ-Ý][a-zß-ÿ'’-]+)(?![\w'’-])"
)


def _capital_surname_first(own: list[str], known: Iterable[str]) -> list[str]:
    known_words = {word.casefold() for word in known}
    gazette = gazetteer.load()
    names: list[str] = []
    for content in own:
        match = _CAPITAL_SURNAME_FIRST.match(content)
        if match is None or match["first"].casefold() not in known_words:
            continue
        words = [word.casefold() for word in match["surname"].split()]
        if any(word in gazette.ordinary or word in _FUNCTION_WORDS or word in _NOT_SIGNED_NAMES
               or word in _NOT_INTRODUCED or word in gazetteer.CHAT_WORDS for word in words) \
                or _CLOSING.match(match["surname"]):
            continue
        names.append(f"{match['surname']} {match['first']}")
    return names


# "Hi it's Eva / *Aoife sorry autocorrect": a line opening with "*" and a name the writer is
# known by corrects the word closing the line above, which they wrote for their name.
_STAR_CORRECTION = re.compile(r"\*[ \t]*(?P<fix>[^\W\d_][\w'’-]*)")
_CORRECTED_WORD = re.compile(r"(?<![\w'’-])(?P<word>[A-ZÀ-Ý][\w'’-]{1,40})[\W_]{0,20}$")


def _star_corrected_names(own: list[str], known: Iterable[str]) -> list[str]:
    known_words = [word.casefold() for word in known]
    names: list[str] = []
    for above, content in itertools.pairwise(own):
        fix = _STAR_CORRECTION.match(content)
        if fix is None or fix["fix"].casefold() not in known_words:
            continue
        wrong = _CORRECTED_WORD.search(above)
        if wrong is None or wrong["word"].casefold() == fix["fix"].casefold():
            continue
        folded = wrong["word"].casefold()
        if folded not in _FUNCTION_WORDS and folded not in _NOT_SIGNED_NAMES \
                and folded not in _NOT_INTRODUCED:
            names.append(wrong["word"])
    return names


# "my @ is ellie.rnbw", "mon pseudo c'est lea_2011": an account the writer gives as theirs, and
# the first name it holds.
_MY_ACCOUNT_IS = re.compile(
    r"(?i)(?<!\w)(?:my|mon|mijn|m['’]n)[ \t]+(?:@|handle|username|user[ \t]+name|pseudo|insta|ig"
    r"|snap|tiktok|gebruikersnaam)[ \t]+(?:is|c['’]est|est|=|:)[ \t]+@?"
    r"(?P<handle>[^\W_][\w.-]{1,38}[^\W_])(?![\w@])"
)


def _own_account_names(own: list[str]) -> list[str]:
    names: list[str] = []
    for content in own:
        for match in _MY_ACCOUNT_IS.finditer(content):
            handle = match["handle"]
            if not _HANDLE_MARK.search(handle):
                continue  # a bare word: _introduced_names' lower-case cues decide
            names.append(handle)
            names.extend(run for run in _HANDLE_RUN.findall(handle)
                         if len(run) >= _MIN_PART_LETTERS and _only_a_first_name(run))
    return names


def _introduced_full_names(own: list[str], known: set[str], local_words: set[str]) -> list[str]:
    """ "Noor De Clercq" from "ik ben Noor De Clercq en …", "Kai Brennan here", "ik ben sam
    peeters" (sam.peeters@…) when the first word is a name the writer is already known by
    (display name, address, introduction): the surname after it is as identifying.

    A word after the name is taken as part of it when it is a particle ("Van", "de", "El")
    before such a word, or when the writer's address holds it ("van impe", lars.vanimpe@…),
    or, capitalised and no ordinary word, when it follows an introduction ("ik ben …") or
    is a known surname. "I'm Sam Can you …", "ik ben Sam Wat moet ik doen" stay as written."""
    words = gazetteer.load()

    def in_address(folded: str) -> bool:
        # "Al-Khatib", "Aït" of hamza.alkhatib05@, mehdi.aitouaziz@: an address writes a
        # surname without its hyphens, apostrophes and accents.
        folded = _without_accents(re.sub(r"[-'’]", "", folded))
        return folded in local_words or (len(folded) >= _MIN_SUBSTRING_LETTERS and any(
            folded in local for local in local_words))

    def surname_like(word: str, introduced: bool, joined: str) -> bool:
        folded = word.casefold().strip("'’-")
        if len(folded) < _MIN_NAME_CHARS or folded in _NOT_INTRODUCED \
                or folded in _FUNCTION_WORDS or folded in _NOT_SIGNED_NAMES \
                or folded in gazetteer.NOT_PEOPLE or folded in gazetteer.CHAT_WORDS:
            return False
        if in_address(folded) or (joined and in_address(joined + folded)):
            return True
        # "Nguyễn", "Özdemir": the surname lists are written without accents.
        bare = _without_accents(folded)
        if folded in words.ordinary or bare in words.ordinary or _WHO_THEY_ARE.fullmatch(folded):
            return False
        known_surname = folded in words.surnames or bare in words.surnames
        if not word[0].isupper():
            # "ik ben sam janssens": in lower case only right after an introduction, and
            # only a known surname that is no word of the language.
            return introduced and known_surname
        return introduced or known_surname

    firsts = sorted((name for name in known if len(name) >= _MIN_NAME_CHARS and " " not in name
                     and name not in _SURNAME_PARTICLES and name not in _NOT_NAME_PARTS
                     and name not in _TITLE_PARTICLES), key=len, reverse=True)[:_MAX_NAME_PARTS]
    if not firsts:
        return []
    # A known name with a word after it: one C-level scan per line, whatever its length.
    named = re.compile(r"(?<![\w'’-])(?:" + "|".join(re.escape(name) for name in firsts)
                       + r")(?=[ \t]+[^\W\d_]|[ \t]*\()", re.IGNORECASE)
    names: list[str] = []
    for content in own:
        if content.isupper():
            continue  # "IK BEN LIEN EN IK BEN 13": capitals say nothing in a shouted line
        for match in named.finditer(content):
            # The cue is short: only the few characters before the name are looked at.
            before = content[max(0, match.start() - _MAX_CUE_CHARS) : match.start()]
            # "moi c'est Mehdi, Mehdi Aït Ouaziz", "that's me, Nadia. Nadia Rahimi": the name
            # said again at once is said again to give it whole.
            repeated = re.search(r"(?<![\w'’-])" + re.escape(match.group())
                                 + r"[ \t]*[.,:;!][ \t]*$", before, re.IGNORECASE)
            introduced = _INTRODUCTION_CUE.search(before) is not None or repeated is not None
            taken: list[str] = []
            particles = ""
            end = match.end()
            # "jsuis Jean-Pierre (JP pour les potes) Van den Berghe": after an introduction,
            # what they say of the first name in brackets does not end the name.
            aside = _ASIDE.match(content, end) if introduced else None
            if aside:
                end = aside.end()
            window = content[: end + _MAX_SURNAME_CHARS]
            following_words = list(_NAME_WORD.finditer(window, end))
            for following in following_words[:_MAX_SURNAME_WORDS]:
                if content[end : following.start()].strip(" \t"):
                    break  # a comma, a bracket: the name ended
                word = following.group()
                if following.end() == len(window) and len(window) < len(content):
                    break  # cut by the window: not a whole word
                if word.casefold() in _SURNAME_PARTICLES and word.casefold() not in known:
                    if _place_after_particle(following, following_words, known, in_address):
                        break  # "c'est Inès de Namur": where they are from is content
                    taken.append(word)
                    particles += word.casefold().strip("'’")
                    end = following.end()
                    continue
                if not surname_like(word, introduced, particles):
                    break
                taken.append(word)
                particles = ""
                end = following.end()
            while taken and taken[-1].casefold() in _SURNAME_PARTICLES:
                taken.pop()
            if taken:
                names.append(" ".join([match.group(), *taken]))
    return list(dict.fromkeys(names))


# "c'est Inès de Namur", "Lien uit Gent": after a name, "de"/"van"/"uit" and a town is where
# they live (content), unless the town is part of a name they are known by ("Van Brussel").
_ORIGIN_PARTICLES = frozenset(("de", "van", "from", "uit"))


def _place_after_particle(particle: re.Match[str], following: list[re.Match[str]],
                          known: Container[str], in_address: Callable[[str], bool]) -> bool:
    """A lower-case particle ("de", not the surname's "De") before a town that neither their
    name nor their address holds ("Lars Van Impe", lars.vanimpe@…)."""
    if particle.group() not in _ORIGIN_PARTICLES:
        return False
    after = [match for match in following if match.start() > particle.start()]
    if not after:
        return False
    place = after[0].group()
    folded = place.casefold()
    return place[0].isupper() and folded in gazetteer.load().places and folded not in known \
        and not in_address(folded) and not in_address(particle.group() + folded)


# "Zofia (Zosia)", "Christophe [Chris]", "Jean-Pierre (JP pour les potes)": the form of their
# name the writer goes by, in brackets right after a name they are known by, perhaps with
# whom they go by it.
_NAME_IN_BRACKETS = re.compile(
    r"(?<![\w'’-])(?P<known>[^\W\d_][\w'’-]{0,40})[ \t]*[(\[][ \t]*(?:=[ \t]*)?[\"“«]?"
    r"(?P<name>[A-ZÀ-Ý][\w'’-]{1,30})[\"”»]?"
    r"(?:[ \t]+(?i:pour|for|voor|chez|bij|entre|among|with)[ \t]+[^()\[\]\n]{1,30}?)?[ \t]*[)\]]"
)
# "Maximiliaan, of Maxie voor vrienden", "Jasper aka Jazz", "Charlotte, ou Lotte pour les
# amis": another form of a name they are known by, right after it.
_NAME_OR_ALSO = re.compile(
    r"(?<![\w'’-])(?P<known>[^\W\d_][\w'’-]{0,40})[ \t]*(?:,[ \t]*)?"
    r"(?:(?:of|or|ou|ofwel|oftewel)[ \t]+(?P<name>[A-ZÀ-Ý][\w'’-]{1,30})(?=[ \t]*[,(]?[ \t]*"
    r"(?:voor|for|pour|bij|to|among|onder)[ \t]+(?:(?:mijn|my|mes|les|de|m['’]n|me)[ \t]+)?"
    r"(?:vrienden|vriendinnen|friends|amis|potes|copains|copines|maten|familie|family|famille"
    r"|intimes|iedereen|everyone)\b)"
    r"|(?:aka|a\.k\.a\.?|alias)[ \t]+(?P<alias>[A-ZÀ-Ý][\w'’-]{1,30}))"
)
# "écrivez « pour R. » au début", "just put for J. at the top": the initial they want to be
# addressed by, when it is the initial of a name they are known by.
_ADDRESSED_BY_INITIAL = re.compile(
    r"(?i)(?<!\w)(?:pour|for|voor|aan|to|à|sign[ée]|signed|getekend)[ \t]+[\"“«'‘]?[ \t]*"
    # "écrivez à M. Dupont": an initial before a capitalised word is a title or a name's.
    r"(?P<name>(?-i:[A-Z])\.)(?!\w)(?![ \t]+(?-i:[A-ZÀ-Ý]))"
)


# "its Lex (Alexa really)", "Mats (eigenlijk Matthias)", "Lou (Louise en vrai)": a short form
# with the first name it is short for, in brackets with "really"/"eigenlijk"/"en vrai": the
# writer saying what they are called, on any account.
_REALLY = (r"(?i:really|actually|eigenlijk|officieel|officially|en[ \t]+vrai|en[ \t]+fait"
           r"|en[ \t]+r[ée]alit[ée])")
_SHORT_AND_FULL = re.compile(
    r"(?<![\w'’-])(?P<short>[A-ZÀ-Ý][\w'’-]{1,20})[ \t]*\([ \t]*"
    rf"(?:{_REALLY}[ \t]+(?P<full>[A-ZÀ-Ý][\w'’-]{{2,30}})"
    rf"|(?P<full_first>[A-ZÀ-Ý][\w'’-]{{2,30}})[ \t]+{_REALLY})[ \t]*\)"
)


def _short_and_full_names(contents: list[str]) -> list[str]:
    """Both names of "Lex (Alexa really)": the bracket's first name, and the short form of it
    before the bracket. Without "really" ("my friend Ben (Benjamin)") it may be anyone's."""
    names: list[str] = []
    first_names = gazetteer.load().first_names
    for content in contents:
        for match in _SHORT_AND_FULL.finditer(content):
            short, full = match["short"], match["full"] or match["full_first"]
            if full.casefold() in first_names and full.casefold() not in _NOT_SIGNED_NAMES \
                    and _is_short_form(short, [full.casefold()]):
                names.extend((short, full))
    return names


def _names_beside_known(contents: list[str], known: list[str]) -> list[str]:
    """Names the writer gives beside a name they are known by: a bracketed form after it, an
    initial of it they ask to be addressed by."""
    names: list[str] = []
    words = gazetteer.load()
    for content in contents:
        for match in _NAME_IN_BRACKETS.finditer(content):
            name = match["name"].strip("'’-")
            folded = name.casefold()
            # "Bram (Bo)": a first name that is also a word ("bo", school) still is one here.
            a_name = folded not in words.ordinary \
                or (folded in words.first_names and folded not in _SLURS)
            if match["known"].casefold() in known and folded not in known \
                    and folded not in _NOT_INTRODUCED and folded not in _FUNCTION_WORDS \
                    and folded not in _NOT_SIGNED_NAMES and a_name \
                    and folded not in gazetteer.NOT_PEOPLE \
                    and folded not in words.places:  # "Lotte (Gent)": where, not who
                names.append(name)
        for match in _ADDRESSED_BY_INITIAL.finditer(content):
            if _is_short_form(match["name"], known):
                names.append(match["name"])
        for match in _NAME_OR_ALSO.finditer(content):
            name = match["name"] or match["alias"]
            folded = name.casefold()
            if match["known"].casefold() in known and folded not in known \
                    and folded not in _NOT_INTRODUCED and folded not in _FUNCTION_WORDS \
                    and folded not in _NOT_SIGNED_NAMES and folded not in gazetteer.NOT_PEOPLE:
                names.append(name)
    return list(dict.fromkeys(names))


# "Em", "- Jo", "Em x", "Lu 💛": two letters alone on the line, perhaps kisses or a heart.
_TWO_LETTER_SIGN_OFF = re.compile(
    r"[-–—~]?\s*(?P<name>[A-Z][a-z])\s*[.!]?(?:\s+(?:x+|xo+x*))?"
    r"\s*(?:<3|[\u2600-\u27bf\U0001f300-\U0001faff\ufe0f]+)?\s*"
)


def _is_two_letter_sign_off(content: str, known: list[str]) -> bool:
    """ "Em" for Emma, "Jo" for Johanna, alone on the line that signs the text: a short form
    too short for _is_short_form, so only where nothing but a signature stands (a capital,
    then a small letter, as a name is written; "ok" or "xx" never)."""
    match = _TWO_LETTER_SIGN_OFF.fullmatch(content)
    if match is None:
        return False
    folded = match["name"].casefold()
    if folded in _NOT_SIGNED_NAMES or folded in _NOT_INTRODUCED or folded in _FUNCTION_WORDS \
            or folded in gazetteer.CHAT_WORDS or folded in gazetteer.NOT_PEOPLE:
        return False
    return any(len(part) > len(folded) and part.startswith(folded) for part in known)


_NAME_AGE_LINE = re.compile(
    r"[-–—~]?\s*(?P<name>[^\W\d_][\w'’-]*)\s*,?\s+\(?\d{1,2}\)?"
    r"(?:\s*(?:jaar|jr|j|ans?|years?(?:\s+old)?|yrs?|yo|y/o)\b)?"
    r"(?:\s*[,-]?\s*(?:(?:uit|from|de|d['’]|van|in|à|a)\s+)?[^\W\d_][\w'’-]*){0,2}\s*[.!]?\s*"
)
# "im 12", "ben 15", "j'ai 14 ans", "bijna 13": the words before an age that are not a name.
_BEFORE_AN_AGE = frozenset((
    "im", "i'm", "i’m", "ik", "kben", "k", "ben", "jai", "j'ai", "j’ai", "je", "am", "age",
    "aged", "leeftijd", "âge", "agé", "agée", "nu", "now", "still", "bijna", "almost", "presque",
    "turning", "word", "worden", "wordt", "net", "just", "sinds", "since", "depuis", "tot",
    "until", "ans", "jaar", "years", "klas", "class", "classe", "groep", "jaar", "nog",
))


def _name_before_an_age(word: str) -> bool:
    folded = word.casefold()
    return len(folded) >= _MIN_PART_LETTERS and folded not in _BEFORE_AN_AGE \
        and folded not in _NOT_INTRODUCED and folded not in _FUNCTION_WORDS \
        and folded not in _NOT_SIGNED_NAMES and folded not in gazetteer.CHAT_WORDS


_KISSES_AT_END = re.compile(
    r"(?:\s+(?:x+|xo+x*|<3+|[\u2600-\u27bf\U0001f300-\U0001faff\ufe0f]+))+\s*$", re.IGNORECASE)
# "Lotte D.": an initial's full stop ends a name, not a sentence.
_INITIAL_AT_END = re.compile(r"(?:^|\s)[A-Z]\.$")


_NAME_LINE_TAIL = re.compile(r"\s*[,(]|\s+\d")
_NAME_AND_INITIAL = re.compile(r"[-–—~]?[ \t]*[A-ZÀ-Ý][a-zà-ÿ'’-]{1,30}[ \t]+[A-Z]\.[ \t]*")


def _first_name_under_delimiter(own: list[str], position: int, words: list[str],
                                local_words: set[str]) -> bool:
    """ "-- / Jules (she/her)": one first name right under a "-- " line signs the text (a
    word of the language there, "Team", is no name)."""
    if position == 0 or not _SIGNATURE_DELIMITER.fullmatch(own[position - 1]) or len(words) != 1:
        return False
    folded = words[0].casefold()
    return words[0][0].isupper() and (_only_a_first_name(words[0]) or folded in local_words) \
        and folded not in _NOT_SIGNED_NAMES


# "(ﾉ◕ヮ◕)ﾉ*:･ﾟ✧ Lulu ✧ﾟ･", "ʕ•ᴥ•ʔ Lulu ʕ•ᴥ•ʔ": one Latin word between kaomoji or symbols
# on a closing line; the kaomoji's own letters (ﾉ, ヮ, ʕ, ᴥ) are no Latin words.
_LATIN_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ][A-Za-zÀ-ÖØ-öø-ÿ'’-]*")


def _decorated_name(line: str, known: list[str]) -> list[str]:
    """The short form of their name standing alone between decorations on a closing line."""
    found = _LATIN_WORD.findall(line)
    if len(found) != 1 or len(line) > _MAX_SIGN_OFF_LINE_CHARS:
        return []
    rest = line.replace(found[0], "", 1)
    if not rest.strip() or re.search(r"[\d]", rest):
        return []  # nothing around it (checked elsewhere), or a number, not a decoration
    return [found[0]] if _is_short_form(found[0], known) else []


def _signs_with_address_word(word: str, local_words: set[str]) -> bool:
    """ "… Longer reply tonight. Ollie" from ollie@…: a word of their own address signing."""
    folded = word.casefold()
    return word[:1].isupper() and folded in local_words and folded not in _NOT_SIGNED_NAMES \
        and folded not in gazetteer.load().ordinary and folded not in gazetteer.CHAT_WORDS


# '— Ada Ferris, "Low Tide"', "~ R. Amsel, *Songs*": under a poem or a quote, its author and
# the work's title in quotes or italics. Nobody signs their own mail with a title after it.
_ATTRIBUTION_OF_WORK = re.compile(
    r"(?:[-–—~]+[ \t]*)?[^\W\d_][^,\n]{1,60},[ \t]*"
    r"(?:[\"“„«][^\"“”„«»\n]{1,100}[\"”“»]|\*[^*\n]{1,100}\*|_[^_\n]{1,100}_)[ \t]*[.,]?"
)


def _word_under_signed_name(closing: str, words: list[str], known: Iterable[str],
                            local_words: set[str]) -> bool:
    """ "groetjes Yasmine" / "Hoop": under a closing that already carries the name, a line of
    ordinary words of the language is the writer's last word, not more of their name."""
    ordinary = gazetteer.load().ordinary
    return bool(_signed_off_name(closing, known)) and all(
        word.casefold() in ordinary and not _is_known_word(word, known, local_words)
        for word in words)


def learn_names(text: str, who: Identity) -> Identity:
    """`who` with the names the writer signs with in `text`.

    Looked at: the last lines of the writer's own text (above any quoted history). After a
    closing greeting ("Groetjes," / "Sam Janssens"), a line of one to three words that
    start with a capital, or that are parts of the writer's own address ("sam" of
    sam.janssens@…), is a name: it is replaced wherever it appears, like a display name.
    A short form of a known first name used to sign ("Veer" for Veerle) counts too.
    """
    lines = _split_lines(text)
    blocks = _header_blocks(lines)
    stretch = _own_stretch(lines, blocks)
    if stretch is None:
        return who
    first, end = stretch
    own = [line.content.strip() for line in lines[first:end]
           if not line.blank and not _is_client_line(line.content.strip())][-40:]
    known, local_words = _known_name_words(who)
    learned: list[str] = []
    for position, content in enumerate(own):
        # "Ethan Murphy, Year 9", "Lotte (13)", "Wout De Backer 5B": the name ends where a
        # comma, a bracket or a number starts what the writer says of themselves.
        words = _WORD.findall(_NAME_LINE_TAIL.split(content, maxsplit=1)[0] or content)
        if not words or len(words) > _MAX_SIGNED_NAME_WORDS or (
                re.search(r"[.!?:]$", content) and not _INITIAL_AT_END.search(content)):
            continue
        if _CLOSING.match(content):
            continue  # "Love, Mia": the closing's words are not a name (the sign-off is)
        if _CARD_SEPARATOR.search(content):
            continue  # "Karolien Bogaerts | CLB-medewerker": a card line, not one name
        if _ATTRIBUTION_OF_WORK.fullmatch(content):
            continue  # '— Ada Ferris, "Low Tide"': who wrote the lines quoted above
        after_closing = position > 0 and bool(_CLOSING.match(own[position - 1])) \
            and len(own[position - 1].split()) <= _SHORT_LINE_WORDS \
            and not _word_under_signed_name(own[position - 1], words, known, local_words)
        last_line = position == len(own) - 1
        two_letters = _TWO_LETTER_SIGN_OFF.fullmatch(content)
        if two_letters and (last_line or after_closing) \
                and _is_two_letter_sign_off(content, known):
            learned.append(two_letters["name"])  # "Em", "Jo x"
            continue
        # "Kris de Vries": a particle inside a name is part of it, not a reason to doubt it.
        if any(word.casefold() in _NOT_SIGNED_NAMES
               and (place == 0 or word.casefold() not in _TITLE_PARTICLES)
               for place, word in enumerate(words)):
            continue
        names_like = all(
            word[0].isupper() or word.casefold() in local_words
            or (place > 0 and word.casefold() in _TITLE_PARTICLES)
            or any(part.startswith(word.casefold()) for part in known)
            for place, word in enumerate(words)
        )
        # "Chris (personne m'appelle Christelle)": what follows the bracket is said of the
        # name, so the name still stands alone on its line.
        bracketed = content.startswith(words[0]) and re.match(r"\s*\(", content[len(words[0]):])
        short_form = len(words) == 1 and _is_short_form(words[0] if bracketed else content, known)
        # "Andreea S." closing the text: a first name and an initial sign it, greeting or not.
        initial_signed = last_line and _NAME_AND_INITIAL.fullmatch(content) is not None \
            and words[0].casefold() not in gazetteer.load().ordinary
        # A short form ("Veer") only on a line of its own; a name after a closing line, or
        # the writer's own address words closing the text.
        if (after_closing and names_like) or short_form or initial_signed \
                or _first_name_under_delimiter(own, position, words, local_words) or (
            last_line and all(word.casefold() in local_words for word in words)
        ):
            learned.append(" ".join(words))
    # Another address of the writer's, written in their text ("mail me ook op
    # veerle.p@thuis.example"): its local part shares a name or address word with them.
    own_words = local_words | {part for part in known if len(part) >= _MIN_PART_LETTERS}
    own_words |= {word.casefold() for name in learned for word in name.split()
                  if len(word) >= _MIN_PART_LETTERS}
    more_addresses = [
        match.group()
        for line in lines[first:end]
        for match in _ANY_ADDRESS.finditer(line.content)
        if own_words & {w.casefold() for w in re.split(r"[^\w]+|\d+|_",
                                                        match.group().partition("@")[0])}
    ]
    learned.extend(_names_of_written_addresses(lines[first:end], own))
    # … also written out: "mail me op katrien punt w at telenet punt be".
    spelled_seen: set[str] = set()
    for content in own:
        for match in _WRITTEN_ADDRESS.finditer(_matching_view(content)[0]):
            if match.group() in spelled_seen or not re.search(r"[\s(\[{<]", match.group()):
                continue  # seen, or written plainly (found above already)
            spelled_seen.add(match.group())
            pieces = _AT_SPLIT.split(match.group(), maxsplit=1)
            if len(pieces) != 2:  # a local part and a domain
                continue
            local, domain = (re.sub(r"\s+", "", _SPELLED_DOTS.sub(".", piece)) for piece in pieces)
            if own_words & {w.casefold() for w in re.split(r"[^\w]+|\d+|_", local)}:
                more_addresses.append(f"{local}@{domain}")
    written_locals = {
        word.casefold()
        for content in own
        for match in _WRITTEN_ADDRESS.finditer(_matching_view(content)[0])
        for word in re.split(r"[^\w]+|\d+|_", _AT_SPLIT.split(match.group())[0])
        if len(word) >= _MIN_PART_LETTERS
    }
    # "groetjes Floor" above a parent's signature block: the last line of the writer's words.
    block = _trailing_signature(lines, first, end, _signature_name_words(who))
    above = [line.content.strip() for line in lines[first:block.start] if not line.blank] \
        if block else []

    def known_with_learned() -> list[str]:
        """The writer's name words and those of the names learned so far, casefolded: what
        the later rules check a name against, growing as the earlier ones learn."""
        return [*known, *(part.casefold() for name in learned for part in name.split())]

    learned.extend(_introduced_names(own, local_words | written_locals, known, above[-1:]))
    learned.extend(_introduced_names(_one_word_lines_joined(own), local_words | written_locals,
                                     known))
    learned.extend(_introduced_handle_stems(own))
    learned.extend(_texted_and_friends_names(own))
    learned.extend(_sibling_chat_author(own, known))
    learned.extend(_called_you_short_forms(own, known_with_learned()))
    learned.extend(_introduced_full_names(
        own, {*known, *(name.casefold() for name in learned)}, local_words | written_locals))
    learned.extend(_bracketed_spellings(own, known_with_learned()))
    learned.extend(_capital_surname_first(own, known_with_learned()))
    learned.extend(_star_corrected_names(own, known_with_learned()))
    learned.extend(_own_account_names(own))
    # "> Bram (Bo)" in their own earlier mail, forwarded or quoted back: the bracket beside a
    # name they are known by says who they are wherever it stands.
    everywhere = [line.content.strip() for line in lines if not line.blank]
    learned.extend(_names_beside_known(everywhere, known_with_learned()))
    learned.extend(_names_given_aside(own, known_with_learned(), local_words))
    learned.extend(_short_and_full_names(own))
    # "… we read every mail. Veer" above a "-- " signature: the writer's text ends there.
    delimiter = next((index for index in range(first + 1, end)
                      if _is_delimiter(lines[index], who)), None)
    above_delimiter = [line.content.strip() for line in lines[first:delimiter]
                       if not line.blank and not _is_client_line(line.content.strip())] \
        if delimiter is not None else []
    closing_lines = dict.fromkeys([*own[-_TRAILING_LINES:], *above_delimiter[-_TRAILING_LINES:]])
    # "groetjes van de jongste, Tibo" above the "-- " signature of the brother's account.
    learned.extend(name for line in above_delimiter[-1:] for name in _signed_off_name(line, known))
    for closing_line in closing_lines:
        # "يوسف" signed by Youssef, "Дарина" by Daryna, "Nour / نور": the name in the other
        # script, alone or beside the Latin one on a short closing line.
        words = closing_line.split()
        if len(words) <= _MAX_SIGNED_NAME_WORDS + 1:
            learned.extend(word for word in _script_words(closing_line)
                           if _other_script_spelling_of(word, known))
            # "Саша" under "ik ben Sasha": the name they gave, spelled in their own script.
            learned.extend(word for word in _script_words(closing_line) if _spelled_in_latin(
                word, [*known_with_learned(), *local_words]))
        if _signs_with_initials(closing_line, who):
            learned.append(closing_line.strip())  # "JVdV" for Johan Van de Velde
        learned.extend(_decorated_name(closing_line, known))
        # "Cam, 16 ans, Liège", "lot 14 uit Geel": a short form of their name opening a line
        # that gives only their age and town.
        name_age = _NAME_AGE_LINE.fullmatch(closing_line)
        if name_age and _name_before_an_age(name_age["name"]) \
                and (_is_short_form(name_age["name"], known)
                     or _only_a_first_name(name_age["name"])):
            learned.append(name_age["name"])
        # "… Je bent niet alleen hierin. Veer", "xx Soph", "Take care. J.", "Han x": a short
        # form closing a line near the end of the text, perhaps with kisses or a heart.
        closing_line = _KISSES_AT_END.sub("", closing_line) or closing_line
        trailing = re.search(
            r"(?:^[-–—~]?\s*|[.!?,;:]\s+|\s[-–—]\s*|\b(?:x+|xoxo|xo)\s+"
            r"|\s[\u2600-\u27bf\U0001f300-\U0001faff\ufe0f]+\s+)"
            r"(?P<name>[^\W\d_][\w.'’-]*)\s*$",
            closing_line)
        if trailing and (_is_short_form(trailing["name"], known)
                         or _signs_with_address_word(trailing["name"], local_words) or (
                closing_line == _KISSES_AT_END.sub("", own[-1])
                and _is_two_letter_sign_off(trailing["name"], known))):
            learned.append(trailing["name"])
    learned = [name for name in learned if len(name) <= _MAX_LEARNED_NAME_CHARS]
    if not learned and not more_addresses:
        return who
    return Identity(addresses=tuple(dict.fromkeys((*who.addresses, *more_addresses))),
                    names=tuple(dict.fromkeys((*who.names, *learned))))


# "vraag van Lotte (13)", "hulp - from Mia", "question de la part de Léa": a subject that
# says who writes.
_SUBJECT_FROM = re.compile(
    r"(?i)(?<!\w)(?:van|from|de\s+la\s+part\s+de|door|by)\s+"
    r"(?P<name>[^\W\d_][\w'’-]*(?:\s+(?-i:[A-ZÀ-Ý])[\w'’-]+){0,2})"
    r"(?=\s*(?:$|[,(\-–—!?.:]|\d|(?:en|and|et|uit|from|de|hier|here|ici)\b))"
)


_DOTTED_INITIALS = re.compile(r"(?:[A-ZÀ-Ý]\.[ \t]?){2,4}")


def _known_name_words(who: Identity) -> tuple[list[str], set[str]]:
    """The writer's name words (whole names and their parts) and the words of their
    addresses' local parts, casefolded: what a name they give themselves is checked
    against."""
    known = [part.casefold() for name in _clean_names(who.names)
             for part in [*_name_parts(name.split()), *name.split()]]
    # "T.J.", "A. S.": a display name of initials only; its letters are the name's words.
    known += [letter.casefold() for name in _clean_names(who.names)
              if _DOTTED_INITIALS.fullmatch(name) for letter in name if letter.isalpha()]
    local_words = {
        word.casefold()
        for address in who.addresses
        for word in re.split(r"[^\w]+|\d+|_", address.partition("@")[0])
        if len(word) >= _MIN_PART_LETTERS
    }
    return known, local_words


# A first name written in Arabic script ("يوسف" by Youssef Haddad) is matched by its consonants:
# the Latin spelling's without vowels, h, w and y (which Arabic writes as letters or not at
# all), against the Arabic word's, each letter by its usual Belgian and French transcription.
_ARABIC_CONSONANTS = {
    "ب": "b", "ت": "t", "ث": "t", "ج": "j", "ح": "", "خ": "k", "د": "d", "ذ": "d", "ر": "r",
    "ز": "z", "س": "s", "ش": "s", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": "", "غ": "j",
    "ف": "f", "ق": "k", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "", "و": "", "ي": "",
    "ا": "", "أ": "", "إ": "", "آ": "", "ة": "", "ى": "", "ء": "", "ئ": "", "ؤ": "",
}
# "g" is also how a French spelling writes the Arabic "j" (Najib / Nagib), and "gh" the Arabic
# "غ": all of them one letter, "j", in both skeletons.
_LATIN_DIGRAPHS = (("kh", "k"), ("gh", "g"), ("sh", "s"), ("ch", "s"), ("th", "t"), ("dh", "d"),
                   ("dj", "j"), ("ph", "f"), ("q", "k"), ("c", "k"), ("x", "ks"), ("g", "j"))
# Persian (Dari, Farsi) and Urdu write a few letters Arabic has not ("ذکی" Zaki in Dari): "ک",
# "ی", "گ", "پ", "چ", "ژ"; and read some Arabic ones otherwise ("ذ", "ض", "ظ" as z, "ث" as s).
_ARABIC_CONSONANTS.update({"پ": "p", "چ": "s", "ژ": "z", "ک": "k", "گ": "j", "ی": "", "ۀ": "",
                           "ە": ""})
_PERSIAN_READING = {"ث": "s", "ذ": "z", "ض": "z", "ظ": "z"}
_ARABIC_WORD = re.compile(r"[\u0621-\u064a\u0660-\u066f\u067e\u0686\u0698\u06a9\u06af\u06c0"
                          r"\u06cc\u06d5]{2,12}")
# Words young people close with, whatever their consonants: "thanks", "peace", "my love"...
_ARABIC_CLOSING_WORDS = frozenset((
    "شكرا", "شكراً", "سلام", "السلام", "مرحبا", "وداعا", "حبيبي", "حبيبتي", "يلا", "الله",
    "يارب", "ربي", "نعم", "لا", "اخي", "أخي", "اختي", "أختي", "امي", "أمي", "ابي", "أبي", "بابا",
    "ماما", "بسلامة", "تحياتي", "مساعدة", "ساعدوني",
))
_MIN_SKELETON = 2


def _collapse(letters: str) -> str:
    return re.sub(r"(.)\1+", r"\1", letters)


def _latin_skeleton(word: str) -> str:
    word = _without_accents(word.casefold())
    for digraph, letter in _LATIN_DIGRAPHS:
        word = word.replace(digraph, letter)
    return _collapse(re.sub(r"[^a-z]|[aeiouyhw]", "", word))


# Cyrillic as Ukrainian, Russian and Bulgarian names are written in Latin letters ("Дарина"
# Daryna): spelled out, then reduced to consonants the same way as the Latin name.
_CYRILLIC_LETTERS = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ye", "ё": "yo",
    "ж": "zh", "з": "z", "и": "y", "і": "i", "ї": "yi", "й": "y", "к": "k", "л": "l", "м": "m",
    "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh",
    "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e",
    "ю": "yu", "я": "ya",
}
_CYRILLIC_WORD = re.compile(r"[\u0400-\u04ff]{2,16}")


def _script_skeleton(line: str, reading: dict[str, str] | None = None) -> str:
    """The consonants of one word in Arabic or Cyrillic script, "" for anything else; Arabic
    letters read as `reading` says where it names them (the Persian reading)."""
    if _ARABIC_WORD.fullmatch(line) and line not in _ARABIC_CLOSING_WORDS:
        reading = reading or {}
        return _collapse("".join(reading.get(char, _ARABIC_CONSONANTS.get(char, ""))
                                 for char in line))
    if _CYRILLIC_WORD.fullmatch(line):
        return _latin_skeleton("".join(_CYRILLIC_LETTERS.get(char, "")
                                       for char in line.casefold()))
    return ""


def _script_words(line: str) -> list[str]:
    """The Arabic and Cyrillic words of a line."""
    return [*_ARABIC_WORD.findall(line), *_CYRILLIC_WORD.findall(line)]


def _other_script_spelling_of(line: str, known: Iterable[str]) -> bool:
    """Whether `line` is one Arabic or Cyrillic word whose consonants are those of a known
    name word ("يوسف" by Youssef, "Дарина" by Daryna)."""
    skeletons = {skeleton for skeleton in (_script_skeleton(line.strip()),
                                           _script_skeleton(line.strip(), _PERSIAN_READING))
                 if len(skeleton) >= _MIN_SKELETON}
    return any(len(word) >= _MIN_PART_LETTERS and _latin_skeleton(word) in skeletons
               for word in known)


def _spelled_in_latin(word: str, known: Iterable[str]) -> bool:
    """Whether a Cyrillic word, spelled out letter by letter, is a known name word: "Саша" by
    Sasha, whose consonants alone ("s") are too few to tell a name by."""
    if not _CYRILLIC_WORD.fullmatch(word):
        return False
    spelled = "".join(_CYRILLIC_LETTERS.get(char, "") for char in word.casefold())
    return len(spelled) >= _MIN_PART_LETTERS and any(
        _without_accents(name.casefold()) == spelled for name in known)


_INITIALS_LINE = re.compile(r"[^\W\d_](?:[.\s-]?[^\W\d_]){1,4}\.?")


def _signs_with_initials(line: str, who: Identity) -> bool:
    """ "JVdV", "J.V.V." alone on a line: the initials of one of the writer's full
    names, every word's or only the capitalised ones' (particles left out)."""
    line = line.strip()
    if _INITIALS_LINE.fullmatch(line) is None or sum(c.isupper() for c in line) < 2 \
            or _CLOSING.match(line):
        return False
    letters = re.sub(r"[.\s-]", "", line).casefold()
    if len(letters) < 3 or letters in _FUNCTION_WORDS or letters in gazetteer.load().ordinary:
        return False  # two letters are left to _is_two_letter_sign_off; "Dag", "SOS" are words
    for name in _clean_names(who.names):
        words = [word for word in re.split(r"[\s-]+", name) if word[:1].isalpha()]
        if len(words) < 2:
            continue
        forms = {"".join(word[0] for word in words).casefold(),
                 "".join(word[0] for word in words if word.casefold() not in _TITLE_PARTICLES
                         ).casefold()}
        if letters in forms:
            return True
    return False


# "Bericht van Elias Jacobs (4B)", "Message de Zoé Martin (5TQ2)": a platform's subject
# gives the writer's class in brackets right after their name; with the name replaced, the
# class would still point at them. A class starts with a year digit and a capital ("4B",
# "5TQ2", "3 HW"); an age ("(13)", "(13j)", "(15 ans)") has none and stays.
_CLASS_IN_BRACKETS = re.compile(r"[ \t]*\([ \t]*[1-7][ \t]?[A-Z][A-Za-z]{0,3}\d?[ \t]*\)")


def without_class_beside_name(subject: str, name: str) -> str:
    """`subject` without a bracketed class right after `name` (the pseudonym put in place of
    the writer's name)."""
    if not name:
        return subject
    return re.sub("(" + re.escape(name) + ")" + _CLASS_IN_BRACKETS.pattern, r"\1", subject)


def learn_subject_names(subject: str, who: Identity) -> Identity:
    """`who` with the names the writer gives themselves in the subject ("vraag van Lotte (13)",
    "ik ben Lotte", "Cam, 16 ans"), which crosses as a header and is cleaned with the body's
    identity: a first name, or a short form of a name they are known by."""
    subject = subject.strip()
    if not subject:
        return who
    known, local_words = _known_name_words(who)
    # "lien", "vraag" as the whole subject: a lower-case word alone is a name only when it is
    # one they are known by (their address holds it), not because a first name is spelt so.
    names = [name for name in _introduced_names([subject], local_words, known)
             if name != subject or not name.islower()
             or _is_known_word(name, known, local_words)]
    candidates = [match["name"] for match in _SUBJECT_FROM.finditer(subject)]
    if (name_age := _NAME_AGE_LINE.fullmatch(subject)) is not None:
        candidates.append(name_age["name"])
    words = gazetteer.load()
    for candidate in candidates:
        # "Mail van Kato Verlinden": the first name decides; the surname comes with it.
        word = candidate.split()[0]
        folded = word.casefold()
        if not _name_before_an_age(word):
            continue
        first_name = folded in words.first_names and (word[0].isupper()
                                                      or folded not in words.ordinary)
        if _is_known_word(word, known, local_words) or _is_short_form(word, known) or first_name:
            names.append(candidate)
    learned = [name for name in dict.fromkeys(names) if len(name) <= _MAX_LEARNED_NAME_CHARS]
    if not learned:
        return who
    return Identity(addresses=who.addresses, names=tuple(dict.fromkeys((*who.names, *learned))))


# --------------------------------------------------------------------------- names others give

# "je m'appelle Ibrahima mais tout le monde dit Ibou", "at school they write Simhar", "my
# papers say Semhar Tesfaye", "à la maison on dit Ndey", "my mum calls me Em": the forms of
# their name others say or write. Without "me" the cue names the writer only after a name
# they are known by earlier on the line ("tout le monde dit Lucas est méchant" is a story).
_OTHERS_SAY_NAME = re.compile(
    r"(?i)(?<!\w)(?:"
    r"(?P<me>(?:my\s+(?:mum|mom|mam|mother|dad|father|parents|family|sister|brother|nan|gran"
    r"|grandma|grandad|friends|mates|teachers?)|(?:mes|mijn)\s+(?:potes|amis|amies|copines"
    r"|copains|parents|vrienden|ouders))(?:\s+(?:just|all|always|still|sometimes|gewoon|altijd"
    r"|toujours))?\s+(?:calls?\s+me|me\s+disent|m['’]appellent|noemen\s+(?:me|mij)))"
    r"|(?:tout\s+le\s+monde|on|ils|elles|les\s+gens|everyone|everybody|people|they|kids"
    r"|teachers|(?:asylum\s+|official\s+|id\s+)?(?:papers|passport|documents)"
    r"|(?:mes|my)\s+(?:papiers|potes|amis|friends|mates))"
    r"(?:\s+(?:at|in|[àa]|en)\s+(?:school|home|class|la\s+maison|l['’][ée]cole|classe))?"
    r"(?:\s+(?:just|all|always|still|usually|mostly|sometimes|juste|toujours))?"
    r"\s+(?:says?|dit|disent|write|writes|[ée]crit|[ée]crivent|spell\s+it)"
    r"|c['’]est\s+[ée]crit)"
    r"\s+(?P<name>(?-i:[A-ZÀ-Ý])[\w'’-]+(?:[ \t]+(?-i:[A-ZÀ-Ý])[\w'’-]+){0,2})"
)
# "… says O'Brien or Ciarán or Kiki": more forms after the first.
_SAID_MORE = re.compile(r"[ \t]*(?:,[ \t]*)?(?:or|ou|of|,)[ \t]+(?P<name>(?-i:[A-ZÀ-Ý])[\w'’-]+)")
# "I'm not Ruby, I'm her friend Harriet", "je suis sa cousine Inès": who writes from a
# friend's or relative's account, named right after what they are to its owner.
_FRIEND_NAMED = re.compile(
    r"(?i)(?<!\w)(?:i['’]?m|i\s+am|this\s+is|it['’]?s|je\s+suis|c['’]est|moi\s+c['’]est|ik\s+ben"
    r"|hier\s+is|dit\s+is)\s+(?:her|his|their|sa|son|haar|zijn|hun)\s+"
    r"(?:(?:best|beste|meilleure?|close|little|big|petite?|grande?)\s+)?"
    r"(?:friend|mate|bestie|bff|buddy|cousin|cousine|amie?|copine|copain|pote|vriend|vriendin"
    r"|neef|nicht)\s*,?\s+(?P<name>(?-i:[A-ZÀ-Ý])[\w'’-]+)"
)
# 'put "for Hattie" at the top', "écrivez « pour Inès » au début": the name they ask the
# answer to be addressed to.
_ADDRESSED_AS = re.compile(
    r"(?i)(?<!\w)(?:put|write|mark|start\s+with|begin\s+with|[ée]cri(?:s|vez|re)|mets|mettez"
    r"|mettre|zet|schrijf|schrijft)\s+(?:(?:it|just|juste|gewoon|maar)\s+)?[\"“«'‘][ \t]*"
    r"(?:for|pour|voor|aan|to|à)[ \t]+(?P<name>(?-i:[A-ZÀ-Ý])[\w'’-]+)[ \t]*[\"”»'’]"
)
# "moi c Grâce jai 14 ans": "c" for "c'est" after "moi" in a text message.
_SMS_MOI_C = re.compile(
    r"(?i)(?<![\w'’])moi[ \t]+(?:c|cé|sé|cest)[ \t]+(?P<name>[^\W\d_][\w'’-]*)"
    r"(?P<age>[ \t]*,?[ \t]*(?:j['’]?ai[ \t]+)?\d{1,2}(?!\d))?"
)
# "« Yasmine 🌙 15 | bxl | she/her »", '"ellie ☆ 15 ☆ she/they"': a social-media bio quoted,
# a name first, then its fields (an age among the first ones).
_BIO_QUOTE = re.compile(r"[«\"“][ \t]*(?P<bio>[^«»\"“”\n]{4,160})[»\"”]")
_BIO_SEPARATOR = re.compile(r"[ \t]*(?:[|•·☆★✦✧♡♥/]|[\u2600-\u27bf\U0001f300-\U0001faff"
                            r"\ufe0f\u200d]+)[ \t]*")
_MIN_BIO_FIELDS = 3
_BIO_AGE_FIELDS = 3
# "Khadija (ou Khadidja, ou Khadeeja sur insta, en arabe خديجة)": the other spellings of a
# name they are known by, in a bracket right after it.
_SPELLINGS_IN_BRACKETS = re.compile(
    r"(?<![\w'’-])(?P<known>[^\W\d_][\w'’-]{1,40})[ \t]*\((?P<inside>"
    r"[ \t]*(?i:ou|or|of|aka|alias)[ \t]+[^()\n]{1,120})\)"
)
_BRACKET_ALTERNATIVE = re.compile(
    r"(?:^|,)[ \t]*(?i:ou|or|of|aka|alias)[ \t]+(?P<name>(?-i:[A-ZÀ-Ý])[\w'’-]+)")


def _a_given_name(word: str) -> bool:
    """A capitalised word that may be a name: no word of the stop lists, a first name or no
    common word."""
    folded = word.casefold().strip("'’-")
    words = gazetteer.load()
    return len(folded) >= _MIN_NAME_CHARS and folded not in _NOT_INTRODUCED \
        and folded not in _FUNCTION_WORDS and folded not in _NOT_SIGNED_NAMES \
        and folded not in gazetteer.CHAT_WORDS and folded not in gazetteer.NOT_PEOPLE \
        and folded not in _SLURS and folded not in words.places \
        and (folded in words.first_names or folded not in words.ordinary)


def _names_said_of_them(own: list[str], known: list[str], local_words: set[str]) -> list[str]:
    """The forms of their name others say or write (see _OTHERS_SAY_NAME), after a name they
    are known by on the line or after "me"."""
    names: list[str] = []
    own_words = {*known, *local_words}
    for content in own:
        for match in _OTHERS_SAY_NAME.finditer(content):
            before = content[:match.start()]
            said_before = {word.casefold() for word in _NAME_WORD.findall(before)}
            if match["me"] is None and not said_before & own_words:
                continue
            if _NEGATED.search(_BUT.split(before[-_NEGATION_REACH:])[-1]):
                continue
            found = [match["name"]]
            end = match.end()
            for _ in range(_MAX_CALLED_MORE):
                more = _SAID_MORE.match(content, end)
                if more is None:
                    break
                found.append(more["name"])
                end = more.end()
            for name in found:
                parts = [part.strip("'’-") for part in name.split()]
                # "they say London …": a place is where, not who, unless their name says it.
                taken = [part for part in parts
                         if _called_name(part, content, match.end(), known, local_words)
                         and (_is_known_word(part, known, local_words)
                              or part.casefold() not in gazetteer.load().places)]
                if taken and len(taken) == len(parts):
                    names.append(" ".join(parts))
                elif parts and parts[0] in taken:
                    names.append(parts[0])
    return names


def _names_given_aside(own: list[str], known: list[str], local_words: set[str]) -> list[str]:
    """Names a help-seeker gives themselves in shapes the introductions miss: "moi c X", "I'm
    her friend X" on a friend's account, 'put "for X" at the top', a quoted bio, and the
    other spellings of a known name in a bracket after it (also in another script)."""
    names = _names_said_of_them(own, known, local_words)
    for position, content in enumerate(own):
        for match in _SMS_MOI_C.finditer(content):
            name = match["name"].strip("'’-")
            if (name[:1].isupper() or match["age"]) and _a_given_name(name):
                names.append(name)
        names.extend(match["name"] for pattern in (_FRIEND_NAMED, _ADDRESSED_AS)
                     for match in pattern.finditer(content) if _a_given_name(match["name"]))
        for match in _BIO_QUOTE.finditer(content):
            fields = [field for field in _BIO_SEPARATOR.split(match["bio"].strip()) if field]
            first = fields[0].split() if fields else []
            if len(fields) >= _MIN_BIO_FIELDS and len(first) == 1 \
                    and not _bio_of_someone_else(own, position, match.start()) \
                    and any(re.fullmatch(r"\d{1,2}", field.strip())
                            for field in fields[1:_BIO_AGE_FIELDS]) \
                    and (first[0][:1].isupper() or _only_a_first_name(first[0])
                         or _is_known_word(first[0], known, local_words)) \
                    and _a_given_name(first[0]):
                names.append(first[0])
        for match in _SPELLINGS_IN_BRACKETS.finditer(content):
            if not _is_known_word(match["known"], known, local_words):
                continue
            names.extend(alternative["name"]
                         for alternative in _BRACKET_ALTERNATIVE.finditer(match["inside"])
                         if _a_given_name(alternative["name"]))
            names.extend(word for word in _script_words(match["inside"])
                         if _other_script_spelling_of(word, known))
    return [name for name in dict.fromkeys(names) if len(name) <= _MAX_LEARNED_NAME_CHARS]


# --------------------------------------------------------------------------- more sign-offs

def learn_more_names(text: str, who: Identity) -> Identity:
    """`who` with three more kinds of names the writer signs with (see learn_names for the
    usual ones):

    - the sign-off of their own earlier mail, quoted back under its header block or its
      attribution ("Van: Kobe Maes <…>" / … / "Koob", "On …, Ethan Vos <…> wrote:" / "> E.V."):
      whatever a mail sent from their name or address is signed with is their name;
    - a name given after "aka" or "alias" on a closing line ("Nathan / aka Nath");
    - their name as dictation misheard or they mistyped it, after a closing word, kisses or
      spoken punctuation on one of the last lines ("thanks jade in" by Jayden, "dank u wel
      punt Ilyes" by Ilyas): a word, or two words run together, that sound like a first name
      they are known by (same first letter, same Soundex code, one or two letters apart).
    (The word autocorrect made of their name, corrected on the next line with an asterisk,
    is learned by learn_names: see _star_corrected_names.)
    """
    lines = _split_lines(text)
    blocks = _header_blocks(lines)
    known, local_words = _known_name_words(who)
    learned = [*_own_history_sign_offs(lines, blocks, who, known, local_words),
               *_own_history_signature_names(lines, blocks, who, known)]
    stretch = _own_stretch(lines, blocks)
    if stretch is not None:
        own = [line.content.strip() for line in lines[stretch[0]:stretch[1]]
               if not line.blank and not _is_client_line(line.content.strip())]
        for content in own[-_TRAILING_LINES:]:
            if also := _ALSO_KNOWN_AS.fullmatch(content):
                learned.extend(name for name in (also["first"], also["name"]) if name)
        for content in own[-_TRAILING_LINES:]:
            learned.extend(_misheard_sign_off(content, known))
    learned = [name for name in dict.fromkeys(learned)
               if len(name) <= _MAX_LEARNED_NAME_CHARS and name.casefold() not in known]
    if not learned:
        return who
    return Identity(addresses=who.addresses, names=tuple(dict.fromkeys((*who.names, *learned))))


# "aka Nath", "Nathan Leclercq a.k.a. Nath", "alias Mo": a name the writer also goes by, and
# the name it follows on a line of their own.
_ALSO_NAME = r"[A-ZÀ-Ý][\w'’-]{1,30}(?:[ \t]+[A-ZÀ-Ý][\w'’-]{1,30})?"
_ALSO_KNOWN_AS = re.compile(
    rf"[-–—~]?[ \t]*(?:(?P<first>{_ALSO_NAME})[ \t]+)?(?i:aka|a\.k\.a\.?|alias)[ \t]*:?[ \t]+"
    rf"(?P<name>{_ALSO_NAME})[ \t]*[)!.]?"
)
_SIGN_OFF_NAME = re.compile(r"[^\W\d_][\w'’.-]{0,30}(?:[ \t]+[^\W\d_][\w'’.-]{0,30}){0,2}")
_SIGN_OFF_LEAD = re.compile(r"^(?:[-–—~]+|x{1,3}|xo+)[ \t]*", re.IGNORECASE)


def _own_history_mails(lines: list[_Line], blocks: dict[int, list[_Role]],
                       who: Identity) -> Iterator[list[str]]:
    """The lines (blank and client lines left out) of each earlier mail in the history that
    the writer sent: below a header block or an attribution naming them."""
    index = 0
    while index < len(lines):
        sender: str | None = None
        if index in blocks:
            roles = blocks[index]
            sender = " ".join(role.match["value"] for role in roles
                              if role.match is not None and _header_key(role.match) in _FROM_KEYS)
            body = index + len(roles)
        elif attribution := _attribution(lines, index):
            sender, used = attribution[0]["who"], attribution[1]
            body = index + used
        if sender is None:
            index += 1
            continue
        end = _history_body_end(lines, blocks, body)
        index = max(end, index + 1)
        if not _is_own_sender(sender, who):
            continue
        contents = [line.content.strip() for line in lines[body:end]
                    if not line.blank and not _is_client_line(line.content.strip())]
        yield contents


def _own_history_sign_offs(lines: list[_Line], blocks: dict[int, list[_Role]], who: Identity,
                           known: list[str], local_words: set[str]) -> list[str]:
    """The last line of each earlier mail of the writer's in the history, when it is a name:
    one to three capitalised words or initials that are no ordinary word."""
    gazette = gazetteer.load()

    def a_word(word: str) -> bool:  # "Help", "Gent": words, not a sign-off
        folded = word.casefold()
        return folded in gazette.ordinary or (
            folded in gazette.places and folded not in gazette.first_names)

    names: list[str] = []
    for contents in _own_history_mails(lines, blocks, who):
        if len(contents) < 2:
            continue  # a mail of one line is words, not a sign-off
        last = _SIGN_OFF_LEAD.sub("", _KISSES_AT_END.sub("", contents[-1]) or contents[-1])
        if not _SIGN_OFF_NAME.fullmatch(last) or _CLOSING.match(last):
            continue
        words = last.split()
        # "E.V." of Ethan Vos; "OK" or "SOS" are words, not initials.
        initials = re.fullmatch(r"(?:[A-Z]\.){2,4}", last) is not None and all(
            any(part.startswith(letter.casefold()) for part in known) for letter in last[::2]
        ) or _signs_with_initials(last, who)
        if initials or all(
                (word[0].isupper() or word.casefold() in local_words or word.casefold() in known)
                and not a_word(word)
                and word.casefold() not in _NOT_SIGNED_NAMES
                and not word.endswith(".")
                for word in words):
            names.append(last)
    return names


def _own_history_signature_names(lines: list[_Line], blocks: dict[int, list[_Role]],
                                 who: Identity, known: list[str]) -> list[str]:
    """What _own_history_sign_offs leaves: in the writer's own earlier mail quoted back, a
    sign-off followed by what they say of themselves ("Jasmine Sandhu, Year 10", "— Jas (15)"
    on the line above it), and a first name in lower case closing it ("lina")."""
    names: list[str] = []
    for contents in _own_history_mails(lines, blocks, who):
        if len(contents) < 2:
            continue
        signed = list(known)
        for content in reversed(contents[-_OWN_HISTORY_SIGNATURE_LINES:]):
            bare = _SIGN_OFF_LEAD.sub("", _KISSES_AT_END.sub("", content) or content)
            head = _NAME_LINE_TAIL.split(bare, maxsplit=1)[0].strip()
            words = head.split()
            if not words or len(words) > _MAX_SIGNED_NAME_WORDS \
                    or not _SIGN_OFF_NAME.fullmatch(head) or _CLOSING.match(head):
                break
            if not all(_history_signed_word(word, signed) for word in words):
                break
            names.append(head)
            signed.extend(word.casefold() for word in words)
    return names


_OWN_HISTORY_SIGNATURE_LINES = 2


def _history_signed_word(word: str, signed: list[str]) -> bool:
    """A word of a sign-off in the writer's quoted mail: one they are known by or a short form
    of it ("Jas" under "Jasmine Sandhu"), a capitalised word that is no common word or place,
    or a first name in lower case that is no common word ("lina")."""
    folded = word.casefold()
    if folded in _NOT_SIGNED_NAMES or folded in _FUNCTION_WORDS or word.endswith("."):
        return False
    if folded in signed or _is_short_form(word, signed):
        return True
    gazette = gazetteer.load()
    if word[0].isupper():
        return folded not in gazette.ordinary and folded not in gazette.places
    return _only_a_first_name(word)


def _history_body_end(lines: list[_Line], blocks: dict[int, list[_Role]], body: int) -> int:
    """Where the earlier mail starting at `body` (below its header block or attribution)
    ends: at the next header block, attribution or separator, or where the quote level of
    its first line ends."""
    depth: int | None = None
    end = body
    while end < len(lines):
        line = lines[end]
        if end in blocks or _separates_history(lines, blocks, end) or _attribution(lines, end):
            break
        if not line.blank:
            if depth is None:
                depth = line.depth
            elif line.depth != depth:
                break
        end += 1
    return end


def _is_own_sender(sender: str, who: Identity) -> bool:
    """Whether a quoted From value or attribution names the writer: one of their addresses,
    or one of their names of two words or more."""
    folded = sender.casefold()
    if any(address.casefold() in folded for address in _clean_addresses(who.addresses)):
        return True
    return any(len(name.split()) >= 2 and re.search(
        rf"(?<!\w){re.escape(name.casefold())}(?!\w)", folded) for name in _clean_names(who.names))


# Dictation's spoken commands closing a line ("… Ilyes nieuwe regel", "… period").
_SPOKEN_END = re.compile(
    r"(?i)(?:[ \t]+(?:nieuwe[ \t]+(?:regel|lijn|alinea)|new[ \t]+(?:line|paragraph)"
    r"|nouvelle[ \t]+ligne|[àa][ \t]+la[ \t]+ligne|punt|period|full[ \t]+stop|point"
    r"|uitroepteken|exclamation[ \t]+(?:mark|point)))+[ \t]*[.!]?$"
)
# A closing word or spoken punctuation, right before a sign-off name.
_BEFORE_SIGN_OFF = re.compile(
    r"(?i)(?:^|\s)(?:thanks|thank[ \t]+you|thx|cheers|bye|love|bedankt|dank[ \t]+(?:u|je|jullie)"
    r"(?:[ \t]+wel)?|dankjewel|merci(?:[ \t]+beaucoup)?|groetjes|groeten|doei|bisous|punt"
    # "xx Lotto" (Lotte, autocorrected): kisses close a line as a greeting does.
    r"|period|point|komma|comma|virgule|x{1,4}|xoxo)[ \t,.!-]*$"
)
_MIN_SOUNDING_LETTERS = 4


def _misheard_sign_off(line: str, known: list[str]) -> list[str]:
    """The last one or two words of the writer's last line, after a closing word, when they
    sound like a first name of theirs: "thanks jade in" (Jayden), "punt Ilyes" (Ilyas)."""
    line = _SPOKEN_END.sub("", line).rstrip(" \t.!,")
    words = line.split()
    ordinary = gazetteer.load().ordinary
    for count in (1, 2):
        if len(words) <= count:
            break
        tail = words[-count:]
        if not all(word.isalpha() for word in tail) \
                or not _BEFORE_SIGN_OFF.search(" ".join(words[:-count])):
            continue
        if count == 1 and tail[0].casefold() in ordinary:
            continue  # "thanks again", "merci beaucoup"
        glued = _without_accents("".join(tail).casefold())
        if any(_sounds_like(glued, part, count) for part in known):
            return [" ".join(tail)]
    return []


def _sounds_like(glued: str, part: str, words: int) -> bool:
    part = _without_accents(part)
    if len(part) < _MIN_SOUNDING_LETTERS or not part.isalpha() or glued == part \
            or len(glued) < _MIN_SOUNDING_LETTERS or glued[0] != part[0]:
        return False
    return _soundex(glued) == _soundex(part) and _edit_distance(glued, part) <= words


_SOUNDEX_CODES = {**dict.fromkeys("bfpv", "1"), **dict.fromkeys("cgjkqsxz", "2"),
                  **dict.fromkeys("dt", "3"), "l": "4", **dict.fromkeys("mn", "5"), "r": "6"}


def _soundex(word: str) -> str:
    """American Soundex of a lower-case ASCII word: "jayden" and "jadein" are both J350."""
    codes = [word[0].upper()]
    previous = _SOUNDEX_CODES.get(word[0], "")
    for char in word[1:]:
        code = _SOUNDEX_CODES.get(char, "")
        if code and code != previous:
            codes.append(code)
        if char not in "hw":
            previous = code
    return "".join(codes)[:4].ljust(4, "0")


def _edit_distance(a: str, b: str) -> int:
    """Levenshtein distance of two short words (a sign-off word and a name part)."""
    row = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        diagonal, row[0] = row[0], i
        for j, char_b in enumerate(b, 1):
            diagonal, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1,
                                           diagonal + (char_a != char_b))
    return row[-1]


# --------------------------------------------------------------------------- any address

# Bounded pieces: every start of a match looks at most a few hundred characters ahead, so
# a hostile "a punt a punt a punt …" of a megabyte costs linear time, not quadratic.
_LOCAL_WORD = r"[\w!#$%&'*+/=?^`{|}~-]{1,64}"
_DOMAIN_WORD = r"(?:[^\W_]|-){1,63}"  # no "_": "insta @maya_rose.xo" is a handle
_MAX_ADDRESS_PIECES = "{0,5}"
_SPELLED_DOT = (
    r"(?:[ \t]{1,3}(?:punt|point|dot)[ \t]{1,3}"
    r"|[ \t]{0,3}[(\[{<][ \t]{0,3}(?:dot|punt|point|\.)[ \t]{0,3}[)\]}>][ \t]{0,3})"
)
_SPELLED_AT = r"(?:[ \t]{1,3}(?:at|apenstaartje|aapje|arobase|arrobase)[ \t]{1,3})"
_AT_SYMBOL = r"(?:@|%(?:25)?40|&#0{0,3}64;|&#x0{0,3}40;|&commat;)"
# "sam@y.be", "sam @ y . be", "sam@ y.be"; a space before "@" and none after is how a handle
# is offered ("mijn account is @tibo.vdc"), so that is an address only at a mail provider's
# usual top-level domain ("mail me op sam @gezin.be").
_MAIL_TOP_LEVEL = (r"(?:com|net|org|be|nl|fr|lu|de|eu|uk|ch|ca|us|io|me|info|email|example"
                   r"|test)(?![\w.])")
_SYMBOL_AT = (
    rf"(?:{_AT_SYMBOL}[ \t]?|[ \t]{_AT_SYMBOL}[ \t]"
    rf"|[ \t]{_AT_SYMBOL}(?=[\w.-]{{1,200}}?\.{_MAIL_TOP_LEVEL})"
    r"|[ \t]{0,3}[(\[{<][ \t]{0,3}(?:at|@|apenstaartje|arobase)[ \t]{0,3}[)\]}>][ \t]{0,3})"
)
_TOP_LEVEL = r"[^\W\d_]{2,24}(?!\w)"
_LOOSE_DOT = rf"(?:\.|[ \t]\.[ \t]|{_SPELLED_DOT})"  # "x.be", "x . be"; not "x. Thank"
_SPELLED_DOTS = re.compile(rf"{_SPELLED_DOT}|[ \t]\.[ \t]", re.IGNORECASE)
_AT_SPLIT = re.compile(rf"{_SYMBOL_AT}|{_SPELLED_AT}", re.IGNORECASE)
# An address in any form a writer uses: "sam.x@y.be", "sam @ y . be", "sam (at) y (dot) be",
# "sam punt x apenstaartje y punt be", "lea arobase y point fr", "lowie.2009 at gmail dot com".
# With a spelled "at" the dots must be written tight or spelled too, so that "meet me at
# school. Then" is not an address.
_WRITTEN_ADDRESS = re.compile(
    rf"(?<![\w.+-]){_LOCAL_WORD}(?:(?:\.|{_SPELLED_DOT}){_LOCAL_WORD}){_MAX_ADDRESS_PIECES}"
    rf"(?:{_SYMBOL_AT}{_DOMAIN_WORD}(?:{_LOOSE_DOT}{_DOMAIN_WORD}){_MAX_ADDRESS_PIECES}"
    rf"{_LOOSE_DOT}{_TOP_LEVEL}"
    rf"|{_SPELLED_AT}{_DOMAIN_WORD}(?:(?:\.|{_SPELLED_DOT}){_DOMAIN_WORD}){_MAX_ADDRESS_PIECES}"
    rf"(?:\.|{_SPELLED_DOT}){_TOP_LEVEL})",
    re.IGNORECASE,
)


# "n e l e d w 0 9 @ g m a i l . c o m": an address typed letter by letter, so no filter
# (and no other pattern here) sees it as one.
_SPACED_ADDRESS = re.compile(
    r"(?<!\S)(?:[\w+-][ \t]){2,64}@(?:[ \t][\w-]){1,63}(?:[ \t]\.(?:[ \t][\w-]){1,63}){1,5}(?!\S)"
)


def replace_written_addresses(text: str, replacement: str, keep_domains: Iterable[str] = ()) -> str:
    """Every mail address in `text`, in whatever form it is written, replaced.

    For a help-seeker's text: any address they write is one they can be reached at (their
    own, a second one, a friend's), and volunteers answer through the helpline only.
    Addresses at `keep_domains` (the helpline's own) stay. Matched on the folded view of
    the text, so invisible characters and fullwidth "＠" hide nothing.
    """
    kept = {domain.casefold() for domain in keep_domains if domain}

    def replace(match: re.Match[str]) -> str:
        found = match.group()
        if "@" in found and any(found.casefold().endswith("@" + keep) for keep in kept):
            return found
        return replacement

    text = _sub_on_view(_SPACED_ADDRESS, text, lambda match: replacement)
    return _sub_on_view(_WRITTEN_ADDRESS, text, replace)


def _sub_on_view(pattern: re.Pattern[str], text: str,
                 replace: Callable[[re.Match[str]], str]) -> str:
    """pattern.sub on the folded view of `text` (see _matching_view), replacing in `text`."""
    view, positions = _matching_view(text)
    if positions is None:
        return pattern.sub(replace, text)
    out: list[str] = []
    last = 0
    for match in pattern.finditer(view):
        if match.end() == match.start():
            continue
        start, end = positions[match.start()], positions[match.end() - 1] + 1
        out.append(text[last:start])
        replaced = replace(match)
        # Left as it is: the text as written, not its folded view.
        out.append(text[start:end] if replaced == match.group() else replaced)
        last = end
    out.append(text[last:])
    return "".join(out)


# --------------------------------------------------------------------------- contact details

# "mijn insta is @blauwe_vlinder.11", "snap warreeh", "discord maxou_lry", "tiktok: @x": the
# account a writer names after its app reaches them as surely as their address, whether or
# not it holds their name.
_APPS = (r"insta(?:gram)?|ig|snap(?:chat)?|sc|tik\s?tok|discord|twitter|threads|bereal|twitch"
         r"|telegram|steam|psn|xbox|roblox|fortnite|minecraft|gamertag|pseudo|username"
         r"|gebruikersnaam")
_APP_HANDLE = re.compile(
    rf"(?i)(?<![\w@.#-])(?:{_APPS})(?:\s+(?:naam|name|account|username|handle|id|tag|pseudo))?"
    # "snap me jay.mkd10", "insta moi @x": the app as a verb, the account after "me".
    r"(?P<link>[ \t]*[:=][ \t]*|[ \t]+(?:is|c['’]est|est|heet|=|me|mij|moi)[ \t]*:?[ \t]*"
    r"|[ \t]*[?!][ \t]+|[ \t]+)"
    r"(?P<handle>@?(?:(?<=@)_+)?[^\W_](?:[\w.#-]*\w)?)"  # "@_mae.lle__": after "@", "_" too
)
# Discord's "name#1234", and an "@" account with a digit, "_" or "." in it, wherever written.
_TAGGED_HANDLE = re.compile(
    r"(?<![\w@.#-])(?:[^\W_][\w.]{1,31}#\d{4}|@_*[^\W_][\w.]*[\d_.][\w.]*)(?<![.])(?![\w@#-])")
_HANDLE_MARKS = re.compile(r"[\d_.#]")
_COUNT = re.compile(r"\d+[^\W\d_]{0,3}")  # "2", "3x", "10min": how often or how long
_WHAT_FOLLOWS_AN_ACCOUNT = re.compile(r"[ \t]*(?:$|[,.!?;)\]]|(?:of|or|ou|en|and|et)\b)",
                                      re.IGNORECASE | re.MULTILINE)
# French words that follow an app's name ("sur insta aussi"); the word lists know no French.
# fmt: off
_FRENCH_AFTER_AN_APP = frozenset((
    "aussi", "mieux", "plutôt", "plutot", "souvent", "encore", "surtout", "seulement",
    "toujours", "jamais", "maintenant", "depuis", "avec", "sans", "mais", "donc", "alors",
    "puis", "ensuite", "parce", "pour", "sur", "dans", "chez", "tous", "tout", "toute", "rien",
    "quand", "comme", "très", "trop", "moins", "beaucoup", "ça", "cela", "là", "svp", "stp",
    "non", "oui", "ouais", "merci", "hier", "demain", "ce", "cette", "ces", "mes", "tes", "ses",
))
# fmt: on


# What may stand before an app's name when a bare word after it is taken for an account:
# nothing (a contact line, "snap warreeh"), "mijn"/"my"/"mon", or "volg me op"/"add me on".
# After any other word ("sur snap wesh", "op snap ofso", "via insta khebbe") the word is
# the writer's own slang far more often than an account, and a lost word is as bad as a
# leaked one.
_CONTACT_CUE = re.compile(
    r"(?i)(?:^|(?<![\w'’])(?:mijn|m['’]n|mn|my|mon|ma|add\s+me\s+on|follow\s+me\s+on"
    r"|volg\s+me\s+op|voeg\s+me\s+toe\s+op|ajoute[- ]moi\s+sur|suis[- ]moi\s+sur)[ \t]+)$")


def _after_a_contact_cue(match: re.Match[str]) -> bool:
    line_start = match.string.rfind("\n", 0, match.start()) + 1
    return _CONTACT_CUE.search(match.string[line_start:match.start()]) is not None


def _is_app_handle(match: re.Match[str]) -> bool:
    handle = match["handle"]
    folded = handle.casefold()
    if handle.startswith("@"):
        return len(handle) > _MIN_NAME_CHARS
    if _HANDLE_MARKS.search(handle):
        return not _COUNT.fullmatch(handle) and sum(char.isalpha() for char in handle) >= 2
    if len(folded) < _MIN_PART_LETTERS or folded in gazetteer.load().ordinary \
            or folded in _FUNCTION_WORDS or folded in _NOT_INTRODUCED \
            or folded in _FRENCH_AFTER_AN_APP or folded in gazetteer.ACCOUNT_WORDS:
        return False
    # "snap: warreeh", "mijn snap is warreeh"; after a bare space only where the word ends
    # the phrase ("snap warreeh", not "snap streaks met haar") and the app opens a contact
    # line or follows "mijn"/"add me on" (_CONTACT_CUE).
    link = match["link"].strip().rstrip(":").strip()
    if link in ("?", "!") or link.casefold() in ("me", "mij", "moi"):
        # "on parle sur snap ? adm.chrk", "snap me jay.mkd10": only with an account's marks
        # (above); "snap me back" names none.
        return False
    if link:
        return True
    return _after_a_contact_cue(match) and _WHAT_FOLLOWS_AN_ACCOUNT.match(
        match.string, match.end()) is not None


def replace_handles(text: str, placeholder: str) -> str:
    """Accounts the writer names (after the app they belong to, or a Discord tag, or an "@"
    account with a digit or "_" in it), replaced by `placeholder`; the app's name stays."""

    def app(match: re.Match[str]) -> str:
        if not _is_app_handle(match):
            return match.group()
        return match.group()[: match.start("handle") - match.start()] + placeholder

    def tagged(match: re.Match[str]) -> str:
        line_start = match.string.rfind("\n", 0, match.start()) + 1
        if match.group().startswith("@") and _ANOTHER_ACCOUNT_CUE.search(
                match.string[line_start:match.start()]):
            return match.group()
        return placeholder

    return _TAGGED_HANDLE.sub(tagged, _APP_HANDLE.sub(app, text))


# "a mod called @nova_exe", "a message from @tomshater2010", "een account genaamd @x_y": an
# account the text gives someone else is the writer's story (an account holding the writer's
# name is replaced with their name wherever it stands).
_ANOTHER_ACCOUNT_CUE = re.compile(
    r"(?i)(?<![\w'’])(?:called|named|genaamd|genoemd|nomm[ée]e?|appel[ée]e?|s['’]appelle"
    # "a message on insta from @x", "een dm van @x": not "love from @x" under the text.
    r"|(?:message|dm|text|comment|request|reply|threat|bericht|reactie|commentaire)s?"
    r"(?![\w'’])[^\n]{0,30}?(?<![\w'’])(?:from|van|de))[ \t]+$")



# "wa.me/32478123456", "tel:+32…", "t.me/+32…": a phone number inside a link.
_PHONE_LINK = re.compile(
    r"(?i)(?P<lead>\b(?:wa\.me/|t\.me/|tel:|sms:|signal\.me/#p/)|[?&]phone=)\+?\d[\d\s.-]{6,16}\d")


# "mijn leerling-ID is 20231187", "studentennummer: r0123456", "matricule 2023-118": the number a
# school or university knows them by.
_NUMBER_AFTER_ID = re.compile(
    r"(?i)(?P<lead>\b(?:leerling(?:en)?[\s-]?(?:id|nummer|nr)|studenten?[\s-]?(?:id|nummer|number|nr|no)"
    r"|stamnummer|rijksregisternummer|matricule|num[ée]ro\s+d['’][ée]l[èe]ve|student\s+id"
    r"|pupil\s+number)\W{0,3}(?:is|est|:|=)?\s*[:#]?\s*)[a-z]?\d[\d\s./-]{3,14}\d")
# "0 4 9 1 2 3 4 5 6 7": a phone number typed a digit at a time.
# One separator all through: "0-2 3-1 2-2 1-0 4-1" (scores) mixes them and is no number.
_SPACED_PHONE = re.compile(
    r"(?<![\w+])(?:\+\s?\d|0)(?:(?:\s\d){8,11}|(?:\.\d){8,11}|(?:-\d){8,11})(?![\w])")
# "O486/7O.11.22": the letter O typed for a zero in a phone number.
_PHONE_WITH_LETTER_OS = re.compile(r"(?<![\w+])[0O](?=[\dO]*\d)[\dO](?:[\s./-]?[\dO]){7,12}(?!\w)")
_MIN_REAL_DIGITS = 6
# "nul vier negen zeven twaalf vierendertig …", "zéro quatre septante-deux, onze …", "plus
# three two four …": a number said the way one reads it out, starting as a phone number starts.
_UNITS = (r"nul|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien"
          r"|vijftien|zestien|zeventien|achttien|negentien"
          r"|z[ée]ro|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize"
          r"|quatorze|quinze|seize|dix-sept|dix-huit|dix-neuf"
          r"|zero|oh|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
          r"|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen")
_TENS = (r"twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig"
         r"|vingt|trente|quarante|cinquante|soixante|septante|huitante|octante|nonante"
         r"|quatre-vingts?|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety")
# Tens and units joined only by a hyphen ("vingt-deux"): with a space too, "vingt deux" could
# be read as one word or two, and a long hostile run of them every way before failing.
_NUMBER_WORD = (rf"(?:(?:een|één|twee|drie|vier|vijf|zes|zeven|acht|negen)[eë]n(?:{_TENS})"
                rf"|(?:{_TENS})(?:-(?:et-)?(?:{_UNITS}))?|{_UNITS})")
_SPOKEN_PHONE = re.compile(
    rf"(?i)(?<!\w)(?:nul|z[ée]ro|zero|oh|plus|\+)(?:[\s,.-]+{_NUMBER_WORD}){{5,14}}(?!\w)"
    # "zero quatre sept six / 12 34 56": the prefix said in words, the rest in digits.
    rf"|(?<!\w)(?:nul|z[ée]ro|zero)(?:[\s,.-]+{_NUMBER_WORD}){{2,5}}(?:[\s,./-]+\d{{2,4}}){{2,4}}"
    r"(?![\w/.-]?\d)")


# "nul vier zeven negen / 23 . 81 . 06", "0 4 9 2 14 55 83": a number partly said and partly
# typed, or typed in groups of one to four digits, starting as a phone number starts.
# Separators and elements never share a character, so a long run is read once.
_MIXED_PHONE = re.compile(
    rf"(?i)(?<![\w+])(?:nul|z[ée]ro|zero|0(?=[\s,./-]))"
    rf"(?:[\s./-]+(?:{_NUMBER_WORD}|\d{{1,4}})(?!\w)){{4,14}}")
_ONE_DIGIT_WORDS = frozenset((
    "nul", "een", "één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "zéro",
    "zero", "un", "une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "oh",
    "one", "two", "three", "four", "five", "seven", "eight", "nine",
))
_MAX_PHONE_DIGITS = 11
_MIN_SINGLE_DIGIT_GROUPS = 3


def _mixed_phone(match: re.Match[str], placeholder: str) -> str:
    """The placeholder when the match holds as many digits as a phone number and is one
    written in an odd way: words and digits mixed, or digits typed in small groups."""
    elements = [element for element in re.split(r"[\s./-]+", match.group()) if element]
    digit_groups = [element for element in elements if element.isdigit()]
    words = len(elements) - len(digit_groups)
    digits = sum(len(group) for group in digit_groups) + sum(
        1 if element.casefold() in _ONE_DIGIT_WORDS else 2
        for element in elements if not element.isdigit())
    # Typed in small groups: spaces only ("0-2 3-1 2-2 1-0 4-1" is a list of scores).
    odd = (words and digit_groups) or (
        not words and re.fullmatch(r"[\d\s]+", match.group()) is not None
        and sum(len(group) == 1 for group in digit_groups) >= _MIN_SINGLE_DIGIT_GROUPS)
    if odd and _MIN_PHONE_DIGITS <= digits <= _MAX_PHONE_DIGITS \
            and not _is_service_number("".join(digit_groups) if not words else ""):
        return placeholder
    return match.group()


def _phone_with_letter_os(match: re.Match[str], placeholder: str) -> str:
    """The placeholder when the match is a phone number once its letter Os are read as 0s."""
    value = match.group()
    digits = "".join("0" if char == "O" else char for char in value
                     if char.isdigit() or char == "O")
    if "O" not in value or sum(c.isdigit() for c in value) < _MIN_REAL_DIGITS \
            or len(digits) < _MIN_PHONE_DIGITS or _is_service_number(digits):
        return value
    return placeholder


# "bestelnummer 0478 2231 90", "(code 4471 9921)", "order #0499 123 456": a number named as an
# order, a parcel or a code is no phone number, whatever its digits.
_NUMBER_NAMED = re.compile(
    r"(?i)(?:\b(?:bestel|order|tracking|track|verzend|zending|pakket|colis|suivi|commande|referentie"
    r"|r[ée]f[ée]rence)[\s-]?(?:nummer|nr|number|no|num[ée]ro|n°|code|id)?"
    r"|\b(?:n°|num[ée]ro)\s+de\s+(?:commande|suivi|colis)|\b(?:locker|pin|pak|kluis)?code)"
    r"\s*[:#.]?\s*$")
_NUMBER_NAMED_REACH = 40


def _named_number(match: re.Match[str]) -> bool:
    before = match.string[max(0, match.start() - _NUMBER_NAMED_REACH):match.start()]
    return _NUMBER_NAMED.search(before) is not None


# "een liedje dat Kerkstraat 12 heet", "my song called Mill Road 4": a title, not an address.
_TITLE_BEFORE = re.compile(
    r"(?i)\b(?:liedje|lied|song|nummer|titel|title|titre|chanson|album|film|boek|book|gedicht|poem"
    r"|po[èe]me)\b[^.!?\n]{0,30}$")
_TITLE_AFTER = re.compile(
    r"(?i)\s*[\"'”»]?\s*(?:heet|heette|hete|noemt|called|s['’]appelle|is\s+called)\b")
_TITLE_REACH = 40


def _a_title(match: re.Match[str]) -> bool:
    before = match.string[max(0, match.start() - _TITLE_REACH):match.start()]
    return _TITLE_BEFORE.search(before) is not None and _TITLE_AFTER.match(
        match.string, match.end()) is not None


def replace_contact_details(text: str, placeholder: str) -> str:
    """Phone numbers and street addresses in running text, replaced by `placeholder`.

    Whoever writes them, they identify someone; the sentence around them stays. Service
    numbers (1712, 112) and dates are too short to be taken for phone numbers.
    """

    def phone(match: re.Match[str]) -> str:
        digits = "".join(char for char in match.group() if char.isdigit())
        if len(digits) < _MIN_PHONE_DIGITS or _is_service_number(digits) or _named_number(match):
            return match.group()
        date = _DATE_FIRST.match(match.group())
        if date and sum(char.isdigit() for char in match.group()[date.end():]) < _MIN_TAIL_DIGITS:
            return match.group()  # "[02/12/2026 21:14]": a chat's date and hour
        return placeholder

    def lower_street(match: re.Match[str]) -> str:
        street = match["street"].casefold()
        if street in gazetteer.GENERIC_STREETS or street in _NOT_STREETS:
            return match.group()
        return placeholder

    text = _PHONE_LINK.sub(lambda match: match["lead"] + placeholder, text)
    text = _NUMBER_AFTER_ID.sub(lambda match: match["lead"] + placeholder, text)
    text = _MIXED_PHONE.sub(lambda match: _mixed_phone(match, placeholder), text)
    text = _SPOKEN_PHONE.sub(placeholder, _SPACED_PHONE.sub(placeholder, text))
    text = _PHONE_WITH_LETTER_OS.sub(lambda match: _phone_with_letter_os(match, placeholder), text)
    text = _BRACKETED_AREA_PHONE.sub(phone, text)
    text = _STREET_IN_TEXT.sub(lambda match: match.group() if _a_title(match) else placeholder,
                               _PHONE.sub(phone, replace_handles(text, placeholder)))
    text = _LOWER_FOREIGN_STREET.sub(placeholder, text)
    return _LOWER_STREET_IN_TEXT.sub(lower_street, text)


# --------------------------------------------------------------------------- banners

# "[EXTERN] Deze e-mail is afkomstig van buiten AZ Groeninge. Klik niet op links …", "CAUTION:
# This email originated from outside of …": the writer's mail server puts it above their words,
# and it names their employer. Two signals: it speaks of the mail coming from outside, and it
# warns of links, attachments or the sender.
_FROM_OUTSIDE = re.compile(
    r"(?i)(?:e-?mail|message)\s+(?:has\s+)?originated\s+(?:from\s+)?outside"
    r"|from\s+an?\s+external\s+sender"
    r"|(?:e-?mail|bericht)\s+(?:is|werd|komt)\s+(?:afkomstig\s+)?van\s+(?:buiten|een\s+externe)"
    r"|externe\s+afzender|(?:courriel|message|e-?mail)\s+provient\s+de\s+l['’]ext[ée]rieur"
    r"|exp[ée]diteur\s+externe|(?:e-?mail|nachricht)\s+(?:stammt|kommt)\s+von\s+au(?:ß|ss)erhalb"
    r"|externe[nr]?\s+absender"
)
_BANNER_WARNING = re.compile(
    r"(?i)\b(?:click|klik|cliquez|klicken|links?|liens?|attachments?|bijlagen?|pi[èe]ces?\s+jointes?"
    r"|anh[äa]nge?|sender|afzender|exp[ée]diteur|absender)\b"
)
_EXTERNAL_TAG = re.compile(r"(?i)[ \t]*\[(?:extern(?:al|e)?|ext|buiten|outside)\][ \t]*")
_MAX_BANNER_LINES = 5
_MAX_BANNER_CHARS = 600


def _first_paragraph(lines: list[_Line]) -> tuple[int, int] | None:
    """(first, end) of the first run of non-blank lines, where a mail server puts what it
    adds above the writer's words."""
    first = next((i for i, line in enumerate(lines) if not line.blank), None)
    if first is None:
        return None
    end = first
    while end < len(lines) and not lines[end].blank:
        end += 1
    return first, end


def drop_external_banner(text: str) -> str:
    """The text without the "external sender" banner a mail server put above the writer's
    words (both signals in its first paragraph, and every line of it part of the banner), or
    a bare "[EXTERNAL]" tag opening it. For volunteers' answers: their employer's server adds
    it; a young person who pastes one quotes it, and keeps it."""
    lines = _split_lines(text)
    found = _first_paragraph(lines)
    if found is None:
        return text
    first, end = found
    paragraph = " ".join(line.content.strip() for line in lines[first:end])
    every_line_warns = all(_FROM_OUTSIDE.search(line.content)
                           or _BANNER_WARNING.search(line.content) for line in lines[first:end])
    if end - first <= _MAX_BANNER_LINES and len(paragraph) <= _MAX_BANNER_CHARS \
            and every_line_warns and _FROM_OUTSIDE.search(paragraph) \
            and _BANNER_WARNING.search(paragraph):
        while end < len(lines) and lines[end].blank:
            end += 1
        return _join(lines[:first] + lines[end:])
    tag = _EXTERNAL_TAG.match(lines[first].content)
    if tag is None:
        return text
    rest = lines[first].content[tag.end():]
    if rest.strip():
        return _join([*lines[:first], lines[first]._replace(content=rest), *lines[first + 1:]])
    return _join(lines[:first] + lines[first + 1:])


def drop_prepended_disclaimer(text: str) -> str:
    """The text without a disclaimer the employer's server put above the writer's words
    ("VERTROUWELIJK - Deze e-mail werd verzonden door een medewerker van …"): a first
    paragraph with several disclaimer words (see _is_disclaimer), with the writer's text
    below it. For volunteers' answers, like drop_external_banner."""
    lines = _split_lines(text)
    paragraph = _first_paragraph(lines)
    if paragraph is None:
        return text
    first, end = paragraph
    rest = end
    while rest < len(lines) and lines[rest].blank:
        rest += 1
    if rest == len(lines) or _is_contact_paragraph(lines[first:end]) \
            or not _is_disclaimer(lines, first, end):
        return text
    return _join(lines[:first] + lines[rest:])


# "… afkomstig van buiten Brouwerij De Molen.", "… originated from outside of Northwind
# Logistics.": the organisation an external-sender banner names is the reader's employer.
_BANNER_ORGANISATION = re.compile(
    r"[ \t]+(?:(?i:of|de|d['’]|du|von|der|des|the)[ \t]+)?"
    r"(?P<organisation>(?-i:[A-Z0-9])[\w&'’-]+(?:[ \t]+(?:(?:de|van|der|den|du|des|of|&)[ \t]+)?"
    r"(?-i:[A-Z0-9])[\w&'’-]*){0,6})")


def replace_banner_organisation(text: str, placeholder: str) -> str:
    """In an external-sender banner line, wherever it stands (also quoted under an Outlook
    header the writer left in their answer), the organisation it names is replaced."""
    out: list[str] = []
    for line in text.splitlines(keepends=True):
        outside = _FROM_OUTSIDE.search(line[:_MAX_BANNER_CHARS])
        named = _BANNER_ORGANISATION.match(line, outside.end()) if outside else None
        if named is None or not _BANNER_WARNING.search(line):
            out.append(line)
            continue
        out.append(line[:named.start("organisation")] + placeholder
                   + line[named.end("organisation"):])
    return "".join(out)


# --------------------------------------------------------------------------- pseudonym


def drop_pseudonym_from_greetings(text: str, pseudonym: str) -> str:
    """ "Dag K7Q2MX," becomes "Dag,": a volunteer who greets the conversation's code would
    otherwise greet the help-seeker with a code they never saw (or, replaced like a name,
    with the helpline's name). Elsewhere the code stays as written."""
    if not pseudonym:
        return text
    greeting = re.compile(
        r"(?im)^([ \t>]*(?:dag|hoi|hallo|hey|hai|hi|hello|dear|beste|lieve|liefste|goeiedag|"
        r"goedemorgen|goedemiddag|goedenavond|bonjour|bonsoir|salut|coucou|cher|ch[èe]re)\b)"
        r"[ \t]+" + re.escape(pseudonym) + r"\b"
    )
    return greeting.sub(r"\1", text)


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


# --------------------------------------------------------------------------- one initial

# "B.", "— A.", "-j", "xx M" closing the writer's text: one letter, the initial of the name
# they are known by. Too short to look for everywhere ("plan B", "5B"), so it is replaced
# only where it signs.
_ONE_INITIAL_LINE = re.compile(r"(?P<lead>(?:[-–—~]+|x{1,3}|xo+)?\s*)(?P<initial>[^\W\d_])\.?\s*")


def replace_initial_sign_off(text: str, who: Identity, replacement: str) -> str:
    """The writer's own text with a one-letter sign-off that is their initial replaced."""
    initials = {_without_accents(word)[:1].casefold()
                for name in _clean_names(who.names) for word in name.split()[:1]
                if word[:1].isalpha()}
    if not initials:
        return text
    lines = _split_lines(text)
    stretch = _own_stretch(lines, _header_blocks(lines))
    if stretch is None:
        return text
    first, end = stretch
    last = next((index for index in range(end - 1, first - 1, -1)
                 if not lines[index].blank and not _is_client_line(lines[index].content.strip())
                 and not _SIGNATURE_DELIMITER.fullmatch(lines[index].body)),
                None)
    if last is None or last == first:
        return text  # a text of one letter is what they wrote, not a signature
    match = _ONE_INITIAL_LINE.fullmatch(lines[last].content)
    if match is None or _without_accents(match["initial"]).casefold() not in initials:
        return text
    lines[last] = lines[last]._replace(content=match["lead"] + replacement)
    return _join(lines)


# --------------------------------------------------------------------------- all of it


def scrub_text(
    text: str, who: Identity, address_replacement: str, name_replacement: str,
    placeholder: str | None = None,
) -> str:
    """The relay's one call for a body: attribution lines and header blocks first (they
    name people `who` does not list), then `who`'s addresses and names everywhere else,
    and, with a `placeholder`, phone numbers and street addresses."""
    rewritten = rewrite_attributions(text, who, address_replacement, name_replacement)
    rewritten = replace_initial_sign_off(rewritten, who, name_replacement)
    replaced = replace_identity(rewritten, who, address_replacement, name_replacement)
    if placeholder is not None:
        replaced = replace_contact_details(replaced, placeholder)
    return replaced


# "(vrijwilliger bij CAW Kempen)", "(youth worker at Brightside Trust)": where someone works,
# in brackets after their name; the role stays, the organisation goes.
_ROLE_AT_ORGANISATION = re.compile(
    r"[ \t]{0,3}\((?P<role>[^()\n]{0,60}?)\s(?:bij|at|chez|au|à|aux|voor|for|with|van|de|in|op)\s"
    r"(?P<organisation>(?-i:[A-ZÀ-Ý0-9])[^()\n]{1,80})\)", re.IGNORECASE
)


_TEAM_IN_BRACKETS = re.compile(r"[ \t]{0,3}\((?P<organisation>[^()\r\n\d]{2,60})\)[ \t]*\r?$",
                               re.MULTILINE)


def replace_employer_after_name(text: str, who: Identity, placeholder: str) -> str:
    """ "Groetjes van Veerle (vrijwilliger bij CAW Kempen)" becomes "Groetjes van Veerle
    (vrijwilliger bij […])": a closing the writer wrote stays, but not their employer. Only
    right after one of `who`'s names, and only when the bracket names a role. For volunteers'
    answers: a young person's school after their name is theirs to tell."""
    name_words = _signature_name_words(who)
    if name_words is None or "(" not in text:
        return text

    def replace(match: re.Match[str]) -> str:
        if _ROLE_WORD.search(match["role"]) is None:
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
        if team is not None and team.start() >= last and _title_case(team["organisation"]):
            # "Bieke (Jeugdwerk Gentbrugge)": a team or employer, named as organisations are.
            start, end = team.span("organisation")
            out.append(text[last:start])
            out.append(placeholder)
            last = end
    out.append(text[last:])
    return "".join(out)


# "… you deserve to feel safe. / Bob", "Je reste là, / So", "write back anytime / liz": one
# word alone on the last line of the writer's own text, perhaps after a dash or kisses
# ("xoxo Eef") or before kisses.
_LAST_LINE_SIGN_OFF = re.compile(
    r"(?:[-–—~]|(?i:x{1,4}|(?:xo){1,3}x?)[ \t])?[ \t]{0,3}"
    r"(?P<name>[^\W\d_][\w'’-]{0,30})[ \t]{0,3}(?P<stop>[.!]?)")
_MAX_SIGN_OFF_LINE_CHARS = 60
# Wishes that are first names too: a last line "Hope" or "Amour" is a word of the writer's.
# fmt: off
_WISHES = frozenset((
    "hope", "joy", "grace", "faith", "peace", "chance", "patience", "mercy", "charity", "harmony",
    "serenity", "destiny", "liberty", "justice", "bless", "espoir", "amour", "paix", "confiance",
    "fierté", "liberté", "lumière", "soleil", "ciel", "bonne", "hoop", "liefde", "vrede", "moed",
    "kracht", "geluk", "trots", "zen", "respect", "salam", "salaam", "shalom", "namaste", "salut",
    "amen", "welcome", "buddy", "ons",
))
# fmt: on


def replace_sign_off_name(text: str, who: Identity, name_replacement: str,
                          marker: str = "") -> str:
    """A name the writer signs with on the last line of their own text, replaced on that
    line only: a nickname of theirs ("Bob" for Robert, "liz" for Elizabeth) or a short form
    too short or too common to be learned as a name ("So" for Sophie). Replacing such a word
    everywhere would take "so" and "bob" out of the writer's sentences; on the line that
    signs the text it names only them. Each stretch of the writer's own text (above quoted
    history, or below it when they answer at the bottom) is looked at; history is not."""
    lines = _split_lines(text)
    blocks = _header_blocks(lines)
    known, _ = _known_name_words(who)
    replaced = False
    for first, end in _stretches(lines, blocks):
        if _is_history_stretch(lines, blocks, first, end):
            continue
        own = [index for index in range(first, end)
               if not lines[index].blank and lines[index].depth == 0
               and lines[index].content.strip() != marker
               and not _is_client_line(lines[index].content.strip())]
        if len(own) < 2:
            continue  # the writer's only line is their text, whatever it is
        last = lines[own[-1]]
        span = _sign_off_span(last.content, known)
        if span is not None:
            content = last.content[: span[0]] + name_replacement + last.content[span[1] :]
            lines[own[-1]] = last._replace(content=content)
            replaced = True
    return _join(lines) if replaced else text


def _sign_off_span(content: str, known: list[str]) -> tuple[int, int] | None:
    """Where the signing name stands in `content`, when the line is only that name."""
    line = content.strip()
    if not line or len(line) > _MAX_SIGN_OFF_LINE_CHARS:
        return None  # a signing line is short (and a long one is not searched for kisses)
    lead = len(content) - len(content.lstrip())
    bare = _KISSES_AT_END.sub("", line).rstrip() or line
    match = _LAST_LINE_SIGN_OFF.fullmatch(bare)
    if match is None or match["stop"] == "!" or _CLOSING.match(match["name"]):
        return None  # "So!", "Ted!": an exclamation, not a signature
    word = match["name"]
    folded = word.casefold()
    if folded in _NOT_SIGNED_NAMES or folded in gazetteer.CHAT_WORDS \
            or folded in gazetteer.NOT_PEOPLE:
        return None
    # The start of their own first name, written as a name: "So" signs for Sophie, even
    # though "so" is a word (alone on the last line it says nothing else).
    short_form = _is_short_form(word, known) or (
        _TWO_LETTER_SIGN_OFF.fullmatch(word) is not None
        and any(len(part) > len(folded) and part.startswith(folded) for part in known))
    names = gazetteer.load()
    # Another first name, written as a name ("Bob"), or one that is no ordinary word ("liz").
    first_name = folded in names.first_names and not match["stop"] \
        and folded not in _NOT_INTRODUCED and folded not in _FUNCTION_WORDS \
        and folded not in _WISHES \
        and (word[:1].isupper() and word[1:].islower() or folded not in names.ordinary)
    if not (short_form or first_name):
        return None
    start = lead + bare.rfind(word)  # the last word before any kisses
    return start, start + len(word)


_MAX_WORD_LIKE_NAME_CHARS = 2


def without_learned_words(who: Identity, known: Identity) -> Identity:
    """`who` without the two-letter names learned from the text (not in `known`) that are
    also ordinary words ("So" signed by Sophie, "To" by Tobias, "Bo"): replaced everywhere,
    they would take "so" and "to" out of the writer's sentences. replace_sign_off_name
    replaces them where they sign instead. Longer short forms ("Veer", "Kat") are rarer as
    words and stay learned."""
    own = {name.casefold() for name in known.names}
    names = gazetteer.load()
    kept = tuple(name for name in who.names
                 if name.casefold() in own or len(name.strip()) > _MAX_WORD_LIKE_NAME_CHARS
                 or not _is_ordinary_word(name.strip().casefold(), names.ordinary))
    return who if kept == who.names else Identity(addresses=who.addresses, names=kept)


def _is_ordinary_word(folded: str, ordinary: frozenset[str]) -> bool:
    return folded in ordinary or folded in _FUNCTION_WORDS or folded in _NOT_INTRODUCED


# --------------------------------------------------------------------------- family forwards

_DISPLAY_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def forwarded_family_names(text: str, who: Identity) -> list[str]:
    """The first names of the senders of mails forwarded by a member of their family: a
    sister passing on "Van: Omid Ahmadzai <…>" as Sara Ahmadzai, a brother "Van: Rania
    <rania.haddad…>" as Bilal Haddad. The forwarded mail is the young person's own, so the
    name its sender gives is theirs; a family name shared with the writer (in the name or
    the address) tells a sibling or child from a friend or a bully."""
    lines = _split_lines(text)
    known, local_words = _known_name_words(who)
    family = {word for word in [*known, *local_words] if len(word) >= _MIN_PART_LETTERS}
    names: list[str] = []
    for roles in _header_blocks(lines).values():
        for role in roles:
            if role.match is None or _header_key(role.match) not in _FROM_KEYS:
                continue
            value = role.match["value"]
            if _is_own_sender(value, who):
                continue
            address = _ANY_ADDRESS.search(value)
            display = (value[:address.start()] if address else value).strip(" \t<>\"'")
            words = _DISPLAY_WORD.findall(display)
            locals_ = [word.casefold() for word in re.split(
                r"[^\w]+|\d+|_", address.group().partition("@")[0] if address else "")
                if len(word) >= _MIN_PART_LETTERS]
            if not words or len(words[0]) < _MIN_PART_LETTERS:
                continue
            first = words[0].casefold()
            shared = ({word.casefold() for word in words[1:]} | set(locals_)) - {first}
            if first not in family and shared & family:
                names.append(words[0])
    return list(dict.fromkeys(names))


def replace_in_forwarded_part(text: str, names: Iterable[str], replacement: str) -> str:
    """`names` replaced as whole words, in any case, below the first quoted header block
    only: what the sibling wrote above it is theirs, and a kid they name is their word."""
    names = [name for name in names if name]
    if not names:
        return text
    lines = _split_lines(text)
    blocks = _header_blocks(lines)
    if not blocks:
        return text
    start = min(blocks)
    end = start + len(blocks[start])
    pattern = re.compile(r"(?i)(?<![\w'’])(?:" + "|".join(
        re.escape(name) for name in sorted(names, key=len, reverse=True)) + r")(?![\w'’])")
    rest = [line._replace(content=pattern.sub(replacement, line.content)) for line in lines[end:]]
    return _join([*lines[:end], *rest])


# ------------------------------------------------------------ volunteers' chat-word sign-offs

def replace_chat_word_sign_off(text: str, who: Identity, name_replacement: str) -> str:
    """The two letters a volunteer signs with when they are also a chat word, replaced on
    that line: "Ty" by Tyler, alone under a blank line as the last line of the answer. A young
    person's "ty" is thanks (see _is_two_letter_sign_off); a volunteer closing an answer with
    the start of the name they go by signs it. Elsewhere in the text "ty" stays a word."""
    lines = _split_lines(text)
    stretch = _own_stretch(lines, _header_blocks(lines))
    if stretch is None:
        return text
    own = [index for index in range(*stretch)
           if not _is_client_line(lines[index].content.strip())]
    while own and lines[own[-1]].blank:
        own.pop()
    if len(own) < 2 or not lines[own[-2]].blank:
        return text
    last = lines[own[-1]]
    match = _TWO_LETTER_SIGN_OFF.fullmatch(last.content.strip())
    if match is None or match["name"].casefold() not in gazetteer.CHAT_WORDS:
        return text
    known, _ = _known_name_words(who)
    folded = match["name"].casefold()
    if not any(len(part) > len(folded) and part.startswith(folded) for part in known):
        return text
    lead = len(last.content) - len(last.content.lstrip())
    start, end = lead + match.start("name"), lead + match.end("name")
    lines[own[-1]] = last._replace(
        content=last.content[:start] + name_replacement + last.content[end:])
    return _join(lines)
