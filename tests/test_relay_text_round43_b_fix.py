"""Behaviour tests for the rules that closed part of dev round43's misses (a help-seeker's
identity in what they paste): a name signed in spaced regional-indicator letters; a surname
written out after the first name of a display name that gives it by its initial; a British
unit postcode on the line under a street line of a pasted postal address (the town stays).
Names, words and mails are invented, not the corpus's."""

from __future__ import annotations

from tests.conftest import assert_absent
from tests.test_relay_text import PSEUDONYM, _forward, _mail

# --------------------------------------------------------------------------- regional letters


def test_a_name_signed_in_spaced_regional_letters_is_replaced() -> None:
    body = ("hoi\nik ben 14 en ik weet niet hoe ik het thuis moet zeggen\n"
            "groetjes van\n🇫 🇮 🇪 🇳\n")
    relayed, data = _forward(_mail("zonnetje.2011@thuis.example", body))
    assert "ik ben 14 en ik weet niet hoe ik het thuis moet zeggen" in relayed.text
    assert "groetjes van" in relayed.text
    assert PSEUDONYM in relayed.text
    assert_absent(data, ["🇫 🇮 🇪 🇳", "Fien"])


def test_a_flag_or_letters_in_a_sentence_stay() -> None:
    # Two letters side by side are a flag; letters inside a sentence are no signature.
    body = ("hoi\nwe gaan op reis naar 🇧🇪 en 🇳🇱\nik vind dat spannend 🇴 🇰\n"
            "groetjes van\n🇧🇪\n")
    relayed, _ = _forward(_mail("zonnetje.2011@thuis.example", body))
    assert "we gaan op reis naar 🇧🇪 en 🇳🇱" in relayed.text
    assert "ik vind dat spannend 🇴 🇰" in relayed.text
    assert relayed.text.rstrip().endswith("🇧🇪")


# --------------------------------------------------------------------------- initial surname


def test_the_surname_of_a_display_names_initial_is_replaced_where_written_out() -> None:
    body = ("Hi,\nmy teacher filled this in for me:\n\nName: Tessa Okonkwo\nAge: 14\n\n"
            "What should I do?\n")
    relayed, data = _forward(_mail("Tessa O <tessa.o2011@mail.example>", body))
    assert "my teacher filled this in for me:" in relayed.text
    assert "What should I do?" in relayed.text
    assert_absent(data, ["Okonkwo", "Tessa"])


def test_a_word_of_the_initial_after_the_first_name_stays_when_it_is_a_word() -> None:
    # "Tessa O" writing "Tessa Often …": an ordinary word, not her surname.
    body = "Hi,\nI keep thinking Tessa Often Ok is what they call me at school.\n"
    relayed, _ = _forward(_mail("Tessa O <tessa.o2011@mail.example>", body))
    assert "Often Ok is what they call me at school." in relayed.text


def test_another_persons_surname_of_another_initial_stays() -> None:
    # Her friend with the same first name and another surname is someone else.
    body = "Hi,\nmy friend Tessa Bakker says I should tell my mum.\n"
    relayed, _ = _forward(_mail("Tessa O <tessa.o2011@mail.example>", body))
    assert "Bakker says I should tell my mum." in relayed.text


# --------------------------------------------------------------------------- postal address


def test_a_british_unit_postcode_under_a_pasted_street_is_replaced_and_the_town_stays() -> None:
    body = ("hi\nthe label on the box said:\n\n22 Willow Close\nYork YO1 7HH\n\n"
            "my dad saw it. I'm 15.\n")
    relayed, data = _forward(_mail("Rowan Pike <rowan.pike@mail.example>", body))
    assert "the label on the box said:" in relayed.text
    assert "my dad saw it. I'm 15." in relayed.text
    assert "York" in relayed.text  # the town is content, as any town the writer names
    assert_absent(data, ["22 Willow Close", "YO1 7HH"])


def test_a_belgian_postcode_and_town_under_a_street_stay() -> None:
    # A four-digit postcode names a whole commune: content, as the corpus labels it.
    body = ("Salut,\nl'étiquette disait :\nAvenue des Tilleuls 8\n4020 Liège\n\n"
            "ma mère l'a vue. j'ai 16 ans.\n")
    relayed, data = _forward(_mail("Rowan Pike <rowan.pike@mail.example>", body))
    assert "4020 Liège" in relayed.text
    assert "ma mère l'a vue. j'ai 16 ans." in relayed.text
    assert_absent(data, ["Avenue des Tilleuls 8"])


def test_a_town_line_that_goes_on_as_a_sentence_stays() -> None:
    body = ("hi\nwe moved from 22 Willow Close\n2000 Antwerpen is where we live now and I "
            "know nobody\n")
    relayed, _ = _forward(_mail("Rowan Pike <rowan.pike@mail.example>", body))
    assert "2000 Antwerpen is where we live now and I know nobody" in relayed.text


def test_a_unit_postcode_in_a_sentence_under_a_street_stays() -> None:
    body = ("hi\nwe moved from 22 Willow Close\nYO1 7HH is where my nan lives now\n\n"
            "I miss her a lot, what can I do?\n")
    relayed, _ = _forward(_mail("Rowan Pike <rowan.pike@mail.example>", body))
    assert "YO1 7HH is where my nan lives now" in relayed.text
