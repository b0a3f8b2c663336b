"""Render the "more" DEV cases (tests/fixtures/relay_text/dev/more/), written after issue 12's
held-out figures showed the relay's rules fitted to the first dev set: volunteer signatures of many
shapes and help-seekers naming themselves in many ways.

Same markup and clients as tests/tools/relay_corpus_dev.py (read its docstring); the bodies live
in relay_corpus_more_cases/*.txt and every case is tagged "more" besides its own tags.

    python3 -m tests.tools.relay_corpus_more            # writes dev/more/*.eml and labels.toml
    python3 -m tests.tools.relay_corpus_more --check    # verifies what is on disk
"""

from __future__ import annotations

import sys
from pathlib import Path

from tests.tools import relay_corpus_dev as dev

OUT = dev.OUT / "more"
CASES = Path(__file__).resolve().parent / "relay_corpus_more_cases"


def more_cases() -> list[dev.Case]:
    cases: list[dev.Case] = []
    for path in sorted(CASES.glob("*.txt")):
        cases.extend(dev.parse_cases(path.read_text(encoding="utf-8")))
    names = [case.name for case in cases]
    dupes = {name for name in names if names.count(name) > 1}
    if dupes:
        raise SystemExit(f"duplicate case names: {sorted(dupes)}")
    for case in cases:
        case.meta["tags"] = ", ".join(["more", *filter(None, [case.meta.get("tags", "")])])
    return cases


def main() -> int:
    if "--check" not in sys.argv:
        dev.all_cases = more_cases  # type: ignore[assignment]
        dev.build(OUT)
    return dev.report(OUT)


if __name__ == "__main__":
    raise SystemExit(main())
