"""Advice a volunteer forwards from someone they know: that sender's name is the volunteer's.

Separate because it reads the forwarded mail's own headers in an answer, as family.py does in
a help-seeker's mail.
"""

from __future__ import annotations

import re

from mailhandler.core.scrub.addresses import (
    is_at_domains,
)
from mailhandler.core.scrub.attributions import (
    _ANY_ADDRESS,
    _header_blocks,
    _header_key,
)
from mailhandler.core.scrub.identity import (
    _MIN_PART_LETTERS,
    _NOT_A_NAME,
    _SERVICE_WORDS,
    Identity,
)
from mailhandler.core.scrub.lines import (
    _FROM_KEYS,
    _split_lines,
)
from mailhandler.core.scrub.names_more import (
    _RELAYED_NAME,
    _is_own_sender,
)
from mailhandler.core.scrub.signature_lines import (
    _TITLE_PARTICLES,
)

_SENDER_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# Titles before a name in a display name ("Dr Aoife …", "Revd …", "Mevr. …"): no name.
_TITLES = frozenset((
    "dr", "drs", "prof", "mr", "mrs", "ms", "mx", "miss", "rev", "revd", "fr", "sr", "mevr",
    "dhr", "mme", "mlle", "me", "ir", "ing", "lic", "pr", "père", "abbé", "pastoor", "sir",
))
# Words of a display name that make it no person's ("Preventie Team", "Service Jeunesse",
# "Mama"): a service, a mailbox (identity._SERVICE_WORDS), a family word. Such a sender's words
# are ordinary words in the advice ("het Preventie Team", "een Mama of Papa"): none is learned.
_NOT_PERSON_WORDS = _NOT_A_NAME | _SERVICE_WORDS | frozenset((
    "mam", "pap", "mum", "mummy", "daddy", "mommy", "moma", "vava", "mutti", "grootmoeder",
    "grootvader", "tantine", "tonton", "oncle", "uncle", "aunt", "auntie", "cousin", "neef",
    "nicht", "cousine", "zoon", "dochter", "son", "daughter", "fils", "fille", "kind",
))
# At least this many name words: a display name of one word ("Mama", "Jeugd") is no person's
# full name, and its word is too often an ordinary word of the advice.
_MIN_SENDER_NAME_WORDS = 2


def forwarded_sender_names(text: str, who: Identity, own_domain: str) -> list[str]:
    """The words of the display names of the senders of mails a volunteer forwards in their
    answer ("From: Dr Aoife Brennan <…>", "Van: Smet Evi", "De : Sophie Leclercq <…>"): a GP,
    a colleague, a friend whose advice they pass on. That person is not the writer, but they
    sign the advice ("x / Aoife", "Bises, / Sophie") and greet the volunteer by name: their
    name shows whom the volunteer knows and where they work. Only a name shaped like a
    person's: two or more capitalised words, none a service's, a mailbox's or a family word's
    ("Preventie Team", "Service Jeunesse", "Mama" teach nothing). Not the helpline's own forward
    (an address at `own_domain`, "QBQBUT via Lumi") nor the volunteer's own earlier mail."""
    names: list[str] = []
    for roles in _header_blocks(_split_lines(text)).values():
        for role in roles:
            if role.match is None or _header_key(role.match) not in _FROM_KEYS:
                continue
            value = role.match["value"]
            address = _ANY_ADDRESS.search(value)
            if _is_own_sender(value, who) or _RELAYED_NAME.search(value) \
                    or (address is not None and is_at_domains(address.group(), (own_domain,))):
                continue
            display = (value[:address.start()] if address else value).strip(" \t<>\"'()")
            words = [word for word in _SENDER_WORD.findall(display)
                     if word.casefold().strip(".") not in _TITLES
                     and word.casefold() not in _TITLE_PARTICLES]
            if len(words) < _MIN_SENDER_NAME_WORDS \
                    or any(not word[:1].isupper() or word.casefold() in _NOT_PERSON_WORDS
                           for word in words):
                continue
            names.extend(word for word in words if len(word) >= _MIN_PART_LETTERS)
    return list(dict.fromkeys(names))
