"""The spine, end to end: the real daemon, smtplib clients, an aiosmtpd smarthost.

A help-seeker writes; they get a confirmation; volunteers get a forward without the
help-seeker's identity; a volunteer answers; the help-seeker gets the answer from
the helpline, threaded under their own mail, without the volunteer's identity.
"""

from __future__ import annotations

import email
import email.policy
import smtplib
from email.utils import make_msgid

import pytest

from tests import queries
from tests.conftest import (
    DOMAIN,
    HELPLINE,
    PRIVACY,
    Daemon,
    Delivered,
    Smarthost,
    assert_absent,
    fixture_bytes,
    wait_for,
    wait_team_forwards,
)

# Every test here starts a real daemon or server process.
pytestmark = pytest.mark.slow

SEEKER = "sam.peeters@gezin-peeters.example"
SEEKER_IDENTITY = [SEEKER, "Sam Peeters", "gezin-peeters.example", "127.0.0.77", "127.0.0.78",
                   "GezinMail", "CAF3kq9", "DKIM-Signature", "Received:", "X-Originating-IP",
                   "User-Agent"]
VOLUNTEER = "vera@vrijwilligers.example"
VOLUNTEER_IDENTITY = [VOLUNTEER, "Vera Verstraete", "vrijwilligers.example", "0470 12 34 56",
                      "Kerkstraat 12", "Thunderbird", "127.0.0.91", "vera-laptop"]
KOBE = "kobe@vrijwilligers.example"
CORA = "cora@coord.example"


def first_mail(daemon: Daemon, smarthost: Smarthost) -> tuple[Delivered, Delivered]:
    """Send the help-seeker's first mail; return (confirmation, forward to Vera)."""
    daemon.send(SEEKER, [HELPLINE], fixture_bytes("spine/seeker_gmail.eml"))
    confirmation = smarthost.wait_to(SEEKER)[0]
    # One forward: to Vera, the volunteer on duty it went to (the fewest open, registered
    # first); Kobe and Cora get none (asserted where the daemon has stopped).
    forward = smarthost.wait_to(VOLUNTEER)[0]
    return confirmation, forward


def hand_back(daemon: Daemon, smarthost: Smarthost, forward: Delivered, to: str,
              sender: str = VOLUNTEER, display: str = "Vera Verstraete") -> Delivered:
    """`sender` hands the conversation back (`#teruggeven`, nothing reaches the help-seeker);
    return the forward the colleague `to` then gets through an alias of their own (after a
    notice saying why, which carries no Reply-To)."""
    before = len([d for d in smarthost.to(to) if d.message["Reply-To"] is not None])
    daemon.send(sender, [alias_of(forward)],
                volunteer_reply(forward, sender=sender, display=display, body="#teruggeven\n"))
    return wait_for(lambda: [d for d in smarthost.to(to)
                             if d.message["Reply-To"] is not None][before:],
                    15, "the handed-back conversation's forward")[0]


def volunteer_reply(forward: Delivered, sender: str = VOLUNTEER, body: str | None = None,
                    display: str = "Vera Verstraete") -> bytes:
    """What Thunderbird sends when Vera presses Reply on the forward."""
    fwd = forward.message
    quoted = "\n".join("> " + line for line in fwd.get_content().splitlines())
    body = body if body is not None else (
        "Hoi,\n\nWat fijn dat je ons schrijft. Verliefd zijn op je beste vriend is heel normaal.\n"
        "Je mag het thuis vertellen wanneer jij er klaar voor bent.\n\n"
        "#thema: coming-out, familie\n\n"
        "-- \nVera Verstraete\nVrijwilliger\nKerkstraat 12, 9000 Gent\nGSM 0470 12 34 56\n\n"
        f"Op 30-11-2026 om 14:03 schreef {fwd['From']}:\n{quoted}\n"
    )
    return (
        f"Received: from vera-laptop (vera-laptop [127.0.0.91]) by smtp.vrijwilligers.example\n"
        f"From: {display} <{sender}>\n"
        f"To: {fwd['Reply-To']}\n"
        f"Subject: Re: {fwd['Subject']}\n"
        f"Message-ID: {make_msgid(domain='vera-laptop.vrijwilligers.example')}\n"
        f"In-Reply-To: {fwd['Message-ID']}\n"
        f"References: {fwd['Message-ID']}\n"
        "User-Agent: Mozilla/5.0 Thunderbird/128.5.0\n"
        "MIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=utf-8; format=flowed\n"
        "Content-Transfer-Encoding: 8bit\n\n"
        f"{body}"
    ).encode()


def alias_of(forward: Delivered) -> str:
    return forward.message["Reply-To"].addresses[0].addr_spec


# --- confirmation -----------------------------------------------------------------------


def test_help_seeker_gets_a_neutral_confirmation_with_the_shared_address_warning(
        daemon: Daemon, smarthost: Smarthost) -> None:
    confirmation, _ = first_mail(daemon, smarthost)
    msg = confirmation.message
    assert confirmation.mail_from == "<>"  # aiosmtpd's way of saying MAIL FROM:<>
    assert confirmation.rcpts == [SEEKER]
    assert msg["Auto-Submitted"] == "auto-replied"
    assert msg["X-Auto-Response-Suppress"] == "All"
    assert msg["From"].addresses[0].addr_spec == HELPLINE
    assert msg["From"].addresses[0].display_name == "Lumi"
    assert msg["In-Reply-To"] == "<CAF3kq9-seeker-first@mail.gezin-peeters.example>"
    assert "<CAF3kq9-seeker-first@mail.gezin-peeters.example>" in msg["References"]
    assert msg["Message-ID"].endswith(f"@{DOMAIN}>")
    assert msg["Subject"] == "Je bericht is goed aangekomen"
    text = msg.get_content()
    assert "goed aangekomen" in text
    assert "ouders" in text and "nieuw mailadres" in text and "anonieme maildienst" in text
    # Never the original subject or any of the body: on a family inbox it could out someone.
    for words in ("vriend", "verliefd", "Sam", "mama", "thuis"):
        assert words not in confirmation.data.decode(errors="replace")


def test_second_mail_within_the_interval_gets_no_second_confirmation_even_after_restart(
        daemon: Daemon, smarthost: Smarthost) -> None:
    first_mail(daemon, smarthost)
    assert daemon.stop() == 0
    daemon.start()
    second = fixture_bytes("spine/seeker_gmail.eml").replace(b"seeker-first", b"seeker-again")
    daemon.send(SEEKER, [HELPLINE], second)
    # The second mail (a conversation of its own) was processed and forwarded, to Kobe.
    wait_team_forwards(smarthost, 2)
    assert len(smarthost.to(SEEKER)) == 1
    hashes = queries.sender_hashes(daemon)
    assert len(hashes) == 1 and SEEKER not in hashes[0]


def test_confirmation_goes_to_the_envelope_sender_only(daemon: Daemon,
                                                       smarthost: Smarthost) -> None:
    raw = fixture_bytes("spine/seeker_gmail.eml").replace(
        b"To: hulp@lumi.example", b"To: hulp@lumi.example\nCc: vriendin@elders.example")
    daemon.send("bounce-sam@gezin-peeters.example", [HELPLINE], raw)
    confirmation = smarthost.wait_to("bounce-sam@gezin-peeters.example")[0]
    assert confirmation.rcpts == ["bounce-sam@gezin-peeters.example"]
    assert smarthost.to("vriendin@elders.example") == []
    assert smarthost.to(SEEKER) == []


AUTOMATIC_FIXTURES = sorted(
    p.name for p in (fixture_bytes.__globals__["FIXTURES"] / "auto").glob("*.eml")
    if not p.name.startswith("human-"))


@pytest.mark.parametrize("fixture", AUTOMATIC_FIXTURES)
def test_automatic_mail_is_stored_but_never_confirmed(fixture: str, daemon: Daemon,
                                                      smarthost: Smarthost) -> None:
    raw = fixture_bytes(f"auto/{fixture}")
    envelope_from = "" if "null-sender" in fixture or "dsn" in fixture or "report" in fixture \
        else "robot@elders.example"
    daemon.send(envelope_from, [HELPLINE], raw)
    wait_for(lambda: queries.finished(daemon) == 1, what="the mail to be processed")
    mail = queries.inbox(daemon)[0]
    status, outcome = mail.status, mail.outcome
    assert status == "done"
    assert "confirmed " not in outcome + " "
    daemon.stop()  # lets the outgoing runner finish: nothing may have gone out as a confirmation
    assert [d for d in smarthost.received if d.mail_from == "<>"
            and d.message["Auto-Submitted"] == "auto-replied"] == []


# --- the forward ------------------------------------------------------------------------


def test_forward_reaches_one_volunteer_without_the_help_seekers_identity(
        daemon: Daemon, smarthost: Smarthost) -> None:
    _, forward = first_mail(daemon, smarthost)
    msg = forward.message
    alias = alias_of(forward)
    assert alias.startswith("c.") and alias.endswith(f"@{DOMAIN}")
    assert msg["From"].addresses[0].addr_spec == alias
    assert msg["Message-ID"].endswith(f"@{DOMAIN}>")
    assert_absent(forward.data, SEEKER_IDENTITY)
    text = msg.get_content()
    assert "verliefd ben op mijn beste vriend" in text  # the message's own words survive
    assert "Vraag over mijn vriend" in msg["Subject"]
    daemon.stop()  # lets the outgoing runner finish: the rest of the team got nothing
    assert smarthost.to(KOBE) == [] and smarthost.to(CORA) == []
    assert len(smarthost.to(VOLUNTEER)) == 1


def test_volunteers_never_see_the_help_seekers_name_even_when_it_is_in_the_body(
        daemon: Daemon, smarthost: Smarthost) -> None:
    _, forward = first_mail(daemon, smarthost)
    text = forward.message.get_content()
    assert "Sam Peeters" not in text and SEEKER not in text
    assert alias_of(forward) in text  # the address in the body became the alias


# --- the relay --------------------------------------------------------------------------


def test_volunteer_reply_reaches_the_help_seeker_from_the_helpline_threaded_and_clean(
        daemon: Daemon, smarthost: Smarthost) -> None:
    _, forward = first_mail(daemon, smarthost)
    daemon.send(VOLUNTEER, [alias_of(forward)], volunteer_reply(forward))
    answer = smarthost.wait_to(SEEKER, count=2)[1]
    msg = answer.message
    assert msg["From"].addresses[0].addr_spec == HELPLINE
    assert msg["From"].addresses[0].display_name == "Lumi"
    assert msg["In-Reply-To"] == "<CAF3kq9-seeker-first@mail.gezin-peeters.example>"
    assert "<CAF3kq9-seeker-first@mail.gezin-peeters.example>" in msg["References"]
    assert msg["Message-ID"].endswith(f"@{DOMAIN}>")
    assert "Auto-Submitted" not in msg
    text = msg.get_content()
    assert "Verliefd zijn op je beste vriend is heel normaal" in text
    assert "#thema" not in text
    assert_absent(answer.data, VOLUNTEER_IDENTITY + [alias_of(forward), "vera-laptop",
                                                    "Vrijwilliger\n"])
    assert "Nieuw gesprek" not in text  # our note to volunteers stays with the volunteers
    conversation = queries.conversations(daemon)[0]
    themes, owner = conversation.themes, conversation.owner_id
    assert themes == "coming-out,familie"
    assert owner is not None


def test_a_volunteer_whose_signature_was_removed_is_shown_what_the_help_seeker_received(
        daemon: Daemon, smarthost: Smarthost) -> None:
    _, forward = first_mail(daemon, smarthost)
    daemon.send(VOLUNTEER, [alias_of(forward)], volunteer_reply(forward))
    answer = smarthost.wait_to(SEEKER, count=2)[1]
    assert "[handtekening weggelaten]" in answer.message.get_content()
    notice = smarthost.wait_to(VOLUNTEER, count=2)[1]
    assert notice.message["Reply-To"] is None and notice.message["Auto-Submitted"]
    text = notice.message.get_content()
    assert "Zo is je antwoord verstuurd" in notice.message["Subject"]
    assert "> Wat fijn dat je ons schrijft. Verliefd zijn op je beste vriend is heel normaal." \
        in text
    assert "> [handtekening weggelaten]" in text
    assert "0470 12 34 56" not in text and "Kerkstraat 12" not in text


def test_an_answer_of_nothing_but_theme_tags_sends_the_help_seeker_no_empty_mail(
        daemon: Daemon, smarthost: Smarthost) -> None:
    # Vera wrote to the conversation only to tag it: the tag is taken out, nothing is left.
    # The help-seeker gets no empty mail; Vera learns why, and her themes count.
    _, forward = first_mail(daemon, smarthost)
    daemon.send(VOLUNTEER, [alias_of(forward)],
                volunteer_reply(forward, body="#thema: familie\n"))
    notice = smarthost.wait_to(VOLUNTEER, count=2)[1]
    assert "niet verstuurd" in notice.message["Subject"]
    assert notice.message["Reply-To"] is None and notice.message["Auto-Submitted"]
    assert "Je thema's zijn wel genoteerd." in notice.message.get_content()
    daemon.stop()
    assert len(smarthost.to(SEEKER)) == 1  # the confirmation only
    assert queries.conversations(daemon)[0].themes == "familie"


def test_help_seekers_follow_up_threads_into_the_conversation_and_reaches_the_owner_only(
        daemon: Daemon, smarthost: Smarthost) -> None:
    _, forward = first_mail(daemon, smarthost)
    daemon.send(VOLUNTEER, [alias_of(forward)], volunteer_reply(forward))
    answer = smarthost.wait_to(SEEKER, count=2)[1]
    followup = fixture_bytes("spine/seeker_gmail_followup.eml").replace(
        b"{in_reply_to}", answer.message["Message-ID"].encode())
    daemon.send(SEEKER, [HELPLINE], followup)
    # Vera also gets the notice that shows her what was sent (her signature was removed).
    delivered = smarthost.wait_to(VOLUNTEER, count=3)
    second_forward = [mail for mail in delivered if mail.message["Reply-To"] is not None][1]
    assert alias_of(second_forward) == alias_of(forward)  # same conversation
    # threads under Vera's earlier forward in her own client
    assert forward.message["Message-ID"] in second_forward.message["References"]
    assert "aan mijn zus verteld" in second_forward.message.get_content()
    assert_absent(second_forward.data, SEEKER_IDENTITY)
    daemon.stop()
    assert smarthost.to(KOBE) == [] and smarthost.to(CORA) == []  # Vera's alone


def test_only_the_volunteer_who_has_the_conversation_answers_it(daemon: Daemon,
                                                                  smarthost: Smarthost) -> None:
    _, forward = first_mail(daemon, smarthost)
    # Vera hands it back (a line alone, nothing reaches the help-seeker): Kobe, on duty with
    # room, gets a notice and the mail again through an alias of his own.
    kobe_forward = hand_back(daemon, smarthost, forward, to=KOBE)
    assert alias_of(kobe_forward) != alias_of(forward)
    daemon.send(KOBE, [alias_of(kobe_forward)], volunteer_reply(
        kobe_forward, sender=KOBE, display="Kobe", body="Dag Sam, ik lees je.\n"))
    assert "ik lees je" in smarthost.wait_to(SEEKER, count=2)[1].message.get_content()
    # Vera's later answer through her alias: held, and she is told a colleague has it.
    daemon.send(VOLUNTEER, [alias_of(forward)], volunteer_reply(forward))
    notice = [d for d in smarthost.wait_to(VOLUNTEER, count=2)
              if "andere vrijwilliger" in d.message.get_content()][0]
    assert notice.message["Auto-Submitted"] == "auto-generated"
    daemon.stop()
    assert len(smarthost.to(SEEKER)) == 2  # confirmation + Kobe's answer, not Vera's
    assert_absent(notice.data, [KOBE, "Kobe"])


def test_a_stranger_writing_to_an_alias_reaches_nobody_and_gets_no_bounce(
        daemon: Daemon, smarthost: Smarthost) -> None:
    _, forward = first_mail(daemon, smarthost)
    before = len(smarthost.received)
    stranger = "nieuwsgierig@elders.example"
    daemon.send(stranger, [alias_of(forward)], volunteer_reply(
        forward, sender=stranger, display="Nieuwsgierig"))
    # A volunteer's address in From but a stranger's envelope is a forgery too.
    daemon.send(stranger, [alias_of(forward)], volunteer_reply(forward))
    wait_for(lambda: queries.inbox_outcomes(daemon).count("dropped:stranger") == 2,
             what="both mails to be dropped")
    daemon.stop()
    assert len(smarthost.received) == before
    assert smarthost.to(stranger) == []


def test_made_up_aliases_are_refused_at_rcpt(daemon: Daemon, smarthost: Smarthost) -> None:
    _, forward = first_mail(daemon, smarthost)
    real = alias_of(forward)
    forged = real[:-len(DOMAIN) - 3] + ("a" if real[-len(DOMAIN) - 3] != "a" else "b") + \
        real[-len(DOMAIN) - 2:]
    for alias in (forged, f"c.aaaaaaaaaaaaaaaaaaaa@{DOMAIN}", f"c.x@{DOMAIN}", f"iemand@{DOMAIN}"):
        with smtplib.SMTP("127.0.0.1", daemon.port) as client:
            client.ehlo()
            client.mail(VOLUNTEER)
            code, _ = client.rcpt(alias)
            assert code == 550, alias


def test_rcpt_to_a_foreign_domain_is_refused_never_relayed(daemon: Daemon) -> None:
    with smtplib.SMTP("127.0.0.1", daemon.port) as client:
        client.ehlo()
        client.mail("spammer@elders.example")
        assert client.rcpt("victim@elders.example")[0] == 550
        assert client.rcpt(f"hulp@{DOMAIN}.elders.example")[0] == 550
        assert client.rcpt(HELPLINE)[0] == 250


def test_too_many_recipients_get_452(daemon: Daemon) -> None:
    with smtplib.SMTP("127.0.0.1", daemon.port) as client:
        client.ehlo()
        client.mail("iemand@elders.example")
        assert client.rcpt(HELPLINE)[0] == 250
        assert client.rcpt(PRIVACY)[0] == 250
        codes = [client.rcpt(HELPLINE)[0] for _ in range(25)]
        assert codes[-1] == 452


def test_an_oversized_mail_is_refused_with_552_and_not_stored(daemon: Daemon) -> None:
    big = b"Subject: groot\r\n\r\n" + (b"x" * 998 + b"\r\n") * 1100  # > 1 MiB
    # A client that announces the size is refused at MAIL...
    with pytest.raises(smtplib.SMTPSenderRefused) as refused:
        daemon.send("iemand@elders.example", [HELPLINE], big)
    assert refused.value.smtp_code == 552
    # ...and one that does not, after DATA.
    with smtplib.SMTP("127.0.0.1", daemon.port) as client:
        client.ehlo()
        client.mail("iemand@elders.example")
        client.rcpt(HELPLINE)
        assert client.data(big)[0] == 552
    assert queries.inbox_count(daemon) == 0


def test_privacy_mail_reaches_coordinators_only(daemon: Daemon, smarthost: Smarthost) -> None:
    raw = fixture_bytes("spine/seeker_gmail.eml").replace(
        b"To: hulp@lumi.example", b"To: privacy@lumi.example")
    daemon.send(SEEKER, [PRIVACY], raw)
    smarthost.wait_to("cora@coord.example")
    confirmation = smarthost.wait_to(SEEKER)[0]
    assert confirmation.message["From"].addresses[0].addr_spec == PRIVACY
    daemon.stop()
    assert smarthost.to(VOLUNTEER) == [] and smarthost.to(KOBE) == []


@pytest.mark.parametrize("postmaster", ["postmaster@lumi.example", "Postmaster"])
def test_postmaster_is_accepted_and_reaches_coordinators_only(
        daemon: Daemon, smarthost: Smarthost, postmaster: str) -> None:
    # RFC 5321 §4.5.1: every mail domain accepts postmaster, with or without a domain.
    raw = fixture_bytes("spine/seeker_gmail.eml").replace(
        b"To: hulp@lumi.example", b"To: postmaster@lumi.example")
    daemon.send(SEEKER, [postmaster], raw)
    smarthost.wait_to("cora@coord.example")
    daemon.stop()
    assert smarthost.to(VOLUNTEER) == [] and smarthost.to(KOBE) == []


# --- durability and lifecycle -------------------------------------------------------------


def test_kill_9_right_after_the_250_loses_nothing(make_daemon, smarthost: Smarthost) -> None:
    daemon = make_daemon()
    daemon.cli("volunteer", "add", VOLUNTEER, "--nickname", "Vera")
    # Accept-only: the mail is stored and acknowledged, and the process dies before
    # anything else can happen to it.
    daemon.start("--accept-only")
    daemon.send(SEEKER, [HELPLINE], fixture_bytes("spine/seeker_gmail.eml"))
    daemon.kill()
    assert smarthost.received == []
    daemon.start()
    smarthost.wait_to(SEEKER)
    forward = smarthost.wait_to(VOLUNTEER)[0]
    assert "beste vriend" in forward.message.get_content()


def test_sigterm_stops_cleanly_with_exit_status_0(daemon: Daemon) -> None:
    assert daemon.stop() == 0
    assert "stopped" in daemon.log()


def test_logs_hold_pseudonyms_only(daemon: Daemon, smarthost: Smarthost) -> None:
    _, forward = first_mail(daemon, smarthost)
    daemon.send(VOLUNTEER, [alias_of(forward)], volunteer_reply(forward))
    smarthost.wait_to(SEEKER, count=2)
    daemon.send("nieuwsgierig@elders.example", [alias_of(forward)], volunteer_reply(
        forward, sender="nieuwsgierig@elders.example"))
    with smtplib.SMTP("127.0.0.1", daemon.port) as client:
        client.ehlo()
        client.mail("spammer@elders.example")
        client.rcpt("victim@elders.example")
    daemon.stop()
    log = daemon.log()
    assert "conv=" in log
    for needle in [SEEKER, "Sam", "Peeters", VOLUNTEER, "Vera", "vriend", "verliefd",
                   "127.0.0.77", "127.0.0.78", "127.0.0.91", "elders.example", alias_of(forward),
                   "gezin"]:
        assert needle not in log, needle
    # The client's IP appears nowhere; our own listening address once, at start-up.
    assert [line for line in log.splitlines()
            if "127.0.0.1" in line and "listening on" not in line] == []


def test_verbose_logs_hold_no_personal_data_either(make_daemon, smarthost: Smarthost) -> None:
    import tomllib

    from tests.conftest import FIXTURES, add_volunteers

    daemon = make_daemon()
    add_volunteers(daemon.config)
    daemon.start("-v")
    corpus = FIXTURES / "clients"
    spec = tomllib.loads((corpus / "manifest.toml").read_text())["seeker-ios-mail-photo-nl.eml"]
    raw = (corpus / "seeker-ios-mail-photo-nl.eml").read_bytes()
    sender = email.message_from_bytes(raw, policy=email.policy.default)["From"].addresses[0]
    daemon.send(sender.addr_spec, [HELPLINE], raw)
    smarthost.wait_to(VOLUNTEER)
    daemon.stop()
    log = daemon.log()
    assert "DEBUG" in log or "INFO" in log
    for needle in [*spec["identifying"], *spec["own_words"], "GPS"]:
        assert needle.lower() not in log.lower(), needle


def test_a_second_daemon_on_a_taken_port_says_so_in_one_line(daemon: Daemon) -> None:
    import subprocess
    import sys

    from tests.conftest import child_env

    second = subprocess.run(
        [sys.executable, "-m", "mailhandler", "--config", str(daemon.config), "serve"],
        capture_output=True, text=True, timeout=60, env=child_env(), cwd=daemon.config.parent)
    assert second.returncode == 1
    assert "cannot listen on 127.0.0.1" in second.stderr and "Traceback" not in second.stderr
