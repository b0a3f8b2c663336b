"""Flemish de-identification: a fragment a coordinator can use for training or feedback.

The privacy statement asks that dates, nicknames, locations and ages in such
fragments be changed or removed. This replaces them, and names, handles, schools,
clubs, street addresses, phone numbers, e-mail addresses and URLs, with
placeholders such as `[NAAM]` or `[PLAATS]`. Built on docdeid (the framework under
DEDUCE): each rule is an annotator, overlaps are resolved by priority and length,
and neighbouring pieces of one name are merged ("Van den Broeck").

Pure: text in, text out. Lines are redacted one by one, so the output has exactly
as many lines as the input.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache

import docdeid as dd
from docdeid.process import MergeAdjacentAnnotations, OverlapResolver
from frozendict import frozendict

from mailhandler.core.redact import patterns, words

TAGS = ("NAAM", "BIJNAAM", "LEEFTIJD", "DATUM", "PLAATS", "ADRES", "SCHOOL", "VERENIGING",
        "TELEFOON", "E-MAIL", "URL")

# Who wins an overlap: the more specific shape ("Kerkstraat 12, 9000 Gent" is one address,
# not a street and a place; "KFC Lissewege" is a club, not a place).
_PRIORITY = {"E-MAIL": 100, "URL": 95, "TELEFOON": 90, "ADRES": 80, "SCHOOL": 75,
             "VERENIGING": 75, "DATUM": 70, "LEEFTIJD": 65, "BIJNAAM": 60, "PLAATS": 50,
             "NAAM": 40}


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    tag: str


class _Rule(dd.process.Annotator):
    """One finder of `patterns` or `words` as a docdeid annotator."""

    def __init__(self, find: Callable[[str], Iterable[tuple[int, int, str]]]) -> None:
        super().__init__(tag="rule")
        self._find = find

    def annotate(self, doc: dd.Document) -> list[dd.Annotation]:
        text = doc.text
        return [dd.Annotation(text=text[start:end], start_char=start, end_char=end, tag=tag,
                              priority=_PRIORITY[tag])
                for start, end, tag in self._find(text) if end > start]


class _Placeholders(dd.process.Redactor):
    def redact(self, text: str, annotations: dd.AnnotationSet) -> str:
        out, last = [], 0
        for a in sorted(annotations, key=lambda a: a.start_char):
            out += [text[last:a.start_char], f"[{a.tag}]"]
            last = a.end_char
        return "".join(out) + text[last:]


@cache
def _deidentifier() -> dd.DocDeid:
    deid = dd.DocDeid()
    for name, find in (("email", patterns.emails), ("url", patterns.urls),
                       ("phone", patterns.phones), ("date", patterns.dates),
                       ("age", patterns.ages), ("address", patterns.addresses),
                       ("words", words.all_words)):
        deid.processors.add_processor(name, _Rule(find))
    deid.processors.add_processor("overlap", OverlapResolver(
        sort_by=("priority", "length"),
        sort_by_callbacks=frozendict(priority=lambda p: -p, length=lambda n: -n)))
    # "Jonas Van den Broeck", "Sint-Denijs-Westrem (Gent)": one placeholder, not three.
    deid.processors.add_processor("merge", MergeAdjacentAnnotations(
        slack_regexp=r"[ \-]?|\s(?:[Vv]an|[Dd]e|[Dd]en|[Dd]er|[Tt]er|[Vv]an de|[Vv]an den|"
                     r"[Vv]an der|[Ll]e|[Ee]l)\s"))
    deid.processors.add_processor("redact", _Placeholders())
    return deid


def find(line: str) -> list[Span]:
    """What would be replaced in one line of text, in order."""
    if not line.strip():
        return []
    doc = _deidentifier().deidentify(line)
    return sorted((Span(a.start_char, a.end_char, a.tag) for a in doc.annotations),
                  key=lambda s: s.start)


def redact_line(line: str) -> str:
    if not line.strip():
        return line
    result = _deidentifier().deidentify(line).deidentified_text
    assert result is not None
    return result


def redact(text: str) -> str:
    """Every line redacted; the line breaks are kept exactly."""
    out = []
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        out.append(redact_line(body) + line[len(body):])
    return "".join(out)
