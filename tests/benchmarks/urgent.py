"""How well the urgent detection does on the labelled mails of tests/fixtures/urgent/.

    python -m tests.benchmarks.urgent [--set dev|heldout|all] [--show-misses]

Prints, per set, recall on the urgent mails (the figure that matters: a missed urgent mail
waits in line) and precision (a needless flag costs a coordinator a look). The phrase lists
are tuned on the dev set only; --show-misses prints the dev set's misses and false alarms,
never the held-out set's, which is only counted.
"""

from __future__ import annotations

import argparse
import tomllib
from dataclasses import dataclass
from pathlib import Path

from mailhandler.core.urgent import matched_phrase
from mailhandler.texts import default_templates_dir
from mailhandler.urgent_phrases import crisis_lines, phrase_list

ROOT = Path(__file__).resolve().parents[1] / "fixtures" / "urgent"
SETS = ("dev", "heldout")


@dataclass(frozen=True)
class Figures:
    cases: int
    urgent: int
    found: int  # urgent mails flagged
    false_alarms: int  # other mails flagged
    misses: tuple[str, ...]
    alarms: tuple[str, ...]

    @property
    def recall(self) -> float:
        return self.found / self.urgent if self.urgent else 1.0

    @property
    def precision(self) -> float:
        flagged = self.found + self.false_alarms
        return self.found / flagged if flagged else 1.0


def cases(set_name: str) -> list[dict[str, object]]:
    with open(ROOT / f"{set_name}.toml", "rb") as fh:
        return list(tomllib.load(fh)["case"])


def run(set_name: str) -> Figures:
    folder = default_templates_dir()
    phrases = phrase_list(folder)
    ignore = [crisis_lines(folder, lang) for lang in ("nl", "fr", "en")]
    found = alarms = urgent = 0
    missed: list[str] = []
    alarmed: list[str] = []
    all_cases = cases(set_name)
    for case in all_cases:
        text = f"{case['subject']}\n{case['text']}"
        hit = matched_phrase(text, phrases, ignore)
        if case["urgent"]:
            urgent += 1
            found += hit is not None
            if hit is None:
                missed.append(text.strip())
        elif hit is not None:
            alarms += 1
            alarmed.append(f"{text.strip()}   <- {hit}")
    return Figures(len(all_cases), urgent, found, alarms, tuple(missed), tuple(alarmed))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=(*SETS, "all"), default="all")
    parser.add_argument("--show-misses", action="store_true")
    args = parser.parse_args()
    for set_name in SETS if args.set == "all" else (args.set,):
        f = run(set_name)
        print(f"{set_name}: {f.cases} mails, {f.urgent} urgent; recall {f.recall:.3f} "
              f"({f.found}/{f.urgent}), precision {f.precision:.3f} "
              f"({f.false_alarms} false alarm(s))")
        if args.show_misses and set_name == "dev":
            for text in f.misses:
                print(f"  missed: {text!r}")
            for text in f.alarms:
                print(f"  false alarm: {text!r}")


if __name__ == "__main__":
    main()
