"""How much of the writer's text crosses the relay, and how much of their identity.

Runs the labelled corpus of tests/fixtures/relay_text/ (format: its README.md) through the
pure relay exactly as the handlers do: a help-seeker's mail through seeker.forward_content
and compose_forward, a volunteer's answer through volunteer.answer_content and
compose_answer, with the identity each handler derives from the headers, the envelope and
the volunteer's registration. Then, per mail:

- content kept: the words of the labelled content spans that arrive. A span arrives when
  its words are found as one contiguous sequence in the outgoing text part (case-folded,
  whitespace normalised); the HTML alternative, when there is one, is scored the same way
  on its visible text, separately.
- emptied: content was labelled, and nothing of it arrived.
- identity crossing: labelled identity strings found, case-insensitively and as whole
  words, in the raw outgoing bytes or any decoded header or part (as assert_absent does).

    python -m tests.benchmarks.relay_text [--set dev|heldout|all] [--show-misses]

--show-misses prints what was lost or leaked, for the dev set only: the held-out set is
never looked into, only counted.
"""

from __future__ import annotations

import argparse
import email
import email.policy
import re
import sys
import tomllib
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path

from mailhandler.core import aliases
from mailhandler.core.attachments import summarise
from mailhandler.core.html import html_to_text
from mailhandler.core.message import addresses, parse
from mailhandler.handlers.seeker import compose_forward, forward_content
from mailhandler.handlers.volunteer import answer_content, compose_answer
from mailhandler.store.repository import Envelope
from mailhandler.texts import Texts

ROOT = Path(__file__).resolve().parents[1] / "fixtures" / "relay_text"
SETS = ("dev", "heldout")
HELPLINE_NAME = "Lumi"
HELPLINE_ADDRESS = "hulp@lumi.example"
DOMAIN = "lumi.example"
PSEUDONYM = "QBQBUT"
ALIAS = aliases.AliasForm(DOMAIN, DOMAIN).address("abcdefghij234567abcd")
FORWARD_ID = "<forward-1@lumi.example>"
SEEKER_ADDRESS = "hulpvrager@thuis.example"
VOLUNTEER_ADDRESS = "vrijwilliger@vrijwilligers.example"
TARGET_KEPT = 0.99


@dataclass(frozen=True)
class Case:
    set_name: str
    name: str
    raw: bytes
    label: dict


@dataclass
class Score:
    """One mail's figures."""

    content_words: int = 0
    kept_words: int = 0
    html_words: int = 0
    html_kept_words: int = 0
    emptied: bool = False
    identity_spans: int = 0
    crossing: list[str] = field(default_factory=list)
    lost: list[str] = field(default_factory=list)
    html_lost: list[str] = field(default_factory=list)


def set_folders(set_name: str) -> list[Path]:
    """The folders holding `set_name`'s labels.toml: the set itself and its subfolders
    (issue-12 cases live in dev/issue-12/ so that the dev corpus can be merged beside them)."""
    base = ROOT / set_name
    if not base.is_dir():
        return []
    return sorted({path.parent for path in base.rglob("labels.toml")})


def load(set_name: str) -> list[Case]:
    cases = []
    for folder in set_folders(set_name):
        labels = tomllib.loads((folder / "labels.toml").read_text(encoding="utf-8"))
        for name, label in sorted(labels.items()):
            raw = (folder / name).read_bytes()
            if label.get("direction") == "volunteer":
                # Plain str.replace, never str.format: HTML carries CSS braces.
                raw = (raw.replace(b"{alias}", ALIAS.encode())
                       .replace(b"{pseudonym}", PSEUDONYM.encode())
                       .replace(b"{forward_id}", FORWARD_ID.encode()))
            cases.append(Case(set_name, f"{folder.relative_to(ROOT / set_name)}/{name}",
                              raw, label))
    return cases


def relay(case: Case) -> bytes:
    """The outgoing mail for `case`, composed by the same functions as the handlers."""
    message = parse(case.raw)
    texts = Texts(case.label.get("language", "nl"))
    date = datetime(2026, 12, 5, 12, 0, tzinfo=UTC)
    if case.label["direction"] == "seeker":
        sender = next((addr for _, addr in addresses(message, "From")), "")
        envelope = Envelope(mail_from=sender, rcpts=(HELPLINE_ADDRESS,))
        body, subject = forward_content(message, envelope, ALIAS, PSEUDONYM, DOMAIN, texts)
        prefix, note = texts.mail("forward_note", helpline=HELPLINE_NAME,
                                  helpline_address=HELPLINE_ADDRESS, pseudonym=PSEUDONYM,
                                  new=True, themes=["andere"], attachments=len(body.withheld),
                                  withheld=len(body.withheld), outcomes=summarise(body.outcomes))
        return compose_forward(body, subject, prefix, note, ALIAS,
                               f"{PSEUDONYM} via {HELPLINE_NAME}", VOLUNTEER_ADDRESS,
                               "<out-1@lumi.example>", f"bounce@{DOMAIN}", date,
                               texts.language).data
    volunteer = case.label.get("volunteer", "")
    envelope = Envelope(mail_from=volunteer, rcpts=(ALIAS,))
    openings = _note_openings(texts)
    body, subject = answer_content(message, envelope, volunteer, case.label.get("nickname", ""),
                                   ALIAS, PSEUDONYM, HELPLINE_NAME, HELPLINE_ADDRESS, DOMAIN,
                                   openings, texts)
    return compose_answer(body, subject, HELPLINE_NAME, HELPLINE_ADDRESS, SEEKER_ADDRESS,
                          "<out-2@lumi.example>", f"bounce@{DOMAIN}", date, texts.language,
                          None, ()).data


def _note_openings(texts: Texts) -> frozenset[str]:
    openings = set()
    for language in texts.languages():
        for new in (True, False):
            _, note = language.mail("forward_note", helpline=HELPLINE_NAME,
                                    helpline_address=HELPLINE_ADDRESS, pseudonym=PSEUDONYM,
                                    new=new, themes=["andere"], attachments=0, withheld=0,
                                    outcomes=[])
            openings.update(line.strip() for line in note.splitlines()[:1])
    return frozenset(openings)


def _normalised(text: str) -> str:
    return " ".join(text.casefold().split())


def _words(span: str) -> int:
    return max(1, len(span.split()))


def _text_parts(message: EmailMessage) -> tuple[str, str | None]:
    plain = message.get_body(preferencelist=("plain",))
    html = message.get_body(preferencelist=("html",))
    text = plain.get_content() if plain is not None else ""
    return text, html_to_text(html.get_content()) if html is not None else None


# The outgoing Date is written by the relay from its own clock, never from the writer's mail: a
# volunteer who signs "Dec" does not cross because the benchmark's answers are sent in December.
_OWN_DATE = re.compile(rb"^Date:[^\r\n]*\r?\n", re.MULTILINE)


def _haystacks(data: bytes) -> list[str]:
    message = email.message_from_bytes(data, policy=email.policy.default)
    headers_end = data.find(b"\r\n\r\n") if b"\r\n\r\n" in data else data.find(b"\n\n")
    head, body = (data[:headers_end], data[headers_end:]) if headers_end >= 0 else (data, b"")
    found = [(_OWN_DATE.sub(b"", head) + body).decode("utf-8", errors="replace")]
    found += [f"{key}: {value}" for key, value in message.items() if key.lower() != "date"]
    for part in message.walk():
        if part.is_multipart():
            continue
        found += [f"{key}: {value}" for key, value in part.items() if key.lower() != "date"]
        payload = part.get_payload(decode=True)
        if isinstance(payload, bytes):
            found.append(payload.decode("utf-8", errors="replace"))
    return found


def _whole(needle: str) -> re.Pattern[str]:
    """The needle as written, not inside a longer word ("Sam" is not in "samen").

    A one-letter needle is an initial signing a mail ("M"): it is found in its own case only,
    or the "m" of every "I'm" and the French "l'" and "j'" would count as the initial crossing.
    """
    before = r"(?<!\w)" if needle[:1].isalnum() else ""
    after = r"(?!\w)" if needle[-1:].isalnum() else ""
    flags = 0 if len(needle) == 1 else re.IGNORECASE
    return re.compile(before + re.escape(needle) + after, flags)


def score(case: Case, data: bytes) -> Score:
    result = Score()
    message = email.message_from_bytes(data, policy=email.policy.default)
    text, html = _text_parts(message)  # type: ignore[arg-type]
    seen = _normalised(text)
    html_seen = _normalised(html) if html is not None else None
    spans = [span for span in case.label.get("content", []) if span.strip()]
    for span in spans:
        words = _words(span)
        result.content_words += words
        if _normalised(span) in seen:
            result.kept_words += words
        else:
            result.lost.append(span)
        if html_seen is not None:
            result.html_words += words
            if _normalised(span) in html_seen:
                result.html_kept_words += words
            else:
                result.html_lost.append(span)
    result.emptied = bool(spans) and result.kept_words == 0
    haystacks = _haystacks(data)
    for needle in case.label.get("identity", []):
        if not needle.strip():
            continue
        result.identity_spans += 1
        pattern = _whole(needle)
        if any(pattern.search(hay) for hay in haystacks):
            result.crossing.append(needle)
    return result


@dataclass
class Totals:
    cases: int = 0
    content_words: int = 0
    kept_words: int = 0
    html_words: int = 0
    html_kept_words: int = 0
    emptied: int = 0
    identity_spans: int = 0
    crossing: int = 0

    def add(self, one: Score) -> None:
        self.cases += 1
        self.content_words += one.content_words
        self.kept_words += one.kept_words
        self.html_words += one.html_words
        self.html_kept_words += one.html_kept_words
        self.emptied += int(one.emptied)
        self.identity_spans += one.identity_spans
        self.crossing += len(one.crossing)

    @property
    def kept(self) -> float:
        return self.kept_words / self.content_words if self.content_words else 1.0

    @property
    def html_kept(self) -> float | None:
        return self.html_kept_words / self.html_words if self.html_words else None

    def line(self, title: str) -> str:
        html = "" if self.html_kept is None else f"  html kept {self.html_kept:.3f}"
        return (f"{title:<34} cases {self.cases:>4}  content kept {self.kept:.3f} "
                f"({self.kept_words}/{self.content_words} words)  emptied {self.emptied:>2}  "
                f"identity crossing {self.crossing}/{self.identity_spans}{html}")


def run(set_name: str) -> tuple[dict[str, Totals], list[tuple[Case, Score]]]:
    """Totals per direction (and per direction and tag), and every case's score."""
    totals: dict[str, Totals] = defaultdict(Totals)
    scored = []
    for case in load(set_name):
        one = score(case, relay(case))
        scored.append((case, one))
        direction = case.label["direction"]
        totals[direction].add(one)
        for tag in case.label.get("tags", []):
            totals[f"{direction} / {tag}"].add(one)
    return dict(totals), scored


def iter_sets(choice: str) -> Iterator[str]:
    yield from (SETS if choice == "all" else (choice,))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", choices=(*SETS, "all"), default="dev")
    parser.add_argument("--show-misses", action="store_true",
                        help="print lost content and crossing identity (dev set only)")
    args = parser.parse_args(argv)
    if args.show_misses and args.set != "dev":
        print("--show-misses is for the dev set only: the held-out set is never looked into.",
              file=sys.stderr)
        return 2
    for set_name in iter_sets(args.set):
        if not set_folders(set_name):
            print(f"[{set_name}] no cases (tests/fixtures/relay_text/{set_name}/ missing)")
            continue
        totals, scored = run(set_name)
        print(f"[{set_name}]")
        for direction in ("seeker", "volunteer"):
            if direction in totals:
                print(totals[direction].line(direction))
        for key in sorted(k for k in totals if " / " in k):
            print("  " + totals[key].line(key))
        if args.show_misses:
            for case, one in scored:
                if one.lost or one.crossing or one.html_lost:
                    print(f"--- {case.name}")
                    for span in one.lost:
                        print(f"    lost: {span!r}")
                    for span in one.html_lost:
                        print(f"    lost in html: {span!r}")
                    for needle in one.crossing:
                        print(f"    crossing: {needle!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
