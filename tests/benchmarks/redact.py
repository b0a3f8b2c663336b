"""Benchmark: how well `mailhandler redact` de-identifies Flemish text, and how fast it starts.

    .venv/bin/python -m tests.benchmarks.redact [--set fragments|heldout|both] [--show-misses]

Reads the labelled fragments in tests/fixtures/redact/ (`[[CATEGORY:text]]` marks what
must go), redacts the plain text and prints, per category: how many labelled spans,
recall (a span counts as found when every character of it is inside a redaction, its
little words like "de" or "van" aside), and precision (of the spans the redactor made
with that placeholder, how many touch something labelled). Then the share of
ordinary words (everything unlabelled) that is kept, and the wall time of
`mailhandler redact` as a fresh process on 40 fragments, start-up included.

fragments.txt is the set the rules were developed against; heldout.txt was written
apart and never tuned on, so its figures are the honest ones.

It prints figures; the time is measured here, never asserted in a unit test.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from mailhandler.core.redact import TAGS, Span, find

FOLDER = Path(__file__).resolve().parents[1] / "fixtures" / "redact"
_MARK = re.compile(r"\[\[([A-Z-]+):(.+?)\]\]")
_WORD = re.compile(r"\w+")
# Left standing inside a labelled span, these give nothing away: "bij de [VERENIGING]".
_LITTLE_WORDS = frozenset({
    "de", "het", "van", "den", "der", "'t", "te", "ter", "ten", "op", "in", "bij",
    "eind", "begin", "half", "midden", "sinds", "rond"})


@dataclass(frozen=True)
class Fragment:
    text: str
    gold: tuple[Span, ...]


def load(name: str) -> list[Fragment]:
    fragments = []
    for line in (FOLDER / f"{name}.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        text, gold, last = "", [], 0
        for m in _MARK.finditer(line):
            text += line[last:m.start()]
            if m.group(1) not in TAGS:
                raise ValueError(f"unknown category {m.group(1)} in {name}.txt")
            gold.append(Span(len(text), len(text) + len(m.group(2)), m.group(1)))
            text += m.group(2)
            last = m.end()
        fragments.append(Fragment(text + line[last:], tuple(gold)))
    return fragments


def _covered(span: Span, found: list[Span], text: str) -> bool:
    masked = [any(f.start <= i < f.end for f in found) for i in range(span.start, span.end)]
    for word in _WORD.finditer(text[span.start:span.end]):
        if word.group().lower() in _LITTLE_WORDS:
            continue
        if not all(masked[word.start():word.end()]):
            return False
    return True


def _overlaps(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


@dataclass
class Score:
    gold: Counter[str]
    found: Counter[str]
    same_label: int
    predicted: Counter[str]
    correct: Counter[str]
    words: int
    kept: int
    misses: list[str]
    false_alarms: list[str]


def score(fragments: list[Fragment], finder: Callable[[str], list[Span]] = find) -> Score:
    s = Score(Counter(), Counter(), 0, Counter(), Counter(), 0, 0, [], [])
    for fragment in fragments:
        text, found = fragment.text, finder(fragment.text)
        for span in fragment.gold:
            s.gold[span.tag] += 1
            if _covered(span, found, text):
                s.found[span.tag] += 1
                s.same_label += any(f.tag == span.tag and _overlaps(f, span) for f in found)
            else:
                s.misses.append(f"{span.tag:<10} {text[span.start:span.end]!r:<30} in: {text}")
        for f in found:
            s.predicted[f.tag] += 1
            if any(_overlaps(f, g) for g in fragment.gold):
                s.correct[f.tag] += 1
            else:
                s.false_alarms.append(f"{f.tag:<10} {text[f.start:f.end]!r:<30} in: {text}")
        for word in _WORD.finditer(text):
            span = Span(word.start(), word.end(), "")
            if any(_overlaps(span, g) for g in fragment.gold):
                continue
            s.words += 1
            s.kept += not any(_overlaps(span, f) for f in found)
    return s


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.3f}" if b else "  -  "


def report(name: str, s: Score) -> None:
    print(f"\n{name}: {sum(s.gold.values())} labelled spans")
    print(f"  {'category':<11}{'spans':>6}{'recall':>8}{'made':>7}{'precision':>11}")
    for tag in TAGS:
        print(f"  {tag:<11}{s.gold[tag]:>6}{_ratio(s.found[tag], s.gold[tag]):>8}"
              f"{s.predicted[tag]:>7}{_ratio(s.correct[tag], s.predicted[tag]):>11}")
    total_gold, total_found = sum(s.gold.values()), sum(s.found.values())
    total_pred, total_correct = sum(s.predicted.values()), sum(s.correct.values())
    print(f"  {'overall':<11}{total_gold:>6}{_ratio(total_found, total_gold):>8}"
          f"{total_pred:>7}{_ratio(total_correct, total_pred):>11}")
    print(f"  found with the right placeholder: {_ratio(s.same_label, total_found)}")
    print(f"  ordinary words kept: {s.kept}/{s.words} = {_ratio(s.kept, s.words)}"
          "   (targets: recall >= 0.95, words kept >= 0.90)")


# DEDUCE's tags (Dutch in deduce, English in belgian-deduce), mapped to ours so the table
# lines up; recall does not depend on it.
_DEDUCE_TAGS = (("leeftijd", "LEEFTIJD"), ("age", "LEEFTIJD"), ("dat", "DATUM"),
                ("telefoon", "TELEFOON"), ("contact", "TELEFOON"), ("phone", "TELEFOON"),
                ("email", "E-MAIL"), ("url", "URL"), ("adres", "ADRES"), ("address", "ADRES"),
                ("straat", "ADRES"), ("locat", "PLAATS"), ("place", "PLAATS"),
                ("instelling", "SCHOOL"), ("institution", "SCHOOL"), ("ziekenhuis", "SCHOOL"))


def _our_tag(tag: str) -> str:
    return next((ours for key, ours in _DEDUCE_TAGS if key in tag.lower()), "NAAM")


def anchor(name: str) -> Callable[[str], list[Span]]:
    """deduce 3.0.6 or belgian-deduce 5.0.0, if installed (never our dependencies)."""
    import logging

    logging.disable(logging.INFO)  # belgian-deduce narrates every span at DEBUG
    if name == "deduce":
        from deduce import Deduce
        model = Deduce()
    else:
        from belgian_deduce import BelgianDeduce
        model = BelgianDeduce()

    def spans(text: str) -> list[Span]:
        return [Span(a.start_char, a.end_char, _our_tag(a.tag))
                for a in model.deidentify(text).annotations]
    return spans


def startup_time(fragments: list[Fragment]) -> float:
    """Wall time of `mailhandler redact` as a new process on 40 fragments, start-up included."""
    text = "\n".join(f.text for f in fragments[:40]) + "\n"
    started = time.perf_counter()
    out = subprocess.run([sys.executable, "-m", "mailhandler", "redact"], input=text,
                         capture_output=True, text=True, check=True).stdout
    elapsed = time.perf_counter() - started
    if out.count("\n") != text.count("\n"):
        raise SystemExit("redact changed the number of lines")
    return elapsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=("fragments", "heldout", "both"), default="both")
    parser.add_argument("--show-misses", action="store_true")
    parser.add_argument("--compare", choices=("deduce", "belgian-deduce"), action="append",
                        default=[], help="also score this anchor (installed separately)")
    args = parser.parse_args(argv)
    names = ("fragments", "heldout") if args.set == "both" else (args.set,)
    for name in names:
        fragments = load(name)
        result = score(fragments)
        report(f"{name}.txt ({len(fragments)} fragments)", result)
        if args.show_misses:
            print("  missed:", *result.misses, sep="\n    ")
            print("  removed but ordinary:", *result.false_alarms, sep="\n    ")
        for other in args.compare:
            report(f"{name}.txt, {other}", score(fragments, anchor(other)))
    seconds = startup_time(load(names[0]))
    print(f"\nmailhandler redact, start-up plus 40 fragments: {seconds:.2f} s (target < 5 s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
