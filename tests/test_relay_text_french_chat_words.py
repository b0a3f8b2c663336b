"""French chat words are no names (an adversary's probe, tenth session).

The word lists the rules tell names from words by are Dutch and English (OpenTaal, SCOWL), so
"Oui x" under a volunteer's answer was learned as the name Ophélie signs with, and every "oui"
of her answer reached the young person as "Lumi". The words French-speaking young people and
volunteers write most ("oui", "non", "merci", "salut", "bisous", "mdr", "tkt" …) are chat
words now, as "nee", "ok", "haha" are.
"""

from __future__ import annotations

from mailhandler.core.message import parse
from tests.test_relay_text import _answer, _forward

VOLUNTEER = "ophelie.dubois@benevoles.example"
HEAD = ("To: x@lumi.example\r\nSubject: Re: question\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n")


def _answered(body: str) -> str:
    raw = f"From: Ophélie Dubois <{VOLUNTEER}>\r\n{HEAD}{body}".encode()
    return _answer(parse(raw), VOLUNTEER, "Ophélie")[0].text


def test_a_volunteers_oui_under_her_answer_is_no_name_of_hers() -> None:
    text = _answered("Bonjour,\n\nTu demandes si tu as le droit d'être en colère. Oui, tu as "
                     "le droit. Et oui, tu peux en parler à quelqu'un.\n\nOui x\n")
    assert "Oui, tu as le droit. Et oui, tu peux en parler" in text
    assert "Lumi, tu as" not in text


def test_her_name_under_bisous_is_still_replaced() -> None:
    text = _answered("Bonjour,\n\nTu as le droit d'être en colère.\n\nBisous,\nOphélie\n")
    assert "Tu as le droit d'être en colère." in text
    assert "Ophélie" not in text


def test_a_young_persons_salut_and_merci_stay_words() -> None:
    raw = (b"From: Yanis Benali <yanis.b@maison.example>\r\nTo: hulp@lumi.example\r\n"
           b"Subject: aide\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
           b"Salut\nje sais pas a qui parler tkt pas pour moi\nMerci\n")
    text = _forward(parse(raw))[0].text
    assert "Salut" in text and "Merci" in text and "tkt pas pour moi" in text
