"""Behaviour tests for the narrowing that closed dev round30's misses (volunteers' content lost
to the identity rules): an organisation's British 03 number named as a resource, and a poem's
author and title under the lines a volunteer quotes. Names, words and numbers are invented,
not the corpus's."""

from __future__ import annotations

from mailhandler.core.scrub import replace_contact_details
from tests.conftest import assert_absent
from tests.test_relay_text import PSEUDONYM, _answer, _mail


def test_an_organisations_0300_number_named_as_a_resource_stays() -> None:
    text = (f"Hi {PSEUDONYM},\n\nTwo places you could try:\n"
            "Harbour Line – a chat and phone line for young people – 0300 123 4471\n"
            "They answer until midnight.\n\nTake care,\nNell\n")
    message = _mail("Nell Ashdown <nell.ashdown@vrijwilligers.example>", text)
    body, data = _answer(message, "nell.ashdown@vrijwilligers.example", "Nell")
    assert "Harbour Line – a chat and phone line for young people – 0300 123 4471" in body.text
    assert "They answer until midnight." in body.text
    assert_absent(data, ["Ashdown", "nell.ashdown@vrijwilligers.example"])


def test_other_british_organisation_numbers_stay_in_running_text() -> None:
    for number in ("0345 600 1234", "03332 123456", "0370 010 0200"):
        text = f"ring them on {number} any weekday"
        assert replace_contact_details(text, "[…]") == text


def test_personal_numbers_starting_with_03_are_still_replaced() -> None:
    # An Antwerp number (nine digits), a French one (ten), a Dutch one (ten), a British
    # mobile: a person's numbers.
    for number in ("03 231 45 67", "03 21 45 67 89", "030 123 4567", "07700 900123",
                   "03/231.45.67"):
        out = replace_contact_details(f"bel me op {number} na vijven", "[…]")
        assert out == "bel me op […] na vijven", number


def test_a_poems_author_and_title_under_the_quote_stay() -> None:
    text = (f"Dear {PSEUDONYM},\n\nThese lines helped me once:\n\n"
            "The tide goes out and still it comes back.\n"
            "Love the shore you stand on.\n"
            "— Ada Ferris, \"Low Tide\"\n\n"
            "Go easy on yourself.\n\nBest wishes,\nTheo Barnfield\n")
    message = _mail("Theo Barnfield <theo.barnfield@vrijwilligers.example>", text)
    body, data = _answer(message, "theo.barnfield@vrijwilligers.example", "Theo")
    assert "Love the shore you stand on.\n— Ada Ferris, \"Low Tide\"" in body.text
    assert "Go easy on yourself." in body.text
    assert_absent(data, ["Theo", "Barnfield"])


def test_a_title_in_italics_after_the_author_also_stays() -> None:
    text = (f"Hi {PSEUDONYM},\n\nA line I like:\nLove is a verb, not a feeling.\n"
            "~ R. Amsel, *Small Songs*\n\nWrite back anytime.\nKit\n")
    message = _mail("Kit Varga <kit.varga@vrijwilligers.example>", text)
    body, data = _answer(message, "kit.varga@vrijwilligers.example", "Kit")
    assert "~ R. Amsel, *Small Songs*" in body.text
    assert_absent(data, ["Varga", "kit.varga@vrijwilligers.example"])


def test_a_dash_sign_off_after_a_closing_still_goes() -> None:
    text = (f"Hi {PSEUDONYM},\n\nYou did the right thing telling her.\n\n"
            "Love,\n— Orla Pennick\n")
    message = _mail("Orla Pennick <orla.pennick@vrijwilligers.example>", text)
    body, data = _answer(message, "orla.pennick@vrijwilligers.example", "Orla")
    assert "You did the right thing telling her." in body.text
    assert_absent(data, ["Orla", "Pennick"])
