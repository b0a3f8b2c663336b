"""Names the writer gives as the answer to a quoted question about their name.

"> Comment veux-tu qu'on t'appelle ? / Théo. sur les papiers c'est …", "> Hoe mogen we je
noemen? / Sam", "> What should we call you? / Alex, I guess": answering between the lines of
the helpline's (or anyone's) questions, the writer's line under the question opens with the
name they go by. No cue of their own says so; the quoted question does.
"""

from __future__ import annotations

import re

from mailhandler.core.redact import gazetteer
from mailhandler.core.scrub.lines import _Line

# A question asking what the reader is called or wants to be called, in nl, fr and en.
_NAME_QUESTION = re.compile(
    r"(?i)(?:comment\s+(?:veux|voudrais|pr[ée]f[èe]res|aimerais)[- ]?tu\s+qu['’]\s*on\s+"
    r"t['’]\s*appelle|comment\s+(?:tu\s+t['’]\s*appelles|t['’]\s*appelles[- ]tu)"
    r"|quel\s+est\s+ton\s+(?:pr[ée])?nom|c['’]est\s+quoi\s+ton\s+(?:pr[ée])?nom"
    r"|hoe\s+(?:heet\s+je|heet\s+jij|mogen\s+we\s+je\s+noemen|wil\s+je\s+(?:dat\s+we\s+je\s+"
    r"noemen|genoemd\s+worden|heten))|wat\s+is\s+je\s+(?:voor)?naam"
    r"|what(?:['’]s|\s+is)\s+your\s+name|what\s+(?:should|can|shall)\s+(?:we|i)\s+call\s+you"
    r"|what\s+do\s+you\s+want\s+(?:us\s+|me\s+)?to\s+call\s+you)\s*\??\s*$")
# The answer's first word, a capitalised name standing alone before a stop, a comma or the end
# of the line ("Théo.", "Sam", "Alex, I guess"; not "Oui", a word of the language).
_ANSWER_NAME = re.compile(r"\s*(?P<name>[A-ZÀ-Ý][^\W\d_]{1,30}(?:-[A-ZÀ-Ý][^\W\d_]{1,30})?)"
                          r"(?=\s*(?:[.,!;:]|$)|\s+\()")


def _names_answered(lines: list[_Line]) -> list[str]:
    """The name opening the first unquoted line under each quoted question about the name."""
    names: list[str] = []
    data = gazetteer.load()
    for index, line in enumerate(lines):
        if not line.quoted or _NAME_QUESTION.search(line.content) is None:
            continue
        # Right under the question (blank lines, quoted or not, between): a question left
        # unanswered is followed by the next quoted line, and nothing is taken.
        answer = next((below for below in lines[index + 1:] if below.content.strip()), None)
        if answer is None or answer.quoted:
            continue
        match = _ANSWER_NAME.match(answer.content)
        if match is None:
            continue
        name = match["name"]
        folded = name.casefold()
        if folded in data.first_names or folded not in data.ordinary:
            names.append(name)
    return names
