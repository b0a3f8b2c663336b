"""Behaviour tests for the rules that closed part of dev/heldout-v9/seeker-nl's misses: a word
beside a phone number closing a ward's card is no signature (its lower-case use in the text
stays), a closing and a first name on a line above a P.S. or a last thought signs the text, the
young person written for by a parent ("mijn kind"), a coach ("een van mijn spelers, X"), a
youth worker ("een jongen van 17 …, hij heet X") or a sibling who gives their age and asks how
to help them, a name they had before in brackets beside the name, and an ordinal in the
writer's own line under their name. Each rule has a guard: the writer's own words in a near
shape that must stay. Names, numbers and mails are invented, not the corpus's."""

from __future__ import annotations

import pytest

from tests.conftest import assert_absent
from tests.test_relay_text import PSEUDONYM, _forward, _mail


def _relayed(sender: str, body: str) -> tuple[str, bytes]:
    relayed, data = _forward(_mail(sender, body))
    return relayed.text, data


# --------------------------------------------------------------------------- a ward's card


def test_a_ward_word_beside_a_phone_on_the_card_is_no_name_in_the_text() -> None:
    body = ("hoi ik zit al 2 weken in de woongroep\nwe mogen 1 uur per dag op de laptop van de "
            "woongroep\nik ben 15\n\n-- \nLaptop bewoners\nZiekenhuis Oostrand, dienst pediatrie\n"
            "Woongroep 3 - 011 48 20 00\n")
    text, data = _relayed("Toestel Kolibrie <toestel.kolibrie@zh-oostrand.example>", body)
    assert "we mogen 1 uur per dag op de laptop van de woongroep" in text
    assert "hoi ik zit al 2 weken in de woongroep" in text
    assert_absent(data, ["Ziekenhuis Oostrand", "011 48 20 00"])


def test_guard_a_first_name_beside_a_phone_closing_the_text_still_signs_it() -> None:
    body = "hoi\n\nik ben 14 en ik wil praten. bel me maar\n\nMirthe 0472 11 22 33\n"
    text, data = _relayed("Gezin Claes <gezin.claes@mail.example>", body)
    assert_absent(data, ["Mirthe", "0472 11 22 33"])
    assert "ik ben 14 en ik wil praten. bel me maar" in text


# --------------------------------------------------------------------------- sign-off above more


@pytest.mark.parametrize(("body", "name"), [
    ("hallo\nik zit in een instelling sinds mei\nik ben 15\nliefs Femke\n"
     "ps niemand hier leest dit\n", "Femke"),
    ("Hallo\n\nMijn kat is weggelopen en ik ben 12.\n\nGroetjes van Wiebe (maar thuis zeggen ze "
     "Wiebke)\n\nik zet elke avond eten buiten, is dat dom\n", "Wiebe"),
])
def test_a_closing_and_first_name_above_a_ps_or_a_last_thought_signs(body: str,
                                                                      name: str) -> None:
    text, data = _relayed("Familie Wouters <fam.wouters@mail.example>", body)
    assert_absent(data, [name])
    assert PSEUDONYM in text
    last = body.rstrip("\n").rsplit("\n", 1)[-1]
    assert last in text


def test_guard_greetings_to_someone_above_a_ps_stay() -> None:
    body = ("hallo\nik ben 13 en mijn oma is ziek\ngroetjes aan Lore van de klas\n"
            "ps sorry voor de fouten\n")
    text, _ = _relayed("Familie Wouters <fam.wouters@mail.example>", body)
    assert "groetjes aan Lore van de klas" in text


# --------------------------------------------------------------------------- written for


@pytest.mark.parametrize(("body", "names", "kept"), [
    # a parent who says "mijn kind", and the name the child had before
    ("Goeiemiddag\n\nIk schrijf als papa. Mijn kind Noa (vroeger Noor) is 15 en zegt dat hij "
     "een jongen is.\nWaar kunnen we terecht?\n\nGroeten\nPeter\n", ["Noa", "Noor"],
     "is 15 en zegt dat hij een jongen is."),
    # a coach naming one of the players
    ("Dag\n\nIk ben trainster van de U13. Een van mijn zwemmers, Lotte, eet bijna niets meer "
     "voor wedstrijden.\nIk maak me zorgen.\n\nSportieve groet\n", ["Lotte"],
     "eet bijna niets meer voor wedstrijden."),
    ("Dag\n\nEen van onze spelers, Wout, heeft het moeilijk thuis.\n", ["Wout"],
     "heeft het moeilijk thuis."),
    # a youth worker presenting a young person by age and then by name
    ("Hallo\n\nIk ben straathoekwerker in Genk. Een meisje van 16 zit hier vaak, ze heet Ilse, "
     "en ze durft niet meer naar huis.\n", ["Ilse"], "en ze durft niet meer naar huis."),
    # a sibling giving the young person's age and asking how to help them
    ("Hoi,\n\nMijn zusje Jolien (12) huilt elke avond sinds de scheiding. Ik ben 18. Hoe help "
     "ik haar?\n", ["Jolien"], "huilt elke avond sinds de scheiding."),
    ("Hallo,\n\nMijn broer Arne is 14 en hij zegt dat hij niet meer wil leven. Ik weet niet wat "
     "ik tegen hem moet zeggen.\n", ["Arne"], "en hij zegt dat hij niet meer wil leven."),
    ("Bonjour,\n\nMon petit frère Timéo a 13 ans et il ne va plus à l'école. J'ai peur pour "
     "lui.\n", ["Timéo"], "et il ne va plus à l'école."),
    ("Hi,\n\nMy little sister Maisie (12) stopped eating. I'm 17 and I'm so worried about her.\n",
     ["Maisie"], "stopped eating."),
])
def test_the_young_person_written_for_is_replaced(body: str, names: list[str],
                                                  kept: str) -> None:
    text, data = _relayed("Kris Jacobs <kris.jacobs@mail.example>", body)
    assert_absent(data, names)
    assert PSEUDONYM in text
    assert kept in text


@pytest.mark.parametrize(("body", "kept"), [
    # a brother who hits the writer, named with his age: the writer asks for themselves
    ("hoi\nmijn broer Jens (17) slaat mij als mama weg is. ik ben 13. wat moet ik doen\n",
     "mijn broer Jens (17) slaat mij"),
    # a sibling with an age, but nothing asked for them
    ("hoi\nmijn zus Britt is 16 en mag alles, ik niks. ik ben 14 en ik ben zo boos\n",
     "mijn zus Britt is 16 en mag alles"),
    # a young person telling of a boy by age and name, without working with young people
    ("hoi\nik ben 15. een jongen van 17 stuurt mij berichten, hij heet Dries, en hij wil "
     "afspreken\n", "hij heet Dries, en hij wil afspreken"),
])
def test_guard_people_in_the_writers_story_stay(body: str, kept: str) -> None:
    text, _ = _relayed("Lies Goossens <lies.goossens@mail.example>", body)
    assert kept in text


# --------------------------------------------------------------------------- under the name


def test_an_ordinal_in_the_writers_line_under_their_name_stays() -> None:
    body = ("Hallo,\n\nMijn hamster is dood. Ik ben 12 en ik mis hem.\n\nMag ik huilen?\n\n"
            "Saar\n4de keer dat ik dit opnieuw begin\n")
    text, data = _relayed("Saar Peeters <saar.peeters@mail.example>", body)
    assert "4de keer dat ik dit opnieuw begin" in text
    assert_absent(data, ["Saar", "Peeters"])


def test_guard_a_card_line_with_an_ordinal_under_the_name_still_goes() -> None:
    body = ("Hallo,\n\nIk ben 16 en ik slaap slecht.\n\nMet vriendelijke groeten\n\nSaar Peeters\n"
            "3de graad ASO\nSint-Victorinstituut, 0476 98 76 54\n")
    text, data = _relayed("Saar Peeters <saar.peeters@mail.example>", body)
    assert "Ik ben 16 en ik slaap slecht." in text
    assert_absent(data, ["Saar", "Peeters", "0476 98 76 54"])
