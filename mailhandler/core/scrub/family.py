"""Mails forwarded by a member of the writer's family: the forwarded sender's name is theirs.

Separate because it reads the forwarded mail's own headers.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from mailhandler.core.scrub.attributions import (
    _ANY_ADDRESS,
    _header_blocks,
    _header_key,
)
from mailhandler.core.scrub.identity import (
    _MIN_PART_LETTERS,
    Identity,
    local_part_words,
)
from mailhandler.core.scrub.lines import (
    _FROM_KEYS,
    _join,
    _split_lines,
)
from mailhandler.core.scrub.names import (
    _known_name_words,
)
from mailhandler.core.scrub.names_more import (
    _is_own_sender,
)

# --------------------------------------------------------------------------- family forwards

_DISPLAY_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def forwarded_family_names(text: str, who: Identity) -> list[str]:
    """The first names of the senders of mails forwarded by a member of their family: a
    sister passing on "Van: Omid Ahmadzai <…>" as Sara Ahmadzai, a brother "Van: Rania
    <rania.haddad…>" as Bilal Haddad. The forwarded mail is the young person's own, so the
    name its sender gives is theirs; a family name shared with the writer (in the name or
    the address) tells a sibling or child from a friend or a bully."""
    lines = _split_lines(text)
    known, local_words = _known_name_words(who)
    family = {word for word in [*known, *local_words] if len(word) >= _MIN_PART_LETTERS}
    names: list[str] = []
    for roles in _header_blocks(lines).values():
        for role in roles:
            if role.match is None or _header_key(role.match) not in _FROM_KEYS:
                continue
            value = role.match["value"]
            if _is_own_sender(value, who):
                continue
            address = _ANY_ADDRESS.search(value)
            display = (value[:address.start()] if address else value).strip(" \t<>\"'")
            words = _DISPLAY_WORD.findall(display)
            local = local_part_words(address.group()) if address else []
            locals_ = [word.casefold() for word in local if len(word) >= _MIN_PART_LETTERS]
            if not words or len(words[0]) < _MIN_PART_LETTERS:
                continue
            first = words[0].casefold()
            shared = ({word.casefold() for word in words[1:]} | set(locals_)) - {first}
            if first not in family and shared & family:
                names.append(words[0])
    return list(dict.fromkeys(names))


def replace_in_forwarded_part(text: str, names: Iterable[str], replacement: str) -> str:
    """`names` replaced as whole words, in any case, below the first quoted header block
    only: what the sibling wrote above it is theirs, and a kid they name is their word."""
    names = [name for name in names if name]
    if not names:
        return text
    lines = _split_lines(text)
    blocks = _header_blocks(lines)
    if not blocks:
        return text
    start = min(blocks)
    end = start + len(blocks[start])
    pattern = re.compile(r"(?i)(?<![\w'’])(?:" + "|".join(
        re.escape(name) for name in sorted(names, key=len, reverse=True)) + r")(?![\w'’])")
    rest = [line._replace(content=pattern.sub(replacement, line.content)) for line in lines[end:]]
    return _join([*lines[:end], *rest])
