"""A body part is read as what it says it is: the writer's message, never withheld whole.

Tried from outside, an HTML mail with an inline <svg> icon ("hoi, mijn mama slaat me…"),
or a text mail starting with "<svg>", was sniffed as an SVG file and withheld: the
volunteer got an empty forward, and a volunteer's answer with an SVG icon in its
signature reached the young person empty.
"""

from __future__ import annotations

import email
import email.policy
from email.message import EmailMessage

import pytest

from mailhandler.core.relay import Replacement, answer_body, forward_body
from mailhandler.core.scrub import Identity

SEEKER = Replacement(Identity(addresses=("sam@gezin.example",), names=("Sam Peeters",)),
                     "c.x@lumi.example", "K7Q2MX")
VOLUNTEER = Replacement(Identity(addresses=("cora@vrijwilligers.example",), names=("Cora",)),
                        "hulp@lumi.example", "Lumi")
ICON = '<svg width="12" height="12" viewBox="0 0 12 12"><circle cx="6" cy="6" r="5"/></svg>'


def _mail(subtype: str, body: str, sender: str) -> EmailMessage:
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = sender, "hulp@lumi.example", "hoi"
    message.set_content(body, subtype=subtype)
    parsed = email.message_from_bytes(message.as_bytes(), policy=email.policy.default)
    assert isinstance(parsed, EmailMessage)
    return parsed


@pytest.mark.parametrize("subtype,body", [
    ("html", f"<p>hoi, mijn mama slaat me en ik durf niet naar school</p><p>{ICON} liefs</p>"),
    ("html", f"{ICON}<p>hoi, mijn mama slaat me en ik durf niet naar school</p>"),
    ("plain", "<svg> is wat ik vandaag leerde op school. mijn mama slaat me en ik durf niet"
              " naar school"),
])
def test_an_svg_in_a_help_seekers_body_keeps_every_word(subtype: str, body: str) -> None:
    out = forward_body(_mail(subtype, body, "Sam <sam@gezin.example>"), SEEKER, "lumi.example",
                       "[afbeelding verwijderd]")
    assert "mijn mama slaat me en ik durf niet naar school" in " ".join(out.text.split())
    assert not out.attachments
    assert "<circle" not in (out.html or "")


def test_an_svg_icon_in_a_volunteers_signature_leaves_the_answer_whole() -> None:
    body = ("<p>Het is niet jouw schuld. Wil je me vertellen of je ergens veilig kan slapen?</p>"
            f"<p>{ICON} Cora</p>")
    out = answer_body(_mail("html", body, "Cora <cora@vrijwilligers.example>"), VOLUNTEER,
                      "lumi.example", frozenset())
    assert "ergens veilig kan slapen" in " ".join(out.text.split())
    assert not out.attachments
