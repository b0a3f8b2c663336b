"""A name printed on a label the writer copied: "MISS JASMINE PATEL", "Mlle FONTAINE Léa",
"Famille Mercier-Ndiaye" on their letterbox, "Samira Qureshi" for the display name "Samira Q".

`learn_labelled_names`. Separate because it reads no sign-off but the lines of a document the
writer pasted (a pharmacy's dispensing label, a school's or a service's letterhead): there a
printer puts the person it is for on a line of its own, a courtesy title before the name and
the name, or at least the surname, in capitals, as administrations write it. A writer names
a friend or a teacher so ("mevrouw Peeters", "Mr Hughes") but never so alone and shouted: on
such a line the name is the addressee's, the writer's own (or their family's), and it comes
back in their words ("the pharmacist said "Miss Patel?"", "la dame a crié "mademoiselle
Fontaine"").
"""

from __future__ import annotations

import dataclasses
import re

from mailhandler.core.redact import gazetteer
from mailhandler.core.scrub.identity import (
    Identity,
)
from mailhandler.core.scrub.lines import (
    _split_lines,
)
from mailhandler.core.scrub.names_words import (
    _FUNCTION_WORDS,
    _MAX_LEARNED_NAME_CHARS,
    _NOT_SIGNED_NAMES,
)
from mailhandler.core.scrub.signature_lines import (
    _CLOSING,
)

# The courtesy titles a printer puts before a name, in en/fr/nl, in capitals or not.
_TITLE = (
    r"(?i:miss|mrs|mr|ms|mx|mlle|mme|mademoiselle|madame|monsieur|m|mevr|mevrouw|dhr|de\s+heer"
    r"|mejuffrouw)\.?"
)
_NAME = r"[A-ZÀ-Ý][^\W\d_]*(?:[-'’][A-ZÀ-Ý][^\W\d_]*)?"
# The whole line: the title and two name words, perhaps a bullet or a frame around them.
_TITLED_NAME_LINE = re.compile(
    rf"[^\w\n]{{0,3}}{_TITLE}[ \t]+(?P<first>{_NAME})[ \t]+(?P<second>{_NAME})[^\w\n]{{0,3}}")
_MIN_SHOUTED_LETTERS = 2
# "sur la boîte il y a écrit Famille Mercier-Ndiaye", "op de bel staat Familie Janssens": the
# nameplate of the writer's home, quoted in their sentence. A capital "Famille" inside a
# sentence (after a word in lower case, or a colon or quote) is the sign's, not the writer's
# word for a family they tell of ("la famille de mon père"); the surname must be one in the
# lists of surnames, every part of it, so "Familie Flodder" (a film) stays. "Voordeur Huize
# Yildiz", a doorbell camera's or a house's sign: "Huize" names the family's home the same way.
_NAMEPLATE = re.compile(
    r"(?<=[a-zà-ÿ:«\"“„'‘][ \t])[«\"“„'‘]?(?:Famille|Familie|Family|Huize)[ \t]+"
    r"(?P<name>(?P<particles>(?:(?:[Vv]an|[Vv]ande[nr]?|[Dd]e|[Dd]en|[Dd]er|[Tt]er|[Vv]on|[Dd]u"
    r"|[Dd]es|[Ll]e|[Ll]a)[ \t]+){0,2})(?P<core>[A-ZÀ-Ý][^\W\d_]+(?:-[A-ZÀ-Ý][^\W\d_]+)?))"
    r"(?![\w-])(?![ \t]+[A-ZÀ-Ý])")
# A surname's particles ("Huize Van den Broeck", "Famille de la Croix") are part of the plate.

# "Patient : Ioana Dumitrescu", "Naam: Harpreet Singh", "Name: Tomás Ruiz": the field of a
# confirmation or a form the writer pasted that names whom it is for. The label is the form's
# word, never part of a name; after it, a first name and a surname alone on the line are the
# person the writer pasted it for (themselves, or the young person they write for).
_NAME_FIELD = re.compile(
    r"[^\w\n]{0,3}(?i:patient|patiënt|patiente|patient\(e\)|naam|volledige[ \t]+naam|nom"
    r"|nom[ \t]+complet|name|full[ \t]+name|leerling|[ée]l[èe]ve|pupil|deelnemer|participant"
    r"|participante)[ \t]*:")
_FIELD_NAME_LINE = re.compile(
    rf"{_NAME_FIELD.pattern}[ \t]*(?P<first>{_NAME})[ \t]+(?P<second>{_NAME})[ \t]*")

# "Naam: Fam. El Khattabi", "Nom : Famille Diallo", "Name: Family Osei": the field names the
# writer's household by its surname (a particle perhaps before it), the family's word before it.
_FAMILY_FIELD_LINE = re.compile(
    rf"{_NAME_FIELD.pattern}[ \t]*(?i:fam\.|famille|familie|family)[ \t]+"
    rf"(?P<surname>{_NAME}(?:[ \t]+{_NAME})?)[ \t]*")

# "dit stond op zijn profiel:", "sur son annonce": the line right above says the form is
# someone else's page (his, her, their), so its name field is theirs, not the writer's.
_SOMEONE_ELSES_PAGE = re.compile(
    r"(?i)(?<![\w'’])(?:zijn|haar|hun|his|her|their|son|sa|leur)[ \t]+(?:profiel|profile|profil"
    r"|account|compte|pagina|page|bio|advertentie|zoekertje|annonce|ad|listing)(?![\w'’])")

# "uid   Darya Rahimi <d.rahimi@…>" in a key's details, "Sam Peeters <sam@…>" in a pasted
# invitation: a name printed beside the writer's own address is the name that address is theirs
# by, whatever the headers showed (here only the address).
_NAMED_ADDRESS = re.compile(
    rf"(?P<first>{_NAME})[ \t]+(?P<second>{_NAME})[ \t]*"
    r"<(?P<address>[^<>\s@]{1,64}@[^<>\s]{1,255})>")


def _shouted(word: str) -> bool:
    """ "PATEL", "FONTAINE", "MERCIER-NDIAYE": a word in capitals, as on a label."""
    letters = [char for char in word if char.isalpha()]
    return len(letters) >= _MIN_SHOUTED_LETTERS and all(char.isupper() for char in letters)


def _labelled_name(first: str, second: str) -> tuple[str, str] | None:
    """(first name, surname) of a label's two name words, in either order ("JASMINE PATEL",
    "FONTAINE Léa"), or None: one must be a first name, and one at least in capitals."""
    if not (_shouted(first) or _shouted(second)):
        return None
    words = gazetteer.load()
    folded = [word.casefold() for word in (first, second)]
    if any(word in _FUNCTION_WORDS or word in _NOT_SIGNED_NAMES or word in gazetteer.NOT_PEOPLE
           for word in folded):
        return None
    if folded[0] in words.first_names:
        return first, second
    if folded[1] in words.first_names:
        return second, first
    return None


def _nameplate_names(text: str) -> list[str]:
    """The surnames on a nameplate quoted in the text ("… il y a écrit Famille Mercier-Ndiaye"),
    each part of them a known surname."""
    surnames = gazetteer.load().surnames
    return [match["name"] for match in _NAMEPLATE.finditer(text)
            if " ".join(match["name"].split()).casefold() in surnames
            or all(part.casefold() in surnames for part in match["core"].split("-"))]


# "Samira Q" as the display name, "PS feedback – Samira Qureshi" in a mail they pasted: the
# initial a display name keeps is the surname it stands for, and where the text writes the
# first name with a surname of that initial, the surname is theirs.
_GREETED_NAME_AND_INITIAL = re.compile(
    r"(?P<first>[A-ZÀ-Ý][^\W\d_]{1,30})[ \t]+(?P<initial>[A-ZÀ-Ý])\.?")


def _initial_spelled_out(text: str, who: Identity) -> list[str]:
    """The surnames the text writes for the initial of a display name ("Samira Q" → the
    "Qureshi" of "Samira Qureshi"): a capitalised word of that initial right after the first
    name, no common word."""
    found: list[str] = []
    ordinary = gazetteer.load().ordinary
    for name in who.names:
        if (shown := _GREETED_NAME_AND_INITIAL.fullmatch(name.strip())) is None:
            continue
        spelled = re.compile(r"(?<![\w'’-])" + re.escape(shown["first"]) + r"[ \t]+(?P<surname>"
                             + re.escape(shown["initial"]) + r"[^\W\d_]{2,30})(?![\w'’-])")
        found += [match["surname"] for match in spelled.finditer(text)
                  if match["surname"].casefold() not in ordinary]
    return found


def _family_field_surname(content: str) -> list[str]:
    """The surname in a form's name field that names a family ("Naam: Fam. El Khattabi"), or
    nothing; never a word of the language's own ("Naam: Familie Feest"). A first word that is
    one ("Ben" of "Ben Haddou" is Dutch "ben") is left out, or "ik ben 15" would lose it."""
    field = _FAMILY_FIELD_LINE.fullmatch(content)
    if field is None:
        return []
    words = field["surname"].split()

    def a_word(word: str) -> bool:
        folded = word.casefold()
        return folded in _FUNCTION_WORDS or folded in gazetteer.NOT_PEOPLE \
            or folded in gazetteer.load().ordinary

    if a_word(words[-1]):
        return []
    return [field["surname"]] if not any(a_word(word) for word in words) else words[-1:]


# "Beste Mahlet Gebremedhin, uw verloren voorwerp …", "Dear Ms Ama Owusu,": a firm's or an
# office's message greets its addressee by first name and surname; after a first name the
# writer is known by, the capitalised word is their surname.
_GREETING_WORD = r"(?:beste|geachte|dear|cher|ch[èe]re|bonjour|hello)"
_GREETING_TITLE = (r"(?:(?:mr|mrs|ms|mx|miss|mevrouw|mevr|meneer|dhr|m|mme|mlle|monsieur"
                   r"|madame)\.?[ \t]+)?")


def _greeted_surnames(text: str, who: Identity) -> list[str]:
    """The surnames a pasted message's greeting writes after a first name of `who`'s (see
    _GREETING_WORD above): a capitalised word that is no word of the language."""
    words = gazetteer.load()
    found: list[str] = []
    for name in who.names:
        first = name.split()[0] if name.split() else ""
        if len(first) < _MIN_SHOUTED_LETTERS + 1 or not first[:1].isupper():
            continue
        greeted = re.compile(
            rf"(?i:(?<![\w'’-]){_GREETING_WORD}[ \t]+{_GREETING_TITLE})"
            + re.escape(first) + r"[ \t]+(?P<surname>[A-ZÀ-Ý][^\W\d_]{2,30}(?:-[A-ZÀ-Ý][^\W\d_]+)?)"
            r"(?=[ \t]*[,!:])")
        found += [match["surname"] for match in greeted.finditer(text)
                  if (folded := match["surname"].casefold()) not in words.ordinary
                  and folded not in _FUNCTION_WORDS and folded not in _NOT_SIGNED_NAMES
                  and folded not in gazetteer.NOT_PEOPLE]
    return found


def learn_labelled_names(text: str, who: Identity) -> Identity:
    """`who` with the name on a line of its own that is only a courtesy title and a name in
    capitals ("MISS JASMINE PATEL", "Mlle FONTAINE Léa"): the whole name, the first name and
    the surname, each replaced wherever it stands; and the surname on their home's nameplate
    quoted in a sentence ("sur la boîte il y a écrit Famille Mercier-Ndiaye"), and the surname
    a display name's initial stands for ("Samira Q": "Samira Qureshi"). A label's line not
    right under a closing greeting ("Cordialement, / M. DUPONT Jean"): there the name signs
    someone else's letter."""
    lines = _split_lines(text)
    learned: list[str] = [*_nameplate_names(text), *_initial_spelled_out(text, who),
                          *_greeted_surnames(text, who)]
    previous = ""
    own_addresses = {address.casefold() for address in who.addresses}
    for line in lines:
        content = line.content.strip()
        if not content:
            previous = ""
            continue
        for named in _NAMED_ADDRESS.finditer(content):
            if named["address"].casefold() in own_addresses and not any(
                    word.casefold() in _FUNCTION_WORDS or word.casefold() in _NOT_SIGNED_NAMES
                    for word in (named["first"], named["second"])):
                learned += [f"{named['first']} {named['second']}", named["first"],
                            named["second"]]
        field = _FIELD_NAME_LINE.fullmatch(content)
        if field and _SOMEONE_ELSES_PAGE.search(previous):
            field = None  # "dit stond op zijn profiel: / Naam: Kevin Maes": the seller's
        if field and field["first"].casefold() in gazetteer.load().first_names \
                and not any(word.casefold() in _FUNCTION_WORDS
                            or word.casefold() in _NOT_SIGNED_NAMES
                            or word.casefold() in gazetteer.NOT_PEOPLE
                            for word in (field["first"], field["second"])):
            learned += [f"{field['first']} {field['second']}", field["first"], field["second"]]
        learned += _family_field_surname(content)
        match = _TITLED_NAME_LINE.fullmatch(content)
        if match and not (previous and _CLOSING.match(previous)):
            name = _labelled_name(match["first"], match["second"])
            if name is not None:
                learned += [f"{match['first']} {match['second']}", *name]
        previous = content
    learned = [name for name in dict.fromkeys(learned)
               if len(name) <= _MAX_LEARNED_NAME_CHARS and name not in who.names]
    if not learned:
        return who
    return dataclasses.replace(who, names=(*who.names, *learned))
