"""Delivery failures: a forward's never reaches the help-seeker; an answer's tells its volunteer."""

from __future__ import annotations

import pytest

from tests import queries
from tests.conftest import HELPLINE, Daemon, Delivered, Smarthost, assert_absent, wait_for
from tests.test_spine import (
    CORA,
    SEEKER,
    VOLUNTEER,
    alias_of,
    first_mail,
    volunteer_reply,
)

# Every test here starts a real daemon or server process.
pytestmark = pytest.mark.slow


def dsn(to: str, original_headers: str, action: str = "failed", status: str = "5.1.1") -> str:
    """A Postfix-style delivery status notification (RFC 3464) quoting the original's headers."""
    return (
        "From: MAILER-DAEMON@mx.provider.example (Mail Delivery System)\n"
        f"To: {to}\n"
        "Subject: Undelivered Mail Returned to Sender\n"
        "Auto-Submitted: auto-replied\n"
        "MIME-Version: 1.0\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="BOUND"\n\n'
        "--BOUND\nContent-Type: text/plain; charset=us-ascii\n\n"
        f"I'm sorry to have to inform you that your message could not be delivered to "
        f"{SEEKER}: mailbox unavailable.\n\n"
        "--BOUND\nContent-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns; mx.provider.example\n\n"
        f"Final-Recipient: rfc822; {SEEKER}\nAction: {action}\nStatus: {status}\n\n"
        "--BOUND\nContent-Type: text/rfc822-headers\n\n"
        f"{original_headers}\n"
        "--BOUND--\n"
    )


def _headers(raw: bytes) -> str:
    return raw.decode(errors="replace").split("\r\n\r\n", 1)[0].replace("\r\n", "\n")


DELIVERY_FAILED = "kon niet bezorgd worden"


def _delivery_notice(smarthost: Smarthost) -> Delivered:
    """The notice that an answer could not be delivered. Vera also gets one showing what her
    answer became (her signature was removed): that one is not it."""
    def find() -> Delivered | None:
        for mail in smarthost.to(VOLUNTEER):
            if DELIVERY_FAILED in mail.message.get_content():
                return mail
        return None
    wait_for(find, what="the delivery notice")
    found = find()
    assert found is not None
    return found


def test_a_bounced_answer_tells_its_volunteer_without_the_address_or_the_report(
        daemon: Daemon, smarthost: Smarthost) -> None:
    _, forward = first_mail(daemon, smarthost)
    daemon.send(VOLUNTEER, [alias_of(forward)], volunteer_reply(forward))
    answer = smarthost.wait_to(SEEKER, count=2)[1]
    assert answer.mail_from.startswith("b.") and answer.mail_from.endswith("@lumi.example")
    daemon.send("", [answer.mail_from], dsn(answer.mail_from, _headers(answer.data)))
    notice = _delivery_notice(smarthost)
    assert "kon niet bezorgd worden" in notice.message.get_content()
    assert_absent(notice.data, [SEEKER, "gezin-peeters", "mailbox unavailable", "5.1.1",
                                "Verliefd zijn"])
    daemon.stop()
    assert len(smarthost.to(SEEKER)) == 2  # nothing more went to the help-seeker


def test_a_bounce_sent_to_the_helpline_address_is_matched_by_the_quoted_message_id(
        daemon: Daemon, smarthost: Smarthost) -> None:
    _, forward = first_mail(daemon, smarthost)
    daemon.send(VOLUNTEER, [alias_of(forward)], volunteer_reply(forward))
    answer = smarthost.wait_to(SEEKER, count=2)[1]
    daemon.send("", [HELPLINE], dsn(HELPLINE, _headers(answer.data)))
    _delivery_notice(smarthost)


def test_a_bounced_forward_reaches_coordinators_and_never_the_help_seeker(
        daemon: Daemon, smarthost: Smarthost) -> None:
    _, forward = first_mail(daemon, smarthost)
    daemon.send("", [forward.mail_from], dsn(forward.mail_from, _headers(forward.data)))
    notice = smarthost.wait_to(CORA)[0]  # the coordinator had no forward of it: the notice
    assert "Vera" in notice.message.get_content()
    daemon.stop()
    assert len(smarthost.to(SEEKER)) == 1  # the confirmation only
    assert len(smarthost.to(VOLUNTEER)) == 1  # nothing about it to the volunteer


def test_a_delay_report_changes_nothing(daemon: Daemon, smarthost: Smarthost) -> None:
    _, forward = first_mail(daemon, smarthost)
    daemon.send(VOLUNTEER, [alias_of(forward)], volunteer_reply(forward))
    answer = smarthost.wait_to(SEEKER, count=2)[1]
    daemon.send("", [answer.mail_from],
                dsn(answer.mail_from, _headers(answer.data), action="delayed", status="4.4.1"))
    # Stopping before the report was read would pass without testing anything.
    wait_for(lambda: "bounce:delayed:reply" in daemon.log(), what="the delay report read")
    daemon.stop()
    # The forward and the notice showing Vera what her answer became; no delivery notice.
    assert len(smarthost.to(VOLUNTEER)) == 2
    assert not any(DELIVERY_FAILED in mail.message.get_content()
                   for mail in smarthost.to(VOLUNTEER))


def test_a_smarthost_refusing_the_answer_tells_the_volunteer(
        daemon: Daemon, smarthost: Smarthost) -> None:
    _, forward = first_mail(daemon, smarthost)
    smarthost.refuse[SEEKER] = "550 5.1.1 No such user"
    daemon.send(VOLUNTEER, [alias_of(forward)], volunteer_reply(forward))
    notice = _delivery_notice(smarthost)
    assert_absent(notice.data, [SEEKER])


def test_made_up_bounce_addresses_are_refused(daemon: Daemon) -> None:
    import smtplib

    with smtplib.SMTP("127.0.0.1", daemon.port) as client:
        client.ehlo()
        client.mail("")
        assert client.rcpt("b.aaaaaaaaaaaaaaaaaaaaaaaa@lumi.example")[0] == 550
        assert client.rcpt("b.x@lumi.example")[0] == 550


@pytest.mark.parametrize("marked_first", [False, True])
def test_a_bounce_that_comes_back_before_the_sent_mark_is_still_counted(
        tmp_path, marked_first: bool) -> None:
    """Marks are written in batches: a quick delivery report can be read while its mail is
    still pending and claimed. It was ignored, and its volunteer never heard of it."""
    from zoneinfo import ZoneInfo

    from mailhandler.core.compose import Outgoing
    from mailhandler.store import outbox
    from mailhandler.store.db import open_database, utcnow
    from mailhandler.store.repository import Store
    from mailhandler.store.vault import Vault

    engine = open_database(f"sqlite:///{tmp_path / 'mailhandler.db'}")
    store = Store(engine, Vault(engine, b"test-secret-0123456789abcdef"),
                  ZoneInfo("Europe/Brussels"))
    with store.transaction() as s:
        store.enqueue(s, Outgoing("reply", "b.x@lumi.example", "sam@gezin.example",
                                  "<quick@lumi.example>", b"Subject: x\r\n\r\nx\r\n"), None)
        store.enqueue(s, Outgoing("reply", "b.y@lumi.example", "noor@gezin.example",
                                  "<waiting@lumi.example>", b"Subject: y\r\n\r\ny\r\n"), None)
    [claimed] = outbox.claim(store, utcnow(), 1)  # handed to the smarthost, mark not written
    if marked_first:
        outbox.mark_sent(store, [(claimed.id, utcnow())])
    with store.transaction() as s:
        assert outbox.record_report(store, s, ["<quick@lumi.example>"], True) is not None
        # A report naming a mail never handed over changes nothing: it was not sent.
        outbox.record_report(store, s, ["<waiting@lumi.example>"], True)
    outbox.mark_sent(store, [(claimed.id, utcnow())])  # the batch arrives after the report
    statuses = {row.message_id: row.status for row in queries.outbox(engine)}
    assert statuses == {"<quick@lumi.example>": "bounced", "<waiting@lumi.example>": "pending"}
    engine.dispose()


def test_a_delay_report_is_read_as_a_delay_and_a_failure_as_a_failure() -> None:
    # The email package reads a message/delivery-status body as header blocks; the Action
    # field is found there, not in the part's (empty) text.
    from mailhandler.core.message import parse, report_is_failure

    for action, failure in (("delayed", False), ("failed", True), ("delivered", False),
                            ("relayed", False)):
        raw = dsn("b.x@lumi.example", "Message-ID: <a@lumi.example>\nSubject: x",
                  action=action, status="4.4.1" if action == "delayed" else "5.1.1")
        assert report_is_failure(parse(raw.replace("\n", "\r\n").encode())) is failure, action
