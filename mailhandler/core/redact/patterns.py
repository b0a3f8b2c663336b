"""Identifiers with a shape: e-mail addresses, URLs, phone numbers, dates, ages, street addresses.

Each function takes the text and yields (start, end, tag). The shapes are those
young people in Flanders actually type: "0495/87.65.43", "op 3/9", "eind oktober",
"ik word achttien", "(15)", "12j", "Kerkstraat 12 bus 3, 9000 Gent".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from mailhandler.core.redact.gazetteer import GENERIC_STREETS, load

Found = Iterator[tuple[int, int, str]]

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
_URL = re.compile(
    r"(?:https?://|www\.)[^\s<>\"']+"
    r"|\b[\w-]+(?:\.[\w-]+)*\.(?:be|com|nl|net|org|eu|io|tv|gg|me|app|example|test)"
    r"(?:/[^\s<>\"']*)?", re.IGNORECASE)
# Belgian numbers: 0 or +32/0032, then 8 or 9 more digits in any grouping.
_PHONE = re.compile(
    r"(?<![\w+])(?:(?:\+|00)\s?32[\s./-]{0,2}(?:\(0\)[\s./-]{0,2})?|0)"
    r"[1-9](?:[\s./-]{0,2}\d){7,8}(?![\d/])")

MONTHS = (
    "januari februari maart april mei juni juli augustus september oktober november "
    "december"
).split()
_MONTH_ABBR = (
    "jan feb febr mrt apr jun jul aug sep sept okt nov dec"
).split()
_WEEKDAYS = (
    "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag"
).split()
_MONTH = "(?:" + "|".join(MONTHS) + ")"
_WEEKDAY = "(?:" + "|".join(_WEEKDAYS) + ")"
_ANY_MONTH = "(?:" + "|".join(MONTHS + _MONTH_ABBR) + r")\.?"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:ste|de|e|ste)?"
_YEAR = r"(?:19[5-9]\d|20[0-4]\d)"
_DATES = re.compile(
    rf"(?:{_WEEKDAY}\s+)?(?:de\s+)?\b{_DAY}\s+{_ANY_MONTH}(?:\s+'\d\d|\s+{_YEAR})?\b"
    rf"|\b(?:begin|eind|einde|half|halfweg|midden|medio|eind van|begin van)?\s*\b{_MONTH}\b"
    rf"(?:\s+{_YEAR})?"
    rf"|(?:{_WEEKDAY}\s+)?\b(?:[12]\d|3[01]|0?[1-9])[/.-](?:1[0-2]|0?[1-9])"
    rf"(?:[/.-](?:{_YEAR}|\d\d))?\b(?![/.-]?\d)"
    rf"|\b{_YEAR}\b(?!\s*(?:euro|eur|€|volgers|likes|berichten|keer|km|m\b))"
    rf"|(?:\b{_WEEKDAY}\s+)?\b(?:de|op de|vanaf de|tot de|rond de)\s+(?:[12]\d|3[01]|[1-9])"
    r"(?:ste|de|e)\b"
    r"(?!\s+(?:keer|plaats|middelbaar|jaar|graad|klas|leerjaar|verdieping|les|uur|week|dag))",
    re.IGNORECASE)

_NUMBER_WORDS = (
    "vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien "
    "zeventien achttien negentien twintig dertig veertig vijftig zestig"
).split()
_TENS = (
    "twintig dertig veertig vijftig zestig"
).split()
_UNITS = (
    "een één twee drie vier vijf zes zeven acht negen"
).split()
_COMPOUND = [f"{u}{'ën' if u.endswith('e') else 'en'}{t}" for u in _UNITS for t in _TENS]
_AGE_NUMBER = (r"(?:\d{1,2}|" + "|".join(sorted(_NUMBER_WORDS + _COMPOUND, key=len, reverse=True))
               + ")")
_AGE_UNIT = r"(?:\s*-?\s*(?:jaar(?:\s+oud)?|jarige|jarig|jr|j|y/?o)\b)"
_NOT_AGE_AFTER = (r"(?!\s*(?:euro|eur|€|keer|uur|u\b|minuten|min|seconden|kilo|kg|cm|m\b|km|%|"
                  rf"procent|op\s+\d+\b(?!\s*{_ANY_MONTH})|dagen|weken|maanden|volgers|"
                  r"berichten|likes|punten|de\b|ste\b|e\b|"
                  r"jaar geleden|jaar lang|jaar samen|jaar getrouwd|van de|per|[.,/:]\d))")
_ADVERBS = (r"(?:(?:zeker|ongeveer|pas|bijna|maar|nog|amper|rond|minstens|misschien|wel|net|"
            r"toen|nu)\s+)*")
_AGES = re.compile(
    # "16 jaar", "zestien jaar oud", "12j", "15-jarige" ... but not "al 2 jaar", "3 jaar geleden".
    rf"(?<!\bal )(?<!\bsinds )(?<!\belke )(?<!\belk )(?<!\bvoor )(?<!\bna )(?<!\bover )"
    rf"\b(?P<unit>{_AGE_NUMBER}{_AGE_UNIT})(?!\s+(?:geleden|lang|samen|getrouwd|gescheiden|gewerkt|later))"
    # "(15)" after a name, "Jeroen, 16, en ..."
    rf"|\((?P<bracket>\d{{1,2}})\)"
    rf"|\b[A-Z][\w-]+,\s*(?P<comma>\d{{1,2}})\s*(?=[,.)]|$)"
    # "ik ben 15", "ik word achttien", "een jongen van 19", "hij is zeker 45", "op mijn 12de"
    rf"|\b(?:ben|word|werd|wordt|is|was|zijn|waren|van|bijna|pas|maar|amper|net|nu|mijn|zo'n|"
    rf"rond|sinds|tot|toen|als|vanaf|een)\s+{_ADVERBS}"
    rf"(?P<cued>{_AGE_NUMBER}{_AGE_UNIT}|{_AGE_NUMBER}(?:de|ste|e)?)\b{_NOT_AGE_AFTER}"
    # "sinds ik 13 was", "zei dat ze 16 was", "als ik 18 ben"
    rf"|\b(?:ik|hij|zij|ze|je|jij|gij|ge)\s+{_ADVERBS}(?P<subject>{_AGE_NUMBER}{_AGE_UNIT}?)"
    rf"\s+(?:was|ben|werd|word|wordt|is|waren|zijn|zijt|werd)\b",
    re.IGNORECASE)

_STREET_SUFFIX = ("straat|laan|lei|weg|steenweg|baan|plein|dreef|markt|kaai|dijk|hof|pad|"
                  "singel|vest|wegel|gang|park|berg|veld|hoek|kouter|meers|dries|kaai|vliet")
_STRONG_STREET = re.compile(r"\w{3,}(?:straat|laan|steenweg|lei)$")
_STREET_WORD = re.compile(rf"[\w'-]*(?:{_STREET_SUFFIX})", re.IGNORECASE)
_STREET = re.compile(
    rf"\b(?:(?:Grote|Kleine|Lange|Korte|Oude|Nieuwe|Hoge|Lage|Sint-[\w-]+|Onze-Lieve-Vrouw|[A-Z][\w'-]+)\s+)?"
    rf"[\w'-]*(?:{_STREET_SUFFIX})\b"
    r"(?:\s*(?:nr\.?|nummer)?\s*\d{1,4}\s?[a-zA-Z]?\b(?:\s*(?:bus|/)\s*\d{1,4}\b)?)?"
    r"(?:,?\s+[1-9]\d{3}\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?)?", re.IGNORECASE)


def sentence_initial(text: str, position: int) -> bool:
    """Whether a word starting here starts a sentence, so its capital says nothing."""
    i = position - 1
    while i >= 0 and (text[i].isspace() or text[i] in "\"'“‘(*-–"):
        i -= 1
    # An emoji, a full stop or the start: a new sentence.
    return i < 0 or text[i] in ".!?:;…\n" or (ord(text[i]) > 0x2000 and not text[i].isalnum())


def emails(text: str) -> Found:
    for m in _EMAIL.finditer(text):
        yield m.start(), m.end(), "E-MAIL"


def urls(text: str) -> Found:
    for m in _URL.finditer(text):
        end = m.end()
        while end > m.start() and text[end - 1] in ".,;:!?)]'\"":
            end -= 1
        if "@" not in text[m.start():end] or "/" in text[m.start():end]:
            yield m.start(), end, "URL"


def phones(text: str) -> Found:
    for m in _PHONE.finditer(text):
        yield m.start(), m.end(), "TELEFOON"


def dates(text: str) -> Found:
    for m in _DATES.finditer(text):
        if m.group() in _NOT_DATES:
            continue
        start = m.start()
        while start < m.end() and text[start].isspace():
            start += 1
        if m.end() > start:
            yield start, m.end(), "DATUM"


_SCHOOL_YEAR = re.compile(r"\s+(?:jaar|middelbaar|leerjaar|graad|klas|secundair)\b", re.I)
_NOT_DATES = frozenset({"24/7", "7/7", "1/2", "1/3", "2/3", "1/4", "3/4"})


def ages(text: str) -> Found:
    for m in _AGES.finditer(text):
        group = next(name for name in ("unit", "bracket", "comma", "cued", "subject")
                     if m.group(name))
        digits = re.match(r"\d+", m.group(group))
        if digits and not 3 <= int(digits.group()) <= 99:
            continue
        if _SCHOOL_YEAR.match(text, m.end(group)) and m.group(group)[-1].isalpha():
            continue  # "van 6de jaar": a school year
        yield m.start(group), m.end(group), "LEEFTIJD"


def addresses(text: str) -> Found:
    for m in _STREET.finditer(text):
        words = m.group().split()
        street = next((w for w in words if _STREET_WORD.fullmatch(w)), "")
        has_number = bool(re.search(r"\d", m.group()))
        if not street or (street.lower() in GENERIC_STREETS and not (
                street[0].isupper() and has_number)):
            continue
        low = street.lower()
        ordinary = low in load().ordinary and not low.endswith("straat")
        capitalised = (street[0].isupper() or words[0][0].isupper()) and not (
            ordinary and sentence_initial(text, m.start()))
        # In lower case and without a number only the unmistakable street words count:
        # "kerkstraat", "stationslei"; not "overdreef" or "onderweg".
        unmistakable = not ordinary and _STRONG_STREET.search(low) is not None
        if not (capitalised or has_number or unmistakable):
            continue
        start = m.start()
        if not words[0][0].isupper() and _STREET_WORD.fullmatch(words[0]) is None:
            start += len(words[0]) + (len(m.group()) - len(m.group().lstrip()))
            start = text.index(street, m.start())
        yield start, m.end(), "ADRES"
