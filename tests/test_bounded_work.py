"""Bounded work per mail, through the real daemon.

A display name of 900 words once made the identity pattern grow with the square of its
words (1,400 words: 73 s to compile), and while that step held the database, every other
help-seeker waited for their 250. The relay now caps what one name can make it match
(core/scrub/). These tests send the hostile mail to a real daemon, then an ordinary
help-seeker's mail from someone else, and check the ORDER in which things happen, not a
wall-clock time: the ordinary mail is taken in and confirmed while the hostile mail is
still being worked on, and the hostile mail itself is processed or quarantined, never lost.
"""

from __future__ import annotations

import base64
import time
from email.header import decode_header, make_header

import pytest

from mailhandler.runners.incoming import FORWARDS_BETWEEN_LOOKS
from tests import queries
from tests.conftest import HELPLINE, Daemon, Smarthost, wait_for
from tests.test_step_budget import _docx_that_unpacks_to

pytestmark = pytest.mark.slow

VOLUNTEERS = ("vera@vrijwilligers.example", "kobe@vrijwilligers.example", "cora@coord.example")
ORDINARY = "noor.janssens@ordinary.example"
ORDINARY_WORDS = "Mijn ouders maken elke avond ruzie en ik weet niet wat ik moet doen."


def _words(count: int) -> list[str]:
    # Distinct, name-like words: every one of them would be a name part to match.
    return [f"Naam{index}ova" for index in range(count)]


def _plain(count: int) -> str:
    """The long name as plain words, folded over continuation lines (SMTP caps a line)."""
    words = _words(count)
    return "\n ".join(" ".join(words[i:i + 8]) for i in range(0, len(words), 8))


def _encoded(count: int) -> str:
    """The same long name split over many RFC 2047 encoded words, as a client folds it."""
    words = _words(count)
    return "\n ".join("=?utf-8?q?" + "_".join(words[i:i + 6]) + "?="
                      for i in range(0, len(words), 6))


def _hostile_headers(sender: str) -> list[tuple[str, str]]:
    """One hostile mail per way a long display name can come in."""
    return [
        (f"From: {_plain(900)} <{sender}>\n", "900 plain words in From"),
        (f"From: {_plain(1400)} <{sender}>\n", "1,400 plain words in From"),
        (f"From: {_encoded(900)} <{sender}>\n", "900 words over encoded words"),
        (f"From: {_encoded(1400)} <{sender}>\n", "1,400 words over encoded words"),
        (f"From: Sam <{sender}>\nReply-To: {_encoded(1400)} <{sender}>\n", "Reply-To"),
        (f"From: Sam <{sender}>\nSender: {_plain(1400)} <{sender}>\n", "Sender"),
        (f"From: Sam <{sender}>\nResent-From: {_plain(1400)} <{sender}>\n", "Resent-From"),
        (f"From: {_plain(1400)} <{sender}>\nReply-To: {_encoded(1400)} <{sender}>\n"
         f"Sender: {_encoded(900)} <{sender}>\nResent-From: {_plain(900)} <{sender}>\n",
         "all of them at once"),
    ]


def _mail(headers: str, subject: str, body: str, message_id: str) -> str:
    return (f"{headers}To: {HELPLINE}\nSubject: {subject}\nMessage-ID: <{message_id}>\n"
            "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n"
            f"{body}\n")


def _subject(delivered_subject: str | None) -> str:
    return str(make_header(decode_header(delivered_subject or "")))


def test_an_ordinary_mail_is_confirmed_while_hostile_display_names_are_processed(
        daemon: Daemon, smarthost: Smarthost) -> None:
    hostile = []
    for index, (headers, what) in enumerate(_hostile_headers("{sender}")):
        # Each from its own sender: a confirmation goes to every one of them.
        sender = f"lange.naam{index}@hostile.example"
        hostile.append((sender, what))
        raw = _mail(headers.replace("{sender}", sender), f"Vraag {index}",
                    f"Hallo, dit is vraag {index}.", f"hostile{index}@hostile.example")
        daemon.send(sender, [HELPLINE], raw)  # raises unless the daemon answers 250

    time.sleep(1)  # the scenario: the ordinary mail comes while the worker is busy
    daemon.send(ORDINARY, [HELPLINE],
                _mail(f"From: Noor <{ORDINARY}>\n", "Ik heb een vraag", ORDINARY_WORDS,
                      "ordinary@ordinary.example"))

    database = daemon.config.parent / "var" / "mailhandler.db"
    # The scenario holds only if the hostile mail was not all done when the ordinary
    # mail was taken in: several seconds of work against one second of waiting.
    unfinished = len([m for m in queries.inbox(database)
                      if m.status in queries.UNFINISHED and m.id <= len(hostile)])
    assert unfinished > 0, "the hostile mail was done before the ordinary one came"

    wait_for(lambda: queries.finished(database) == len(hostile) + 1, timeout=120,
             what="every mail to be handled")
    rows = [(m.id, m.status, m.outcome) for m in queries.inbox(database)]

    # Nothing lost: every hostile mail is processed (confirmed and forwarded) or quarantined.
    assert len(rows) == len(hostile) + 1
    for (_, status, outcome), (_, what) in zip(rows, hostile, strict=False):
        assert status in ("done", "quarantined"), (what, status, outcome)

    confirmation = smarthost.wait_to(ORDINARY, timeout=60)[0]
    for (_, status, outcome), (sender, what) in zip(rows, hostile, strict=False):
        if status == "done":
            assert "forwarded:1" in (outcome or ""), (what, outcome)  # to one volunteer
            assert smarthost.wait_to(sender, timeout=60), f"no confirmation for {what}"
    expected_forwards = sum(status == "done" for _, status, _ in rows)  # one each
    wait_for(lambda: sum(1 for d in smarthost.received if d.rcpts[0] in VOLUNTEERS)
             >= expected_forwards, timeout=60, what="every forward")

    with smarthost.lock:
        received = list(smarthost.received)
    order = received.index(confirmation)
    hostile_forwards = [
        position for position, delivered in enumerate(received)
        if delivered.rcpts[0] in VOLUNTEERS
        and not _subject(delivered.message["Subject"]).endswith("Ik heb een vraag")
    ]
    assert hostile_forwards, "no hostile mail was forwarded"
    # The order: new mail is confirmed before waiting forwards (at most one batch of
    # FORWARDS_BETWEEN_LOOKS forward steps was under way when it came), so the ordinary
    # mail's confirmation reaches the smarthost before the hostile mail's last forwards.
    forwarded_after = sum(position > order for position in hostile_forwards)
    assert forwarded_after > 0, (
        f"all {len(hostile_forwards)} hostile forwards went before the ordinary "
        f"confirmation (a batch is {FORWARDS_BETWEEN_LOOKS} mails)")
    assert "Traceback" not in daemon.log()



def _hostile_with_document(sender: str, index: int) -> str:
    """A 900-word display name, and a document whose cleaning takes many seconds: the name's
    own cost is capped now, so the document is what keeps the forward step busy long
    enough to see what waits for it and what does not."""
    document = base64.encodebytes(_docx_that_unpacks_to(200)).decode()
    return (f"From: {_plain(900)} <{sender}>\nTo: {HELPLINE}\nSubject: Verslag {index}\n"
            f"Message-ID: <verslag{index}@hostile.example>\nMIME-Version: 1.0\n"
            "Content-Type: multipart/mixed; boundary=B\n\n"
            "--B\nContent-Type: text/plain; charset=utf-8\n\nHier is mijn verslag.\n"
            "--B\nContent-Type: application/vnd.openxmlformats-officedocument."
            "wordprocessingml.document; name=verslag.docx\n"
            "Content-Disposition: attachment; filename=verslag.docx\n"
            f"Content-Transfer-Encoding: base64\n\n{document}--B--\n")


def test_a_help_seekers_250_and_confirmation_do_not_wait_for_a_hostile_mail_being_worked_on(
        daemon: Daemon, smarthost: Smarthost) -> None:
    first, second = "lang.een@hostile.example", "lang.twee@hostile.example"
    daemon.send(first, [HELPLINE], _hostile_with_document(first, 1))
    # Confirmed first (quick); then its forwards are worked on, for many seconds.
    smarthost.wait_to(first, timeout=60)

    database = daemon.config.parent / "var" / "mailhandler.db"

    def status(number: int) -> str:
        return queries.inbox_state(database, number)

    daemon.send(second, [HELPLINE], _hostile_with_document(second, 2))
    daemon.send(ORDINARY, [HELPLINE],
                _mail(f"From: Noor <{ORDINARY}>\n", "Ik heb een vraag", ORDINARY_WORDS,
                      "ordinary@ordinary.example"))
    # Both 250s came while the first hostile mail's forwards were still being composed:
    # nothing holds the database while a mail is cleaned.
    assert status(1) == "forwarding", "a 250 waited for the hostile mail's step"

    # The ordinary confirmation comes right after the step in hand: before the second
    # hostile mail's forwards, which wait behind new mail.
    smarthost.wait_to(ORDINARY, timeout=120)
    assert status(2) == "forwarding", "the confirmation waited for both hostile mails"

    wait_for(lambda: status(3) == "done", timeout=300, what="every mail to be handled")
    assert {status(1), status(2)} <= {"done", "quarantined"}
    assert "Traceback" not in daemon.log()
