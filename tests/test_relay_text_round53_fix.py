"""Behaviour tests for the rules that closed part of dev/round53's misses: a payment or invite
link whose path is the account, an exam candidate's number, a student card's "(n° …)", a
portal's "Identifiant" code, and a care service's file reference ("placement reference is …",
"dossiernummer bij <service> is …"). Each rule has a guard: the writer's own words in a near
shape that must stay. Names, numbers and mails are invented, not the corpus's."""

from __future__ import annotations

from tests.test_relay_text import _forward, _mail

# --------------------------------------------------------------------------- account links


def test_a_payment_link_with_the_account_in_its_path_is_replaced() -> None:
    body = ("hey\nmy mate said to pay her back with my link\nmonzo.me/robinfairweather\n"
            "or paypal.me/rfair07 whatever\nim 15\n")
    relayed, data = _forward(_mail("Robin <robin.f@mail.example>", body))
    for gone in (b"robinfairweather", b"rfair07"):
        assert gone not in data, gone
    assert "my mate said to pay her back with my link" in relayed.text
    assert "monzo.me/" in relayed.text


def test_a_server_invite_link_is_replaced() -> None:
    body = ("Hi,\n\nI run a server for my class and the invite is discord.gg/velvet-den8 so "
            "anyone can join. I'm 15.\n")
    relayed, data = _forward(_mail("Tamsin <tamsin.o@mail.example>", body))
    assert b"velvet-den8" not in data
    assert "anyone can join. I'm 15." in relayed.text


def test_guard_a_payment_app_named_without_an_account_stays() -> None:
    body = ("hi\nmy mum sees everything on monzo and paypal.me links scare me\n"
            "discord is where my friends are\nim 14\n")
    relayed, _ = _forward(_mail("Pip <pip.l@mail.example>", body))
    assert "my mum sees everything on monzo and paypal.me links scare me" in relayed.text
    assert "discord is where my friends are" in relayed.text


# --------------------------------------------------------------------------- numbers by their key


def test_an_exam_candidate_number_is_replaced() -> None:
    body = ("Hi,\n\nMy exam candidate number is 5829 and it prints my old name on every paper.\n"
            "I'm 15.\n")
    relayed, data = _forward(_mail("Ellis Varga <ellis.v@mail.example>", body))
    assert b"5829" not in data
    assert "and it prints my old name on every paper." in relayed.text


def test_guard_a_candidate_number_with_no_number_stays() -> None:
    body = ("Hi,\n\nThe candidate number is on the front of the paper, and I scored 4417 points "
            "in the game.\n")
    relayed, _ = _forward(_mail("Ellis Varga <ellis.v@mail.example>", body))
    assert ("The candidate number is on the front of the paper, and I scored 4417 points in the "
            "game.") in relayed.text


def test_a_student_card_number_in_brackets_is_replaced() -> None:
    body = ("Bonjour,\n\nma carte étudiante (n° 31907716) affiche encore mon ancien prénom.\n"
            "j'ai 19 ans\n")
    relayed, data = _forward(_mail("Sasha <sasha.m@mail.example>", body))
    assert b"31907716" not in data
    assert "affiche encore mon ancien prénom." in relayed.text


def test_guard_a_student_card_with_words_in_brackets_stays() -> None:
    body = "Bonjour,\n\nma carte étudiante (la nouvelle) affiche encore 2 prénoms.\n"
    relayed, _ = _forward(_mail("Sasha <sasha.m@mail.example>", body))
    assert "ma carte étudiante (la nouvelle) affiche encore 2 prénoms." in relayed.text


def test_a_portal_identifier_code_is_replaced() -> None:
    body = ("Bonjour,\n\nSur le portail c'est écrit :\nÉlève : 4e B – Identifiant PX-5512093\n"
            "voilà\n")
    relayed, data = _forward(_mail("Noa <noa.t@mail.example>", body))
    assert b"5512093" not in data
    assert "4e B" in relayed.text


def test_guard_an_identifier_without_a_number_stays() -> None:
    body = "Bonjour,\n\nmon identifiant est bloqué depuis 3 jours et ma mère l'a vu.\n"
    relayed, _ = _forward(_mail("Noa <noa.t@mail.example>", body))
    assert "mon identifiant est bloqué depuis 3 jours et ma mère l'a vu." in relayed.text


def test_a_care_placement_reference_is_replaced() -> None:
    body = ("Dear team,\n\nI foster a 15-year-old. Could he write to you? His placement "
            "reference is WMC/FP/30519, in case you need it.\n")
    relayed, data = _forward(_mail("June Okafor <june.o@mail.example>", body))
    assert b"30519" not in data
    assert "in case you need it." in relayed.text


def test_a_file_number_at_a_named_service_is_replaced() -> None:
    body = ("Goedemiddag,\n\nZijn dossiernummer bij Jeugdhulp is JH-ANT-55102. Kan hij met jullie "
            "praten?\n")
    relayed, data = _forward(_mail("Els Wuyts <els.w@mail.example>", body))
    assert b"55102" not in data
    assert "Kan hij met jullie praten?" in relayed.text


def test_guard_a_file_number_not_yet_known_and_a_short_reference_stay() -> None:
    body = ("Goedemiddag,\n\nZijn dossiernummer bij Jeugdhulp is nog niet bekend. Onze "
            "referentie is LGBT-ZORG, zegt de school, en réf. 12 in de brief.\n")
    relayed, _ = _forward(_mail("Els Wuyts <els.w@mail.example>", body))
    assert "Zijn dossiernummer bij Jeugdhulp is nog niet bekend." in relayed.text
    assert "referentie is LGBT-ZORG, zegt de school, en réf. 12 in de brief." in relayed.text


# --------------------------------------------------------------------------- a line under the name


def test_pronouns_without_brackets_under_the_signed_name_stay() -> None:
    body = ("Bonjour,\n\nJe voudrais changer mon prénom sur ma carte de bus. J'ai 17 ans.\n\n"
            "Merci,\nNoé\niel / they\n")
    relayed, data = _forward(_mail("Noé Castelli <noe.castelli@mail.example>", body))
    assert "iel / they" in relayed.text
    assert b"Castelli" not in data
    assert "Noé" not in relayed.text


def test_who_the_writer_is_to_the_young_person_stays_under_the_name() -> None:
    body = ("Hallo,\n\nIk schrijf voor mijn broertje, hij is 14 en durft zelf niet te mailen.\n\n"
            "Bedankt,\nMarieke\n(zijn zus, 20)\n")
    relayed, _ = _forward(_mail("Marieke Stols <marieke.stols@mail.example>", body))
    assert "(zijn zus, 20)" in relayed.text
    assert "Marieke" not in relayed.text


def test_guard_a_card_under_a_pronoun_line_still_goes() -> None:
    body = ("Hi,\n\nI'm 18 and I'd like to talk to someone about my family.\n\nThanks,\n"
            "Rowan Pike\nshe / they\nYouth Worker, Harbour Lane Centre\n07700 900 561\n")
    relayed, data = _forward(_mail("Rowan Pike <rowan.pike@mail.example>", body))
    assert b"07700 900 561" not in data
    assert b"Pike" not in data
    assert "I'm 18 and I'd like to talk to someone about my family." in relayed.text


# --------------------------------------------------------------------------- a birth date's field


def test_a_birth_date_in_a_pasted_field_is_replaced() -> None:
    body = ("Hello,\n\nThe clinic's app sent this to the family email:\n\n"
            "\"Your appointment is confirmed. DOB: 22/06/2008.\"\n\nMy dad will see it. I'm 17.\n")
    relayed, data = _forward(_mail("Priya Nandakumar <priya.n@mail.example>", body))
    assert b"22/06/2008" not in data
    assert "My dad will see it. I'm 17." in relayed.text
    assert "DOB:" in relayed.text


def test_guard_a_birth_year_and_a_date_without_the_field_stay() -> None:
    body = ("hi\nborn in 2009 so im 16, my birthday was on 22/06 and the party on 24/06/2025\n"
            "my date of birth is on the form but i left it blank\n")
    relayed, _ = _forward(_mail("Priya Nandakumar <priya.n@mail.example>", body))
    assert "born in 2009 so im 16, my birthday was on 22/06 and the party on 24/06/2025" \
        in relayed.text
    assert "my date of birth is on the form but i left it blank" in relayed.text


# --------------------------------------------------------------------------- a name with dashes


def test_a_first_name_spelled_with_dashes_is_replaced() -> None:
    body = "hoi ik ben m-a-r-i-t-a zodat niemand mij vindt, 14, utrecht, mag ik bellen?\n"
    relayed, data = _forward(_mail("Marita <marita.k@mail.example>", body))
    assert b"m-a-r-i-t-a" not in data
    assert "zodat niemand mij vindt, 14, utrecht, mag ik bellen?" in relayed.text


def test_guard_dashed_letters_that_are_no_name_or_no_self_introduction_stay() -> None:
    body = ("hoi\nik ben h-e-l-e-m-a-a-l op van school\nmijn vriendin s-a-r-a-h zegt dat het "
            "oke is\n")
    relayed, _ = _forward(_mail("Noor Vos <noor.vos@mail.example>", body))
    assert "ik ben h-e-l-e-m-a-a-l op van school" in relayed.text
    assert "mijn vriendin s-a-r-a-h zegt dat het oke is" in relayed.text
