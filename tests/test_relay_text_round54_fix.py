"""Behaviour tests for the rules that keep a volunteer's last words to the reader under their
card or their client line (dev round54): "Julien / J. Hardy – Accompagnateur – matricule … /
Tu n'as rien fait de mal.", "Kobe / 4. stuur gerust een update, ik lees mee", "Verstuurd vanaf
Jolien haar iPhone / (ja zo heb ik het ingesteld haha)". The card goes, the words stay; a card's
own slogan or working days still go with it. Names, words and mails are invented."""

from __future__ import annotations

from tests.conftest import assert_absent
from tests.test_relay_text import _answer, _mail, _plain

HISTORY = ("\nOp ma 1 jun 2026 om 10:55 schreef Lumi <hulp@lumi.example>:\n"
           "> hoi ik weet het niet meer\n")


def _relayed(sender: str, text: str) -> tuple[str, bytes]:
    address = sender.split("<")[1].rstrip(">")
    _, data = _answer(_mail(sender, text + HISTORY), address, "Nick")
    return _plain(data), data


def test_french_words_to_the_reader_under_a_card_with_a_staff_number_arrive() -> None:
    plain, data = _relayed(
        "Julien Hardy <julien.hardy@rail.example>",
        "Bonjour QBQBUT,\n\nJe t'écris dans le train, j'ai dix minutes de calme.\n"
        "Bloque-le et montre les captures à un adulte.\n\nJulien\n"
        "J. Hardy – Accompagnateur de train – Dépôt de Ronet – matricule 40312\n"
        "Tu n'as rien fait de mal.\n")
    assert "Tu n'as rien fait de mal." in plain
    assert_absent(data, ["Julien", "Hardy", "Ronet", "40312"])


def test_a_wish_under_a_card_with_a_phone_arrives() -> None:
    plain, data = _relayed(
        "Thomas Renard <thomas.renard@mail.example>",
        "Salut QBQBUT,\n\nCe qui s'est passé n'est pas ta faute.\nLe centre est ouvert jour et "
        "nuit.\n\nThomas\nCroix-Rouge – Bénévoles Jeunesse – antenne de Jambes\n"
        "0497 55 12 08 (mercredi soir)\nPrends soin de toi ce week-end.\n")
    assert "Prends soin de toi ce week-end." in plain
    assert_absent(data, ["Thomas", "Renard", "0497 55 12 08", "antenne de Jambes"])


def test_an_english_line_to_the_reader_under_a_card_arrives() -> None:
    plain, data = _relayed(
        "Megan Price <megan.price@clinic.example>",
        "Hi QBQBUT,\n\nWhat you describe sounds exhausting.\nThe school nurse can help too.\n\n"
        "Megan Price\nYouth Counsellor – Northside Clinic\n+32 2 555 01 23\n"
        "you can write again whenever you like.\n")
    assert "you can write again whenever you like." in plain
    assert_absent(data, ["Megan", "Price", "Northside", "+32 2 555 01 23"])


def test_the_last_item_of_a_numbered_list_under_the_name_arrives() -> None:
    plain, data = _relayed(
        "Kobe <kobe.vh@proton.example>",
        "Hey QBQBUT,\n\nDrie dingen:\n1. je bent niet de enige\n2. je hoeft niets te zeggen\n"
        "3. bel 1712 als het thuis onveilig wordt\n\nKobe\n4. stuur gerust een update, "
        "ik lees mee\n")
    assert "4. stuur gerust een update, ik lees mee" in plain
    assert_absent(data, ["Kobe"])


def test_words_right_under_a_client_line_naming_the_owner_arrive() -> None:
    plain, data = _relayed(
        "Jolien Vermeulen <jolien.vermeulen@icloud.example>",
        "Hey QBQBUT!!\n\nWat goed dat je naar die groep bent geweest\nVolgende keer gaat het "
        "makkelijker\n\nXx Jo 🌻\nVerstuurd vanaf Jolien haar iPhone\n"
        "(ja zo heb ik het ingesteld haha)\n")
    assert "(ja zo heb ik het ingesteld haha)" in plain
    assert_absent(data, ["Jolien", "Vermeulen"])


# Guards: a card's own lines still go with it.

def test_a_cards_working_days_in_the_first_person_still_go() -> None:
    plain, data = _relayed(
        "Griet Mertens <griet.mertens@caw.example>",
        "Dag QBQBUT,\n\nDat klinkt zwaar.\nJe mag altijd terugschrijven.\n\nGriet Mertens\n"
        "Hulpverlener CAW Limburg\n03 555 12 34\nIk werk op maandag en dinsdag.\n")
    assert "Je mag altijd terugschrijven." in plain
    assert_absent(data, ["Griet", "Mertens", "CAW Limburg", "03 555 12 34", "maandag en dinsdag"])


def test_a_cards_slogan_without_a_reader_still_goes() -> None:
    plain, data = _relayed(
        "Jan Wouters <jan.wouters@jeugdhuis.example>",
        "Dag QBQBUT,\n\nDat klinkt zwaar.\nJe mag altijd terugschrijven.\n\nJan Wouters\n"
        "Jeugdhuis De Schakel\n011 22 33 44\nsamen sterk voor elke jongere\n")
    assert "Je mag altijd terugschrijven." in plain
    assert_absent(data, ["Jan", "Wouters", "De Schakel", "011 22 33 44"])


def test_a_client_line_with_a_card_line_under_it_still_goes() -> None:
    plain, data = _relayed(
        "Jolien Vermeulen <jolien.vermeulen@icloud.example>",
        "Hey QBQBUT!!\n\nWat goed dat je naar die groep bent geweest\n\nJolien\n"
        "Verstuurd vanaf mijn iPhone\nJolien Vermeulen – Studio Vermi\n")
    assert "Wat goed dat je naar die groep bent geweest" in plain
    assert_absent(data, ["Jolien", "Vermeulen", "Studio Vermi"])
