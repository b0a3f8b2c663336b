"""Names the writer says they are called, or that others call them in their own sentence
("ze noemen me …", "(papa noemt me X)"), and names that are someone else's.

Separate because the introductions and the names others give both ask it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from mailhandler.core.redact import gazetteer
from mailhandler.core.scrub.attributions import (
    _ANY_ADDRESS,
)
from mailhandler.core.scrub.identity import (
    _MIN_NAME_CHARS,
    _MIN_PART_LETTERS,
)
from mailhandler.core.scrub.lines import (
    _Line,
)
from mailhandler.core.scrub.names_scripts import (
    _other_script_spelling_of,
)
from mailhandler.core.scrub.names_short_forms import (
    _blend_of_known,
    _initials_of_known_words,
    _is_short_form,
    _nickname_of_known,
    _pet_form_of_known,
    _verlan_of_known,
)
from mailhandler.core.scrub.names_signed import (
    _only_a_first_name,
)
from mailhandler.core.scrub.names_words import (
    _AFTER_A_NAME,
    _FUNCTION_WORDS,
    _IK,
    _MIN_SUFFIX_LETTERS,
    _NAME_WORD,
    _NOT_INTRODUCED,
    _NOT_SIGNED_NAMES,
    _SLURS,
    _is_known_word,
)
from mailhandler.core.scrub.signature_lines import (
    _WORD,
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
    # "noem mij voortaan Jade", "call me from now on Jo": from when on.
    r"|voortaan|vanaf\s+nu|from\s+now\s+on|d[ée]sormais|dor[ée]navant"
    r"|(?:op|in|at|à|en)\s+(?:school|de\s+klas|class|l['’][ée]cole|classe))\s+){0,3}"
    # 'now everyone calls me "Marcin"', "on m'appelle « Jo »": the name in quotes.
    r"(?:[\"“«„][ \t]?)?"
    r"(?P<name>[^\W\d_][\w'’-]*)"
)

# "qu'on m'appelle Sacha au lieu de Salomé", "call me Kit instead of Katherine", "noem mij
# maar Jules in plaats van Julia": the name they are called instead, their given one.
_INSTEAD_OF = re.compile(
    r"[ \t]*,?[ \t]*(?i:au[ \t]+lieu[ \t]+d['’][ \t]*|(?:au[ \t]+lieu[ \t]+de|plut[ôo]t[ \t]+que"
    r"|instead[ \t]+of|rather[ \t]+than|in[ \t]+plaats[ \t]+van|i\.?p\.?v\.?)[ \t]+)"
    r"(?P<name>(?-i:[A-ZÀ-Ý])[\w'’-]+)"
)

# "Thuis noemen ze mij Daantje, op voetbal Schoutje, …": more names after a called one, each
# after where it is used.
# "ils m'appellent Hamoudi et à l'école Moha", "ze noemen mij Jawad-jan, hier op school Jojo":
# "and" without the comma, and "here" before the place, join them too.
_CALLED_MORE = re.compile(
    r"(?:\s*,\s*(?:en\s+|and\s+|et\s+)?|\s+(?:en|and|et)\s+)(?:(?:hier|ici|here|daar|l[àa])\s+)?"
    r"(?:op|in|bij|at|on|à|au|en|sur|dans)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?P<name>(?-i:[A-ZÀ-Ý])[\w'’-]+)(?=\s*(?:$|[,.;!?)]|(?:en|and|et)\b))"
)
_MAX_CALLED_MORE = 4
_CALLED_WORD_BEFORE = re.compile(r"[^\W\d_][\w'’-]*$")
# "ils m'appellent Hamoudi ou حمودي", "noem me Moha of Momo": the name given with another
# form of it, as often in the family's own script.
_CALLED_OR = re.compile(r"[ \t]*,?[ \t]*(?:ou|of|or|/)[ \t]+(?P<name>[^\W\d_][\w'’-]*)")

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

# "i dont want to be called Emo", "je veux plus qu'on m'appelle …": what they refuse, said
# in the cue or just before it.
_NEGATION_REACH = 24
_BUT = re.compile(r"(?i)\b(?:maar|but|mais)\b")
_NEGATED = re.compile(
    r"(?i)\b(?:not|don['’]?t|dont|never|niet|nie|ni|nooit|pas|plus|jamais|no\s+longer)\b")

# Other shapes of the names a young person goes by, each checked like a called name:
# "(vroeger Sander genoemd)", "vroeger heette ik Sander": the name they were given.
# "terwijl ik Jules wil heten", "ik wil Jules heten": the name they choose.
# "ik wil dat jullie Fenne zeggen", "om Jules genoemd te worden": how they ask to be called.
# "ik wil graag anders genoemd worden", "liever zo": how, not what, they want to be called;
# some of these words are first names too, but in lower case in that slot they say a manner.
_MANNER_WORDS = frozenset(("anders", "zo", "lief", "gewoon", "normaal", "zomaar", "niet", "nooit",
                           "altijd", "weer", "ook", "echt", "wel", "liefst", "net"))
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
    # "Op papier heet ik nog Joren maar ik ben Jana", "thuis heet ik officieel Sander": the verb
    # before "ik" after where they are so named; the name on their papers is theirs too.
    re.compile(rf"(?i)(?<!\w)heet\s+{_IK}\s+(?:(?:nog|altijd|eigenlijk|officieel|officiëel|wel"
               r"|daar|hier)\s+){0,3}(?P<name>(?-i:[A-ZÀ-Ý])[\w'’-]+)"),
    # "ze noemen me op papier nog altijd Jeroen": the name they are still called by, where,
    # and how long, between the verb and the name, as after "heet ik" above.
    re.compile(r"(?i)(?<!\w)(?:ze|zij|iedereen)\s+(?:noemen|noemt)\s+(?:me|mij)\s+"
               r"(?:(?:op\s+papier|thuis|op\s+school|daar|hier|nog|altijd|eigenlijk|officieel"
               r"|officiëel|wel)\s+){1,4}(?P<name>(?-i:[A-ZÀ-Ý])[\w'’-]+)"),
    # "ik wil graag Noa genoemd worden", "dat ik liever Sam genoemd word": the name a young
    # person asks to be called. Only in the first person: a parent's "dat ze liever Jules
    # genoemd wordt" tells of their child, whose name the corpus keeps as the parent's story.
    # Typed in lower case too ("ik wil graag roos genoemd worden"): between the wish and
    # "genoemd worden" stands what they want to be called, a name when it is one
    # (_called_name: "anders", "niet", "jongen" are none).
    re.compile(rf"(?i)(?<!\w){_IK}\s+(?:(?:wil|zou|wel|nu|echt|ook|eigenlijk)\s+){{0,2}}"
               r"(?:graag|liever)\s+(?P<name>[^\W\d_][\w'’-]+)\s+genoemd"
               r"\s+(?:word|worden)(?!\w)"),
    # "Ik typ dit voor Fien (15)", "ik schrijf deze mail namens Wout": one who types or writes
    # for a young person names them; that is the help-seeker's name, also after the family
    # word that says who they are to the writer ("in naam van mijn broer Wout").
    re.compile(r"(?i)(?<!\w)(?:typ|typt|tik|tikt|schrijf|schrijft)\s+(?:dit|deze\s+mail"
               r"|dit\s+bericht|dit\s+mailtje)\s+(?:voor|namens|in\s+naam\s+van)\s+"
               r"(?:(?:mijn|m['’]n|onze)\s+(?:broer|broertje|zus|zusje|zoon|dochter|neef"
               r"|nicht|vriend|vriendin)\s+)?"
               r"(?P<name>(?-i:[A-ZÀ-Ý])[\w'’-]+)"),
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
                        and not _NEGATED.search(before) \
                        and not (name.islower() and name.casefold() in _MANNER_WORDS):
                    found.append(name)
        for match in _CALLED.finditer(content):
            name = match["name"].strip("'’-")
            folded = name.casefold()
            instead = _INSTEAD_OF.match(content, match.end())
            if instead is not None and name[:1].isupper() \
                    and _called_name(instead["name"], content, instead.end(), known, local_words):
                found.append(instead["name"])
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
            and (_nickname_of_known(folded, known) or _verlan_of_known(folded, known)):
        # "tout le monde m'appelle Medz" (Mehdi), "ze noemen mij Bokke" (Bo…), "Rimka" (Karim)
        return True
    if folded not in words.first_names or folded in _SLURS:
        return False
    return folded not in words.ordinary or _AFTER_A_NAME.match(content, end) is not None


def _more_called_names(content: str, end: int, known: list[str],
                       local_words: set[str]) -> list[str]:
    """The names after the one the writer says they are called (ending at `end`): its other
    form after "ou"/"of"/"or" (a name they are known by, or in another script the same
    consonants as the one just given), and each one after where it is used."""
    names: list[str] = []
    for _ in range(_MAX_CALLED_MORE):
        called = _CALLED_WORD_BEFORE.search(content[:end])
        alternative = _CALLED_OR.match(content, end)
        if alternative is not None:
            name = alternative["name"]
            if _called_name(name, content, alternative.end(), known, local_words) \
                    or (called is not None and not name.isascii()
                        and _other_script_spelling_of(name, [called.group().casefold()])):
                names.append(name)
                end = alternative.end()
                continue
        more = _CALLED_MORE.match(content, end)
        if more is None:
            break
        if _called_name(more["name"], content, more.end(), known, local_words):
            names.append(more["name"])
        end = more.end()
    return names
