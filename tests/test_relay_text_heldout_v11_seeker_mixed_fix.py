"""Behaviour tests for the rules that closed dev/heldout-v11/seeker-mixed's misses (help-seekers
in French, English and Dutch mixing in a family language): someone writing "from" a far town
for a young relative ("je vous écris depuis Douala pour mon petit frère X"), a girl's name that
is also a shop's right after the relation ("my little sister Zara"). Names, words and mails are
invented, not the corpus's."""

from __future__ import annotations

import pytest

from tests.test_relay_text import _forward, _mail

# --------------------------------------------------------------------------- written for


@pytest.mark.parametrize("opening", [
    "Je vous écris depuis Douala pour mon petit frère Wilfried qui vit à Namur.",
    "Je vous écris d'Yaoundé pour mon neveu Wilfried (16 ans).",
    "I'm writing from Cape Town for my younger brother Wilfried, he is 15.",
    "Ik schrijf vanuit Lagos voor mijn neefje Wilfried, hij is 14.",
])
def test_the_relative_written_for_from_a_far_town_is_replaced(opening: str) -> None:
    body = (f"Bonjour,\n{opening}\nWilfried ne dort plus depuis la rentrée.\n"
            "Merci,\nPauline\n")
    relayed, _ = _forward(_mail("Pauline Ekwalla <pauline.ekwalla@mail.example>", body))
    assert "Wilfried" not in relayed.text
    assert "ne dort plus depuis la rentrée." in relayed.text


def test_a_young_writer_from_a_town_about_a_brother_keeps_him() -> None:
    body = ("salut\nje vous écris depuis Douala, mon petit frère Wilfried me frappe\n"
            "j'ai 13 ans\n")
    relayed, _ = _forward(_mail("kevin.e@mail.example", body))
    assert "mon petit frère Wilfried me frappe" in relayed.text


def test_a_girls_name_that_is_also_a_shop_is_replaced_after_the_relation() -> None:
    body = ("Hi,\nI'm writing for my little sister Hema, she's 12.\n"
            "Hema cries before school every day.\nThanks,\nRavi\n")
    relayed, _ = _forward(_mail("Ravi Iyer <ravi.iyer@mail.example>", body))
    assert "Hema" not in relayed.text
    assert "cries before school every day." in relayed.text


def test_a_shop_in_the_story_of_someone_written_for_stays() -> None:
    body = ("Hi,\nI'm writing for my little sister, she's 12.\n"
            "She steals make-up at the HEMA and at Zara with her friends.\nThanks,\nRavi\n")
    relayed, _ = _forward(_mail("Ravi Iyer <ravi.iyer@mail.example>", body))
    assert "She steals make-up at the HEMA and at Zara with her friends." in relayed.text
