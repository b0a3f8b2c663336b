"""More sign-offs: the writer's own earlier mail quoted back, and a sign-off misheard.

`learn_more_names`. Separate because it reads the quoted history, where learn_names reads the
writer's own new text.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from email.utils import parseaddr

from mailhandler.core.redact import gazetteer
from mailhandler.core.scrub.attributions import (
    _attribution,
    _header_blocks,
    _header_key,
    _Role,
)
from mailhandler.core.scrub.identity import (
    _MIN_PART_LETTERS,
    Identity,
    WordName,
    _clean_addresses,
    _clean_names,
    _without_accents,
    with_word_names,
)
from mailhandler.core.scrub.lines import (
    _FROM_KEYS,
    _Line,
    _split_lines,
)
from mailhandler.core.scrub.names import (
    _known_name_words,
)
from mailhandler.core.scrub.names_short_forms import (
    _is_short_form,
)
from mailhandler.core.scrub.names_signed import (
    _KISSES_AT_END,
    _NAME_LINE_TAIL,
    _only_a_first_name,
    _signs_with_initials,
)
from mailhandler.core.scrub.names_words import (
    _FUNCTION_WORDS,
    _MAX_LEARNED_NAME_CHARS,
    _NOT_SIGNED_NAMES,
    _TRAILING_LINES,
)
from mailhandler.core.scrub.signature_lines import (
    _BRACKET_TELLS_NAME,
    _CLOSING,
    _MAX_SIGNED_NAME_WORDS,
    _is_client_line,
)
from mailhandler.core.scrub.undelimited import (
    _own_stretch,
    _separates_history,
)

# --------------------------------------------------------------------------- more sign-offs

def learn_more_names(text: str, who: Identity) -> Identity:
    """`who` with three more kinds of names the writer signs with (see learn_names for the
    usual ones):

    - the sign-off of their own earlier mail, quoted back under its header block or its
      attribution ("Van: Kobe Maes <…>" / … / "Koob", "On …, Ethan Vos <…> wrote:" / "> E.V."):
      whatever a mail sent from their name or address is signed with is their name;
    - a name given after "aka" or "alias" on a closing line ("Nathan / aka Nath"), and the
      names by whom they go under their signed name ("Akela / (Bison Serviable pour les
      grands, Benoît pour ma mère)": see _names_by_audience);
    - their name as dictation misheard or they mistyped it, after a closing word, kisses or
      spoken punctuation on one of the last lines ("thanks jade in" by Jayden, "dank u wel
      punt Ilyes" by Ilyas): a word, or two words run together, that sound like a first name
      they are known by (same first letter, same Soundex code, one or two letters apart).
    (The word autocorrect made of their name, corrected on the next line with an asterisk,
    is learned by learn_names: see _star_corrected_names.)
    """
    lines = _split_lines(text)
    blocks = _header_blocks(lines)
    known, local_words = _known_name_words(who)
    learned = [*_own_history_display_names(lines, blocks, who),
               *_own_history_sign_offs(lines, blocks, who, known, local_words),
               *_own_history_signature_names(lines, blocks, who, known),
               *_own_history_names_above_account_card(lines, blocks, who, known)]
    stretch = _own_stretch(lines, blocks)
    if stretch is not None:
        own = [line.content.strip() for line in lines[stretch[0]:stretch[1]]
               if not line.blank and not _is_client_line(line.content.strip())]
        for content in own[-_TRAILING_LINES:]:
            if also := _ALSO_KNOWN_AS.fullmatch(content):
                learned.extend(name for name in (also["first"], also["name"]) if name)
            if (really := _REALLY_NAMED.match(content)) \
                    and _BRACKET_TELLS_NAME.fullmatch(really["cue"]) \
                    and all(word.casefold() in known for word in really["first"].split()):
                learned.append(really["name"])
        learned.extend(_names_by_audience(own[-_TRAILING_LINES:], known))
        learned.extend(said["name"] for content in own for said in _SAID_AS.finditer(content)
                       if all(word.casefold() in known for word in said["first"].split()))
        for content in own[-_TRAILING_LINES:]:
            learned.extend(_misheard_sign_off(content, known))
    learned = [name for name in dict.fromkeys(learned)
               if len(name) <= _MAX_LEARNED_NAME_CHARS and name.casefold() not in known]
    if not learned:
        return who
    return dataclasses.replace(who, names=tuple(dict.fromkeys((*who.names, *learned))))


# "aka Nath", "Nathan Leclercq a.k.a. Nath", "alias Mo": a name the writer also goes by, and
# the name it follows on a line of their own.
_ALSO_NAME = r"[A-ZÀ-Ý][\w'’-]{1,30}(?:[ \t]+[A-ZÀ-Ý][\w'’-]{1,30})?"
_ALSO_KNOWN_AS = re.compile(
    rf"[-–—~]?[ \t]*(?:(?P<first>{_ALSO_NAME})[ \t]+)?(?i:aka|a\.k\.a\.?|alias)[ \t]*:?[ \t]+"
    rf"(?P<name>{_ALSO_NAME})[ \t]*[)!.]?"
)
# "Lotte (eigenlijk Charlotte, maar niemand zegt dat)", "Max (actually Maximilian)": the name
# the writer signed with, known to be theirs, and in brackets what it is short for or really
# is (_BRACKET_TELLS_NAME): that name is theirs too.
# The name ends the bracket or its clause ("…, maar …"): "Sam (actually Sunday is the worst
# day …)" goes on about the word, which is no name.
_REALLY_NAMED = re.compile(
    rf"[-–—~]?[ \t]*(?P<first>{_ALSO_NAME})[ \t]*\([ \t]*(?P<cue>[^\W\d_][^\W\d_' \t]*\.?"
    rf"(?:[ \t]+[^\W\d_]+){{0,3}}?)[ \t]*:?[ \t]+(?P<name>{_ALSO_NAME})(?![\w'’-])"
    r"(?=[ \t]*[,;)])")
# "I'm Niamh (it's said "Neeve")", "Eoghan (spreek uit: Owen)", "Siobhán (prononcez
# « Chivonne »)": how the writer's own name is said, in brackets right after it, anywhere in
# their text; the spoken form names them as the written one does.
_SAID_AS = re.compile(
    r"(?<![\w'’-])(?P<first>[A-ZÀ-Ý][\w'’-]{1,30})[ \t]*\([ \t]*"
    r"(?:(?i:it['’]s|it[ \t]+is|c['’]est|je)[ \t]+)?"
    r"(?i:said|pronounced|say|prononc[ée]|prononcez|uitgesproken(?:[ \t]+als)?|spreek[ \t]+uit"
    r"|zeg|klinkt[ \t]+als|sounds[ \t]+like)[ \t]*:?[ \t]*[\"“'‘«]?[ \t]*"
    r"(?P<name>[A-ZÀ-Ý][\w'’-]{1,30})")
# "(Bison Serviable pour les grands, Benoît pour ma mère)", "(Lolo voor mijn vrienden,
# Charlotte voor de juf)", "(Bear to the cubs, Ben to my mum)": under the name they signed
# with, in brackets, the names the writer goes by and who calls them so.
_BY_AUDIENCE_LINE = re.compile(r"\((?P<pairs>[^()]{3,200})\)[ \t]*[.!]?")
_BY_AUDIENCE_PAIR = re.compile(
    rf"(?P<name>{_ALSO_NAME})[ \t]+(?i:pour|voor|bij|for|to|with|chez|avec)[ \t]+[^\W\d_].{{0,40}}")
_BY_AUDIENCE_SPLIT = re.compile(r"[ \t]*(?:[,;]|[ \t](?:en|et|and|of|ou|or)(?=[ \t]))[ \t]*")
_MIN_AUDIENCE_PAIRS = 2


def _names_by_audience(own: list[str], known: list[str]) -> list[str]:
    """The names in a bracketed line of "<name> pour/voor/for <whom>" pairs (_BY_AUDIENCE_LINE)
    of which one is a name the writer is known by, and the name signed on the line above it:
    all the writer's. Without a known name among them, the bracket may tell of others."""
    names: list[str] = []
    for index, content in enumerate(own):
        line = _BY_AUDIENCE_LINE.fullmatch(content)
        if line is None:
            continue
        pairs = [_BY_AUDIENCE_PAIR.fullmatch(piece)
                 for piece in _BY_AUDIENCE_SPLIT.split(line["pairs"].strip())]
        if len(pairs) < _MIN_AUDIENCE_PAIRS or any(pair is None for pair in pairs):
            continue
        given = [pair["name"] for pair in pairs if pair is not None]
        if not any(word.casefold() in known for name in given for word in name.split()):
            continue
        names.extend(name for name in given
                     if not all(word.casefold() in known for word in name.split()))
        above = own[index - 1] if index > 0 else ""
        if _SIGN_OFF_NAME.fullmatch(above) and len(above.split()) <= _MAX_SIGNED_NAME_WORDS \
                and above[:1].isupper() and not _CLOSING.match(above):
            names.append(above)
    return names


_SIGN_OFF_NAME = re.compile(r"[^\W\d_][\w'’.-]{0,30}(?:[ \t]+[^\W\d_][\w'’.-]{0,30}){0,2}")
_SIGN_OFF_LEAD = re.compile(r"^(?:[-–—~]+|x{1,3}|xo+)[ \t]*", re.IGNORECASE)


def _own_history_mails(lines: list[_Line], blocks: dict[int, list[_Role]],
                       who: Identity) -> Iterator[tuple[str, list[str]]]:
    """Who sent it (the quoted From value or attribution) and the lines (blank and client
    lines left out) of each earlier mail in the history that the writer sent: below a header
    block or an attribution naming them."""
    index = 0
    while index < len(lines):
        sender: str | None = None
        if index in blocks:
            roles = blocks[index]
            sender = " ".join(role.match["value"] for role in roles
                              if role.match is not None and _header_key(role.match) in _FROM_KEYS)
            body = index + len(roles)
        elif attribution := _attribution(lines, index):
            sender, used = attribution[0]["who"], attribution[1]
            body = index + used
        if sender is None:
            index += 1
            continue
        end = _history_body_end(lines, blocks, body)
        if not _is_own_sender(sender, who):
            # Lumi's answer quoted back quotes in turn the writer's first mail ("> > hallo ik
            # ben …" / "> > Mats"): look inside another's mail for the writer's own.
            index = max(body, index + 1)
            continue
        index = max(end, index + 1)
        contents = [line.content.strip() for line in lines[body:end]
                    if not line.blank and not _is_client_line(line.content.strip())]
        yield sender, contents


_RELAYED_NAME = re.compile(r"(?i)\svia\s")


def _own_history_display_names(lines: list[_Line], blocks: dict[int, list[_Role]],
                               who: Identity) -> list[str]:
    """ "Op zo … schreef Mats Peeters <mats.p2012@…>:" quoted back by a writer whose From has
    no name: the name their mail client showed with their own address is theirs. Not "X via
    Y": a service relaying the mail named it so (our own forward, "QBQBUT via Lumi", to the
    volunteer's alias)."""
    names: list[str] = []
    own = {address.casefold() for address in _clean_addresses(who.addresses)}
    for sender, _ in _own_history_mails(lines, blocks, who):
        name, address = parseaddr(sender)
        name = " ".join(name.split())
        if address.casefold() in own and name and "@" not in name \
                and not _RELAYED_NAME.search(name) \
                and sum(char.isalpha() for char in name) >= _MIN_PART_LETTERS:
            names.append(name)
    return names


def _own_history_sign_offs(lines: list[_Line], blocks: dict[int, list[_Role]], who: Identity,
                           known: list[str], local_words: set[str]) -> list[str]:
    """The last line of each earlier mail of the writer's in the history, when it is a name:
    one to three capitalised words or initials that are no ordinary word."""
    gazette = gazetteer.load()

    def a_word(word: str) -> bool:  # "Help", "Gent": words, not a sign-off
        folded = word.casefold()
        return folded in gazette.ordinary or (
            folded in gazette.places and folded not in gazette.first_names)

    names: list[str] = []
    for _, contents in _own_history_mails(lines, blocks, who):
        if len(contents) < 2:
            continue  # a mail of one line is words, not a sign-off
        last = _SIGN_OFF_LEAD.sub("", _KISSES_AT_END.sub("", contents[-1]) or contents[-1])
        if not _SIGN_OFF_NAME.fullmatch(last) or _CLOSING.match(last):
            continue
        words = last.split()
        # "E.V." of Ethan Vos; "OK" or "SOS" are words, not initials.
        initials = re.fullmatch(r"(?:[A-Z]\.){2,4}", last) is not None and all(
            any(part.startswith(letter.casefold()) for part in known) for letter in last[::2]
        ) or _signs_with_initials(last, who, contents[-2:-1])
        if initials or all(
                (word[0].isupper() or word.casefold() in local_words or word.casefold() in known)
                and not a_word(word)
                and word.casefold() not in _NOT_SIGNED_NAMES
                and not word.endswith(".")
                for word in words):
            names.append(last)
    return names


def _own_history_signature_names(lines: list[_Line], blocks: dict[int, list[_Role]],
                                 who: Identity, known: list[str]) -> list[str]:
    """What _own_history_sign_offs leaves: in the writer's own earlier mail quoted back, a
    sign-off followed by what they say of themselves ("Jasmine Sandhu, Year 10", "— Jas (15)"
    on the line above it), and a first name in lower case closing it ("lina")."""
    names: list[str] = []
    for _, contents in _own_history_mails(lines, blocks, who):
        if len(contents) < 2:
            continue
        signed = list(known)
        # "Ella McGrath / Year 11, Form 11R / "be the energy you want to attract" ✨": their
        # class and motto under the name are what they say of themselves, not the name.
        end = len(contents)
        while end > 2 and len(contents) - end < _MAX_SELF_DESCRIPTION_LINES \
                and _SELF_DESCRIPTION.fullmatch(contents[end - 1]):
            end -= 1
        for content in reversed(contents[max(0, end - _OWN_HISTORY_SIGNATURE_LINES):end]):
            bare = _SIGN_OFF_LEAD.sub("", _KISSES_AT_END.sub("", content) or content)
            head = _NAME_LINE_TAIL.split(bare, maxsplit=1)[0].strip()
            words = head.split()
            if not words or len(words) > _MAX_SIGNED_NAME_WORDS \
                    or not _SIGN_OFF_NAME.fullmatch(head) or _CLOSING.match(head):
                break
            if not all(_history_signed_word(word, signed)
                       or position > 0 and _surname_after_name(word)
                       for position, word in enumerate(words)):
                break
            names.append(head)
            signed.extend(word.casefold() for word in words)
    return names


_OWN_HISTORY_SIGNATURE_LINES = 2
# A motto in quotes (an emoji or two after it), or a school class: "Year 11, Form 11R",
# "Grade 9 · 9B", "klas 3B", "5de middelbaar", "Tutor group 8C".
_SELF_DESCRIPTION = re.compile(
    r"[\"“”„«'‘’][^\n]{2,120}[\"“”»'‘’][\W_]{0,12}"
    r"|(?i:year|grade|form|klas|class|classe|tutor\s+group|groep|leerjaar)\s*\d{1,2}[^\n]{0,40}"
    r"|\d{1,2}(?:e|de|ste|ème|e?me)?\s*(?i:middelbaar|leerjaar|secondaire|jaar)[^\n]{0,40}")
_MAX_SELF_DESCRIPTION_LINES = 2


def _history_signed_word(word: str, signed: list[str]) -> bool:
    """A word of a sign-off in the writer's quoted mail: one they are known by or a short form
    of it ("Jas" under "Jasmine Sandhu"), a capitalised word that is no common word or place,
    or a first name in lower case that is no common word ("lina")."""
    folded = word.casefold()
    if folded in _NOT_SIGNED_NAMES or folded in _FUNCTION_WORDS or word.endswith("."):
        return False
    if folded in signed or _is_short_form(word, signed):
        return True
    gazette = gazetteer.load()
    if word[0].isupper():
        return folded not in gazette.ordinary and folded not in gazette.places
    return _only_a_first_name(word)


def _own_history_names_above_account_card(lines: list[_Line], blocks: dict[int, list[_Role]],
                                          who: Identity, known: list[str]) -> list[str]:
    """In the writer's own earlier mail quoted back, sent from a parent's account: the first
    name alone on the line above the account's closing and card ("… hoe weet je dat? / Febe /
    Met vriendelijke groeten, / Ann Peeters / …"). The card is the account holder's (a name
    they are known by right under the closing); the name above it signed the mail."""
    names: list[str] = []
    gazette = gazetteer.load()
    for _, contents in _own_history_mails(lines, blocks, who):
        for index in range(2, len(contents) - 1):
            if not _CLOSING.match(contents[index]) or not any(
                    word.casefold() in known for word in contents[index + 1].split()):
                continue
            word = contents[index - 1]
            folded = word.casefold()
            if re.fullmatch(r"[^\W\d_][\w'’-]{1,24}", word) and folded in gazette.first_names \
                    and folded not in gazette.ordinary and folded not in _NOT_SIGNED_NAMES \
                    and folded not in _FUNCTION_WORDS and not _CLOSING.match(word):
                names.append(word)
    return names


def _surname_after_name(word: str) -> bool:
    """ "Chloé Martin", "Lena Rose" closing the writer's own quoted mail: a capitalised word
    after their first name that is a name too is their surname, even when it is also a word
    ("martin", "rose")."""
    folded = word.casefold()
    return word[:1].isupper() and not word.isupper() and folded in gazetteer.load().first_names \
        and folded not in _NOT_SIGNED_NAMES and folded not in _FUNCTION_WORDS


def _history_body_end(lines: list[_Line], blocks: dict[int, list[_Role]], body: int) -> int:
    """Where the earlier mail starting at `body` (below its header block or attribution)
    ends: at the next header block, attribution or separator, or where the quote level of
    its first line ends."""
    depth: int | None = None
    end = body
    while end < len(lines):
        line = lines[end]
        if end in blocks or _separates_history(lines, blocks, end) or _attribution(lines, end):
            break
        if not line.blank:
            if depth is None:
                depth = line.depth
            elif line.depth != depth:
                break
        end += 1
    return end


def _is_own_sender(sender: str, who: Identity) -> bool:
    """Whether a quoted From value or attribution names the writer: one of their addresses,
    or one of their names of two words or more."""
    folded = sender.casefold()
    if any(address.casefold() in folded for address in _clean_addresses(who.addresses)):
        return True
    return any(len(name.split()) >= 2 and re.search(
        rf"(?<!\w){re.escape(name.casefold())}(?!\w)", folded) for name in _clean_names(who.names))


# Dictation's spoken commands closing a line ("… Ilyes nieuwe regel", "… period").
_SPOKEN_END = re.compile(
    r"(?i)(?:[ \t]+(?:nieuwe[ \t]+(?:regel|lijn|alinea)|new[ \t]+(?:line|paragraph)"
    r"|nouvelle[ \t]+ligne|[àa][ \t]+la[ \t]+ligne|punt|period|full[ \t]+stop|point"
    r"|uitroepteken|exclamation[ \t]+(?:mark|point)))+[ \t]*[.!]?$"
)
# A closing word or spoken punctuation, right before a sign-off name.
_BEFORE_SIGN_OFF = re.compile(
    r"(?i)(?:^|\s)(?:thanks|thank[ \t]+you|thx|cheers|bye|love|bedankt|dank[ \t]+(?:u|je|jullie)"
    r"(?:[ \t]+wel)?|dankjewel|merci(?:[ \t]+beaucoup)?|groetjes|groeten|doei|bisous|punt"
    # "xx Lotto" (Lotte, autocorrected): kisses close a line as a greeting does.
    r"|period|point|komma|comma|virgule|x{1,4}|xoxo)[ \t,.!-]*$"
)
_MIN_SOUNDING_LETTERS = 4


def _misheard_sign_off(line: str, known: list[str]) -> list[str]:
    """The last one or two words of the writer's last line, after a closing word, when they
    sound like a first name of theirs: "thanks jade in" (Jayden), "punt Ilyes" (Ilyas)."""
    line = _SPOKEN_END.sub("", line).rstrip(" \t.!,")
    words = line.split()
    ordinary = gazetteer.load().ordinary
    for count in (1, 2):
        if len(words) <= count:
            break
        tail = words[-count:]
        if not all(word.isalpha() for word in tail) \
                or not _BEFORE_SIGN_OFF.search(" ".join(words[:-count])):
            continue
        if count == 1 and tail[0].casefold() in ordinary:
            continue  # "thanks again", "merci beaucoup"
        glued = _without_accents("".join(tail).casefold())
        if any(_sounds_like(glued, part, count) for part in known):
            return [" ".join(tail)]
    return []


def _sounds_like(glued: str, part: str, words: int) -> bool:
    part = _without_accents(part)
    if len(part) < _MIN_SOUNDING_LETTERS or not part.isalpha() or glued == part \
            or len(glued) < _MIN_SOUNDING_LETTERS or glued[0] != part[0]:
        return False
    return _soundex(glued) == _soundex(part) and _edit_distance(glued, part) <= words


_SOUNDEX_CODES = {**dict.fromkeys("bfpv", "1"), **dict.fromkeys("cgjkqsxz", "2"),
                  **dict.fromkeys("dt", "3"), "l": "4", **dict.fromkeys("mn", "5"), "r": "6"}


def _soundex(word: str) -> str:
    """American Soundex of a lower-case ASCII word: "jayden" and "jadein" are both J350."""
    codes = [word[0].upper()]
    previous = _SOUNDEX_CODES.get(word[0], "")
    for char in word[1:]:
        code = _SOUNDEX_CODES.get(char, "")
        if code and code != previous:
            codes.append(code)
        if char not in "hw":
            previous = code
    return "".join(codes)[:4].ljust(4, "0")


def _edit_distance(a: str, b: str) -> int:
    """Levenshtein distance of two short words (a sign-off word and a name part)."""
    row = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        diagonal, row[0] = row[0], i
        for j, char_b in enumerate(b, 1):
            diagonal, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1,
                                           diagonal + (char_a != char_b))
    return row[-1]


# --------------------------------------------------------------------------- the writer's partner

# "mijn man Wim", "m'n vrouw, Els,", "mon mari Karim", "my wife Jo": the writer's spouse or
# partner by name. In a volunteer's answer that name points at the volunteer's household (a
# couple's or a family's account) as surely as their own; a help-seeker's friends and loves
# are their story and are never looked for this way.
_PARTNER = re.compile(
    r"(?i:\b(?:mijn|m['’]n|mien)[ \t]+(?:man|vrouw|echtgeno(?:o)?t|echtgenote|partner|wederhelft"
    # "mijn vriendin Marloes", "mon copain Mehdi", "my girlfriend Sam": with the possessive
    # and nothing between, Dutch and French say so of a partner (a friend is "een vriendin van
    # mij", "une copine", "mijn beste vriend", "a friend of mine"), English says so outright.
    r"|vriend|vriendin|vriendje)"
    r"|\b(?:mon|ma)[ \t]+(?:mari|femme|[ée]poux|[ée]pouse|conjoint|conjointe|compagnon"
    r"|compagne|partenaire|copain|copine|petit[ \t]+ami|petite[ \t]+amie)"
    r"|\bmy[ \t]+(?:husband|wife|spouse|partner|boyfriend|girlfriend)"
    # "m'n vent Wim", "mijn lief Bart", "mijn madam Rita": Flemish for the partner.
    r"|\b(?:mijn|m['’]n|mien)[ \t]+(?:vent|lief|madam)"
    # "mijn jongste, Lore", "my eldest, Grace", "mon grand, Hugo": a child of theirs said by
    # an adjective alone, the name after a comma.
    r"|\b(?:mijn|m['’]n|mien|my|mon|ma|onze|ons|our|notre)[ \t]+(?:jongste|oudste|middelste"
    r"|youngest|eldest|oldest|cadet(?:te)?|a[îi]n[ée]e?|grand|grande|benjamine?)(?=,)"
    # "getypt door mijn zoon Wout", "typed by my daughter Amy", "tapé par mon fils Hugo": who
    # types the answer the volunteer dictates writes it with them, from their household.
    r"|\b(?:getypt|getikt|geschreven|uitgetypt|typed|written|tap[ée]e?|[ée]crite?)[ \t]+"
    r"(?:door|by|par)[ \t]+(?:mijn|m['’]n|my|mon|ma)[ \t]+(?:(?:jongste|oudste|little|big"
    r"|youngest|eldest|oldest|petite?|grande?)[ \t]+)?(?:zoon|dochter|kleinzoon|kleindochter"
    r"|kleinkind|broer|zus|neef|nicht|son|daughter|grandson|granddaughter|grandchild|brother"
    r"|sister|nephew|niece|fils|fille|petit-fils|petite-fille|fr[èe]re|s(?:œ|oe)ur|neveu|ni[èe]ce)"
    # "Mijn dochter Lore zou zeggen", "mijn eigen kleindochter Margot", "Mijn zus Elif was de
    # eerste", "ma fille Chloé", "my son Tom" (house policy): any relative of the volunteer
    # named in their answer identifies them as their partner does. Only after "mijn"/"my"/
    # "mon"/"ma": "je zus Elif" is the help-seeker's.
    # "onze zoon", "notre fils", "our son" and the West-Flemish "mien man": the household
    # speaking as one, or in its own dialect, is the same household.
    r"|\b(?:mijn|m['’]n|mien|my|mon|ma|onze|ons|our|notre|nos)[ \t]+(?:(?:eigen|own|jongste"
    r"|oudste|kleine|grote|little|big|youngest|eldest|oldest|petite?|grande?|late|twin)[ \t]+)"
    r"{0,2}(?:zoon|zoontje|dochter|dochtertje|kleinzoon|kleindochter|kleinkind"
    # "mijn tweelingbroer Jens", "mijn plusdochter", "my stepson": a compound relative.
    r"|(?:tweeling|half|stief|plus|pleeg|bonus)?(?:broer|zus|zuster|moeder|vader|mama|papa"
    # Not "neef"/"nicht": in Flemish also a cousin, whom the house policy does not count.
    r"|zoon|dochter)|schoonzoon|schoondochter|schoonmoeder|schoonvader"
    r"|(?:step)?(?:son|daughter|mother|father|brother|sister)|grandson|granddaughter"
    r"|grandchild|mum|mom|dad|nephew|niece|fils|fille|petit-fils|petite-fille|fr[èe]re"
    r"|s(?:œ|oe)ur|m[èe]re|p[èe]re|maman|papa|neveu|ni[èe]ce|belle-m[èe]re|beau-p[èe]re)"
    # "mijn moeder zaliger, Maria,", "notre fils aîné Hugo", "mon frère jumeau Lucas": a word
    # after the relative that still says which one.
    r"(?:[ \t]+(?:zaliger|a[îi]n[ée]e?|cadet(?:te)?|jumeau|jumelle))?)"
    # "mijn kleinzoon heet ook Mathis", "my son is called Tom too": the name after its verb.
    r"(?:[ \t]+(?i:heet|heette|is[ \t]+called|s['’]appelle)(?:[ \t]+(?i:ook|also|aussi))?)?"
    # "MON PETIT-FILS ARTHUR": in a line written in capitals, the name is in capitals too.
    r",?[ \t]+(?P<name>[A-ZÀ-Ý](?:[a-zà-ÿ'’-]{1,30}|[A-ZÀ-Ý'’-]{1,30}))\b"
)


# "Geert (en Hilde leest mee)", "Anne (et Paul aussi)", "Jo (& Sam, who reads along)": on a
# shared account, whoever reads or writes along is named in brackets right after the name
# the writer signs with; such a name points at the volunteer's household as their partner's
# does. Only after one of the writer's own names, and only a first name: "Geert (en Google
# Translate)" names a tool.
# "Geert (samen met Hilde)", "Geert (en Marie-Jeanne leest mee)", and "Geert (Hilde leest
# mee)" without the "en": the verb of reading along then says who the bracket names.
_ALONG = re.compile(
    r"(?<![\w'’-])(?P<before>[^\W\d_][\w'’-]{0,30})[ \t]{0,3}\([ \t]{0,3}"
    r"(?:(?i:en|et|and|&|\+|met|avec|with|samen[ \t]+met|together[ \t]+with)[ \t]{1,3}"
    r"(?P<name>[A-ZÀ-Ý][a-zà-ÿ'’]{1,30}(?:-[A-ZÀ-Ý][a-zà-ÿ'’]{1,30})?)(?=[\s,)])"
    r"|(?P<reader>[A-ZÀ-Ý][a-zà-ÿ'’]{1,30}(?:-[A-ZÀ-Ý][a-zà-ÿ'’]{1,30})?)[ \t]{1,3}"
    r"(?i:leest[ \t]+mee|reads[ \t]+along|lit[ \t]+aussi))")


# Names a volunteer gives their household in other shapes than "mijn <relative> Name", each
# taken only when the word is a first name (these shapes also fit words of a place or a
# team): "de Fien van ons" (Flemish for our Fien); "Trotse oma van Lina, Vic en Staf",
# "(mama van Daan en Lucas)", "als plusvader van Yentl": the volunteer naming themselves as
# the parent of someone, at a line's start, in brackets or after "als"/"ben"/"as"/"comme" --
# never "de mama van Lotte" (someone else's mother); and a greeting from someone of the house
# on its own line after the sign-off: "ook van Jorrit 👋", "Wim doet de groeten".
_HOUSE_NAME = r"[A-ZÀ-Ý][a-zà-ÿ'’]{1,30}(?:-[A-ZÀ-Ý][a-zà-ÿ'’]{1,30})?"
# ("de Kobe van ons vorige gesprek": "van ons" opening what was said together, no household.)
_OF_OURS = re.compile(rf"(?i:\b(?:de|den|het|ons)[ \t]+)(?P<name>{_HOUSE_NAME})"
                      r"[ \t]+(?i:van[ \t]+ons)\b(?![ \t]+(?i:vorige?|laatste|eerste|gesprek"
                      r"|chat|mail|bericht|contact))"
                      # "ons Lore had dat ook": Flemish "ons" before a name of the house.
                      rf"|\b(?i:ons)[ \t]+(?P<ours>{_HOUSE_NAME})(?![\w'’-]|[ \t]+[A-ZÀ-Ý])")
_OWN_PARENT_OF = re.compile(
    r"(?:^[ \t]*|\([ \t]*|(?i:\b(?:als|ben|as|am|comme|suis))[ \t]+)"
    r"(?:(?i:trotse|fiere|proud|fi[èe]re?|gelukkige|happy)[ \t]+)?"
    r"(?i:(?:plus|stief|pleeg|bonus)?(?:mama|papa|moeder|vader|oma|opa|bomma|bompa|meter|peter"
    r"|grootmoeder|grootvader)|(?:step)?(?:mum|mom|dad|mother|father)|grandma|grandpa|granny"
    r"|grandmother|grandfather|maman|mamie|papy|papi|m[èe]re|p[èe]re|grand-m[èe]re"
    r"|grand-p[èe]re)"
    r"[ \t]+(?i:van|of|de|d['’])[ \t]*"
    rf"(?P<names>{_HOUSE_NAME}(?:[ \t]*(?:,|&|\+|(?i:en|and|et)(?=[ \t]))[ \t]*"
    rf"{_HOUSE_NAME}){{0,8}})"
    # "Mama van Lien misschien?": someone else's parent suggested as help, not who writes.
    r"(?![^\n.!]{0,30}\?)",
    re.MULTILINE)
# "mijn kleine Wout (2) zat op mijn schoot", "my little one Ava (3)", "ma petite Jade (4 ans)":
# a child of the writer's named without a word of kinship, only "my little/youngest one" and
# the child's age in brackets right after the name; the age says it is a child of the house,
# not a friend or a pet ("mijn kleine Fiat" has none).
_LITTLE_ONE_OF_OURS = re.compile(
    r"(?i:\b(?:mijn|m['’]n|mien|onze|ons|my|our|mon|ma|notre)[ \t]+(?:kleine|kleintje|kleinste"
    r"|jongste|oudste|little(?:[ \t]+one)?|youngest|eldest|petite?|cadette?|benjamine?)[ \t]+)"
    rf"(?P<name>{_HOUSE_NAME})[ \t]*\([ \t]*\d{{1,2}}"
    r"(?:[ \t]*(?i:jaar|jr|j|ans?|years?|yrs?|y|maand(?:en)?|months?|mois))?[ \t]*\)")
_OWN_PARENT_OF_SPLIT = re.compile(r"[ \t]*(?:,|&|\+|[ \t](?:en|and|et)(?=[ \t]))[ \t]*",
                              re.IGNORECASE)
_GREETS_ALONG = re.compile(
    r"^[ \t]*(?:(?:(?i:en|and|et)[ \t]+)?(?i:ook|also|aussi)[ \t]+(?i:van|from|de)[ \t]+"
    rf"(?P<name>{_HOUSE_NAME})(?=[^\w\n?]*$)"  # "ook van Kobe?" asks who else sent it
    rf"|(?P<greeter>{_HOUSE_NAME})[ \t]+(?i:doet[ \t]+(?:je[ \t]+|u[ \t]+)?de[ \t]+groe(?:ten|tjes)"
    r"|laat[ \t]+(?:je|u)[ \t]+groeten|says[ \t]+hi|sends[ \t]+(?:her|his|their)[ \t]+love"
    r"|te[ \t]+fait[ \t]+(?:la[ \t]+bise|des[ \t]+bisous)|t['’]embrasse"
    # "Camille t'envoie plein de courage", "Wim stuurt je veel moed", "Jo sends you strength".
    r"|(?:t['’]envoie|vous[ \t]+envoie|stuurt[ \t]+(?:je|u)|sends[ \t]+you)[ \t]+"
    r"(?:(?:plein|beaucoup|lots|loads)[ \t]+(?:de|of)[ \t]+|(?:veel|een|heel[ \t]+veel"
    r"|all[ \t]+(?:her|his|their)|tout[ \t]+son|toute[ \t]+sa|du|de[ \t]+la|des)[ \t]+)?"
    r"(?:courage|force|bisous|bises|c[aâ]lins|moed|sterkte|kracht|liefs|knuffel|groetjes"
    r"|love|strength|hugs)))",
    re.MULTILINE)


def _household_names(own: str) -> list[str]:
    """The first names `own` gives the writer's household in the shapes of _OF_OURS,
    _OWN_PARENT_OF, _GREETS_ALONG and _LITTLE_ONE_OF_OURS (each still to be checked against the
    first names)."""
    found = [match["name"] or match["ours"] for match in _OF_OURS.finditer(own)]
    for match in _OWN_PARENT_OF.finditer(own):
        found += _OWN_PARENT_OF_SPLIT.split(match["names"])
    found += [match["name"] or match["greeter"] for match in _GREETS_ALONG.finditer(own)]
    found += [match["name"] for match in _LITTLE_ONE_OF_OURS.finditer(own)]
    return [name for name in found if name]

# A line break inside a paragraph: both lines hold words, no blank line between them.
_HARD_WRAP = re.compile(r"(?<=\S)[ \t]*\n[ \t]*(?=\S)")


def _own_unquoted(text: str) -> str:
    """The writer's own lines of `text`: not quoted, and above the first quoted header block
    (the history Outlook keeps unquoted). "mijn broer Tom" in the help-seeker's mail quoted
    under the answer is theirs, not a name of the volunteer's family."""
    lines = _split_lines(text)
    blocks = _header_blocks(lines)
    end = min(blocks, default=len(lines))
    return "\n".join(line.content for line in lines[:end] if not line.quoted)


def learn_partner_names(text: str, who: Identity) -> Identity:
    """`who` with the names a volunteer gives their own spouse or partner in their answer
    ("mijn man Wim ook niet"), any other relative of theirs ("mijn dochter Lore zou zeggen")
    or the relative who types it for them ("getypt door mijn zoon
    Wout"): a capitalised word right after the partner word, when it is
    a first name or no ordinary word of the language ("my wife Always …" is not a name);
    and the first name of whoever reads along in brackets after their signed name (_ALONG)."""
    words = gazetteer.load()
    known = {name.casefold() for name in who.names}
    known_words = {word for name in known for word in name.split()}
    own = _own_unquoted(text)
    # "Mijn / kleindochter Fien", "Mijn dochter / Lore heeft": a client wraps the sentence
    # anywhere, between the relative and the name too; lines with no blank line between them
    # are read as one (a blank line still ends the sentence).
    unfolded = _HARD_WRAP.sub(" ", own)
    # (A word in capitals is a name only when it is a first name: "MON FILS EST …".)
    learned = [name for match in _PARTNER.finditer(unfolded)
               if (name := match["name"]).casefold() not in known
               and name.casefold() not in _FUNCTION_WORDS
               and (name.casefold() in words.first_names
                    or (name.casefold() not in words.ordinary and not name.isupper()))]
    learned += [WordName(name) for name in _household_names(own)
                if name.casefold() not in known and name.casefold() not in _FUNCTION_WORDS
                and all(part in words.first_names for part in name.casefold().split("-"))]
    learned += [WordName(name) for match in _ALONG.finditer(text)
                if match["before"].casefold() in known_words
                and (name := match["name"] or match["reader"]).casefold() not in known
                # "Marie-Jeanne": a first name in each part
                and all(part in words.first_names for part in name.casefold().split("-"))
                and name.casefold() not in _FUNCTION_WORDS]
    if not learned:
        return who
    return with_word_names(dataclasses.replace(who, names=tuple(dict.fromkeys(
        (*who.names, *learned)))), learned, who.names)
