"""Names learned from how the writer signs off: after a closing, under a delimiter, with
initials, two letters, decorations or an age.

Separate from the introductions: these read the last lines of the writer's text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from mailhandler.core.redact import gazetteer
from mailhandler.core.scrub.identity import (
    _MIN_NAME_CHARS,
    _MIN_PART_LETTERS,
    Identity,
    _clean_names,
)
from mailhandler.core.scrub.names_short_forms import (
    _is_short_form,
)
from mailhandler.core.scrub.names_words import (
    _FUNCTION_WORDS,
    _NOT_INTRODUCED,
    _NOT_SIGNED_NAMES,
    _is_known_word,
)
from mailhandler.core.scrub.signature_lines import (
    _CLOSING,
    _TITLE_PARTICLES,
    _WORD,
    _is_client_line,
)
from mailhandler.core.scrub.signatures import (
    _SIGNATURE_DELIMITER,
)

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
    r"(?:(?:<3+|[:;]-?[)D(]|[\u2600-\u27bf\U0001f300-\U0001faff\ufe0f])[\s!.,]*)*"
    # "Groetjes van Tiebe (maar iedereen zegt Tibbe)": an aside in brackets said of the name.
    r"(?:\([^()\n]{1,80}\)[\s!.,]*)?$"
)

# "Je zoon, / Wout", "Your daughter, / Mia", "Ta fille, / Inès": a letter closed with who the
# writer is to its reader, their name under it (a letter to a parent pasted in the mail).
_RELATION_CLOSING = re.compile(
    r"(?i)(?:je|jouw|uw|your|ton|ta|votre)\s+(?:(?:liefhebbende|lieve|loving|dear|ch[èe]re?)\s+)?"
    r"(?:zoon|dochter|kind|broer|zus|kleinzoon|kleindochter|petekind|son|daughter|child|kid"
    r"|brother|sister|grandson|granddaughter|fils|fille|enfant|fr[èe]re|s[œo]e?ur|petit-fils"
    r"|petite-fille)\s*[,!]?")

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


# "Friday", "Sunday", "Monday" are in the lists of first names (someone somewhere is called
# so), but alone on a line, as a subject or after "see you" they are the day of the week: a
# mail titled "Friday" is about Friday. The Dutch days are in NOT_PEOPLE, the French ones in
# no list of names; months stay out of this ("June", "April", "May" sign real mails).
_WEEKDAYS = frozenset(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                       "sunday"))


def _only_a_first_name(word: str) -> bool:
    """A first name in Statbel's lists that is not also a common word ("jana", "lucas",
    "ethan"; not "roos", "will", "grace", nor a day of the week): after "ik ben" / "i'm" it is
    the writer's name."""
    words = gazetteer.load()
    folded = word.casefold()
    return folded in words.first_names and folded not in words.ordinary \
        and folded not in _WEEKDAYS


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


# "JEF UIT LOMMEL", "Mia from Leeds": where they are from, in any case, ends the name too.
_NAME_LINE_TAIL = re.compile(r"\s*[,(]|\s+\d|\s+(?i:uit|vanuit|from|depuis)\s")
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


_INITIALS_LINE = re.compile(r"[^\W\d_](?:[.\s-]?[^\W\d_]){1,4}\.?")
# "m.h.", "m. h", "j.v.d.": initials typed in lower case, a dot after each letter but perhaps
# the last; the dots say they are initials, not a word.
_LOWER_DOTTED_INITIALS = re.compile(r"[a-zà-ÿ]\.[ \t]?[a-zà-ÿ](?:\.[ \t]?[a-zà-ÿ]){0,2}\.?")
# Abbreviations written so, which a line may hold alone ("p.s.", "n.b.", "a.u.b.", "e.g.").
# fmt: off
_DOTTED_ABBREVIATIONS = frozenset((
    "ps", "pps", "nb", "eg", "ie", "oa", "bv", "ok", "aub", "svp", "dwz", "maw", "ipv", "tav",
    "zsm", "pm", "am", "ea", "cq", "mvg", "mbt", "ivm", "etc", "vb", "nvdr", "rsvp", "asap",
))
# Words a sentence cannot stop at: a preposition, an article, a possessive or a conjunction
# ending the line above says the next line goes on with it ("vooral na / l.o.", "met de /
# t.v.", "when we change for / p.e."): an abbreviation in the sentence, not a signature.
_GOES_ON_WORDS = frozenset((
    "na", "naar", "met", "van", "voor", "bij", "in", "op", "aan", "uit", "door", "over",
    "onder", "tijdens", "tegen", "zonder", "om", "tot", "sinds", "achter", "naast", "tussen",
    "de", "het", "een", "'t", "den", "der", "mijn", "m'n", "jouw", "zijn", "haar", "onze",
    "hun", "die", "deze", "elke", "iedere", "geen", "en", "of", "want", "dus", "als",
    "the", "a", "an", "after", "before", "during", "with", "of", "on", "at", "to", "for",
    "from", "by", "about", "into", "and", "or", "my", "your", "his", "her", "our", "their",
    "every", "no", "le", "la", "les", "un", "une", "des", "du", "au", "aux", "après", "avant",
    "pendant", "avec", "en", "à", "pour", "par", "sur", "sous", "chez", "dans", "et", "ou",
    "mon", "ma", "mes", "ton", "ta", "tes", "son", "sa", "ses", "notre", "leur",
))
# fmt: on
_MAX_GOES_ON_CHARS = 40  # the end of the line above is all that is looked at


def _goes_on_into_next(above: str) -> bool:
    """The line `above` stops where a sentence cannot: its next line continues it."""
    above = above.strip()
    if not above or not above[-1].isalnum() or _CLOSING.match(above):
        return False  # "groetjes van / m.h.": a closing formula the initials sign
    words = re.findall(r"[\w'’]+", above[-_MAX_GOES_ON_CHARS:])
    return bool(words) and words[-1].casefold().replace("’", "'") in _GOES_ON_WORDS


def _signs_with_initials(line: str, who: Identity, above: Iterable[str] = ()) -> bool:
    """ "JVdV", "J.V.V.", "m.h." alone on a line: the initials of one of the writer's full
    names, every word's or only the capitalised ones' (particles left out). Lower-case dotted
    initials under a line `above` that goes on into them ("vooral na / l.o.") are an
    abbreviation in the sentence."""
    line = line.strip()
    if _CLOSING.match(line):
        return False
    if _LOWER_DOTTED_INITIALS.fullmatch(line) is not None:
        # Two letters are enough with their dots ("m.h." of Merel Hoebeke).
        letters = re.sub(r"[.\s]", "", line)
        if letters in _DOTTED_ABBREVIATIONS or any(_goes_on_into_next(row) for row in above):
            return False
    else:
        if _INITIALS_LINE.fullmatch(line) is None or sum(c.isupper() for c in line) < 2:
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


# "Ms. G", "Mr D.", "Mme L.", "Juf V.": a title and one initial, as pupils call a teacher and
# teachers sign to them.
_TITLE_AND_INITIAL = re.compile(
    r"(?i:mrs|mr|ms|mx|miss|dr|mme|mlle|coach|juf|meester|mevr|dhr)\.?[ \t]+"
    r"(?P<initial>[A-ZÀ-Ý])\.?")


def _signs_with_title_and_initial(line: str, who: Identity) -> bool:
    """A title and the initial of one of the writer's names alone on a line: what they
    sign with where they work, as identifying as the name."""
    match = _TITLE_AND_INITIAL.fullmatch(line.strip())
    if match is None:
        return False
    initial = match["initial"].casefold()
    return any(word[:1].casefold() == initial
               for name in _clean_names(who.names) for word in name.split()
               if word[:1].isalpha() and word.casefold() not in _TITLE_PARTICLES)


_MAX_SIGN_OFF_LINE_CHARS = 60


# "Envoyé de l'iPhone de Enzo", "Verzonden vanaf de iPad van Mila", "Sent from Liam's iPhone":
# the client line names its device as its owner named it when setting it up, and the owner is
# the writer (or the account's holder, as much identity): the name is learned and replaced
# wherever it stands ("je mapel Enzo"). One or two capitalised words; a family word ("l'iPad de
# Maman", "papa's iPhone") or a function word names no one.
_DEVICE_BRANDS = (r"iPhone|iPad|iPod|Galaxy|Samsung|Pixel|Android|MacBook|Mac|Huawei|Xiaomi|GSM"
                  r"|Tablet")
_OWNED_DEVICE = re.compile(
    rf"(?:(?:{_DEVICE_BRANDS})(?:[ \t]+\S+)?[ \t]+(?:de|d['’]|van|von|di|of)[ \t]*"
    r"(?P<after>(?-i:[A-ZÀ-Ý])[\w'’-]{1,30}(?:[ \t]+(?-i:[A-ZÀ-Ý])[\w'’-]{1,30})?)"
    r"|(?P<before>(?-i:[A-ZÀ-Ý])[\w-]{1,30}(?:[ \t]+(?-i:[A-ZÀ-Ý])[\w-]{1,30})?)['’]s?[ \t]+"
    rf"(?:{_DEVICE_BRANDS}))(?:[ \t]+\S+)?[ \t]*[.!]?[ \t]*$")


# 'mon téléphone s'affiche comme "iPhone de Lina"', 'my hotspot shows up as "Liam's iPhone"',
# 'mijn gsm heet "Galaxy van Noor"': the name the writer's own device shows to everyone around
# (a hotspot, AirDrop, Bluetooth), quoted in their text; the line speaks of their own device.
_OWN_DEVICE = re.compile(
    r"(?i)(?<![\w'’])(?:mon|ma|mijn|m['’]n|my|mn)[ \t]+(?:t[ée]l[ée]phone|t[ée]l|portable|phone"
    r"|gsm|telefoon|smartphone|iphone|ipad|tablet|tablette|laptop|ordi|pc|hotspot|airdrop"
    r"|partage[ \t]+de[ \t]+connexion|bluetooth)(?![\w'’])"
    r"|(?<![\w'’])(?:le|mon|de|mijn|my)[ \t]+(?:partage[ \t]+de[ \t]+connexion|hotspot|airdrop)")
_QUOTED_DEVICE = re.compile(
    rf"[\"“«„]\s*(?:(?:{_DEVICE_BRANDS})(?:[ \t]+\S+)?[ \t]+(?:de|d['’]|van|von|di|of)[ \t]*"
    r"(?P<after>(?-i:[A-ZÀ-Ý])[\w'’-]{1,30})"
    r"|(?P<before>(?-i:[A-ZÀ-Ý])[\w-]{1,30})['’]s?[ \t]+"
    rf"(?:{_DEVICE_BRANDS})(?:[ \t]+\S+)?)"
    r"\s*[\"”»“]")


def _own_device_names(lines: Iterable[str]) -> list[str]:
    """The names the writer's own device shows, quoted on a line about it in `lines`."""
    names: list[str] = []
    for content in lines:
        if _OWN_DEVICE.search(content) is None:
            continue
        for match in _QUOTED_DEVICE.finditer(content):
            name = match["after"] or match["before"]
            if name.casefold() not in _NOT_SIGNED_NAMES and name.casefold() not in _FUNCTION_WORDS:
                names.append(name)
    return names


def _device_owner_names(lines: Iterable[str]) -> list[str]:
    """The names the writer's device is called by in a client line of `lines`."""
    names: list[str] = []
    for content in lines:
        if not _is_client_line(content):
            continue
        match = _OWNED_DEVICE.search(content)
        if match is None:
            continue
        name = match["after"] or match["before"]
        if any(word.casefold() in _NOT_SIGNED_NAMES or word.casefold() in _FUNCTION_WORDS
               for word in name.split()):
            continue
        names.append(name)
    return names
