"""Reply addresses bound to one volunteer, through the real daemon.

Each forward carries an alias that belongs to (conversation, volunteer): the owner's
answer is relayed, a colleague's answer to it reaches nobody, removing the volunteer
ends it at RCPT, and the database holds no alias any forward carried.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import smtplib
import sqlite3

import pytest

from mailhandler.config import load_config
from tests import queries
from tests.conftest import (
    DOMAIN,
    HELPLINE,
    Daemon,
    Smarthost,
    fixture_bytes,
    pseudonym_of,
    wait_for,
)
from tests.test_spine import (
    CORA,
    KOBE,
    SEEKER,
    VOLUNTEER,
    alias_of,
    first_mail,
    hand_back,
    volunteer_reply,
)

# Every test here starts a real daemon or server process.
pytestmark = pytest.mark.slow


def rcpt_code(daemon: Daemon, alias: str, sender: str = VOLUNTEER) -> int:
    with smtplib.SMTP("127.0.0.1", daemon.port) as client:
        client.ehlo()
        client.mail(sender)
        return client.rcpt(alias)[0]


def outcomes(daemon: Daemon) -> list[str]:
    return queries.inbox_outcomes(daemon)


def test_each_volunteer_gets_their_own_alias_for_the_conversation(
        daemon: Daemon, smarthost: Smarthost) -> None:
    _, forward = first_mail(daemon, smarthost)
    # The conversation reaches one volunteer at a time: Vera hands it back to Kobe, then a
    # coordinator gives it to Cora; each gets it through an alias of their own.
    kobe_forward = hand_back(daemon, smarthost, forward, to=KOBE)
    assert daemon.cli("queue", "assign", pseudonym_of(forward), CORA).returncode == 0
    cora_forward = wait_for(lambda: [d for d in smarthost.to(CORA) if d.message["Reply-To"]],
                            15, "Cora's forward")[0]
    vera_alias = alias_of(forward)
    assert len({vera_alias, alias_of(kobe_forward), alias_of(cora_forward)}) == 3
    # Each copy names its own alias where the help-seeker's address stood, not another's.
    assert vera_alias in forward.message.get_content()
    assert alias_of(kobe_forward) in kobe_forward.message.get_content()
    assert vera_alias not in kobe_forward.data.decode(errors="replace")
    assert len(vera_alias.partition("@")[0]) - len("c.") >= 28  # 140 bits: 80 + a 60-bit MAC


def test_a_colleague_answering_to_veras_alias_is_refused_and_the_help_seeker_gets_nothing(
        daemon: Daemon, smarthost: Smarthost) -> None:
    _, forward = first_mail(daemon, smarthost)
    daemon.send(KOBE, [alias_of(forward)], volunteer_reply(
        forward, sender=KOBE, display="Kobe", body="Ik antwoord via Vera's adres.\n"))
    notice = smarthost.wait_to(KOBE)[0]  # Kobe had no forward of it: the notice only
    assert notice.message["Auto-Submitted"] == "auto-generated"
    assert "antwoordadres" in notice.message.get_content()
    assert VOLUNTEER not in notice.data.decode(errors="replace")
    assert "dropped:not-their-alias" in outcomes(daemon)
    # still Vera's, as it was given to her
    assert next(c.owner for c in queries.conversations(daemon) if c.owner_id) == "Vera"
    assert len(smarthost.to(SEEKER)) == 1  # the confirmation only
    # The alias stays Vera's: her own answer through it is relayed as before.
    daemon.send(VOLUNTEER, [alias_of(forward)], volunteer_reply(forward))
    answer = smarthost.wait_to(SEEKER, count=2)[1]
    assert "Verliefd zijn op je beste vriend" in answer.message.get_content()
    assert "via Vera's adres" not in answer.data.decode(errors="replace")
    daemon.stop()
    assert len(smarthost.to(SEEKER)) == 2
    assert "Vera" not in daemon.log() and KOBE not in daemon.log()


def test_removing_a_volunteer_ends_their_aliases_and_returns_their_conversations(
        daemon: Daemon, smarthost: Smarthost) -> None:
    _, forward = first_mail(daemon, smarthost)
    daemon.send(VOLUNTEER, [alias_of(forward)], volunteer_reply(forward))
    answer = smarthost.wait_to(SEEKER, count=2)[1]
    assert rcpt_code(daemon, alias_of(forward)) == 250
    removed = daemon.cli("volunteer", "remove", VOLUNTEER)
    assert "1 reply addresses ended" in removed.stdout
    assert rcpt_code(daemon, alias_of(forward)) == 550
    assert queries.conversations(daemon)[0].owner_id is None
    assert queries.ended_aliases(daemon) == 1
    # The help-seeker's next mail goes to a volunteer on duty, through an alias that works.
    followup = fixture_bytes("spine/seeker_gmail_followup.eml").replace(
        b"{in_reply_to}", answer.message["Message-ID"].encode())
    daemon.send(SEEKER, [HELPLINE], followup)
    kobe_alias = alias_of(wait_for(lambda: [d for d in smarthost.to(KOBE)
                                            if d.message["Reply-To"]], 15, "Kobe's forward")[0])
    assert rcpt_code(daemon, kobe_alias, sender=KOBE) == 250


def test_a_volunteer_removed_and_added_again_gets_a_new_alias_not_the_ended_one(
        daemon: Daemon, smarthost: Smarthost) -> None:
    _, forward = first_mail(daemon, smarthost)
    daemon.send(VOLUNTEER, [alias_of(forward)], volunteer_reply(forward))
    answer = smarthost.wait_to(SEEKER, count=2)[1]
    daemon.cli("volunteer", "remove", VOLUNTEER)
    daemon.cli("volunteer", "add", VOLUNTEER, "--nickname", "Vera")
    followup = fixture_bytes("spine/seeker_gmail_followup.eml").replace(
        b"{in_reply_to}", answer.message["Message-ID"].encode())
    daemon.send(SEEKER, [HELPLINE], followup)
    # The follow-up goes to a volunteer on duty (Kobe, who has none yet); a coordinator
    # gives the conversation back to Vera, who gets its last mails.
    wait_for(lambda: [d for d in smarthost.to(KOBE) if d.message["Reply-To"]], 15,
             "the follow-up's forward to Kobe")
    assert daemon.cli("queue", "assign", pseudonym_of(forward), VOLUNTEER).returncode == 0
    # Vera's mail holds a notice too (what her cleaned answer looked like): the forwards
    # are the ones with a Reply-To.
    second = wait_for(lambda: [d for d in smarthost.to(VOLUNTEER) if d.message["Reply-To"]][1:],
                      15, "the follow-up's forward")[0]
    assert alias_of(second) != alias_of(forward)
    assert rcpt_code(daemon, alias_of(forward)) == 550
    assert rcpt_code(daemon, alias_of(second)) == 250


def test_the_database_holds_no_alias_that_any_forward_carried(
        daemon: Daemon, smarthost: Smarthost) -> None:
    _, forward = first_mail(daemon, smarthost)
    kobe_forward = hand_back(daemon, smarthost, forward, to=KOBE)
    daemon.send(KOBE, [alias_of(kobe_forward)],
                volunteer_reply(kobe_forward, sender=KOBE, display="Kobe"))
    smarthost.wait_to(SEEKER, count=2)
    daemon.stop()
    tokens = {alias_of(d).partition("@")[0][len("c."):]
              for d in smarthost.received if d.message["Reply-To"] is not None}
    assert len(tokens) == 2  # Vera's and Kobe's
    database = daemon.config.parent / "var" / "mailhandler.db"
    with sqlite3.connect(database) as conn:  # the whole file, as anyone who has it sees it
        dump = "\n".join(conn.iterdump()).lower()
    raw = b"".join(p.read_bytes() for p in database.parent.glob("mailhandler.db*")
                   if p.is_file()).lower()
    for token in tokens:
        assert token not in dump
        assert token.encode() not in raw
        assert token[:16] not in dump  # not even its derived part


def _legacy_token(secret: bytes) -> str:
    """A shared token as the previous version made it: 40 random bits and a 60-bit MAC."""
    random_part = base64.b32encode(os.urandom(5)).decode().rstrip("=").lower()[:8]
    mac = hmac.new(secret, b"alias:" + random_part.encode(), hashlib.sha256).digest()
    return random_part + base64.b32encode(mac).decode().rstrip("=").lower()[:12]


def test_a_shared_alias_of_the_previous_version_keeps_working_but_leaves_the_database(
        daemon: Daemon, smarthost: Smarthost) -> None:
    _, forward = first_mail(daemon, smarthost)
    daemon.stop()
    # Turn the conversation into what the previous version left: one token in clear.
    secret = load_config(daemon.config).helpline.secret
    legacy = _legacy_token(secret)
    # Raw SQL on purpose: the previous version's rows, which no query of ours writes.
    with sqlite3.connect(queries.database_file(daemon)) as conn:
        conn.execute("DELETE FROM aliases")
        conn.execute("UPDATE conversations SET token = ?", (legacy,))
    daemon.start()
    assert queries.conversations(daemon)[0].token != legacy
    assert queries.shared_aliases(daemon) == 1
    shared = f"c.{legacy}@{DOMAIN}"
    assert rcpt_code(daemon, alias_of(forward)) == 550  # the new one was never issued now
    assert rcpt_code(daemon, shared) == 250
    daemon.send(VOLUNTEER, [shared], volunteer_reply(forward))
    wait_for(lambda: "relayed" in outcomes(daemon), what="the answer to be relayed")
    smarthost.wait_to(SEEKER, count=2)
    daemon.stop()
    with sqlite3.connect(queries.database_file(daemon)) as conn:  # the whole file
        assert legacy not in "\n".join(conn.iterdump())
