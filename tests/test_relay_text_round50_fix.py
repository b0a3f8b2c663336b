"""Behaviour tests for the rules that closed part of dev round50's misses (volunteers' answers by an
outside writer): a word of the language that is a short name stretched ("call" under a "Cal"); a
wish in capitals under the signed name, above the card or client line; a volunteer's number under
the name; a work address inside a Safe Links URL; hyphenated initials as the sign-off; Word comment
markers with the writer's initials. Names, words and mails are invented, not the corpus's."""

from __future__ import annotations

from mailhandler.core.scrub import Identity, replace_identity
from mailhandler.core.scrub.attributions import _ANY_ADDRESS
from mailhandler.core.scrub.contacts_more import replace_file_numbers
from mailhandler.core.scrub.pipeline import scrub_text
from mailhandler.core.scrub.sign_offs import replace_comment_markers
from tests.test_relay_text import _answer, _mail, _plain

PLACEHOLDER = "[…]"


def _answered(sender: str, body: str) -> tuple[str, bytes]:
    volunteer = sender.rpartition("<")[2].rstrip(">")
    nickname = sender.split()[0]
    relayed, data = _answer(_mail(sender, body), volunteer, nickname)
    return relayed.text, data


# --------------------------------------------------------------------------- a word, not a handle


def test_a_word_that_is_a_short_name_stretched_stays() -> None:
    text = "If it gets bad, you can call 112 or text a friend.\n\nCal\n"
    who = Identity(("cal.hughes@mail.example",), ("Cal Hughes", "Cal"))
    out = replace_identity(text, who, "hulp@lumi.example", "Lumi")
    assert "you can call 112" in out
    assert "\nLumi\n" in out


def test_a_stretched_name_that_is_no_word_and_a_handle_are_still_replaced() -> None:
    who = Identity(("cal.hughes@mail.example",), ("Cal Hughes", "Cal"))
    out = replace_identity("groetjes Calll, of #calhughes", who, "hulp@lumi.example", "Lumi")
    assert "Calll" not in out and "calhughes" not in out


def test_in_dutch_a_word_that_is_a_name_stretched_stays() -> None:
    who = Identity(("stan.peeters@mail.example",), ("Stan Peeters", "Stan"))
    out = replace_identity("Je mag altijd op jezelf staan.\nStan\n", who, "h@lumi.example", "Lumi")
    assert "op jezelf staan." in out and "\nLumi\n" in out


# --------------------------------------------------------------------------- a wish in capitals


def test_a_wish_in_capitals_between_the_signed_name_and_the_card_arrives() -> None:
    body = ("Hi,\n\nThere is no rush to tell anyone. Take your time, and tell us how it goes.\n\n"
            "Dana\n\nYOU DESERVE TO BE HAPPY 🌻\n\nDana Whitfield\nSenior Associate\n"
            "Whitfield & Rowe LLP\n22 Mill Lane, Leeds LS1 4AB\n+44 113 496 0177\n")
    text, data = _answered("Dana Whitfield <d.whitfield@whitfieldrowe.example>", body)
    assert "YOU DESERVE TO BE HAPPY 🌻" in text
    assert "Take your time, and tell us how it goes." in text
    plain = _plain(data)
    for leak in ("Whitfield", "Mill Lane", "496 0177", "Dana"):
        assert leak not in plain


def test_a_dutch_wish_in_capitals_above_a_client_line_arrives() -> None:
    body = ("Dag,\n\nJe mag je tijd nemen. Schrijf gerust terug.\n\nMieke\n\n"
            "JIJ BENT HET WAARD 💛\n\nVerzonden met beveiligde e-mail van Proton Mail.\n")
    text, _ = _answered("Mieke Goossens <mieke.g@proton.example>", body)
    assert "JIJ BENT HET WAARD 💛" in text
    assert "Proton Mail" not in text and "Mieke" not in text


def test_a_slogan_in_capitals_under_a_card_still_goes() -> None:
    # No "you": an organisation's slogan, part of the card it closes.
    body = ("Dag,\n\nSchrijf gerust terug.\n\nGroeten,\nBram\n\nBram Wouters\nCoördinator\n"
            "Jeugdhuis De Schakel\nKerkstraat 4, 9000 Gent\n09 123 45 67\n\nSAMEN STERK IN GENT\n")
    text, _ = _answered("Bram Wouters <bram.wouters@schakel.example>", body)
    assert "Kerkstraat" not in text and "09 123 45 67" not in text
    assert "Schrijf gerust terug." in text


# --------------------------------------------------------------------------- a volunteer's number


def test_a_volunteers_number_is_replaced_and_its_words_stay() -> None:
    assert replace_file_numbers("Katrijn\nvrijwilliger nr. 318", PLACEHOLDER) \
        == f"Katrijn\nvrijwilliger nr. {PLACEHOLDER}"
    assert replace_file_numbers("volunteer no. 41", PLACEHOLDER) == f"volunteer no. {PLACEHOLDER}"
    assert replace_file_numbers("bénévole n° 7", PLACEHOLDER) == f"bénévole n° {PLACEHOLDER}"
    assert replace_file_numbers("mijn vrijwilligersnummer: 318", PLACEHOLDER) \
        == f"mijn vrijwilligersnummer: {PLACEHOLDER}"


def test_numbers_that_are_no_volunteers_number_stay() -> None:
    for text in ("ik ben al 3 jaar vrijwilliger 2 keer per week", "ik ben vrijwilliger 3 jaar",
                 "lid nr. 3 van de ploeg", "ik speel met nummer 7", "volunteer for 12 years",
                 "on bus no. 14 with a volunteer"):
        assert replace_file_numbers(text, PLACEHOLDER) == text


def test_a_wish_under_a_volunteers_number_arrives_and_the_number_does_not() -> None:
    body = ("Dag,\n\nEen goede vriendin blijft, ook als je eerlijk bent.\n\nKatrijn\n"
            "vrijwilliger nr. 318\n\nJE MAG ZIJN WIE JE BENT 🌈\n\n"
            "Verzonden met beveiligde e-mail van Proton Mail.\n")
    text, data = _answered("Katrijn Maes <katrijn.m@proton.example>", body)
    assert "JE MAG ZIJN WIE JE BENT 🌈" in text
    assert "318" not in _plain(data) and "Katrijn" not in _plain(data)


# --------------------------------------------------------------------------- Safe Links


def test_an_address_inside_a_percent_encoded_link_is_found_without_the_escape() -> None:
    link = ("https://eur01.safelinks.protection.outlook.example/?url=https%3A%2F%2Fwww.x.example"
            "&data=05%7C02%7Cjan.vos%40stad.example%7Cabc123&reserved=0")
    assert [m.group() for m in _ANY_ADDRESS.finditer(link)] == ["jan.vos%40stad.example"]
    # A plain address, and one after a literal "%", are found as before.
    assert [m.group() for m in _ANY_ADDRESS.finditer("mail jan@x.example")] == ["jan@x.example"]
    assert [m.group() for m in _ANY_ADDRESS.finditer("100%jan@x.example")] == ["jan@x.example"]


def test_a_safe_links_url_keeps_its_escapes_and_loses_the_work_address() -> None:
    body = ("Dag,\n\nHier is de link (uit een mail van mijn werk):\n"
            "https://eur01.safelinks.protection.outlook.example/?url=https%3A%2F%2Fwww.info"
            ".example%2Fnaam&data=05%7C02%7Cjan.vos%40stad.example%7C3f2a9c%7C0&reserved=0\n\n"
            "Hou ons op de hoogte!\nJan\n")
    text, data = _answered("Jan Vos <jan.vos@mail.example>", body)
    assert "&data=05%7C02%7C" in text and "%7C3f2a9c%7C0&reserved=0" in text
    assert "jan.vos%40stad.example" not in _plain(data)
    assert "stad.example" not in _plain(data)


# --------------------------------------------------------------------------- initials


def test_hyphenated_initials_under_a_closing_sign_the_answer() -> None:
    # (Above a run of NB/PS/PPS lines, which made the sign-off rules look no further.)
    body = ("Bonjour,\n\nPersonne ne peut décider à ta place.\n\nBien à toi,\nM.-A.\n\n"
            "NB : tu peux lui montrer ce mail.\nPS : on peut aussi vous répondre à deux.\n"
            "PPS : pardon pour les fautes, j'écris dans le bus.\n")
    text, _ = _answered("Marie-Anne Dubois <ma.dubois@mail.example>", body)
    assert "M.-A." not in text
    assert "PS : on peut aussi vous répondre à deux." in text
    assert "Bien à toi," in text


def test_hyphenated_initials_of_someone_else_stay() -> None:
    who = Identity(("jp.lambert@mail.example",), ("Jean-Pierre Lambert",))
    text = "Bonjour,\n\nTon prof a raison.\n\nBien à toi,\nM.-A.\n"
    assert "M.-A." in scrub_text(text, who, "hulp@lumi.example", "Lumi")


def test_word_comment_markers_lose_the_writers_initials_and_keep_their_number() -> None:
    who = Identity(("an.de.smet@mail.example",), ("An De Smet",))
    text = ("Je mag boos zijn.[ADS1]\nStilte is soms schrik.[ADS2]\n\n"
            "Opmerking [ADS1]: te streng?\nOpmerking [ADS2]: zin van Griet\n")
    out = replace_comment_markers(text, who)
    assert "ADS" not in out
    assert "Je mag boos zijn.[1]" in out and "Opmerking [2]: zin van Griet" in out


def test_bracketed_codes_that_are_no_writers_initials_stay() -> None:
    who = Identity(("an.de.smet@mail.example",), ("An De Smet",))
    text = "Zie bijlage [KB12] en les [Q3], lokaal [AB1]."
    assert replace_comment_markers(text, who) == text
