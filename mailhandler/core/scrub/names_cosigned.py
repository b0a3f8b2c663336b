"""A second writer who signs beside the first: "Sara & Noor", "love Kim and Jo x".

`learn_co_signers`. Separate because it learns a name of someone other than the account's
owner: two friends writing one mail in turns are both writers, and the one who signs beside
the known name is named as surely as the owner.
"""

from __future__ import annotations

import dataclasses
import re

from mailhandler.core.redact import gazetteer
from mailhandler.core.scrub.attributions import (
    _header_blocks,
)
from mailhandler.core.scrub.identity import (
    Identity,
    _without_accents,
)
from mailhandler.core.scrub.lines import (
    _split_lines,
)
from mailhandler.core.scrub.names import (
    _known_name_words,
)
from mailhandler.core.scrub.names_short_forms import (
    _blend_of_known,
)
from mailhandler.core.scrub.names_words import (
    _FUNCTION_WORDS,
    _NAME_WORD,
    _NOT_SIGNED_NAMES,
    _TRAILING_LINES,
)
from mailhandler.core.scrub.signature_lines import (
    _CLOSING,
    _is_client_line,
)
from mailhandler.core.scrub.undelimited import (
    _own_stretch,
)

# A line of its own that is two first names joined, perhaps after a short closing and with
# kisses or a heart after it: "Sara & Noor", "groetjes Jo en Kim", "love Ash and Bea xx",
# "bisous, Léa et Inès". A sentence ("Sara en Noor zijn ruzie") is no such line.
# (a short filler may open it when the pair corrects a sign-off above: "ok fine Sara & Noor",
# "nee wacht, Jo en Kim")
_CORRECTING = (r"(?:(?i:ok(?:e|ay)?|oké|fine|nee|no|non|bon|wacht|sorry|euh|uhm?)[,!.]?"
               r"\s{1,3}){0,2}")
_JOINT_SIGN_OFF = re.compile(
    _CORRECTING
    + r"(?P<closing>(?i:love|groetjes|groeten|grtjs|liefs|kusjes|bisous|bises|merci|thanks|xoxo"
    r"|dikke\s{1,3}kus)[,!]?\s{1,3})?"
    r"(?P<first>[A-ZÀ-Ý][\w'’-]{1,30})\s{0,3}(?:&|\+|(?i:and|en|et|und))\s{0,3}"
    r"(?P<second>[A-ZÀ-Ý][\w'’-]{1,30})"
    r"(?:\s{0,3}(?:x{1,4}|X{1,4}|<3|[\u2600-\u27bf\U0001f300-\U0001faff\ufe0f]{1,6}))?[\s.!]{0,3}")


# "Hanne, Yusuf, Bo en Kato" under "Groetjes van de klas,": more than two signing, each a first
# name, on a line of its own right under a closing. When one of them is the writer, the others
# wrote with them.
_NAME_IN_LIST = r"[A-ZÀ-Ý][\w'’-]{1,30}"
_LIST_SIGN_OFF = re.compile(
    rf"(?P<names>{_NAME_IN_LIST}(?:[ \t]{{0,3}},[ \t]{{0,3}}{_NAME_IN_LIST}){{1,6}})"
    rf"[ \t]{{0,3}},?[ \t]{{1,3}}(?:&|\+|(?i:and|en|et|und))[ \t]{{1,3}}(?P<last>{_NAME_IN_LIST})"
    r"(?:\s{0,3}(?:x{1,4}|X{1,4}|<3|[\u2600-\u27bf\U0001f300-\U0001faff\ufe0f]{1,6}))?[\s.!]{0,3}")
_MIN_LIST_NAMES = 3


# "my sister Millie", "mijn broertje Tuur", "ma cousine Inès": someone the writer names as
# family is content by the corpus's convention (the writer speaks of them), even when they sign
# along; a friend writing their own turn is a writer.
_KIN_BEFORE = (
    r"(?i)\b(?:sister|brother|sis|bro|cousin|twin|zus|zusje|zuster|broer|broertje|neef|nicht"
    r"|nichtje|tweeling|s(?:œ|oe)ur|fr[èe]re|cousine|jumelle?|son|daughter|zoon|dochter|fils"
    r"|fille|friend|bestie|bff|girlfriend|boyfriend|vriend|vriendin|vriendje|vriendinnetje|lief"
    r"|ami|amie|copain|copine|pote)[ \t]{{1,3}}(?:{name})\b")
# The second writer taking a turn in the text: "nu Tibo hier", "hier is Tibo", "c'est Tibo",
# "it's Tibo now", "this is Tibo", "ici Tibo". Without such a turn, "Anouk en Milan" under
# "de keuze is tussen" or "Anouk en Jezus" under a title is the writer's words, and only a
# closing before the pair ("liefs, / Anouk en Tibo") makes it a sign-off.
# (the turn may give the full form of a short name signed: "hier is Yasmine" for "Yas")
# Or sitting beside the writer as they write: "Kai is next to me", "Noor zit naast mij",
# "Inès est à côté de moi".
_TURN = (r"(?i:(?<!\w)(?:hier\s+is|dit\s+is|c['’]est|ici|it['’]s|this\s+is|here['’]?s|"
         r"now)\s{{1,3}}(?:{name})\w*(?!\w)|(?<!\w)(?:{name})\w*\s{{1,3}}(?:hier|ici|here)"
         r"(?!\w)|(?<!\w)(?:{name})\s{{1,3}}(?:is\s{{1,3}}(?:right\s{{1,3}})?(?:next\s{{1,3}}to|beside)\s{{1,3}}me"
         r"|zit\s{{1,3}}(?:hier\s{{1,3}})?naast\s{{1,3}}(?:me|mij)|est\s{{1,3}}(?:juste\s{{1,3}})?[àa]\s{{1,3}}c[ôo]t[ée]"
         r"\s{{1,3}}de\s{{1,3}}moi)(?!\w))")


def _takes_a_turn(text: str, name: str) -> bool:
    return re.search(_TURN.format(name=re.escape(name)), text) is not None


def _named_as_kin(text: str, name: str) -> bool:
    return re.search(_KIN_BEFORE.format(name=re.escape(name)), text) is not None


def _listed_co_signers(text: str, own: list[str], folded_known: set[str]) -> list[str]:
    """The others on a line of three or more first names right under a closing, one of them
    the writer's (a card may still follow it: a teacher's laptop lent to the class)."""
    first_names = gazetteer.load().first_names
    learned: list[str] = []
    for position, content in enumerate(own[1:], start=1):
        listed = _LIST_SIGN_OFF.fullmatch(content)
        if listed is None or _CLOSING.match(own[position - 1]) is None:
            continue
        names = [*re.split(r"[ \t]*,[ \t]*", listed["names"]), listed["last"]]
        folded = [_without_accents(name.casefold()) for name in names]
        # Every one a first name (one that is also a word, "Bo", "Roos", among them); a role
        # among them ("Mila, Jonas, Mama en Papa") makes it a family's, not a group's.
        if len(names) < _MIN_LIST_NAMES or not any(word in folded_known for word in folded) \
                or not all(word in folded_known or (
                    name.casefold() in first_names and name.casefold() not in _FUNCTION_WORDS
                    and name.casefold() not in _NOT_SIGNED_NAMES)
                    for name, word in zip(names, folded, strict=True)):
            continue
        learned.extend(name for name, word in zip(names, folded, strict=True)
                       if word not in folded_known and not _named_as_kin(text, name))
    return learned


def learn_co_signers(text: str, who: Identity) -> Identity:
    """`who` with the name signed beside one of theirs on one of the last lines of the
    writer's own text ("Inge & Wout" from Inge's account: Wout wrote with her)."""
    lines = _split_lines(text)
    stretch = _own_stretch(lines, _header_blocks(lines))
    if stretch is None:
        return who
    own = [line.content.strip() for line in lines[stretch[0]:stretch[1]]
           if not line.blank and not _is_client_line(line.content.strip())]
    known, _ = _known_name_words(who)
    folded_known = {_without_accents(word) for word in known}
    ordinary = gazetteer.load().ordinary
    learned: list[str] = []
    tail = own[-_TRAILING_LINES:]
    learned.extend(_listed_co_signers(text, own, folded_known))
    for position, content in enumerate(tail):
        joint = _JOINT_SIGN_OFF.fullmatch(content)
        if joint is None:
            continue
        after_closing = joint["closing"] is not None or (
            position > 0 and _CLOSING.match(tail[position - 1]) is not None)
        pair = (joint["first"], joint["second"])
        for this, other in (pair, pair[::-1]):
            word = other.casefold()
            if _without_accents(this.casefold()) in folded_known \
                    and _without_accents(word) not in folded_known \
                    and word not in _FUNCTION_WORDS and word not in _NOT_SIGNED_NAMES \
                    and word not in ordinary and not _named_as_kin(text, other) \
                    and (after_closing or _takes_a_turn(text, other)):
                learned.append(other)
    if not learned:
        return who
    learned.extend(_ship_names(own, known, learned))
    return dataclasses.replace(who, names=(*who.names, *learned))


def _ship_names(own: list[str], known: list[str], signers: list[str]) -> list[str]:
    """ "Rafkai" for Rafa and Kai, "Noorsam" for Noor and Sam: a capitalised word of the text
    made of the start of the writer's name and the start of one who signs with them (either
    order), which is no word: what friends call the two of them names them both."""
    pairs = [pair for name in known for signer in signers
             for pair in ((name, signer.casefold()), (signer.casefold(), name))]
    found: list[str] = []
    for content in own:
        for word in _NAME_WORD.findall(content):
            if word[:1].isupper() and word not in found and any(
                    _blend_of_known(word, pair) for pair in pairs):
                found.append(word)
    return found
