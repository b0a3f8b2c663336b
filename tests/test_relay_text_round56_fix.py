"""Behaviour tests for the rules that closed part of dev/round56's misses: a conjunction after
"ik heet" is no name ("hoe ik heet en waar ik woon"), a birth card's date with the hour of birth
(a baby's, pasted by a brother or sister), and class codes beside the signed or labelled name in
more forms (a British year and form or set, a Belgian French year in words, a "Form:" field, a
class in brackets after the name in a pasted letter). Each rule has a guard: the writer's own
words in a near shape that must stay. Names, numbers and mails are invented, not the corpus's."""

from __future__ import annotations

from tests.test_relay_text import _forward, _mail

# --------------------------------------------------------------------------- lost lines


def test_a_conjunction_after_ik_heet_is_no_name() -> None:
    body = ("die jongen op de bus pakte mijn kaart en las ze voor\n"
            "nu weet hij hoe ik heet en waar ik woon en ik ben bang\n"
            "ik ben 14\nToon\n")
    relayed, data = _forward(_mail("Toon V <toon.vdb10@mail.example>", body))
    assert "nu weet hij hoe ik heet en waar ik woon en ik ben bang" in relayed.text
    assert "pakte mijn kaart en las ze voor" in relayed.text
    assert "Toon" not in relayed.text


def test_guard_a_name_after_ik_heet_is_still_replaced() -> None:
    body = "hallo\nik heet Toon en ik ben 14\nmijn vader roept altijd\n"
    relayed, _ = _forward(_mail("T <t.vdb@mail.example>", body))
    assert "Toon" not in relayed.text
    assert "en ik ben 14" in relayed.text


def test_a_birth_cards_date_with_the_hour_stays() -> None:
    body = ("we hebben een broertje\nmama stuurde dit kaartje rond\nHallo! Ik ben Mats\n"
            "geboren op 14 april 2026 om 22u05\n3,1 kg en 49 cm\n"
            "en nu kijkt niemand nog naar mij\n")
    relayed, _ = _forward(_mail("Lien <lien.dc@mail.example>", body))
    assert "geboren op 14 april 2026 om 22u05" in relayed.text
    assert "en nu kijkt niemand nog naar mij" in relayed.text


def test_guard_a_birth_date_field_without_the_hour_is_replaced() -> None:
    body = ("ik moest dit invullen voor de jeugdbeweging\nNaam: Lien De Cock\n"
            "Geboren op 14/04/2011\nen nu weet iedereen mijn verjaardag\n")
    relayed, data = _forward(_mail("Lien <lien.dc@mail.example>", body))
    assert b"14/04/2011" not in data
    assert "en nu weet iedereen mijn verjaardag" in relayed.text


# --------------------------------------------------------------------------- class codes


def test_a_british_year_and_form_in_brackets_beside_the_signed_name_is_replaced() -> None:
    body = "my mum works nights and I cook for my brothers\nI'm 15\n\nJess Hale, Year 10 (10M)\n"
    relayed, data = _forward(_mail("Jess Hale <jess.hale@mail.example>", body))
    assert b"10M" not in data
    assert "I cook for my brothers" in relayed.text


def test_a_year_and_set_beside_the_signed_name_is_replaced() -> None:
    body = "someone keeps adding me to group chats\nwhat do i do\nJess (Y9 set 2)\n"
    relayed, data = _forward(_mail("Jess <jess.hale@mail.example>", body))
    assert b"set 2" not in data
    assert "what do i do" in relayed.text


def test_a_french_year_in_words_beside_the_signed_name_is_replaced() -> None:
    body = "Je n'arrive plus à dormir avant les examens.\nMerci\nNoé — 4e année B\n"
    relayed, data = _forward(_mail("Noé <noe.lmb@mail.example>", body))
    assert "année B".encode() not in data
    assert "Je n'arrive plus à dormir avant les examens." in relayed.text


def test_a_rheto_class_beside_the_signed_name_is_replaced() -> None:
    body = "je stresse pour le voyage de fin d'année\nNoé, rhéto C\n"
    relayed, data = _forward(_mail("Noé <noe.lmb@mail.example>", body))
    assert "rhéto C".encode() not in data
    assert "je stresse pour le voyage de fin d'année" in relayed.text


def test_a_form_field_under_the_name_field_is_replaced() -> None:
    body = ("they gave me this again\nLATE SLIP\nName: Kyle Denton\nForm: 8PW\n"
            "i have to walk my sister first\n")
    relayed, data = _forward(_mail("Kyle <kyle.dent@mail.example>", body))
    assert b"8PW" not in data
    assert "i have to walk my sister first" in relayed.text


def test_a_class_after_a_labelled_pupils_name_is_replaced() -> None:
    body = "mijn zus kreeg dit\nLeerling: Lore Wuyts – 4C\nze wil niet meer naar school\n"
    relayed, data = _forward(_mail("Lore Wuyts <lore.wuyts@mail.example>", body))
    assert b"4C" not in data
    assert "ze wil niet meer naar school" in relayed.text


def test_a_class_in_brackets_after_the_name_in_a_pasted_letter_is_replaced() -> None:
    body = ("Nous avons reçu ceci :\nL'élève Noé Lambert (2e D) est convoqué jeudi.\n"
            "Il ne dort plus.\n")
    relayed, data = _forward(_mail("Noé Lambert <noe.lmb@mail.example>", body))
    assert b"2e D" not in data
    assert "est convoqué jeudi." in relayed.text


def test_guard_a_year_alone_and_a_class_in_a_sentence_stay() -> None:
    body = ("I'm in year 9 and my friend is in 9C\nthe boys from 10B laugh at me\n"
            "Jess, Year 9\n")
    relayed, _ = _forward(_mail("Jess <jess.hale@mail.example>", body))
    assert "I'm in year 9 and my friend is in 9C" in relayed.text
    assert "the boys from 10B laugh at me" in relayed.text
    assert "Year 9" in relayed.text


def test_guard_someone_elses_class_in_brackets_stays() -> None:
    body = "mon ami Hugo (3e B) me défend toujours\nNoé\n"
    relayed, _ = _forward(_mail("Noé <noe.lmb@mail.example>", body))
    assert "mon ami Hugo (3e B) me défend toujours" in relayed.text


# --------------------------------------------------------------------------- written for


def test_a_coachs_player_named_in_dialect_is_replaced_with_his_pet_form() -> None:
    body = ("Dag\nIch bin trainer van de U13 en ich maak mich zorgen over ene van mien spelers, "
            "Senne (Senne Wouters, 12).\nSinds de kerst komt Senneke niet meer naar de training "
            "en de jongens noemen hem \"Woutske\".\nWat moet ich doen?\nGroeten\n")
    relayed, _ = _forward(_mail("Trainer U13 <trainer.u13@club.example>", body))
    assert "Senne" not in relayed.text  # "Senne", "Senneke"
    assert "Sinds de kerst komt" in relayed.text and "Wat moet ich doen?" in relayed.text


def test_guard_a_players_name_told_in_the_writers_own_story_stays() -> None:
    body = ("ik ben 13 en ik speel bij de U13\nene van mien ploegmaats, Senne, lacht mij uit\n"
            "wat moet ik doen\n")
    relayed, _ = _forward(_mail("Lowie <lowie.p@mail.example>", body))
    assert "ene van mien ploegmaats, Senne, lacht mij uit" in relayed.text


def test_a_foster_familys_child_is_replaced() -> None:
    body = ("Goedemiddag,\nWij zijn sinds 3 jaar het pleeggezin van Yaw. Hij is 14.\n"
            "Hij slaapt slecht sinds zijn mama niet meer belt.\nMag Yaw jullie zelf mailen?\n")
    relayed, _ = _forward(_mail("Els Peeters <els.peeters@mail.example>", body))
    assert "Yaw" not in relayed.text
    assert "Hij slaapt slecht sinds zijn mama niet meer belt." in relayed.text


def test_guard_we_are_the_family_of_a_friend_in_the_story_stays() -> None:
    body = "ik ben 15\nwe zijn al 3 jaar vrienden van Jonas en zijn familie\nhoe zeg ik het hem\n"
    relayed, _ = _forward(_mail("Mira <mira.d@mail.example>", body))
    assert "we zijn al 3 jaar vrienden van Jonas en zijn familie" in relayed.text
