"""Behaviour tests for the rules that closed dev/heldout-v9/seeker-mixed's misses (help-seekers
in French, English and Dutch mixing in a family language): a nationality said with a Dutch
noun and the Roma's words for themselves after "ik ben"; the young person named after "this is
the mother of", "the aunt and legal guardian of" and "ik schrijf voor een jongere uit ons …,";
"c'est son fils, X", "c'est moi qui écris, X 12 ans", "ik ben het, X, 14 jaar"; a pasted form's
name field and its label; a greeted name with a lower-case second part; the
name beside the writer's own address in a pasted key; a Steam friend code; an OpenPGP
fingerprint; a practitioner's street in a pasted confirmation; a Cyrillic name written in Latin
letters. Names, words and mails are invented, not the corpus's."""

from __future__ import annotations

import pytest

from tests.test_relay_text import PSEUDONYM, _forward, _mail

# --------------------------------------------------------------------------- nationalities


@pytest.mark.parametrize("line", ["ik ben Colombiaan, 17, en ik werk in een car wash",
                                  "ik ben 15 jaar, ik ben rom",
                                  "ik ben Nigeriaanse en ik woon hier pas 2 jaar"])
def test_a_nationality_or_people_after_ik_ben_stays(line: str) -> None:
    body = f"Hoi,\n{line}\nDe baas betaalt me niet.\nWat kan ik doen?\nRomain\n"
    relayed, _ = _forward(_mail("Romain Petrescu <romain.petrescu@mail.example>", body))
    assert line in relayed.text
    assert "Romain" not in relayed.text


def test_a_name_after_ik_ben_is_still_replaced() -> None:
    body = "hallo\nik ben Tamara, 14 jaar\nop school lachen ze mij uit\n"
    relayed, _ = _forward(_mail("t.horvath@mail.example", body))
    assert "Tamara" not in relayed.text
    assert "op school lachen ze mij uit" in relayed.text


# --------------------------------------------------------------------------- written for


@pytest.mark.parametrize("opening", ["This is the mother of Nalini, 13 years.",
                                     "I am the aunt and legal guardian of Nalini, she is 13.",
                                     "I am the legal guardian of Nalini, she is 13."])
def test_the_young_person_after_the_writers_relation_is_replaced(opening: str) -> None:
    body = (f"Hello,\n{opening}\nNalini does not eat since the summer.\n"
            "How can I help her?\nThank you\n")
    relayed, _ = _forward(_mail("Rekha & Suresh <rekhasuresh@mail.example>", body))
    assert "Nalini" not in relayed.text
    assert "does not eat since the summer." in relayed.text


def test_the_young_person_from_the_youth_workers_house_is_replaced() -> None:
    body = ("Dag Lumi,\nIk schrijf voor een jongere uit ons jeugdhuis, Amina (13), die het zelf "
            "niet durft.\nHaar vader drinkt elke avond.\nGroeten,\nBert\n")
    relayed, _ = _forward(_mail("Bert Claes <bert@jeugdhuis-ergens.example>", body))
    assert "Amina" not in relayed.text
    assert "Haar vader drinkt elke avond." in relayed.text


def test_a_father_introducing_himself_inside_a_pasted_voicemail_names_no_one_written_for(
) -> None:
    body = ("hoi\nik kreeg deze voicemail:\n"
            '"ja hallo eh dit is de vader van Wannes ge moogt hier niet meer komen"\n'
            "Wannes was mijn vriend en nu antwoordt hij niet meer\n")
    relayed, _ = _forward(_mail("Jorre Smet <jorre.smet@mail.example>", body))
    assert "Wannes was mijn vriend en nu antwoordt hij niet meer" in relayed.text


def test_the_mother_of_a_friend_in_the_story_stays() -> None:
    body = ("Hello,\nI am 15. The mother of Julia, my best friend, shouts at her every day.\n"
            "What can I do for Julia?\n")
    relayed, _ = _forward(_mail("k.osei@mail.example", body))
    assert "The mother of Julia, my best friend, shouts at her every day." in relayed.text


# --------------------------------------------------------------------------- "ik ben het"


@pytest.mark.parametrize(("line", "name"), [
    ("c'est pas ma mère qui écrit, c'est son fils, Tuan, j'ai 13 ans", "Tuan"),
    ("bonjour c'est l'ordi de nonna mais c'est moi qui écrit, Lorenzo 12 ans", "Lorenzo"),
    ("ik ben het, Precious, 14 jaar, ik zit op de gsm van mijn mama", "Precious"),
])
def test_the_writer_named_after_the_words_pointing_at_them_is_replaced(line: str,
                                                                       name: str) -> None:
    body = f"{line}\nmijn ouders roepen de hele tijd\nwat moet ik doen\n"
    relayed, _ = _forward(_mail("Grace Mbala <grace.mbala@mail.example>", body))
    assert name not in relayed.text
    assert "mijn ouders roepen de hele tijd" in relayed.text


def test_a_common_word_after_ik_ben_het_without_an_age_stays() -> None:
    body = "ik ben het, Precious moment was dat niet\nmijn ouders roepen de hele tijd\n"
    relayed, _ = _forward(_mail("Grace Mbala <grace.mbala@mail.example>", body))
    assert "Precious moment was dat niet" in relayed.text


# --------------------------------------------------------------------------- pasted forms


def test_the_label_of_a_forms_name_field_stays_and_the_name_goes() -> None:
    body = ("Hoi,\nik kreeg deze bevestiging van de bevraging:\n\n"
            "Bedankt voor je antwoorden!\nNaam: Gurpreet Kaur\nKlas: 4HWA\n"
            "Voel je je veilig thuis? Nee\n\nWat gebeurt er nu?\n")
    relayed, _ = _forward(_mail("Gurpreet Kaur <gurpreet.kaur.2010@mail.example>", body))
    # Label policy P4 (README Format): the class under "Naam:" is identity, its label stays.
    assert "Naam:" in relayed.text and "Klas:" in relayed.text and "4HWA" not in relayed.text
    assert "Gurpreet" not in relayed.text and "Kaur" not in relayed.text
    assert "Voel je je veilig thuis? Nee" in relayed.text


def test_a_class_in_running_text_stays() -> None:
    body = "Hoi,\nik zit in 4HWA en ik word gepest.\nNaam: dat zeg ik liever niet\n"
    relayed, _ = _forward(_mail("g.k2010@mail.example", body))
    assert "ik zit in 4HWA en ik word gepest." in relayed.text


def test_the_patient_on_a_pasted_confirmation_is_replaced() -> None:
    body = ("bonjour,\nvoilà la confirmation:\n\nVotre rendez-vous est confirmé\n"
            "Patient : Andreea Popescu\nLe mardi 3 mars à 10:00\n\n"
            "est-ce qu'elle va le dire à ma mère ?\n")
    relayed, _ = _forward(_mail("andreea.ro09@mail.example", body))
    assert "Andreea" not in relayed.text and "Popescu" not in relayed.text
    assert "Patient :" in relayed.text


def test_a_practitioners_street_under_their_role_stays() -> None:
    body = ("bonjour,\nvoilà la confirmation:\n\nVotre rendez-vous est confirmé\n"
            "M. Paul Lambert, psychologue\n8 rue des Tanneurs, 7000 Mons\n\n"
            "est-ce qu'il va le dire à mes parents ?\n")
    relayed, _ = _forward(_mail("andreea.ro09@mail.example", body))
    assert "8 rue des Tanneurs, 7000 Mons" in relayed.text


def test_the_writers_own_street_under_a_role_is_still_replaced() -> None:
    body = ("bonjour,\nma mère est psychologue\n8 rue des Tanneurs c'est notre maison, "
            "elle reçoit là\n")
    relayed, _ = _forward(_mail("andreea.ro09@mail.example", body))
    assert "8 rue des Tanneurs" not in relayed.text


# --------------------------------------------------------------------------- pasted messages


def test_a_greeted_name_with_a_lower_case_second_part_is_replaced() -> None:
    body = ("hi,\ni got this last night:\n\nHi Min-jun, you have a new DNA match!\n"
            "Lee S. - predicted relationship: cousin\n\ni don't know what to do\n")
    relayed, _ = _forward(_mail("minjun.d@mail.example", body))
    assert "Min-jun" not in relayed.text
    assert "i don't know what to do" in relayed.text


def test_the_name_beside_the_writers_own_address_is_replaced() -> None:
    body = ("hello\nhere's my public key:\n\npub   ed25519 2026-01-04 [SC]\n"
            "      1B2C 93D4 0E5F 6A71 8B92  C3D4 55E6 F7A8 0B9C 2D31\n"
            "uid   Shirin Tehrani <s.tehrani@mail.example>\n\nplease encrypt your reply\n")
    relayed, _ = _forward(_mail("s.tehrani@mail.example", body))
    assert "Shirin" not in relayed.text and "Tehrani" not in relayed.text
    assert "1B2C 93D4" not in relayed.text
    assert "please encrypt your reply" in relayed.text


def test_a_name_beside_someone_elses_address_stays() -> None:
    body = "hello\nmy teacher Ruth Adler <r.adler@school.example> said I should write\n"
    relayed, _ = _forward(_mail("s.tehrani@mail.example", body))
    assert "Ruth Adler" in relayed.text


def test_a_row_of_years_is_no_fingerprint() -> None:
    line = "2016 2017 2018 2019 2020 2021 2022 2023 2024 2025"
    relayed, _ = _forward(_mail("s.tehrani@mail.example", f"hello\n{line}\nall bad years\n"))
    assert line in relayed.text


def test_a_steam_friend_code_is_replaced() -> None:
    body = "hey\nim 14\nif you can talk there, my steam friend code is 2093381745\n"
    relayed, _ = _forward(_mail("Ravi Nair <ravi.nair@mail.example>", body))
    assert "2093381745" not in relayed.text
    assert "my steam friend code is" in relayed.text


def test_a_number_without_the_word_for_a_friend_code_stays() -> None:
    body = "hey\nmy steam account has 2093381745 hours lol\n"
    relayed, _ = _forward(_mail("Ravi Nair <ravi.nair@mail.example>", body))
    assert "2093381745" in relayed.text


# --------------------------------------------------------------------------- Cyrillic names


def test_a_cyrillic_display_name_written_in_latin_letters_is_replaced() -> None:
    body = ("Bonjour,\nJe m'appelle Tania (en vrai Tetiana mais personne dit ça).\n"
            "J'ai 15 ans et je suis triste.\n")
    relayed, _ = _forward(_mail("Тетяна Бондар <t.bondar@mail.example>", body))
    assert "Tetiana" not in relayed.text
    assert "J'ai 15 ans et je suis triste." in relayed.text


def test_a_latin_word_no_cyrillic_name_spells_stays() -> None:
    body = "Bonjour,\nJe vis à Odessa avant, maintenant à Namur.\n"
    relayed, _ = _forward(_mail("Тетяна Бондар <t.bondar@mail.example>", body))
    assert "Je vis à Odessa avant, maintenant à Namur." in relayed.text
    assert PSEUDONYM not in relayed.text.split("\n")[1]
