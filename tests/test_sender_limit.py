"""The hourly limit per sender holds back floods to the helpline, never a volunteer's answers.

Tried from outside: thirty mails "from" a volunteer's address to hulp@ (the envelope
sender is anyone's to write) got that volunteer's genuine answers refused with 451 for
an hour. Mail to an alias is limited by the alias being unguessable, not by its sender.
"""

from __future__ import annotations

import smtplib

import pytest

from tests.conftest import HELPLINE, Smarthost, add_volunteers
from tests.test_spine import SEEKER, VOLUNTEER, alias_of, first_mail, volunteer_reply

pytestmark = pytest.mark.slow


def test_a_flood_in_a_volunteers_name_does_not_hold_back_their_answers(
        make_daemon, smarthost: Smarthost) -> None:
    daemon = make_daemon(smtp_options="""
        max_messages_per_sender = 3
    """)
    add_volunteers(daemon.config)
    daemon.start()
    _, forward = first_mail(daemon, smarthost)
    for n in range(3):
        daemon.send(VOLUNTEER, [HELPLINE], f"Subject: {n}\n\nhallo\n")
    with pytest.raises(smtplib.SMTPRecipientsRefused) as refused:
        daemon.send(VOLUNTEER, [HELPLINE], "Subject: 4\n\nhallo\n")
    assert [code for code, _ in refused.value.recipients.values()] == [451]
    daemon.send(VOLUNTEER, [alias_of(forward)],
                volunteer_reply(forward, body="Hoi, ik lees je en ik ben er.\n"))
    answers = smarthost.wait_to(SEEKER, count=2)
    assert "ik lees je en ik ben er" in answers[1].message.get_content()
