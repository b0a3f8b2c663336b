"""Behaviour tests for the rules that closed part of dev round40's misses (help-seekers whose
names hide in files, links, songs and turns): a street named as where a shop or a stop stands
(where something happened) beside the writer's own street. Names, words and mails are invented,
not the corpus's."""

from __future__ import annotations

from mailhandler.core.scrub.contacts import replace_contact_details

PLACEHOLDER = "[…]"


# --------------------------------------------------------------------------- a street in the story


def test_a_street_where_a_shop_stands_stays_in_the_story() -> None:
    text = ("Jeudi, deux gars m'ont suivi depuis la boulangerie de la rue Verte 41 jusqu'au parc. "
            "Gisteren stonden ze weer aan de frituur in de Molenstraat 8 te roepen.")
    out = replace_contact_details(text, PLACEHOLDER)
    assert "la boulangerie de la rue Verte 41 jusqu'au parc" in out
    assert "de frituur in de Molenstraat 8 te roepen" in out


def test_a_street_where_a_stop_stands_stays_in_lower_case_too() -> None:
    text = "ze wachtten me op aan de halte in de beukenlaan 17 na school"
    assert replace_contact_details(text, PLACEHOLDER) == text


def test_the_writers_own_street_is_still_replaced_beside_it() -> None:
    text = ("Ils m'ont frappé devant le café de la rue Grise 5. Moi j'habite rue des Saules 19, "
            "tout près.")
    out = replace_contact_details(text, PLACEHOLDER)
    assert "le café de la rue Grise 5" in out
    assert "Saules" not in out and "19" not in out
    assert "Moi j'habite" in out and "tout près" in out


def test_a_street_above_a_shop_where_the_writer_lives_is_replaced() -> None:
    text = "Ik woon boven de bakker in de Lindestraat 22 met mijn moeder."
    out = replace_contact_details(text, PLACEHOLDER)
    assert "Lindestraat" not in out and "22" not in out
    assert "Ik woon boven de bakker in de" in out and "met mijn moeder" in out


def test_a_street_with_no_place_before_it_is_replaced_as_before() -> None:
    out = replace_contact_details("stuur het maar naar de Populierstraat 4 aub", PLACEHOLDER)
    assert "Populierstraat" not in out and "stuur het maar naar de" in out
