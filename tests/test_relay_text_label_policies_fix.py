"""The label policies P5-P7 of the relay corpus (tests/fixtures/relay_text/README.md, Format):
a volunteer's pronouns by the name that signs their answer (P5), a number pointing to the
writer's own record (P6) and relatives on a pasted family card (P7) are identity; the writer's
own words around them stay. Invented names, numbers and mails."""

from __future__ import annotations

from mailhandler.core.scrub import without_pronouns_by_sign_off
from mailhandler.core.scrub.places_pasted import (
    replace_pasted_references,
    replace_pasted_relatives,
)

HELPLINE = "Luisterlijn"


# --------------------------------------------------------------------- P5: volunteers' pronouns

def test_pronouns_in_brackets_beside_the_replaced_sign_off_name_go() -> None:
    text = "Hou je goed,\n\nLuisterlijn (zij/haar)\n"
    assert without_pronouns_by_sign_off(text, HELPLINE) == "Hou je goed,\n\nLuisterlijn\n"


def test_a_single_pronoun_a_title_and_kisses_around_the_name() -> None:
    assert without_pronouns_by_sign_off("À plus,\nLuisterlijn (iel)", HELPLINE) \
        == "À plus,\nLuisterlijn"
    assert without_pronouns_by_sign_off("Best,\n--\nDr Luisterlijn (he/him)", HELPLINE) \
        == "Best,\n--\nDr Luisterlijn"
    assert without_pronouns_by_sign_off("Love,\nLuisterlijn xx (she/they)", HELPLINE) \
        == "Love,\nLuisterlijn xx"


def test_a_line_of_pronouns_right_under_the_name_goes() -> None:
    text = "take care\n--\nLuisterlijn\nthey/them\n\nP.S. write back soon\n"
    assert without_pronouns_by_sign_off(text, HELPLINE) \
        == "take care\n--\nLuisterlijn\n\nP.S. write back soon\n"


def test_keeps_pronouns_in_the_volunteers_own_sentences() -> None:
    text = ("Ik gebruik zelf die/hen, en dat mag jij ook.\n"
            "Luisterlijn (zij/haar) is een fijne plek om te schrijven, zeg ik altijd.\n"
            "Groetjes,\nLuisterlijn\n")
    assert without_pronouns_by_sign_off(text, HELPLINE) == text


def test_keeps_a_pronoun_line_not_under_the_name_and_quoted_history() -> None:
    text = ("Welke woorden passen bij jou?\nzij/haar\nhij/hem\n\nGroetjes,\nLuisterlijn\n\n"
            "> Noor (zij/haar)\n> Luisterlijn (zij/haar)\n")
    assert without_pronouns_by_sign_off(text, HELPLINE) == text


# ------------------------------------------------------------------ P6: own record numbers

PLACEHOLDER = "[…]"


def _references(text: str) -> str:
    return replace_pasted_references(text, "QXZW", PLACEHOLDER)


def test_an_order_number_goes_and_what_was_ordered_stays() -> None:
    assert _references("Bestelling #KT-77120 – Zwemtas blauw\n") \
        == "Bestelling #[…] – Zwemtas blauw\n"
    assert _references("Engraving – order 90341\n") == "Engraving – order […]\n"
    assert _references("good news, order #ZX-220931 (1 × hoodie) ships today") \
        == "good news, order #[…] (1 × hoodie) ships today"


def test_a_ticket_student_or_order_number_in_the_writers_own_sentence_goes() -> None:
    assert _references("Ticketnr: 5512-8830-1174") == "Ticketnr: […]"
    assert _references("my student number is 2024-2025-0977 if you need it") \
        == "my student number is […] if you need it"
    assert _references("ik heb iets besteld, bestelnummer 0466 1290 33, maar") \
        == "ik heb iets besteld, bestelnummer […], maar"
    assert _references("Helpdesk – ticket #700812") == "Helpdesk – ticket #[…]"


def test_the_id_in_a_link_to_the_writers_own_record_goes() -> None:
    assert _references("https://run.example/activities/99012345678") \
        == "https://run.example/activities/[…]"


def test_keeps_service_numbers_codes_dates_and_counts() -> None:
    text = ("bel 1712 of 112, de locker heeft code 5520 1184\n"
            "afspraak 14/03/2026 om 10u, order van 3 stuks, ticket voor 2 personen\n"
            "in 2025 heb ik 12000 stappen gezet\n")
    assert _references(text) == text


# ------------------------------------------------------------- P7: relatives on a pasted card

def _relatives(text: str) -> str:
    return replace_pasted_relatives(text, "QXZW", PLACEHOLDER)


def test_a_family_signing_a_pasted_invitation_is_replaced_on_the_card() -> None:
    text = ("mama heeft dit verstuurd:\n\nWard wordt 12! 🎂\nZondag om 14u\nGraag een seintje"
            " aan Liesje\nWout, Liesje, QXZW & Ward\n\nik wil niet gaan, ward is altijd lief\n")
    assert _relatives(text) == (
        "mama heeft dit verstuurd:\n\n[…] wordt 12! 🎂\nZondag om 14u\nGraag een seintje"
        " aan […]\n[…], […], QXZW & […]\n\nik wil niet gaan, ward is altijd lief\n")


def test_a_notices_list_of_grandchildren_over_two_lines() -> None:
    text = ("Zijn kleinkinderen:\nGreet en Bavo, QXZW, Sander\nFien en Tibo\n\n"
            "ik mis hem\n")
    assert _relatives(text) == ("Zijn kleinkinderen:\n[…] en […], QXZW, […]\n[…] en […]\n\n"
                                "ik mis hem\n")


def test_a_quoted_family_group_with_a_double_name_keeps_the_kin_word() -> None:
    text = '"Gezin QXZW-Wouters 🏡 Papa, Elke, QXZW & Mats – onze thuis"\nik haat het\n'
    assert _relatives(text) \
        == '"Gezin QXZW-[…] 🏡 Papa, […], QXZW & […] – onze thuis"\nik haat het\n'


def test_keeps_classmates_on_a_pasted_class_photo_or_room_list() -> None:
    text = ("de foto van de klas:\nKlas 5A – achteraan: Rik, QXZW, Saar, Jens\n\n"
            "Kamer 4 (jongens)\nRik, Jens, QXZW & Omar\n")
    assert _relatives(text) == text


def test_keeps_relatives_the_writer_names_in_their_own_sentences() -> None:
    text = ("ik ben QXZW, mijn broers Tom en Lars zijn ouder\n"
            "wij zijn met vier: Tom, Lars, QXZW en mama\n"
            "QXZW en Lisa gaan samen naar school\n")
    assert _relatives(text) == text
