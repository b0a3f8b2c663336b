"""Render the "round3" DEV cases (tests/fixtures/relay_text/dev/round3/), written as an adversarial
tester of the relay after the "more" round all passed while the held-out set still let names
through: identity hidden in URL-like tokens, old signatures in quoted history, device-owner client
lines, names in disclaimers, nicknames/typos/initials of help-seekers, family members' names.

Same markup and clients as tests/tools/relay_corpus_dev.py (read its docstring); the bodies live
in relay_corpus_round3_cases/*.txt and every case is tagged "round3" besides its own tags.

    python3 -m tests.tools.relay_corpus_round3            # writes dev/round3/*.eml and labels.toml
    python3 -m tests.tools.relay_corpus_round3 --check    # verifies what is on disk
"""

from __future__ import annotations

import sys
from pathlib import Path

from tests.tools import relay_corpus_dev as dev

OUT = dev.OUT / "round3"
CASES = Path(__file__).resolve().parent / "relay_corpus_round3_cases"


def round3_cases() -> list[dev.Case]:
    cases: list[dev.Case] = []
    for path in sorted(CASES.glob("*.txt")):
        cases.extend(dev.parse_cases(path.read_text(encoding="utf-8")))
    names = [case.name for case in cases]
    dupes = {name for name in names if names.count(name) > 1}
    if dupes:
        raise SystemExit(f"duplicate case names: {sorted(dupes)}")
    for case in cases:
        case.meta["tags"] = ", ".join(["round3", *filter(None, [case.meta.get("tags", "")])])
    return cases


def main() -> int:
    if "--check" not in sys.argv:
        dev.all_cases = round3_cases  # type: ignore[assignment]
        dev.build(OUT)
    return dev.report(OUT)


if __name__ == "__main__":
    raise SystemExit(main())
