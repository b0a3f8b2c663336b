"""Volunteers' copies are purged and wiped too: their mailboxes on the helpline's Dovecot.

The rule (core/mailbox_match) on headers, the configuration, and then the whole way:
a real daemon forwards through a real SMTP smarthost, exactly what it sent is appended
to the volunteers' mailboxes on a real Dovecot (and their answers to their Sent folder,
as their mail client does), and `mailhandler purge` / `wipe --yes` log in through
Dovecot's master user and take the helpline's mail away, and nothing else.
"""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Iterator
from datetime import datetime
from email import message_from_bytes
from email.parser import BytesHeaderParser
from email.policy import compat32
from pathlib import Path

import pytest
from sqlalchemy import update

from mailhandler.config import ConfigError, load_config
from mailhandler.core.mailbox_match import is_helpline_mail, names_any, traces
from mailhandler.store.models import Conversation
from tests import queries
from tests.conftest import (
    DOMAIN,
    HELPLINE,
    PRIVACY,
    Daemon,
    Delivered,
    Smarthost,
    add_volunteers,
    fixture_bytes,
    wait_for,
    write_config,
)
from tests.dovecot import Dovecot, make_dovecot
from tests.test_spine import KOBE, SEEKER, VOLUNTEER, alias_of, volunteer_reply

VERA = VOLUNTEER
OWN = frozenset({HELPLINE, PRIVACY})
OTHER_SEEKER = "lien.maes@thuis-maes.example"


def _traces(raw: str):  # -> Traces
    return traces(BytesHeaderParser(policy=compat32).parsebytes(raw.encode()))


# --- the rule, on headers ---------------------------------------------------------------------


def test_a_forward_a_notice_and_an_answer_to_an_alias_are_the_helplines_mail() -> None:
    forward = _traces("From: K7Q via Lumi <c.abcdefghijklmnopqrstuvwxyzab@lumi.example>\n"
                      "To: vera@vrijwilligers.example\nMessage-ID: <aaaa@lumi.example>\n\n")
    notice = _traces("From: Lumi <hulp@lumi.example>\nTo: kobe@vrijwilligers.example\n\n")
    answer = _traces("From: Vera <vera@vrijwilligers.example>\n"
                     "To: c.abcdefghijklmnopqrstuvwxyzab@lumi.example\n"
                     "Message-ID: <x1@vera-laptop.example>\n\n")
    quoted = _traces("From: vera@vrijwilligers.example\nTo: kobe@vrijwilligers.example\n"
                     "References: <x0@elders.example>\n <zzzz@lumi.example>\n\n")
    for found in (forward, notice, answer, quoted):
        assert is_helpline_mail(found, OWN, DOMAIN)


def test_a_volunteers_own_mail_and_lookalike_domains_are_not() -> None:
    friend = _traces("From: An <an@vrienden.example>\nTo: vera@vrijwilligers.example\n"
                     "Message-ID: <1@vrienden.example>\n\n")
    lookalike = _traces("From: nieuws@lumi.example.org\nTo: vera@vrijwilligers.example\n"
                        "Message-ID: <2@notlumi.example>\n\n")
    broken = _traces("From: \"unclosed <\nTo: ,,,@\nReferences: <<>>\n\n")
    for found in (friend, lookalike, broken):
        assert not is_helpline_mail(found, OWN, DOMAIN)


def test_a_conversations_mail_is_found_by_its_message_ids_or_its_alias_only() -> None:
    needles = {"<aaaa@lumi.example>", "c.abcdefghijklmnopqrstuvwxyzab@lumi.example"}
    reply = _traces("From: vera@vrijwilligers.example\nIn-Reply-To: <AAAA@lumi.example>\n\n")
    to_alias = _traces("To: C.abcdefghijklmnopqrstuvwxyzab@LUMI.example\n\n")
    other = _traces("From: c.bbbbbbbbbbbbbbbbbbbbbbbbbbbb@lumi.example\n"
                    "Message-ID: <bbbb@lumi.example>\n\n")
    assert names_any(reply, needles) and names_any(to_alias, needles)
    assert not names_any(other, needles)


@pytest.mark.parametrize(("language", "words"), [
    ("nl", ["persoonlijke mailbox", "Verwijder deze mail", "Verzonden", "prullenbak"]),
    ("fr", ["boîte personnelle", "Supprime", "envoyés", "corbeille"]),
    ("en", ["personal mailbox", "delete this mail", "Sent", "Trash"]),
])
def test_the_note_under_each_forward_asks_a_volunteer_on_a_personal_mailbox_to_delete_it(
        language: str, words: list[str]) -> None:
    from mailhandler.texts import SAMPLE_CONTEXT, Texts

    _, note = Texts(language).mail("forward_note", **SAMPLE_CONTEXT)
    for word in words:
        assert word in note
    assert "Lumi" in note


# --- the configuration ----------------------------------------------------------------------


def _mailbox_config(tmp_path: Path, table: str) -> Path:
    return write_config(tmp_path, 2525, "maildir:var/outbox",
                        extra=f"[volunteer_mailboxes]\n{table}")


def test_the_master_login_is_the_volunteer_the_separator_and_the_master_user(
        tmp_path: Path) -> None:
    secret = tmp_path / "master"
    secret.write_text("a-long-master-password-0123\n")
    cfg = load_config(_mailbox_config(tmp_path, (
        f'host = "127.0.0.1"\ntls = false\ndomains = ["Vrijwilligers.example"]\n'
        f'master_user = "mailhandler"\nmaster_password_file = "{secret}"\n')))
    mb = cfg.volunteer_mailboxes
    assert mb is not None and mb.port == 143 and mb.folders == ("all",)
    assert mb.master_password == "a-long-master-password-0123"
    assert mb.holds(VERA) and not mb.holds("cora@coord.example")
    assert mb.login_of(VERA) == "vera@vrijwilligers.example*mailhandler"
    assert "0123" not in repr(mb)  # the password stays out of reprs and tracebacks


@pytest.mark.parametrize(("table", "key", "problem"), [
    ('host = "h"\ndomains = ["v.example"]\nmaster_user = "m"\n',
     "volunteer_mailboxes.master_password", "missing"),
    ('host = "h"\nmaster_user = "m"\nmaster_password = "0123456789abcdefgh"\n',
     "volunteer_mailboxes.domains", "missing"),
    ('host = "h"\ndomains = ["v.example"]\nmaster_user = "m"\n'
     'master_password = "0123456789abcdefgh"\nlogin = "name"\n',
     "volunteer_mailboxes.login", "must be one of"),
    ('host = "h"\ndomains = ["v.example"]\nmaster_user = "m"\n'
     'master_password = "0123456789abcdefgh"\nfolder = ["INBOX"]\n',
     "volunteer_mailboxes.folder", "unknown key"),
])
def test_a_mistake_in_the_table_names_its_key(tmp_path: Path, table: str, key: str,
                                              problem: str) -> None:
    with pytest.raises(ConfigError) as caught:
        load_config(_mailbox_config(tmp_path, table))
    assert caught.value.key == key and problem in caught.value.problem


# --- the whole way, with a real Dovecot ---------------------------------------------------------

MASTER = "mailhandler"


@pytest.fixture
def mailboxes() -> Iterator[Dovecot]:
    server = make_dovecot(users={VERA: "vera-password-123", KOBE: "kobe-password-123"},
                          master_user=MASTER)
    try:
        yield server.start()
    finally:
        server.stop()
        shutil.rmtree(server.root, ignore_errors=True)


def _daemon(make_daemon, tmp_path: Path, server: Dovecot,
            database: str | None = None) -> Daemon:
    secret = tmp_path / "dovecot-master"
    secret.write_text(server.master_password + "\n")
    daemon = make_daemon(database=database, extra_config=f"""
        [volunteer_mailboxes]
        host = "127.0.0.1"
        port = {server.port}
        tls = false
        domains = ["vrijwilligers.example"]
        master_user = "{MASTER}"
        master_password_file = "{secret}"
        """)
    add_volunteers(daemon.config)  # Vera and Kobe on the Dovecot, Cora on a mailbox of hers
    return daemon.start()


def _second_seeker_mail() -> bytes:
    return (f"From: Lien Maes <{OTHER_SEEKER}>\nTo: {HELPLINE}\nSubject: Mijn ouders\n"
            "Message-ID: <lien-1@thuis-maes.example>\nDate: Mon, 30 Nov 2026 15:00:00 +0100\n"
            "Content-Type: text/plain; charset=utf-8\n\n"
            "Ik durf het niet aan mijn ouders te zeggen.\n").encode()


def _seeker_mail(n: int) -> tuple[str, bytes]:
    """A new conversation from a sender of its own: (sender, mail)."""
    sender = f"schrijver{n}@thuis.example"
    return sender, (f"From: Schrijver {n} <{sender}>\nTo: {HELPLINE}\nSubject: Vraag {n}\n"
                    f"Message-ID: <vraag-{n}@thuis.example>\n"
                    "Content-Type: text/plain; charset=utf-8\n\n"
                    f"Ik heb een vraag, nummer {n}.\n").encode()


def _forward_of(smarthost: Smarthost, user: str, pseudonym: str) -> Delivered:
    """The forward of conversation `pseudonym` that reached `user` (waiting for it)."""
    return wait_for(lambda: [d for d in smarthost.to(user) if d.message["Reply-To"]
                             and _pseudonym(d) == pseudonym], 15, "a forward")[0]


def _message_id(raw: bytes) -> str:
    return str(message_from_bytes(raw)["Message-ID"]).strip()


def _ids(server: Dovecot, folder: str, user: str) -> set[str]:
    return {_message_id(raw) for raw in server.messages(folder, user)}


def _deliver(server: Dovecot, smarthost: Smarthost, done: set[int]) -> None:
    """What the outbox sent to Vera and Kobe, into their INBOX, as their server would."""
    for number, mail in enumerate(list(smarthost.received)):
        if number in done:
            continue
        done.add(number)
        for rcpt in mail.rcpts:
            if rcpt in (VERA, KOBE):
                server.append("INBOX", mail.data, user=rcpt)


def _answer(daemon: Daemon, server: Dovecot, forward: Delivered, sender: str) -> str:
    """A volunteer answers the forward: sent to the alias, and kept in their Sent folder."""
    reply = volunteer_reply(forward, sender=sender, display=sender.split("@")[0].title(),
                            body="Fijn dat je schrijft.\n")
    daemon.send(sender, [alias_of(forward)], reply)
    server.append("Sent", re.sub(rb"\r?\n", b"\r\n", reply), user=sender)
    return _message_id(reply)


def _pseudonym(forward: Delivered) -> str:
    return str(forward.message["From"].addresses[0].display_name).split(" via ")[0]


def _own_mail(server: Dovecot) -> set[str]:
    """A volunteer's mail that has nothing to do with the helpline, in INBOX and Sent."""
    mails = {
        ("INBOX", "<weekend@vrienden.example>"):
            "From: An <an@vrienden.example>\nTo: vera@vrijwilligers.example\nSubject: Zaterdag",
        ("INBOX", "<letter-7@lumi.example.org>"):
            "From: Nieuws <nieuws@lumi.example.org>\nTo: vera@vrijwilligers.example\n"
            "Subject: Nieuwsbrief",
        ("Sent", "<antwoord@vrijwilligers.example>"):
            "From: vera@vrijwilligers.example\nTo: an@vrienden.example\nSubject: Re: Zaterdag",
    }
    for (folder, message_id), headers in mails.items():
        server.append(folder, f"{headers}\r\nMessage-ID: {message_id}\r\n\r\nTot dan!\r\n"
                      .replace("\n", "\r\n").replace("\r\r", "\r").encode(), user=VERA)
    return {message_id for _, message_id in mails}


def _helpline_mail_left(server: Dovecot, user: str) -> list[str]:
    parser = BytesHeaderParser(policy=compat32)
    return [_message_id(raw) for raw in server.all_messages(user)
            if is_helpline_mail(traces(parser.parsebytes(raw)), OWN, DOMAIN)]


def _files_naming_the_helpline(server: Dovecot, user: str) -> list[Path]:
    """Mail files on the server's disk that still name the helpline's domain."""
    maildir = server.root / "mail" / user / "Maildir"
    pattern = re.compile(rb"@lumi\.example(?![.\w-])")
    return [p for p in maildir.rglob("*") if p.is_file() and p.parent.name in ("cur", "new", "tmp")
            and pattern.search(p.read_bytes())]


def _status(daemon: Daemon) -> dict:
    result = daemon.cli("status", "--format", "json", check=False)
    return json.loads(result.stdout)


@pytest.mark.slow
@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_the_purge_and_the_wipe_empty_the_volunteers_mailboxes_of_the_helplines_mail(
        make_daemon, smarthost: Smarthost, mailboxes: Dovecot, tmp_path: Path,
        backend: str, request: pytest.FixtureRequest) -> None:
    server = mailboxes
    database = (request.getfixturevalue("pg_url") if backend == "postgresql"
                else f"sqlite:///{tmp_path / 'var' / 'mailhandler.db'}")
    daemon = _daemon(make_daemon, tmp_path, server, database)
    # Conversation A goes to Vera, B to Kobe (one volunteer each); both answer.
    daemon.send(SEEKER, [HELPLINE], fixture_bytes("spine/seeker_gmail.eml"))
    a_vera = smarthost.wait_to(VERA)[0]
    daemon.send(OTHER_SEEKER, [HELPLINE], _second_seeker_mail())
    b_kobe = smarthost.wait_to(KOBE)[0]
    a_vera_answer = _answer(daemon, server, a_vera, VERA)
    b_kobe_answer = _answer(daemon, server, b_kobe, KOBE)
    smarthost.wait_to(SEEKER, 2)
    smarthost.wait_to(OTHER_SEEKER, 2)
    # A coordinator gives A to Kobe too: a notice and its mail through his own alias.
    a = _pseudonym(a_vera)
    assert daemon.cli("queue", "assign", a, KOBE).returncode == 0
    a_kobe = _forward_of(smarthost, KOBE, a)
    given = wait_for(lambda: [d for d in smarthost.to(KOBE) if not d.message["Reply-To"]
                              and a in str(d.message["Subject"])], 15, "the notice")[0]
    a_kobe_answer = _answer(daemon, server, a_kobe, KOBE)
    smarthost.wait_to(SEEKER, 3)
    a_vera_late = _answer(daemon, server, a_vera, VERA)  # too late: Kobe has it now
    taken = wait_for(lambda: [d for d in smarthost.to(VERA) if not d.message["Reply-To"]
                              and "andere vrijwilliger" in d.message.get_content()],
                     15, "the notice that a colleague has it")[0]
    assert taken.message["Auto-Submitted"] == "auto-generated"
    delivered: set[int] = set()
    _deliver(server, smarthost, delivered)
    own = _own_mail(server)
    a_mails = {_message_id(d.data) for d in (a_vera, a_kobe, given, taken)}
    assert a_mails <= _ids(server, "INBOX", VERA) | _ids(server, "INBOX", KOBE)
    assert {a_vera_answer, a_vera_late} <= _ids(server, "Sent", VERA)
    assert a_kobe_answer in _ids(server, "Sent", KOBE)

    # Conversation A is older than the retention period; B is not.
    with queries.writing(database) as s:
        s.execute(update(Conversation).where(Conversation.pseudonym == _pseudonym(a_vera))
                  .values(last_activity_at=datetime(2020, 1, 1)))
    purged = daemon.cli("purge")
    assert "conversations: 1" in purged.stdout
    assert "volunteer mailboxes cleaned: 2" in purged.stdout, purged.stdout

    vera_inbox, kobe_inbox = _ids(server, "INBOX", VERA), _ids(server, "INBOX", KOBE)
    assert not a_mails & (vera_inbox | kobe_inbox)  # forwards and the notices
    assert _message_id(b_kobe.data) in kobe_inbox
    assert not {a_vera_answer, a_vera_late} & _ids(server, "Sent", VERA)
    assert a_kobe_answer not in _ids(server, "Sent", KOBE)
    assert b_kobe_answer in _ids(server, "Sent", KOBE)
    assert own <= _ids(server, "INBOX", VERA) | _ids(server, "Sent", VERA)
    assert _status(daemon)["volunteer_mailboxes"]["to_clean"] == 0

    dry = daemon.cli("wipe", "--dry-run")
    assert "volunteer mailboxes: 2" in dry.stdout  # Vera and Kobe; not Cora's own mailbox
    assert _ids(server, "INBOX", KOBE) >= {_message_id(b_kobe.data)}
    wiped = daemon.cli("wipe", "--yes")
    assert "volunteer mailboxes cleaned: 2" in wiped.stdout, wiped.stdout
    for user in (VERA, KOBE):
        assert _helpline_mail_left(server, user) == []
        assert _files_naming_the_helpline(server, user) == []
    left = _ids(server, "INBOX", VERA) | _ids(server, "Sent", VERA)
    assert left == own
    for output in (purged.stdout + purged.stderr, wiped.stdout + wiped.stderr, daemon.log()):
        assert VERA not in output and KOBE not in output
    assert daemon.stop() == 0


@pytest.mark.slow
def test_a_mailbox_server_that_is_down_is_reported_and_cleaned_later_sparing_newer_mail(
        make_daemon, smarthost: Smarthost, mailboxes: Dovecot, tmp_path: Path) -> None:
    server = mailboxes
    daemon = _daemon(make_daemon, tmp_path, server)
    # Two conversations: one to Vera, one to Kobe (each goes to one volunteer on duty).
    daemon.send(SEEKER, [HELPLINE], fixture_bytes("spine/seeker_gmail.eml"))
    sender, raw = _seeker_mail(1)
    daemon.send(sender, [HELPLINE], raw)
    before = [smarthost.wait_to(VERA)[0], smarthost.wait_to(KOBE)[0]]
    delivered: set[int] = set()
    _deliver(server, smarthost, delivered)
    server.stop()

    wiped = daemon.cli("wipe", "--yes")
    assert "volunteer mailboxes failed: 2" in wiped.stdout, wiped.stdout
    status = daemon.cli("status", check=False)
    assert status.returncode == 1
    assert "2 volunteer mailboxes not cleaned" in status.stdout
    assert _status(daemon)["volunteer_mailboxes"] | {"oldest_seconds": 0} == {
        "to_clean": 2, "failing": 2, "oldest_seconds": 0}

    # Mail of a conversation that began after the wipe reaches the mailboxes meanwhile.
    server.start()
    # Three new conversations (the wipe left none open): one each to Vera, Kobe and Cora.
    for n in (2, 3, 4):
        sender, raw = _seeker_mail(n)
        daemon.send(sender, [HELPLINE], raw)
    after = [smarthost.wait_to(VERA, 2)[1], smarthost.wait_to(KOBE, 2)[1]]
    _deliver(server, smarthost, delivered)

    retried = daemon.cli("purge")  # a purge (or the scheduler, later) tries them again
    assert "volunteer mailboxes cleaned: 2" in retried.stdout, retried.stdout
    for mail, user in zip(before, (VERA, KOBE), strict=True):
        assert _message_id(mail.data) not in _ids(server, "INBOX", user)
    for mail, user in zip(after, (VERA, KOBE), strict=True):
        assert _message_id(mail.data) in _ids(server, "INBOX", user)
    assert daemon.cli("status", check=False).returncode == 0
    for output in (wiped.stdout + wiped.stderr, status.stdout, retried.stdout, daemon.log()):
        assert VERA not in output and KOBE not in output
    assert daemon.stop() == 0


@pytest.mark.slow
def test_check_config_tries_the_master_login_and_the_scheduler_retries_failed_mailboxes(
        mailboxes: Dovecot, tmp_path: Path) -> None:
    from datetime import timedelta

    from mailhandler.cli import main
    from mailhandler.context import open_store
    from mailhandler.jobs.scheduler import Scheduler
    from mailhandler.jobs.wipe import wipe
    from mailhandler.status import read_status
    from mailhandler.store.db import utcnow
    from tests.conftest import run_cli

    server = mailboxes
    secret = tmp_path / "dovecot-master"
    secret.write_text(server.master_password + "\n")
    table = (f'host = "127.0.0.1"\nport = {server.port}\ntls = false\n'
             f'domains = ["vrijwilligers.example"]\nmaster_user = "{MASTER}"\n'
             f'master_password_file = "{secret}"\n')
    config = _mailbox_config(tmp_path, table)
    assert main(["--config", str(config), "volunteer", "add", VERA, "--nickname", "Vera"]) == 0
    checked = run_cli(config, "check-config", check=False)
    assert (f"ok    volunteer mailboxes: 127.0.0.1:{server.port}, the master user logs in as "
            "volunteer 1") in checked.stdout, checked.stdout
    secret.write_text("not-the-master-password-at-all\n")
    refused = run_cli(config, "check-config", check=False)
    assert refused.returncode == 1 and "FAIL  volunteer mailboxes: LoginError" in refused.stdout
    assert VERA not in refused.stdout + refused.stderr
    secret.write_text(server.master_password + "\n")
    # A volunteer who left, and whose account on the Dovecot was deleted with them.
    gone = ["--config", str(config), "volunteer"]
    assert main([*gone, "add", "jo@vrijwilligers.example", "--nickname", "Jo"]) == 0
    assert main([*gone, "remove", "jo@vrijwilligers.example"]) == 0

    cfg = load_config(config)
    store = open_store(cfg)
    forward = ("From: K7Q via Lumi <c.abcdefghijklmnopqrstuvwxyzab@lumi.example>\r\n"
               f"To: {VERA}\r\nMessage-ID: <aaaabbbbccccddddeeeeffff@lumi.example>\r\n"
               "Subject: [K7Q] Vraag\r\n\r\nIk ben verliefd.\r\n")
    server.append("INBOX", forward.encode(), user=VERA)
    own = _own_mail(server)
    server.stop()
    started = utcnow()
    # Jo's row went with `volunteer remove` (nothing of a removed volunteer is kept): the
    # wipe tries only Vera's mailbox, which fails while the server is down.
    assert wipe(store, cfg)["volunteer_mailboxes_failed"] == 1
    server.start()
    moment = [started + timedelta(minutes=1)]
    scheduler = Scheduler(cfg, store, clock=lambda: moment[0])
    scheduler.run_due()  # the next try is 5 minutes after the failure: not yet
    assert "<aaaabbbbccccddddeeeeffff@lumi.example>" in _ids(server, "INBOX", VERA)
    assert read_status(store, cfg, "test").problems() == ["1 volunteer mailboxes not cleaned"]
    moment[0] = started + timedelta(minutes=6)
    scheduler.run_due()
    assert _helpline_mail_left(server, VERA) == []
    assert _ids(server, "INBOX", VERA) | _ids(server, "Sent", VERA) == own
    assert read_status(store, cfg, "test").problems() == []
    store.engine.dispose()
