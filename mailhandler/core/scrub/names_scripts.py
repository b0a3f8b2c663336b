"""A name written in another script: Arabic, Persian, Cyrillic and Tifinagh spellings of a
Latin one.

Separate because it is transliteration, not reading a sentence.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from mailhandler.core.redact import gazetteer
from mailhandler.core.scrub.identity import (
    _MIN_PART_LETTERS,
    _without_accents,
)

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
# "ژ" is "zh" ("Zhaleh") and, in the French and English spellings of Persian surnames, "j"
# ("Rahiminejad" of "رحیمی‌نژاد").
_PERSIAN_READING = {"ث": "s", "ذ": "z", "ض": "z", "ظ": "z", "ژ": "j"}
# An Arabic-script word; Persian writes a zero-width non-joiner inside one ("رحیمی‌نژاد", one
# surname of two parts), and a name may be stretched with tatweel ("لـــمـــار", U+0640).
_ARABIC_WORD = re.compile(r"[\u0621-\u064a\u0660-\u066f\u067e\u0686\u0698\u06a9\u06af\u06c0"
                          r"\u06cc\u06d5](?:[\u0621-\u064a\u0660-\u066f\u067e\u0686\u0698"
                          r"\u06a9\u06af\u06c0\u06cc\u06d5\u200c]){1,15}")
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
# Tifinagh, as Kabyle and other Amazigh names are written ("ⵎⴰⵙⵉⵏⵉⵙⴰ" Massinissa): each letter
# by its usual Latin transcription, then reduced to consonants like the Latin name.
_TIFINAGH_LETTERS = {
    "ⴰ": "a", "ⴱ": "b", "ⴳ": "g", "ⴷ": "d", "ⴹ": "d", "ⴻ": "e", "ⴼ": "f", "ⴽ": "k", "ⵀ": "h",
    "ⵃ": "h", "ⵄ": "", "ⵅ": "kh", "ⵇ": "q", "ⵉ": "i", "ⵊ": "j", "ⵍ": "l", "ⵎ": "m", "ⵏ": "n",
    "ⵓ": "u", "ⵔ": "r", "ⵕ": "r", "ⵖ": "gh", "ⵙ": "s", "ⵚ": "s", "ⵛ": "ch", "ⵜ": "t",
    "ⵟ": "t", "ⵡ": "w", "ⵢ": "y", "ⵣ": "z", "ⵥ": "z", "ⵯ": "",
}
_TIFINAGH_WORD = re.compile(r"[\u2d30-\u2d7f]{2,16}")


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
    if _TIFINAGH_WORD.fullmatch(line):
        return _latin_skeleton("".join(_TIFINAGH_LETTERS.get(char, "") for char in line))
    return ""


def _script_words(line: str) -> list[str]:
    """The Arabic, Cyrillic and Tifinagh words of a line."""
    return [*_ARABIC_WORD.findall(line), *_CYRILLIC_WORD.findall(line),
            *_TIFINAGH_WORD.findall(line)]


def _skeletons(word: str) -> set[str]:
    """The consonants of a word in another script, as each reading gives them."""
    readings = (_script_skeleton(word), _script_skeleton(word, _PERSIAN_READING))
    return {skeleton for skeleton in readings if len(skeleton) >= _MIN_SKELETON}


_FIRST_AND_LAST = 2
# Two words of another script side by side, with nothing but a space between them.
_SCRIPT_PAIR = re.compile(r"(?=(?P<first>(?:" + _ARABIC_WORD.pattern + r"))[ \t]+(?P<last>(?:"
                          + _ARABIC_WORD.pattern + r")))")


def _full_names_in_script(line: str, names: Iterable[str]) -> list[str]:
    """ "سلام، من مهسا رحیمی‌نژاد هستم" from Mahsa Rahiminejad: two Arabic-script words side
    by side whose consonants are, in order, those of the first and the last word of a name
    the writer is known by, are that name in their script, wherever they stand. One word's
    consonants alone ("مس" is "ms" too) are too few to tell a name by in running text; a
    first name and a surname together are."""
    if line.isascii():
        return []
    pairs = []
    for name in names:
        words = name.split()
        if len(words) < _FIRST_AND_LAST:
            continue
        first, last = _latin_skeleton(words[0]), _latin_skeleton(words[-1])
        if len(first) >= _MIN_SKELETON and len(last) >= _MIN_SKELETON:
            pairs.append((first, last))
    found: list[str] = []
    for match in _SCRIPT_PAIR.finditer(line) if pairs else ():
        firsts, lasts = _skeletons(match["first"]), _skeletons(match["last"])
        if any(one in firsts and other in lasts for one, other in pairs):
            found.append(f"{match['first']} {match['last']}")
    return found


def _other_script_spelling_of(line: str, known: Iterable[str]) -> bool:
    """Whether `line` is one Arabic or Cyrillic word whose consonants are those of a known
    name word ("يوسف" by Youssef, "Дарина" by Daryna)."""
    skeletons = _skeletons(line.strip())
    return any(len(word) >= _MIN_PART_LETTERS and _latin_skeleton(word) in skeletons
               for word in known)


# The same names in their passports: Ukraine's official transliteration (2010) writes "є", "ї",
# "й", "ю", "я" inside a word as "ie", "i", "i", "iu", "ia" ("Софія" Sofiia, "Андрій" Andrii);
# Russian's reads "г" as "g" and "и" as "i" ("Ольга" Olga, "Дмитрий" Dmitrii).
_CYRILLIC_INSIDE_A_WORD = {"є": "ie", "ї": "i", "й": "i", "ю": "iu", "я": "ia"}
_CYRILLIC_AS_RUSSIAN = {"г": "g", "и": "i"}


def _latin_spellings(word: str) -> set[str]:
    """A Cyrillic word spelled out in Latin letters: as it is commonly written, as Ukraine's
    official transliteration writes it, and as Russian names are written."""
    folded = word.casefold()
    common = "".join(_CYRILLIC_LETTERS.get(char, "") for char in folded)
    official = folded[:1] + "".join(_CYRILLIC_INSIDE_A_WORD.get(char, char) for char in folded[1:])
    official_latin = "".join(_CYRILLIC_LETTERS.get(char, char) for char in official)
    russian = "".join(_CYRILLIC_AS_RUSSIAN.get(char, _CYRILLIC_LETTERS.get(char, char))
                      for char in official)
    return {common, official_latin, russian}


def _spelled_in_latin(word: str, known: Iterable[str]) -> bool:
    """Whether a Cyrillic word, spelled out letter by letter, is a known name word: "Саша" by
    Sasha, whose consonants alone ("s") are too few to tell a name by; "Софія" by Sofiia."""
    if not _CYRILLIC_WORD.fullmatch(word):
        return False
    spellings = {spelled for spelled in _latin_spellings(word) if len(spelled) >= _MIN_PART_LETTERS}
    return any(_without_accents(name.casefold()) in spellings for name in known)


_LATIN_NAME_WORD = re.compile(r"(?<![\w'’-])[A-Z][a-z]{2,20}(?![\w'’-])")


def _latin_spellings_of_known(line: str, known: Iterable[str]) -> list[str]:
    """The capitalised words of `line` that spell a name the writer is known by in Cyrillic
    ("Олександра Ковальчук" in From, "en vrai Oleksandra" in the text): the same name as it is
    written in Latin letters, commonly or as a passport writes it."""
    spellings = {spelled for name in known for word in name.split()
                 if _CYRILLIC_WORD.fullmatch(word) for spelled in _latin_spellings(word)
                 if len(spelled) >= _MIN_PART_LETTERS}
    if not spellings:
        return []
    return [match.group() for match in _LATIN_NAME_WORD.finditer(line)
            if match.group().casefold() in spellings]


# "𝓛𝓸𝓻𝓮 🌙", "𝐒𝐚𝐦", "𝕸𝖎𝖆": a word in the "fancy letters" of Unicode's mathematical
# alphabets, as bio generators and phone keyboards write a name to decorate it. No one writes
# their story in them; a first name so written is the writer's, in both forms.
_FANCY_WORD = re.compile(r"[\U0001d400-\U0001d7ff]{2,30}")


def _fancy_first_names(text: str) -> list[str]:
    """Each word of `text` in mathematical letters that reads as a first name (one that is not
    a word), as written and as read."""
    names: list[str] = []
    words = gazetteer.load()
    for match in _FANCY_WORD.finditer(text):
        plain = unicodedata.normalize("NFKC", match.group())
        folded = plain.casefold()
        if len(plain) >= _MIN_PART_LETTERS and plain.isalpha() and folded in words.first_names \
                and folded not in words.ordinary:
            names.extend((match.group(), plain))
    return names
