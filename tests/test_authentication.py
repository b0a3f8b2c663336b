"""Only a real volunteer speaks for the helpline: answers are authenticated against real DNS.

A real Unbound (tests/dnsserver.py) publishes SPF, DKIM and DMARC records for the test
domains; the daemon evaluates SPF, DKIM and alignment itself (or trusts one MX's
Authentication-Results), holds what fails, and signs what it sends.
"""

from __future__ import annotations

import os
import stat
import time
from collections.abc import Callable
from pathlib import Path

import dkim
import pytest

from tests import queries
from tests.conftest import (
    Daemon,
    Delivered,
    Smarthost,
    add_volunteers,
    pseudonym_of,
    run_cli,
    wait_team_forwards,
    write_config,
)
from tests.dnsserver import shared_dns
from tests.test_spine import SEEKER, VOLUNTEER, alias_of, first_mail, volunteer_reply

LIEN = "lien@dkim-team.example"  # her domain publishes no SPF: only DKIM can vouch for her


def _key() -> tuple[bytes, bytes]:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa

    from mailhandler.outbound.signing import public_key_der

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = key.private_bytes(serialization.Encoding.PEM,
                            serialization.PrivateFormat.TraditionalOpenSSL,
                            serialization.NoEncryption())
    return pem, public_key_der(pem)


LIEN_KEY, LIEN_PUBLIC = _key()
OTHER_KEY, OTHER_PUBLIC = _key()


def _signed(raw: bytes, key: bytes, domain: str = "dkim-team.example",
            selector: str = "s1") -> bytes:
    data = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return dkim.sign(data, selector.encode(), domain.encode(), key,
                     include_headers=[b"from", b"to", b"subject", b"message-id"]) + data


@pytest.fixture
def team_daemon(make_daemon: Callable[..., Daemon]) -> Daemon:
    dns = shared_dns()
    dns.publish_dkim_key("s1", "dkim-team.example", LIEN_PUBLIC)
    dns.publish_dkim_key("s1", "elders.example", OTHER_PUBLIC)
    d = make_daemon()
    add_volunteers(d.config)
    d.cli("volunteer", "add", LIEN, "--nickname", "Lien")
    return d.start()


def _outcomes(daemon: Daemon) -> list[str]:
    return [f"{mail.status} {mail.outcome}" for mail in queries.inbox(daemon)]


def _wait_outcome(daemon: Daemon, count: int) -> list[str]:
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        rows = _outcomes(daemon)
        if len(rows) >= count and not any(r.startswith(("new", "forwarding")) for r in rows):
            return rows
        time.sleep(0.1)
    raise AssertionError(f"not processed: {_outcomes(daemon)}")


def _given_to(daemon: Daemon, smarthost: Smarthost, who: str) -> Delivered:
    """The first mail's conversation (Vera's) given to `who` by a coordinator: their
    forward, after the notice saying why (so `who` holds two mails)."""
    _, to_vera = first_mail(daemon, smarthost)
    daemon.cli("queue", "assign", pseudonym_of(to_vera), who)
    return [d for d in smarthost.wait_to(who, count=2) if d.message["Reply-To"]][0]


def _lien_forward(daemon: Daemon, smarthost: Smarthost) -> Delivered:
    return _given_to(daemon, smarthost, LIEN)


@pytest.mark.slow
def test_an_answer_signed_with_the_published_key_is_relayed(
        team_daemon: Daemon, smarthost: Smarthost) -> None:
    forward = _lien_forward(team_daemon, smarthost)
    team_daemon.send(LIEN, [alias_of(forward)],
                     _signed(volunteer_reply(forward, sender=LIEN, display="Lien"), LIEN_KEY))
    assert len(smarthost.wait_to(SEEKER, count=2)) == 2
    assert _outcomes(team_daemon)[-1] == "done relayed"


@pytest.mark.slow
@pytest.mark.parametrize("how", ["unsigned", "other-key", "broken-signature", "misaligned"])
def test_an_answer_that_cannot_prove_its_sender_is_held_and_the_volunteer_told(
        how: str, team_daemon: Daemon, smarthost: Smarthost) -> None:
    forward = _lien_forward(team_daemon, smarthost)
    reply = volunteer_reply(forward, sender=LIEN, display="Lien",
                            body="Klik hier: https://phish.example/login\n")
    if how == "other-key":
        reply = _signed(reply, OTHER_KEY)
    elif how == "broken-signature":
        reply = _signed(reply, LIEN_KEY).replace(b"phish.example", b"phish.example/x")
    elif how == "misaligned":  # a valid signature, but of another domain than the From
        reply = _signed(reply, OTHER_KEY, domain="elders.example")
    team_daemon.send(LIEN, [alias_of(forward)], reply)
    notice = smarthost.wait_to(LIEN, count=3)[-1]
    assert "tegengehouden" in notice.message["Subject"]
    assert "phish" not in notice.data.decode(errors="replace")
    assert _wait_outcome(team_daemon, 2)[-1] == "quarantined auth-held:unauthenticated"
    time.sleep(0.5)
    assert len(smarthost.to(SEEKER)) == 1  # the confirmation only: nothing relayed
    listing = team_daemon.cli("quarantine", "list").stdout
    assert "auth-held:unauthenticated" in listing


@pytest.mark.slow
def test_an_answer_forged_from_here_for_a_domain_with_spf_elsewhere_is_held(
        make_daemon: Callable[..., Daemon], smarthost: Smarthost) -> None:
    d = make_daemon()
    add_volunteers(d.config)
    d.cli("volunteer", "add", "rik@bank.example", "--nickname", "Rik")
    d.start()
    forward = _given_to(d, smarthost, "rik@bank.example")
    d.send("rik@bank.example", [alias_of(forward)],
           volunteer_reply(forward, sender="rik@bank.example", display="Rik"))
    smarthost.wait_to("rik@bank.example", count=3)
    assert _wait_outcome(d, 2)[-1] == "quarantined auth-held:unauthenticated"


@pytest.mark.slow
def test_a_coordinators_exception_is_logged_and_lets_an_unaligned_signature_pass(
        team_daemon: Daemon, smarthost: Smarthost) -> None:
    added = team_daemon.cli("volunteer", "add", LIEN, "--nickname", "Lien",
                            "--no-dmarc-alignment")
    assert "audit log" in added.stderr
    assert "auth-exception" in team_daemon.cli("audit").stdout
    assert "no-dmarc-alignment" in team_daemon.cli("volunteer", "list").stdout
    forward = _lien_forward(team_daemon, smarthost)
    reply = _signed(volunteer_reply(forward, sender=LIEN, display="Lien"), OTHER_KEY,
                    domain="elders.example")
    team_daemon.send(LIEN, [alias_of(forward)], reply)
    smarthost.wait_to(SEEKER, count=2)


AR_PASS = ("Authentication-Results: {authserv}; spf=pass smtp.mailfrom=vera@vrijwilligers.example;"
           " dkim=pass header.d=vrijwilligers.example;"
           " dmarc=pass header.from=vrijwilligers.example\n")


@pytest.mark.slow
@pytest.mark.parametrize("authserv,relayed", [("mx.lumi.example", True),
                                               ("mx.elders.example", False)])
def test_trusted_authentication_results_count_only_with_the_configured_authserv_id(
        authserv: str, relayed: bool, make_daemon: Callable[..., Daemon],
        smarthost: Smarthost) -> None:
    d = make_daemon('[authentication]\nmode = "trusted-mx"\n'
                    'trusted_authserv_id = "mx.lumi.example"\n')
    add_volunteers(d.config)
    d.start()
    _, forward = first_mail(d, smarthost)
    reply = AR_PASS.format(authserv=authserv).encode() + volunteer_reply(forward)
    d.send(VOLUNTEER, [alias_of(forward)], reply)
    outcome = _wait_outcome(d, 2)[-1]
    assert outcome == ("done relayed" if relayed else "quarantined auth-held:unauthenticated")


@pytest.mark.slow
def test_forged_senders_get_no_confirmation_and_volunteers_are_warned(
        daemon: Daemon, smarthost: Smarthost) -> None:
    import smtplib

    with smtplib.SMTP("127.0.0.1", daemon.port) as client:
        for n in range(5):
            sender = f"klant{n}@bank.example"
            client.sendmail(sender, ["hulp@lumi.example"],
                            (f"From: <{sender}>\r\nTo: hulp@lumi.example\r\nSubject: hallo {n}\r\n"
                             f"Message-ID: <f{n}@bank.example>\r\n\r\nIk heb hulp nodig.\r\n"))
    forwards = wait_team_forwards(smarthost, 5)  # five conversations, one volunteer each
    assert len({pseudonym_of(f) for f in forwards}) == 5
    assert all("afzender niet geverifieerd" in f.message.get_content() for f in forwards)
    assert not [d for d in smarthost.received if any("bank.example" in r for r in d.rcpts)]
    assert all("not-confirmed:unverified" in row for row in _wait_outcome(daemon, 5))


@pytest.mark.slow
def test_outgoing_mail_is_signed_and_verifies_against_the_published_key(
        make_daemon: Callable[..., Daemon], smarthost: Smarthost, tmp_path: Path) -> None:
    d = make_daemon(f'[dkim]\nselector = "mh2026"\nkey_file = "{tmp_path / "dkim.key"}"\n')
    made = d.cli("dkim-key")
    assert stat.S_IMODE(os.stat(tmp_path / "dkim.key").st_mode) == 0o600
    record = made.stdout.splitlines()[-1]
    value = "".join(record.split(" IN TXT ", 1)[1].split('"')[1::2])
    dns = shared_dns()
    dns.publish("mh2026._domainkey.lumi.example", value)
    add_volunteers(d.config)
    d.start()
    confirmation, forward = first_mail(d, smarthost)

    def txt(name: bytes, timeout: int = 5) -> bytes | None:
        from mailhandler.config import Authentication, load_config
        from mailhandler.inbound.authenticate import _txt, make_resolver

        cfg = load_config(d.config)
        assert isinstance(cfg.authentication, Authentication)
        return _txt(make_resolver(cfg.authentication.nameservers), name)

    for mail in (confirmation, forward):
        assert mail.message["X-Loop"] == "hulp@lumi.example"
        assert dkim.verify(mail.data, dnsfunc=txt)
        assert b"d=lumi.example" in mail.data.split(b"\r\n\r\n")[0].replace(b"\r\n ", b" ")
    checked = d.cli("check-config", check=False).stdout
    assert "ok    dns DKIM: mh2026._domainkey.lumi.example" in checked
    assert "WARN  dns DMARC" in checked and "v=DMARC1" in checked


@pytest.mark.slow
def test_a_volunteers_rule_redirecting_the_forward_to_the_helpline_opens_nothing(
        daemon: Daemon, smarthost: Smarthost) -> None:
    _, forward = first_mail(daemon, smarthost)
    # A Sieve "redirect": the forward as it was, headers and all, from Vera's server.
    daemon.send(VOLUNTEER, ["hulp@lumi.example"], forward.data)
    rows = _wait_outcome(daemon, 2)
    assert rows[-1] == "quarantined quarantined:loop-marker"
    time.sleep(0.5)
    assert len(smarthost.to(VOLUNTEER)) == 1


@pytest.mark.slow
def test_a_mail_past_the_hop_limit_ends_in_quarantine(daemon: Daemon,
                                                      smarthost: Smarthost) -> None:
    hops = "".join(f"Received: from relay{n}.elders.example by relay{n + 1}.elders.example\n"
                   for n in range(31))
    daemon.send("iemand@elders.example", ["hulp@lumi.example"],
                hops + "From: iemand@elders.example\nSubject: rond\n\nrond en rond\n")
    assert _wait_outcome(daemon, 1) == ["quarantined quarantined:hop-limit"]


@pytest.mark.slow
def test_two_helplines_listing_each_other_as_volunteers_do_not_ping_pong(
        tmp_path: Path, smarthost: Smarthost) -> None:
    """A's forward reaches B's public address and B's forward A's: the marker A put on its
    forward travels on in B's, and A ends the loop at once."""
    from tests.conftest import free_port

    daemons: list[Daemon] = []
    for name, other in (("a", "b"), ("b", "a")):
        folder = tmp_path / name
        folder.mkdir()
        port = free_port()
        config = write_config(folder, port, f"smtp://127.0.0.1:{smarthost.port}")
        text = config.read_text().replace("lumi.example", f"lumi-{name}.example")
        config.write_text(text)
        run_cli(config, "volunteer", "add", f"hulp@lumi-{other}.example", "--nickname", other)
        daemons.append(Daemon(config=config, port=port, log_path=folder / "daemon.log"))
    a, b = (d.start() for d in daemons)
    try:
        a.send(SEEKER, ["hulp@lumi-a.example"],
               f"From: Sam <{SEEKER}>\nTo: hulp@lumi-a.example\nSubject: vraag\n"
               "Message-ID: <q1@gezin-peeters.example>\n\nMag ik iets vragen?\n")
        # The test's smarthost plays the Internet: hand on what is for the other helpline.
        handed: set[int] = set()
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            for index, mail in enumerate(list(smarthost.received)):
                if index in handed:
                    continue
                handed.add(index)
                for rcpt in mail.rcpts:
                    target = a if rcpt.endswith("@lumi-a.example") else (
                        b if rcpt.endswith("@lumi-b.example") else None)
                    if target is not None:
                        target.send(mail.mail_from.strip("<>") or "", [rcpt], mail.data)
            time.sleep(0.2)
        forwards = [m for m in smarthost.received if m.rcpts[0].startswith("hulp@")]
        assert len(forwards) <= 3, f"{len(forwards)} forwards between the helplines"
        assert any("loop-marker" in row for row in _outcomes(a) + _outcomes(b))
    finally:
        for d in (a, b):
            d.stop()


def test_the_first_cli_command_creates_the_data_folder_0700_and_database_0600(
        tmp_path: Path) -> None:
    from tests.conftest import free_port

    config = write_config(tmp_path, free_port(), f"maildir:{tmp_path / 'outbox'}")
    run_cli(config, "volunteer", "list")
    var = tmp_path / "var"
    assert stat.S_IMODE(os.stat(var).st_mode) == 0o700
    for path in var.iterdir():
        if path.is_file():
            assert stat.S_IMODE(os.stat(path).st_mode) == 0o600, path.name


def test_confirmations_are_limited_per_connecting_client_when_spf_does_not_vouch(
        context) -> None:  # noqa: ANN001 (the in-process Context)
    from sqlalchemy import func, select

    from mailhandler.runners.incoming import process_one
    from mailhandler.store.models import OutboxItem
    from mailhandler.store.repository import Envelope

    numbers = []
    for n in range(12):
        sender = f"iemand{n}@thuis{n}.example"
        raw = (f"From: <{sender}>\r\nTo: hulp@lumi.example\r\nSubject: vraag\r\n"
               f"Message-ID: <m{n}@thuis.example>\r\n\r\nHallo\r\n").encode()
        numbers.append(context.store.accept(
            raw, Envelope(sender, ("hulp@lumi.example",), "192.0.2.7", "pc.thuis.example"),
            "smtp"))
    for number in numbers:
        process_one(context, number)
    with context.store.reading() as s:
        confirmations = s.scalar(select(func.count()).select_from(OutboxItem)
                                 .where(OutboxItem.kind == "confirmation"))
    assert confirmations == 10
