"""The README's Postfix lines, run as written against a real Postfix in front of the daemon.

One Postfix and one daemon for the module: the README's block is applied once, as an admin
would, and each test checks one thing it promises. Mail comes from 127.0.0.2, which is not
in Postfix's `mynetworks`: an outside server, as the internet's would be.
"""

from __future__ import annotations

import re
import smtplib
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from aiosmtpd.controller import Controller

from tests.conftest import (
    HELPLINE,
    ROOT,
    Daemon,
    Smarthost,
    add_volunteers,
    fixture_bytes,
    free_port,
    wait_for,
    write_config,
)
from tests.postfix import Postfix, start_postfix

pytestmark = pytest.mark.slow

OUTSIDE = ("127.0.0.2", 0)
SEEKER = "sam@gezin.example"
COORDINATOR = "cora@coord.example"
VOLUNTEER = "vera@vrijwilligers.example"
# mailhandler's own default, which the README's message_size_limit is measured against.
MAILHANDLER_LIMIT = 26214400


def readme_postfix_commands() -> str:
    readme = (ROOT / "README.md").read_text()
    marker = readme.index("<!-- postfix-commands")
    block = re.search(r"```sh\n(.*?)```", readme[marker:], re.S)
    assert block is not None, "the README's Postfix block is missing"
    return block.group(1)


def as_on_this_host(commands: str, postfix: Postfix, daemon_port: int) -> str:
    """The README's block with only the paths and the port of this test instance."""
    for needle in ("/etc/postfix/", "[127.0.0.1]:2525"):
        assert needle in commands, f"the README's Postfix block no longer names {needle}"
    return (commands.replace("/etc/postfix/", f"{postfix.config_dir}/")
            .replace("[127.0.0.1]:2525", f"[127.0.0.1]:{daemon_port}"))


@dataclass
class Deployment:
    postfix: Postfix
    daemon: Daemon
    smarthost: Smarthost

    def outside_client(self) -> smtplib.SMTP:
        client = smtplib.SMTP("127.0.0.1", self.postfix.port, timeout=60,
                              source_address=OUTSIDE)
        client.ehlo("mail.gezin.example")
        return client

    def rcpt_code(self, mail_from: str, rcpt: str) -> int:
        with self.outside_client() as client:
            client.mail(mail_from)
            return client.rcpt(rcpt)[0]


@pytest.fixture(scope="module")
def deployment(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Deployment]:
    root = tmp_path_factory.mktemp("postfix-deployment")
    smarthost = Smarthost(port=free_port())
    sink = Controller(smarthost, hostname="127.0.0.1", port=smarthost.port,
                      data_size_limit=64 * 1024 * 1024)
    sink.start()
    postfix = start_postfix(relay_port=smarthost.port)
    daemon_port = free_port()
    config = write_config(root, daemon_port, f"smtp://127.0.0.1:{postfix.port}")
    # The embedded default size, which the README's message_size_limit is measured against.
    config.write_text(config.read_text().replace(
        "max_message_bytes = 1048576", f"max_message_bytes = {MAILHANDLER_LIMIT}"))
    add_volunteers(config)
    daemon = Daemon(config=config, port=daemon_port, log_path=root / "daemon.log").start()
    try:
        postfix.run(as_on_this_host(readme_postfix_commands(), postfix, daemon_port))
        yield Deployment(postfix, daemon, smarthost)
    finally:
        if daemon.proc is not None:
            daemon.stop()
        postfix.stop()
        sink.stop()


def test_made_up_addresses_in_the_domain_get_550_not_450(deployment: Deployment) -> None:
    # Postfix asks mailhandler first (reject_unverified_recipient); a 450 would make the
    # sender's server retry for days instead of telling its writer.
    for made_up in ("c.aaaaaaaaaaaaaaaaaaaaaaaa@lumi.example", "niemand@lumi.example"):
        code = deployment.rcpt_code(SEEKER, made_up)
        assert code == 550, deployment.postfix.log()


def test_a_help_seekers_mail_through_postfix_is_confirmed_and_forwarded(
        deployment: Deployment) -> None:
    raw = fixture_bytes("spine/seeker_gmail.eml")
    with deployment.outside_client() as client:
        client.sendmail(SEEKER, [HELPLINE], re.sub(rb"\r?\n", b"\r\n", raw))
    confirmation = deployment.smarthost.wait_to(SEEKER, timeout=60)[0]
    forward = deployment.smarthost.wait_to(VOLUNTEER, timeout=60)[0]
    # Both went out through Postfix (mynetworks relays mailhandler's mail).
    for delivered in (confirmation, forward):
        assert "mx.lumi.test" in str(delivered.message["Received"])
    assert "beste vriend" in forward.message.get_body(("plain",)).get_content()


def test_the_admins_own_restrictions_stay_in_force(deployment: Deployment) -> None:
    restrictions = deployment.postfix.postconf("smtpd_recipient_restrictions")
    assert "spammer@bad.example" in restrictions and "mailhandler_recipients" in restrictions
    assert deployment.rcpt_code("spammer@bad.example", HELPLINE) == 554


def test_postfix_stays_closed_to_relaying_for_outsiders(deployment: Deployment) -> None:
    code = deployment.rcpt_code(SEEKER, "iemand@elders.example")
    assert code in (454, 554)


def test_postmaster_of_the_domain_is_accepted_and_reaches_coordinators(
        deployment: Deployment) -> None:
    assert deployment.rcpt_code("admin@provider.example", "postmaster@lumi.example") == 250
    before = len(deployment.smarthost.to(COORDINATOR))
    message = (b"From: Admin <admin@provider.example>\r\nTo: postmaster@lumi.example\r\n"
               b"Subject: delivery question\r\nMessage-ID: <pm-1@provider.example>\r\n\r\n"
               b"Hello, a question about mail from your domain.\r\n")
    with deployment.outside_client() as client:
        client.sendmail("admin@provider.example", ["postmaster@lumi.example"], message)
    deployment.smarthost.wait_to(COORDINATOR, count=before + 1, timeout=60)
    assert deployment.smarthost.to(VOLUNTEER) == deployment.smarthost.to(VOLUNTEER)[:1]


def test_postfix_accepts_what_mailhandler_accepts_and_refuses_larger_mail_at_once(
        deployment: Deployment) -> None:
    limit = int(deployment.postfix.postconf("message_size_limit"))
    assert limit <= MAILHANDLER_LIMIT - 64 * 1024
    # Twice Postfix's old 10 MB default, just under the README's limit: delivered.
    body = b"Ik schrijf veel.\r\n" + b"x" * 76 + b"\r\n"
    filler = (b"y" * 998 + b"\r\n") * ((limit - 200_000) // 1000)
    big = (b"From: Sam <sam@gezin.example>\r\nTo: hulp@lumi.example\r\nSubject: lang\r\n"
           b"Message-ID: <big-1@gezin.example>\r\n\r\n" + body + filler)
    assert 2 * 10_240_000 < len(big) < limit
    before = len(deployment.smarthost.to("jo@lang.example"))
    with deployment.outside_client() as client:
        client.sendmail("jo@lang.example", [HELPLINE], big)
    deployment.smarthost.wait_to("jo@lang.example", count=before + 1, timeout=120)
    # Larger than Postfix's limit: refused at once, before a byte is queued.
    too_big = big + (b"z" * 998 + b"\r\n") * ((limit - len(big)) // 1000 + 20)
    assert limit < len(too_big) < MAILHANDLER_LIMIT
    with deployment.outside_client() as client, pytest.raises(smtplib.SMTPSenderRefused) as refused:
        client.sendmail("jo@lang.example", [HELPLINE], too_big)
    assert refused.value.smtp_code == 552
    wait_for(deployment.postfix.queue_is_empty, 60, "Postfix's queue to empty")


def test_nothing_is_left_in_postfixs_queue(deployment: Deployment) -> None:
    # Neither a bounce for a mail mailhandler refused after Postfix took it, nor a
    # deferred delivery: every mail above went straight through or was refused at once.
    wait_for(deployment.postfix.queue_is_empty, 60, "Postfix's queue to empty")
    bounces = [d for d in deployment.smarthost.received
               if "mailer-daemon" in str(d.message["From"]).lower()]
    assert bounces == [], deployment.postfix.log()
