"""The reason a coordinator gives for reading content: one rule, for every such command.

"." or "x" or "asdfasdf" is no reason: the audit log must let someone later judge
whether a read was justified. The rule is deliberately simple (length, and more than
a few distinct letters) so a coordinator knows what is asked: a sentence.
"""

from __future__ import annotations

MIN_LENGTH = 20
MIN_DISTINCT_LETTERS = 6
MIN_WORDS = 3


def reason_problem(reason: str | None) -> str | None:
    """None when `reason` is a real reason; else what is wrong with it, for the admin."""
    text = " ".join((reason or "").split())
    if not text:
        return "a reason is required (--reason \"...\"): it is written to the audit log"
    letters = [c.lower() for c in text if c.isalpha()]
    words = [w for w in text.split() if any(c.isalpha() for c in w)]
    if (len(text) < MIN_LENGTH or len(set(letters)) < MIN_DISTINCT_LETTERS
            or len(words) < MIN_WORDS):
        return (f"--reason must say why, in at least {MIN_LENGTH} characters and "
                f"{MIN_WORDS} words (e.g. \"melding kindermishandeling, overleg met Cora\")")
    return None
