"""The writer's own name written otherwise: backwards, in digits, inflected, endeared,
romanised otherwise, said aloud.

Young people play with their own name: "éolhC (je signe toujours à l'envers)", "anel" for
Lena, "M4TT30" for Matteo, "3icha" for Aicha in Arabizi, "Kasiu" and "Kasi" (the Polish
vocative and genitive of Kasia), "Siobhan (ça se prononce Chivonne)". Each is their name to
anyone who reads it. These functions find such words in a text, each derived from a name the
writer is already known by (headers, signature, self-introduction), so that replace_identity
replaces them like the name itself.

Only whole words, only derived from the writer's own names, and each derivation with the guard
that keeps an ordinary word ("taak" is Kaat backwards, "Marie" is Maria inflected, "5am" is a
time) the writer's. Pure; imports nothing of the scrub package, so identity can ask it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from mailhandler.core.redact import gazetteer

# A word as written: letters (with their marks, also typed apart, and Arabic's vowel marks,
# the harakat) and digits. Bounded, so that a megabyte without spaces is looked at in pieces,
# each costing the same.
_WORD_TOKEN = re.compile(r"(?:[^\W_]|[\u0300-\u036f\u064b-\u0652\u0670]){3,40}")
_MIN_VARIANT_CHARS = 4  # "Tom" backwards is "mot", "5am" is a time: too short to tell
# The shortest part of a name looked for on its own ("Ali", not "Al"): identity.py and the
# scrub modules take it from here, as identity imports this module.
_MIN_PART_LETTERS = 3


def _without_accents(word: str) -> str:
    """ "nguyen" of "nguyễn": the word with its combining marks taken off."""
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def _is_word_of_someone_else(folded: str) -> bool:
    """A word that reads as something else than a play on the writer's name: an ordinary
    word of Dutch or English, a first name (someone else's: Maria inflected is "Marie"), a
    place, or a capitalised word that names no person ("Noël", "Israël")."""
    words = gazetteer.load()
    return (folded in words.ordinary or folded in words.first_names or folded in words.places
            or folded in gazetteer.NOT_PEOPLE or folded in _MARKED_NOT_PEOPLE)


# Capitalised words with a French or Dutch mark whose bare form is also a first name: the
# feast and the country, not a Noel or an Israel who writes. (Other countries, as Dutch writes
# them, are in gazetteer.NOT_PEOPLE.)
_MARKED_NOT_PEOPLE = frozenset(("noël", "israël"))


# --------------------------------------------------------------------------- backwards

# The writer says they write it backwards: "ik schrijf hem achterstevoren", "je signe à
# l'envers", "my name backwards".
_BACKWARDS = re.compile(
    r"(?i)(?<!\w)(?:achterstevoren|achteruit\s+geschreven|omgekeerd|andersom"
    r"|[àa]\s+l['’]envers|backwards?|reversed|in\s+reverse|back\s+to\s+front)(?!\w)")


# "alles andersom", "en omgekeerd", "à l'envers dans ma tête", "vice versa": the words are
# common; they tell of a name written backwards only with a word of naming or writing on
# their line ("ik schrijf mijn naam omgekeerd", "je signe à l'envers", "my name backwards").
_NAME_OR_WRITING = re.compile(
    r"(?i)(?<!\w)(?:naam|namen|name|names|nom|pr[ée]nom|sign\w*|schrij\w*|geschreven|write"
    r"|writes|writing|written|wrote|spell\w*|[ée]cri\w*|typ\w*|tape\w*|lees|lezen|read"
    r"|lis|lire|noem\w*|heet|called|appel\w*)(?!\w)")


def _told_backwards(text: str) -> bool:
    """Whether the writer says something (their name) is written backwards."""
    for match in _BACKWARDS.finditer(text):
        start = text.rfind("\n", 0, match.start()) + 1
        end = text.find("\n", match.end())
        if _NAME_OR_WRITING.search(text[start:end if end >= 0 else len(text)]):
            return True
    return False


def _backwards(word: str, folded: str, parts: frozenset[str], told: bool) -> bool:
    """ "éolhC" for Chloé, "anel" for Lena: a name part written backwards. Its capital at
    the end (where the name's first letter went) says so by itself; written otherwise the
    writer must say it is backwards, and it must not read as a word or a name of its own
    ("taak" for Kaat, "Leon" for Noel).

    "ik gebruik mijn naam achterstevoren dus hier ben ik erretS" from an address that names
    no one: when the writer says they write their name backwards, a word that is a first name
    read backwards ("Sterre") is that name though no header gave it, written either with the
    capital at its end or all in lower case, and reading as no word or name of its own."""
    backwards = folded[::-1]
    if backwards == folded or folded in gazetteer.load().ordinary:
        return False
    capital_at_end = word[-1].isupper() and not any(char.isupper() for char in word[:-1])
    if backwards not in parts:
        return told and (capital_at_end or word.islower()) \
            and backwards in gazetteer.load().first_names and not _is_word_of_someone_else(folded)
    if capital_at_end:
        return True
    return told and (folded not in gazetteer.load().first_names or word.islower())


# --------------------------------------------------------------------------- in digits

# The digits that stand for a letter: leetspeak ("M4TT30", "L3N4") and Arabizi, where 3 is ain
# and 7 is ha ("3icha" for Aicha, "Mo7amed"), 2 hamza, 9 qaf, 6 ta. A 3 or a 2 may also stand
# where the Latin spelling writes no letter at all ("Sa3id" for Said).
_DIGITS_FOR = {
    "a": "432", "e": "3", "i": "1", "l": "1", "o": "0", "s": "5", "t": "76", "b": "8",
    "g": "96", "z": "2", "h": "7", "q": "9", "k": "9",
}
_DIGIT = re.compile(r"\d")
_MIN_DIGIT_WORD_LETTERS = 2  # "0715" is a time however Otis is written in digits


_DIGIT_SLOT_VOWELS = frozenset("aeiouy")


def _digits_regex(part: str, *, anywhere: bool) -> str:
    """`part` with its letters as digits, and a 3 or a 2 for a letter Latin does not write:
    where two vowels meet ("Sa3id" for Said, "Ra2ed"), or between any two letters when
    `anywhere` ("Ja3far" for Jafar, which Arabizi also writes "a3mal", a word of its own)."""
    pieces = []
    for i, char in enumerate(part):
        digits = _DIGITS_FOR.get(char, "")
        if i and (anywhere or (part[i - 1] in _DIGIT_SLOT_VOWELS and char in _DIGIT_SLOT_VOWELS)):
            pieces.append("[23]?")
        pieces.append(f"[{re.escape(char)}{digits}]" if digits else re.escape(char))
    return "".join(pieces)


@lru_cache(maxsize=128)
def _digits_pattern(parts: frozenset[str], *, anywhere: bool = False) -> re.Pattern[str]:
    return re.compile("|".join(_digits_regex(part, anywhere=anywhere) for part in sorted(parts)))


def _in_digits(word: str, folded: str, digit_parts: frozenset[str] | None) -> bool:
    """ "M4TT30", "3icha": a name part with letters written as the digits that look or sound
    like them. A word with at least two letters and a digit: not a number, not a time."""
    if digit_parts is None or _DIGIT.search(word) is None \
            or sum(char.isalpha() for char in word) < _MIN_DIGIT_WORD_LETTERS:
        return False
    if _digits_pattern(digit_parts).fullmatch(folded) is not None:
        return True
    # A digit for a letter Latin does not write between a vowel and a consonant: only in a
    # word written with a capital, as a name is ("Ja3far"; "a3mal" is a word).
    return word[:1].isupper() and _digits_pattern(
        digit_parts, anywhere=True).fullmatch(folded) is not None


# --------------------------------------------------------------------------- inflected

# Slavic languages inflect a first name by its case: Kasia is "Kasiu!" when called, "Kasi"
# (of Kasia), "Kasię", "Kasią"; Anna "Anno", "Anny", "Annie"; the same endings in Czech,
# Slovak, Croatian, Serbian, Ukrainian written in Latin letters. Only a feminine name in -a
# takes them here: masculine endings ("Piotra", "Marku") would make too many ordinary words.
_INFLECTED_ENDINGS = ("u", "o", "y", "i", "e", "ie", "ii")
_MIN_INFLECTED_LETTERS = 4


def _inflected(word: str, folded: str, parts: frozenset[str]) -> bool:
    """A feminine name in -a with a case ending instead of its -a, written with a capital
    as names are, and no word or first name of its own ("Marie", "Anne", "Evy", "Julio")."""
    if not word[:1].isupper():
        return False
    for part in parts:
        if len(part) < _MIN_INFLECTED_LETTERS or not part.endswith("a"):
            continue
        stem = part[:-1]
        if (folded == stem and stem.endswith("i")) \
                or (folded.startswith(stem) and folded[len(stem):] in _INFLECTED_ENDINGS):
            # "Kasi", "Zosi", "Basi": -ia takes -i, as any other -a takes its ending.
            return not _is_word_of_someone_else(folded)
    return False


# A Polish girl's name in -ia or -a also takes its diminutive in -k-, with the same case
# endings: Oliwia is "Oliwka", called "Oliwko!", "Oliwki" (of her); Kasia is "Kaśka", "Kaśko".
_DIMINUTIVE_CASE_ENDINGS = ("a", "o", "i", "e", "u", "ie")
_MIN_DIMINUTIVE_STEM = 3


def _polish_diminutive(word: str, folded: str, parts: frozenset[str]) -> bool:
    """ "Oliwko", "Kaśka": a feminine name in -ia or -a, its ending replaced by "k" and a
    case ending, written with a capital, and no word or first name of its own ("Lenka",
    "Anka" are names of their own)."""
    if not word[:1].isupper():
        return False
    for part in parts:
        if len(part) < _MIN_INFLECTED_LETTERS or not part.endswith("a"):
            continue
        stem = part[:-2] if part.endswith("ia") else part[:-1]
        if len(stem) >= _MIN_DIMINUTIVE_STEM and (
                (folded.startswith(stem + "k")
                 and folded[len(stem) + 1:] in _DIMINUTIVE_CASE_ENDINGS)
                or folded == stem + "ce"):  # "Kaśce": to Kaśka, the k softened
            return not _is_word_of_someone_else(folded)
    return _polish_masculine_diminutive(folded, parts)


# A Polish boy's name ending in a consonant takes "-ek" (Kacper is "Kacperek", Piotr
# "Piotrek"), with its case endings: "Kacperka" (of him), "Kacperku!", "Kacperkiem".
_MASCULINE_DIMINUTIVE_ENDINGS = ("ek", "ka", "ku", "kiem", "kowi")
_MIN_MASCULINE_STEM = 4


def _polish_masculine_diminutive(folded: str, parts: frozenset[str]) -> bool:
    """ "Kacperek" for Kacper: a name part of four letters or more ending in a consonant, with
    the diminutive's ending fused to it; no word or first name of its own ("Marek" is one)."""
    return any(
        len(part) >= _MIN_MASCULINE_STEM and part[-1] not in "aeiouy" and folded.startswith(part)
        and folded[len(part):] in _MASCULINE_DIMINUTIVE_ENDINGS
        for part in parts) and not _is_word_of_someone_else(folded)


# --------------------------------------------------------------------------- endeared

# What the family adds to a name out of love, fused to it: Portuguese and Spanish diminutives
# ("Biazinha" for Bia, "Joãozinho", "Ritinha" for Rita, "Juanito"), the Turkish "my dear"
# ("Elifçim", "Ayşeciğim", with the vowel of the name's last syllable), Persian and Dari
# "Amirjoon", "Amirjan" (written apart, "Amir-joon", the name itself is replaced), French
# "Nicou". (Flemish "Woutje", "Lieske" are identity's _diminutive_suffixes.) Compared with their
# marks taken off, as the word is ("çiğim" is "cigim" then).
_ENDEARING_SUFFIXES = frozenset(
    _without_accents(suffix).casefold() for suffix in (
        "zinha", "zinho", "inha", "inho", "zita", "zito", "cita", "cito", "ita", "ito",
        "joon", "jun", "jaan", "jan", "ou",
        "cım", "cim", "cum", "cüm", "çım", "çim", "çum", "çüm",
        "cığım", "ciğim", "cuğum", "cüğüm", "çığım", "çiğim", "çuğum", "çüğüm"))
_MIN_ENDEARED_STEM = 3


def _endeared(word: str, folded: str, parts: frozenset[str]) -> bool:
    """ "Biazinha", "Elifçim", "Ritinha": a name part (or, before a Portuguese or Spanish
    diminutive, the part without its last vowel) with an endearing suffix, written with a
    capital, and no word or first name of its own ("Anita" is someone's name)."""
    if not word[:1].isupper():
        return False
    for part in parts:
        stems = {part, part[:-1]} if part[-1:] in ("a", "o", "e") else {part}
        for stem in stems:
            if len(stem) >= _MIN_ENDEARED_STEM and folded.startswith(stem) \
                    and folded[len(stem):] in _ENDEARING_SUFFIXES:
                return not _is_word_of_someone_else(folded)
    return False


# --------------------------------------------------------------------------- romanised

# One Ukrainian or Russian name in the Latin letters of several systems: the passport's
# "Yevhenii Melnyk" is "Jevgeni Melnik" at a Dutch school, "Wolodymyr" in German, "Olexandra";
# y, j and i, g and h, kh and h, w and v, x and ks are one letter across them.
_ROMANISED_AS_ONE = (("kh", "h"), ("x", "ks"), ("w", "v"), ("y", "i"), ("j", "i"), ("g", "h"))
_ROMANISATION_LETTERS = re.compile(r"[yjwx]|kh")
_MIN_ROMANISED_LETTERS = 5


def _romanised_key(folded: str) -> str:
    key = folded
    for letters, one in _ROMANISED_AS_ONE:
        key = key.replace(letters, one)
    key = re.sub(r"(.)\1+", r"\1", key)
    return re.sub(r"^i(?=[aeou])", "", key)  # "Ievgen", "Yevhen", "Evgen"


def _romanised(word: str, folded: str, parts: frozenset[str]) -> bool:
    """ "Jevgeni Melnik" for Yevhenii Melnyk: a name part spelled by another system of
    romanisation, written with a capital. One of the two must be written with a letter those
    systems differ on (y, j, w, x, kh): "Gilda" and "Hilda" are two names; and the word must be
    no word of the language (a first name it may be: each spelling is one)."""
    if not word[:1].isupper() or len(folded) < _MIN_ROMANISED_LETTERS \
            or folded in gazetteer.load().ordinary or folded in gazetteer.NOT_PEOPLE:
        return False
    key = _romanised_key(folded)
    return any(len(part) >= _MIN_ROMANISED_LETTERS and part != folded
               and (_ROMANISATION_LETTERS.search(part) or _ROMANISATION_LETTERS.search(folded))
               and _romanised_key(part) == key for part in parts)


# --------------------------------------------------------------------------- with a mark

_BEFORE_SENTENCE_START = re.compile(r"(?:^|[.!?…:;\n(\"“«]|[.!?]\s*[\"”»)])\s*$")


def _mid_sentence(text: str, start: int) -> bool:
    """Whether the word at `start` stands inside a sentence (something before it on its line,
    not the end of a sentence): a capital there marks a name, not a sentence's opening."""
    before = text[max(0, start - 8):start]
    return start > 0 and _BEFORE_SENTENCE_START.search(before) is None and text[start - 1] != "\n"


# "een Hermès sjaal", "la Côte d'Ivoire", "un Citroën": after an article a capitalised word
# names a thing or a place. "André Hazes", "Côte d'Azur": followed by a capitalised word
# that is no name of the writer, it is part of someone else's name or a place's.
_ARTICLE_BEFORE = re.compile(r"(?i)(?<!\w)(?:een|het|un|une|le|la|les|des|du|the|an?)[ \t]+$")
_CAPITAL_AFTER = re.compile(
    r"[ \t]+(?:(?:d['’]|de[ \t]+|du[ \t]+|des[ \t]+|van[ \t]+))?(?P<next>[A-ZÀ-Ý][^\W\d_]+)")


def _part_of_anothers_name(text: str, start: int, end: int, known: frozenset[str]) -> bool:
    if _ARTICLE_BEFORE.search(text[max(0, start - 8):start]):
        return True
    after = _CAPITAL_AFTER.match(text, end)
    return after is not None and _without_accents(after["next"]).casefold() not in known


def _marked(word: str, folded: str, plain: frozenset[str], text: str, start: int) -> bool:
    """ "Grâce", "Aïcha" for a Grace or an Aicha whose headers carry no mark: their name
    with a French or Dutch mark, written with a capital inside a sentence. Lower case it is
    the word ("grâce à toi", "à côté", "rosé"); the feast and the country stay ("Noël",
    "Israël")."""
    if word.isascii() or folded not in plain or not word[:1].isupper() \
            or not word[1:].islower() or not _mid_sentence(text, start):
        return False
    marked = word.casefold()
    return marked not in _MARKED_NOT_PEOPLE and marked not in gazetteer.NOT_PEOPLE \
        and marked not in gazetteer.load().places


# --------------------------------------------------------------------------- said aloud

# "Siobhan (ça se prononce Chivonne)", "Aoife, pronounced Eefa", "Niamh (spreek je uit als
# Nieve)": how the name the writer just gave is said, written as it sounds.
_PRONOUNCED = re.compile(
    r"(?i)[ \t]*[(,–—-]?[ \t]*(?:(?:ça|ca|cela|it['’]?s|het|dat|that['’]?s|you|je|on)[ \t]+)?"
    r"(?:se[ \t]+prononce|prononc[ée]e?|pronounced|pronounce[ \t]+it"
    # "spreek je uit als", "spreek het uit": with its "uit" ("spreek je Tigrinya?" asks
    # which language the reader speaks, and names no pronunciation).
    r"|spreek(?:[ \t]+(?:je|jij|het|ik|hem|u))*[ \t]+uit|uitgesproken|uitspraak)"
    r"[ \t]*(?:comme|as|like|als|:)?[ \t]*[\"'“«‘]?[ \t]*"
    r"(?P<name>(?-i:[A-ZÀ-Ý])[^\W\d_]+(?:-[^\W\d_]+){0,3})")


# "Jitse (spreek uit: Jiet-se, ni "Jitsie" zoals de leerkracht zegt)", "Siobhan (pronounced
# Shiv-awn, not "See-o-ban")", "Aoife, prononcé Ifa et pas "A-oï-fe"": the way it is said
# wrong, right after the way it is said, is their name too (it is what the class calls them).
_NOT_SAID_SO = re.compile(
    r"(?i)[ \t]*[,;]?[ \t]*(?:(?:en|and|et|maar|but|mais)[ \t]+)?"
    r"(?:niet|nie|ni|not|pas|never|nooit|jamais)[ \t]+(?:(?:als|like|comme|zoals)[ \t]+)?"
    r"[\"'“«‘]?[ \t]*(?P<name>(?-i:[A-ZÀ-Ý])[^\W\d_]+(?:-[^\W\d_]+){0,3})")


def _said_aloud(text: str, end: int) -> list[str]:
    """The names said to be how the name ending at `end` is pronounced, and how it is not
    (see _NOT_SAID_SO); none when no pronunciation follows the name."""
    said = _PRONOUNCED.match(text, end)
    if said is None or _is_ordinary(said["name"]):
        return []
    names = [said["name"]]
    wrong = _NOT_SAID_SO.match(text, said.end())
    if wrong is not None and not _is_ordinary(wrong["name"]):
        names.append(wrong["name"])
    return names


def _is_ordinary(word: str) -> bool:
    folded = word.casefold()
    return folded in gazetteer.load().ordinary or folded in gazetteer.NOT_PEOPLE


# --------------------------------------------------------------------------- in Morse

# ".-.. . ---" under "i sign everything in morse now, its my real name": a name in Morse code
# is the name to anyone who looks the letters up. Only in a mail that says it is Morse, only a
# run of at least two letters (one space between letters, a slash or three spaces between
# words), and only when what it spells is one of the writer's names or a first name that is
# no word ("... --- ..." spells SOS, a word, and stays the writer's cry).
_MORSE_CODES = {
    ".-": "a", "-...": "b", "-.-.": "c", "-..": "d", ".": "e", "..-.": "f", "--.": "g",
    "....": "h", "..": "i", ".---": "j", "-.-": "k", ".-..": "l", "--": "m", "-.": "n",
    "---": "o", ".--.": "p", "--.-": "q", ".-.": "r", "...": "s", "-": "t", "..-": "u",
    "...-": "v", ".--": "w", "-..-": "x", "-.--": "y", "--..": "z",
}
_MORSE_TOLD = re.compile(r"(?i)(?<!\w)morse(?!\w)")
_MORSE_RUN = re.compile(
    r"(?<![\w.\-/])[.\-]{1,5}(?:(?:[ \t]|[ \t]*/[ \t]*|[ \t]{3})[.\-]{1,5}){1,23}(?![\w.\-/])")
_MORSE_WORD_GAP = re.compile(r"[ \t]*/[ \t]*|[ \t]{3}")


def _in_morse(text: str, parts: frozenset[str]) -> list[str]:
    """The runs of Morse code in `text` that spell a name of the writer's, each as written."""
    if _MORSE_TOLD.search(text) is None:
        return []
    words = gazetteer.load()
    found = []
    for match in _MORSE_RUN.finditer(text):
        spelled = ["".join(_MORSE_CODES.get(code, "?") for code in word.split())
                   for word in _MORSE_WORD_GAP.split(match.group())]
        if any("?" in word or not word for word in spelled):
            continue
        if any(word in parts for word in spelled) or (
                len(spelled[0]) >= _MIN_PART_LETTERS and spelled[0] in words.first_names
                and not _is_ordinary(spelled[0])):
            found.append(match.group())
    return found
# --------------------------------------------------------------------------- short forms

# The short forms a Slavic first name always has, whatever the family: Dmytro is "Dima" to
# everyone, Oleksandra "Sasha" (French "Sacha", Polish "Sasza"), Katarzyna "Kasia". Unlike a
# clipped name they share no ending with it, so they are listed: the official name (and its
# usual transliterations) and the short forms as they are written in Latin letters.
_SHORT_FORMS: dict[str, tuple[str, ...]] = {}
for _full, _short in (
        (("oleksandr", "oleksandra", "olexandr", "olexandra", "aleksandr", "aleksandra",
          "alexandr", "oleksander"), ("sasha", "sacha", "sasza", "sascha", "sashko", "shura")),
        (("dmytro", "dmitri", "dmitry", "dmitrii", "dmytrii", "dmitrij", "dymitr"),
         ("dima", "dimka", "dimochka")),
        (("yevhenii", "yevhen", "yevheniia", "yevgeniy", "yevgenia", "evgeny", "evgenii",
          "evgenia", "jevgeni", "jevgenia", "ievgen", "ievgenii"),
         ("zhenya", "zhenia", "zjenja", "jenia", "zhenka")),
        (("mykhailo", "mikhail", "mikhailo"), ("misha", "mischa", "micha")),
        (("volodymyr", "vladimir", "wladimir"), ("vova", "volodya", "volodia", "wowa")),
        (("kateryna", "ekaterina", "yekaterina", "katerina"), ("katya", "katia", "katja")),
        (("anastasiia", "anastasiya", "anastasia"), ("nastya", "nastia", "nastja")),
        (("oleksii", "aleksei", "alexei", "aleksey", "alexey"), ("lesha", "alyosha", "lyosha")),
        (("viktoriia", "viktoriya"), ("vika",)),
        (("tetiana", "tatiana", "tatyana", "tetyana"), ("tanya", "tania", "tanja")),
        (("nataliia", "natalya", "nataliya"), ("natasha", "natacha")),
        (("svitlana", "svetlana"), ("sveta",)),
        (("serhii", "sergei", "sergey", "serhiy"), ("seryozha", "serozha")),
        (("pavlo", "pavel"), ("pasha",)),
        (("katarzyna",), ("kasia",)),
        (("malgorzata",), ("gosia", "malgosia")),
        (("zofia",), ("zosia",)),
        (("barbara",), ("basia",)),
        (("krzysztof",), ("krzys", "krzysiek")),
        (("wojciech",), ("wojtek",)),
        (("jakub",), ("kuba",)),
        # Sofiia is "Софійка" at home, its pet form with -йк- (as the stem of "Софійко!").
        (("sofiia", "sofiya", "sofija"), ("sofiyka", "sofiika")),
):
    for _name in _full:
        _SHORT_FORMS[_name] = _short


def _with_short_forms(parts: frozenset[str]) -> frozenset[str]:
    """`parts` and the short forms of each that is a listed Slavic name."""
    short = {form for part in parts for form in _SHORT_FORMS.get(part, ())}
    return parts | frozenset(short) if short else parts


def _short_form(folded: str, parts: frozenset[str], short: frozenset[str]) -> bool:
    """ "Dima" from Dmytro: a listed short form of a name the writer is known by (a first name
    of its own, but the writer's; never a word of the language or a place)."""
    if folded not in short or folded in parts:
        return False
    words = gazetteer.load()
    return folded not in words.ordinary and folded not in words.places \
        and folded not in gazetteer.NOT_PEOPLE


# Ukrainian and Russian make a short form sweeter or call with it: Sasha is "Сашуню",
# "Сашенько", "Сашко", "Сашка"; Dima "Димочка", "Димон". The short form's stem (without its
# last vowel) and one of these endings, as the letters are commonly written in Latin. Written
# in Latin letters only the longer endings count ("Sashenka", "Dimochka"): "Kasa", "Tana" are
# words.
_SLAVIC_PET_ENDINGS = ("unia", "uniu", "unya", "unyu", "unio", "enka", "enko", "enku", "enky",
                       "ochka", "ochko", "echka", "echko", "ko", "ka", "ku", "ky", "on",
                       "o", "u", "yu", "iu", "ia", "ya", "a")


def _slavic_pet_form(spellings: Iterable[str], short: frozenset[str],
                     min_ending: int = 1) -> bool:
    """Whether one of `spellings` (a word in Latin letters) is a short form's stem and a pet
    ending of at least `min_ending` letters."""
    for spelled in spellings:
        for form in short:
            stem = form[:-1] if form[-1] in "aeiouy" else form
            if stem.endswith(("i", "y")) and len(stem) > _MIN_ENDEARED_STEM:
                stem = stem[:-1]
            if len(stem) >= _MIN_ENDEARED_STEM and spelled.startswith(stem) \
                    and len(ending := spelled[len(stem):]) >= min_ending \
                    and ending in _SLAVIC_PET_ENDINGS:
                return True
    return False


# --------------------------------------------------------------------------- other scripts

# The Ethiopic syllabary (Tigrinya, Amharic) writes a consonant and its vowel as one sign, in
# rows of eight from U+1200: the row is the consonant, the place in the row the vowel (the
# sixth, "ə", mostly unwritten in Latin spellings: "ተስፋይ" is Tesfay, "ሰላም" Selam).
_ETHIOPIC_ROWS = ("h", "l", "h", "m", "s", "r", "s", "sh", "q", "qw", "q", "qw", "b", "v", "t",
                  "ch", "h", "hw", "n", "ny", "", "k", "kw", "kh", "khw", "w", "", "z", "zh",
                  "y", "d", "d", "j", "g", "gw", "g", "t", "ch", "p", "ts", "ts", "f", "p")
_ETHIOPIC_VOWELS = ("e", "u", "i", "a", "e", "", "o", "wa")
_ETHIOPIC = re.compile(r"[\u1200-\u1357]+")
_MIN_ETHIOPIC_SIGNS = 3
# The greeting every Tigrinya and Amharic writer opens with ("peace"), whoever is called Selam.
_ETHIOPIC_GREETINGS = frozenset(("ሰላም", "ሰላማት"))
_ETHIOPIC_FIRST = 0x1200
_ETHIOPIC_ROW = 8
_ARABIC_MARKS = re.compile(r"[\u064b-\u0652\u0670]")
_ARABIC_LETTERS = re.compile(r"[\u0621-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc]+")
_LATIN_VOWEL = re.compile(r"[aeiouyw]")
_MIN_SCRIPT_SKELETON = 3


def _ethiopic_in_latin(word: str) -> str:
    places = (divmod(ord(char) - _ETHIOPIC_FIRST, _ETHIOPIC_ROW) for char in word)
    return "".join(_ETHIOPIC_ROWS[row] + _ETHIOPIC_VOWELS[vowel] for row, vowel in places)


def _arabic_skeleton(word: str) -> str:
    """A vowelled Arabic word's consonants, "h" kept (Zahraa "زَهْرَاء": z, h, r)."""
    # Imported here: names_scripts holds the letters' readings and needs identity, which
    # imports this module.
    from mailhandler.core.scrub.names_scripts import _ARABIC_CONSONANTS, _collapse
    return _collapse("".join("h" if char in "هح" else _ARABIC_CONSONANTS.get(char, "")
                             for char in word))


def _latin_consonants(part: str, keep_h: bool) -> str:
    from mailhandler.core.scrub.names_scripts import _LATIN_DIGRAPHS, _collapse
    for digraph, letter in _LATIN_DIGRAPHS:
        part = part.replace(digraph, letter)
    consonants = _LATIN_VOWEL.sub("", part)
    return _collapse(consonants if keep_h else consonants.replace("h", ""))


def _in_other_script(word: str, parts: frozenset[str], short: frozenset[str]) -> bool:
    """A name part written in another script: in Ethiopic ("ተስፋይ" for Tesfay), in Arabic with
    its vowel marks ("زَهْرَاء" for Zahraa; the marks show it is said as a name, as a name
    is spelled out for a reader), in Cyrillic with a Ukrainian pet ending ("Сашуню" for a
    Sasha). Three consonants at least, all the part's, in order."""
    if _ETHIOPIC.fullmatch(word):
        if word in _ETHIOPIC_GREETINGS:
            return False
        latin = _ethiopic_in_latin(word)
        skeleton = _LATIN_VOWEL.sub("", latin)
        return any(latin == part or (len(skeleton) >= _MIN_SCRIPT_SKELETON
                                     and _LATIN_VOWEL.sub("", part) == skeleton) for part in parts)
    if _ARABIC_MARKS.search(word):
        bare = _ARABIC_MARKS.sub("", word)
        if not _ARABIC_LETTERS.fullmatch(bare):
            return False
        skeleton = _arabic_skeleton(bare)
        return len(skeleton) >= _MIN_SCRIPT_SKELETON and any(
            _latin_consonants(part, keep_h=True) == skeleton for part in parts)
    if short and word[:1].isupper() and "\u0400" <= word[0] <= "\u04ff":
        from mailhandler.core.scrub.names_scripts import _latin_spellings
        return _slavic_pet_form(_latin_spellings(word), short)
    return False


# --------------------------------------------------------------------------- all of them


def _hyphens_dropped(parts: Iterable[str]) -> frozenset[str]:
    """ "jiwoo" of Ji-woo, "annesophie" of Anne-Sophie: a hyphenated name part written as one
    word, as a sign-off or a handle often has it (casefolded, without its marks)."""
    joined = (_without_accents(part).casefold().replace("-", "") for part in parts if "-" in part)
    return frozenset(word for word in joined if word.isalpha() and len(word) >= _MIN_VARIANT_CHARS)


def variant_spellings(text: str, parts: Iterable[str]) -> list[str]:
    """The words of `text` that are one of `parts` (the words of the writer's own names)
    written backwards, in digits, inflected, with a mark the headers lack, or as it sounds;
    each as written, for replace_identity to replace as a name."""
    known = frozenset(_without_accents(part).casefold() for part in parts
                      if sum(char.isalpha() for char in part) >= _MIN_PART_LETTERS)
    known = frozenset(part for part in known if part.isalpha())
    told = _told_backwards(text)
    found: dict[str, None] = dict.fromkeys(_in_morse(text, known))
    if not known and not told:
        return list(found)
    plain = frozenset(_without_accents(part).casefold() for part in parts if part.isascii())
    digit_parts = known if known and _DIGIT.search(text) else None
    with_short = _with_short_forms(known)
    short = with_short - known
    joined = _hyphens_dropped(parts)
    for match in _WORD_TOKEN.finditer(text):
        word = match.group()
        folded = word.casefold() if word.isascii() else _without_accents(word).casefold()
        if folded in known:
            found.update(dict.fromkeys(_said_aloud(text, match.end())))
            if word.isascii():
                continue  # the name itself: replaced as it is
        # An Ethiopic sign is a syllable: three of them are a name ("ዮናስ" Yonas).
        if len(word) < (_MIN_ETHIOPIC_SIGNS if _ETHIOPIC.fullmatch(word) else _MIN_VARIANT_CHARS) \
                or word in found:
            continue
        if folded in joined and word[:1].isupper() \
                and folded not in gazetteer.load().ordinary:
            found[word] = None  # "Jiwoo" for Ji-woo
            continue
        if _in_digits(word, folded, digit_parts) \
                or (word.isalpha() and (_backwards(word, folded, known, told)
                                        or _inflected(word, folded, with_short)
                                        or _polish_diminutive(word, folded, with_short)
                                        or _endeared(word, folded, with_short)
                                        or _romanised(word, folded, known)
                                        or _short_form(folded, known, short)
                                        or (short and word[:1].isupper() and word.isascii()
                                            and _slavic_pet_form((folded,), short, 3)
                                            and not _is_word_of_someone_else(folded))
                                        or (_marked(word, folded, plain, text, match.start())
                                            and not _part_of_anothers_name(
                                                text, match.start(), match.end(), known)))) \
                or (not word.isascii() and _in_other_script(word, known, short)):
            found[word] = None
    return list(found)
