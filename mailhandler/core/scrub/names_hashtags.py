"""A hashtag made of the writer's name run together with what others say of them.

`replace_name_hashtags`. Separate because the name is no word of its own there: "#annaisdom",
"#lucasexposed" are read as the name by everyone who sees them, and word-bounded matching
never finds it.
"""

from __future__ import annotations

import re

from mailhandler.core.redact import gazetteer
from mailhandler.core.scrub.identity import (
    Identity,
    _without_accents,
)
from mailhandler.core.scrub.names import (
    _known_name_words,
)

_HASHTAG = re.compile(r"(?<![\w#])#(?P<tag>[^\W\d_]{4,40})(?![\w])")
_MIN_TAG_NAME_LETTERS = 3  # "#samen…" is not Sam's: the tag is checked against words, see below
_TAG_DIMINUTIVES = ("tje", "je", "ke", "ken", "ou", "y", "ie")


def replace_name_hashtags(text: str, who: Identity, name_replacement: str) -> str:
    """Each hashtag that starts with one of `who`'s first names or surnames (or its
    diminutive) and runs on is replaced by the name's replacement. Not when a longer word
    starts the tag ("#samenstark" for Sam), nor when the tag is a word itself."""
    if "#" not in text:
        return text
    known, _ = _known_name_words(who)
    ordinary = gazetteer.load().ordinary
    # A name that is also a word ("Roos", "Rose") starts too many tags that are not about it.
    names = sorted({_without_accents(word) for word in known
                    if len(word) >= _MIN_TAG_NAME_LETTERS and word.isalpha()
                    and word not in ordinary}, key=len, reverse=True)
    if not names:
        return text

    def replace(match: re.Match[str]) -> str:
        tag = match["tag"]
        folded = _without_accents(tag.casefold())
        if folded in ordinary:
            return match.group()
        for name in names:
            for ending in ("", *_TAG_DIMINUTIVES):
                start = name + ending
                if folded.startswith(start) and len(folded) > len(start) \
                        and not any(folded[:end] in ordinary
                                    for end in range(len(start) + 1, len(folded) + 1)):
                    return "#" + name_replacement
        return match.group()

    return _HASHTAG.sub(replace, text)
