"""The label policies P5-P7 of the relay corpus (tests/fixtures/relay_text/README.md, Format):
a volunteer's pronouns by the name that signs their answer (P5), a number pointing to the
writer's own record (P6) and relatives on a pasted family card (P7) are identity; the writer's
own words around them stay. Invented names, numbers and mails."""

from __future__ import annotations

from mailhandler.core.scrub import without_pronouns_by_sign_off

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
