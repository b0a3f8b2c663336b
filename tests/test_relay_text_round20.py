"""Relay rules for the names young people go by in the shapes of dev round20: a nickname they
sign with, a name they were once given or now choose, "X ben ik", two writing together,
"(of X zoals iedereen zegt)", and a quoted profile bio. Names and addresses invented."""

from __future__ import annotations

import re

from tests.conftest import assert_absent
from tests.test_relay_text import PSEUDONYM, _forward, _mail, _plain


def _word_gone(data: bytes, word: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", _plain(data)) is None


def test_a_word_nickname_the_writer_signs_with_is_replaced() -> None:
    body, data = _forward(_mail("Wannes Goris <wannes.goris@telenet.example>",
                                "op de scouts noemen ze mij Bliksem omdat ik zo snel loop\n"
                                "ik ben 12 en ik ben verliefd op een jongen\n"
                                "is dat erg\nBliksem\n"))
    assert _word_gone(data, "Bliksem")
    assert "omdat ik zo snel loop" in body.text
    assert "ik ben 12 en ik ben verliefd op een jongen" in body.text


def test_a_pet_name_from_a_grandparents_tablet_signed_with_is_replaced() -> None:
    body, data = _forward(_mail("Rita Claes <rita.claes1950@skynet.example>",
                                "dit is de tablet van mijn opa\n"
                                "opa noemt mij altijd Pompke maar ik heet Jorne\n"
                                "ik ben 11 en ik vind een jongen uit mijn klas leuk\n"
                                "groetjes Pompke (dus Jorne)\n"))
    assert _word_gone(data, "Pompke")
    assert_absent(data, ["Jorne"])
    assert "ik ben 11 en ik vind een jongen uit mijn klas leuk" in body.text


def test_a_called_word_that_does_not_sign_stays() -> None:
    body, _ = _forward(_mail("Wannes Goris <wannes.goris@telenet.example>",
                             "op de scouts noemen ze mij Bliksem en dat vind ik stom\n"
                             "ik ben 12\ngroetjes Wannes\n"))
    assert "noemen ze mij Bliksem en dat vind ik stom" in body.text


def test_a_name_once_given_and_one_chosen_are_replaced() -> None:
    _, data = _forward(_mail("J. Wuyts <j.wuyts08@gmail.example>",
                             "dit is mijn titelblad:\ndoor Jana Wuyts (vroeger Jasper genoemd)\n"
                             "ik ben 13\n"))
    assert_absent(data, ["Jasper"])
    _, data = _forward(_mail("Lien Vos <lien.vos@icloud.example>",
                             "mijn meter noemt mij nog Lientje terwijl ik Jules wil heten nu\n"
                             "hoe vraag ik op school om Jules genoemd te worden\n"))
    assert_absent(data, ["Jules"])


def test_how_the_writer_asks_to_be_called_after_a_correction_is_replaced() -> None:
    _, data = _forward(_mail("Fen Aerts <fen.aerts@gmail.example>",
                             "hoi ik ben Fen\nik bedoel Fenne niet Fen, ik wil dat jullie Fenne "
                             "zeggen\nik ben 15\n"))
    assert_absent(data, ["Fenne"])


def test_an_ordinary_word_after_the_cues_stays() -> None:
    body, _ = _forward(_mail("Lien Vos <lien.vos@icloud.example>",
                             "de dokter heeft het vroeger Genderdysforie genoemd\n"
                             "Bang ben ik\nik ben 14\n"))
    assert "de dokter heeft het vroeger Genderdysforie genoemd" in body.text
    assert "Bang ben ik" in body.text


def test_a_first_name_said_to_be_the_writer_is_replaced() -> None:
    body, data = _forward(_mail("Roos Maes <roos.maes@icloud.example>",
                                "ik schrijf over iemand\ndie iemand heet Robbe en is 14\n"
                                "Robbe wil dat iedereen hij zegt\noke Robbe ben ik\n"))
    assert _word_gone(data, "Robbe")
    assert f"{PSEUDONYM} wil dat iedereen hij zegt" in body.text


def test_two_writing_together_are_both_replaced_and_groups_stay() -> None:
    _, data = _forward(_mail("Gezin Peeters <gezin.peeters@gmail.example>",
                             "hoi wij zijn Ilse en Wannes (tweeling, 12)\n"
                             "Wannes zegt dat hij het al wist\n"))
    assert_absent(data, ["Ilse", "Wannes"])
    body, _ = _forward(_mail("Gezin Peeters <gezin.peeters@gmail.example>",
                             "wij zijn Belgen en Marokkanen tegelijk\nik ben 15\n"))
    assert "wij zijn Belgen en Marokkanen tegelijk" in body.text


def test_another_name_offered_after_the_writers_is_replaced() -> None:
    _, data = _forward(_mail("Ellen Vos <ellen.vos@icloud.example>",
                             "ik ben 16 en ik val op meisjes\nliefs,\n"
                             "Ellen (of Lenny zoals mijn vrienden zeggen)\n"))
    assert_absent(data, ["Lenny"])
    _, data = _forward(_mail("\"VAN DAMME Jef\" <jef.vandamme@student.hogent.example>",
                             "in de klas noemen ze mij Vandamme of gewoon VDJ\nik ben 18\n"))
    assert_absent(data, ["VDJ"])


def test_a_place_or_word_after_or_stays() -> None:
    body, _ = _forward(_mail("Ellen Vos <ellen.vos@icloud.example>",
                             "ik ben Ellen of Mechelen weet ik veel\nik twijfel tussen Gent of "
                             "Brugge om te studeren\n"))
    assert "of Mechelen weet ik veel" in body.text
    assert "Gent of Brugge om te studeren" in body.text


def test_the_name_in_a_quoted_profile_bio_is_replaced() -> None:
    body, data = _forward(_mail("j <jessevdm.x@gmail.example>",
                                "ik heb mijn bio veranderd naar:\n"
                                "\"jesse ✨ 15 | he/him | leuven\"\n"
                                "en nu krijg ik rare berichten\n"))
    assert _word_gone(data, "jesse")
    assert "en nu krijg ik rare berichten" in body.text


def test_a_bar_line_that_is_no_bio_stays() -> None:
    body, _ = _forward(_mail("Ellen Vos <ellen.vos@icloud.example>",
                             "mijn punten:\nWiskunde 12 | Frans 14 | Turnen |\nik ben 15\n"))
    assert "Wiskunde 12 | Frans 14 | Turnen |" in body.text
