"""A volunteer's mail that no person wrote never reaches the help-seeker.

Exchange's out-of-office reply carries `X-Auto-Response-Suppress: All` and
`Precedence: bulk` but no `Auto-Submitted`; tried from outside, one such reply reached a
young person as "Afwezig: ik ben met verlof tot maandag". A help-seeker's mail with those
headers is still a person's (it only gets no confirmation); a volunteer's answer is not.
"""

from __future__ import annotations

import pytest

from tests.conftest import Daemon, Smarthost
from tests.test_spine import SEEKER, VOLUNTEER, alias_of, first_mail, volunteer_reply

pytestmark = pytest.mark.slow

OUT_OF_OFFICE = "Afwezig: ik ben met verlof tot maandag.\n"


@pytest.mark.parametrize("headers", [
    "Precedence: bulk\nX-Auto-Response-Suppress: All\nX-MS-Exchange-Inbox-Rules-Loop: x\n",
    "X-Auto-Response-Suppress: OOF\n",
    "Precedence: junk\n",
    "X-Loop: vera@vrijwilligers.example\n",
])
def test_an_out_of_office_without_auto_submitted_is_not_relayed(
        headers: str, daemon: Daemon, smarthost: Smarthost) -> None:
    _, forward = first_mail(daemon, smarthost)
    auto = volunteer_reply(forward, body=OUT_OF_OFFICE).replace(
        b"MIME-Version:", headers.encode() + b"MIME-Version:", 1)
    daemon.send(VOLUNTEER, [alias_of(forward)], auto)
    # Vera's own answer afterwards is relayed: the only mail besides the confirmation.
    daemon.send(VOLUNTEER, [alias_of(forward)], volunteer_reply(forward, body="Hoi, ik lees je.\n"))
    answer = smarthost.wait_to(SEEKER, count=2)[1]
    assert "ik lees je" in answer.message.get_content()
    daemon.stop()
    received = smarthost.to(SEEKER)
    assert len(received) == 2
    assert not [d for d in received if b"verlof" in d.data]
