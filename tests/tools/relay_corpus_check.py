"""Check a relay-text corpus folder against notes/CORPUS-FORMAT.md.

What it verifies, per mail: the .eml parses without defects; it has a table in labels.toml with the
required keys; every identity string occurs in the raw bytes or in the decoded mail (headers, text
and HTML parts, case-insensitive); every content span occurs in the decoded text the reader sees
(the text/plain part, or the visible text of the HTML when there is no text/plain), in order,
whitespace-normalised and case-insensitive; no content span carries an identity string; volunteer
answers are addressed to {alias}, answer {forward_id} and keep every placeholder out of base64 and
quoted-printable soft breaks; domains end in .example/.test and IPv4 addresses are documentation
ones.

Usage: python -m tests.tools.relay_corpus_check tests/fixtures/relay_text/heldout
"""

from __future__ import annotations

import contextlib
import email
import email.policy
import ipaddress
import re
import sys
import tomllib
from email.errors import HeaderParseError
from email.header import decode_header, make_header
from email.message import EmailMessage
from html.parser import HTMLParser
from pathlib import Path

PLACEHOLDERS = ("{alias}", "{pseudonym}", "{forward_id}")
_REQUIRED = ("direction", "client", "language", "tags", "content", "identity")


class _Visible(HTMLParser):
    """The text of an HTML part a reader sees: no head, style or script; block tags break lines."""

    _HIDDEN = {"style", "script", "head", "title"}
    _BLOCK = {"p", "div", "br", "tr", "li", "blockquote", "table", "h1", "h2", "h3"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._HIDDEN:
            self._hidden += 1
        elif tag in self._BLOCK:
            self.out.append("\n")
        elif tag == "img":
            alt = dict(attrs).get("alt")
            if alt:
                self.out.append(f"[{alt}]")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._HIDDEN:
            self._hidden = max(0, self._hidden - 1)
        elif tag in self._BLOCK:
            self.out.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.out.append(data)


def visible_text(html: str) -> str:
    parser = _Visible()
    parser.feed(html)
    parser.close()
    return "".join(parser.out)


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def decoded(msg: EmailMessage) -> tuple[str, str]:
    """(what the reader sees, everything decoded: headers, text parts, HTML, its visible text)."""
    everything: list[str] = []
    for part in msg.walk():
        for name, value in part.items():
            everything.append(f"{name}: {value}")
        # Python's address parser leaves a space between adjacent encoded words inside a display
        # name ("Élodi e Lef èvre"); RFC 2047 says that space is not there, and clients agree.
        for name, raw_value in part.raw_items():
            with contextlib.suppress(HeaderParseError, LookupError, UnicodeDecodeError):
                everything.append(f"{name}: {make_header(decode_header(str(raw_value)))}")
    plain: list[str] = []
    html_visible: list[str] = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        if part.get_content_maintype() != "text":
            continue
        text = part.get_content()
        everything.append(text)
        if part.get_content_subtype() == "html":
            vis = visible_text(text)
            everything.append(vis)
            if part.get_content_disposition() != "attachment":
                html_visible.append(vis)
        elif (part.get_content_subtype() == "plain"
              and part.get_content_disposition() != "attachment"):
            plain.append(text)
    reader = "\n".join(plain) if plain else "\n".join(html_visible)
    return reader, "\n".join(everything)


def _in_order(spans: list[str], text: str) -> list[str]:
    problems: list[str] = []
    hay = _norm(text)
    pos = 0
    for span in spans:
        needle = _norm(span)
        found = hay.find(needle, pos)
        if found < 0:
            if needle in hay:
                problems.append(f"content out of order: {span!r}")
            else:
                problems.append(f"content not in the decoded text: {span!r}")
            continue
        pos = found + len(needle)
    return problems


def _strings(value: object) -> list[str]:
    return [str(item) for item in value] if isinstance(value, list) else []


def check_mail(path: Path, label: dict[str, object]) -> list[str]:
    problems: list[str] = []
    raw = path.read_bytes()
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(msg, EmailMessage)
    for part in msg.walk():
        for defect in part.defects:
            problems.append(f"MIME defect: {type(defect).__name__}")
    for key in _REQUIRED:
        if key not in label:
            problems.append(f"label lacks {key!r}")
    direction = label.get("direction")
    if direction not in ("seeker", "volunteer"):
        problems.append(f"direction {direction!r}")
    if label.get("language") not in ("nl", "fr", "en"):
        problems.append(f"language {label.get('language')!r}")
    for header in ("From", "To", "Date", "Message-ID", "MIME-Version", "Content-Type"):
        if msg[header] is None:
            problems.append(f"no {header} header")
    reader, everything = decoded(msg)
    raw_text = raw.decode("utf-8", "replace")
    haystack = (raw_text + "\n" + everything).casefold()
    identity = _strings(label.get("identity"))
    content = _strings(label.get("content"))
    if not identity:
        problems.append("no identity strings")
    if not content:
        problems.append("no content spans")
    for item in identity:
        if item.casefold() not in haystack:
            problems.append(f"identity not in the mail: {item!r}")
    problems += _in_order(content, reader)
    for span in content:
        if "{pseudonym}" in span:
            problems.append(f"placeholder listed as content: {span!r}")
        for item in identity:
            word = rf"(?<!\w){re.escape(item.casefold())}(?!\w)"
            if len(item) >= 3 and re.search(word, span.casefold()):
                problems.append(f"content span {span!r} carries identity {item!r}")
    if any("{pseudonym}" in item for item in identity):
        problems.append("placeholder listed as identity")
    if direction == "volunteer":
        for key in ("volunteer", "nickname"):
            if not label.get(key):
                problems.append(f"volunteer label lacks {key!r}")
        if str(msg["To"]).strip() != "{alias}":
            problems.append(f"To is {msg['To']!r}, not {{alias}}")
        if "{forward_id}" not in str(msg["In-Reply-To"]):
            problems.append("In-Reply-To lacks {forward_id}")
        for part in msg.walk():
            if part.is_multipart() or part.get_content_maintype() != "text":
                continue
            encoded, text = str(part.get_payload()), part.get_content()
            for placeholder in PLACEHOLDERS:
                if text.count(placeholder) != encoded.count(placeholder):
                    problems.append(f"{placeholder} hidden by a transfer encoding")
        if str(label.get("volunteer", "")).casefold() not in haystack:
            problems.append("registered volunteer address not in the mail")
    # Only the decoded text: a quoted-printable soft break cuts a domain in the raw bytes.
    for domain in re.findall(r"[\w.+-]+@((?:[\w-]+\.)+[A-Za-z]{2,})(?![\w.-])", everything):
        if not domain.lower().endswith((".example", ".test")):
            problems.append(f"domain not .example/.test: {domain}")
    for ip in re.findall(r"(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?![\d.])", raw_text):
        try:
            addr = ipaddress.ip_address(ip)
        except ValueError:
            continue
        nets = ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24")
        if not any(addr in ipaddress.ip_network(n) for n in nets):
            problems.append(f"IP outside the documentation ranges: {ip}")
    return problems


def check_set(folder: Path) -> list[str]:
    """Every problem in one corpus folder, each prefixed with the file it is about."""
    labels_path = folder / "labels.toml"
    if not labels_path.exists():
        return [f"{folder}: no labels.toml"]
    labels = tomllib.loads(labels_path.read_text(encoding="utf-8"))
    files = {p.name for p in folder.glob("*.eml")}
    problems = [f"{name}: no label" for name in sorted(files - labels.keys())]
    problems += [f"{name}: label without a file" for name in sorted(labels.keys() - files)]
    for name in sorted(files & labels.keys()):
        problems += [f"{name}: {p}" for p in check_mail(folder / name, labels[name])]
    return problems


def main(argv: list[str]) -> int:
    problems: list[str] = []
    for folder in argv or ["tests/fixtures/relay_text/heldout"]:
        problems += check_set(Path(folder))
    for problem in problems:
        print(problem)
    print(f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
