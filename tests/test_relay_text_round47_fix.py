"""Behaviour tests for the rules that closed dev/round47's misses: a help-seeker's name in Morse
code, written backwards when no header names them, said wrong after how it is said, given as
"X is mn naam"; a Plus Code and a game console's friend code; and a venue's street on an event
notice, which is no one's home. And guard tests: SOS in Morse, words and other people's names
that read as a name backwards, scores and sums beside a "+", numbers that are no friend code,
and a home above a café stay as they were. Names, words and mails are invented, not the
corpus's."""

from __future__ import annotations

from mailhandler.core.scrub import replace_contact_details
from mailhandler.core.scrub.name_variants import variant_spellings
from tests.conftest import assert_absent
from tests.test_relay_text import PSEUDONYM, _forward, _mail

PLACEHOLDER = "[…]"


def _contacts(text: str) -> str:
    return replace_contact_details(text, PLACEHOLDER)


# --------------------------------------------------------------------------- in Morse


def test_a_chosen_name_signed_in_morse_is_replaced_and_sos_stays() -> None:
    body = ("hey\nim 13 and i sign everything in morse code now, its my name\n"
            "-- .. .-.\n(thats me)\n... --- ...\n")
    relayed, data = _forward(_mail("Olivia Grant <olivia.grant@mail.example>", body))
    assert_absent(data, ["-- .. .-."])
    assert f"\n{PSEUDONYM}\n(thats me)\n... --- ...\n" in relayed.text


def test_a_name_in_morse_is_replaced_in_the_html_too_where_its_cue_is_another_node() -> None:
    body = "hey\ni sign everything in morse now\n-- .. .-.\nthats my name\n"
    html = ("<div>hey</div><div>i sign everything in morse now</div><div>-- .. .-.</div>"
            "<div>thats my name</div>")
    relayed, data = _forward(_mail("Olivia Grant <olivia.grant@mail.example>", body, html))
    assert_absent(data, ["-- .. .-."])
    assert relayed.html is not None and "thats my name" in relayed.html


def test_morse_that_spells_a_word_or_stands_in_a_mail_not_about_morse_stays() -> None:
    # "... --- ..." is SOS, "-- ..- --" spells "mum": words, not names. Without the word "morse"
    # dots and dashes are a drawing or a divider, whatever they would spell.
    assert variant_spellings("i learned morse: ... --- ... and -- ..- --", ["Olivia"]) == []
    assert variant_spellings("-- .. .-.\n... --- ...", ["Olivia"]) == []
    assert variant_spellings("ik leer morse: --- .-.. .. ...- .. .-", ["Olivia"]) \
        == ["--- .-.. .. ...- .. .-"]


# --------------------------------------------------------------------------- backwards


def test_a_name_backwards_is_replaced_when_the_writer_says_so_and_no_header_names_them() -> None:
    body = ("hoi\nik ben 12\nals ik iets geheim schrijf gebruik ik mijn naam achterstevoren: "
            "ettoL\nik vind Fleur uit mijn klas leuk\nbye\nettoL\n")
    relayed, data = _forward(_mail("jn2013@mail.example", body))
    assert_absent(data, ["ettoL"])
    assert "ik vind Fleur uit mijn klas leuk" in relayed.text


def test_words_and_names_that_read_as_a_name_backwards_stay_without_the_name_known() -> None:
    # "nora" is a name itself (Aron backwards), "snel" and "lens" are words, "Fleur" no name
    # backwards: none of them is taken for the writer's name, told backwards or not.
    text = "ik schrijf alles achterstevoren, snel, met een lens, zegt nora en Fleur ook"
    assert variant_spellings(text, []) == []
    assert variant_spellings("mijn vriendin heet ennaH", []) == []


# --------------------------------------------------------------------------- said aloud, wrong


def test_the_name_as_it_is_said_wrong_after_how_it_is_said_is_replaced() -> None:
    body = ('Dag Lumi\nIk ben Wietse (spreek uit: Wiet-se, niet "Wietsie" zoals de juf zegt). '
            "Ik ben 13.\n")
    relayed, data = _forward(_mail("wietse.d@mail.example", body))
    assert_absent(data, ["Wietse", "Wiet-se", "Wietsie"])
    assert "zoals de juf zegt). Ik ben 13." in relayed.text
    assert variant_spellings("Siobhan, pronounced Shivawn and not Seeoban", ["Siobhan"]) \
        == ["Shivawn", "Seeoban"]


def test_a_name_after_not_that_is_no_pronunciation_of_theirs_stays() -> None:
    # No pronunciation given: "niet Lotte" is someone else. A word after "not" is not taken.
    assert variant_spellings("Ik ben Wietse, niet Lotte", ["Wietse"]) == []
    assert variant_spellings("Siobhan, pronounced Shivawn, not Never", ["Siobhan"]) \
        == ["Shivawn"]


# --------------------------------------------------------------------------- "X is mn naam"


def test_a_name_given_as_x_is_mn_naam_is_replaced() -> None:
    body = "hey\nik ben 15\ngrtjs\nbvd\nps bvd is mn naam zonder klinkers haha\n"
    relayed, data = _forward(_mail("Bavo Declercq <bavo2010@mail.example>", body))
    assert_absent(data, ["bvd"])
    assert f"ps {PSEUDONYM} is mn naam zonder klinkers haha" in relayed.text


def test_what_is_mn_naam_about_stays_when_it_is_no_name() -> None:
    body = "hey\nik ben 15\ndat is mn naam niet eens\nwat is mn naam waard\n"
    relayed, _ = _forward(_mail("Bavo Declercq <bavo2010@mail.example>", body))
    assert "dat is mn naam niet eens\nwat is mn naam waard" in relayed.text


# --------------------------------------------------------------------------- Plus Codes


def test_a_plus_code_is_replaced_and_the_town_beside_it_stays() -> None:
    assert _contacts("c'est ici : 9G3F+QW Namur (le code sur maps)") \
        == f"c'est ici : {PLACEHOLDER} Namur (le code sur maps)"
    assert _contacts("ons huis: 9F3G7XQ4+C2") == f"ons huis: {PLACEHOLDER}"


def test_sums_scores_languages_and_codes_without_the_plus_code_shape_stay() -> None:
    for text in ("2+2 is 4", "ik leer C++ en C#", "score 1234+56", "ABCD+EF", "9+10 = 21",
                 "Disney+ en HBO+", "ik ben 16+ en 18+", "bus 8+9"):
        assert _contacts(text) == text, text


# --------------------------------------------------------------------------- friend codes


def test_a_friend_code_is_replaced_and_the_words_naming_it_stay() -> None:
    assert _contacts("mijn vriendcode is SW-4821-7730-1956") == f"mijn vriendcode is {PLACEHOLDER}"
    assert _contacts("my friend code: 1234-5678-9012!") == f"my friend code: {PLACEHOLDER}!"
    assert _contacts("add me SW-1111-2222-3333 on my island") \
        == f"add me {PLACEHOLDER} on my island"


def test_numbers_that_are_no_friend_code_stay() -> None:
    for text in ("Tom Nook wil nog 98.000 bellen", "de code van de kluis is 4471",
                 "ik heb 1234 5678 punten", "sw-4821-7730-1956 in lower case is no Switch code",
                 "mijn vriendcode weet ik niet meer"):
        assert _contacts(text) == text, text


# --------------------------------------------------------------------------- a venue's street


def test_the_street_of_a_named_venue_on_an_event_notice_stays() -> None:
    for text in ("Waar: Jeugdhuis De Kroon, Statiestraat 4, 2400 Mol (zijingang)",
                 "Où : Maison de jeunes Le Phare, rue Haute 12, 5000 Namur",
                 "Where: Youth Club Rainbow, 14 Mill Road"):
        assert _contacts(text) == text, text


def test_a_street_stays_replaced_when_its_sentence_ties_it_to_the_writer_or_no_venue() -> None:
    assert _contacts("ik woon boven Café De Zwaan, Kerkstraat 3 in Gent") \
        == f"ik woon boven Café De Zwaan, {PLACEHOLDER} in Gent"
    assert _contacts("Waar: Lotte Peeters, Statiestraat 4") \
        == f"Waar: Lotte Peeters, {PLACEHOLDER}"
    assert _contacts("mijn vriendin woont in de Kerkstraat 12") \
        == f"mijn vriendin woont in de {PLACEHOLDER}"
