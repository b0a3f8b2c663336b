"""Benchmark: the relay's work on hostile text grows linearly with the text.

    .venv/bin/python -m tests.benchmarks.hostile_text [--size 20000]

Each shape (a word and then a long run of blanks, of blank lines, of one letter, of
short words...) is relayed at --size and at twice --size, through the same pure functions
the handlers use, as a help-seeker's mail and as a volunteer's answer. It prints the
seconds for both and their ratio: about 2 is linear; about 4 is quadratic, and a mail of
half a megabyte of that shape would hold a worker for minutes. Measured here, never
asserted in a unit test.
"""

from __future__ import annotations

import argparse
import email
import email.policy
import time
from collections.abc import Callable
from datetime import UTC, datetime
from email.message import EmailMessage

from mailhandler.handlers.seeker import forward_content
from mailhandler.handlers.volunteer import answer_content
from mailhandler.store.repository import Envelope
from mailhandler.texts import Texts

ALIAS = "c.abcdefghij234567abcd@lumi.example"
SEEKER = "Anna Bee <anna.bee@thuis.example>"
VOLUNTEER = "vera.v@vrijwilligers.example"
NL = Texts("nl")

SHAPES: dict[str, Callable[[int], str]] = {
    "word, blanks, word": lambda n: "hoi\nsnap" + " " * n + "?\n",
    "street, blank lines": lambda n: "hoi\nKerkstraat" + " \n" * (n // 2) + "?\n",
    "attribution, tabs": lambda n: "Op 3 mei" + "\t" * n + "schreef x:\n> hoi\n",
    "no-break spaces": lambda n: "groetjes" + "\u00a0" * n + "Anna\n",
    "one letter": lambda n: "hoi\n" + "o" * n + "\n",
    "short words": lambda n: "hoi\n" + "A " * (n // 2) + "?\n",
    "short lines": lambda n: "hoi\n" + "x\n" * (n // 2),
    "digits and dots": lambda n: "bel 04" + "7." * (n // 2) + "\n",
    "at signs": lambda n: "mail " + "a@" * (n // 2) + "b.example\n",
}


def _mail(sender: str, body: str) -> EmailMessage:
    message = EmailMessage(policy=email.policy.default)
    message["From"] = sender
    message["To"] = "hulp@lumi.example"
    message["Subject"] = "vraag"
    message.set_content(body)
    return email.message_from_bytes(message.as_bytes(), policy=email.policy.default)  # type: ignore[return-value]


def _seconds(body: str) -> tuple[float, float]:
    started = time.perf_counter()
    forward_content(_mail(SEEKER, body), Envelope("anna.bee@thuis.example", ("hulp@lumi.example",)),
                    ALIAS, "QBQBUT", "lumi.example", NL)
    forwarded = time.perf_counter()
    answer_content(_mail(VOLUNTEER, body), Envelope(VOLUNTEER, (ALIAS,)), VOLUNTEER, "Vera",
                   ALIAS, "QBQBUT", "Lumi", "hulp@lumi.example", "lumi.example",
                   frozenset(), NL)
    return forwarded - started, time.perf_counter() - forwarded


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=20_000)
    args = parser.parse_args(argv)
    print(f"{'shape':24} {'forward s':>10} {'x2 s':>8} {'ratio':>6}   "
          f"{'answer s':>9} {'x2 s':>8} {'ratio':>6}   ({datetime.now(UTC):%Y-%m-%d})")
    for name, shape in SHAPES.items():
        small = _seconds(shape(args.size))
        large = _seconds(shape(2 * args.size))
        ratios = [big / max(little, 1e-4) for little, big in zip(small, large, strict=True)]
        print(f"{name:24} {small[0]:10.3f} {large[0]:8.3f} {ratios[0]:6.1f}   "
              f"{small[1]:9.3f} {large[1]:8.3f} {ratios[1]:6.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
