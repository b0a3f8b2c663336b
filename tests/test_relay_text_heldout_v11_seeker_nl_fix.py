"""Behaviour tests for the rules that closed part of dev/heldout-v11/seeker-nl's misses: the
young person a grown-up writes for, presented by the worry about one of the group they mind
("ik maak mij zorgen over een speler, X (14)"), as one of the house they work in ("een jongen
van 16 die bij ons in het jeugdhuis komt, X"), by a class teacher ("klastitularis van een
leerling … Hij heet op school nog X maar wil Y genoemd worden"), or staying with a foster
family ("Sinds mei is X (12) bij ons als pleegkind"). Each rule has a guard: a young writer's
own story in a near shape that must stay. Names, numbers and mails are invented, not the
corpus's."""

from __future__ import annotations

import pytest

from tests.conftest import assert_absent
from tests.test_relay_text import PSEUDONYM, _forward, _mail


def _relayed(sender: str, body: str) -> tuple[str, bytes]:
    relayed, data = _forward(_mail(sender, body))
    return relayed.text, data


# --------------------------------------------------------------------------- who minds them


@pytest.mark.parametrize(("body", "names", "kept"), [
    # a coach's worry about one of the group
    ("Goedendag,\n\nIk ben trainster van de U13 en ik maak mij zorgen over een speelster, "
     "Roos (12).\nZe eet bijna niets.\n\nGroeten\n", ["Roos"], "Ze eet bijna niets."),
    # a young person of the house the writer works in
    ("Dag,\n\nEen meisje van 15 die bij ons in de leefgroep woont, Yara, wil jullie schrijven."
     "\nKan dat?\n", ["Yara"], "wil jullie schrijven."),
    # a class teacher, the name used at school and the one wished for
    ("Beste,\n\nIk ben klastitularis van een leerlinge van 14 die mij vertelde dat ze non-binair "
     "is. Ze heet op school nog Sanne maar wil Sem genoemd worden.\nWat kan ik doen?\n",
     ["Sanne", "Sem"], "Wat kan ik doen?"),
    # staying with a foster family
    ("Goedemiddag,\n\nSinds vorige maand is Marwa (12) bij ons als pleegkind. Ze slaapt "
     "slecht.\n", ["Marwa"], "Ze slaapt slecht."),
])
def test_the_young_person_a_grown_up_writes_for_is_replaced(body: str, names: list[str],
                                                            kept: str) -> None:
    text, data = _relayed("Ilse Claes <ilse.claes@mail.example>", body)
    assert_absent(data, names)
    assert PSEUDONYM in text
    assert kept in text


@pytest.mark.parametrize(("body", "kept"), [
    # a young writer's worry about a teammate: their own story
    ("hoi\nik ben 14 en ik maak mij zorgen over een speler, Jens, hij huilt na elke match\n",
     "ik maak mij zorgen over een speler, Jens, hij huilt na elke match"),
    # a young writer telling of a boy of the youth club who hurts them
    ("hoi\nik ben 15. een jongen van 16 die bij ons in het jeugdhuis komt, Bram, slaat mij\n",
     "een jongen van 16 die bij ons in het jeugdhuis komt, Bram, slaat mij"),
    # a young writer's foster sister is their story
    ("hoi\nik ben 12 en sinds de zomer is Lotte (11) bij ons als pleegkind. ze pakt al mijn "
     "spullen\n", "sinds de zomer is Lotte (11) bij ons als pleegkind"),
    # a young writer telling of a classmate who wants another name
    ("hoi\nik ben 13. een leerling van 14 uit mijn klas heet op school nog Ruben en iedereen "
     "lacht met hem\n", "een leerling van 14 uit mijn klas heet op school nog Ruben"),
])
def test_guard_people_in_a_young_writers_story_stay(body: str, kept: str) -> None:
    text, _ = _relayed("Lies Goossens <lies.goossens@mail.example>", body)
    assert kept in text


# --------------------------------------------------------------------------- a card's class


@pytest.mark.parametrize(("body", "kept"), [
    # a locker list: number, name, class, each a field between dashes
    ("ik heb iets in mijn kastje verstopt\nen morgen is er controle, dit stond in de "
     "mededeling\n\nKastjescontrole vrijdag 9u\nKastje 42 – Wout Peeters – 5 ECMT\n\nik ben 16 "
     "en ik gebruik het om mezelf pijn te doen\nals ze het vinden weet iedereen het\n",
     "Kastje 42 – "),
    # a school doctor's letter: the class named with its word
    ("hallo\n\nik kreeg deze brief van het CLB:\nLeerling: Wout Peeters – klas 2 LAT\n"
     "Meebrengen: turnkledij\n\nik ben 13 en ik wil niet gewogen worden\n", "Leerling: "),
    # a letter signed with the year in words and the school after it
    ("hallo\n\ndit schreef ik voor mijn ouders\n\nLieve mama en papa,\nik hoop dat jullie "
     "niet meer ruzie maken.\nJullie zoon Wout Peeters, 5de leerjaar A, VBS De Regenboog\n\n"
     "ik ben 10\nmag dat\n", "Jullie zoon "),
    # a notice quoted in a line, the name tag's class glued
    ("ze zetten dit online\n\"Gevonden: een sjaal met naamlabel W. Peeters 3B, af te halen op "
     "het secretariaat.\"\nnu lacht iedereen\nik ben 12\n", "af te halen op het secretariaat."),
])
def test_a_class_beside_the_name_on_a_card_is_replaced(body: str, kept: str) -> None:
    text, data = _relayed("Wout Peeters <wout.peeters@mail.example>", body)
    assert_absent(data, ["Wout", "Peeters", "5 ECMT", "2 LAT", "5de leerjaar A", "3B"])
    assert kept in text


@pytest.mark.parametrize(("body", "kept"), [
    # the class in the writer's own sentence is content
    ("hallo\nik ben Wout, 14 jaar en ik zit in 3B\nniemand praat met mij\n",
     "ik zit in 3B"),
    # a number after the name that is no class
    ("hallo\nWout, 3 weken al gepest en niemand doet iets\nik ben 13\n",
     "3 weken al gepest en niemand doet iets"),
    # a document's title with the name, the class and more after it (labelled content)
    ("hoi\nhier is mijn rooster uit de schoolapp\n\nLessenrooster Wout Peeters – 5WE – week 9\n"
     "ma 1 Frans\nma 2 springuur\n\nik ben 16 en ik wil vrij zijn op dinsdag\n",
     "– 5WE – week 9"),
])
def test_guard_a_class_or_a_number_in_the_writers_own_words_stays(body: str, kept: str) -> None:
    text, _ = _relayed("Wout Peeters <wout.peeters@mail.example>", body)
    assert kept in text


# --------------------------------------------------------------------------- a card's places


@pytest.mark.parametrize(("body", "gone", "kept"), [
    # a placement's evaluation: the trainee's field, the placement's field
    ("Dag,\n\nIk ben 17 en dit staat in mijn evaluatie:\n\nStagiair: Wout Peeters – 6 VZ\n"
     "Stageplaats: Kinderdagverblijf De Bij Torhout\nOpmerking mentor: \"te stil\"\n\n"
     "Ik durf niet meer te gaan.\n", ["Torhout", "6 VZ"],
     ["Stageplaats: Kinderdagverblijf De Bij", "Opmerking mentor: \"te stil\""]),
    # a school doctor's letter: the school's field under the pupil's
    ("hallo\n\nik kreeg deze brief van het CLB:\nLeerling: Wout Peeters\n"
     "School: Sint-Vincentiusinstituut Tielt\nMeebrengen: turnkledij\n\nik ben 13 en ik wil "
     "niet gewogen worden\nniemand weet het\n", ["Sint-Vincentiusinstituut", "Tielt"],
     ["Meebrengen: turnkledij"]),
    # a letter's addressee by title, the town after the name
    ("hallo\n\nik kreeg dit van het zwembad:\n\nZwembad De Dolfijn – Schorsing\n"
     "Dhr. Wout Peeters, Roeselare\nU mag 2 maanden niet komen.\n\nik ben 14 en het was niet "
     "ik\n", ["Roeselare"], ["Zwembad De Dolfijn – Schorsing", "U mag 2 maanden niet komen."]),
    # the printed text of an engraving, in quotes after its field
    ("hallo\n\nzo stond het op de beker die papa bestelde:\n"
     "Tekst: \"Wout Peeters – KAMPIOEN TENNIS – TC Tielt\"\n\nik ben 12 en ik wil stoppen met "
     "tennis\n", ["Tielt"], ["KAMPIOEN TENNIS – TC"]),
    # a pasted letter signed by kin, the school by its kind in capitals
    ("hallo\n\nik moest een brief schrijven:\nLieve papa,\nik mis je.\n"
     "Jullie zoon Wout, VBS De Regenboog Tielt\n\nik ben 9\nmag dat\n",
     ["VBS De Regenboog", "Tielt"], ["Jullie zoon", "ik mis je."]),
    # a summons: whom it concerns, where they live
    ("hallo\nik moet naar de jeugdrechter en ik slaap niet meer\ndit staat in de brief\n\n"
     "OPROEPING – Jeugdrechtbank\nBetreft: Wout Peeters, geboren 3/4/2011\n"
     "wonende te 8800 Roeselare\nZitting: 3 maart, zaal 2\n\nhet gaat over de ruzie van mijn "
     "ouders\nik ben 14 en ze gaan mij dingen vragen\nwat als ik iets verkeerd zeg\n",
     ["8800 Roeselare", "Roeselare"], ["wonende te", "Zitting: 3 maart"]),
    # an addressee with an initial before the surname
    ("hallo\n\nde brief:\nAan: W. Peeters, Kerkstraat 4, 8800 Roeselare\nUw aanvraag is "
     "afgewezen.\n\nik ben 18 en ik weet niet wat doen\n", ["Roeselare"],
     ["Uw aanvraag is afgewezen."]),
])
def test_a_place_on_a_pasted_card_with_the_name_is_replaced(body: str, gone: list[str],
                                                            kept: list[str]) -> None:
    text, data = _relayed("Wout Peeters <wout.peeters@mail.example>", body)
    assert_absent(data, ["Wout", "Peeters", *gone])
    for words in kept:
        assert words in text


@pytest.mark.parametrize(("body", "kept"), [
    # a form the writer types themselves: their school is content
    ("hallo\n\nNaam: Wout\nSchool: Sint-Jozefscollege Aalst\nLeeftijd: 14\n\nik word gepest "
     "op de bus\n", "School: Sint-Jozefscollege Aalst"),
    # the writer's own sentence after a card's field word
    ("hallo\nik ben jullie zoon Wout en ik woon in Tielt\nik ben 12\n",
     "ik woon in Tielt"),
    # a card's own words before a school kind stay, and a list's numbered fields
    ("hallo\n\nSPONSORTOCHT VBS De Linde\nLoper: Wout Peeters\nKamer 12 – Groep 4\n\nik ben 11 "
     "en ik kan niet zo snel lopen\niedereen lacht\n", "SPONSORTOCHT"),
])
def test_guard_a_place_in_the_writers_own_words_or_a_cards_words_stay(body: str,
                                                                      kept: str) -> None:
    text, _ = _relayed("Wout Peeters <wout.peeters@mail.example>", body)
    assert kept in text


# --------------------------------------------------------------------------- a wristband


_WRISTBAND = ("ik lig op spoed\nik typ over wat er op mijn bandje staat\nwant ik snap het "
              "niet\n\nPEETERS WOUT – °14/03/2009\nAZ Sint-Rembert – PED – kamer 12\n"
              "Opname\n\nik ben 16\nik heb iets genomen\nik weet niet meer waarom\n"
              "mag ik van hier mailen\n")


def test_the_words_under_a_pasted_wristband_stay_and_its_birth_date_and_hospital_go() -> None:
    text, data = _relayed("Wout Peeters <wout.peeters@mail.example>", _WRISTBAND)
    assert_absent(data, ["Wout", "Peeters", "14/03/2009", "AZ Sint-Rembert"])
    for kept in ("ik ben 16", "ik heb iets genomen", "ik weet niet meer waarom",
                 "mag ik van hier mailen", "– PED – kamer 12", "Opname"):
        assert kept in text


def test_guard_a_card_under_a_closing_still_goes() -> None:
    # a signature with a phone under "Groeten," is no paste, however short the lines below
    body = ("Dag,\n\nmijn dochter eet niet meer, ze is 15.\nWat kan ik doen?\n\nGroeten,\n"
            "Wout Peeters\nZaakvoerder Peeters bv\n0472 11 22 33\n")
    text, data = _relayed("Wout Peeters <wout.peeters@mail.example>", body)
    assert_absent(data, ["Peeters bv", "0472 11 22 33"])
    assert "Wat kan ik doen?" in text


def test_guard_someone_elses_birth_date_in_a_sentence_stays() -> None:
    body = ("hoi\nmijn broertje is geboren op 14/03/2015 en sindsdien kijkt niemand nog naar "
            "mij\nik ben 12\n")
    text, _ = _relayed("Wout Peeters <wout.peeters@mail.example>", body)
    assert "geboren op 14/03/2015" in text


# --------------------------------------------------------------------------- run-on lines


def test_a_first_name_that_is_also_a_word_before_the_next_ik_clause_is_replaced() -> None:
    body = ("hallo\nik ben Roos ik zit bij de zwemploeg en mag hier even iets sturen\nik ben 13\n"
            "de trainer roept elke week mijn gewicht\n")
    text, data = _relayed("Zwemclub Lede secretariaat <secretariaat@zclede.example>", body)
    assert_absent(data, ["Roos"])
    assert "ik zit bij de zwemploeg en mag hier even iets sturen" in text


def test_guard_a_capitalised_word_that_is_no_first_name_before_ik_stays() -> None:
    body = "hallo\nik ben Moe ik wil alleen slapen\nik ben 13\n"
    text, _ = _relayed("Zwemclub Lede secretariaat <secretariaat@zclede.example>", body)
    assert "ik ben Moe ik wil alleen slapen" in text
