"""Behaviour tests for the rules that closed part of dev/heldout-v12/seeker-nl's misses (its
second half, s-0046 .. s-0090): a pasted form's class under a name with a surname particle
("Naam: X El Y" over "Klas: 3B"), a sports club's closing ("Met sportieve groet,") over a
coach's signature, a Dutch citizen service number ("BSN:"), an official letter's "Dossier:"
field, a two-letter child's name, "D'Hondt" for an address's "dhondt", surnames an address
spells, a bracelet's name line. Names, words and mails are invented, not the corpus's."""

from __future__ import annotations

import pytest

from mailhandler.core.scrub.names import without_class_beside_name
from tests.test_relay_text import _forward, _mail

# --------------------------------------------------------------------------- class on a form


def test_the_class_under_a_name_with_a_particle_is_replaced() -> None:
    # The name's parts replaced one by one leave the particle between them ("El", "van"):
    # the line is still the name alone, so the class under it is the pupil's.
    for line in ("Naam: QBQBUT El QBQBUT", "Naam: QBQBUT van QBQBUT", "QBQBUT de QBQBUT"):
        text = f"Ik heb het label ingevuld:\n{line}\nKlas: 2C\nIk wil niet mee.\n"
        cleaned = without_class_beside_name(text, "QBQBUT", "[…]")
        assert "2C" not in cleaned
        assert f"{line}\n" in cleaned and "Ik wil niet mee." in cleaned


def test_a_class_under_a_name_and_another_word_stays() -> None:
    text = "Naam: QBQBUT en Amira\nKlas: 2C\nIk wil niet mee.\n"
    assert "Klas: 2C" in without_class_beside_name(text, "QBQBUT", "[…]")


# --------------------------------------------------------------------------- club closing


def test_a_coachs_signature_under_a_sports_clubs_closing_goes() -> None:
    body = ("Beste,\nIk ben trainer van de miniemen en ik maak me zorgen om een speler.\n"
            "Kan hij bij jullie terecht?\n\nMet sportieve groeten,\n\nGeert Wuyts\n"
            "Jeugdcoördinator\nVoetbalclub Eendracht Lille vzw\nSportlaan 4, 2275 Lille\n"
            "0478 12 34 56\n")
    relayed, _ = _forward(_mail("Eendracht Lille <jeugd@eendracht-lille.example>", body))
    assert "Geert" not in relayed.text and "Wuyts" not in relayed.text
    assert "Jeugdcoördinator" not in relayed.text
    assert "Met sportieve groeten," in relayed.text
    assert "Kan hij bij jullie terecht?" in relayed.text


def test_sport_in_the_last_words_is_kept() -> None:
    body = ("hoi\nik zit in de voetbalclub en ze pesten mij\n"
            "met sportieve groet zeggen ze dan nog op de website\nwat moet ik doen\n")
    relayed, _ = _forward(_mail("tuur.2011@mail.example", body))
    assert "met sportieve groet zeggen ze dan nog op de website" in relayed.text
    assert "wat moet ik doen" in relayed.text


# --------------------------------------------------------------------------- record numbers


@pytest.mark.parametrize(("pasted", "number"), [
    ("Werknemer: L. Bakker\nBSN: 123456782", "123456782"),
    ("mijn burgerservicenummer is 123456782", "123456782"),
    ("Dossier: GAS/2025/01234\nAan: de heer L. Bakker", "GAS/2025/01234"),
    ("Dossier : ABC/2024/55120", "ABC/2024/55120"),
])
def test_a_citizen_number_or_a_letters_file_is_replaced(pasted: str, number: str) -> None:
    body = f"hallo\nik plak het:\n{pasted}\nwat moet ik doen?\n"
    relayed, _ = _forward(_mail("Lars Bakker <lars.bakker@mail.example>", body))
    assert number not in relayed.text
    assert "wat moet ik doen?" in relayed.text


def test_a_dossier_in_a_sentence_stays() -> None:
    body = "hallo\nmijn dossier: ik heb het nooit gezien\nhet staat in map 2024/3\n"
    relayed, _ = _forward(_mail("Lars Bakker <lars.bakker@mail.example>", body))
    assert "ik heb het nooit gezien" in relayed.text
    assert "het staat in map 2024/3" in relayed.text


# --------------------------------------------------------------------------- written for


def test_a_two_letter_name_after_my_daughter_is_replaced() -> None:
    body = ("Goedemiddag,\nMijn dochter Bo is 11 en ze slaapt slecht.\n"
            "Het horloge van Bo toont dat ze om 3 uur nog wakker is.\nKan Bo zelf mailen?\n"
            "Met vriendelijke groet,\nIngrid\n")
    relayed, _ = _forward(_mail("Ingrid Smeets <ingrid.smeets@mail.example>", body))
    assert "Bo" not in relayed.text.split()
    assert "Het horloge van" in relayed.text and "ze slaapt slecht." in relayed.text


def test_a_two_letter_word_after_my_son_stays() -> None:
    body = ("Goedemiddag,\nMijn zoon In de klas wordt hij gepest, schreef de juf.\n"
            "in de klas is het erg.\nGroet,\nIngrid\n")
    relayed, _ = _forward(_mail("Ingrid Smeets <ingrid.smeets@mail.example>", body))
    assert "Mijn zoon In de klas wordt hij gepest" in relayed.text


# --------------------------------------------------------------------------- surnames


def test_the_address_surname_written_with_its_elided_prefix_is_replaced() -> None:
    body = ("hoi\nik heb het bord overgetypt:\nWEEKPLANNING GEZIN D'HONDT\n"
            "ma: afwas\nik ben 13 en ik kan niet meer\n")
    relayed, _ = _forward(_mail("Lien <lien.dhondt.11@mail.example>", body))
    assert "HONDT" not in relayed.text.upper()
    assert "ik ben 13 en ik kan niet meer" in relayed.text


def test_a_french_elision_before_a_small_letter_stays() -> None:
    # "Davis" learned from the address; "d'avis" in French is no spelling of it.
    body = ("salut\nje suis d'avis que c'est injuste\nj'ai 14 ans\n")
    relayed, _ = _forward(_mail("Noah <noah.davis@mail.example>", body))
    assert "je suis d'avis que c'est injuste" in relayed.text


def test_the_address_surname_is_learned_beside_an_accented_first_name() -> None:
    body = ("hallo\nik kreeg een sms:\n\"de simkaart van het nummer (M. Ouali) werd vervangen\"\n"
            "wat moet ik doen?\n")
    relayed, _ = _forward(_mail("Maïssa <maissa.ouali@mail.example>", body))
    assert "Ouali" not in relayed.text
    assert "wat moet ik doen?" in relayed.text


def test_a_relative_before_the_address_surname_on_a_pasted_record_is_replaced() -> None:
    body = ("hallo ik ben 12\nik heb het overgetypt:\nNaam dier: Max\n"
            "Eigenaar: Walter Peeters\nmijn pa wil de hond meenemen\n")
    relayed, _ = _forward(_mail('"Lotte P." <lotte.peeters.2012@mail.example>', body))
    assert "Walter" not in relayed.text and "Peeters" not in relayed.text
    assert "mijn pa wil de hond meenemen" in relayed.text
    assert "Naam dier: Max" in relayed.text


def test_a_first_name_before_another_surname_stays() -> None:
    body = ("hallo ik ben 12\nmijn trainer Walter Janssens roept altijd\n"
            "ik wil stoppen\n")
    relayed, _ = _forward(_mail('"Lotte P." <lotte.peeters.2012@mail.example>', body))
    assert "mijn trainer Walter Janssens roept altijd" in relayed.text


def test_the_surname_on_a_line_with_the_writers_first_name_is_replaced() -> None:
    body = ("salut\nsur mon bracelet c'est écrit :\nAMIR HADDOUCHI\nASTHME – VENTOLINE\n"
            "tout le monde se moque de moi\n")
    relayed, _ = _forward(_mail("Amir <amir.hd.2011@mail.example>", body))
    assert "HADDOUCHI" not in relayed.text.upper()
    assert "ASTHME – VENTOLINE" in relayed.text
    assert "tout le monde se moque de moi" in relayed.text


def test_a_word_or_a_first_name_on_a_line_with_the_writers_first_name_stays() -> None:
    # A role ("Keeper") is a word of the language, a second first name ("Sara") may be a
    # friend's: neither is read as the writer's surname.
    for word in ("Keeper", "Sara"):
        body = (f"hoi\nop het bord van de ploeg staat:\nYasmine {word}\n"
                "en iedereen lacht ermee\n")
        relayed, _ = _forward(_mail("Yasmine <yasmine.2011@mail.example>", body))
        assert word in relayed.text
        assert "en iedereen lacht ermee" in relayed.text
