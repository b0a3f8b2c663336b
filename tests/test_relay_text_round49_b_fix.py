"""Behaviour tests for the rules that closed part of dev round49's misses (s-0017..s-0036: long,
layered help-seekers' mails): a pasted card or pass with a labelled card number and the writer's
short words under it; a boss's or parent's message pasted between quotation marks with its
sign-off inside them. Names, words and mails are invented, not the corpus's."""

from __future__ import annotations

from mailhandler.core.scrub.contacts import replace_contact_details
from tests.test_relay_text import PSEUDONYM, _forward, _mail

PLACEHOLDER = "[…]"


# --------------------------------------------------------------------------- a pasted pass


def _pass_mail(number_line: str, under: str) -> str:
    body = ("hoi\nik word gepest op de tram en ik hou alles bij\n\n"
            "de chauffeur doet niks\nmoet ik dit laten zien als bewijs?\n\n"
            "Tramkaart – 12-24 jaar\n"
            "Houder: Lore Claes\n"
            f"{number_line}\n"
            "Geldig van 01/01/2026 tot 31/12/2026\n"
            "Zone: Leuven – Tienen\n\n"
            f"{under}\n\nVerstuurd vanaf mijn Samsung-apparaat\n")
    body_, _ = _forward(_mail("Lore Claes <lore.c@thuis.example>", body))
    return body_.text


def test_a_pasted_pass_with_a_card_number_and_short_thanks_under_it_stays() -> None:
    text = _pass_mail("Kaartnummer: 5512 0081 3390 4471", "zo\ndank u\nx")
    for kept in ("Houder:", "Kaartnummer:", "Geldig van 01/01/2026 tot 31/12/2026",
                 "Zone: Leuven – Tienen", "dank u"):
        assert kept in text
    assert "Lore" not in text and "Claes" not in text
    assert "5512" not in text and "4471" not in text


def test_a_long_card_number_after_its_label_is_replaced_whole() -> None:
    out = replace_contact_details("card number: 4421 0093 7781 2204 thanks", PLACEHOLDER)
    assert out == f"card number: {PLACEHOLDER} thanks"


def test_a_pass_with_a_phone_on_it_is_still_a_card() -> None:
    # A phone reaches someone: the block is a card, the short words under it do not save it.
    text = _pass_mail("Tel: 0479 12 34 56", "zo\ndank u\nx")
    assert "0479" not in text


# --------------------------------------------------------------------------- a quoted message


def _quoted(message: str) -> str:
    body = ("hallo\n\nik werk in het weekend in een bakkerij\n"
            "mijn baas heeft dit in de groep gezet, ik plak het:\n\n"
            f"{message}\n\n"
            "da was over mij. iedereen weet het nu\n"
            "mag hij dat zomaar doen?\n")
    relayed, _ = _forward(_mail("Jonas Wouters <jonas.w@thuis.example>", body))
    return relayed.text


def test_a_quoted_message_keeps_its_senders_sign_off() -> None:
    text = _quoted('"Hallo iedereen, zaterdag om 7u aanwezig. En wie zat er te kussen achter de '
                   'oven? Professioneel blijven aub.\nGroeten,\nMarc\nZaakvoerder Bakkerij '
                   'Zuid\n09 000 00 00"')
    assert "Groeten,\nMarc\nZaakvoerder Bakkerij Zuid" in text
    assert PSEUDONYM not in text.split("Groeten,")[1].split("\n")[1]
    assert "da was over mij. iedereen weet het nu" in text


def test_a_quoted_message_in_curly_quotes_keeps_its_sign_off() -> None:
    text = _quoted("“Dag allemaal, morgen inventaris, iedereen om 6u.\nMvg,\nMarc\n"
                   "Zaakvoerder Bakkerij Zuid\n09 000 00 00”")
    assert "Marc" in text and "Zaakvoerder Bakkerij Zuid" in text


def test_the_writers_own_card_mid_mail_without_quotes_still_goes() -> None:
    body = ("hallo ik heb een vraag over mijn werk\n\nGroeten,\nJonas Wouters\n"
            "Kerkstraat 4, 3000 Leuven\n0479 11 22 33\n\nPS ik ben 17\n")
    relayed, _ = _forward(_mail("Jonas Wouters <jonas.w@thuis.example>", body))
    assert "Kerkstraat" not in relayed.text and "0479" not in relayed.text
    assert "Jonas" not in relayed.text


def test_a_one_line_quote_names_nobody_as_its_sender() -> None:
    # A single quoted line is a remark, not a pasted message: the rule needs two lines.
    body = ('mijn zus zei "je bent raar"\nik weet niet wat te doen\n\nGroetjes,\nFien\n')
    relayed, _ = _forward(_mail("Fien Maes <fien@thuis.example>", body))
    assert "Fien" not in relayed.text and "je bent raar" in relayed.text


# --------------------------------------------------------------------------- a payslip's number


def test_an_employee_number_after_its_label_is_replaced() -> None:
    for text in ("Personeelsnummer: 310277", "employee number: 310277",
                 "numéro d'employé : 310277"):
        out = replace_contact_details(text, PLACEHOLDER)
        assert "310277" not in out and out.endswith(PLACEHOLDER)


def test_a_number_of_hours_or_a_price_on_a_payslip_stays() -> None:
    text = "Statuut: jobstudent – 475 uren\nUurloon: 12,45 euro\nop dag 200148 van het jaar"
    assert replace_contact_details(text, PLACEHOLDER) == text
