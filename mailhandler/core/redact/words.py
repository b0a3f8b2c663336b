"""Identifiers found word by word: names, nicknames and handles, places, schools, clubs.

Dutch writes nouns in lower case, so a capital in the middle of a sentence almost
always marks a proper noun: a person, unless it is a place or something nobody is
(an app, a country, a school subject). Where the capital says nothing (the first
word of a sentence, a teenager who writes everything in lower case or in capitals),
the word lists decide, and the words around it: "mijn vriendin X", "ze noemen mij X",
"mijn insta is X", "in X".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from mailhandler.core.redact import gazetteer as g
from mailhandler.core.redact.patterns import Found, sentence_initial

_TOKEN = re.compile(r"[@]?\w(?:[\w'’.#_-]*\w)?")
_HANDLE = re.compile(r"@[\w.]{2,}|\w{2,}#\d{2,6}|(?=[\w.]*[a-z]{3})[a-z0-9]+(?:[._][a-z0-9]+)+",
                     re.IGNORECASE)
_ALNUM_HANDLE = re.compile(r"(?=(?:.*\d){2})(?=(?:.*[^\W\d_]){3})\w+")
_NOT_HANDLES = frozenset({"covid19", "covid-19", "mp3", "mp4", "ps4", "ps5", "k3"})
_ORDINAL_OR_UNIT = re.compile(r"\d+(?:de|ste|e|j|jr|u|h|min|km|cm|kg|m|x|gb)", re.IGNORECASE)
_FUNCTION_WORDS = g.word_set("""
    de het een die dat dit deze is was zijn ben en of maar ook nog al wel niet nie ni
    zei zegt zeggen heeft had hebben gaat ging komt kwam wil wilde kan kon moet moest
    van voor met op in aan uit naar bij om te tot zo er ik jij je hij zij ze we wij mij
    me hem haar ons hun hen mijn m'n zijn z'n jouw uw
    """)
_PLACE_PREPOSITIONS = g.word_set("""
    in uit naar te richting bij rond nabij vanuit
    """)
# Part of a name only with a name after them: "Van den Broeck", "De Dolfijn".
_PARTICLES = g.word_set("van de den der ter ten te 't t vande vanden vander le la du el al uit")
_POSSESSIVES = g.word_set("mijn m'n zijn z'n haar onze ons ne een die")
_NAME_VERBS = g.word_set("""
    heet heette heten noemt genaamd
    """)
_NICKNAME_CUES = (
    re.compile(r"(?:noem|noemt|noemen|noemde|noemden)\s+(?:mij|me|hem|haar|ons)"
               r"(?:\s+(?:altijd|gewoon|vaak|soms|nu|nog|ook|eigenlijk|wel|allemaal))*\s*[:\"'“]?\s*$",
               re.IGNORECASE),
    re.compile(r"(?:(?:bijnaam|roepnaam|schuilnaam)(?:\s+(?:is|was|wordt)|\s*[:=])"
               r"|alias|bijgenaamd)\s*[:\"'“]?\s*$", re.IGNORECASE),
)
# The nickname before or inside the cue: "Bolleke noemen ze mij", "die zich X noemt",
# "iedereen zegt Momo", "ze zeggen giraf tegen mij".
_NOT_NICKNAMES = g.word_set("""
    altijd nooit soms vaak steeds iets niks niets dingen dat da dit alles van dan nu toen
    lelijke rare vieze gemene zo zulke
    """)
_NICKNAMES = re.compile(
    r"(?P<a>[\w#.'-]+)\s+noem(?:en|t|de|den)\s+(?:ze|zij|ze mij|hij|iedereen)"
    r"\s+(?:mij|me|hem|haar)\b"
    r"|\bzich\s+(?P<b>[\w#.'-]+)\s+noem(?:t|en|de|den)\b"
    r"|\biedereen\s+(?:zegt|zei|noemt)\s+(?:mij\s+|me\s+)?[\"'“]?(?P<c>[\w#.'-]+)"
    r"|\b(?:zeg|zegt|zeggen|zei|zeiden|roept|roepen)\s+(?:ze\s+|ge\s+|hij\s+)?[\"'“]?"
    r"(?P<d>[\w#.'-]+)[\"'”]?\s+tegen\s+(?:mij|me|hem|haar|ons)\b",
    re.IGNORECASE)
_ACCOUNT_CUE = re.compile(
    r"\b(?:" + "|".join(sorted(map(re.escape, g.ACCOUNT_WORDS), key=len, reverse=True)) + r")"
    r"(?:\s+(?:naam|account|username|handle|id))?"
    r"(?:\s+(?:is|=|:|ben ik|heet|heet ik|staat op|als|van (?:mij|me|hem|haar)(?: is)?)|\s*[:=])"
    r"\s*[\"'“]?\s*$", re.IGNORECASE)
_QUALIFIERS = g.word_set("""
    koninklijk koninklijke technisch technische vrij vrije stedelijk stedelijke
    gemeentelijk gemeentelijke provinciaal provinciale katholiek katholieke europese go!
    go heilig-hart onze-lieve-vrouw olv don bosco maria
    """)
_MULTIWORD_SCHOOLS = ("ku leuven", "thomas more", "karel de grote", "don bosco", "ap hogeschool",
                      "go! atheneum")
_SCHOOL_SUFFIX = re.compile(r"[\w'-]*(?:college|instituut|atheneum|lyceum|school|academie|"
                            r"campus|internaat|humaniora)", re.IGNORECASE)


@dataclass(frozen=True)
class Word:
    text: str
    start: int
    end: int
    initial: bool  # first of a sentence, or in a shouted line: the capital says nothing

    @property
    def low(self) -> str:
        return self.text.lower().replace("’", "'")

    @property
    def capital(self) -> bool:
        return self.text[:1].isupper() and not self.initial


def tokenize(text: str) -> list[Word]:
    letters = [c for c in text if c.isalpha()]
    shouting = len(letters) > 8 and sum(c.isupper() for c in letters) > 0.6 * len(letters)
    return [Word(m.group(), m.start(), m.end(), shouting or sentence_initial(text, m.start()))
            for m in _TOKEN.finditer(text)]


def _is_handle(word: Word) -> bool:
    low = word.low
    if low in _NOT_HANDLES or _ORDINAL_OR_UNIT.fullmatch(low) or low.replace(".", "").isdigit():
        return False
    return bool(_HANDLE.fullmatch(word.text) or _ALNUM_HANDLE.fullmatch(word.text))


def _name_like(word: Word) -> bool:
    """Could this word be a person's first name, on the word lists alone?"""
    words = g.load()
    return word.low in words.first_names and word.low not in g.NOT_PEOPLE


def _ends_a_phrase(text: str, words: list[Word], i: int) -> bool:
    """ "in gent en ...", "uit gent." — not "in alle servers": a place, not a determiner."""
    if i + 1 >= len(words):
        return True
    nxt = words[i + 1]
    return text[words[i].end:nxt.start].strip() != "" or nxt.low in _FUNCTION_WORDS


def _after_a_name_cue(word: Word, before: str, before2: str) -> bool:
    """ "meneer X", "ik heet X", "mijn naam is X"; "mijn vriendin X" if X looks like a name."""
    if before in g.RELATIONS and before2 in _POSSESSIVES:
        return word.text[0].isupper() or _name_like(word)
    if before in g.TITLES:  # "meneer peeters", not "de coach mailt"
        return word.text[0].isupper() or _name_like(word) or word.low in g.load().surnames
    return ((before in _NAME_VERBS or (before == "is" and before2 == "naam"))
            and (word.text[0].isupper() or _name_like(word) or word.low not in g.load().ordinary))


def nicknames(text: str) -> Found:
    for m in _NICKNAMES.finditer(text):
        name = next(n for n in "abcd" if m.group(n))
        nick = m.group(name)
        if nick.lower() in _FUNCTION_WORDS or nick.lower() in _NOT_NICKNAMES:
            continue
        # Before its cue, a nickname is one only where it could not be an ordinary word:
        # "Bolleke noemen ze mij", not "thuis noemen ze mij".
        if name == "a" and nick.lower() in g.load().ordinary:
            continue
        yield m.start(name), m.end(name), "BIJNAAM"


def handles(text: str, words: list[Word]) -> Found:
    for _i, word in enumerate(words):
        before = text[:word.start]
        cued = any(cue.search(before) for cue in _NICKNAME_CUES)
        account = _ACCOUNT_CUE.search(before[-60:]) is not None
        if _is_handle(word) or ((cued or account) and word.low not in _FUNCTION_WORDS
                                and (cued or word.low not in g.load().ordinary)):
            yield word.start, word.end, "BIJNAAM"


def people_and_places(text: str, words: list[Word]) -> Found:
    gz = g.load()
    previous_was_name = False
    for i, word in enumerate(words):
        low = word.low
        before = words[i - 1].low if i else ""
        before2 = words[i - 2].low if i > 1 else ""
        tag = None
        if (low in g.NOT_PEOPLE or low in _PARTICLES or not word.text[0].isalpha()
                or _is_handle(word)):
            tag = None
        elif word.capital and not word.text.isupper():
            if low in gz.places:
                tag = "PLAATS"
            elif low in gz.ordinary and low not in gz.first_names and low not in gz.surnames:
                tag = None  # a capital for emphasis: "dat is Echt zo"
            else:
                tag = "NAAM"
        elif low in gz.first_names and low not in gz.ordinary:
            tag = "NAAM"
        elif low in gz.places and low not in g.COMMON_PLACE_WORDS and (
                low not in gz.ordinary or (before in _PLACE_PREPOSITIONS
                                           and _ends_a_phrase(text, words, i))):
            tag = "PLAATS"
        elif previous_was_name and low in gz.surnames and low not in gz.ordinary:  # noqa: SIM114
            tag = "NAAM"
        elif low not in _FUNCTION_WORDS and _after_a_name_cue(word, before, before2):
            tag = "NAAM"
        if tag:
            yield word.start, word.end, tag
        previous_was_name = tag == "NAAM"


def _name_tail(text: str, words: list[Word], i: int) -> int:
    """Where the name that follows words[i] ends: capitalised words, places, ordinals.

    "Chiro Sint-Jan", "zwemclub De Dolfijn", "de chiro van Heule", "jeugdhuis 't Kapelleke".
    """
    gz = g.load()
    end = previous = words[i].end
    j = i + 1
    while j < len(words) and j <= i + 5:
        word = words[j]
        if text[previous:word.start].strip() not in {"", "-", "'", "’"}:
            break
        previous = word.end
        low = word.low
        following = words[j + 1] if j + 1 < len(words) else None
        if low in _PARTICLES and following is not None and (
                following.text[0].isupper() or following.low in gz.places):
            j += 1
            continue
        capitalised = word.text[0].isupper() and low not in g.NOT_PEOPLE
        if capitalised or low in gz.places or re.fullmatch(r"\d{1,2}(?:de|ste|e)", low):
            end = word.end
            j += 1
            continue
        break
    return end


def schools(text: str, words: list[Word]) -> Found:
    gz = g.load()
    lowered = text.lower()
    for phrase in _MULTIWORD_SCHOOLS:
        for m in re.finditer(rf"\b{re.escape(phrase)}\b", lowered):
            yield m.start(), m.end(), "SCHOOL"
    for i, word in enumerate(words):
        low = word.low
        acronym = low in g.SCHOOL_NAMES and (word.text[0].isupper() or len(low) > 4)
        school_word = _SCHOOL_SUFFIX.fullmatch(word.text) is not None
        if not (acronym or school_word) or low in g.NOT_PEOPLE:
            continue
        start = word.start
        k = i
        while k > 0 and (words[k - 1].low in _QUALIFIERS or words[k - 1].low.startswith("sint-")):
            k -= 1
            start = words[k].start
        end = _name_tail(text, words, i)
        specific = low not in g.SCHOOL_WORDS and (low not in gz.ordinary or word.capital)
        if acronym or specific or start < word.start or end > word.end:
            yield start, end, "SCHOOL"


_SCOUTS_AND_GUIDES = re.compile(r"\bscouts?\s+en\s+gidsen\b", re.IGNORECASE)


def clubs(text: str, words: list[Word]) -> Found:
    for m in _SCOUTS_AND_GUIDES.finditer(text):
        after = [i for i, w in enumerate(words) if w.start >= m.end()]
        if after and text[m.end():words[after[0]].start].strip() == "":
            end = _name_tail(text, words, after[0] - 1)
            if end > m.end():
                yield m.start(), end, "VERENIGING"
    for i, word in enumerate(words):
        low = word.low
        prefix = (low in g.CLUB_PREFIXES and word.text.isupper()) or (
            low in g.CLUB_NAMES and word.text[0].isupper())
        if not (low in g.MOVEMENTS or low in g.CLUB_WORDS or prefix):
            continue
        end = _name_tail(text, words, i)
        if end > word.end:
            yield word.start, end, "VERENIGING"


def postcoded_places(text: str) -> Found:
    gz = g.load()
    for m in re.finditer(r"\b([1-9]\d{3})\s+([\w'-]+(?:\s+[\w'-]+)?)", text):
        first = m.group(2).split()[0]
        if m.group(1) in gz.postcodes:
            name = m.group(2) if m.group(2).lower() in gz.places else first
            if name.lower() in gz.places or name[0].isupper():
                yield m.start(), m.start(2) + len(name), "PLAATS"


def multiword_places(text: str, words: list[Word]) -> Found:
    gz = g.load()
    for a, b in zip(words, words[1:], strict=False):
        if text[a.end:b.start] == " " and f"{a.low} {b.low}" in gz.places:
            yield a.start, b.end, "PLAATS"


def all_words(text: str) -> Iterator[tuple[int, int, str]]:
    words = tokenize(text)
    yield from handles(text, words)
    yield from nicknames(text)
    yield from people_and_places(text, words)
    yield from schools(text, words)
    yield from clubs(text, words)
    yield from postcoded_places(text)
    yield from multiword_places(text, words)
