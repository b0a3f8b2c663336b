"""Behaviour tests for the rule that keeps a kid's short lines under a signature template a mail
client put in the middle of the text (dev round45): the template closes with a disclaimer or a
client line, and everything under it, after a blank line, that reads as words is the writer's.
Names, words and mails are invented, not the corpus's."""

from __future__ import annotations

from tests.conftest import assert_absent
from tests.test_relay_text import PSEUDONYM, _answer, _forward, _mail, _plain

MARKER = "[handtekening weggelaten]"
NL_DISCLAIMER = ("Dit bericht en de eventuele bijlagen zijn vertrouwelijk en uitsluitend bestemd "
                 "voor de geadresseerde. Indien u dit bericht ten onrechte ontvangen hebt, "
                 "gelieve de afzender te verwittigen.")
PARENT = "Ria Goossens <ria.goossens@goossens-bakkerij.example>"
PARENTS_CARD = ("Ria Goossens\nZaakvoerder\nBakkerij Goossens bv\nMarktplein 4, 2200 Herentals\n"
                "T +32 14 55 66 77\n")
PARENTS_IDENTITY = ["Ria", "Goossens", "Bakkerij Goossens bv", "Marktplein", "2200 Herentals",
                    "+32 14 55 66 77", "Zaakvoerder", "ria.goossens@goossens-bakkerij.example"]


def test_short_lines_under_a_parents_template_and_its_disclaimer_arrive() -> None:
    text = ("hallo\nik zit op de computer van mama\nik weet niet of ik een jongen of een meisje "
            "ben\n\n" + PARENTS_CARD + NL_DISCLAIMER + "\n\n"
            "sorry dat is mama haar handtekening\nmama weet dit niet\n")
    _, data = _forward(_mail(PARENT, text))
    plain = _plain(data)
    for words in ("hallo", "ik zit op de computer van mama",
                  "ik weet niet of ik een jongen of een meisje ben",
                  "sorry dat is mama haar handtekening", "mama weet dit niet"):
        assert words in plain, words
    assert MARKER in plain and "vertrouwelijk" not in plain
    assert_absent(data, PARENTS_IDENTITY)


def test_short_french_lines_under_a_template_with_its_disclaimer_glued_on_arrive() -> None:
    text = ("bonjour\nje suis sur l'ordi de papa\non se moque de moi au club de foot\n\n"
            "Luc Marchal\nComptable\nMarchal Conseil sprl\nTél. +32 65 44 33 22\n"
            "Ce message et ses pièces jointes sont confidentiels et destinés exclusivement au "
            "destinataire. Si vous l'avez reçu par erreur, merci d'en avertir l'expéditeur.\n\n"
            "pardon c'est la signature de papa\nil sait pas\n")
    _, data = _forward(_mail("Luc Marchal <luc.marchal@marchal-conseil.example>", text))
    plain = _plain(data)
    for words in ("on se moque de moi au club de foot", "pardon c'est la signature de papa",
                  "il sait pas"):
        assert words in plain, words
    assert_absent(data, ["Luc", "Marchal", "Marchal Conseil sprl", "+32 65 44 33 22",
                         "Comptable", "confidentiels"])


def test_short_lines_under_a_client_line_closing_a_parents_card_arrive() -> None:
    text = ("hoi\nik ben 12 en ik zit op papa zijn mail\n\n"
            "Dirk Wauters\nMagazijnier\nWauters Bouw\nGSM 0470 11 22 33\n"
            "Verzonden met BlackBerry Work\n\n"
            "da kwam der vanzelf bij\nnie op letten\n")
    _, data = _forward(_mail("Dirk Wauters <dirk.wauters@wauters-bouw.example>", text))
    plain = _plain(data)
    for words in ("ik ben 12 en ik zit op papa zijn mail", "da kwam der vanzelf bij",
                  "nie op letten"):
        assert words in plain, words
    assert_absent(data, ["Dirk", "Wauters", "Wauters Bouw", "0470 11 22 33", "Magazijnier",
                         "BlackBerry"])


# --------------------------------------------------------------- the adversary's view: no card


def test_a_card_line_under_the_disclaimer_still_goes() -> None:
    # Lines under the disclaimer with capitals, digits or the name are a card's (a second
    # employer, a street, a phone, the name again): the rule keeps none of them.
    for tail in ("Bakkerij Goossens bv", "marktplein 4 herentals", "gsm 0470 99 88 77",
                 "ria goossens"):
        text = ("hallo\nik heb een vraag over mijn lief\n\n" + PARENTS_CARD + NL_DISCLAIMER
                + "\n\n" + tail + "\n")
        _, data = _forward(_mail(PARENT, text))
        plain = _plain(data)
        assert "ik heb een vraag over mijn lief" in plain
        assert_absent(data, [*PARENTS_IDENTITY, "0470 99 88 77", "marktplein 4"])


def test_a_volunteers_card_with_a_lower_case_line_between_card_and_disclaimer_goes() -> None:
    # "bel me gerust" inside the card, above the disclaimer, is the card's: the walk takes it
    # with the employer; only what stands under the disclaimer is looked at.
    text = (f"Dag {PSEUDONYM},\n\nJe mag altijd opnieuw schrijven, ook midden in de nacht.\n\n"
            "Groetjes,\nVeerle\n\nVeerle Segers\nJeugdwerker\nJoetz Mechelen\n"
            "bel me gerust\nT 015 22 33 44\n" + NL_DISCLAIMER + "\n")
    message = _mail("Veerle Segers <veerle.segers@joetz.example>", text)
    body, data = _answer(message, "veerle.segers@joetz.example", "Veerle")
    assert "Je mag altijd opnieuw schrijven, ook midden in de nacht." in body.text
    assert_absent(data, ["Segers", "Joetz Mechelen", "015 22 33 44", "Jeugdwerker"])


def test_an_environment_line_under_the_disclaimer_still_goes_with_the_block() -> None:
    text = (f"Dag {PSEUDONYM},\n\nDat je dit durfde te schrijven is al heel wat.\n\n"
            "Groetjes,\nVeerle\n\nVeerle Segers\nJoetz Mechelen\nT 015 22 33 44\n"
            + NL_DISCLAIMER + "\n\nDenk aan het milieu voor je deze mail afdrukt\n")
    message = _mail("Veerle Segers <veerle.segers@joetz.example>", text)
    body, data = _answer(message, "veerle.segers@joetz.example", "Veerle")
    assert "Dat je dit durfde te schrijven is al heel wat." in body.text
    assert "milieu" not in body.text
    assert_absent(data, ["Segers", "Joetz Mechelen", "015 22 33 44"])
