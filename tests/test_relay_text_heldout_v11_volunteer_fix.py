"""Behaviour tests for the rules that closed dev/heldout-v11's volunteer misses: a card under
the name the writer signed with at the end of their last paragraph (also with a note on when
mails are answered); a student's card line of full name, dash, year and school; a birth year
after the signed name ("°1958"); the writer's own lines under their signed name above the
card; a book title in quotation marks that reads like "call me X"; a library's loan receipt and
a race's result line pasted with the writer's name (their card's or runner's number, their
library's town, their club). And, for other dev volunteer misses: a P.S. glued under a card;
a relative named in capitals; "ik woon zelf in de …straat"; a long line of card fields under
"-- "; a room after the writer's name; "thuis zeggen ze X"; initials dated as a paraph. With
guards that the rules leave the writer's words in near shapes alone. Names, words and mails
are invented, not the corpus's."""

from __future__ import annotations

import email
import email.policy
from email.message import EmailMessage

from tests.conftest import assert_absent
from tests.test_relay_text import PSEUDONYM, _answer, _forward, _mail

QUOTE = ("Op ma 2 mrt 2026 om 10:00 schreef Lumi <c.abcdefghij234567abcd@lumi.example>:\n"
         "> ik weet niet hoe ik het aan mijn ouders moet zeggen\n")


def _raw_answer(sender: str, body: str, subject: str = f"Re: [{PSEUDONYM}]") -> EmailMessage:
    """A plain answer whose body is sent exactly as written (no re-wrapping, no charset)."""
    raw = (f"From: {sender}\nTo: c.abcdefghij234567abcd@lumi.example\nSubject: {subject}\n"
           "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
           f"Content-Transfer-Encoding: 8bit\n\n{body}")
    return email.message_from_bytes(raw.encode("utf-8"), policy=email.policy.default)  # type: ignore[return-value]


# --------------------------------------------------------------- a card under the signed name


def test_a_card_under_the_name_signed_under_the_last_line_goes() -> None:
    body = (f"Hoi {PSEUDONYM}\n\nGe moet niet kiezen tussen uw ouders.\n\n"
            "Laat iets weten hoe het gaat?\nWout\n\n"
            "Wout Claeys - leerkracht aardrijkskunde\nSint-Ursulalyceum Mechelen\n"
            "Mails na 17u beantwoord ik de volgende schooldag. Wij respecteren het recht op "
            "deconnectie.\n\n" + QUOTE)
    relayed, data = _answer(_raw_answer("Wout Claeys <wout.claeys@ursula.example>", body),
                            "wout.claeys@ursula.example", "Wout")
    assert "Ge moet niet kiezen tussen uw ouders." in relayed.text
    assert "Laat iets weten hoe het gaat?" in relayed.text
    assert_absent(data, ["Claeys", "Sint-Ursulalyceum", "deconnectie"])


def test_words_to_the_reader_under_the_full_name_stay() -> None:
    body = (f"Hoi {PSEUDONYM}\n\nGe moet niet kiezen tussen uw ouders.\n"
            "Laat iets weten hoe het gaat?\nWout\n\n"
            "Wout Claeys\nik lees je mail zeker morgen, beloofd\n\n" + QUOTE)
    relayed, _ = _answer(_raw_answer("Wout Claeys <wout.claeys@ursula.example>", body),
                         "wout.claeys@ursula.example", "Wout")
    assert "ik lees je mail zeker morgen, beloofd" in relayed.text


# --------------------------------------------------------------- a student's card line


def test_a_students_card_line_of_name_year_and_school_goes() -> None:
    body = (f"Hey {PSEUDONYM},\n\nJe bent niet raar, echt niet.\nSien\n\n"
            "Sien Vanhoutte – 3de bach Hogeschool PXL Campus Diepenbeek\n\n" + QUOTE)
    relayed, data = _answer(_raw_answer("Sien Vanhoutte <sien.vanhoutte@student.example>", body),
                            "sien.vanhoutte@student.example", "Sien")
    assert "Je bent niet raar, echt niet." in relayed.text
    assert_absent(data, ["Vanhoutte", "Hogeschool PXL", "Diepenbeek"])


def test_the_full_name_and_a_dash_before_own_words_about_school_stay() -> None:
    body = (f"Hey {PSEUDONYM},\n\nJe bent niet raar, echt niet.\n\n"
            "Sien Vanhoutte – mijn school was ook zo, Hogeschool of niet\n\n" + QUOTE)
    relayed, _ = _answer(_raw_answer("Sien Vanhoutte <sien.vanhoutte@student.example>", body),
                         "sien.vanhoutte@student.example", "Sien")
    assert "mijn school was ook zo, Hogeschool of niet" in relayed.text


# --------------------------------------------------------------- a birth year after the name


def test_a_birth_year_after_the_signed_name_is_replaced() -> None:
    body = (f"Dag {PSEUDONYM},\n\nIn mijn tijd moest dat verborgen blijven. Nu niet meer.\n\n"
            "Warme groet,\nGodelieve (°1949)\n\n" + QUOTE)
    relayed, data = _answer(_raw_answer("Godelieve Smets <g.smets@telenet.example>", body),
                            "g.smets@telenet.example", "Godelieve")
    assert "In mijn tijd moest dat verborgen blijven. Nu niet meer." in relayed.text
    assert_absent(data, ["1949", "Godelieve"])


def test_a_year_in_the_writers_sentence_and_someone_elses_birth_year_stay() -> None:
    body = (f"Dag {PSEUDONYM},\n\nIk ben van 1949, Simone Veil (°1927) was toen al 22.\n\n"
            "Warme groet,\nGodelieve\n\n" + QUOTE)
    relayed, _ = _answer(_raw_answer("Godelieve Smets <g.smets@telenet.example>", body),
                         "g.smets@telenet.example", "Godelieve")
    assert "Ik ben van 1949, Simone Veil (°1927) was toen al 22." in relayed.text


# --------------------------------------------------------------- words under the signed name


def test_lines_to_the_reader_under_the_signed_name_stay_above_the_card() -> None:
    body = (f"Dag {PSEUDONYM},\n\nJe hoeft dit niet alleen te dragen.\n\n"
            "Ilse\nvroedvrouw, en vooral iemand die luistert\n✅ je mag dit bewaren\n\n"
            "Ilse Vandenberghe\nVroedvrouw materniteit\nAZ Heilige Familie Lokeren\n\n" + QUOTE)
    relayed, data = _answer(_raw_answer("Ilse Vandenberghe <ilse.vdb@azhf.example>", body),
                            "ilse.vdb@azhf.example", "Ilse")
    assert "vroedvrouw, en vooral iemand die luistert" in relayed.text
    assert "✅ je mag dit bewaren" in relayed.text
    assert_absent(data, ["Vandenberghe", "AZ Heilige Familie", "Ilse"])


def test_a_role_under_the_signed_name_above_the_card_goes_with_it() -> None:
    body = (f"Dag {PSEUDONYM},\n\nJe hoeft dit niet alleen te dragen.\n\n"
            "Ilse\nvroedvrouw\n\n"
            "Ilse Vandenberghe\nVroedvrouw materniteit\nAZ Heilige Familie Lokeren\n\n" + QUOTE)
    relayed, data = _answer(_raw_answer("Ilse Vandenberghe <ilse.vdb@azhf.example>", body),
                            "ilse.vdb@azhf.example", "Ilse")
    assert "Je hoeft dit niet alleen te dragen." in relayed.text
    assert_absent(data, ["Vandenberghe", "AZ Heilige Familie", "Ilse"])


# --------------------------------------------------------------- a title that says "call me"


def test_a_book_title_in_quotes_that_says_call_me_stays() -> None:
    body = (f"Bonjour {PSEUDONYM},\n\nDeux livres pour toi :\n"
            "- « Appelle-moi Noé » – roman, 2019\n- « Le ciel de Lou » – BD\n\n"
            "Courage,\nMireille\n\n" + QUOTE)
    relayed, _ = _answer(_raw_answer("Mireille Dubois <mireille.dubois@mail.example>", body),
                         "mireille.dubois@mail.example", "Mireille")
    assert "- « Appelle-moi Noé » – roman, 2019" in relayed.text


def test_a_request_to_be_called_quoted_as_said_is_replaced() -> None:
    body = ("Bonjour,\nj'ai 15 ans. j'ai dit à ma mère : « appelle-moi Noé », elle a pleuré.\n"
            "Noé n'est pas encore mon nom sur les papiers.\n")
    relayed, _ = _forward(_mail("Camille Roy <camille.roy@mail.example>", body))
    assert "Noé" not in relayed.text
    assert "elle a pleuré." in relayed.text


# --------------------------------------------------------------- receipts with the writer's name


def test_a_library_loan_receipt_loses_the_card_number_and_the_town() -> None:
    body = (f"Dag {PSEUDONYM},\n\nIk heb een paar boeken voor je geleend, dit is mijn bonnetje:\n\n"
            "Uitleenbewijs – Bibliotheek Tielt\nLener: Marleen Cools – kaart 4410 2287 63\n"
            "1. Blauw is een warme kleur – terug op 12/05\n\n"
            "Vraag ze eens in jouw bib.\n\nGroetjes,\nMarleen\n\n" + QUOTE)
    relayed, data = _answer(_raw_answer("Marleen Cools <marleen.cools@skynet.example>", body),
                            "marleen.cools@skynet.example", "Marleen")
    assert "Uitleenbewijs – Bibliotheek" in relayed.text
    assert "1. Blauw is een warme kleur – terug op 12/05" in relayed.text
    assert_absent(data, ["Tielt", "4410 2287 63", "Cools"])


def test_a_library_town_in_the_writers_own_sentence_stays() -> None:
    body = (f"Dag {PSEUDONYM},\n\nIk werk in de bibliotheek van Tielt, kom gerust eens langs.\n"
            "Bibliotheek Tielt heeft een hele kast vol.\n\nGroetjes,\nMarleen\n\n" + QUOTE)
    relayed, _ = _answer(_raw_answer("Marleen Cools <marleen.cools@skynet.example>", body),
                         "marleen.cools@skynet.example", "Marleen")
    assert "Ik werk in de bibliotheek van Tielt, kom gerust eens langs." in relayed.text
    assert "Bibliotheek Tielt heeft een hele kast vol." in relayed.text


def test_a_french_library_receipt_with_an_initial_loses_the_town() -> None:
    body = (f"Bonjour {PSEUDONYM},\n\nVoici mon ticket :\n\n"
            "Ticket de prêt – Bibliothèque communale de Dinant\n"
            "Lecteur : J. Lambotte – carte n° 5512 0098\n\nCourage,\nJosiane\n\n" + QUOTE)
    relayed, data = _answer(_raw_answer("Josiane Lambotte <josiane.lambotte@mail.example>", body),
                            "josiane.lambotte@mail.example", "Josiane")
    assert "Ticket de prêt – Bibliothèque communale de" in relayed.text
    assert_absent(data, ["Dinant", "5512 0098", "Lambotte"])


def test_a_race_result_line_loses_the_runners_number_and_club() -> None:
    body = (f"Hoi {PSEUDONYM},\n\nIk loop om mijn hoofd leeg te maken, zondag nog in Brugge:\n"
            "Startnummer 2231 – Bart Wouters – 0:52:10 – AC Hasselt\n"
            "Misschien helpt bewegen jou ook.\n\nGroetjes,\nBart\n\n" + QUOTE)
    relayed, data = _answer(_raw_answer("Bart Wouters <bart.wouters@hotmail.example>", body),
                            "bart.wouters@hotmail.example", "Bart")
    assert "Ik loop om mijn hoofd leeg te maken, zondag nog in Brugge:" in relayed.text
    assert "Startnummer" in relayed.text and "0:52:10" in relayed.text
    assert_absent(data, ["2231", "AC Hasselt", "Wouters"])


def test_someone_elses_result_line_stays() -> None:
    body = (f"Hoi {PSEUDONYM},\n\nKijk wat mijn held liep:\n"
            "Startnummer 1 – Jonas Dewulf – 0:28:02 – AC Hasselt\n\nGroetjes,\nBart\n\n" + QUOTE)
    relayed, _ = _answer(_raw_answer("Bart Wouters <bart.wouters@hotmail.example>", body),
                         "bart.wouters@hotmail.example", "Bart")
    assert "Startnummer 1 – Jonas Dewulf – 0:28:02 – AC Hasselt" in relayed.text


# --------------------------------------------------------------- other dev volunteer misses


def test_a_card_with_a_ps_glued_under_it_goes_and_the_ps_stays() -> None:
    # round57's shape: the closing, the signed name, the card and a P.S. in one paragraph.
    body = (f"Dag {PSEUDONYM},\n\nGeef je mama een paar dagen tijd.\n\n"
            "Warme groet,\nHanne\nHanne Vercauteren\nThuisverpleegkundige\n"
            "Wit-Gele Kruis – team Lokeren\n0472 11 22 33\n"
            "P.S. je mag ook altijd 1712 bellen als het thuis te stil wordt.\n\n" + QUOTE)
    relayed, data = _answer(_raw_answer("Hanne Vercauteren <hanne.v@wgk.example>", body),
                            "hanne.v@wgk.example", "Hanne")
    assert "Warme groet," in relayed.text
    assert "P.S. je mag ook altijd 1712 bellen als het thuis te stil wordt." in relayed.text
    assert_absent(data, ["Vercauteren", "team Lokeren", "0472 11 22 33"])


def test_a_ps_under_the_signed_name_alone_stays() -> None:
    body = (f"Dag {PSEUDONYM},\n\nGeef je mama een paar dagen tijd.\n\n"
            "Warme groet,\nHanne\nP.S. ik ben thuisverpleegkundige, ik zie dat vaak.\n\n" + QUOTE)
    relayed, _ = _answer(_raw_answer("Hanne Vercauteren <hanne.v@wgk.example>", body),
                         "hanne.v@wgk.example", "Hanne")
    assert "P.S. ik ben thuisverpleegkundige, ik zie dat vaak." in relayed.text


def test_a_relatives_name_in_capitals_is_replaced() -> None:
    body = (f"BONJOUR {PSEUDONYM}\nMA PETITE-FILLE LOUISE A 17 ANS ET ELLE AIME UNE FILLE\n"
            "LOUISE A EU PEUR DE LE DIRE\nCOURAGE\nGISELE\n\n" + QUOTE)
    relayed, data = _answer(_raw_answer("Gisèle Marchal <gisele.marchal@skynet.example>", body),
                            "gisele.marchal@skynet.example", "Gisèle")
    assert "A EU PEUR DE LE DIRE" in relayed.text
    assert_absent(data, ["Louise"])


def test_a_word_in_capitals_after_a_relative_stays() -> None:
    body = (f"BONJOUR {PSEUDONYM}\nMON FILS EST GRAND MAINTENANT ET IL VA BIEN\nCOURAGE\n"
            "GISELE\n\n" + QUOTE)
    relayed, _ = _answer(_raw_answer("Gisèle Marchal <gisele.marchal@skynet.example>", body),
                         "gisele.marchal@skynet.example", "Gisèle")
    assert "MON FILS EST GRAND MAINTENANT ET IL VA BIEN" in relayed.text


def test_the_street_the_writer_says_they_live_in_themselves_is_replaced() -> None:
    body = (f"Dag {PSEUDONYM},\n\nIk ook, ik woon zelf in de Lindestraat, vlak bij dat park.\n\n"
            "Groetjes,\nGreet\n\n" + QUOTE)
    relayed, data = _answer(_raw_answer("Greet Wils <greet.wils@mail.example>", body),
                            "greet.wils@mail.example", "Greet")
    assert "vlak bij dat park." in relayed.text
    assert_absent(data, ["Lindestraat"])


def test_the_street_someone_else_lives_in_stays() -> None:
    body = (f"Dag {PSEUDONYM},\n\nMijn tante woont zelf in de Lindestraat, vlak bij dat park.\n\n"
            "Groetjes,\nGreet\n\n" + QUOTE)
    relayed, _ = _answer(_raw_answer("Greet Wils <greet.wils@mail.example>", body),
                         "greet.wils@mail.example", "Greet")
    assert "Mijn tante woont zelf in de Lindestraat, vlak bij dat park." in relayed.text


def test_a_long_line_of_card_fields_under_the_delimiter_and_name_goes() -> None:
    body = (f"Hello {PSEUDONYM},\n\nYou were honest, and that took courage.\n\nBest wishes,\n"
            "Nigel\n\n-- \nNigel Ashworth\n73 de M0NAX – call sign M0NAX, Skipton (IO84xa)\n\n"
            + QUOTE)
    relayed, data = _answer(_raw_answer("Nigel Ashworth <m0nax@radio.example>", body),
                            "m0nax@radio.example", "Nigel")
    assert "You were honest, and that took courage." in relayed.text
    assert_absent(data, ["Skipton", "IO84xa", "M0NAX", "Ashworth"])


def test_words_to_the_reader_under_the_delimiter_and_name_stay() -> None:
    body = (f"Hello {PSEUDONYM},\n\nYou were honest, and that took courage.\n\n"
            "-- \nNigel\nps – you can write again whenever you want, I read every mail\n\n" + QUOTE)
    relayed, _ = _answer(_raw_answer("Nigel Ashworth <m0nax@radio.example>", body),
                         "m0nax@radio.example", "Nigel")
    assert "ps – you can write again whenever you want, I read every mail" in relayed.text


def test_the_room_after_the_writers_name_is_replaced() -> None:
    body = (f"Dag {PSEUDONYM},\n\nGeef hem tijd en geef uzelf ook tijd.\n\n"
            "Groeten van Albert Verhulst, kamer 27\nSchrijf gerust nog eens terug.\n\n" + QUOTE)
    relayed, data = _answer(_raw_answer("Albert Verhulst <wzc.zonnebloem@ipad.example>", body),
                            "wzc.zonnebloem@ipad.example", "Albert")
    assert "Schrijf gerust nog eens terug." in relayed.text
    assert "kamer" in relayed.text
    assert_absent(data, ["kamer 27", "Verhulst"])


def test_a_room_in_the_writers_sentence_stays() -> None:
    body = (f"Dag {PSEUDONYM},\n\nMijn broer lag vroeger ook in kamer 27, en hij is er goed "
            "uitgekomen.\n\nGroeten,\nAlbert\n\n" + QUOTE)
    relayed, _ = _answer(_raw_answer("Albert Verhulst <wzc.zonnebloem@ipad.example>", body),
                         "wzc.zonnebloem@ipad.example", "Albert")
    assert "Mijn broer lag vroeger ook in kamer 27, en hij is er goed uitgekomen." in relayed.text


def test_the_name_said_at_home_after_the_signed_name_is_replaced() -> None:
    body = (f"Dag {PSEUDONYM},\n\nGe moet niet kiezen tussen twee talen.\n\n"
            "Groeten,\nMaarten, thuis zeggen ze Martino\n\n" + QUOTE)
    relayed, data = _answer(_raw_answer("Maarten Rossi <maarten.rossi@mail.example>", body),
                            "maarten.rossi@mail.example", "Maarten")
    assert "Ge moet niet kiezen tussen twee talen." in relayed.text
    assert_absent(data, ["Martino"])


def test_the_name_said_at_home_of_someone_else_stays() -> None:
    body = ("hoi\nmijn broer heet Matteo, thuis zeggen ze Teo, en hij pest mij\nik ben 13\n")
    relayed, _ = _forward(_mail("Luca Rossi <luca.rossi@mail.example>", body))
    assert "mijn broer heet Matteo, thuis zeggen ze Teo, en hij pest mij" in relayed.text


def test_the_writers_initials_dated_as_a_paraph_in_a_list_are_replaced() -> None:
    body = (f"Hallo {PSEUDONYM},\n\nEen paar dingen die helpen:\n☐ geen gsm in bed\n"
            "☐ schrijf je gedachten op\n\nLVH 14/03\n☐ en lukt het niet: ook goed\n\n" + QUOTE)
    relayed, data = _answer(_raw_answer("Lieve Van Hove <lieve.vanhove@zorg.example>", body),
                            "lieve.vanhove@zorg.example", "Lieve")
    assert "☐ en lukt het niet: ook goed" in relayed.text
    assert_absent(data, ["LVH"])


def test_other_capitals_with_a_date_in_a_list_stay() -> None:
    body = (f"Hallo {PSEUDONYM},\n\nEen paar dingen die helpen:\n☐ geen gsm in bed\n\n"
            "CLB 14/03\n☐ en lukt het niet: ook goed\n\nSchrijf gerust terug als het niet "
            "lukt, ik lees alles.\n\nLieve\n\n" + QUOTE)
    relayed, _ = _answer(_raw_answer("Lieve Van Hove <lieve.vanhove@zorg.example>", body),
                         "lieve.vanhove@zorg.example", "Lieve")
    assert "CLB 14/03" in relayed.text
