"""Names others give the writer: "tout le monde dit Ibou", "my mum calls me Em", a bio line.

Separate because the cue is someone else speaking of the writer.
"""

from __future__ import annotations

import re

from mailhandler.core.redact import gazetteer
from mailhandler.core.scrub.identity import (
    _MIN_NAME_CHARS,
    WordName,
)
from mailhandler.core.scrub.names_called import (
    _BUT,
    _MAX_CALLED_MORE,
    _NEGATED,
    _NEGATION_REACH,
    _bio_of_someone_else,
    _called_name,
)
from mailhandler.core.scrub.names_scripts import (
    _other_script_spelling_of,
    _script_words,
)
from mailhandler.core.scrub.names_signed import (
    _only_a_first_name,
)
from mailhandler.core.scrub.names_words import (
    _FUNCTION_WORDS,
    _MAX_LEARNED_NAME_CHARS,
    _NAME_WORD,
    _NOT_INTRODUCED,
    _NOT_SIGNED_NAMES,
    _SLURS,
    _is_known_word,
)

# --------------------------------------------------------------------------- names others give

# "je m'appelle Ibrahima mais tout le monde dit Ibou", "at school they write Simhar", "my
# papers say Semhar Tesfaye", "à la maison on dit Ndey", "my mum calls me Em": the forms of
# their name others say or write. Without "me" the cue names the writer only after a name
# they are known by earlier on the line ("tout le monde dit Lucas est méchant" is a story).
_OTHERS_SAY_NAME = re.compile(
    r"(?i)(?<!\w)(?:"
    r"(?P<me>(?:my\s+(?:mum|mom|mam|mother|dad|father|parents|family|sister|brother|nan|gran"
    r"|grandma|grandad|friends|mates|teachers?)|(?:mes|mijn)\s+(?:potes|amis|amies|copines"
    r"|copains|parents|vrienden|ouders))(?:\s+(?:just|all|always|still|sometimes|gewoon|altijd"
    r"|toujours))?\s+(?:calls?\s+me|me\s+disent|m['’]appellent|noemen\s+(?:me|mij)))"
    r"|(?:tout\s+le\s+monde|on|ils|elles|les\s+gens|everyone|everybody|people|they|kids"
    r"|teachers|(?:asylum\s+|official\s+|id\s+)?(?:papers|passport|documents)"
    r"|(?:mes|my)\s+(?:papiers|potes|amis|friends|mates))"
    r"(?:\s+(?:at|in|[àa]|en)\s+(?:school|home|class|la\s+maison|l['’][ée]cole|classe))?"
    r"(?:\s+(?:just|all|always|still|usually|mostly|sometimes|juste|toujours))?"
    r"\s+(?:says?|dit|disent|write|writes|[ée]crit|[ée]crivent|spell\s+it)"
    r"|c['’]est\s+[ée]crit)"
    r"\s+(?P<name>(?-i:[A-ZÀ-Ý])[\w'’-]+(?:[ \t]+(?-i:[A-ZÀ-Ý])[\w'’-]+){0,2})"
)
# "… says O'Brien or Ciarán or Kiki": more forms after the first.
_SAID_MORE = re.compile(r"[ \t]*(?:,[ \t]*)?(?:or|ou|of|,)[ \t]+(?P<name>(?-i:[A-ZÀ-Ý])[\w'’-]+)")
# "I'm not Ruby, I'm her friend Harriet", "je suis sa cousine Inès": who writes from a
# friend's or relative's account, named right after what they are to its owner. "c est moi sa
# petite fille Giulia", "it's me, her granddaughter Mia": a grandchild on a grandparent's.
_FRIEND_NAMED = re.compile(
    r"(?i)(?<!\w)(?:i['’]?m|i\s+am|this\s+is|it['’]?s|je\s+suis|c['’]est|moi\s+c['’]est|ik\s+ben"
    r"|hier\s+is|dit\s+is|(?:c['’ ]\s*est|it['’]?s|dit\s+ben)\s+(?:moi|me|ik)\s*,?)"
    r"\s+(?:her|his|their|sa|son|haar|zijn|hun)\s+"
    r"(?:(?:best|beste|meilleure?|close|little|big|petite?|grande?)\s+)?"
    r"(?:friend|mate|bestie|bff|buddy|cousin|cousine|amie?|copine|copain|pote|vriend|vriendin"
    r"|neef|nicht|petite?[\s-]+(?:fille|fils)|grand(?:daughter|son|child)|klein(?:dochter|zoon"
    r"|kind))\s*,?\s+(?P<name>(?-i:[A-ZÀ-Ý])[\w'’-]+)"
)
# 'put "for Hattie" at the top', "écrivez « pour Inès » au début": the name they ask the
# answer to be addressed to.
_ADDRESSED_AS = re.compile(
    r"(?i)(?<!\w)(?:put|write|mark|start\s+with|begin\s+with|[ée]cri(?:s|vez|re)|mets|mettez"
    r"|mettre|zet|schrijf|schrijft)\s+(?:(?:it|just|juste|gewoon|maar)\s+)?[\"“«'‘][ \t]*"
    r"(?:for|pour|voor|aan|to|à)[ \t]+(?P<name>(?-i:[A-ZÀ-Ý])[\w'’-]+)[ \t]*[\"”»'’]"
)
# "moi c Grâce jai 14 ans": "c" for "c'est" after "moi" in a text message.
_SMS_MOI_C = re.compile(
    r"(?i)(?<![\w'’])moi[ \t]+(?:c|cé|sé|cest)[ \t]+(?P<name>[^\W\d_][\w'’-]*)"
    r"(?P<age>[ \t]*,?[ \t]*(?:j['’]?ai[ \t]+)?\d{1,2}(?!\d))?"
)
# "« Yasmine 🌙 15 | bxl | she/her »", '"ellie ☆ 15 ☆ she/they"': a social-media bio quoted,
# a name first, then its fields (an age among the first ones).
_BIO_QUOTE = re.compile(r"[«\"“][ \t]*(?P<bio>[^«»\"“”\n]{4,160})[»\"”]")
_BIO_SEPARATOR = re.compile(r"[ \t]*(?:[|•·☆★✦✧♡♥/]|[\u2600-\u27bf\U0001f300-\U0001faff"
                            r"\ufe0f\u200d]+)[ \t]*")
_MIN_BIO_FIELDS = 3
_BIO_AGE_FIELDS = 3
# "Khadija (ou Khadidja, ou Khadeeja sur insta, en arabe خديجة)": the other spellings of a
# name they are known by, in a bracket right after it.
_SPELLINGS_IN_BRACKETS = re.compile(
    r"(?<![\w'’-])(?P<known>[^\W\d_][\w'’-]{1,40})[ \t]*\((?P<inside>"
    r"[ \t]*(?i:ou|or|of|aka|alias)[ \t]+[^()\n]{1,120})\)"
)
_BRACKET_ALTERNATIVE = re.compile(
    r"(?:^|,)[ \t]*(?i:ou|or|of|aka|alias)[ \t]+(?P<name>(?-i:[A-ZÀ-Ý])[\w'’-]+)")


def _a_given_name(word: str) -> bool:
    """A capitalised word that may be a name: no word of the stop lists, a first name or no
    common word."""
    folded = word.casefold().strip("'’-")
    words = gazetteer.load()
    return len(folded) >= _MIN_NAME_CHARS and folded not in _NOT_INTRODUCED \
        and folded not in _FUNCTION_WORDS and folded not in _NOT_SIGNED_NAMES \
        and folded not in gazetteer.CHAT_WORDS and folded not in gazetteer.NOT_PEOPLE \
        and folded not in _SLURS and folded not in words.places \
        and (folded in words.first_names or folded not in words.ordinary)


def _names_said_of_them(own: list[str], known: list[str], local_words: set[str]) -> list[str]:
    """The forms of their name others say or write (see _OTHERS_SAY_NAME), after a name they
    are known by on the line or after "me"."""
    names: list[str] = []
    own_words = {*known, *local_words}
    for content in own:
        for match in _OTHERS_SAY_NAME.finditer(content):
            before = content[:match.start()]
            said_before = {word.casefold() for word in _NAME_WORD.findall(before)}
            if match["me"] is None and not said_before & own_words:
                continue
            if _NEGATED.search(_BUT.split(before[-_NEGATION_REACH:])[-1]):
                continue
            found = [match["name"]]
            end = match.end()
            for _ in range(_MAX_CALLED_MORE):
                more = _SAID_MORE.match(content, end)
                if more is None:
                    break
                found.append(more["name"])
                end = more.end()
            for name in found:
                parts = [part.strip("'’-") for part in name.split()]
                # "they say London …": a place is where, not who, unless their name says it.
                taken = [part for part in parts
                         if _called_name(part, content, match.end(), known, local_words)
                         and (_is_known_word(part, known, local_words)
                              or part.casefold() not in gazetteer.load().places)]
                if taken and len(taken) == len(parts):
                    names.append(" ".join(parts))
                elif parts and parts[0] in taken:
                    names.append(parts[0])
    return names


def _names_given_aside(own: list[str], known: list[str], local_words: set[str]) -> list[str]:
    """Names a help-seeker gives themselves in shapes the introductions miss: "moi c X", "I'm
    her friend X" on a friend's account, 'put "for X" at the top', a quoted bio, and the
    other spellings of a known name in a bracket after it (also in another script)."""
    names = [*_names_said_of_them(own, known, local_words),
             *_names_in_a_parents_words(own, known, local_words), *_parents_full_names(own)]
    for position, content in enumerate(own):
        for match in _SMS_MOI_C.finditer(content):
            name = match["name"].strip("'’-")
            if (name[:1].isupper() or match["age"]) and _a_given_name(name):
                names.append(name)
        names.extend(match["name"] for pattern in (_FRIEND_NAMED, _ADDRESSED_AS)
                     for match in pattern.finditer(content) if _a_given_name(match["name"]))
        for match in _BIO_QUOTE.finditer(content):
            fields = [field for field in _BIO_SEPARATOR.split(match["bio"].strip()) if field]
            first = fields[0].split() if fields else []
            if len(fields) >= _MIN_BIO_FIELDS and len(first) == 1 \
                    and not _bio_of_someone_else(own, position, match.start()) \
                    and any(re.fullmatch(r"\d{1,2}", field.strip())
                            for field in fields[1:_BIO_AGE_FIELDS]) \
                    and (first[0][:1].isupper() or _only_a_first_name(first[0])
                         or _is_known_word(first[0], known, local_words)) \
                    and _a_given_name(first[0]):
                names.append(first[0])
        for match in _SPELLINGS_IN_BRACKETS.finditer(content):
            if not _is_known_word(match["known"], known, local_words):
                continue
            names.extend(alternative["name"]
                         for alternative in _BRACKET_ALTERNATIVE.finditer(match["inside"])
                         if _a_given_name(alternative["name"]))
            names.extend(word for word in _script_words(match["inside"])
                         if _other_script_spelling_of(word, known))
    return [name for name in dict.fromkeys(names) if len(name) <= _MAX_LEARNED_NAME_CHARS]


# 'my dad laughed and said "Robbie, mate, you're fifteen"', 'mijn ma zei "Lotte, ge moet …"',
# 'elle a dit « Inès, toi tu …»': a parent's words quoted, opening by calling the one they
# speak to by name and going on in the second person. The writer tells what their parent said
# to them, so the name is theirs, unless the words were said to someone else ("tegen mijn zus").
_SAID_WITH_NAME = re.compile(
    r"(?i)(?<!\w)(?:said|says|asked|asks|went|goes|yelled|shouted|snapped|told\s+me"
    r"|zei|zegt|vroeg|vraagt|riep|roept|snauwde"
    r"|(?:m['’])?a\s+(?:dit|demand[ée]|cri[ée]|r[ée]pondu|lanc[ée])|dit|disait|demande)"
    r"(?:[ \t]+(?:to\s+me|tegen\s+(?:mij|me)|à\s+moi))?[ \t]*[:,]?[ \t]*[\"“«„'‘][ \t]*"
    r"(?P<name>(?-i:[A-ZÀ-Ý])[\w'’-]{1,30})[ \t]*,(?P<rest>[^\"“”«»„\n]{1,80})"
)
_PARENT = (r"(?:dad|daddy|mum|mummy|mom|mommy|mother|father|mam|ma|pa|mama|papa|mams|paps"
           r"|moeder|vader|stiefvader|stiefmoeder|stepdad|stepmum|stepmom|m[èe]re|p[èe]re|maman"
           r"|beau-p[èe]re|belle-m[èe]re)")
# Who says it, in the few words before the verb: the parent or a pronoun for them.
_PARENT_OR_PRONOUN = re.compile(
    rf"(?i)(?<!\w)(?:{_PARENT}|he|she|hij|ze|zij|il|elle)(?!\w)(?:[ \t]+[\w'’-]+){{0,4}}[ \t]*$")
# The nearest "my …" person named before the quote: a parent, not a sister or a friend.
_MY_PERSON = re.compile(
    r"(?i)(?<!\w)(?:my|mijn|m['’]n|ma|mon)[ \t]+(?:[\w-]+[ \t]+)?"
    rf"(?P<who>{_PARENT}|sister|brother|friend|bestie|teacher|coach|cousin|nan|gran|grandma"
    r"|grandad|zus|zusje|broer|broertje|vriend|vriendin|leraar|lerares|juf|meester|trainer|neef"
    r"|nicht|oma|opa|s[œo]eur|fr[èe]re|amie?|copine|copain|pote|prof|cousine|grand-m[èe]re"
    r"|grand-p[èe]re)(?!\w)")
_TO_SOMEONE_ELSE = re.compile(
    r"(?i)(?<!\w)(?:to|tegen|à|aan)[ \t]+(?:my|mijn|m['’]n|ma|mon|his|her|zijn|haar|sa|son)[ \t]+"
    r"[\w-]+[^\n]{0,30}$")
_SECOND_PERSON = re.compile(
    r"(?i)(?<![\w'’])(?:you|you['’]re|your|ya|u|toi|tu|t['’]|te|ton|ta|tes|ge|gij|je|jij|jou"
    r"|jouw|uw)(?![\w'’])")
_MAX_SAYER_REACH = 60


# "mijn mama (Sofie Peeters) wil dat …", "my dad (Mark Jones)": a parent's full name in a
# bracket right after the parent. With it the child is found as surely as by their own name
# (a school, a court, a club knows the parents), so it is replaced like theirs: the full name
# and its first name, which the story may go on with alone. Typed in lower case, as texted
# ("mijn mama (sofie peeters)"), only when no word in the bracket is a common word: "(lief
# hoor)", "(max twee uur)" are the writer's asides.
_PARENTS_FULL_NAME = re.compile(
    rf"(?i)(?<!\w)(?:my|mijn|m['’]n|ma|mon)[ \t]+{_PARENT}[ \t]*[(\[][ \t]*"
    r"(?P<name>(?P<first>[^\W\d_][\w'’-]{1,30})(?:[ \t]+[^\W\d_][\w'’-]{1,30}){1,2})"
    r"[ \t]*[)\]]")  # "mijn mama [Sofie Peeters]" too


def _parents_full_names(own: list[str]) -> list[str]:
    words = gazetteer.load()
    names: list[str] = []
    for content in own:
        for match in _PARENTS_FULL_NAME.finditer(content):
            parts = match["name"].split()
            capitalised = all(part[0].isupper() for part in parts)
            if not capitalised and (any(part[0].isupper() for part in parts) or any(
                    part.casefold() in words.ordinary for part in parts)):
                continue
            if match["first"].casefold() in words.first_names and _a_given_name(match["first"]):
                names.extend((match["name"], WordName(match["first"])))  # "max 1 uur"
    return names


def _names_in_a_parents_words(own: list[str], known: list[str],
                              local_words: set[str]) -> list[str]:
    """The name a parent calls the writer by, in their words the writer quotes (see
    _SAID_WITH_NAME): a first name opening the quote, the quote going on in "you"."""
    names: list[str] = []
    words = gazetteer.load()
    for content in own:
        for match in _SAID_WITH_NAME.finditer(content):
            name = match["name"]
            folded = name.casefold()
            before = content[:match.start()]
            if not _SECOND_PERSON.search(match["rest"]) \
                    or _TO_SOMEONE_ELSE.search(before[-_MAX_SAYER_REACH:]) \
                    or not _PARENT_OR_PRONOUN.search(before[-_MAX_SAYER_REACH:]):
                continue
            persons = list(_MY_PERSON.finditer(before))
            if not persons or not re.fullmatch(_PARENT, persons[-1]["who"], re.IGNORECASE):
                continue
            if folded in words.first_names and _a_given_name(name) and (
                    folded not in words.ordinary or _is_known_word(name, known, local_words)):
                names.append(name)
    return names
