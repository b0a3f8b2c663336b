"""An answer goes to the address the help-seeker wrote from, never to a Reply-To.

Tried from outside: a bully wrote from their own, fully authenticated mailbox with
`Reply-To: <a classmate>`, and the volunteer's answer ("… je transitie, je ouders hoeven
het nog niet te weten") went to the classmate's family. Reply-To is the one address
nothing checks, so it decides nothing.
"""

from __future__ import annotations

import pytest

from tests.conftest import HELPLINE, Daemon, Smarthost
from tests.test_spine import VOLUNTEER, alias_of, volunteer_reply

pytestmark = pytest.mark.slow

BULLY = "bully@klas.example"
CLASSMATE = "klasgenoot@gezin-janssens.example"


def test_a_reply_to_naming_someone_else_gets_neither_confirmation_nor_answer(
        daemon: Daemon, smarthost: Smarthost) -> None:
    daemon.send(BULLY, [HELPLINE], (
        f"From: Noor <{BULLY}>\nReply-To: <{CLASSMATE}>\nTo: {HELPLINE}\n"
        "Subject: vraagje\nMessage-ID: <r1@klas.example>\n\n"
        "ik denk dat ik trans ben en mijn ouders weten het nog niet\n").encode())
    forward = smarthost.wait_to(VOLUNTEER)[0]
    assert CLASSMATE not in forward.data.decode("utf-8", "replace")
    daemon.send(VOLUNTEER, [alias_of(forward)],
                volunteer_reply(forward, body="Dank je om te schrijven over je transitie.\n"))
    answers = smarthost.wait_to(BULLY, count=2)
    assert "transitie" in answers[1].message.get_content()
    daemon.stop()
    assert smarthost.to(CLASSMATE) == []
