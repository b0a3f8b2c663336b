"""Behaviour tests for two of the house label policies settled in the corpus README's Format
(tests/fixtures/relay_text/README.md): (P3) a volunteer's own relatives named in their answer
identify the volunteer and are replaced in place, as a partner's name already was; (P4) a
class code beside the name a help-seeker signs with (or under "Naam:") points at one child
and is replaced in place, the line and the writer's other words staying. Each rule has a
guard: the writer's near words (a help-seeker's own relatives, a friend, a class or year in a
sentence, an age beside the name) stay. Names and mails are invented, not the corpus's."""

from __future__ import annotations

import pytest

from tests.test_relay_text import PSEUDONYM, _answer, _forward, _mail

VOLUNTEER = "Griet Vandamme <griet.vd@vrijwilligers.example>"


def _answered(body: str) -> tuple[str, bytes]:
    relayed, data = _answer(_mail(VOLUNTEER, f"Dag {PSEUDONYM},\n\n{body}\n\nGroetjes,\nGriet\n"),
                            "griet.vd@vrijwilligers.example", "Griet")
    return relayed.text, data


def _forwarded(body: str, sender: str = "Jente Maes <jente.maes@mail.example>") -> str:
    relayed, _ = _forward(_mail(sender, body))
    return relayed.text


# --------------------------------------------------------------------------- P3: relatives


@pytest.mark.parametrize(("sentence", "name", "kept"), [
    ("Mijn zoon Jorre had hetzelfde in het vierde jaar.", "Jorre", "had hetzelfde in het"),
    ("Ik heb mijn eigen kleindochter Ysaline dat ook aangeraden.", "Ysaline",
     "dat ook aangeraden."),
    ("Mijn zus Nisrine was de eerste die het wist.", "Nisrine", "was de eerste die het wist."),
    ("Ma fille Capucine dit toujours : prends ton temps.", "Capucine",
     "dit toujours : prends ton temps."),
    ("My son Declan felt the same when he was 15.", "Declan", "felt the same when he was 15."),
])
def test_a_volunteers_own_relative_is_replaced_in_place(sentence: str, name: str,
                                                        kept: str) -> None:
    text, data = _answered(sentence)
    assert name not in text
    assert name.encode() not in data
    assert kept in text


def test_guard_the_help_seekers_relatives_and_friends_stay_in_the_answer() -> None:
    # "je zus Nisrine" is the help-seeker's sister, "mijn vriendin Sarah" a friend: neither
    # names the volunteer's household.
    text, _ = _answered("Misschien kan je zus Nisrine helpen? Mijn vriendin Sarah zegt dat "
                        "ook altijd. Mijn dochter is ook bi.")
    for kept in ("je zus Nisrine helpen?", "Mijn vriendin Sarah zegt", "Mijn dochter is ook bi."):
        assert kept in text


def test_guard_a_help_seekers_own_family_stays_in_their_story() -> None:
    text = _forwarded("hoi\nmijn zus Nisrine weet het al en mijn broer Jorre niet\nik ben 15\n")
    assert "mijn zus Nisrine weet het al en mijn broer Jorre niet" in text


# --------------------------------------------------------------------------- P4: class codes


@pytest.mark.parametrize(("sign_off", "replaced", "gone"), [
    ("Jente Maes 2C", f"{PSEUDONYM} […]", "2C"),
    ("Jente (3de jaar B)", f"{PSEUDONYM} ([…])", "jaar B"),
    ("Jente, 4A", f"{PSEUDONYM}, […]", "4A"),
    ("Jente Maes - 5TW", f"{PSEUDONYM} - […]", "5TW"),
    ("Jente M. 6B nr. 12", "[…]", "nr. 12"),
    ("Jente Maes\nKlas 3H1", "Klas […]", "3H1"),
])
def test_a_class_beside_the_signed_name_is_replaced_in_place(sign_off: str, replaced: str,
                                                             gone: str) -> None:
    text = _forwarded(f"Hallo\nIk word gepest op de speelplaats en ik durf niks te zeggen.\n"
                      f"{sign_off}\n")
    assert replaced in text, text
    assert gone not in text
    assert "Ik word gepest op de speelplaats en ik durf niks te zeggen." in text


def test_a_class_under_the_name_in_a_form_like_header_is_replaced() -> None:
    text = _forwarded("Naam: Jente Maes\nKlas: 1B\nVraag: mag de juf dit aan mijn ouders "
                      "vertellen?\n")
    assert "Klas: […]" in text
    assert "1B" not in text
    assert "Vraag: mag de juf dit aan mijn ouders vertellen?" in text


@pytest.mark.parametrize(("body", "kept"), [
    # A class or year in a sentence, an age beside the name, a class line under someone
    # else's name: the writer's words, and they stay.
    ("Hallo\nik zit in 4B en iedereen lacht mij uit\nJente\n", "ik zit in 4B en iedereen"),
    ("Hallo\nik word gepest\nJente, 15\n", f"{PSEUDONYM}, 15"),
    ("Hallo\nik word gepest\nJente (14)\n", f"{PSEUDONYM} (14)"),
    ("Hallo\nde pester is Robbe\nKlas 3B\nwat moet ik doen\nJente\n", "Klas 3B"),
    ("Hallo\nik ben in het 4de jaar en niemand weet het\nJente\n", "ik ben in het 4de jaar"),
])
def test_guard_a_class_not_beside_the_signed_name_stays(body: str, kept: str) -> None:
    assert kept in _forwarded(body)
