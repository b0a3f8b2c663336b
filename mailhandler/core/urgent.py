"""Does a mail sound like its writer (or someone they write about) is in danger now?

A mail that does is flagged urgent: it jumps the queue and reaches the coordinators at
once. Missing one costs far more than a needless flag, so the phrases are broad, and
written the way young people write: no punctuation, no accents, tussentaal and dialect
("ik wil nie meer leven", "k zie het ni meer zitten"), letters repeated ("doooood"),
words between emoji, digits for letters ("su1c1de"). Both the mail and the phrases are
brought to one plain form first (normalise), so one phrase covers those spellings.

The phrase lists live in templates/<lang>/urgent.toml, one per language, so a helpline
adapts them without code; every language's list is applied to every mail (a Flemish
helpline receives French and English too). A phrase is words separated by spaces:

    word        that word (after normalising: "dooood", "DOOD", "dood" are one)
    word*       any word starting so ("zelfmoor*": zelfmoord, zelfmoordgedachten, zelfmoor)
    a|b|c       any of these
    ~N          up to N words of anything ("wil ~2 dood": "ik wil gewoon echt dood")
    #           a number ("# kms" is a distance, not "kill myself")

`exclude` phrases are figures of speech ("dood te lachen", "ca me tue", "suicide squad"):
the words they cover count for no urgent phrase. Quoted text (lines starting with ">",
everything after "On ... wrote:") is not the writer's own and is left out, and so are the
helpline's own texts (`ignore`): the crisis lines a confirmation names must not make an
answer quoting it urgent.

Pure: no I/O. Loading the lists is mailhandler/urgent_phrases.py.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

# What is read of a mail: a person in danger writes a few thousand characters, and a mail of
# megabytes of text (pasted pages, generated HTML) must not hold up its confirmation.
MAX_CHARS = 200_000

_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a",
                       "$": "s"})
_WORD = re.compile(r"[a-z0-9@$]+")
_REPEAT = re.compile(r"(.)\1+")
_ATTRIBUTION = re.compile(
    r"^\s*(?:(?:op|on|le|am)\b.*\b(?:schreef|wrote|a\s+[ée]crit|schrieb)\b.*:\s*$"
    r"|-{2,}\s*(?:original message|oorspronkelijk bericht|message d'origine|"
    r"doorgestuurd bericht|forwarded message)"
    r"|(?:van|from|de)\s*:\s*.*@)", re.IGNORECASE)


def _plain(text: str) -> str:
    """Lower case, without accents (é, ï), compatibility forms folded (ｚ, ﬁ)."""
    if text.isascii():
        # NFKD leaves ASCII as it is and finds no accents in it; casefold() is lower().
        # Most mail is ASCII, and the loop below costs a millisecond per 4 KB.
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


@functools.lru_cache(maxsize=8192)  # words repeat: a 4 KB mail has ~700, a few hundred distinct
def _word(token: str) -> str:
    if not token.isdigit():
        token = token.translate(_LEET)  # "su1c1de", "d00d"; a plain number stays one
    return _REPEAT.sub(r"\1", token)  # "doooood" and "dood" both "dod"; "meer": "mer"


def words(text: str) -> list[str]:
    """The text as normalised words: accents, case, punctuation, emoji and repeated letters
    gone. "Ik wil DOOOOD 😭😭" -> ["ik", "wil", "dod"]."""
    return [_word(t) for t in _WORD.findall(_plain(text))]


def own_words(text: str) -> str:
    """The writer's own text: quoted lines and everything after an attribution
    ("Op ... schreef:", "On ... wrote:", an Outlook header block) left out."""
    kept: list[str] = []
    for line in text.splitlines():
        if _ATTRIBUTION.match(line):
            break
        if not line.lstrip().startswith(">"):
            kept.append(line)
    return "\n".join(kept)


@dataclass(frozen=True)
class _Part:
    """One position of a phrase: a set of words and prefixes, a gap, or a number."""

    exact: frozenset[str] = frozenset()
    prefixes: tuple[str, ...] = ()
    gap: int = 0  # > 0: up to this many words of anything
    number: bool = False

    def accepts(self, word: str) -> bool:
        if self.number:
            return word.isdigit()
        return word in self.exact or any(word.startswith(p) for p in self.prefixes)


@dataclass(frozen=True)
class Phrase:
    text: str  # as written in the list
    parts: tuple[_Part, ...]


class BadPhrase(ValueError):
    pass


def compile_phrase(text: str) -> Phrase:
    parts: list[_Part] = []
    for item in text.split():
        if re.fullmatch(r"~\d", item):
            parts.append(_Part(gap=int(item[1:])))
        elif item == "#":
            parts.append(_Part(number=True))
        else:
            exact: set[str] = set()
            prefixes: list[str] = []
            for choice in item.split("|"):
                prefix = choice.endswith("*")
                found = words(choice.rstrip("*"))
                if len(found) != 1:
                    raise BadPhrase(f"{text!r}: {choice!r} is not one word")
                (prefixes.append if prefix else exact.add)(found[0])
            parts.append(_Part(frozenset(exact), tuple(prefixes)))
    if not any(p.gap == 0 for p in parts) or parts[0].gap or parts[-1].gap:
        raise BadPhrase(f"{text!r}: a phrase starts and ends with a word")
    return Phrase(text, tuple(parts))


@dataclass(frozen=True)
class PhraseList:
    """The urgent phrases and the figures of speech that do not count, compiled."""

    urgent: tuple[Phrase, ...]
    exclude: tuple[Phrase, ...] = ()

    @classmethod
    def of(cls, urgent: Iterable[str], exclude: Iterable[str] = ()) -> PhraseList:
        return cls(tuple(compile_phrase(p) for p in urgent if p.strip()),
                   tuple(compile_phrase(p) for p in exclude if p.strip()))

    def __add__(self, other: PhraseList) -> PhraseList:
        return PhraseList(self.urgent + other.urgent, self.exclude + other.exclude)


def _end_of_match(parts: Sequence[_Part], i: int, ws: Sequence[str | None],
                  pos: int) -> int | None:
    """Where `parts[i:]` ends when matched from `pos`, or None. Gaps try shortest first."""
    if i == len(parts):
        return pos
    part = parts[i]
    if part.gap:
        for skip in range(part.gap + 1):
            if pos + skip > len(ws):
                break
            end = _end_of_match(parts, i + 1, ws, pos + skip)
            if end is not None:
                return end
        return None
    word = ws[pos] if pos < len(ws) else None
    if word is None or not part.accepts(word):
        return None
    return _end_of_match(parts, i + 1, ws, pos + 1)


class _Index:
    """Where each word stands, so a phrase is tried only where its first word is."""

    def __init__(self, ws: Sequence[str | None]) -> None:
        self.positions: dict[str, list[int]] = {}
        for pos, word in enumerate(ws):
            if word is not None:
                self.positions.setdefault(word, []).append(pos)

    def starts(self, part: _Part) -> list[int]:
        if part.number:
            found = [p for w, ps in self.positions.items() if w.isdigit() for p in ps]
        else:
            found = [p for w in part.exact for p in self.positions.get(w, ())]
            if part.prefixes:
                found += [p for w, ps in self.positions.items()
                          if w not in part.exact and w.startswith(part.prefixes) for p in ps]
        return sorted(found)


def _spans(phrase: Phrase, ws: Sequence[str | None],
           index: _Index) -> Iterable[tuple[int, int]]:
    for start in index.starts(phrase.parts[0]):
        end = _end_of_match(phrase.parts, 0, ws, start)
        if end is not None:
            yield start, end


def matched_phrase(text: str, phrases: PhraseList, ignore: Iterable[str] = ()) -> str | None:
    """The first urgent phrase found in the writer's own words of `text`, or None.

    `ignore`: texts of the helpline's own (the crisis lines) whose words never count.
    """
    ws: list[str | None] = list(words(own_words(text[:MAX_CHARS])))
    blanks = list(phrases.exclude) + list(_as_phrases(tuple(ignore)))
    index = _Index(ws)
    spans = [span for phrase in blanks for span in _spans(phrase, ws, index)]  # as written
    for start, end in spans:
        ws[start:end] = [None] * (end - start)
    index = _Index(ws)
    for phrase in phrases.urgent:
        if next(iter(_spans(phrase, ws, index)), None) is not None:
            return phrase.text
    return None


@functools.lru_cache(maxsize=32)
def _as_phrases(texts: tuple[str, ...]) -> tuple[Phrase, ...]:
    """Texts whose words never count, as phrases: the same few texts (the crisis lines)
    for every mail, so made once."""
    return tuple(Phrase(t, tuple(_Part(frozenset({w})) for w in ws))
                 for t in texts if (ws := words(t)))


def is_urgent(subject: str, body: str, phrases: PhraseList, ignore: Iterable[str] = ()) -> bool:
    """Whether a help-seeker's mail (its subject and its text, HTML already made text)
    holds an urgent phrase. The subject is read as a line of its own."""
    return matched_phrase(f"{subject}\n{body}", phrases, ignore) is not None
