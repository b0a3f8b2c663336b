"""In trusted-mx mode only the MX in front of us writes the Authentication-Results we believe.

An attacker who reaches the listener directly can write a header claiming our MX's id
(found when the relay was tried from outside: a forged volunteer was relayed). So the
header counts only for mail handed over on this host (loopback) or fetched by IMAP.
"""

from __future__ import annotations

import email
import email.policy
from email.message import EmailMessage

import pytest

from mailhandler.config import parse_config
from mailhandler.core.authentication import NOT_EVALUATED
from mailhandler.inbound.authenticate import Authenticator
from mailhandler.store.repository import Envelope

CONFIG = {"helpline": {"name": "Lumi", "address": "hulp@lumi.example",
                       "privacy_address": "privacy@lumi.example", "domain": "lumi.example",
                       "secret": "test-secret-0123456789abcdef"},
          "authentication": {"mode": "trusted-mx", "trusted_authserv_id": "mx.lumi.example"}}
RAW = (b"Authentication-Results: mx.lumi.example;"
       b" spf=pass smtp.mailfrom=vera@vrijwilligers.example;"
       b" dkim=pass header.d=vrijwilligers.example;"
       b" dmarc=pass header.from=vrijwilligers.example\r\n"
       b"From: Vera <vera@vrijwilligers.example>\r\nTo: c.x@lumi.example\r\nSubject: Re: hoi\r\n"
       b"\r\nhou vol\r\n")


def _evaluate(client_ip: str | None):  # -> AuthResults
    message = email.message_from_bytes(RAW, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    envelope = Envelope("vera@vrijwilligers.example", ("c.x@lumi.example",), client_ip=client_ip,
                        helo="mx.lumi.example")
    return Authenticator(parse_config(CONFIG, "test.toml")).evaluate(RAW, message, envelope)


@pytest.mark.parametrize("client_ip", ["127.0.0.1", "127.0.0.53", "::1", None])
def test_the_header_counts_from_the_mta_on_this_host_or_an_imap_mailbox(
        client_ip: str | None) -> None:
    results = _evaluate(client_ip)
    assert results.spf == "pass"
    assert "vrijwilligers.example" in results.dkim_domains


@pytest.mark.parametrize("client_ip", ["192.0.2.7", "2001:db8::7", "not-an-address"])
def test_a_header_brought_by_a_client_elsewhere_counts_for_nothing(client_ip: str) -> None:
    assert _evaluate(client_ip) == NOT_EVALUATED
