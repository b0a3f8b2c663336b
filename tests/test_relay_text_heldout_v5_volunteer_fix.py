"""Behaviour tests for the rules that closed dev/heldout-v5's volunteer misses (lost words): a
writer who types in capitals keeps the short closing wish above their signed name (capitals say
nothing about an organisation's name in such a text); a service's name written as one word in a
display name ("Sportdienst Lommel") is not replaced alone where the text uses the common noun;
a nationality after "I'm" is no name. Names, words and mails are invented, not the corpus's."""

from __future__ import annotations

import re

from mailhandler.core.scrub import Identity, replace_identity
from mailhandler.core.scrub.identity import _is_service_compound
from tests.conftest import assert_absent
from tests.test_relay_text import PSEUDONYM, _answer, _forward, _mail, _plain

# ------------------------------------------------------------------ a text written in capitals

_SHOUTED = (f"HALLO {PSEUDONYM}\n\n"
            "IK HEB JE MAIL GELEZEN EN IK BEGRIJP DAT HET MOEILIJK IS. IK TYP ALTIJD IN "
            "HOOFDLETTERS, DAT LEEST VOOR MIJ MAKKELIJKER.\n\n"
            "PRAAT ER EENS OVER MET JE MENTOR OP SCHOOL.\n\n")


def test_a_closing_wish_in_capitals_above_the_signed_name_is_kept() -> None:
    message = _mail("hugo lambrechts <hugo.lambrechts@post.example>",
                    _SHOUTED + "VEEL SUCCES MORGEN\nHUGO\n\nVerzonden vanuit Mail voor Windows\n")
    body, data = _answer(message, "hugo.lambrechts@post.example", "Hugo")
    assert "VEEL SUCCES MORGEN" in body.text
    assert "PRAAT ER EENS OVER MET JE MENTOR OP SCHOOL." in body.text
    assert_absent(data, ["Lambrechts", "hugo.lambrechts@post.example",
                         "Verzonden vanuit Mail voor Windows"])
    assert not re.search(r"(?i)\bhugo\b", _plain(data))


def test_a_young_persons_last_line_in_capitals_above_their_name_is_kept() -> None:
    text = ("HOI\n\nIK BEN 14 EN IK DENK DAT IK VERLIEFD BEN OP MIJN BESTE VRIENDIN.\n"
            "IK DURF HET AAN NIEMAND TE ZEGGEN.\n\nNIEMAND MAG HET WETEN\nLIEN\n")
    body, data = _forward(_mail("Lien Janssens <lien.janssens@gezin.example>", text))
    assert "NIEMAND MAG HET WETEN" in body.text
    assert "IK DURF HET AAN NIEMAND TE ZEGGEN." in body.text
    assert body.removed_lines == 0
    assert_absent(data, ["Janssens", "lien.janssens@gezin.example"])


def test_an_organisation_in_capitals_above_a_card_still_goes_in_a_text_in_lower_case() -> None:
    text = (f"Dag {PSEUDONYM},\n\nDat je dit durft te schrijven, is al een grote stap. Praat er "
            "eens over met iemand die je vertrouwt.\n\nGroetjes,\nHugo\n\n"
            "STAD MECHELEN JEUGDWERK\nHugo Lambrechts\nTel. 015 12 34 56\n")
    message = _mail("Hugo Lambrechts <hugo.lambrechts@werk.example>", text)
    body, data = _answer(message, "hugo.lambrechts@werk.example", "Hugo")
    assert "Praat er eens over met iemand die je vertrouwt." in body.text
    assert "Groetjes," in body.text
    assert_absent(data, ["STAD MECHELEN JEUGDWERK", "Lambrechts", "015 12 34 56"])


# ------------------------------------------------------------------ a service's name as one word


def test_a_service_written_as_one_word_in_a_display_name_is_kept_as_a_common_noun() -> None:
    text = (f"Dag {PSEUDONYM},\n\nGa eens langs bij de sportdienst van je gemeente, daar weten ze "
            "welke clubs er zijn voor jongeren.\n\nGroeten,\nWard\n")
    message = _mail("Ward Claes <ward.claes@lommel.example>", text,
                    Sender="Sportdienst Lommel <sportdienst@lommel.example>")
    body, data = _answer(message, "ward.claes@lommel.example", "Ward")
    assert "Ga eens langs bij de sportdienst van je gemeente, daar weten ze" in body.text
    assert_absent(data, ["Sportdienst Lommel", "sportdienst@lommel.example", "Claes"])


def test_the_service_name_in_full_is_still_replaced() -> None:
    who = Identity(addresses=(), names=("Welzijnsdienst Kontich",))
    out = replace_identity("Mail gerust naar Welzijnsdienst Kontich of vraag het aan de "
                           "welzijnsdienst op school.", who, "hulp@lumi.example", "Lumi")
    assert "Welzijnsdienst Kontich" not in out
    assert "vraag het aan de welzijnsdienst op school." in out


def test_a_surname_is_no_service_compound() -> None:
    # A name that only ends like a service word ("-huis" is too short to count), a surname of
    # the lists that holds one ("Delcommune"), a French word glued to its particle
    # ("Delamaison"): names, replaced alone.
    assert not _is_service_compound("Nijhuis")
    assert not _is_service_compound("Delcommune")
    assert not _is_service_compound("Delamaison")
    assert _is_service_compound("Jeugddienst")
    who = Identity(addresses=(), names=("Anne Nijhuis", "Claire Delamaison"))
    out = replace_identity("Groeten van Nijhuis en van Delamaison.", who,
                           "hulp@lumi.example", "Lumi")
    assert "Nijhuis" not in out and "Delamaison" not in out


# ------------------------------------------------------------------ a nationality after "I'm"


def test_a_nationality_after_im_is_not_taken_for_the_writers_name() -> None:
    text = (f"Hi {PSEUDONYM},\n\nI'm Norwegian and came to Leuven to study, so I know how lonely "
            "a new country can feel.\n\nBest,\nIngrid\n")
    message = _mail("Ingrid Solberg <ingrid.solberg@post.example>", text)
    body, data = _answer(message, "ingrid.solberg@post.example", "Ingrid")
    assert "I'm Norwegian and came to Leuven to study" in body.text
    assert_absent(data, ["Solberg", "ingrid.solberg@post.example"])
    assert not re.search(r"(?i)\bingrid\b", _plain(data))


def test_a_name_after_im_is_still_replaced() -> None:
    text = (f"Hi {PSEUDONYM},\n\nI'm Tove and I moved here from abroad too, so I know how lonely "
            "a new country can feel.\n\nBest,\nTove\n")
    message = _mail("Ingrid Solberg <ingrid.solberg@post.example>", text)
    body, data = _answer(message, "ingrid.solberg@post.example", "Ingrid")
    assert "and I moved here from abroad too" in body.text
    assert_absent(data, ["Tove", "Solberg"])


def test_a_young_person_giving_a_name_that_is_also_a_demonym_in_the_lists_keeps_it_hidden() -> None:
    # "Danish" is a given name in the lists: after "I'm" it is still taken for one.
    text = "hi\nI'm Danish and I'm 15, I think I'm bi\nwhat do I do\n"
    body, data = _forward(_mail("unknown <d.x2011@mail.example>", text))
    assert "and I'm 15, I think I'm bi" in body.text
    assert not re.search(r"\bDanish\b", _plain(data))
