"""Who must disappear, and replacing their addresses and names wherever they are written.

`Identity` and `replace_identity`: the patterns built from an identity's addresses and names
(look-alike letters folded, invisible characters dropped, handles, spelled and emoji forms).
Separate because every other rule hands its findings to this one replacement.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

from confusable_homoglyphs import confusables

from mailhandler.core.redact import gazetteer
from mailhandler.core.scrub.name_variants import (
    _MIN_PART_LETTERS,
    _without_accents,
    variant_spellings,
)


@dataclass(frozen=True)
class Identity:
    """Who must disappear from a text: their addresses and display names.

    Lists (e.g. straight from database rows) are turned into tuples so that an identity is
    hashable and cannot change while a body is being scrubbed.
    """

    addresses: tuple[str, ...]
    names: tuple[str, ...] = ()
    # Names of others learned from the text as names (capitalised: "Hope Smith" on a card,
    # "(Max Peeters)", see WordName) that are also ordinary words: where the text writes them
    # in lower case ("i have no hope left", "max 1 uur") they are the writer's words and are
    # kept. Folded.
    word_names: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "addresses", _as_tuple(self.addresses))
        object.__setattr__(self, "names", _as_tuple(self.names))
        object.__setattr__(self, "word_names", _as_tuple(self.word_names))


class WordName(str):
    """A first name a rule learns for someone the writer writes about or from (a parent, a
    child, whoever reads along, a name on a card), capitalised as a name. Where it is also an
    ordinary word ("Hope", "Max", "Grace", "Joy", "Roos"), the text writing it in lower case
    uses the word ("i have no hope left"): with_word_names marks it so. The writer's own names
    (signed, introduced, short forms) are not: in lower case they are still theirs ("c max")."""


def with_word_names(who: Identity, learned: Iterable[str], known: Iterable[str]) -> Identity:
    """`who` with the learned WordNames that are ordinary words and no word of `known`."""
    own = {word.casefold() for name in known for word in name.split()}
    ordinary = gazetteer.load().ordinary
    words = [folded for name in learned if isinstance(name, WordName) and name[:1].isupper()
             and (folded := name.casefold()) not in own and folded in ordinary]
    if not words:
        return who
    return dataclasses.replace(who, word_names=tuple(dict.fromkeys((*who.word_names, *words))))


def _as_tuple(values: Iterable[str] | str) -> tuple[str, ...]:
    if isinstance(values, str):  # Identity(addresses="a@b") would otherwise become letters
        return (values,)
    return tuple(values)


# --------------------------------------------------------------------------- replace_identity

# How "@" and "." are written when someone (or some web form) tries not to write an address:
# "sam (at) x", "sam apenstaartje x punt be", "sam arobase x point be", "sam @ x . be". The
# text is matched after invisible characters are dropped and look-alike letters folded (see
# _matching_view), so "sam.jans\u200bsens@x\uff0ebe" and a Cyrillic "Ѕam" are found too.
# "kacper.w2011 małpa onet kropka example", "dasha_vl собака proton точка example": "@" and "."
# as the writer's family language says them (Russian "собака", "the dog"; Ukrainian "равлик";
# Polish "małpa", "kropka"; Spanish and Portuguese "arroba", "punto", "ponto"; German
# "Klammeraffe", "Punkt"). The text is matched on its folded view (_matching_view), where
# Cyrillic letters that look Latin read as Latin ones, so a Cyrillic word is listed as written
# and as that view reads it ("собака", "coбaкa"). Shared with addresses, which finds anyone's.
_FOREIGN_AT = ("собака", "coбaкa", "собачка", "coбaчкa", "равлик", "paвлик", "małpa", "malpa",
               "arroba", "klammeraffe", "chiocciola")
_FOREIGN_DOT = ("точка", "тoчкa", "крапка", "кpaпкa", "kropka", "punto", "ponto", "punkt")
_AT_WORDS = "at|apenstaartje|aapje|arobase|arrobase|chez|" + "|".join(_FOREIGN_AT)
_DOT_WORDS = "dot|punt|point|pt|" + "|".join(_FOREIGN_DOT)
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
_APOSTROPHES = "'’‘`´ʼ"
_APOSTROPHES_CLASS = re.escape(_APOSTROPHES)
# Bounds on what one mail can make us match: a display name of 900 words would otherwise give
# a pattern (and a "Lastname, Firstname" variant list) that grows with the square of its words.
_MAX_NAME_WORDS = 5  # words of a name used for its full and reversed forms
_MAX_NAMES = 24
_MAX_VARIANTS = 8  # of the names, written otherwise (see name_variants)
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
    # "Wolves U16 coaches": who reads a club's or a youth movement's shared mailbox.
    "coach", "coaches", "trainer", "trainers", "trainster", "staff", "leiding", "animateurs",
    "animatrices", "moniteurs", "monitrices", "leaders",
))
# fmt: on
# Display names that are no one's name: replacing them would mangle the text ("anoniem").
_NOT_A_NAME = _NOT_NAME_PARTS | frozenset((
    "anoniem", "anonymous", "anonyme", "anonima", "onbekend", "unknown", "inconnu", "ik", "me",
    "moi", "iemand", "someone", "quelqu'un", "x", "xx", "xxx",
))
# Words that make a display name a service's or an office's, not a person's ("Preventie Team",
# "Service Jeunesse", "Stad Gent", "Jeugddienst Vilvoorde"): who reads a shared mailbox.
# fmt: off
_SERVICE_WORDS = frozenset((
    "dienst", "services", "jeugd", "jeunesse", "youth", "preventie", "prévention", "prevention",
    "safeguarding", "welzijn", "zorg", "zorgteam", "care", "centrum", "centre", "center",
    "stad", "ville", "gemeente", "commune", "city", "council", "office", "bureau", "desk",
    "helpdesk", "secretariaat", "secrétariat", "secretariat", "administratie", "administration",
    "onthaal", "accueil", "reception", "directie", "direction", "klantendienst", "noreply",
    "no-reply", "nieuwsbrief", "newsletter", "groep", "group", "groupe", "afdeling",
    "department", "unit", "unité", "équipe", "equipe", "cel", "ploeg", "vzw", "asbl", "lid",
    "huis", "house", "maison", "dokter", "docteur", "doctor", "huisarts", "praktijk",
    "cabinet", "clinic", "kliniek", "clinique", "hospital", "ziekenhuis", "hôpital",
))
# fmt: on
# A service's name written as one word ("Jeugddienst", "Welzijnsdienst", "Gezondheidscentrum")
# ends in a service word of at least this many letters ("-huis", "-stad" end many surnames).
_MIN_SERVICE_WORD_LETTERS = 6
# Characters that are there but not seen: zero-width space/joiners, word joiner, BOM, soft
# hyphen, direction marks. Dropped before matching, so they cannot hide an address or name.
# The Arabic tatweel too, which only stretches a word ("لـــمـــار" is "لمار"). (The bidirectional
# isolates around a WhatsApp mention, "@\u2068Walid 🦁\u2069", are not dropped: they part the
# name from the "@" as a space would, so the name is replaced and the mention's "@" stays.)
_INVISIBLE = frozenset("\u00ad\u180e\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\ufeff"
                       "\u0640")
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
    names, variants = _names_as_written(text, who)
    keep = tuple(keep for keep in (address_replacement, name_replacement) if keep)
    # Addresses first, so that a handle or a name never cuts one in half; then handles
    # ("lottejanssens_2012", "@robbe.dhondt_07") whole, before their name parts are; then
    # names. Two patterns rather than one over everything: the addresses' pattern is most of
    # the cost of compiling, and it stays cached while learned names change the other.
    folded = _letters_folded(_matching_view(text)[0]) if addresses else ""
    present = tuple(address for address in addresses if _may_be_written_in(address, folded))
    only_addresses = _identity_pattern(present, (), keep, replacement_domain.casefold())
    only_names = _identity_pattern((), (*names, *variants), keep, replacement_domain.casefold())

    written = {_without_accents(word).casefold() for name in (*names, *variants)
               for word in [*name.split(), *_name_parts(name.split())]}

    word_names = frozenset(who.word_names)

    def replace(match: re.Match[str]) -> str:
        if _read_as_a_word(match, written, word_names):
            return match.group()
        return _replacement(match, address_replacement, name_replacement, replacement_domain)

    text = _replace_emoji_spelled(text, names, name_replacement)
    if only_addresses is not None:
        text = _sub_on_view(only_addresses, text, replace)
    if handle_words := _handle_words(addresses, names, replacement_domain.casefold()):
        handle_words |= _doubled_short_forms(handle_words)
        joined = _names_joined(names)
        locals_ = tuple(address.rpartition("@")[0].casefold() for address in addresses
                        if "@" in address)
        text = _replace_handles(text, handle_words | joined, name_replacement, locals_, joined)
    if only_names is not None:
        text = _sub_on_view(only_names, text, replace)
    return text


def _names_as_written(text: str, who: Identity) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """`who`'s names with the accented spellings `text` gives them, and their variants in
    `text`: written backwards, in digits, in Morse, inflected, with a mark or as it sounds
    (see name_variants). The variants are matched as names, but no handle is looked for with
    them."""
    names = _clean_names(who.names)
    names = (*names, *_accented_spellings(text, names))
    variants = tuple(variant_spellings(
        text, [part for name in names for part in _name_parts(name.split())]))[:_MAX_VARIANTS]
    # Looked for as they read on the folded view too, as names are ("Сашуню": see _clean_names).
    variants = (*variants, *(folded for variant in variants if not variant.isascii()
                             and (folded := _matching_view(variant)[0]) != variant))
    return names, variants


def names_written_otherwise(text: str, who: Identity) -> tuple[str, ...]:
    """The spellings of `who`'s names that `text` holds beyond the names themselves (see
    _names_as_written). Found in a whole text, they can be replaced in its pieces (an HTML
    part's text nodes) where the cue that makes a spelling a name ("i sign in morse", "mijn
    naam achterstevoren") stands in another piece than the name."""
    names, variants = _names_as_written(text, who)
    return (*names[len(_clean_names(who.names)):], *variants)


# "op je PC", "the TV", "mijn PC thuis": capitals after an article or a possessive are the
# acronym of the language, not the writer's initials.
_DETERMINER_BEFORE = re.compile(
    r"(?i)(?<![\w'’])(?:de|het|een|je|jouw|uw|mijn|m['’]n|zijn|haar|onze|ons|the|a|an|my|your"
    r"|his|her|our|their|le|la|les|un|une|mon|ma|ton|ta|son|sa|notre|votre)[ \t]{1,3}$")
_DETERMINER_REACH = 12


def _read_as_a_word(match: re.Match[str], written: set[str],
                    word_names: frozenset[str]) -> bool:
    """A name match a reader takes for an ordinary word, left as it stands:
    - a name with a letter stretched ("Nooor") that is an ordinary word as it stands: "staan"
      is Stan stretched only to the pattern; to a reader it is the verb (the name as written
      is always replaced);
    - a word name (Identity.word_names) used as the word: in lower case ("no hope left"), or,
      in capitals, after an article or a possessive ("op je PC")."""
    if (match.lastgroup or "k")[0] != "n":
        return False
    found = match.group()
    folded = _without_accents(found).casefold()
    if found.isalpha() and folded not in written and folded in gazetteer.load().ordinary:
        return True
    if folded not in word_names:
        return False
    if found.islower():
        return True
    before = match.string[max(0, match.start() - _DETERMINER_REACH):match.start()]
    return found.isupper() and _DETERMINER_BEFORE.search(before) is not None


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
# A handle, or a fediverse account written whole ("@sam_vdb@social.example": Mastodon's
# "@user@server", which would otherwise read as the local part of an address and be left).
_HANDLE = re.compile(
    r"(?<![\w.@%+-])(?:@[^\W_][\w.-]{0,63}@[^\W_][\w-]{0,63}(?:\.[\w-]{1,63}){1,4}(?![\w@])"
    r"|@?[^\W_][\w-]{0,63}(?:\.[\w-]{1,63}){0,4}(?![\w@]|%40|\uff20))")
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


# "mklokuta" of the stage name "MK Lokuta", "jbdesmet" of "JB De Smet": a name of several words
# written as one run, as a profile link or a handle takes it. _split_into reads a run of name
# words of three letters or more; a name with a shorter word (initials, a particle) is found
# only whole. At least this many letters, so that no short run of a word is taken for one.
_MIN_JOINED_NAME_LETTERS = 6


def _names_joined(names: tuple[str, ...]) -> frozenset[str]:
    """Each name of two words or more (up to _MAX_NAME_WORDS), its words written together."""
    joined = set()
    for name in names:
        words = name.split()
        run = "".join(words).casefold()
        if 2 <= len(words) <= _MAX_NAME_WORDS and run.isalpha() \
                and len(run) >= _MIN_JOINED_NAME_LETTERS:
            joined.add(run)
    return frozenset(joined)


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


# "…,14,FROM HULL.I THINK IM …", "ik woon in Hull.Ik ben 14": sentences run together without a
# space after the full stop (caps lock, a phone's keyboard, dyslexia). "HULL.I" has the inner dot
# of a handle ("dani.hull"), but what follows the dot is the first word of a new sentence: a
# pronoun or a little word sentences open with, written as a sentence opens (in capitals, or the
# whole token in capitals as typed with caps lock); a handle's pieces are lower case and are names,
# initials or words ("jesse.walker", "robindesmet.example"). The named word is then looked at on
# its own (a name is still replaced by the names' own pattern); a dotted piece of the writer's own
# address stays a handle whatever its case.
_SENTENCE_OPENERS = frozenset((
    "i", "im", "ive", "he", "she", "we", "they", "it", "its", "my", "but", "and", "so", "then",
    "the", "you", "is", "what", "how", "when", "this", "that", "there",
    "ik", "kben", "hij", "zij", "ze", "wij", "het", "de", "mijn", "maar", "en", "dus", "toen",
    "nu", "dat", "die", "wat", "hoe", "ge", "gij", "jij", "je", "mn",
    "il", "elle", "on", "nous", "ils", "elles", "mais", "et", "donc", "alors", "mon", "ma",
    "le", "la", "les", "tu", "moi", "jsuis", "jai",
))


def _glued_sentences(value: str, locals_: tuple[str, ...]) -> bool:
    """Whether the dotted token `value` is a word and the next sentence, not a handle."""
    head, dot, opener = value.partition(".")
    if not dot or not head.isalpha() or not opener.isalpha() \
            or opener.casefold() not in _SENTENCE_OPENERS \
            or not (value.isupper() or (opener[0].isupper() and not opener[1:].isupper())):
        return False
    folded = value.casefold()
    return not any(f".{folded}." in f".{local}." for local in locals_)


def _replace_handles(text: str, words: frozenset[str], name_replacement: str,
                     locals_: tuple[str, ...] = (), joined: frozenset[str] = frozenset()) -> str:
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
        if value == name_replacement or _glued_sentences(value, locals_):
            continue
        web = value.casefold().startswith("www.") or view[max(0, left - 2):left] == "//"
        if _HANDLE_MARK.search(value):
            if not any(_run_is_named(run, words) or (web and _host_is_named(run, words))
                       for run in runs) and not _camel_part_is_named(value, words):
                continue
        # "lottejanssens": no mark, but two of their name words written together (also when
        # their address is that run: "#arnesmets" of arnesmets@… and Arne Smets). A word of
        # the language is that word, as in _local_part_is_named: "call" is "Cal" stretched
        # only to the splitter ("you can call 112" from a Cal), "staan" only Stan stretched.
        elif not any((_split_into(run, words - {run}) or run in joined)
                     and run not in gazetteer.load().ordinary for run in runs):
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


_LOCAL_PART_WORD = re.compile(r"[^\W\d_]+")


def local_part_words(address: str) -> list[str]:
    """The words of letters an address's local part is built of ("thibo.mertens07" gives thibo
    and mertens): people join their names with dots, dashes, underscores and years."""
    return _LOCAL_PART_WORD.findall(address.partition("@")[0])


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


# "N'Diaye", "O'Sullivan": a one-letter prefix elided before the surname. Others write the
# surname without it ("mon prof dit Diaye"), and it is the writer's name all the same.
_ELIDED_PREFIX = re.compile(
    rf"^[^\W\d_][{_APOSTROPHES_CLASS}](?=[^\W\d_]{{{_MIN_PART_LETTERS + 1},}})")


def _name_parts(words: list[str]) -> list[str]:
    """The words of a multi-word name that identify someone on their own ("Peeters")."""
    parts = []
    for word in words:
        for piece in [word, *word.split("-"), *_ELIDED_PREFIX.split(word, maxsplit=1)[1:]]:
            piece = piece.strip(_NAME_PART_PUNCTUATION)
            letters = sum(char.isalpha() for char in piece)
            if letters >= _MIN_PART_LETTERS and piece.casefold() not in _NOT_NAME_PARTS \
                    and not _is_service_compound(piece):
                parts.append(piece)
        if len(parts) >= _MAX_NAME_PARTS:
            break
    return list(dict.fromkeys(parts))


def _is_service_compound(word: str) -> bool:
    """ "Jeugddienst" of "Jeugddienst Vilvoorde", "Gezondheidscentrum" of "Gezondheidscentrum
    Noord": a word of a display name that is a service written as one word, as Dutch writes
    its compounds (three letters or more, then a service word of _SERVICE_WORDS that is a word
    of Dutch or English). It names an office, not the person: written alone it is the common
    noun ("vraag eens in de jeugddienst"), so it is not replaced alone; the full display name
    still is. French service words are left out ("Delamaison" is a surname glued to its
    particle, not a compound), and so is a word that is a first name or a surname in the
    lists ("Delcommune")."""
    folded = word.casefold()
    words = gazetteer.load()
    if not any(len(service) >= _MIN_SERVICE_WORD_LETTERS and folded.endswith(service)
               and len(folded) - len(service) >= _MIN_PART_LETTERS
               and service in words.ordinary for service in _SERVICE_WORDS):
        return False
    return folded not in words.first_names and folded not in words.surnames


def _word_regex(word: str) -> str:
    """A name as written, or with its letters stretched ("Nooor", "Janaaa"). A run of one
    letter is one repeat ("oo" of Noor: two or more), never two side by side, which would
    let a megabyte of "o" be split every way before the match fails."""
    if len(word) < _MIN_PART_LETTERS:
        return "".join(_name_char(char) for char in word)
    out: list[str] = []
    runs = [(char, len(list(run))) for char, run in itertools.groupby(word, key=str.casefold)]
    elided_before_capital = word.isalpha() and len(word) > _MIN_PART_LETTERS + 1 \
        and runs[0][1] == 1
    for place, (char, count) in enumerate(runs):
        if char == "." and count == 1 and place < len(runs) - 1:
            out.append(r"\.[ \t]?")  # "K.V.D." signed, "K. V. D." in the text
        elif char in _APOSTROPHES and count == 1 and 0 < place < len(runs) - 1:
            # "N'Diaye" as the school system and the register write it: "Ndiaye", "N Diaye".
            out.append(rf"(?:{_name_char(char)}|[ \t])?")
        elif not char.isalpha():
            out.append(_name_char(char) * count)
        else:
            out.append(f"(?:{_name_char(char)})" + ("+" if count == 1 else f"{{{count},}}"))
        if place == 0 and elided_before_capital:
            # "Dhondt" (the address's spelling) is "D'Hondt" or "D'HONDT" on a pasted list:
            # the surname's one-letter prefix elided, as the register may write it or not.
            # Only before a capital: "d'avis", "l'ange" in French text are no "Davis", "Lange".
            out.append(rf"(?:[{_APOSTROPHES_CLASS}](?=(?-i:[A-ZÀ-Ý])))?")
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


# A word with a letter outside ASCII, its combining marks included ("Ştefan", "Zoe" + U+0308).
_ACCENTED_WORD = re.compile(r"(?:[^\W\d_]|[\u0300-\u036f]){1,40}")


def _accented_spellings(text: str, names: tuple[str, ...]) -> list[str]:
    """The words of `text` that are a name part with other marks or none: a name signed
    "Ştefan" in From is "Stefan" or "Ștefan" in the text, "Zoë" is "Zoe" however the keyboard
    put the mark on. Only words with a letter outside ASCII are looked at, and only they are
    added, so the names' pattern grows by a word or two, not by a class for every letter.
    A name known plain ("Cote", "Noel", "Rose", "Israel") takes a marked word only if its mark is
    none of French's or Dutch's own ("Tănase", "Ioanuța", a mark typed apart): "à côté", "À
    Noël", "rosé", "in Israël" are the writer's words. (With a capital inside a sentence,
    "c'est Grâce", it is the name: see name_variants.)"""
    if text.isascii():
        return []
    marked: set[str] = set()
    plain: set[str] = set()
    for name in names:
        for word in [*name.split(), *_name_parts(name.split())]:
            if len(word) >= _MIN_PART_LETTERS:
                (plain if word.isascii() else marked).add(_without_accents(word).casefold())
    found: dict[str, None] = {}
    for match in _ACCENTED_WORD.finditer(text):
        word = match.group()
        if word.isascii():
            continue
        folded = _without_accents(word).casefold()
        if folded in marked or (folded in plain and _foreign_mark(word)):
            found[word] = None
    return list(found)


def _foreign_mark(word: str) -> bool:
    """A mark French and Dutch words do not carry: a letter past Latin-1 but œ ("ă", "ț", "ş"),
    or a mark typed apart after its letter."""
    return any(unicodedata.combining(char) or (ord(char) > 0xFF and char not in "œŒ")
               for char in word)




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
