"""Behaviour tests for the rules that closed dev round31's and round32's misses among
volunteers' answers (identity crossing, words lost): a data-protection footer under a card,
"dag en nacht" in a helpline's hours, a client line the volunteer quotes as advice, initials
and "Ms. G" signed above a card, "un endroit …, c'est X", an organisation's details the
volunteer introduces, a card with an organisation's notices under it, and a card laid out
one paragraph a line that ends in a sentence. Names, words and numbers are invented, not the
corpus's."""

from __future__ import annotations

import email
import email.policy
from email.message import EmailMessage

from tests.conftest import assert_absent
from tests.test_relay_text import PSEUDONYM, _answer, _mail

# --------------------------------------------------------------------------- data protection


def test_a_card_between_a_disclaimer_and_a_data_protection_footer_goes() -> None:
    text = (f"Salut {PSEUDONYM},\n\nCe que tu vis à l'internat n'est pas normal, et tu as le "
            "droit d'en parler à quelqu'un.\n\nTu peux appeler le 103 quand tu veux.\n\n"
            "Tu n'es pas seul.\n\n"
            "Ce message n'engage que son auteur et ne constitue pas une décision.\n\n"
            "Marc Dujardin | Éducateur | Service Jeunesse de Ciney | Rue des Tilleuls 8, 5590 "
            "Ciney | 083 21 40 55\n"
            "Province de Namur – Direction de la jeunesse\n\n"
            "Avant d'imprimer, pensez à l'environnement. Les données personnelles contenues "
            "dans ce courriel sont traitées selon le RGPD.\n")
    message = _mail("Marc Dujardin <marc.dujardin@ciney.example>", text)
    body, data = _answer(message, "marc.dujardin@ciney.example", "Marc")
    assert "Tu n'es pas seul." in body.text
    assert "Tu peux appeler le 103 quand tu veux." in body.text
    assert_absent(data, ["Dujardin", "Service Jeunesse de Ciney", "Rue des Tilleuls 8",
                         "083 21 40 55", "Province de Namur"])


def test_a_volunteers_own_words_about_personal_data_stay() -> None:
    text = (f"Salut {PSEUDONYM},\n\nMerci pour ton message.\n\n"
            "Tes données personnelles restent chez nous, personne d'autre ne les lit.\n\n"
            "Courage,\nMarc\n")
    message = _mail("Marc Dujardin <marc.dujardin@ciney.example>", text)
    body, data = _answer(message, "marc.dujardin@ciney.example", "Marc")
    assert "Tes données personnelles restent chez nous, personne d'autre ne les lit." in body.text
    assert_absent(data, ["Dujardin"])

# --------------------------------------------------------------------------- "dag en nacht"


def test_a_helplines_name_under_dag_en_nacht_is_no_signed_name() -> None:
    text = (f"Hoi {PSEUDONYM},\n\nHier zijn twee nummers om te bewaren:\n\n"
            "Praatpaal\n107\ndag en nacht\n\nLichtbaken\n1888\nelke avond\n\n"
            "Je hoeft niet te bellen, maar het is goed dat je ze hebt.\n\nHou je goed,\nJoost\n")
    message = _mail("joost.wyns@posteo.example", text)
    body, data = _answer(message, "joost.wyns@posteo.example", "Joost")
    assert "dag en nacht\n\nLichtbaken\n1888" in body.text
    assert_absent(data, ["Joost", "joost.wyns@posteo.example"])


def test_dag_alone_still_closes_before_a_signed_name() -> None:
    text = (f"Hoi {PSEUDONYM},\n\nHet is goed dat je het vertelde. Schrijf gerust terug.\n\n"
            "Dag dag\nJoost\n")
    message = _mail("joost.wyns@posteo.example", text)
    body, data = _answer(message, "joost.wyns@posteo.example", "Joost")
    assert "Dag dag" in body.text
    assert_absent(data, ["Joost"])

# --------------------------------------------------------------------------- client line as advice


def test_a_client_line_the_volunteer_quotes_as_advice_stays() -> None:
    text = (f"Bonsoir {PSEUDONYM},\n\n"
            "Si ton frère regarde ta tablette, il voit aussi tes mails.\n\n"
            "Autre chose : ta tablette ajoute une ligne à la fin de chaque mail, celle-ci :\n\n"
            "Envoyé de mon iPad\n\n"
            "Tu peux la retirer dans les réglages, alors personne ne sait d'où tu écris.\n\n"
            "À bientôt,\nOdile\n")
    message = _mail("Odile Ferrand <odile.ferrand@laposte.example>", text)
    body, data = _answer(message, "odile.ferrand@laposte.example", "Odile")
    assert "celle-ci :\n\nEnvoyé de mon iPad\n\nTu peux la retirer" in body.text
    assert_absent(data, ["Odile", "Ferrand"])


def test_the_volunteers_own_client_line_under_their_text_still_goes() -> None:
    text = (f"Bonsoir {PSEUDONYM},\n\nVoici ce que je te propose :\n"
            "Envoyé de mon iPad\n")
    message = _mail("Odile Ferrand <odile.ferrand@laposte.example>", text)
    body, _ = _answer(message, "odile.ferrand@laposte.example", "Odile")
    assert "Envoyé de mon iPad" not in body.text
    assert "Voici ce que je te propose :" in body.text

# --------------------------------------------------------------------------- signed above a card


def test_initials_signed_above_a_card_are_replaced() -> None:
    text = (f"Hey {PSEUDONYM},\n\nWhat happened at home sounds frightening. You are allowed to "
            "say no to people who want to change who you are.\n\nLook after yourself,\nFMO\n\n"
            "Fiadh Mac Oireachtaigh (she/her)\nData Engineer\n"
            "Kestrelsoft · Avenue Louise 54, 1050 Brussels\n+32 471 22 90 13\n\n"
            "Get Outlook for iOS\n")
    message = _mail("Fiadh Mac Oireachtaigh <fiadh.mo@kestrelsoft.example>", text)
    body, data = _answer(message, "fiadh.mo@kestrelsoft.example", "Fiadh")
    assert "You are allowed to say no to people who want to change who you are." in body.text
    assert "Look after yourself," in body.text
    assert_absent(data, ["FMO", "Fiadh", "Oireachtaigh", "Kestrelsoft", "+32 471 22 90 13"])


def test_a_title_and_the_initial_of_the_surname_signed_are_replaced() -> None:
    text = (f"Hi {PSEUDONYM},\n\nNot wanting to date anyone is completely fine. Lots of people "
            "feel that way, at every age.\n\nHang in there,\nMr. K\n\n"
            "Daniel Kowalczyk\nGrade 8 Counselor\nLakeside International School\n"
            "Drève des Aulnes 12, 1420 Braine-l'Alleud\n+32 2 387 44 10\n")
    message = _mail("Daniel Kowalczyk <dkowalczyk@lakeside.example>", text)
    body, data = _answer(message, "dkowalczyk@lakeside.example", "Daniel")
    assert "Hang in there," in body.text
    assert_absent(data, ["Mr. K", "Kowalczyk", "Lakeside International School"])


def test_a_title_and_someone_elses_initial_is_not_taken_for_the_writer() -> None:
    text = (f"Hi {PSEUDONYM},\n\nTalk to the counsellor at your school, she is kind.\n\n"
            "Ask for Ms. T\n\nBest,\nDaniel\n")
    message = _mail("Daniel Kowalczyk <dkowalczyk@lakeside.example>", text)
    body, _ = _answer(message, "dkowalczyk@lakeside.example", "Daniel")
    assert "Ask for Ms. T" in body.text

# ------------------------------------------------------------------------- "un endroit, c'est X"


def test_a_place_named_after_a_phrase_and_cest_is_not_the_writers_name() -> None:
    text = (f"Salut {PSEUDONYM},\n\nArriver dans une nouvelle ville sans connaître personne, "
            "c'est dur.\n\nUn lieu où tu peux rencontrer des jeunes de ton âge, c'est Kaléidos "
            "Jeunes. Ils organisent des soirées jeux chaque jeudi.\n\nCourage,\nBenoît\n")
    message = _mail("Benoît Lacroix <benoit.lacroix@orange.example>", text)
    body, data = _answer(message, "benoit.lacroix@orange.example", "Benoît")
    assert "c'est Kaléidos Jeunes. Ils organisent des soirées jeux chaque jeudi." in body.text
    assert_absent(data, ["Benoît", "Lacroix"])


def test_my_first_name_then_cest_still_names_the_writer() -> None:
    from tests.test_relay_text import _forward

    body, data = _forward(_mail("maison.pirotte@proximus.example",
                                "bonjour\n\nMon prénom, c'est Ysaline. j'ai 14 ans et je suis "
                                "perdue avec mes sentiments\n"))
    assert "j'ai 14 ans et je suis perdue avec mes sentiments" in body.text
    assert_absent(data, ["Ysaline"])

# ------------------------------------------------------------------ an organisation's details


def test_an_organisations_details_introduced_in_a_ps_stay() -> None:
    text = (f"Salut {PSEUDONYM},\n\nTu viens d'arriver à Liège et tu ne connais encore personne, "
            "c'est normal de te sentir seul.\n\nCourage, ça ira,\nAnselme\n\n"
            "PS : leurs coordonnées, pour que tu puisses passer quand tu veux :\n"
            "Point Jeunes Outremeuse\nRue des Récollets 9, 4020 Liège\n04 223 61 87\n"
            "Du mardi au samedi, 13h-18h\npointjeunes-outremeuse.example\n")
    message = _mail("Anselme Thirion <anselme.thirion@skynet.example>", text)
    body, data = _answer(message, "anselme.thirion@skynet.example", "Anselme")
    assert ("Point Jeunes Outremeuse\nRue des Récollets 9, 4020 Liège\n04 223 61 87\n"
            "Du mardi au samedi, 13h-18h\npointjeunes-outremeuse.example") in body.text
    assert_absent(data, ["Anselme", "Thirion"])


def test_a_place_introduced_in_the_middle_of_an_answer_keeps_its_street() -> None:
    text = (f"Hoi {PSEUDONYM},\n\nJe bent niet raar. Als je andere jongeren wil ontmoeten, is dit "
            "een plek waar ze je met open armen ontvangen:\n\n"
            "De Regenboogkeet\nJongerenwerking\nBrouwerijstraat 23\n2800 Mechelen\n"
            "elke woensdag vanaf 18u\n\n"
            "Je mag gewoon binnenlopen.\n\nGroetjes,\nWard\n")
    message = _mail("Ward Peelaers <ward.peelaers@telenet.example>", text)
    body, data = _answer(message, "ward.peelaers@telenet.example", "Ward")
    assert "De Regenboogkeet\nJongerenwerking\nBrouwerijstraat 23\n2800 Mechelen" in body.text
    assert "Je mag gewoon binnenlopen." in body.text
    assert_absent(data, ["Ward", "Peelaers"])


def test_the_volunteers_own_details_introduced_are_still_replaced() -> None:
    text = (f"Hoi {PSEUDONYM},\n\nAls je wil praten, kan je me hier vinden:\n\n"
            "Brouwerijstraat 23\n0478 55 21 90\n\nJe mag altijd bellen.\n\nGroetjes,\nWard\n")
    message = _mail("Ward Peelaers <ward.peelaers@telenet.example>", text)
    body, data = _answer(message, "ward.peelaers@telenet.example", "Ward")
    assert "Je mag altijd bellen." in body.text
    assert_absent(data, ["Brouwerijstraat 23", "0478 55 21 90", "Peelaers"])


def test_a_card_under_an_introduction_that_names_the_volunteer_still_goes() -> None:
    text = (f"Hoi {PSEUDONYM},\n\nFijn dat je schreef. Schrijf gerust nog eens terug.\n\n"
            "Hieronder vind je alles nog eens:\nWard Peelaers\nJeugdconsulent Stad Lier\n"
            "Brouwerijstraat 23, 2500 Lier\n0478 55 21 90\n")
    message = _mail("Ward Peelaers <ward.peelaers@telenet.example>", text)
    body, data = _answer(message, "ward.peelaers@telenet.example", "Ward")
    assert "Fijn dat je schreef. Schrijf gerust nog eens terug." in body.text
    assert_absent(data, ["Peelaers", "Brouwerijstraat 23", "0478 55 21 90", "Stad Lier"])


def test_a_help_seekers_address_under_an_introduction_is_still_replaced() -> None:
    from tests.test_relay_text import _forward

    body, data = _forward(_mail("Jolien Maes <jolien.maes@gezin.example>",
                                "hoi\n\nkunnen jullie iets sturen naar dit adres:\n\n"
                                "Brouwerijstraat 23\n2800 Mechelen\n\nmerci\n"))
    assert "kunnen jullie iets sturen naar dit adres:" in body.text
    assert_absent(data, ["Brouwerijstraat 23", "Jolien", "Maes"])

# --------------------------------------------------------------------------- notices under a card


def test_a_card_with_an_open_day_banner_and_a_hashtag_under_it_goes() -> None:
    text = (f"Dag {PSEUDONYM},\n\nJa, dat kan: veel scholen gebruiken gewoon de naam die jij "
            "kiest. Vraag het eerst aan één leerkracht die je vertrouwt.\n\n"
            "Groetjes,\nLode\n\n"
            "Lode Vanhamel\nleraar aardrijkskunde\nAtheneum Zonnebeek\n"
            "Kapelstraat 14 – 8980 Zonnebeke\n051 77 40 12\n\n"
            "INFOAVOND dinsdag 3 maart om 19 uur – welkom!\n#teamAZB\n")
    message = _mail("Vanhamel Lode <lode.vanhamel@azb.example>", text)
    body, data = _answer(message, "lode.vanhamel@azb.example", "Lode")
    assert "Vraag het eerst aan één leerkracht die je vertrouwt." in body.text
    assert "Groetjes," in body.text
    assert_absent(data, ["Vanhamel", "Atheneum Zonnebeek", "Kapelstraat 14", "051 77 40 12",
                         "teamAZB"])


def test_a_card_with_closed_offices_and_follow_us_under_it_goes() -> None:
    text = (f"Hey {PSEUDONYM},\n\nDat ze je uitlachen in de kleedkamer is niet oké. Vertel het "
            "aan je trainer of aan iemand thuis.\n\nSterkte,\nYasmine\n\n"
            "Yasmine Ouali\nMaatschappelijk werker\nZorgkas Oost\n"
            "Brugsesteenweg 90 | 9000 Gent\n09 241 30 77\n\n"
            "LET OP: onze loketten zijn dicht op 15 augustus.\n"
            "Volg ons: social.example/zorgkasoost\n")
    message = _mail("Yasmine Ouali <yasmine.ouali@zorgkas.example>", text)
    body, data = _answer(message, "yasmine.ouali@zorgkas.example", "Yasmine")
    assert "Vertel het aan je trainer of aan iemand thuis." in body.text
    assert_absent(data, ["Ouali", "Zorgkas Oost", "Brugsesteenweg 90", "09 241 30 77",
                         "zorgkasoost"])


def test_words_to_the_reader_under_a_card_stay() -> None:
    text = (f"Hey {PSEUDONYM},\n\nDat ze je uitlachen is niet oké.\n\nSterkte,\nYasmine\n\n"
            "Yasmine Ouali\nMaatschappelijk werker\nZorgkas Oost\n09 241 30 77\n\n"
            "SUCCES met je examens!\n#jijkanhet\n")
    message = _mail("Yasmine Ouali <yasmine.ouali@zorgkas.example>", text)
    body, data = _answer(message, "yasmine.ouali@zorgkas.example", "Yasmine")
    assert "SUCCES met je examens!" in body.text
    assert_absent(data, ["Ouali", "09 241 30 77"])


def test_notices_under_a_name_without_a_contact_line_stay() -> None:
    text = (f"Hey {PSEUDONYM},\n\nDat ze je uitlachen is niet oké.\n\nSterkte,\nYasmine\n\n"
            "Yasmine Ouali\nvrijwilliger\n\n"
            "ZOMERFEEST zaterdag 5 juli in het park – iedereen welkom!\n#samensterk\n")
    message = _mail("Yasmine Ouali <yasmine.ouali@zorgkas.example>", text)
    body, data = _answer(message, "yasmine.ouali@zorgkas.example", "Yasmine")
    assert "ZOMERFEEST zaterdag 5 juli in het park – iedereen welkom!" in body.text
    assert_absent(data, ["Ouali"])

# ------------------------------------------------------------------ a card a paragraph a line


def _html_only(sender: str, paragraphs: list[str]) -> EmailMessage:
    message = EmailMessage(policy=email.policy.default)
    message["From"] = sender
    message["To"] = "hulp@lumi.example"
    message["Subject"] = "RE: vraag"
    message.set_content("<html><body>" + "".join(f"<p>{p}</p>" for p in paragraphs)
                        + "</body></html>", subtype="html")
    return email.message_from_bytes(message.as_bytes(), policy=email.policy.default)  # type: ignore[return-value]


def test_a_card_a_paragraph_a_line_ending_in_a_sentence_goes() -> None:
    message = _html_only("Dr. Lotte Claerhout <lotte.claerhout@azoost.example>", [
        f"Dag {PSEUDONYM},",
        "Het is niet jouw taak om de zorgen van je papa op te lossen. Zoek iemand bij wie je "
        "even kan uitblazen.",
        "Met vriendelijke groet,", "Lotte", "dr. Lotte Claerhout",
        "Klinisch psycholoog – Jeugdpsychiatrie", "AZ Oostkust – campus Zeeduin",
        "Duinenlaan 41, 8400 Oostende", "T 059 41 22 08 | pieper 4417",
        "Afspraken enkel via het onthaal.",
    ])
    body, data = _answer(message, "lotte.claerhout@azoost.example", "Lotte")
    assert "Zoek iemand bij wie je even kan uitblazen." in body.text
    assert "Met vriendelijke groet," in body.text
    assert_absent(data, ["Claerhout", "AZ Oostkust", "Zeeduin", "Duinenlaan 41", "4417"])


def test_a_sentence_to_the_reader_under_a_card_a_paragraph_a_line_stays() -> None:
    message = _html_only("Dr. Lotte Claerhout <lotte.claerhout@azoost.example>", [
        f"Dag {PSEUDONYM},", "Fijn dat je schreef.", "Groetjes,", "dr. Lotte Claerhout",
        "Klinisch psycholoog", "T 059 41 22 08", "Ik lees je volgende mail graag.",
    ])
    body, data = _answer(message, "lotte.claerhout@azoost.example", "Lotte")
    assert "Ik lees je volgende mail graag." in body.text
    assert_absent(data, ["Claerhout", "059 41 22 08"])
