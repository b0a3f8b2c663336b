"""Hostile MIME and header injection.

Every mail in tests/fixtures/hostile (and a few generated ones too large to keep as files)
is either processed or quarantined: kept, counted, visible to coordinators, never dropped,
never stuck, never a crash or a traceback, and in one run. Nothing in an incoming
mail (display names, RFC 2047 encoded CR/LF, subjects, file names, content types) can add
a header or a recipient to a mail the helpline sends.

Three levels: the pipeline in-process (a real Context over SQLite, the real incoming
runner), the real daemon over SMTP for the fixtures SMTP can carry, and hypothesis over
the pure core (parse, classify, relay, compose).
"""

from __future__ import annotations

import base64
import email.policy
import logging
import re
import tracemalloc
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from email.message import Message
from email.parser import BytesHeaderParser, BytesParser
from email.policy import compat32
from email.utils import getaddresses
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from mailhandler import transcripts
from mailhandler.config import load_config
from mailhandler.context import open_context
from mailhandler.core.classify import automatic_reason
from mailhandler.core.compose import compose
from mailhandler.core.html import html_to_text, sanitise_html, scrub_html
from mailhandler.core.message import (
    UnreadableMail,
    addresses,
    header,
    own_message_id,
    parse,
    referenced_ids,
    without_bare_cr_in_headers,
)
from mailhandler.core.relay import Replacement, answer_body, forward_body
from mailhandler.core.scrub import Identity
from mailhandler.handlers import Context
from mailhandler.jobs.wipe import wipe
from mailhandler.runners.incoming import MAX_ATTEMPTS, process_pending
from mailhandler.store.models import Conversation, InboundMail, OutboxItem
from mailhandler.store.repository import Envelope
from tests import queries
from tests.conftest import (
    DOMAIN,
    FIXTURES,
    HELPLINE,
    Daemon,
    Smarthost,
    add_volunteers,
    fixture_bytes,
    free_port,
    wait_for,
    write_config,
)

HOSTILE = FIXTURES / "hostile"
SEEKER = "sam@gezin.example"
VERA = "vera@vrijwilligers.example"
VICTIM = "victim"  # every smuggled recipient is victim…@elders.example
SEEKER_ENVELOPE = Envelope(SEEKER, (HELPLINE,))
# Per mail, through the whole incoming pipeline (parse, classify, forward to three
# volunteers, confirmation). The slowest fixtures take about two seconds here.
TOP_HEADERS = frozenset(h.lower() for h in (
    "From", "To", "Reply-To", "Subject", "Date", "Message-ID", "In-Reply-To", "References",
    "Auto-Submitted", "X-Auto-Response-Suppress", "Content-Language", "MIME-Version",
    "Content-Type", "Content-Transfer-Encoding", "Content-Disposition", "Content-ID",
    # Loop markers: ours (added as mail leaves) and other relays' (core/loops).
    "X-Loop",
))
PART_HEADERS = frozenset(h.lower() for h in (
    "Content-Type", "Content-Transfer-Encoding", "Content-Disposition", "Content-ID",
    "MIME-Version",
))
_CONTROLS = re.compile(rb"[\x00-\x08\x0a-\x1f\x7f]")


# --------------------------------------------------------------------------- the fixtures


def _html_5mb() -> bytes:
    return (b"From: Sam <sam@gezin.example>\r\nTo: hulp@lumi.example\r\nSubject: groot\r\n"
            b"Message-ID: <html-5mb@gezin.example>\r\nMIME-Version: 1.0\r\n"
            b"Content-Type: text/html; charset=utf-8\r\n\r\n<html><body>"
            + b"<p>Hallo, ik ben Sam (sam@gezin.example) en ik heb een vraag.</p>\r\n" * 80_000
            + b"</body></html>\r\n")


def _single_line_2mb() -> bytes:
    # SMTP refuses lines over 1000 octets; IMAP does not.
    return (b"From: Sam <sam@gezin.example>\r\nTo: hulp@lumi.example\r\nSubject: lang\r\n"
            b"Content-Type: text/plain; charset=utf-8\r\n\r\n"
            + b"vraag sam@gezin.example " * 85_000)


def _no_newline_2mb() -> bytes:
    return b"Subject: " + b"x" * 2_000_000


def _text_2mb() -> bytes:
    return (b"From: Sam <sam@gezin.example>\r\nTo: hulp@lumi.example\r\nSubject: veel\r\n"
            b"Content-Type: text/plain; charset=utf-8\r\n\r\n"
            + b"> Van: Sam <sam@gezin.example>: op 1-1-2026 schreef Sam:\r\n" * 35_000)


GENERATED: dict[str, Callable[[], bytes]] = {
    "generated-html-5mb": _html_5mb,
    "generated-single-line-2mb": _single_line_2mb,
    "generated-no-newline-2mb": _no_newline_2mb,
    "generated-text-2mb": _text_2mb,
}
FIXTURE_NAMES = sorted(p.stem for p in HOSTILE.glob("*.eml")) + sorted(GENERATED)
# What the parser cannot read, or may not try to: these are quarantined, the rest processed.
QUARANTINED = frozenset({
    "empty", "crlf-only", "nested-1000", "nested-5000", "nested-rfc822-1000",
    "multipart-many-parts",
})


def hostile_bytes(name: str) -> bytes:
    if name in GENERATED:
        return GENERATED[name]()
    return (HOSTILE / f"{name}.eml").read_bytes()


def test_the_corpus_is_there_and_stays_small() -> None:
    names = set(FIXTURE_NAMES)
    for expected in ("empty", "no-headers", "nul-bytes", "nested-1000", "nested-5000",
                     "header-200k-line", "header-200k-folded", "html-nested-divs",
                     "inject-q-from-subject", "inject-b-from-subject", "inject-bare-cr-from",
                     "attachment-filenames", "report-garbage", "rfc822-garbage"):
        assert expected in names
    for path in HOSTILE.glob("*.eml"):
        data = path.read_bytes()
        assert len(data) < 1_100_000, path.name
        for domain in re.findall(rb"(?:@|://)([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)", data):
            assert domain.endswith((b".example", b".test")), (path.name, domain)


# --------------------------------------------------------------------------- what we send


def check_outgoing(data: bytes, rcpt: str, mail_from: str = "", smuggled: str | None = VICTIM,
                   ) -> None:
    """One recipient in the envelope and the To header; only allowlisted headers, each one
    logical line, From and Reply-To one address each; `smuggled` in no address header."""
    assert not re.search(r"[\s\x00-\x1f\x7f,;<>]", rcpt), rcpt
    assert rcpt.count("@") == 1
    assert smuggled is None or smuggled not in rcpt.lower()
    assert not re.search(r"[\s\x00-\x1f\x7f,;<>]", mail_from), mail_from

    head, separator, _ = data.partition(b"\r\n\r\n")
    assert separator, "no end of the header block"
    for line in head.split(b"\r\n"):
        assert not _CONTROLS.search(line), f"control character in {line[:80]!r}"
        if line[:1] in (b" ", b"\t"):
            continue
        name = line.split(b":", 1)[0].decode("ascii").lower()
        assert name in TOP_HEADERS, f"header {name!r} is not ours"

    parsed = BytesHeaderParser(policy=compat32).parsebytes(data)
    names = [name.lower() for name in parsed]
    assert set(names) <= TOP_HEADERS
    for single in ("from", "to", "subject", "date", "message-id"):
        assert names.count(single) == 1, f"{single}: {names.count(single)}"
    for name, value in parsed.items():
        unfolded = re.sub(r"\r?\n(?=[ \t])", "", value)
        assert "\r" not in unfolded and "\n" not in unfolded, f"{name} spans lines"
        if smuggled and name.lower() in ("from", "to", "reply-to"):
            assert smuggled not in unfolded.lower()

    recipients = getaddresses(parsed.get_all("To") or [])
    assert len(recipients) == 1
    if rcpt.isascii():
        assert recipients[0][1].lower() == rcpt.lower()
    decoded = email.message_from_bytes(data, policy=email.policy.default)
    for name in ("From", "To", "Reply-To"):
        if decoded[name] is not None:
            assert len(decoded[name].addresses) == 1, name

    full = BytesParser(policy=compat32).parsebytes(data)
    for part in full.walk():
        if part is full:
            continue
        assert {name.lower() for name in part} <= PART_HEADERS
        for name, value in part.items():
            unfolded = re.sub(r"\r?\n(?=[ \t])", "", value)
            assert "\r" not in unfolded and "\n" not in unfolded, f"part {name} spans lines"
            assert not _CONTROLS.search(unfolded.encode("utf-8", "surrogateescape"))


# --------------------------------------------------------------------------- the pipeline


@pytest.fixture(scope="module")
def pipeline(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Context]:
    """A real Context as `mailhandler serve` builds it, over SQLite, delivering to a maildir."""
    tmp = tmp_path_factory.mktemp("hostile")
    # Every hostile mail is a conversation of its own: room for all of them with the team,
    # so none waits in the queue (with the default of five open each, most would).
    config = write_config(tmp, free_port(), f"maildir:{tmp / 'outbox'}",
                          "[duty]\nmax_open_per_volunteer = 1000\n")
    add_volunteers(config)
    cfg = load_config(config)
    cfg.storage.data_dir.mkdir(parents=True, exist_ok=True)
    ctx = open_context(cfg)
    yield ctx
    ctx.store.engine.dispose()


def _outbox_after(ctx: Context, last_id: int) -> list[tuple[str, str, str, bytes]]:
    """(kind, envelope sender, recipient, bytes) of what was queued after `last_id`."""
    store = ctx.store
    with store.transaction() as s:
        items = s.scalars(select(OutboxItem).where(OutboxItem.id > last_id)).all()
        return [(item.kind, item.mail_from, store.vault.decrypt_text(item.key_id, item.rcpt_enc),
                 store.outgoing_message(s, item))
                for item in items]


def _last_outbox_id(ctx: Context) -> int:
    with ctx.store.transaction() as s:
        return int(s.scalar(select(func.max(OutboxItem.id))) or 0)


def run_pipeline(ctx: Context, raw: bytes, envelope: Envelope,
                 caplog: pytest.LogCaptureFixture) -> tuple[InboundMail, int]:
    """Store a mail as the IMAP fetcher would and run the incoming runner until it settles.

    Returns the inbound row and how many runs it needed: one, for a mail that is handled
    without a failure (how long it takes is for tests/benchmarks, not a unit test)."""
    store = ctx.store
    inbound_id = store.accept(raw, envelope, "imap")
    runs = 0
    status = "new"
    with caplog.at_level(logging.INFO):
        while status == "new" and runs <= MAX_ATTEMPTS:  # one run more than it may need
            runs += 1
            process_pending(ctx)
            with store.transaction() as s:
                status = s.get(InboundMail, inbound_id).status  # type: ignore[union-attr]
    with store.transaction() as s:
        item = s.get(InboundMail, inbound_id)
        assert item is not None, "the mail was deleted"
        s.expunge(item)
    return item, runs


def assert_clean_log(caplog: pytest.LogCaptureFixture) -> None:
    assert "Traceback" not in caplog.text
    assert not [r for r in caplog.records if r.exc_info], "an exception was logged"
    assert "processing failed" not in caplog.text, "a handler crashed on the mail"


@pytest.mark.parametrize("name", FIXTURE_NAMES)
def test_hostile_mail_is_processed_or_quarantined_never_dropped(
        name: str, pipeline: Context, caplog: pytest.LogCaptureFixture) -> None:
    raw = hostile_bytes(name)
    before = _last_outbox_id(pipeline)
    item, runs = run_pipeline(pipeline, raw, SEEKER_ENVELOPE, caplog)

    assert item.status in ("done", "quarantined"), f"stuck as {item.status!r}"
    assert (item.status == "quarantined") == (name in QUARANTINED), item.outcome
    assert runs == 1, "it took retries: processing failed at least once"
    assert_clean_log(caplog)
    # Stored as received, whatever became of it; quarantine is visible to coordinators.
    assert pipeline.store.open_inbound(item)[0] == raw
    if item.status == "quarantined":
        assert item.id in [row[0] for row in transcripts.quarantined(pipeline.store)]
        read = transcripts.Read("test", "a hostile mail in quarantine, checking it")
        assert transcripts.quarantined_raw(pipeline.store, item.id, read) == raw

    sent = _outbox_after(pipeline, before)
    for _kind, mail_from, rcpt, data in sent:
        check_outgoing(data, rcpt, mail_from)
    if item.status == "done" and name.startswith("inject-"):
        # The injection mails are ordinary help-seeker mails otherwise: they are forwarded.
        assert "forward" in {kind for kind, _, _, _ in sent}


def test_a_big_mail_with_crlf_headers_is_parsed_without_a_copy_of_it() -> None:
    # Looking for lone CRs in the header once copied every CRLF mail whole, twice: the
    # worker held a 25 MiB mail three times over instead of under two.
    size = 8 * 2**20
    body = base64.encodebytes(bytes(range(256)) * (size // 256 * 3 // 4)).replace(b"\n", b"\r\n")
    raw = (b"From: Sam <sam@gezin.example>\r\nTo: hulp@lumi.example\r\nSubject: opname\r\n"
           b"MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n"
           b"--b\r\nContent-Type: text/plain\r\n\r\nhoi\r\n--b\r\nContent-Type: audio/wav\r\n"
           b"Content-Transfer-Encoding: base64\r\n\r\n" + body + b"--b--\r\n")
    assert without_bare_cr_in_headers(raw) is raw
    parse(raw)
    tracemalloc.start()
    try:
        message = parse(raw)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < len(raw) // 10, f"{peak / len(raw):.2f} bytes per byte"
    assert message["Subject"] == "opname"
    lone = raw.replace(b"Subject: opname", b"Subject: op\rname")
    assert parse(lone)["Subject"] == "op name"


def test_a_lone_cr_in_a_subject_loses_no_word_and_no_header_after_it(
        pipeline: Context, caplog: pytest.LogCaptureFixture) -> None:
    # The parser ended the Subject at the lone CR and took every line after it as body:
    # the volunteers read "ik ben", and To and Message-ID were gone.
    raw = (b"From: Sam <sam@gezin.example>\r\nSubject: ik ben\rgay en bang\r\n"
           b"To: hulp@lumi.example\r\nMessage-ID: <lone-cr@gezin.example>\r\n"
           b"Content-Type: text/plain; charset=utf-8\r\n\r\n"
           b"ik durf het aan niemand te zeggen\r\n")
    before = _last_outbox_id(pipeline)
    item, runs = run_pipeline(pipeline, raw, SEEKER_ENVELOPE, caplog)
    assert (item.status, runs) == ("done", 1)
    assert_clean_log(caplog)
    sent = {kind: data for kind, _, _, data in _outbox_after(pipeline, before)}
    forward = BytesParser(policy=email.policy.default).parsebytes(sent["forward"])
    assert "ik ben gay en bang" in str(forward["Subject"])
    body = forward.get_body(("plain",))
    assert body is not None and "ik durf het aan niemand te zeggen" in body.get_content()
    assert "Subject" not in body.get_content() and "Message-ID" not in body.get_content()


# --------------------------------------------------------------------------- answers


def _hostile_answers(alias: str) -> dict[str, bytes]:
    q = b"=?UTF-8?Q?Sam=0D=0ABcc:_victim@elders.example?="
    b = b"=?UTF-8?B?" + base64.b64encode(b"x\r\nBcc: victim@elders.example") + b"?="
    head = (b"To: " + alias.encode() + b"\r\nMessage-ID: <%s@vrijwilligers.example>\r\n"
            b"MIME-Version: 1.0\r\n")
    text = b"Content-Type: text/plain; charset=utf-8\r\n\r\nHoi, dat is heel normaal.\r\n"
    return {
        "subject-q": b"From: Vera <vera@vrijwilligers.example>\r\nSubject: Re: " + q + b"\r\n"
                     + head % b"a1" + text,
        "subject-b": b"From: Vera <vera@vrijwilligers.example>\r\nSubject: " + b + b"\r\n"
                     + head % b"a2" + text,
        "subject-bare-cr": b"From: Vera <vera@vrijwilligers.example>\r\nSubject: x\rBcc: "
                           b"victim@elders.example\r\n" + head % b"a3" + text,
        "display-name-q": b"From: " + q + b" <vera@vrijwilligers.example>\r\nSubject: x\r\n"
                          + head % b"a4" + text,
        "subject-double-encoded": b"From: Vera <vera@vrijwilligers.example>\r\nSubject: Re: "
                                  + b"=?UTF-8?B?" + base64.b64encode(q) + b"?=\r\n"
                                  + head % b"a7" + text,
        "reply-to-victim": b"From: Vera <vera@vrijwilligers.example>\r\nSubject: x\r\n"
                           b"Reply-To: victim@elders.example\r\nCc: victim2@elders.example\r\n"
                           b"Bcc: victim3@elders.example\r\n" + head % b"a5" + text,
        "attachments": b"From: Vera <vera@vrijwilligers.example>\r\nSubject: bijlagen\r\n"
                       + head % b"a6"
                       + b"Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n" + text
                       + (HOSTILE / "attachment-content-type-injection.eml").read_bytes()
                       .split(b"Sam\r\n", 1)[1]
                       + b"\r\n--b\r\nContent-Type: text/plain\r\nContent-Disposition: "
                         b"attachment; filename*=utf-8''%0D%0ABcc%3A%20victim%40elders.example"
                         b"\r\n\r\nx\r\n--b--\r\n",
    }


def test_nothing_in_a_volunteers_answer_adds_a_header_or_a_recipient(
        pipeline: Context, caplog: pytest.LogCaptureFixture) -> None:
    before = _last_outbox_id(pipeline)
    seeker = fixture_bytes("spine/seeker_gmail.eml").replace(b"seeker-first", b"hostile-answers")
    item, _ = run_pipeline(pipeline, seeker, Envelope("sam.peeters@gezin-peeters.example",
                                                         (HELPLINE,)), caplog)
    assert item.status == "done"
    (to,) = [rcpt for kind, _, rcpt, _ in _outbox_after(pipeline, before) if kind == "forward"]
    if to != VERA:  # the conversation went to a colleague on duty: a coordinator gives it
        from mailhandler.cli import main  # to Vera, who answers from her own forward

        mark = _last_outbox_id(pipeline)
        with pipeline.store.reading() as s:
            conversation_id = s.get(InboundMail, item.id).conversation_id  # type: ignore
            pseudonym = s.get(Conversation, conversation_id).pseudonym  # type: ignore
        assert main(["--config", str(pipeline.cfg.source), "queue", "assign", pseudonym,
                     VERA]) == 0
        before = mark
    forward = next(data for kind, _, rcpt, data in _outbox_after(pipeline, before)
                   if kind == "forward" and rcpt == VERA)
    alias = email.message_from_bytes(forward, policy=email.policy.default)["Reply-To"] \
        .addresses[0].addr_spec
    for name, raw in _hostile_answers(alias).items():
        mark = _last_outbox_id(pipeline)
        # Sent from 127.0.0.1, which SPF of Vera's domain allows (tests/dnsserver.py).
        envelope = Envelope(VERA, (alias,), "127.0.0.1", "vera-laptop.example")
        item, runs = run_pipeline(pipeline, raw, envelope, caplog)
        assert item.status == "done" and runs == 1, (name, item.outcome)
        sent = _outbox_after(pipeline, mark)
        for _kind, mail_from, rcpt, data in sent:
            check_outgoing(data, rcpt, mail_from)
            assert rcpt in ("sam.peeters@gezin-peeters.example", VERA), name
        if name != "display-name-q":  # an unreadable From is not Vera's: dropped
            assert [kind for kind, _, _, _ in sent] == ["reply"], (name, item.outcome)
    assert_clean_log(caplog)


# --------------------------------------------------------------------------- the wipe


def test_quarantined_hostile_mail_goes_with_the_wipe(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    config = write_config(tmp_path, free_port(), f"maildir:{tmp_path / 'outbox'}")
    add_volunteers(config)
    cfg = load_config(config)
    ctx = open_context(cfg)
    for name in ("nested-5000", "empty", "inject-q-from-subject"):
        run_pipeline(ctx, hostile_bytes(name), SEEKER_ENVELOPE, caplog)
    assert len(transcripts.quarantined(ctx.store)) == 2
    counts = wipe(ctx.store, cfg)
    assert counts["quarantined"] == 2 and counts["mails_received"] == 3
    assert transcripts.quarantined(ctx.store) == []
    with ctx.store.transaction() as s:
        assert s.scalar(select(func.count()).select_from(InboundMail)) == 0
    ctx.store.engine.dispose()


# --------------------------------------------------------------------------- the daemon


def _smtp_able(raw: bytes) -> bool:
    return bool(raw.strip()) and all(len(line) <= 998 for line in re.split(rb"\r?\n", raw))


DAEMON_FIXTURES = [
    "nul-bytes", "charset-utf7", "charset-garbage", "multipart-unclosed", "nested-1000",
    "nested-5000", "header-200k-folded", "base64-invalid", "8bit-headers-latin1",
    "8bit-headers-utf8", "inject-q-from-subject", "inject-b-from-subject", "inject-bare-cr-from",
    "inject-q-reply-to", "multiple-headers", "report-garbage", "attachment-filenames",
    "attachment-content-type-injection", "rfc822-garbage", "html-nested-divs",
    "inject-double-encoded",
]


@pytest.mark.slow
def test_hostile_mail_through_the_daemon(daemon: Daemon, smarthost: Smarthost) -> None:
    for name in DAEMON_FIXTURES:
        raw = hostile_bytes(name)
        assert _smtp_able(raw), name
        daemon.send(SEEKER, [HELPLINE], raw)  # raises unless the server answers 250

    database = daemon.config.parent / "var" / "mailhandler.db"
    wait_for(lambda: queries.finished(database) == len(DAEMON_FIXTURES), timeout=60,
             what="every hostile mail to be handled")
    statuses = [(m.status, m.outcome, m.attempts) for m in queries.inbox(database)]
    assert len(statuses) == len(DAEMON_FIXTURES)
    assert all(status in ("done", "quarantined") for status, _, _ in statuses), statuses
    assert all(attempts == 1 for _, _, attempts in statuses), statuses
    assert daemon.stop() == 0  # lets the outgoing runner finish
    log = daemon.log()
    assert "Traceback" not in log
    assert "processing failed" not in log
    assert smarthost.received, "nothing was forwarded"
    for delivered in smarthost.received:
        assert len(delivered.rcpts) == 1
        check_outgoing(delivered.data, delivered.rcpts[0])


# --------------------------------------------------------------------------- fuzzing

OWN = frozenset({HELPLINE, "privacy@lumi.example"})
ALIAS = f"c.k7q2abcdefghijklmnop@{DOMAIN}"
NOW = datetime(2026, 11, 30, 14, 0, tzinfo=UTC)

_charsets = st.sampled_from([
    "utf-8", "UTF-8", "iso-8859-1", "windows-1252", "utf-7", "utf-16", "x-unknown-charset",
    "", '"utf-8"', "us-ascii", "gb2312", "\x00", "utf-8'en'", "=?", "utf-8\r\n x",
])
_ctes = st.sampled_from([
    "7bit", "8bit", "binary", "base64", "quoted-printable", "x-uuencode", "bogus", "",
    "BASE64", "base64\r\n x",
])
_qp_bytes = st.binary(max_size=30).map(lambda b: "".join(f"={x:02X}" for x in b))
_b64_bytes = st.binary(max_size=30).map(lambda b: base64.b64encode(b).decode())
_words = st.builds(
    lambda charset, encoding, payload: f"=?{charset}?{encoding}?{payload}?=",
    st.sampled_from(["UTF-8", "utf-8", "iso-8859-1", "x-bogus", "utf-7", "", "us-ascii"]),
    st.sampled_from(["Q", "B", "q", "b", "X"]),
    st.one_of(_qp_bytes, _b64_bytes,
              st.sampled_from(["Sam=0D=0ABcc:_victim@elders.example",
                               base64.b64encode(b"x\r\nBcc: victim@elders.example").decode(),
                               # an encoded word inside one: the stdlib decodes it again
                               base64.b64encode(b"=?UTF-8?Q?x=0D=0ABcc:_v@elders.example?=")
                               .decode(),
                               "=0A", "=00", "!!", "====", "a?b", ""]),
              st.text(max_size=10)),
)
_value_pieces = st.one_of(
    _words,
    st.sampled_from(["Sam", "<sam@gezin.example>", "victim@elders.example", ",", ";", '"',
                     "\r\n", "\r", "\n", "\r\n ", "\x00", "(", ")", "<", ">", " ", "\\",
                     "Bcc: victim@elders.example", "=?", "?=", "@", "\u2028", "\x85"]),
    st.text(max_size=12),
)
_values = st.lists(_value_pieces, max_size=8).map("".join)
_header_names = st.one_of(
    st.sampled_from([
        "From", "To", "Cc", "Bcc", "Reply-To", "Subject", "Message-ID", "In-Reply-To",
        "References", "Sender", "Return-Path", "Auto-Submitted", "Precedence", "List-Id",
        "X-Auto-Response-Suppress", "Content-Type", "Content-Disposition", "Content-ID", "Date",
        "X-Loop", "Content-Transfer-Encoding", "MIME-Version",
    ]),
    st.text(alphabet=st.characters(min_codepoint=33, max_codepoint=126, exclude_characters=":"),
            min_size=1, max_size=12),
)


def _encode(text: str) -> bytes:
    return text.encode("utf-8", "surrogatepass")


_headers = st.lists(
    st.tuples(_header_names, st.one_of(_values.map(_encode), st.binary(max_size=40))),
    max_size=8,
).map(lambda pairs: b"".join(_encode(n) + b": " + v + b"\r\n" for n, v in pairs))

_bodies = st.one_of(
    st.binary(max_size=200),
    st.text(max_size=200).map(_encode),
    st.lists(st.sampled_from([
        "<div>", "</div>", "<p>", "<blockquote>", "<a href='http://x.example/'>", "</a>",
        "<img src='http://t.example/p.gif' width=1>", "<script>", "</script>", "<!--", "-->",
        "sam@gezin.example", "Sam Peeters", "Op 1 jan. 2026 om 10:00 schreef Sam:", "-- \n",
        "&#64;", "&", "<", "\r\n", "=\r\n", "=ZZ", "#thema: x",
    ]), max_size=30).map(lambda parts: _encode("".join(parts))),
)


def _leaf(ctype: str, charset: str, cte: str, disposition: str, headers: bytes,
          body: bytes) -> bytes:
    head = f"Content-Type: {ctype}; charset={charset}\r\nContent-Transfer-Encoding: {cte}\r\n"
    if disposition:
        head += f"Content-Disposition: {disposition}\r\n"
    return _encode(head) + headers + b"\r\n" + body


_leaves = st.builds(
    _leaf,
    st.sampled_from(["text/plain", "text/html", "image/png", "application/octet-stream",
                     "message/delivery-status", "text/rfc822-headers", "application/pgp-keys",
                     "text/x-garbage", "", "image/=?utf-8?q?png=0D=0ABcc:_x?=", "text/vcard"]),
    _charsets, _ctes,
    st.sampled_from(["", "inline", "attachment", 'attachment; filename="../../x.txt"',
                     "attachment; filename*=utf-8''%0D%0ABcc%3A%20victim%40elders.example",
                     "attachment; filename*0*=x''%ZZ; filename*1=y", 'inline; filename="\x01"']),
    _headers, _bodies,
)


def _multipart(subtype: str, boundary: str, children: list[bytes], close: bool,
               announced: str | None) -> bytes:
    line = _encode(f"--{boundary}\r\n")
    out = _encode(f'Content-Type: multipart/{subtype}; boundary="{announced or boundary}"\r\n\r\n')
    out += b"".join(line + child + b"\r\n" for child in children)
    return out + (_encode(f"--{boundary}--\r\n") if close else b"")


def _extend(children: st.SearchStrategy[bytes]) -> st.SearchStrategy[bytes]:
    return st.one_of(
        st.builds(_multipart, st.sampled_from(["mixed", "alternative", "related", "report"]),
                  st.text(alphabet="abcXYZ0123'()+_,-./:=? ", max_size=12),
                  st.lists(children, max_size=4), st.booleans(),
                  st.one_of(st.none(), st.sampled_from(["", "other", "\r\n"]))),
        st.builds(lambda headers, inner: b"Content-Type: message/rfc822\r\n\r\n" + headers
                  + inner, _headers, children),
    )


_structured = st.builds(lambda headers, body: headers + body, _headers,
                        st.recursive(_leaves, _extend, max_leaves=12))


def exercise(raw: bytes) -> None:
    """The pure path a mail takes, checking what we would send."""
    try:
        message = parse(raw)
    except UnreadableMail:
        return
    for sender in (SEEKER, ""):
        reason = automatic_reason(message, sender, OWN, DOMAIN)
        assert reason is None or isinstance(reason, str)
    pairs = addresses(message, "From", "Reply-To", "Sender")
    who = Identity(addresses=(*(a for _, a in pairs), SEEKER),
                   names=tuple(n for n, _ in pairs if n))
    subject = header(message, "Subject")
    forward = forward_body(message, Replacement(who, ALIAS, "K7Q2"), DOMAIN, "[afbeelding]")
    answer = answer_body(message, Replacement(who, HELPLINE, "Lumi"), DOMAIN,
                         frozenset({"Notitie voor vrijwilligers"}))
    seeker = next((a for _, a in addresses(message, "Reply-To", "From")), SEEKER)
    display = pairs[0][0] if pairs else ""
    for kind, body, to, html in (("forward", forward, VERA, forward.html),
                                 ("reply", answer, seeker, None)):
        out = compose(
            kind=kind, envelope_from=f"b.x@{DOMAIN}", from_name=display, from_address=ALIAS,
            reply_to=ALIAS, reply_to_name=display, to_address=to, subject=subject,
            text=body.text, html=html, attachments=body.attachments,
            message_id=f"<m.1@{DOMAIN}>", date=NOW, language="nl",
            in_reply_to=next(iter(message_ids_of(message)), None),
            references=tuple(message_ids_of(message)),
        )
        # The help-seeker may well be called victim@…: only the structure is checked here.
        check_outgoing(out.data, out.rcpt, out.mail_from, smuggled=None)
        assert out.rcpt == to


def message_ids_of(message: Message) -> list[str]:
    own = own_message_id(message)
    return ([own] if own else []) + referenced_ids(message)


_FUZZ = settings(max_examples=150, deadline=None,
                 suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@_FUZZ
@given(st.binary(max_size=3000))
def test_fuzz_arbitrary_bytes(raw: bytes) -> None:
    exercise(raw)


@_FUZZ
@given(_headers, st.binary(max_size=500))
def test_fuzz_random_headers(headers: bytes, body: bytes) -> None:
    exercise(headers + b"\r\n" + body)


@_FUZZ
@given(_structured)
def test_fuzz_structured_but_broken_mime(raw: bytes) -> None:
    exercise(raw)


@_FUZZ
@given(st.lists(st.sampled_from([
    "<div>", "</div>", "<blockquote>", "<ul>", "<li>", "<table>", "<tr>", "<td>", "<b>", "<a ",
    "<!--", "<script>", "</script>", '"', "'", ">", "<", "&", "&#", "x", " ", "\n", "<svg>",
    "sam@gezin.example", "<br>", "<img src=cid:x>", "<head>", "<body>",
]), max_size=400), st.integers(min_value=0, max_value=3000))
def test_fuzz_html_never_raises_and_never_leaks_the_address(pieces: list[str],
                                                             depth: int) -> None:
    markup = "<div>" * depth + "".join(pieces)
    who = Identity(addresses=(SEEKER,), names=("Sam Peeters",))
    assert isinstance(html_to_text(markup), str)
    assert isinstance(sanitise_html(markup, frozenset({"x"}), "[afbeelding]"), str)
    scrubbed = scrub_html(markup, who, ALIAS, "K7Q2")
    assert SEEKER not in scrubbed
