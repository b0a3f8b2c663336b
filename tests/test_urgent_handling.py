"""Urgent mail, crisis lines, reading hours and blocks in the seeker handler, in-process on
a real SQLite store with the clock in the test's hands (`now` is passed in)."""

from __future__ import annotations

import email.policy
from collections.abc import Iterator
from datetime import datetime, timedelta
from email import message_from_bytes
from email.message import EmailMessage
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from mailhandler.config import ConfigError, load_config
from mailhandler.context import open_context
from mailhandler.handlers import Context, Result
from mailhandler.runners.incoming import forward_one, process_one
from mailhandler.store import blocks
from mailhandler.store.db import utcnow
from mailhandler.store.models import Conversation, InboundMail, OutboxItem
from mailhandler.store.repository import Envelope
from tests.conftest import HELPLINE, add_volunteers, free_port, write_config

BRUSSELS = ZoneInfo("Europe/Brussels")
SEEKER = "noor@thuis.example"
VERA, KOBE, CORA = "vera@vrijwilligers.example", "kobe@vrijwilligers.example", "cora@coord.example"


def _context(tmp_path: Path, urgent: str) -> Context:
    config = write_config(tmp_path, free_port(), f"maildir:{tmp_path / 'outbox'}",
                          f"[urgent]\n{urgent}\n")
    # Every mail may be confirmed: whether one is, is then the block's doing alone.
    config.write_text(config.read_text().replace("interval_days = 7", "interval_days = 0"))
    add_volunteers(config)
    return open_context(load_config(config))


@pytest.fixture
def ctx(tmp_path: Path) -> Iterator[Context]:
    context = _context(tmp_path, 'reading_hours = ["mon-fri 09:00-21:00"]')
    yield context
    context.store.engine.dispose()


def mail(text: str, subject: str = "hoi", number: int = 1, answers: str = "") -> bytes:
    """A help-seeker's mail; `answers`: the Message-ID of our mail it answers."""
    thread = f"In-Reply-To: {answers}\n" if answers else ""
    return (f"From: Noor <{SEEKER}>\nTo: {HELPLINE}\nSubject: {subject}\n{thread}"
            f"Message-ID: <m{number}@thuis.example>\nMIME-Version: 1.0\n"
            f"Content-Type: text/plain; charset=utf-8\n\n{text}\n").encode()


def take(ctx: Context, raw: bytes, now: datetime) -> tuple[Result, int]:
    """The first step (confirm) and, when it says so, the second (forwards), at `now`."""
    number = ctx.store.accept(raw, Envelope(SEEKER, (HELPLINE,)), "smtp")
    result = process_one(ctx, number, at=now)
    assert result is not None
    forwarded = 0
    if result.forward:
        before = last_id(ctx)
        assert forward_one(ctx, number, at=now) is not None
        forwarded = sum(kind == "forward" for kind, _, _ in outbox(ctx, before))
    with ctx.store.reading() as s:
        assert s.get(InboundMail, number).status == "done"  # type: ignore[union-attr]
    return result, forwarded


def outbox(ctx: Context, after: int = 0) -> list[tuple[str, str, EmailMessage]]:
    """(kind, recipient, mail) of everything queued after outbox row `after`."""
    found = []
    with ctx.store.reading() as s:
        for item in s.scalars(select(OutboxItem).where(OutboxItem.id > after)
                              .order_by(OutboxItem.id)):
            data = ctx.store.outgoing_message(s, item)
            rcpt = ctx.store.vault.decrypt_text(item.key_id, item.rcpt_enc)
            found.append((item.kind, rcpt,
                          message_from_bytes(data, policy=email.policy.default)))
    return found  # type: ignore[return-value]


def last_id(ctx: Context) -> int:
    with ctx.store.reading() as s:
        return max(s.scalars(select(OutboxItem.id)), default=0)


def utc(local: datetime) -> datetime:
    """A Brussels wall-clock time as the naive UTC the handlers take."""
    return local.replace(tzinfo=BRUSSELS).astimezone(ZoneInfo("UTC")).replace(tzinfo=None)


def confirmation_text(ctx: Context, after: int) -> str:
    (found,) = [m for kind, _, m in outbox(ctx, after) if kind == "confirmation"]
    return str(found.get_content()).replace("\r\n", "\n")


# --- confirmations: crisis lines always, reading hours when outside them -------------------

@pytest.mark.parametrize(("local", "says"), [
    (datetime(2026, 12, 4, 20, 59), None),                         # Friday, still read
    (datetime(2026, 12, 4, 21, 1), "vanaf\nmaandag om 09:00"),     # Friday night
    (datetime(2026, 12, 6, 12, 0), "vanaf\nmaandag om 09:00"),     # Sunday
    (datetime(2026, 12, 7, 7, 30), "vanaf\nvandaag om 09:00"),     # Monday morning
    (datetime(2026, 3, 29, 2, 30), "vanaf\nmaandag om 09:00"),     # the night the clocks go
])
def test_every_confirmation_names_the_crisis_lines_and_outside_the_hours_when_mail_is_read(
        ctx: Context, local: datetime, says: str | None) -> None:
    before = last_id(ctx)
    take(ctx, mail("hallo, ik wil iets vragen over mijn vriend"), utc(local))
    text = confirmation_text(ctx, before)
    assert "1813" in text and "112" in text
    assert "ouders" in text and "anonieme maildienst" in text  # the shared-address warning stays
    if says is None:
        assert "geen mail gelezen" not in text
    else:
        assert "Op dit moment wordt er geen mail gelezen" in text and says in text


def test_configured_crisis_lines_replace_the_shipped_ones(tmp_path: Path) -> None:
    ctx = _context(tmp_path, 'crisis_lines = "Bel de Lumi-nachtlijn op 0800 00 000."')
    take(ctx, mail("hallo"), utcnow())
    text = confirmation_text(ctx, 0)
    assert "0800 00 000" in text and "1813" not in text
    assert "geen mail gelezen" not in text  # no reading hours configured: nothing said


# --- urgent ---------------------------------------------------------------------------------

def test_an_urgent_follow_up_reaches_the_coordinators_beside_the_owner_and_is_flagged(
        ctx: Context) -> None:
    now = utcnow()
    first, _ = take(ctx, mail("hoi ik heb een vraag"), now)
    with ctx.store.transaction() as s:
        conv = s.get(Conversation, first.conversation_id)
        assert conv is not None and not conv.urgent
        vera = ctx.store.volunteer_by_address(s, VERA)
        assert vera is not None
        conv.owner_id = vera.id  # Vera answered: the conversation is hers
    ours = str([m for kind, _, m in outbox(ctx) if kind == "confirmation"][0]["Message-ID"])
    before = last_id(ctx)
    result, forwarded = take(ctx, mail("ik zie het ni meer zitten 😞", "re", 2, ours), now)
    assert result.outcome.startswith("follow-up")
    forwards = [(rcpt, m) for kind, rcpt, m in outbox(ctx, before) if kind == "forward"]
    assert [rcpt for rcpt, _ in forwards] == [CORA, VERA] and forwarded == 2
    for _, forward in forwards:
        assert str(forward["Subject"]).startswith("[DRINGEND] [")
        assert "DRINGEND" in forward.get_content() and SEEKER not in forward.as_string()
    with ctx.store.reading() as s:
        assert s.get(Conversation, result.conversation_id).urgent  # type: ignore[union-attr]
    # Later mails of it are flagged too; a plain one goes to the owner alone.
    before = last_id(ctx)
    take(ctx, mail("ok dank je", "re", 3, ours), now)
    forwards = [(rcpt, m) for kind, rcpt, m in outbox(ctx, before) if kind == "forward"]
    assert [rcpt for rcpt, _ in forwards] == [VERA]
    assert str(forwards[0][1]["Subject"]).startswith("[DRINGEND]")


def test_a_mail_quoting_the_crisis_lines_is_not_urgent(ctx: Context) -> None:
    before = last_id(ctx)
    take(ctx, mail("ok thx\n\n> Kan het niet wachten, denk je aan zelfmoord of ben je in "
                   "gevaar?\n> bel gratis de Zelfmoordlijn op 1813\n"), utcnow())
    forwards = [m for kind, _, m in outbox(ctx, before) if kind == "forward"]
    assert forwards and not any("DRINGEND" in str(m["Subject"]) for m in forwards)


def test_urgent_detection_can_be_switched_off(tmp_path: Path) -> None:
    ctx = _context(tmp_path, "detect = false")
    take(ctx, mail("k wil dood"), utcnow())
    assert not any("DRINGEND" in str(m["Subject"]) for _, _, m in outbox(ctx))


# --- blocks ---------------------------------------------------------------------------------

def test_a_block_keeps_mail_from_everyone_until_it_expires_and_audits_without_addresses(
        ctx: Context) -> None:
    t0 = utcnow()
    first, _ = take(ctx, mail("hoi"), t0)
    assert first.pseudonym is not None
    done = blocks.block(ctx.store, first.pseudonym, blocks.period("24h"), "coord",
                        f"scheldt vrijwilligers uit, schrijft vanaf {SEEKER}")
    assert done is not None
    before = last_id(ctx)
    # A new conversation from the same sender (no reference to ours): blocked too.
    result, forwarded = take(ctx, mail("jullie zijn allemaal ...", "nieuw", 2),
                             t0 + timedelta(hours=1))
    assert "blocked" in result.outcome and forwarded == 0 and outbox(ctx, before) == []
    # An urgent one from them reaches the coordinators, and only them; still unconfirmed.
    result, _ = take(ctx, mail("ik wil dood", "x", 3), t0 + timedelta(hours=2))
    assert [(k, r) for k, r, _ in outbox(ctx, before)] == [("forward", CORA)]
    # After 24 hours the block has ended by itself.
    before = last_id(ctx)
    result, forwarded = take(ctx, mail("hoi nog eens", "y", 4), t0 + timedelta(hours=25))
    # Confirmed again, and given to one volunteer on duty (not Vera: she holds the first).
    assert "blocked" not in result.outcome and forwarded == 1
    assert [k for k, _, _ in outbox(ctx, before)].count("confirmation") == 1
    assert [r for k, r, _ in outbox(ctx, before) if k == "forward"] == [KOBE]
    from mailhandler.transcripts import audit_log

    (entry,) = [e for e in audit_log(ctx.store) if e.action == "block"]
    assert entry.conversation == first.pseudonym and SEEKER not in (entry.reason or "")


def test_unblock_lifts_the_block_and_needs_a_reason(ctx: Context) -> None:
    first, _ = take(ctx, mail("hoi"), utcnow())
    assert first.pseudonym is not None
    with pytest.raises(blocks.ReasonRequired):
        blocks.block(ctx.store, first.pseudonym, blocks.period("7d"), "coord", " ")
    blocks.block(ctx.store, first.pseudonym, blocks.period("7d"), "coord", "misbruik")
    assert "blocked" in take(ctx, mail("x", number=2), utcnow())[0].outcome
    assert blocks.unblock(ctx.store, first.pseudonym, "coord", "afgesproken") == 1
    assert "blocked" not in take(ctx, mail("y", number=3), utcnow())[0].outcome
    assert blocks.blocks(ctx.store) == []


@pytest.mark.parametrize(("text", "ok"), [("24h", True), ("7d", True), ("5y", True),
                                          ("2w", True), ("6y", False), ("0h", False),
                                          ("forever", False)])
def test_a_block_lasts_from_an_hour_to_five_years(text: str, ok: bool) -> None:
    if ok:
        assert blocks.period(text) <= timedelta(days=5 * 365)
    else:
        with pytest.raises(ValueError):
            blocks.period(text)


# --- configuration ----------------------------------------------------------------------------

@pytest.mark.parametrize(("line", "key"), [
    ('reading_hours = ["mon-fri 9-17"]', "urgent.reading_hours"),
    ('reading_hours = ["maandag 09:00-17:00"]', "urgent.reading_hours"),
    ('phrases = ["~2 dood"]', "urgent.phrases"),
    ("detect = 1", "urgent.detect"),
    ("crisis = \"x\"", "urgent.crisis"),
])
def test_a_wrong_urgent_setting_is_an_error_naming_the_key(tmp_path: Path, line: str,
                                                           key: str) -> None:
    config = write_config(tmp_path, free_port(), "maildir:x", f"[urgent]\n{line}\n")
    with pytest.raises(ConfigError) as err:
        load_config(config)
    assert err.value.key == key


def test_the_year_end_wipe_ends_every_block(ctx: Context) -> None:
    from mailhandler.jobs.wipe import wipe

    first, _ = take(ctx, mail("hoi"), utcnow())
    assert first.pseudonym is not None
    blocks.block(ctx.store, first.pseudonym, blocks.period("5y"), "coord", "misbruik")
    assert blocks.blocks(ctx.store) != []
    wipe(ctx.store, ctx.cfg)
    assert blocks.blocks(ctx.store) == []
    # The sender writes again: a new conversation, confirmed and forwarded as any other
    # (to one volunteer on duty).
    result, forwarded = take(ctx, mail("hoi", number=2), utcnow())
    assert "blocked" not in result.outcome and forwarded == 1


def test_block_on_the_command_line_refuses_a_wrong_period_or_a_missing_reason(
        ctx: Context, capsys: pytest.CaptureFixture[str]) -> None:
    from mailhandler.cli import main

    first, _ = take(ctx, mail("hoi"), utcnow())
    assert first.pseudonym is not None
    config = ["--config", ctx.cfg.source]
    assert main([*config, "block", first.pseudonym, "--for", "forever", "--reason", "x"]) == 2
    assert main([*config, "block", first.pseudonym, "--for", "7d"]) == 2
    assert main([*config, "block", "NOSUCH", "--for", "7d", "--reason", "x"]) == 1
    assert main([*config, "unblock", first.pseudonym]) == 2
    err = capsys.readouterr().err
    assert "forever" in err and "needs a reason" in err and "no conversation NOSUCH" in err
    assert blocks.blocks(ctx.store) == []


# --- with volunteers on duty (i18-duty) ---------------------------------------------------------

def test_under_duty_an_urgent_mail_reaches_the_coordinators_and_the_one_on_duty(
        ctx: Context) -> None:
    from mailhandler.cli import main

    assert main(["--config", ctx.cfg.source, "volunteer", "on", VERA]) == 0
    before = last_id(ctx)
    result, forwarded = take(ctx, mail("ik wil dood"), utcnow())
    # Nobody coordinates on duty by pin or roster: every coordinator counts as on duty.
    assert [r for k, r, _ in outbox(ctx, before) if k == "forward"] == [CORA, VERA]
    with ctx.store.reading() as s:
        conv = s.get(Conversation, result.conversation_id)
        assert conv is not None and conv.urgent and conv.waiting_since is not None
        vera = ctx.store.volunteer_by_address(s, VERA)
        assert vera is not None and conv.owner_id == vera.id


def test_under_duty_a_blocked_sender_is_given_to_nobody_and_never_queued(
        ctx: Context) -> None:
    from mailhandler.cli import main
    from mailhandler.jobs.duty import run_duty

    first, _ = take(ctx, mail("hoi"), utcnow())
    assert first.pseudonym is not None
    blocks.block(ctx.store, first.pseudonym, blocks.period("7d"), "coord", "misbruik")
    assert main(["--config", ctx.cfg.source, "volunteer", "on", KOBE]) == 0
    before = last_id(ctx)
    new, _ = take(ctx, mail("jullie ...", "nieuw", 2), utcnow())  # a new conversation
    urgent, _ = take(ctx, mail("ik wil dood", "x", 3), utcnow())
    assert "blocked" in new.outcome and "blocked" in urgent.outcome
    run_duty(ctx, utcnow() + timedelta(minutes=1))  # the queue is given out: not these
    assert [(k, r) for k, r, _ in outbox(ctx, before)] == [("forward", CORA)]
    with ctx.store.reading() as s:
        for result in (new, urgent):
            conv = s.get(Conversation, result.conversation_id)
            assert conv is not None and conv.owner_id is None and conv.waiting_since is None
