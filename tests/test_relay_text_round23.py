"""Volunteers' answers in the shapes of dev round23: names in Unicode small capitals, a title
before the name on a card, a card on one long line cut into fields, a French client line with
an elided "d'". Names, words and numbers are invented, not the corpus's."""

from __future__ import annotations

import re

from mailhandler.core.scrub import Identity, replace_identity
from mailhandler.core.scrub.signature_lines import _is_client_line
from tests.conftest import assert_absent
from tests.test_relay_text import PSEUDONYM, _answer, _mail, _plain


def test_a_name_in_small_capitals_is_replaced_where_it_stands() -> None:
    who = Identity(names=("Wout Maertens",), addresses=("wout.maertens@vrijwilligers.example",))
    text = "Tot gauw!\n-- \nᴡᴏᴜᴛ ᴍᴀᴇʀᴛᴇɴꜱ\nᴡᴏᴜᴛ\n"
    out = replace_identity(text, who, "hulp@lumi.example", "Lumi")
    assert out == "Tot gauw!\n-- \nLumi\nLumi\n"


def test_small_capitals_that_are_no_name_of_the_writer_stay_as_written() -> None:
    who = Identity(names=("Wout Maertens",), addresses=("wout.maertens@vrijwilligers.example",))
    text = "ᴊᴇ ʙᴇɴᴛ ɴɪᴇᴛ ᴀʟʟᴇᴇɴ, echt niet. Wouter uit je klas mag het ook weten.\n"
    assert replace_identity(text, who, "hulp@lumi.example", "Lumi") == text


def test_a_volunteers_signature_in_small_capitals_does_not_cross() -> None:
    text = (f"Hoi {PSEUDONYM},\n\nWat je schrijft over je broer raakt me. Je mag boos zijn.\n"
            "Wil je vertellen wat er gisteren gebeurde?\n\n-- \nᴛɪɴᴇ ᴠᴀɴᴅᴇᴘᴜᴛᴛᴇ\n")
    message = _mail("Tine Vandeputte <tine.vandeputte@vrijwilligers.example>", text)
    body, data = _answer(message, "tine.vandeputte@vrijwilligers.example", "Tine")
    assert "Wil je vertellen wat er gisteren gebeurde?" in body.text
    assert "Wat je schrijft over je broer raakt me. Je mag boos zijn." in body.text
    assert_absent(data, ["ᴛɪɴᴇ", "ᴠᴀɴᴅᴇᴘᴜᴛᴛᴇ", "Vandeputte",
                         "tine.vandeputte@vrijwilligers.example"])


def test_a_card_with_a_title_before_the_name_goes_with_its_role_line() -> None:
    text = (f"Dag {PSEUDONYM},\n\nHet is goed dat je dit vraagt. Je hoeft niet meteen alles "
            "te weten.\nNeem je tijd.\n\nVriendelijke groet,\n\nProf. dr. Bram Lievens\n"
            "Kinderarts\nPraktijk Zonneheuvel | Beukenlaan 9 | 9300 Aalst\n")
    message = _mail("Bram Lievens <bram.lievens@zonneheuvel.example>", text)
    body, data = _answer(message, "bram.lievens@zonneheuvel.example", "Bram")
    assert "Neem je tijd.\n\nVriendelijke groet,\n" in body.text
    assert "Het is goed dat je dit vraagt. Je hoeft niet meteen alles te weten." in body.text
    assert_absent(data, ["Bram", "Lievens", "Kinderarts", "Zonneheuvel", "Beukenlaan"])


def test_a_card_with_a_small_capitals_surname_and_a_role_line_goes() -> None:
    text = (f"Bonjour {PSEUDONYM},\n\nTu n'as rien de cassé. Tu peux en parler au PMS.\n\n"
            "Bonne soirée\n\nDr Hélène ᴋᴀʙᴀɴɢᴀ\nKinésithérapeute · Clinique du Parc\n")
    message = _mail("Hélène Kabanga <helene.kabanga@clinique-parc.example>", text)
    body, data = _answer(message, "helene.kabanga@clinique-parc.example", "Hélène")
    assert "Tu n'as rien de cassé. Tu peux en parler au PMS.\n\nBonne soirée" in body.text
    assert_absent(data, ["ᴋᴀʙᴀɴɢᴀ", "Kabanga", "Kinésithérapeute", "Clinique du Parc"])


def test_a_paragraph_naming_someone_elses_doctor_stays() -> None:
    text = (f"Dag {PSEUDONYM},\n\nIk snap dat je bang bent.\n\nDr. Ruben Claeys\nvan je school "
            "kan helpen\nvraag het hem gerust\n\nGroetjes,\nLina\n")
    message = _mail("Lina Baert <lina.baert@vrijwilligers.example>", text)
    body, data = _answer(message, "lina.baert@vrijwilligers.example", "Lina")
    assert "Dr. Ruben Claeys\nvan je school kan helpen\nvraag het hem gerust" in body.text
    assert_absent(data, ["Baert", "lina.baert@vrijwilligers.example"])


def test_a_long_card_line_cut_into_fields_goes_whole() -> None:
    text = (f"Hi {PSEUDONYM},\n\nYou are not too young to know who you like. Take all the time "
            "you need.\n\nWarm wishes,\n\nDeclan Byrne (he/him) · Youth Worker · "
            "Northside Youth and Family Centre Antwerp · +32 3 555 01 77\n")
    message = _mail("Declan Byrne <declan.byrne@northside.example>", text)
    body, data = _answer(message, "declan.byrne@northside.example", "Declan")
    assert "Take all the time you need.\n\nWarm wishes," in body.text
    assert_absent(data, ["Declan", "Byrne", "Youth Worker", "Northside", "555 01 77"])


def test_a_long_line_of_own_words_with_middle_dots_stays() -> None:
    line = ("Three things help many people · talking to a friend · writing it down · and "
            "calling 1712 when it gets too much for you")
    text = f"Hi {PSEUDONYM},\n\nI hear you.\n\n{line}\n"
    message = _mail("Declan Byrne <declan.byrne@northside.example>", text)
    body, _ = _answer(message, "declan.byrne@northside.example", "Declan")
    assert line in body.text


def test_a_french_client_line_with_an_elided_article_goes() -> None:
    text = (f"Coucou {PSEUDONYM} ! Tu as le droit d'être qui tu es. On t'écoute. Margaux\n\n"
            "Envoyé à partir d'Outlook pour iOS\n")
    message = _mail("Margaux Lefèvre <margaux.lefevre@hotmail.example>", text)
    body, data = _answer(message, "margaux.lefevre@hotmail.example", "Margaux")
    assert "Tu as le droit d'être qui tu es. On t'écoute." in body.text
    assert "Outlook" not in _plain(data) and "Envoyé" not in _plain(data)
    assert not re.search(r"Margaux|Lefèvre", _plain(data))


def test_french_client_lines_and_words_that_only_look_like_them() -> None:
    assert _is_client_line("Envoyé à partir d'Outlook pour Android")
    assert _is_client_line("Envoyé depuis l'app Mail")
    assert _is_client_line("Envoyé d'un Galaxy")
    assert not _is_client_line("envoyé d'urgence chez le médecin")
    assert not _is_client_line("Envoyé d'abord un message à ta prof")
    assert not _is_client_line("Envoyé d'un coup, désolé pour les fautes")
