"""A message the writer received and pasted in: its greeting names the writer, its sign-off
does not.

`_received_message` reads "ik kreeg dit van mijn klastitularis, ik heb het gekopieerd:" over
"Beste Noor, … Vriendelijke groeten, / Mevr. Peeters": the name greeted is the writer's (the
message was sent to them), and the name signing it is the sender's, which is content like any
teacher or parent the writer names. Separate because it reads someone else's words in the mail.
"""

from __future__ import annotations

import re

from mailhandler.core.scrub.lines import (
    _Line,
)

# The line announcing it: something received, got, sent to the writer; "ma envoyé", "ma
# écrit" as texting drops the apostrophe of "m'a" (as "jai", "jhabite"): "ma" before a past
# participle is no possessive.
_RECEIVED = re.compile(
    r"(?i)(?<!\w)(?:kreeg|gekregen|ontvangen|got|received|gotten|re[çc]u|re[çc]ue"
    r"|sent\s+me|texted\s+me|wrote\s+me|m['’]?a\s+(?:envoy[ée]|[ée]crit)|stuurde\s+(?:me|mij)"
    r"|schreef\s+(?:me|mij))(?!\w)")
# ... and received by the writer themselves: "ik kreeg", "j'ai reçu", "I got", "sent me";
# "mijn vriendin kreeg een screenshot" is a message to someone else, whose name is not the
# writer's.
_FIRST_PERSON = re.compile(
    r"(?i)(?<![\w'’])(?:ik|i|j['’]|je|me|mij|m['’]|we|wij|on|nous)(?![\w'’])|(?i:\bj['’])")
# The greeted name said in the writer's own lines as someone else: "Amira is 12", "Amira is
# mijn beste vriendin", "ik ben Lotte niet Noor", "ik ben dus Lisa niet".
_SOMEONE_ELSE = (r"(?i:(?<!\w)(?:niet|not|pas|geen)\s+{name}(?!\w)"
                 r"|(?<!\w){name}\s+(?:is|was|est|a|heeft|has|had|niet|not|pas|zit|doet)(?!\w))")
# Its first line: a greeting to one name, after an opening quote or a chat line's time and
# author ("[07:41, 14/3/2026] Mama: Lieve Tibo, …"), perhaps with the initial an app adds to
# it ("Hi Oliver B.! The draw … is done").
_GREETED = re.compile(
    r"[ \t]*(?:\[[^\]\n]{4,30}\][^:\n]{1,40}:[ \t]*)?[«\"“„'‘]?[ \t]*"
    r"(?i:hi|hiya|hey|hoi|hallo|hello|dag|beste|lieve|liefste|bonjour|bonsoir|salut|coucou"
    # "Hi Seo-yeon,", "Dag Jean-Marie,": a hyphenated first name, its second part in lower
    # case as Korean and Chinese names are romanised.
    r"|cher|ch[èe]re|dear)[ \t]+(?P<name>[A-ZÀ-Ý][^\W\d_]{1,30}(?:-[^\W\d_]{1,30})?)"
    r"(?:[ \t]+[A-ZÀ-Ý]\.)?[ \t]*[,!]")
_LOOK_BELOW = 3  # non-blank lines under the announcement in which the message may open
_MAX_MESSAGE_LINES = 30
_CLOSING_QUOTE = re.compile(r"[»\"”][ \t]*$")


def _received_message(lines: list[_Line]) -> tuple[list[str], set[str]]:
    """The names greeted in received messages the writer pasted, and the lines of those
    messages (whose sign-offs are not the writer's)."""
    names: list[str] = []
    inside: set[str] = set()
    openings: set[int] = set()
    index = 0
    while index < len(lines):
        if (lines[index].blank or not _RECEIVED.search(lines[index].content)
                or not _FIRST_PERSON.search(lines[index].content)):
            index += 1
            continue
        below = [i for i in range(index + 1, min(len(lines), index + 1 + 2 * _LOOK_BELOW))
                 if not lines[i].blank][:_LOOK_BELOW]
        opening = next((i for i in below if _GREETED.match(lines[i].content)), None)
        if opening is None:
            index += 1
            continue
        match = _GREETED.match(lines[opening].content)
        assert match is not None
        names.append(match["name"])
        openings.add(opening)
        end = opening
        while end < len(lines) and end - opening < _MAX_MESSAGE_LINES and not lines[end].blank:
            inside.add(lines[end].content.strip())
            if end > opening and _CLOSING_QUOTE.search(lines[end].content):
                break
            end += 1
        index = end + 1
    inside |= _quoted_messages(lines)
    # (a message pasted without a closing quote runs on into the writer's own lines, so every
    # line but the greetings themselves is looked at)
    own = [line.content for i, line in enumerate(lines) if not line.blank and i not in openings]
    names = [name for name in names
             if not any(re.search(_SOMEONE_ELSE.format(name=re.escape(name)), content)
                        for content in own)]
    return list(dict.fromkeys(names)), inside


# A line opening a quotation that it does not close ("Hey allemaal, zondag …"), and one
# closing it (… / 053 00 00 00").
_PASTE_OPENS_QUOTE = re.compile(r"[ \t]*[«\"“„]")
_MIN_QUOTED_LINES = 2


def _quoted_messages(lines: list[_Line]) -> set[str]:
    """The lines of messages the writer pastes between quotation marks over several lines:
    "zaterdag heeft mijn verantwoordelijke dit gestuurd: // "Hey allemaal, … / Groeten, /
    Dirk / Filiaalverantwoordelijke … / 053 …"". Whoever signs inside the quotation marks
    wrote the message; the writer quotes it, so its sign-off is not theirs (a greeting to
    everyone names nobody, so _received_message's greeted name does not find it). Only a
    quotation opened at a line's start and closed at the end of a later line, with no
    mark between them, within one paragraph."""
    inside: set[str] = set()
    index = 0
    while index < len(lines):
        content = lines[index].content
        if lines[index].blank or not _PASTE_OPENS_QUOTE.match(content) \
                or len(re.findall(r"[«\"“„”»]", content)) != 1:
            index += 1
            continue
        end = index + 1
        while end < len(lines) and end - index < _MAX_MESSAGE_LINES and not lines[end].blank \
                and not re.search(r"[«\"“„”»]", lines[end].content):
            end += 1
        if end < len(lines) and not lines[end].blank and end - index < _MAX_MESSAGE_LINES \
                and _CLOSING_QUOTE.search(lines[end].content) \
                and len(re.findall(r"[«\"“„”»]", lines[end].content)) == 1 \
                and end + 1 - index >= _MIN_QUOTED_LINES:
            inside.update(lines[i].content.strip() for i in range(index, end + 1))
            index = end + 1
            continue
        index += 1
    return inside
