"""Behaviour tests for the rules that closed part of dev/heldout-v10/seeker-nl's misses: the
young person written for, presented by who minds them (a pupil "van mij", a player or a scout
of a coach's or a leader's group, the child a babysitter or a tutor minds, "ik schrijf voor een
jongen van 12 die …, X"), by one who treats them ("ik ben kinesist … een patiënte van 15. Ze
heet X"), or by a guardian or a foster family with whom they live ("X (12) woont bij ons").
Each rule has a guard: the writer's own story in a near shape that must stay. Names, numbers
and mails are invented, not the corpus's."""

from __future__ import annotations

import pytest

from tests.conftest import assert_absent
from tests.test_relay_text import PSEUDONYM, _forward, _mail


def _relayed(sender: str, body: str) -> tuple[str, bytes]:
    relayed, data = _forward(_mail(sender, body))
    return relayed.text, data


# --------------------------------------------------------------------------- who minds them


@pytest.mark.parametrize(("body", "names", "kept"), [
    # a teacher's pupil "van mij"
    ("Beste,\n\nIk ben leerkracht in het derde jaar. Een leerling van mij, Yassin (15), slaapt "
     "al een week bij vrienden.\nKan hij jullie schrijven?\n\nGroeten\n", ["Yassin"],
     "slaapt al een week bij vrienden."),
    # a coach's and a leader's group
    ("Hallo\n\nIk ben trainster. Een van mijn speelsters, Jolien (16), eet bijna niets meer.\n",
     ["Jolien"], "eet bijna niets meer."),
    # a leader's group, a first name joined of two
    ("Dag\n\nIk ben leidster bij de chiro. Een van onze kabouters, Marie-Anne (10), komt elke "
     "week zonder eten.\n", ["Marie-Anne"], "komt elke week zonder eten."),
    # a babysitter, even a young one, and the child they mind
    ("hoi\n\nik ben 15 en ik pas elke vrijdag op op een jongetje van 8, Finn. hij zei vandaag "
     "dat hij niet meer wil leven\n", ["Finn"], "hij zei vandaag dat hij niet meer wil leven"),
    # a tutor, with the town the child is from
    ("Hallo,\n\nIk geef bijles Frans aan een meisje van 13 uit Wilsele, Noor. Ze had een blauw "
     "oog vandaag.\n", ["Noor"], "Ze had een blauw oog vandaag."),
    # writing for a young person told of by a short clause before the name
    ("Goeiedag,\n\nIk schrijf voor een jongen van 11 die bij mij op de bus zit, Tibo. Hij wordt "
     "elke dag gepest.\n", ["Tibo"], "Hij wordt elke dag gepest."),
    # one who treats young people, the name in the next sentence
    ("Beste,\n\nIk ben kinesist en behandel een patiënte van 14 voor haar enkel. Ze heet Lotte; "
     "ze vertelde me dat ze zichzelf pijn doet.\n", ["Lotte"],
     "ze vertelde me dat ze zichzelf pijn doet."),
])
def test_the_young_person_someone_minds_is_replaced(body: str, names: list[str],
                                                    kept: str) -> None:
    text, data = _relayed("Greet Maes <greet.maes@mail.example>", body)
    assert_absent(data, names)
    assert PSEUDONYM in text
    assert kept in text


@pytest.mark.parametrize(("body", "kept"), [
    # a young writer's "een speler van ons": their own story
    ("hoi\nik ben 14 en ik zit in de U15. een speler van ons, Robbe, lacht mij elke training "
     "uit\n", "een speler van ons, Robbe, lacht mij elke training uit"),
    # a young person telling of a girl by age and name, without minding or treating her
    ("hoi\nik ben 13. een meisje van 14 uit mijn straat, Lina, zegt dat ik lelijk ben\n",
     "een meisje van 14 uit mijn straat, Lina, zegt dat ik lelijk ben"),
])
def test_guard_people_in_a_young_writers_story_stay(body: str, kept: str) -> None:
    text, _ = _relayed("Lies Goossens <lies.goossens@mail.example>", body)
    assert kept in text


# --------------------------------------------------------------------------- in our care


@pytest.mark.parametrize(("body", "name", "kept"), [
    ("Dag,\n\nMijn broer is overleden. Zijn zoon, Wannes, is 15 en woont nu bij ons. Ik ben "
     "zijn voogd.\nHij praat niet meer.\n", "Wannes", "Hij praat niet meer."),
    ("Hallo\n\nWij zijn pleeggezin. Sinds de zomer woont Ayoub (11) bij ons. Hij slaapt "
     "slecht.\n", "Ayoub", "Hij slaapt slecht."),
])
def test_the_young_person_in_a_guardians_care_is_replaced(body: str, name: str,
                                                          kept: str) -> None:
    text, data = _relayed("Hilde Peeters <hilde.peeters@mail.example>", body)
    assert_absent(data, [name])
    assert kept in text


def test_guard_a_cousin_staying_with_a_young_writer_stays() -> None:
    body = ("hoi\nik ben 14. mijn nicht Emma (9) woont sinds kerst bij ons want haar mama is "
            "ziek, en ik moet mijn kamer delen\n")
    text, _ = _relayed("Lies Goossens <lies.goossens@mail.example>", body)
    assert "mijn nicht Emma (9) woont sinds kerst bij ons" in text


def test_guard_a_named_child_with_us_without_guardian_or_foster_words_stays() -> None:
    body = ("Hallo,\n\nIk ben 44 en mijn vriendin Greta (12) woont bij ons in de straat, "
            "dat is fijn.\nMaar ik slaap slecht sinds mijn scheiding.\n")
    text, _ = _relayed("Hilde Peeters <hilde.peeters@mail.example>", body)
    assert "mijn vriendin Greta (12) woont bij ons in de straat" in text


# --------------------------------------------------------------------------- pasted cards


def test_a_birth_cards_town_beside_the_writer_as_big_sister_is_replaced() -> None:
    body = ("hoi\n\nmijn mama heeft een baby gekregen. op het kaartje staat:\n\n"
            "Welkom kleine Mats\ngeboren op 3 maart\nFiere grote broer Kobe Wuyts\n"
            "Kraambezoek na een berichtje\nHerentals\n\nik ben 12 en niemand vroeg het mij\n")
    text, data = _relayed("Kobe Wuyts <kobe.wuyts@mail.example>", body)
    assert_absent(data, ["Kobe", "Wuyts", "Herentals"])
    assert "ik ben 12 en niemand vroeg het mij" in text
    assert "Fiere grote broer" in text


def test_guard_the_writers_own_big_sister_line_keeps_its_town() -> None:
    body = ("hoi\n\nik ben nu grote zus Kobe Wuyts voor heel de familie\nHerentals\nik ben 15\n")
    text, _ = _relayed("Kobe Wuyts <kobe.wuyts@mail.example>", body)
    assert "\nHerentals\n" in text


def test_a_letter_to_the_writers_parents_replaces_the_address_not_the_sender() -> None:
    body = ("ey\n\nkzyn 15 en er kwam een brief:\n\nGemeente Lier – Dienst Jeugd\n"
            "Aan de ouders van Jens Wuyts, geboren op 02/03/2010\nKerkstraat 4, 2500 Lier\n"
            "Uw zoon werd gezien op het plein.\n\nwa moet ik doen\n")
    text, data = _relayed("Jens Wuyts <jens.wuyts@mail.example>", body)
    assert_absent(data, ["Jens", "Wuyts", "Kerkstraat 4", "2500 Lier"])
    assert "Gemeente Lier – Dienst Jeugd" in text
    assert "wa moet ik doen" in text


def test_a_delivery_cards_addressee_and_a_name_label_order_locate_the_writer() -> None:
    body = ("Hoi,\n\nEr kwam een bos bloemen. Op het kaartje:\n\nVoor: Noor Wuyts\n"
            "Adres: Dorpsstraat 8, 3000 Leuven\n\nIk ben 17 en ik ken de afzender niet.\n")
    text, data = _relayed("Noor Wuyts <noor.wuyts@mail.example>", body)
    assert_absent(data, ["Noor", "Wuyts", "Dorpsstraat 8", "3000 Leuven"])
    assert "Ik ben 17 en ik ken de afzender niet." in text


def test_the_postcode_after_a_replaced_street_on_a_cv_line_goes() -> None:
    body = ("Hallo,\n\nIk ben 17. Moet mijn diagnose op mijn cv? Dit heb ik:\n\nCV\nNoor Wuyts\n"
            "Molenstraat 3, 3000 Leuven\nTalen: Nederlands, Frans\n\nIk twijfel heel erg.\n")
    text, data = _relayed("Noor Wuyts <noor.wuyts@mail.example>", body)
    assert_absent(data, ["Molenstraat 3", "3000 Leuven"])
    assert "Talen: Nederlands, Frans" in text
    assert "Ik twijfel heel erg." in text


def test_guard_the_writers_own_address_sentence_keeps_its_town() -> None:
    body = ("Hallo,\n\nKunnen jullie mij folders sturen? Mijn adres is Molenstraat 3, 3000 Leuven\n"
            "Ik ben 15.\n")
    text, data = _relayed("Noor Wuyts <noor.wuyts@mail.example>", body)
    assert_absent(data, ["Molenstraat 3"])
    assert "3000 Leuven" in text


# --------------------------------------------------------------------------- under the name


def test_a_line_in_brackets_telling_a_pets_name_under_the_signed_name_stays() -> None:
    body = ("Goedenavond,\n\nMijn dochter van 9 zit naast me en wil iets vragen.\n\n"
            "ik wil bij papa en bij mama wonen. kan dat?\n\nDank u.\nGreet\n\n"
            "(ze wil nog zeggen: de kat heet Pluis)\n")
    text, data = _relayed("Greet Maes <greet.maes@mail.example>", body)
    assert "(ze wil nog zeggen: de kat heet Pluis)" in text
    assert_absent(data, ["Greet", "Maes"])


def test_guard_a_card_line_with_a_capital_under_the_name_still_goes() -> None:
    body = ("Goedenavond,\n\nMijn dochter van 9 wil iets vragen. Kan dat?\n\nDank u.\nGreet Maes\n"
            "Praktijk de Linde Heist\n")
    text, data = _relayed("Greet Maes <greet.maes@mail.example>", body)
    assert_absent(data, ["Greet", "Maes", "Praktijk de Linde Heist"])
    assert "Mijn dochter van 9 wil iets vragen. Kan dat?" in text


def test_a_full_name_with_a_role_after_a_dash_over_a_clubs_card_goes() -> None:
    body = ("Hallo,\n\nIk ben trainer van de U14. Een van mijn spelers eet niet meer. Mag hij "
            "jullie schrijven?\n\nSportieve groeten\n\nJoris Peeters – trainer U14 heren\n"
            "VC Kalmthout\nSporthal De Vliet, Kerkstraat 1, 2920 Kalmthout\n")
    text, data = _relayed("VC Kalmthout – jeugd <jeugd@vc-kalmthout.example>", body)
    assert_absent(data, ["Joris Peeters", "Kerkstraat 1"])
    assert "Een van mijn spelers eet niet meer." in text


def test_guard_a_line_of_the_writer_with_a_name_a_dash_and_a_role_stays() -> None:
    body = ("hoi\n\nik ben 14 en er is iemand gemeen tegen mij:\n\nEmma Janssens – de trainer "
            "van mijn zus\n\nGroetjes\nLien\n")
    text, _ = _relayed("Lien Maes <lien.maes@mail.example>", body)
    assert "Emma Janssens – de trainer van mijn zus" in text


# --------------------------------------------------------------------------- the name wished for


def test_the_short_name_a_grandchild_wishes_for_is_replaced() -> None:
    body = ("Bonsoir,\n\nJe suis la grand-mère de Mathilde, qui a 15 ans et vit chez moi. "
            "Mathilde m'a dit qu'elle est un garçon et qu'elle voudrait qu'on l'appelle Max.\n"
            "Que puis-je faire pour lui ?\n\nMonique\n")
    text, data = _relayed("Monique Lebrun <monique.lebrun@mail.example>", body)
    assert_absent(data, ["Mathilde", "Max"])
    assert "Que puis-je faire pour lui ?" in text


def test_guard_a_young_writers_friend_and_the_name_she_wishes_for_stay() -> None:
    body = ("salut\n\nj'ai 14 ans. ma copine Inès m'a dit qu'elle voudrait qu'on l'appelle Lou, "
            "et moi je trouve ça joli\n")
    text, _ = _relayed("Zoé Martin <zoe.martin@mail.example>", body)
    assert "ma copine Inès m'a dit qu'elle voudrait qu'on l'appelle Lou" in text


# --------------------------------------------------------------------------- may they write us


@pytest.mark.parametrize(("body", "name", "kept"), [
    ("Hallo,\n\nIk ben de mama van een jongen van 14. Zijn vriend Wout logeerde hier en vertelde "
     "dat zijn vader hem slaat.\nKan Wout zelf met jullie praten? Hij heeft geen gsm.\n",
     "Wout", "Hij heeft geen gsm."),
    ("Hello,\n\nI run the chess club at our library. One boy told me he is scared to go home. "
     "Can Tayo write to you himself?\n", "Tayo", "One boy told me he is scared to go home."),
])
def test_the_young_person_a_grown_up_asks_may_contact_us_is_replaced(body: str, name: str,
                                                                    kept: str) -> None:
    text, data = _relayed("Hilde Peeters <hilde.peeters@mail.example>", body)
    assert_absent(data, [name])
    assert kept in text


def test_guard_a_young_writer_asking_for_a_friend_keeps_the_friends_name() -> None:
    body = ("hoi\nik ben 13 en mijn vriendin Lotte is heel verdrietig. mag Lotte ook jullie "
            "mailen?\n")
    text, _ = _relayed("Lies Goossens <lies.goossens@mail.example>", body)
    assert "mag Lotte ook jullie mailen?" in text


# --------------------------------------------------------------------------- class beside the name


@pytest.mark.parametrize(("body", "code"), [
    ("hoi\n\nik ben 17. mijn vrienden maakten een affiche:\n\nSTEM Ruben Claes!\nEen stem voor "
     "Ruben Claes (5 Econ-Wet) is een stem voor jou\n\nik wil dat niet eigenlijk\n",
     "5 Econ-Wet"),
    ("hoi\n\ndit staat in het jaarboek:\n\nRuben Claes – 6 Latijn-Wiskunde\n"
     "Quote: nooit opgeven\n\nik ben 18 en niemand weet hoe ik mij voel\n", "6 Latijn-Wiskunde"),
])
def test_a_flemish_study_field_class_beside_the_name_is_replaced(body: str, code: str) -> None:
    text, data = _relayed("Ruben Claes <ruben.claes@mail.example>", body)
    assert_absent(data, ["Ruben", "Claes", code])
    assert "niemand weet hoe ik mij voel" in text or "ik wil dat niet eigenlijk" in text


def test_guard_a_year_and_a_field_in_the_writers_sentence_stay() -> None:
    body = "hoi\n\nik zit in 6 Latijn-Wiskunde en ik ben 17. de toetsen zijn te zwaar\n\nRuben\n"
    text, _ = _relayed("Ruben Claes <ruben.claes@mail.example>", body)
    assert "ik zit in 6 Latijn-Wiskunde en ik ben 17." in text


def test_a_postcode_and_town_under_a_replaced_street_on_an_envelope_go() -> None:
    body = ("Dag,\n\nIk typ dit voor mijn zoon Lowie (9). Hij zegt:\n\n"
            "\"mama schreef het adres van het kamp op:\n\nLowie Peeters\nKampterrein De Beuk\n"
            "Bosweg 4\n6940 Durbuy\n\n"
            "maar ik wil niet gaan\"\n\nGroeten\n")
    text, data = _relayed("Els Peeters <els.peeters@mail.example>", body)
    assert_absent(data, ["Lowie", "Bosweg 4", "6940 Durbuy"])
    assert "maar ik wil niet gaan" in text


def test_guard_an_address_the_writer_offers_under_their_own_line_keeps_its_town() -> None:
    body = ("hoi\n\nkunnen jullie mij folders sturen? ik ben 15. mijn adres is:\nBosweg 4\n"
            "6940 Durbuy\n\ndank je\n")
    text, data = _relayed("Els Peeters <els.peeters@mail.example>", body)
    assert_absent(data, ["Bosweg 4"])
    assert "6940 Durbuy" in text


def test_guard_an_address_block_under_the_writers_ask_keeps_its_town() -> None:
    body = ("Hallo,\nIk ben 16 en ik wil graag een folder op papier. Mag die naar dit adres?\n"
            "Els Peeters\nBosweg 4\n6940 Durbuy\n")
    text, data = _relayed("Els Peeters <els.peeters@mail.example>", body)
    assert_absent(data, ["Bosweg 4"])
    assert "6940 Durbuy" in text
