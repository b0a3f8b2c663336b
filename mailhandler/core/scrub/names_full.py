"""Full names the writer gives: spelled in brackets, surname first, corrected with a star,
an account in their name, short and full forms side by side.

Separate from the introductions of a first name: these learn surnames too.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Callable, Container, Iterable

from mailhandler.core.redact import gazetteer
from mailhandler.core.scrub.identity import (
    _HANDLE_MARK,
    _HANDLE_RUN,
    _MAX_NAME_PARTS,
    _MIN_NAME_CHARS,
    _MIN_PART_LETTERS,
    _NOT_NAME_PARTS,
    WordName,
    _without_accents,
    local_part_words,
)
from mailhandler.core.scrub.names_introduced import (
    _JE_SUIS,
)
from mailhandler.core.scrub.names_others import (
    _MY_PERSON,
)
from mailhandler.core.scrub.names_short_forms import (
    _is_short_form,
)
from mailhandler.core.scrub.names_signed import (
    _only_a_first_name,
)
from mailhandler.core.scrub.names_words import (
    _FUNCTION_WORDS,
    _NAME_WORD,
    _NOT_INTRODUCED,
    _NOT_SIGNED_NAMES,
    _SLURS,
    _SURNAME_PARTICLES,
    _spelling_said_after_subject,
)
from mailhandler.core.scrub.signature_lines import (
    _CLASS_LINE,
    _CLOSING,
    _TITLE_PARTICLES,
)

# "ik ben Noor De Clercq en …", "my name is Kai Brennan, I'm 16": after an introduction, the
# capitalised words that follow a name the writer is known by are the rest of that name.
_INTRODUCTION_CUE = re.compile(
    r"(?i)(?:ik\s+ben|ik\s+heet|mijn\s+(?:volledige\s+)?naam\s+is|my\s+(?:full\s+)?name\s+is"
    rf"|my\s+name['’]?s|i\s+am|i['’]?m|je\s+m['’]appelle|{_JE_SUIS}|(?:moi\s+)?c['’]est"
    r"|mon\s+(?:pr[ée])?nom\s+(?:est|c['’]est)|hier\s+is|dit\s+is|this\s+is|it['’]?s|het\s+is)"
    r"[ \t]+$"
)

# What a young person says they are, capitalised or not, right after their name ("I'm Sam
# Bisexual and 15", "ik ben Noor Marokkaans"): never taken for a surname.
_WHO_THEY_ARE = re.compile(
    r"(?:[\w-]*(?:sexu(?:al|el|elle)|seksue(?:e)?l|binary|binai?re?|gender\w*|fluid|queer|trans\w*"
    r"|homo\w*|hetero\w*|lesb\w*|autis\w*)|gay|bi|ace|aro|enby|nb|vegan\w*|veganist"
    r"|moroccan|marokka\w*|marocaine?|turkish|turks?e?|turque?|afghan\w*|syri\w*|polish|pools[e]?"
    r"|polonaise?|congole\w*|flemish|vlaam\w*|vlaming|flamande?|walloon|waals?e?|wallonn?e?"
    r"|belg\w*|dutch|nederlands\w*|french|fran[çc]ais\w*|arab\w*|african|afrika\w*|african\w*)"
)
# "I'm", "we'll", "you've", "I'd", "can't", "it's": an English contraction is a pronoun or a
# verb run on, never a surname ("hey this is Zeno I'm using voice text" dictated without a
# full stop). A name with an apostrophe has it after its first letter or two ("O'Brien",
# "D'Hondt", "N'Diaye"), not before a verb's ending. "'s" only after a pronoun or a "wh-"
# word: after a name it is the name's ("Lien Kai's sister" stays a question for the rules).
_CONTRACTION = re.compile(
    r"(?i)[^\W\d_]+['’](?:m|re|ve|ll|d)|[^\W\d_]+n['’]t"
    r"|(?:it|that|he|she|there|here|what|who|where|when|how|let)['’]s")
# A card's name line: the name opens the line, perhaps after a "Naam:" label, and ends it or is
# followed by a dash and a role in lower case ("Ferre Janszoon - competitiezwemmer"). A song or
# a book named so ("Sam Smith - Stay With Me") has capitals after the dash; a sentence goes on.
_CARD_NAME_START = re.compile(r"(?i)[ \t]*(?:(?:naam|name|nom|voornaam\s+en\s+naam)[ \t]*:[ \t]*)?")
# What ends a card's name line: the line's end, a dash and a role, or (on a form's line, "Nom :
# Gabrielle Tremblay   Groupe : 302") a gap of spaces and the next field's key and colon.
_CARD_NAME_END = re.compile(
    r"[ \t]*(?:$|[-–—|·][ \t]+(?=[a-zà-ÿ]))"
    r"|[ \t]{2,}(?=[^\W\d_][^\W\d_ \t]*(?:[ \t][^\W\d_]+){0,2}[ \t]?:)")
_MAX_SURNAME_WORDS = 4
_NEXT_FIELD = re.compile(r"[ \t]{2,}[^\W\d_][^\W\d_ \t]*(?:[ \t][^\W\d_]+){0,2}[ \t]?:")
_ASIDE = re.compile(r"[ \t]*\((?![ \t]*\d)[^()\n]{1,40}\)(?=[ \t]+[^\W\d_])")
_MAX_CUE_CHARS = 48
_MAX_SURNAME_CHARS = 160
_MIN_SUBSTRING_LETTERS = 4


# "Je suis Habtom (Habtum sur certains papiers)", "I'm Youssef (Yusuf on my passport, يوسف in
# Arabic, my friends say Youss)", "c zak (zakaria en vrai)": a bracket right after a name the
# writer is known by, giving other spellings of it, each followed by where it is written or
# said, or after who says or writes it so ("op school schrijven ze Parvana": the verb first).
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
    # "(op school schrijven ze Parvana)", "(thuis zeggen ze Pari)": Dutch puts the verb
    # second after a place, its subject right after it.
    r"(?:(?P<subject>ze|zij|men|iedereen|sommigen)\s+)?"
    r"(?P<name>[^\W\d_][\w'’-]*(?:[ \t]+[^\W\d_][\w'’-]*){0,3})[.!]?$"
)


def _sounded_out(name: str) -> bool:
    """ "(it's Irish, you say EE-fa)", "(say nee-AHV)": how the name sounds, written in
    syllables joined by hyphens with the stressed one in capitals and another in lower case.
    No one is called or written so; it is a guide to saying the name the writer gave (which
    is replaced), in their own words, not another spelling of it. ("Anne-SO", "Jean-Luc":
    no syllable in lower case, so a name.)"""
    syllables = name.split("-")
    return len(syllables) >= 2 and all(syllable.isalpha() for syllable in syllables) \
        and any(len(syllable) >= 2 and syllable.isupper() for syllable in syllables) \
        and any(syllable.islower() for syllable in syllables)


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
                if said and all(not word[0].islower() for word in said["name"].split()) \
                        and not _sounded_out(said["name"]) \
                        and (said["subject"] is None
                             or _spelling_said_after_subject(said["name"], known_words)):
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
# The line may open with the form's label for the field ("Élève : DUBOIS Manon – 4e2",
# "Leerling: PEETERS Noor"), as a school's or a club's record pasted into the mail does; the
# first name must still be one the writer is known by (a name or their address's word).
_CAPITAL_SURNAME_FIRST = re.compile(
    r"[\W_]{0,3}(?:[^\W\d_]+(?:[ \t]+[^\W\d_]+)?[ \t]*:[ \t]*)?"
    r"(?P<surname>[A-ZÀ-Ý][A-ZÀ-Ý'’-]{2,40}(?:[ \t]+[A-ZÀ-Ý][A-ZÀ-Ý'’-]{1,40})?)"
    # "BOUZIANE SOUFIANE" as a mutualiteit's sticker prints it: the first name in capitals too.
    r"[ \t]+(?P<first>[A-ZÀ-Ý](?:[a-zß-ÿ'’-]+|[A-ZÀ-Ý'’-]+))(?![\w'’-])"
)


def _capital_surname_first(own: list[str], known: Iterable[str]) -> list[str]:
    known_words = {word.casefold() for word in known}
    gazette = gazetteer.load()
    names: list[str] = []
    for content in own:
        match = _CAPITAL_SURNAME_FIRST.match(content)
        # "Noé" of noe.vrl@…: an address is written without the name's accents.
        if match is None or (match["first"].casefold() not in known_words
                             and _without_accents(match["first"]).casefold() not in known_words):
            continue
        words = [word.casefold() for word in match["surname"].split()]
        if any(word in gazette.ordinary or word in _FUNCTION_WORDS or word in _NOT_SIGNED_NAMES
               or word in _NOT_INTRODUCED or word in gazetteer.CHAT_WORDS for word in words) \
                or _CLOSING.match(match["surname"]):
            continue
        if match["first"].isupper() and not all(_VOWEL.search(word) for word in words):
            continue  # "GRTJS DIRK L": a closing cut to its consonants, then the name
        names.append(f"{match['surname']} {match['first']}")
    return names


_VOWEL = re.compile(r"[aeiouyà-ÿ]")
# "Filmon Tesfay Gebremedhin" (the grandfather's name after the father's, as an Eritrean or
# Ethiopian residence card writes it), "MBUYI KALALA Grâce" (a Congolese postnom between the
# name and the first name, as a school list writes it): in a run of capitalised words, a word
# between two names the writer is known by, or one closing the line right after two of them,
# is their name too. Not a word before their names ("Jeugdhuis De Ket", "Gmail Noor Peeters":
# a house, a mail client's print), not one after them with more on the line ("Zoë Janssen
# Vijverstraat 6"), not capitals after them ("MBBS"); never a word of the language, a place, a
# particle ("De") or a word that names no person.
_NAME_RUN = re.compile(
    r"(?<![\w'’-])[A-ZÀ-Ý][\w'’]{1,40}(?:[ \t]+[A-ZÀ-Ý][\w'’]{1,40}){2,4}(?![\w'’-])")
_RUN_CLOSES_LINE = re.compile(r"[ \t]*[.,;!]?[ \t]*$")
_MIN_KNOWN_IN_RUN = 2


def _names_in_a_known_run(own: list[str], known: Iterable[str]) -> list[str]:
    known_words = {plain for word in known
                   if len(plain := _without_accents(word).casefold()) >= _MIN_PART_LETTERS
                   and plain not in _NOT_NAME_PARTS and plain not in _FUNCTION_WORDS}
    names: list[str] = []
    for content in own:
        for match in _NAME_RUN.finditer(content):
            run = match.group().split()
            is_known = [_without_accents(word).casefold() in known_words for word in run]
            if sum(is_known) < _MIN_KNOWN_IN_RUN:
                continue
            first, last = is_known.index(True), len(is_known) - 1 - is_known[::-1].index(True)
            between = [run[place] for place in range(first + 1, last) if not is_known[place]]
            after = []
            if last == len(run) - 2 and is_known[last - 1] \
                    and _RUN_CLOSES_LINE.match(content, match.end()) and run[-1][1:].islower():
                after = [run[-1]]
            names.extend(word for word in [*between, *after] if _may_be_a_name_of_theirs(word))
    return list(dict.fromkeys(names))


# "Mila Bogaert" on a line of its own in a medical ID, a card or a form the writer pastes from a
# family account ("Gezin Bogaert"): a first name before the account's surname names the child
# who writes or one of their family; either way, with the surname replaced, the first name left
# beside it would still name them. Only a whole line of the two words, the first a first name
# (not "Mama", "Familie": _NOT_NAME_PARTS), the second the last word of the writer's display name.
# An age in brackets may follow ("Mila Peeters (12)"). In capitals ("MILA PEETERS") or surname
# first ("Peeters Mila"), as forms and cards write it, the same two words.
_FIRST_NAME_AND_SURNAME_LINE = re.compile(
    r"(?P<first>[A-ZÀ-Ý](?:[a-zà-ÿ'’-]{1,30}|[A-ZÀ-Ý'’-]{1,30}))[ \t]+"
    r"(?P<surname>[A-ZÀ-Ý][\w'’-]{1,40})"
    r"(?:[ \t]+\([ \t]?\d{1,2}[ \t]?\))?[ \t]*")

# "la Dre Lambert", "Juf Peeters": a title before the surname, no first name ("Dre" is one too).
_TITLES_BEFORE_SURNAME = frozenset((
    "dr", "dre", "drs", "prof", "mr", "mrs", "ms", "mx", "me", "mme", "mlle", "sr", "fr", "pr",
    "ir", "juf", "juffrouw", "meester", "mevrouw", "meneer", "dokter", "docteur", "maître",
    "maitre", "madame", "monsieur", "pastoor", "coach", "sir", "lady", "lord",
))
_FIRST_NAME_BEFORE_SURNAME = re.compile(
    r"(?<![\w'’-])(?=(?P<first>[A-ZÀ-Ý][a-zà-ÿ'’]{1,30})[ \t]+(?P<surname>[A-ZÀ-Ý][\w'’]{1,40})"
    r"(?P<joined>-(?:[A-ZÀ-Ý][\w'’]{0,30}[ \t])?[A-ZÀ-Ý][\w'’]{1,40})?(?![\w'’-]))")
_FIELD_FIRST_NAME_AND_INITIAL = re.compile(
    r"(?<![\w'’-])[^\W\d_][\w'’/ -]{1,30}?[ \t]*:[ \t]*(?P<first>[A-ZÀ-Ý][a-zà-ÿ'’]{1,30})"
    r"[ \t]+(?P<initial>[A-ZÀ-Ý])\.(?![\w'’-])")
_FIRST_NAME_BEFORE = re.compile(r"(?<![\w'’-])[A-ZÀ-Ý][a-zà-ÿ'’]{1,30}[ \t]+$")


def _first_name_before(content: str, start: int) -> str:
    """ "Mame " before "Diarra Ndiaye": a known first name (no word of the language) right
    before the first name found, with its space, or ""."""
    match = _FIRST_NAME_BEFORE.search(content[max(0, start - 32):start])
    if match is None:
        return ""
    word = match.group().strip().casefold()
    words = gazetteer.load()
    return match.group() if word in words.first_names and word not in words.ordinary \
        and word not in _NOT_NAME_PARTS and word not in _TITLES_BEFORE_SURNAME else ""


# "ik lees Harry Potter", "i watch Sherlock Holmes", "everyone calls me James Bond", "dezelfde
# achternaam als Eden Hazard", "dat ik op Bart Simpson lijk": a book's, a show's or a famous
# person's name that shares the writer's surname -- read, watched, looked like or named after,
# not one of their family.
_FAMOUS_BEFORE = re.compile(
    r"(?i)(?<![\w'’])(?:lees|leest|lezen|las|lazen|kijk|kijkt|kijken|keek|watch(?:es|ed|ing)?"
    r"|read(?:s|ing)?|look(?:s|ed)?[ \t]+like|lijk(?:t|en)?[ \t]+op|calls?[ \t]+me"
    r"|call(?:ed|ing)[ \t]+me|noem(?:t|en)[ \t]+(?:me|mij)|same[ \t]+(?:sur|last[ \t]+)?name"
    r"[ \t]+as|dezelfde[ \t]+(?:achter)?naam[ \t]+als|m[êe]me[ \t]+nom[ \t]+que)"
    r"(?:[ \t]+(?:de|het|the|le|la|een|a|ook|also|altijd|always|nog|still|weer|again|graag"
    r"|elke|every)){0,2}[ \t]+$")
_FAMOUS_REACH = 80
_LOOKS_LIKE_AFTER = (re.compile(r"(?i)(?<![\w'’])op[ \t]+$"),
                     re.compile(r"(?i)[ \t]+(?:lijk|lijkt|lijken)(?![\w'’])"))


def _a_famous_name(content: str, start: int, end: int) -> bool:
    """Whether the first name and surname at content[start:end] are read, watched, looked
    like or called after (_FAMOUS_BEFORE, "op … lijk")."""
    before = content[max(0, start - _FAMOUS_REACH):start]  # bounded: one clause before
    return _FAMOUS_BEFORE.search(before) is not None or (
        _LOOKS_LIKE_AFTER[0].search(before) is not None
        and _LOOKS_LIKE_AFTER[1].match(content, end) is not None)


def _inside_a_sentence(content: str, start: int) -> bool:
    """ "groeten, Griet Dhondt", "voogd: Jan Baert": a word of the language ("griet", "jan")
    written with a capital after a comma, a colon or a word is a name; opening a line or a
    sentence ("Dag Dhondt,") it may be the word."""
    before = content[:start].rstrip()
    return bool(before) and before[-1] not in ".!?\"“«(-–—*>"


def _first_names_before_own_surname(own: list[str], display_names: Iterable[str]) -> list[str]:
    surnames = {words[-1].casefold() for name in display_names
                if len(words := name.split()) >= 2 and len(words[-1]) >= _MIN_PART_LETTERS
                and words[-1].casefold() not in _NOT_NAME_PARTS}
    # "El Amrani", "Van Damme" on a line: the display name's own words, its particle, are no
    # other first name.
    own_words = {word.casefold() for name in display_names for word in name.split()}
    first_names = gazetteer.load().first_names
    names: list[str] = []
    ordinary = gazetteer.load().ordinary
    own_firsts = {_without_accents(words[0]).casefold() for name in display_names
                  if len(words := name.split()) >= 1 and len(words[0]) >= _MIN_PART_LETTERS}
    gazette = gazetteer.load()
    for content in own:
        match = _FIRST_NAME_AND_SURNAME_LINE.fullmatch(content)
        given = None
        if match is not None and match["first"].isupper() == match["surname"].isupper():
            # ("MILA Peeters": no card writes a name so)
            if match["surname"].casefold() in surnames:
                given = match["first"]
            elif match["first"].casefold() in surnames:
                given = match["surname"]  # "Peeters Mila"
            elif _without_accents(match["first"]).casefold() in own_firsts \
                    and match["surname"].casefold() not in own_words \
                    and _may_be_a_surname(match["surname"], gazette) \
                    and match["surname"].casefold() not in gazette.first_names \
                    and match["surname"].casefold() not in _SURNAME_PARTICLES \
                    and not _a_famous_name(content, 0, len(content)):
                # "RAYAN BENKIRANE" on a medical bracelet, "Rayan Benkirane" on a card, from
                # "Rayan": a line of the writer's own first name and one more word, no word of
                # the language, place or first name, is their full name, as cards and tags
                # write it; the second word is their surname wherever it stands.
                names.extend((f"{match['first']} {match['surname']}", match["surname"]))
                continue
        if match is None or given is None:
            # "Propriétaire : Nordine A." on an app's notice, "Ouder: Karim A.": a field holding
            # a first name and the initial of the writer's surname, one of their family.
            names.extend(
                f"{found['first']} {found['initial']}."
                for found in _FIELD_FIRST_NAME_AND_INITIAL.finditer(content)
                if any(surname[:1] == found["initial"].casefold() for surname in surnames)
                and (first := found["first"].casefold()) in first_names
                and first not in ordinary and first not in own_words
                and first not in _NOT_NAME_PARTS and first not in _TITLES_BEFORE_SURNAME)
            # "Met vriendelijke groeten, Griet Dhondt" in a note the writer pastes, "Ouder/voogd:
            # Sofie Baert-De Wolf" in a form: inside a line, a first name right before the
            # writer's surname names one of their family as surely (one that is also a word of
            # the language, only inside a sentence); a second surname joined to it with a
            # hyphen goes with it.
            # (Read at every word: "Father Nilesh Patel" holds "Nilesh Patel" after
            # "Father Nilesh"; "Mame Diarra Ndiaye", two first names, gives both.)
            names.extend(
                f"{_first_name_before(content, found.start())}{found['first']} "
                f"{found['surname']}{found['joined'] or ''}"
                for found in _FIRST_NAME_BEFORE_SURNAME.finditer(content)
                if found["surname"].casefold() in surnames
                and (first := found["first"].casefold()) in first_names
                and (first not in ordinary or _inside_a_sentence(content, found.start()))
                and first not in _NOT_NAME_PARTS and first not in _TITLES_BEFORE_SURNAME
                and first not in own_words and first not in _SURNAME_PARTICLES
                and not _a_famous_name(content, found.start(),
                                       max(found.end("surname"), found.end("joined"))))
            continue
        first = given.casefold()
        if first in first_names and first not in _NOT_NAME_PARTS and first not in own_words \
                and first not in _SURNAME_PARTICLES:
            names.append(f"{match['first']} {match['surname']}")  # the age stays
            names.append(WordName(given))  # "hope" in their text is a word
    return names


# "Lotte Verbist / Klas 4B / Sint-Jozefscollege Torhout": a pupil's card (or a letter's
# heading) the writer shows; the full name right above or under its class line is the
# pupil's, and a pupil shows their own card: learned with its first name.
_FULL_NAME_LINE = re.compile(
    r"(?P<first>[A-ZÀ-Ý][a-zà-ÿ'’-]{1,30})(?:[ \t]+(?:(?:van|de|der|den|ter|le|la|du|d['’]|el)"
    r"[ \t]+)*[A-ZÀ-Ý][\w'’-]{1,40}){1,2}[ \t]*")


def _names_on_a_pupils_card(own: list[str]) -> list[str]:
    first_names = gazetteer.load().first_names
    names: list[str] = []
    for index, content in enumerate(own):
        match = _FULL_NAME_LINE.fullmatch(content)
        if match is None or not any(
                0 <= near < len(own) and _CLASS_LINE.fullmatch(own[near])
                for near in (index - 1, index + 1)):
            continue
        first = match["first"].casefold()
        if first in first_names and first not in _NOT_NAME_PARTS and first not in _FUNCTION_WORDS:
            names.append(content.strip())
            names.append(WordName(match["first"]))
    return names


def _may_be_a_name_of_theirs(word: str) -> bool:
    plain = _without_accents(word).casefold()
    words = gazetteer.load()
    return len(plain) >= _MIN_PART_LETTERS and word.isalpha() and plain not in words.ordinary \
        and plain not in words.places and plain not in gazetteer.NOT_PEOPLE \
        and plain not in _FUNCTION_WORDS and plain not in _NOT_INTRODUCED \
        and plain not in _NOT_SIGNED_NAMES and plain not in gazetteer.CHAT_WORDS \
        and plain not in _NOT_NAME_PARTS


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
    r"(?i)(?<!\w)(?:my|mon|mijn|m['’]n)[ \t]+(?:(?:own|eigen|propre)[ \t]+)?(?:@|handle|username"
    r"|user[ \t]+name|pseudo|insta|ig|snap|tiktok|gebruikersnaam|account|compte|profiel|profile"
    r"|profil)[ \t]+(?:is|c['’]est|est|=|:)[ \t]+@?"
    r"(?P<handle>[^\W_][\w.-]{1,38}[^\W_])(?![\w@])"
)


_MIN_HANDLE_NAME_LETTERS = 3
_CALLING_WORD = re.compile(r"(?<![\w'’@.-])(?P<name>[^\W\d_]{3,30})(?=[ \t]*(?:,|[!?.]*[ \t]*$))")


def _own_account_names(own: list[str]) -> list[str]:
    names: list[str] = []
    for content in own:
        for match in _MY_ACCOUNT_IS.finditer(content):
            handle = match["handle"]
            if not _HANDLE_MARK.search(handle):
                continue  # a bare word: _introduced_names' lower-case cues decide
            names.append(handle)
            runs = [run.casefold() for run in _HANDLE_RUN.findall(handle)]
            names.extend(run for run in _HANDLE_RUN.findall(handle)
                         if len(run) >= _MIN_PART_LETTERS and _only_a_first_name(run))
            # "timmeh.vdb" and "iedereen weet het tim": a first name the handle is made from,
            # where it calls the writer (closing a line or before a comma); "je danse tous les
            # jours" beside "dansemoi_22" is a verb.
            names.extend(word["name"] for line in own for word in _CALLING_WORD.finditer(line)
                         if len(word["name"]) >= _MIN_HANDLE_NAME_LETTERS
                         and _only_a_first_name(word["name"])
                         and any(run.startswith(word["name"].casefold())
                                 and run != word["name"].casefold() for run in runs))
    return list(dict.fromkeys(names))


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
        if _CONTRACTION.fullmatch(word):
            return False
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

    def surname_after(content: str, match: re.Match[str], introduced: bool
                      ) -> tuple[list[str], int]:
        """The words after the known name `match` that are the rest of it, and where they end."""
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
        return taken, end

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
            taken = surname_after(content, match, introduced)[0]
            # "Ferre Janszoon - competitiezwemmer", "Naam: Ella Vermeersch" on a card the writer
            # pasted: a card's name line holds the whole name, as an introduction does, when
            # the capitalised words end the line or a dash and a role follow them.
            if not introduced and _CARD_NAME_START.fullmatch(content[: match.start()]):
                # A form's line holds more fields after a gap ("…   Groupe : 302"): the
                # name is looked for in its own field only.
                field = _NEXT_FIELD.search(content, match.end())
                card, end = surname_after(content[: field.start()] if field else content,
                                          match, True)
                if card and all(word[0].isupper() or word.casefold() in _SURNAME_PARTICLES
                                for word in card) \
                        and _CARD_NAME_END.match(content, end) is not None:
                    taken = card
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


# "really", "eigenlijk", "en vrai": the writer telling the name they are really called.
_REALLY = (r"(?i:really|actually|eigenlijk|officieel|officially|en[ \t]+vrai|en[ \t]+fait"
           r"|en[ \t]+r[ée]alit[ée])")
# "Zofia (Zosia)", "Christophe [Chris]", "Jean-Pierre (JP pour les potes)": the form of their
# "mijn personage in de game heet ook Robin", "my cat is called Kai", "le chien s'appelle
# Noa": the known name given to something or someone else; what it was before is theirs.
_NAMES_A_THING = re.compile(
    r"(?i)(?<![\w'’])(?:heet|heten|noemt|noemen|genaamd|called|named|s['’]appelle"
    r"|appel[ée]e?)(?:[ \t]+(?:ook|also|aussi|too|nu|now|maintenant))?[ \t]+$")
# name the writer goes by, in brackets right after a name they are known by, perhaps with
# whom they go by it.
_NAME_IN_BRACKETS = re.compile(
    r"(?<![\w'’-])(?P<known>[^\W\d_][\w'’-]{0,40})[ \t]*[(\[][ \t]*(?:=[ \t]*)?"
    # "Robin (vroeger Robine)", "Kai (formerly Kaia)", "Kai (born Kaia)": the name they had
    # before, beside it.
    r"(?P<before>(?i:vroeger|voorheen|eerst|formerly|previously|born|anciennement|autrefois"
    r"|avant|n[ée]e?)[ \t]+)?"
    # "Kasia (en vrai Katarzyna mais personne m'appelle comme ça)", "Bas (eigenlijk Sebastiaan
    # maar niemand zegt dat)": the name on their papers, beside the one they go by; after it
    # the bracket may go on with why nobody uses it ("but", "mais", "maar" opening it).
    rf"(?P<real>{_REALLY}[ \t]+)?[\"“«]?"
    r"(?P<name>[A-ZÀ-Ý][\w'’-]{1,30})[\"”»]?"
    r"(?:[ \t]+(?i:pour|for|voor|chez|bij|entre|among|with)[ \t]+[^()\[\]\n]{1,30}?"
    r"|(?(real)[ \t]*,?[ \t]+(?i:mais|but|maar|sauf|except|behalve)[ \t]+[^()\[\]\n]{1,100}?"
    r"|(?!)))?[ \t]*[)\]]"
)
# "Haruto (陽翔)", "Min-ji (민지)", "Sami (سامي)" on a line of its own: the name they are known by
# and, in brackets beside it, the same name in the family's script (which no letter-for-letter
# check can tell for Chinese characters); nothing else stands on the line.
_SCRIPT_NAME_IN_BRACKETS = re.compile(
    r"[ \t]*(?P<known>[^\W\d_][\w'’-]{0,40})[ \t]*[(\[][ \t]*"
    r"(?P<name>[^\W\d_]{1,15}(?:[ \t][^\W\d_]{1,15})?)[ \t]*[)\]][ \t]*")


def _not_latin(word: str) -> bool:
    return not any(char.isascii() or "LATIN" in unicodedata.name(char, "LATIN")
                   for char in word if not char.isspace())


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
# "Noor (of Bart voor de rest)", "Mia (or Liam to everyone else)", "Léa (ou Théo pour les
# autres)": a name alone on a line, and in a bracket right after it "or" and a name the writer
# is known by, perhaps who calls them so: the name they go by beside the one they are known by
# (a chosen name beside the deadname of the account). The bracket says nothing else: "Jonas
# (of sam, maakt het uit?)" asks who of the two, and Jonas is someone else.
_NAME_THEN_OR_KNOWN = re.compile(
    r"^[ \t]*(?:[-–—~][ \t]*)?(?P<name>[A-ZÀ-Ý][\w'’-]{1,30})[ \t]*[(\[][ \t]*"
    r"(?i:of|or|ou|ofwel|oftewel|alias|aka)[ \t]+(?P<known>[^\W\d_][\w'’-]{0,40})(?![\w'’-])"
    r"(?:[ \t]+(?i:voor|veur|vör|vur|for|to|pour|bij|at|à|chez|op|thuis|home|in)(?![\w'’])"
    r"(?:[ \t]+[^()\[\]\n,;?!]{1,40})?)?"
    r"[ \t]*[)\]][ \t]*(?:[.!]{1,3}|[xX]{1,4}|[^\w\s?]{1,6})?[ \t]*$"
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


# "Yasmine bint Rachid, fille de Khadija", "Omar ibn Youssef", "Lina, daughter of Amal": a
# name of the writer's with their father's after "bint"/"bin"/"ibn"/"ould" (an Arabic nasab)
# or a parent's after "fille de"/"son of"/"dochter van": the parents' names say whose child
# they are, as a surname does.
_PARENT_AFTER_KNOWN = re.compile(
    r"(?<![\w'’-])(?P<known>[^\W\d_][\w'’-]{1,40})"
    r"(?:[ \t]+(?i:bint|binti|bin|ibn|ben|ould)[ \t]+(?P<father>[A-ZÀ-Ý][\w'’-]{1,30}))?"
    r"(?:[ \t]*,?[ \t]+(?i:fille|fils|daughter|son|dochter|zoon)[ \t]+(?i:de|d['’]|of|van)"
    r"[ \t]*(?P<parent>[A-ZÀ-Ý][\w'’-]{1,30}))?(?![\w'’-])")


def _names_beside_known(contents: list[str], known: list[str]) -> list[str]:
    """Names the writer gives beside a name they are known by: a bracketed form after it, an
    initial of it they ask to be addressed by, their parents' after it (_PARENT_AFTER_KNOWN)."""
    names: list[str] = []
    words = gazetteer.load()
    for content in contents:
        for match in _PARENT_AFTER_KNOWN.finditer(content):
            if match["known"].casefold() not in known:
                continue
            names.extend(name for name in (match["father"], match["parent"])
                         if name is not None and name.casefold() not in _FUNCTION_WORDS
                         and name.casefold() not in words.ordinary
                         and name.casefold() not in words.places)
        for match in _NAME_IN_BRACKETS.finditer(content):
            name = match["name"].strip("'’-")
            folded = name.casefold()
            if match["before"] and _NAMES_A_THING.search(content[:match.start()]):
                continue  # "mijn personage heet ook Robin (vroeger Raven)": a game's name
            # "Bram (Bo)": a first name that is also a word ("bo", school) still is one here.
            a_name = folded not in words.ordinary \
                or (folded in words.first_names and folded not in _SLURS)
            if match["known"].casefold() in known and folded not in known \
                    and folded not in _NOT_INTRODUCED and folded not in _FUNCTION_WORDS \
                    and folded not in _NOT_SIGNED_NAMES and a_name \
                    and folded not in gazetteer.NOT_PEOPLE \
                    and folded not in words.places:  # "Lotte (Gent)": where, not who
                names.append(name)
        script_name = _SCRIPT_NAME_IN_BRACKETS.fullmatch(content)
        if script_name and script_name["known"].casefold() in known \
                and _not_latin(script_name["name"]):
            names.append(script_name["name"])
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
        for match in _NAME_THEN_OR_KNOWN.finditer(content):
            name = match["name"].strip("'’-")
            folded = name.casefold()
            a_name = folded not in words.ordinary \
                or (folded in words.first_names and folded not in _SLURS)
            if match["known"].casefold() in known and folded not in known and a_name \
                    and folded not in _NOT_INTRODUCED and folded not in _FUNCTION_WORDS \
                    and folded not in _NOT_SIGNED_NAMES and folded not in gazetteer.NOT_PEOPLE \
                    and folded not in words.places:
                names.append(name)
    return list(dict.fromkeys(names))


# "because my surname is Fitzgerald", "(à cause de mon nom, Dedecker)", "van mijn achternaam
# Claessens": the writer says what their surname is; the capitalised words after the cue (a
# particle or two inside: "El Kaddouri", "Van den Broeck") are it.
_SURNAME_WORDS = (
    r"(?P<name>(?:(?i:van|de[nr]?|ter|ten|el|al|le|la|du|des|di|da|del|von|ben|bin|mc|mac|o['’]"
    r"|d['’])[ \t]+){0,3}(?-i:[A-ZÀ-Ý])[\w'’-]{1,40})"
)
_SURNAME_STATED = re.compile(
    r"(?i)(?<!\w)(?:(?:my|our)[ \t]+(?:sur|last|family)[ \t]?name(?:[ \t]+is|['’]s)?"
    r"|(?:mijn|m['’]n|onze)[ \t]+(?:achter|familie)naam(?:[ \t]+is)?"
    r"|(?:mon|notre)[ \t]+nom(?:[ \t]+de[ \t]+famille)?(?:[ \t]+(?:est|c['’]est))?)"
    rf"[ \t]*[,:]?[ \t]+[\"“«]?{_SURNAME_WORDS}"
)
# "Kaddy (van El Kaddouri)", "Fitzy (from Fitzgerald)", "Dédé (de Dedecker)": a nickname the
# writer goes by, and in a bracket right after it the name it was made from.
_NICKNAME_FROM = re.compile(
    r"(?<![\w'’-])(?P<known>[^\W\d_][\w'’-]{1,40})[ \t]*\([ \t]*"
    r"(?i:van|from|of|de|d['’]|vient[ \t]+de"
    rf"|comes[ \t]+from|short[ \t]+for)[ \t]+{_SURNAME_WORDS}[ \t]*\)"
)
# "Claeske is mijn bijnaam", "Fitzy is my nickname", "Dédé c'est mon surnom": a word said to be
# the writer's nickname.
_IS_MY_NICKNAME = re.compile(
    r"(?<![\w'’-])(?P<name>(?-i:[A-ZÀ-Ý])[\w'’-]{1,30})[ \t]+(?i:is[ \t]+(?:mijn|m['’]n|my)"
    r"[ \t]+(?:bij|roep)?(?:naam|nickname)|(?:c['’]est|est)[ \t]+mon[ \t]+surnom)(?!\w)"
)


def _stated_surnames(own: list[str], known: Iterable[str]) -> list[str]:
    """The surname the writer says is theirs, the name a nickname of theirs was made from, and
    a word they say is their nickname: each a name of theirs wherever it stands."""
    names: list[str] = []
    known = {part.casefold() for part in known}
    places = gazetteer.load().places

    def surname(name: str) -> bool:
        last = name.split()[-1].strip("'’-").casefold()
        return len(last) >= _MIN_PART_LETTERS and last not in _NOT_INTRODUCED \
            and last not in _FUNCTION_WORDS and last not in _NOT_SIGNED_NAMES \
            and last not in _SLURS

    for content in own:
        for match in _SURNAME_STATED.finditer(content):
            if surname(match["name"]):
                names.append(match["name"].strip("'’-"))
        for match in _NICKNAME_FROM.finditer(content):
            # "Brugske (van Brugge)": a nickname made from a town says where, not who.
            if match["known"].casefold() in known and surname(match["name"]) \
                    and match["name"].split()[-1].casefold() not in places:
                names.append(match["name"].strip("'’-"))
        for match in _IS_MY_NICKNAME.finditer(content):
            if surname(match["name"]):
                names.append(match["name"])
    # "El Kaddouri": the surname without its particle is as identifying.
    names.extend(name.split()[-1] for name in list(names) if len(name.split()) > 1)
    return list(dict.fromkeys(names))


# "Ellie N" in From, "Name: Ellie Nwosu" in a form the writer pastes: a display name that gives
# the surname by its initial only shortens it, and the writer's first name followed right away
# by a capitalised word of that initial is the whole surname. The word must be no ordinary word
# ("Ellie Needs help" needs nothing) and the first name must stand as a word of its own.
# "Chidi O" <chidi.okafor2012@…>: the address writes out what the display name shortens, its
# words the first name and then a word of that initial, so that word is the surname wherever it
# stands ("The Okafor House" on a doorbell notice), with the same checks.
_SURNAME_OF_INITIAL_CHARS = 40


def _surname_in_addresses(first: str, initial: str, addresses: Iterable[str]) -> list[str]:
    found: list[str] = []
    for address in addresses:
        local = local_part_words(address.casefold())
        if len(local) == 2 and local[0] == first.casefold() \
                and local[1][:1] == initial.casefold() \
                and _MIN_PART_LETTERS <= len(local[1]) <= _SURNAME_OF_INITIAL_CHARS:
            found.append(local[1].capitalize())
    return found


# The first words of surnames of two words ("Aït Lahcen", "Ben Ali", "El Idrissi", "Van Damme").
_SURNAME_OPENINGS = frozenset(("ait", "aït", "ben", "bin", "el", "al", "abu", "van", "de", "da",
                               "di", "le", "la", "ter", "ten", "von", "del", "dos", "das"))


def _surnames_of_initials(contents: list[str], display_names: Iterable[str],
                          addresses: Iterable[str] = ()) -> list[str]:
    """Surnames written out after the first name of a display name "First X" / "First X."
    whose second word is their initial, or in the writer's own address."""
    words = gazetteer.load()
    names: list[str] = []
    for display in display_names:
        parts = display.split()
        if len(parts) != 2 or not re.fullmatch(r"[A-ZÀ-Ý]\.?", parts[1]) \
                or len(parts[0]) < _MIN_PART_LETTERS:
            continue
        first, initial = parts[0], parts[1][0]
        names.extend(surname for surname in _surname_in_addresses(first, initial, addresses)
                     if _may_be_a_surname(surname, words))
        pattern = re.compile(rf"(?<![\w'’-])(?P<first>(?i:{re.escape(first)}))[ \t]+"
                             rf"(?P<surname>{initial}[a-zà-ÿ'’-]{{2,{_SURNAME_OF_INITIAL_CHARS}}})"
                             r"(?![\w'’-])"
                             r"(?:[ \t]+(?P<rest>[A-ZÀ-Ý][a-zà-ÿ'’-]{2,30})(?![\w'’-]))?")
        # "Kiezer: KAYA Yusuf Emre, geboren …" for "Derya K.": an official letter's field
        # gives the surname of the initial first, in capitals, then the given names (perhaps
        # a name the writer no longer uses): all of it is theirs.
        official = re.compile(
            rf"(?<=[^\W\d_])[ \t]*:[ \t]*(?P<surname>{initial}[A-ZÀ-Ý'’-]{{2,30}})[ \t]+"
            r"(?P<given>[A-ZÀ-Ý][a-zà-ÿ'’-]{1,30}(?:[ \t]+[A-ZÀ-Ý][a-zà-ÿ'’-]{1,30})?)"
            r"(?![\w'’-])")
        for content in contents:
            for found in official.finditer(content):
                given = found["given"].split()
                if all(word.casefold() in words.first_names
                       and word.casefold() not in words.ordinary for word in given) \
                        and _may_be_a_surname(found["surname"], words):
                    names.extend((f"{found['surname']} {found['given']}", found["given"],
                                  found["surname"]))
        for content in contents:
            for match in pattern.finditer(content):
                if match["rest"] is not None \
                        and match["surname"].casefold() in _SURNAME_OPENINGS:
                    # "Ilyas Ait Lahcen" of "Ilyas A.": a surname of two words, whose first is
                    # "Aït", "Ben", "El", "Van", "De" (the initial's), the second its rest.
                    names.extend((f"{match['first']} {match['surname']} {match['rest']}",
                                  f"{match['surname']} {match['rest']}", match["rest"]))
                    continue
                if _may_be_a_surname(match["surname"], words):
                    names.extend((f"{match['first']} {match['surname']}", match["surname"]))
    return list(dict.fromkeys(names))


def _may_be_a_surname(word: str, words: gazetteer.Gazetteer) -> bool:
    """A word read as the surname an initial shortens: none of the language's words, places or
    words that close a mail ("Ellie Needs", "Chidi Oostende")."""
    folded = word.casefold()
    return folded not in words.ordinary and folded not in _FUNCTION_WORDS \
        and folded not in _NOT_SIGNED_NAMES and folded not in words.places


# "jc.2010@…", "mb.gaming" (a handle for a display name): an address or handle that opens with
# two letters which are no word and no first name gives the writer by their initials. A first
# name and a surname of exactly those initials in their own text ("it says: call Mum … – Jamie
# Clarke" from jc.2010@…, a payment feed's "… paid Marcus Bell" from mb.gaming) are then
# the name the initials stand for: a paste of a lock screen, a feed or a form naming its owner.
# The first name must be a known one and the surname no function word or place; a person the
# writer introduces as theirs ("my brother Josh Carter") is someone else, even of the same
# initials.
_INITIALS_OPENING = re.compile(r"[^\W\d_]{2}(?=[\W\d_]|$)")
_FIRST_AND_SURNAME = re.compile(
    r"(?<![\w'’@.-])(?P<first>[A-ZÀ-Ý][a-zß-ÿ'’-]{1,30})[ \t]+"
    r"(?P<surname>[A-ZÀ-Ý][a-zß-ÿ'’-]{1,40})"
    r"(?![\w'’@-])")
_MY_PERSON_REACH = 40


def _names_of_initials(own: list[str], addresses: Iterable[str],
                       display_names: Iterable[str]) -> list[str]:
    """First name and surname in `own` whose initials open the writer's address or a
    display name written as a handle (no space), see _INITIALS_OPENING."""
    words = gazetteer.load()
    sources = [address.partition("@")[0] for address in addresses]
    sources += [name for name in display_names if not re.search(r"\s", name.strip())]
    initials = {
        opening.group().casefold()
        for source in sources
        if (opening := _INITIALS_OPENING.match(source)) is not None
        and opening.group().casefold() not in words.first_names
        and opening.group().casefold() not in words.ordinary
    }
    if not initials:
        return []
    names: list[str] = []
    for content in own:
        for match in _FIRST_AND_SURNAME.finditer(content):
            first, surname = match["first"], match["surname"]
            pair = (_without_accents(first[0]) + _without_accents(surname[0])).casefold()
            folded = surname.casefold()
            # A surname may be a word too ("Bell", "Young"): a capitalised word right after a
            # first name of the writer's initials is read as theirs, but no function word.
            if pair not in initials or first.casefold() not in words.first_names \
                    or folded in words.places or folded in _FUNCTION_WORDS \
                    or folded in _NOT_SIGNED_NAMES or folded in _NOT_INTRODUCED:
                continue
            before = content[max(0, match.start() - _MY_PERSON_REACH):match.start()]
            closes = len(before.rstrip(" \t,:"))
            if any(person.end() >= closes for person in _MY_PERSON.finditer(before)):
                continue  # "my brother Josh Carter": someone of theirs, not the writer
            names.append(f"{first} {surname}")
    return list(dict.fromkeys(names))
