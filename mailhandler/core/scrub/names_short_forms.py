"""Short forms of a name the writer is known by: clipped ("Veer"), pet forms, nicknames,
initials, consonants, blends.

Separate because every rule that learns a name asks it whether a word could be the writer's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from mailhandler.core.redact import gazetteer
from mailhandler.core.scrub.identity import (
    _MAX_NAME_WORDS,
    _MIN_PART_LETTERS,
    _without_accents,
)
from mailhandler.core.scrub.names_words import (
    _FUNCTION_WORDS,
    _MIN_SUFFIX_LETTERS,
    _NOT_INITIALS,
    _NOT_INTRODUCED,
    _NOT_SIGNED_NAMES,
)

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


# Verlan turns a word around at a syllable: "Karim" (ka-rim) is "Rimka", "Samir" is "Mirsa".
_VERLAN_VOWELS = frozenset("aeiouy")
_MIN_VERLAN_PIECE = 2


def _verlan_of_known(folded: str, known: Iterable[str]) -> bool:
    """ "tout le monde m'appelle Rimka" from Karim: a name the writer is known by with its
    syllables swapped where a vowel meets a consonant, each piece of two letters or more.
    Only where the writer says they are called so (see names_called._called_name)."""
    bare = _without_accents(folded)
    if len(bare) < _MIN_NICKNAME_LETTERS + 1 or not bare.isalpha():
        return False
    for part in known:
        plain = _without_accents(part.casefold())
        if len(plain) != len(bare) or plain == bare:
            continue
        for cut in range(_MIN_VERLAN_PIECE, len(plain) - _MIN_VERLAN_PIECE + 1):
            if plain[cut - 1] in _VERLAN_VOWELS and plain[cut] not in _VERLAN_VOWELS \
                    and plain[cut:] + plain[:cut] == bare:
                return True
    return False


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


def short_forms_in_address(known: list[str], local_words: set[str]) -> list[str]:
    """ "Fatou" of fatou.keita.93@… for Fatoumata Keita: a word of the writer's own address
    that is a short form of a name they are known by (_is_short_form) is a name they go by,
    wherever it stands ("t'es une gouine Fatou" in a message they paste). No word of the
    language: "sam" of "samen.sterk@" is none of Samira's names."""
    words = gazetteer.load()
    return [word.capitalize() for word in sorted(local_words)
            if len(word) >= _MIN_CLIPPED_LETTERS and word.isalpha() and word not in known
            and word not in words.ordinary and word not in _FUNCTION_WORDS
            and word not in _NOT_SIGNED_NAMES and word not in _NOT_INTRODUCED
            and _is_short_form(word, known)]
