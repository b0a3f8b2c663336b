"""Mail fetched by IMAP goes through exactly the same pipeline as SMTP mail.

End to end: the real daemon, a real Dovecot (tests/dovecot.py) with its own
configuration, and the aiosmtpd smarthost. Each mail is processed exactly once
(one confirmation per sender, one forward per volunteer), is removed from the
server (or moved to the processed folder) only after it is stored, and survives
restarts, kill -9 and the server going away.
"""

from __future__ import annotations

import re
import shutil
import threading
import time
import uuid
from collections.abc import Iterator
from typing import Any

import pytest

from mailhandler.config import load_config, parse_config
from mailhandler.context import open_store
from mailhandler.core.message import parse
from mailhandler.inbound.imap import ImapFetcher, imap_envelope
from mailhandler.store.models import InboundMail
from tests import queries
from tests.conftest import (
    DOMAIN,
    HELPLINE,
    PRIVACY,
    Daemon,
    Smarthost,
    add_volunteers,
    fixture_bytes,
    pseudonym_of,
    team_forwards,
    wait_for,
    wait_team_forwards,
)
from tests.dnsserver import shared_dns
from tests.dovecot import Dovecot, dovecot, make_dovecot  # noqa: F401  (dovecot: a fixture)
from tests.test_authentication import AR_PASS
from tests.test_spine import alias_of, volunteer_reply

VERA = "vera@vrijwilligers.example"
KOBE = "kobe@vrijwilligers.example"
CORA = "cora@coord.example"
FIXTURE_SENDER = b"sam.peeters@gezin-peeters.example"
SUBJECT = "Vraag over mijn vriend"


def crlf(raw: bytes) -> bytes:
    return re.sub(rb"\r?\n", b"\r\n", raw)


def seeker_mail(sender: str, return_path: bool = True) -> bytes:
    """The spine's first mail, from `sender`, with a Message-ID of its own."""
    raw = fixture_bytes("spine/seeker_gmail.eml").replace(FIXTURE_SENDER, sender.encode())
    raw = raw.replace(b"CAF3kq9-seeker-first", f"imap-{uuid.uuid4().hex}".encode())
    if not return_path:
        raw = re.sub(rb"^Return-Path: .*\n", b"", raw)
    return crlf(raw)


def sender(n: int) -> str:
    return f"jonas.{n}@gezin-{n}.example"


def imap_config(server: Dovecot, poll_seconds: int = 1, processed_folder: str | None = None,
                ) -> str:
    extra = f'processed_folder = "{processed_folder}"\n' if processed_folder else ""
    return (f'\n[inbound.imap]\nhost = "{server.host}"\nport = {server.port}\ntls = false\n'
            f'username = "{server.user}"\npassword = "{server.password}"\n'
            f"poll_seconds = {poll_seconds}\n{extra}")


def connected(daemon: Daemon, times: int = 1) -> None:
    wait_for(lambda: daemon.log().count("imap: connected") >= times, 20,
             "the fetcher to connect")


def start(make_daemon, server: Dovecot, *args: str, **imap: object) -> Daemon:
    daemon = make_daemon(extra_config=imap_config(server, **imap))  # type: ignore[arg-type]
    add_volunteers(daemon.config)
    daemon.start(*args)
    connected(daemon)
    return daemon


def count(daemon: Daemon, *where: Any) -> int:
    """Stored mails (matching `where`); 0 while the database has no tables yet."""
    return queries.count_if_there(daemon, InboundMail, *where)


def assert_exactly_once(smarthost: Smarthost, senders: list[str]) -> None:
    """One confirmation per sender, and one forward per mail, to one volunteer."""
    for address in senders:
        confirmations = smarthost.to(address)
        assert len(confirmations) == 1, f"{len(confirmations)} confirmations to one sender"
        assert confirmations[0].message["Auto-Submitted"] == "auto-replied"
    forwards = team_forwards(smarthost, (VERA, KOBE, CORA))
    assert len(forwards) == len(senders)
    assert len({pseudonym_of(d) for d in forwards}) == len(senders)  # each its own conversation
    assert len({d.message["Message-ID"] for d in forwards}) == len(senders)


def wait_forwarded(smarthost: Smarthost, count: int) -> None:
    """The team has the forwards (each to one volunteer): they go on a lane of their own,
    after the confirmations, and a daemon stopped before would leave them queued (not lost)
    for its next start."""
    wait_team_forwards(smarthost, count, 30, (VERA, KOBE, CORA))


def assert_log_clean(daemon: Daemon, senders: list[str]) -> None:
    text = daemon.log()
    for needle in [*senders, "gezin-", SUBJECT, "Sam", HELPLINE, VERA]:
        assert needle.lower() not in text.lower(), f"{needle!r} in the daemon log"


def wait_empty(server: Dovecot, folder: str = "INBOX") -> None:
    wait_for(lambda: server.messages(folder) == [], 15, "the server folder to be empty")


# --- the envelope of a fetched mail (pure) ---------------------------------------------------


@pytest.fixture(scope="module")
def cfg():
    return parse_config({"helpline": {
        "name": "Lumi", "address": HELPLINE, "privacy_address": PRIVACY, "domain": DOMAIN,
        "secret": "test-secret-0123456789abcdef"}}, "test")


def headers(text: str):
    return parse(crlf((text + "\nSubject: x\n\nbody\n").encode()))


def test_envelope_sender_is_the_return_path(cfg) -> None:
    env = imap_envelope(headers("Return-Path: <Bounce+x@Lists.example>\n"
                                "From: Sam <sam@gezin.example>"), cfg)
    assert env.mail_from == "bounce+x@lists.example"


def test_an_empty_return_path_is_the_null_sender(cfg) -> None:
    env = imap_envelope(headers("Return-Path: <>\nFrom: MAILER-DAEMON@mx.example"), cfg)
    assert env.mail_from == ""


def test_a_missing_return_path_is_not_the_null_sender_but_the_from_address(cfg) -> None:
    env = imap_envelope(headers("From: =?utf-8?q?evil=40x.example?= <sam@gezin.example>"), cfg)
    assert env.mail_from == "sam@gezin.example"


def test_the_topmost_return_path_wins(cfg) -> None:
    env = imap_envelope(headers("Return-Path: <final@mx.example>\n"
                                "Return-Path: <earlier@relay.example>\nFrom: a@b.example"), cfg)
    assert env.mail_from == "final@mx.example"


def test_recipients_are_our_addresses_from_the_delivery_headers(cfg) -> None:
    alias = f"c.abcdefgh23456723456723@{DOMAIN}"
    env = imap_envelope(headers(f"Return-Path: <v@x.example>\nDelivered-To: {HELPLINE}\n"
                                f"To: Lumi <{alias}>\nCc: vriendin@elders.example"), cfg)
    assert env.rcpts == (HELPLINE, alias)  # the router prefers the alias, as for SMTP
    env = imap_envelope(headers(f"X-Original-To: {PRIVACY}\nTo: undisclosed-recipients:;"), cfg)
    assert env.rcpts == (PRIVACY,)
    env = imap_envelope(headers("To: iemand@elders.example\nCc: info@lumi.example"), cfg)
    assert env.rcpts == (HELPLINE,)  # not ours anywhere (Bcc, a list): the mailbox's owner


# --- end to end ------------------------------------------------------------------------------


@pytest.mark.slow
def test_mail_waiting_before_the_daemon_starts_is_processed_once_and_removed(
        make_daemon, smarthost: Smarthost, dovecot: Dovecot) -> None:  # noqa: F811
    senders = [sender(n) for n in range(3)]
    for n, address in enumerate(senders):
        dovecot.append("INBOX", seeker_mail(address, return_path=n != 2))
    daemon = start(make_daemon, dovecot)
    for address in senders:  # the last one has no Return-Path: From gets the confirmation
        smarthost.wait_to(address)
    wait_forwarded(smarthost, 3)
    wait_empty(dovecot)
    assert daemon.stop() == 0
    assert_exactly_once(smarthost, senders)
    assert count(daemon, InboundMail.source == "imap") == 3
    mailboxes = queries.fetched_mailboxes(daemon)
    assert mailboxes == {f"{dovecot.user}@127.0.0.1:{dovecot.port}/INBOX"}
    assert_log_clean(daemon, senders)
    assert "imap: stored mail #1 (uid 1" in daemon.log()


@pytest.mark.slow
def test_mail_arriving_while_running_is_fetched_at_once_with_idle(
        make_daemon, smarthost: Smarthost, dovecot: Dovecot) -> None:  # noqa: F811
    # A long poll interval: only IDLE can bring these mails in within seconds.
    daemon = start(make_daemon, dovecot, poll_seconds=600)
    assert "waiting with IDLE" in daemon.log()
    time.sleep(0.5)  # past the first sweep, into IDLE
    senders = [sender(n) for n in range(2)]
    for address in senders:
        dovecot.append("INBOX", seeker_mail(address))
    for address in senders:
        # Completion long before the 600 s poll: only IDLE can have brought them in.
        # (60 s, not 10: on a loaded two-core machine 10 s was sometimes too short.)
        smarthost.wait_to(address, timeout=60)
    # Confirmations go on a lane of their own: the forwards may still be on their way.
    wait_forwarded(smarthost, len(senders))
    wait_empty(dovecot)
    assert daemon.stop() == 0
    assert_exactly_once(smarthost, senders)
    assert_log_clean(daemon, senders)


@pytest.mark.slow
def test_nothing_is_lost_or_duplicated_across_a_restart(
        make_daemon, smarthost: Smarthost, dovecot: Dovecot) -> None:  # noqa: F811
    senders = [sender(n) for n in range(4)]
    daemon = start(make_daemon, dovecot)
    for address in senders[:2]:
        dovecot.append("INBOX", seeker_mail(address))
    wait_forwarded(smarthost, 2)
    assert daemon.stop() == 0
    for address in senders[2:]:  # arrive while the daemon is down
        dovecot.append("INBOX", seeker_mail(address))
    daemon.start()
    wait_forwarded(smarthost, 4)
    wait_empty(dovecot)
    assert daemon.stop() == 0
    assert_exactly_once(smarthost, senders)
    assert count(daemon) == 4


@pytest.mark.slow
def test_kill_9_right_after_a_fetch_in_accept_only_mode_loses_and_duplicates_nothing(
        make_daemon, smarthost: Smarthost, dovecot: Dovecot) -> None:  # noqa: F811
    daemon = start(make_daemon, dovecot, "--accept-only")
    dovecot.append("INBOX", seeker_mail(sender(1)))
    wait_for(lambda: count(daemon) == 1, 30, "the fetch")
    daemon.kill()
    assert smarthost.received == []  # accept-only: stored, not processed
    daemon.start()
    smarthost.wait_to(sender(1))
    wait_forwarded(smarthost, 1)
    wait_empty(dovecot)
    assert daemon.stop() == 0
    assert_exactly_once(smarthost, [sender(1)])
    assert count(daemon) == 1


@pytest.mark.slow
def test_a_mail_stored_but_not_yet_removed_when_the_daemon_died_is_only_removed(
        make_daemon, smarthost: Smarthost, dovecot: Dovecot) -> None:  # noqa: F811
    """The worst moment to die, made deterministic: after the commit, before the expunge."""
    daemon = make_daemon(extra_config=imap_config(dovecot))
    add_volunteers(daemon.config)
    dovecot.append("INBOX", seeker_mail(sender(1)))
    cfg = load_config(daemon.config)
    store = open_store(cfg)
    stopping = threading.Event()

    class DiesAfterTheCommit:
        def __getattr__(self, name: str) -> object:
            return getattr(store, name)

        def accept(self, *args: object, **kwargs: object) -> int:  # commits, then "dies"
            store.accept(*args, **kwargs)  # type: ignore[arg-type]
            stopping.set()
            raise SystemError("the process dies here")

    ImapFetcher(cfg, DiesAfterTheCommit(), lambda: None, stopping).run()  # type: ignore[arg-type]
    store.engine.dispose()
    assert len(dovecot.messages()) == 1
    assert count(daemon) == 1

    daemon.start()
    wait_forwarded(smarthost, 1)
    wait_empty(dovecot)
    assert daemon.stop() == 0
    assert_exactly_once(smarthost, [sender(1)])
    assert count(daemon) == 1
    assert "imap: uid 1 was stored before, removing it from the server" in daemon.log()


@pytest.mark.slow
def test_new_mail_still_arrives_after_the_server_went_away_and_came_back(
        make_daemon, smarthost: Smarthost, dovecot: Dovecot) -> None:  # noqa: F811
    senders = [sender(n) for n in range(3)]
    daemon = start(make_daemon, dovecot)
    dovecot.append("INBOX", seeker_mail(senders[0]))
    smarthost.wait_to(senders[0])

    dovecot.stop()
    wait_for(lambda: daemon.log().count("imap: connection lost") >= 2, 20,
             "the fetcher to notice and retry")
    dovecot.start()
    dovecot.append("INBOX", seeker_mail(senders[1]))
    smarthost.wait_to(senders[1], timeout=30)
    connected(daemon, 2)

    dovecot.kill_connections()  # cut while waiting in IDLE: noticed, reconnected at once
    wait_for(lambda: daemon.log().count("imap: connected") >= 3, 20, "a reconnect")
    dovecot.append("INBOX", seeker_mail(senders[2]))
    smarthost.wait_to(senders[2])
    wait_empty(dovecot)
    wait_forwarded(smarthost, len(senders))
    assert daemon.stop() == 0
    assert_exactly_once(smarthost, senders)
    assert re.search(r"imap: connection lost \(\w+\), retrying in 2 s", daemon.log())
    assert_log_clean(daemon, senders)


@pytest.mark.slow
def test_with_a_processed_folder_the_mail_is_moved_there_unread(
        make_daemon, smarthost: Smarthost, dovecot: Dovecot) -> None:  # noqa: F811
    raw = seeker_mail(sender(1))
    dovecot.append("INBOX", raw)
    daemon = start(make_daemon, dovecot, processed_folder="Verwerkt")
    smarthost.wait_to(sender(1))
    wait_empty(dovecot)
    assert dovecot.messages("Verwerkt") == [raw]
    assert all(b"\\Seen" not in flags for flags in dovecot.flags("Verwerkt"))
    wait_forwarded(smarthost, 1)
    assert daemon.stop() == 0
    assert_exactly_once(smarthost, [sender(1)])


@pytest.fixture
def plain_dovecot() -> Iterator[Dovecot]:
    """A server without IDLE, MOVE and UIDPLUS: polling, COPY + \\Deleted + EXPUNGE."""
    server = make_dovecot(capabilities="IMAP4rev1 LITERAL+ SASL-IR ENABLE NAMESPACE")
    try:
        yield server.start()
    finally:
        server.stop()
        shutil.rmtree(server.root, ignore_errors=True)


@pytest.mark.slow
def test_a_server_without_idle_move_or_uidplus_is_polled_and_still_processed_once(
        make_daemon, smarthost: Smarthost, plain_dovecot: Dovecot) -> None:
    senders = [sender(n) for n in range(3)]
    for address in senders[:2]:
        plain_dovecot.append("INBOX", seeker_mail(address))
    daemon = start(make_daemon, plain_dovecot, processed_folder="Verwerkt")
    assert "polling every 1 s" in daemon.log()
    plain_dovecot.append("INBOX", seeker_mail(senders[2]))
    wait_forwarded(smarthost, 3)
    wait_empty(plain_dovecot)
    assert len(plain_dovecot.messages("Verwerkt")) == 3
    assert daemon.stop() == 0
    assert_exactly_once(smarthost, senders)


@pytest.mark.slow
def test_an_auto_reply_fetched_by_imap_gets_no_confirmation(
        make_daemon, smarthost: Smarthost, dovecot: Dovecot) -> None:  # noqa: F811
    dovecot.append("INBOX", crlf(fixture_bytes("auto/exchange-out-of-office.eml")))
    dovecot.append("INBOX", crlf(fixture_bytes("auto/sieve-vacation-auto-replied.eml")))
    dovecot.append("INBOX", seeker_mail(sender(1)))  # a person, as a marker
    daemon = start(make_daemon, dovecot)
    smarthost.wait_to(sender(1))
    wait_for(lambda: count(daemon, InboundMail.status == "done") == 3,
             15, "all three to be processed")
    assert daemon.stop() == 0
    confirmations = [d for d in smarthost.received if d.mail_from == "<>"
                     and d.message["Auto-Submitted"] == "auto-replied"]
    assert [d.rcpts for d in confirmations] == [[sender(1)]]
    outcomes = [mail.outcome for mail in queries.inbox(daemon)]
    assert all("confirmed" not in (outcome or "") for outcome in outcomes[:2])


@pytest.mark.slow
def test_a_volunteer_reply_fetched_by_imap_reaches_the_help_seeker(
        make_daemon, smarthost: Smarthost, dovecot: Dovecot) -> None:  # noqa: F811
    daemon = start(make_daemon, dovecot)
    dovecot.append("INBOX", seeker_mail(sender(1)))
    forward = smarthost.wait_to(VERA)[0]
    # A catch-all mailbox: delivered to the helpline's mailbox, addressed to the alias.
    # Fetched mail has no connecting client for SPF: Vera's provider's DKIM signature,
    # published in the tests' DNS, is what proves the answer is hers.
    import dkim

    from tests.test_authentication import LIEN_KEY, LIEN_PUBLIC

    shared_dns().publish_dkim_key("imap", "vrijwilligers.example", LIEN_PUBLIC)
    answer_bytes = crlf(volunteer_reply(forward))
    signed = dkim.sign(answer_bytes, b"imap", b"vrijwilligers.example",
                       LIEN_KEY, include_headers=[b"from", b"to", b"subject"],
                       canonicalize=(b"relaxed", b"relaxed")) + answer_bytes
    reply = crlf(f"Return-Path: <{VERA}>\nDelivered-To: {HELPLINE}\n".encode()) + signed
    dovecot.append("INBOX", reply)
    answer = smarthost.wait_to(sender(1), count=2)[1]
    assert answer.message["From"].addresses[0].addr_spec == HELPLINE
    assert "heel normaal" in answer.message.get_content()
    assert alias_of(forward) not in answer.data.decode(errors="replace")
    assert daemon.stop() == 0


# --- a hosted mailbox without a catch-all: aliases as sub-addresses ---------------------------


def test_subaddress_aliases_are_ours_and_carry_their_token() -> None:
    cfg = parse_config({"helpline": {
        "name": "Lumi", "address": HELPLINE, "privacy_address": PRIVACY, "domain": DOMAIN,
        "secret": "test-secret-0123456789abcdef", "alias_form": "subaddress"}}, "test")
    form = cfg.helpline.aliases
    token = "abcdefgh23456723456723ab"
    alias = form.address(token)
    assert alias == f"hulp+c.{token}@{DOMAIN}"
    assert form.token_of(alias) == token and form.token_of(alias.upper()) == token
    assert form.token_of(f"c.{token}@{DOMAIN}") is None  # not how this helpline writes them
    assert form.token_of(f"iemand+c.{token}@{DOMAIN}") is None  # someone else's mailbox
    bounce = form.bounce_address(f"<{'a' * 24}@{DOMAIN}>")
    assert bounce == f"hulp+b.{'a' * 24}@{DOMAIN}"
    assert form.message_id_of_bounce(bounce) == f"<{'a' * 24}@{DOMAIN}>"
    # Mail from a sub-address of ours is our own (a loop), never a help-seeker's.
    assert cfg.is_own(alias) and cfg.is_own(f"hulp+iets@{DOMAIN}")
    env = imap_envelope(headers(f"Delivered-To: {HELPLINE}\nTo: Lumi <{alias}>"), cfg)
    assert env.rcpts == (HELPLINE, alias)


@pytest.mark.slow
def test_with_subaddress_aliases_a_hosted_mailbox_without_catch_all_carries_the_conversation(
        make_daemon, smarthost: Smarthost, dovecot: Dovecot) -> None:  # noqa: F811
    # Only hulp@'s own mailbox exists: the provider delivers hulp+c.<token>@ into it.
    daemon = make_daemon(extra_config=imap_config(dovecot) + (
        '[authentication]\nmode = "trusted-mx"\ntrusted_authserv_id = "mx.provider.example"\n'))
    daemon.config.write_text(daemon.config.read_text().replace(
        f'domain = "{DOMAIN}"\n', f'domain = "{DOMAIN}"\nalias_form = "subaddress"\n', 1))
    add_volunteers(daemon.config)
    daemon.start()
    connected(daemon)
    seeker = sender(1)
    dovecot.append("INBOX", seeker_mail(seeker))
    forward = smarthost.wait_to(VERA)[0]
    alias = alias_of(forward)
    assert re.fullmatch(rf"hulp\+c\.[a-z2-7]+@{re.escape(DOMAIN)}", alias)
    assert forward.message["From"].addresses[0].addr_spec == alias
    # The volunteer answers; the provider checked their mail and says so in its header.
    reply = volunteer_reply(forward).decode()
    reply = (f"Delivered-To: {alias}\n" + AR_PASS.format(authserv="mx.provider.example")
             + reply)
    dovecot.append("INBOX", crlf(reply.encode()))
    answer = smarthost.wait_to(seeker, count=2)[-1]
    assert answer.message["From"].addresses[0].addr_spec == HELPLINE
    assert "Verliefd zijn op je beste vriend" in answer.message.get_body(("plain",)).get_content()
    wait_empty(dovecot)
    assert daemon.stop() == 0
