"""Behaviour tests for the French and English misses of dev/round55 (help-seekers pasting what
names them): a surname the address writes out where the display name gives only its initial,
a membership card's and a crime's number, a room given in brackets beside a pupil, a class in
brackets beside a name in a pasted note. Each with
look-alikes of the writer's own words that must stay whole. Names, words and mails are
invented."""

from __future__ import annotations

from mailhandler.core.scrub.contacts import replace_contact_details
from tests.conftest import assert_absent
from tests.test_relay_text import PSEUDONYM, _forward, _mail

PLACEHOLDER = "[…]"


# ------------------------------------------------- a surname the address writes out

def test_the_surname_an_address_writes_out_for_an_initial_is_replaced_everywhere() -> None:
    body = ("hi im 13\nthis pops up on the family ipad\n"
            "\"Someone is at your Front Door – The Adeyemi House\"\nhelp\n")
    relayed, data = _forward(_mail("Tunde A <tunde.adeyemi2011@mail.example>", body))
    assert "The " + PSEUDONYM + " House" in relayed.text
    assert "this pops up on the family ipad" in relayed.text
    assert_absent(data, ["Adeyemi", "Tunde"])


def test_the_surname_of_an_address_in_french_and_dutch_writers_mails() -> None:
    cases = [
        ("Maëlle V. <maelle.verhaegen@mail.example>",
         "bonjour\nsur la sonnette il y a écrit « Famille Verhaegen »\nj'ai peur\n",
         "j'ai peur", "Verhaegen"),
        ("Jonas D <jonas_dewaele09@mail.example>",
         "hoi\nop de brievenbus staat Dewaele in grote letters\nhelp\n",
         "op de brievenbus staat", "Dewaele"),
    ]
    for sender, body, kept, surname in cases:
        relayed, data = _forward(_mail(sender, body))
        assert kept in relayed.text
        assert_absent(data, [surname])


def test_an_address_word_that_is_an_ordinary_word_stays_a_word() -> None:
    # "Emma B" <emma.brown@…>: "brown" is a word of the language, the writer's hair stays.
    body = "hi\nmy hair is brown and everyone at school laughs at it\nwhat do i do\n"
    relayed, _ = _forward(_mail("Emma B <emma.brown@mail.example>", body))
    assert "my hair is brown and everyone at school laughs at it" in relayed.text


def test_an_address_of_other_words_teaches_no_surname() -> None:
    # The address's words are not the first name and a word of the initial: nothing learned.
    body = "hey\nmy friend Okoro says i should write\nthanks\n"
    relayed, _ = _forward(_mail("Chidi O <gamer.okoro@mail.example>", body))
    assert "my friend Okoro says i should write" in relayed.text


# ------------------------------------------------- a card's and a crime's number

def test_a_membership_cards_number_after_member_hash_is_replaced() -> None:
    text = '"JAKE MILLS · Member #0041177 · FitZone Leeds"'
    replaced = replace_contact_details(text, PLACEHOLDER)
    assert "0041177" not in replaced
    assert "Member #" + PLACEHOLDER in replaced


def test_a_crime_reference_and_an_incident_number_are_replaced() -> None:
    for text, number in [
        ("Thank you for your report. Crime reference: 42/88120/26. An officer will call.",
         "42/88120/26"),
        ("they gave me a crime reference number 5512/26 and nothing since", "5512/26"),
        ("the incident number is 2026-118834", "2026-118834"),
    ]:
        replaced = replace_contact_details(text, PLACEHOLDER)
        assert number not in replaced
        assert PLACEHOLDER in replaced


def test_members_and_references_without_their_number_stay_as_written() -> None:
    for text in ["i'm the only member # of the team who skips meals",
                 "the crime reference is somewhere in my bag",
                 "we were 3 members, then 12 members after the summer",
                 "puzzle #560 took me ages"]:
        assert replace_contact_details(text, PLACEHOLDER) == text


# ------------------------------------------------- a room in brackets beside a pupil

def test_a_room_in_brackets_beside_a_boarder_is_replaced() -> None:
    body = ("Bonjour,\nJe suis surveillant d'internat. Un de nos élèves, Malik (15 ans, "
            "chambre 118), ne mange plus depuis la rentrée.\nQue faire ?\n")
    relayed, data = _forward(_mail("Paul Renard <p.renard@mail.example>", body))
    assert "chambre 118" not in relayed.text
    assert "ne mange plus depuis la rentrée" in relayed.text
    assert_absent(data, ["chambre 118"])


def test_a_room_in_brackets_in_english_and_dutch() -> None:
    for text, gone in [
        ("I work at a boarding school. One of our boys (year 9, room 42) cries every night.",
         "room 42"),
        ("ik zit op internaat (kamer 7) en ik slaap niet meer", "kamer 7"),
    ]:
        relayed, _ = _forward(_mail("Sam Peeters <sam.p@mail.example>", text + "\n"))
        assert gone not in relayed.text


def test_rooms_and_counts_without_a_residence_or_brackets_stay() -> None:
    for text in [
        "ik zit op internaat en mijn kamer (kamer 2 keer opgeruimd) is nooit goed genoeg",
        "we had the party in the community hall (room 4) and it was awful",
        "depuis l'internat je pense à ma chambre (chambre 3 fois rangée) chez papa",
    ]:
        relayed, _ = _forward(_mail("Sam Peeters <sam.p@mail.example>", text + "\n"))
        assert text in relayed.text


# ------------------------------------------------- a class in brackets beside the name

def test_a_class_in_brackets_beside_the_writers_name_in_a_pasted_note_goes() -> None:
    body = ("Bonjour,\nMa prof a écrit ça dans mon carnet :\n"
            "« Fatou Ndiaye (3e B) a encore été surprise à pleurer. Merci de prendre contact. »\n"
            "Bisous\n")
    relayed, data = _forward(_mail("Fatou Ndiaye <fatou.ndiaye@mail.example>", body))
    assert f"« {PSEUDONYM} ([…]) a encore été surprise à pleurer." in relayed.text
    assert_absent(data, ["3e B", "Fatou", "Ndiaye"])


def test_a_class_beside_the_name_in_dutch_and_english() -> None:
    for sender, body, gone in [
        ("Lore Maes <lore.maes@mail.example>",
         "hoi\nop smartschool staat: \"Lore Maes (5de A) is te laat\"\nsorry\n", "5de A"),
        ("Ben Carter <ben.carter@mail.example>",
         "hi\nthe report says “Ben Carter (9C) missed 14 days”\nthat's all\n", "9C"),
    ]:
        relayed, _ = _forward(_mail(sender, body))
        assert gone not in relayed.text


def test_an_age_or_words_in_brackets_beside_the_name_stay() -> None:
    for sender, body, kept in [
        ("Fatou Ndiaye <fatou.ndiaye@mail.example>",
         "bonjour\nc'est moi Fatou (15 ans) et j'ai peur\n", "(15 ans) et j'ai peur"),
        ("Ben Carter <ben.carter@mail.example>",
         "hi\nit's me Ben (3 weeks without sleep)\n", "(3 weeks without sleep)"),
        ("Lore Maes <lore.maes@mail.example>",
         "hoi\n\"Lore (2e keer dat ik schrijf) hier\"\n", "(2e keer dat ik schrijf)"),
    ]:
        relayed, _ = _forward(_mail(sender, body))
        assert kept in relayed.text


def test_a_class_beside_the_name_the_writer_signs_with_is_replaced_in_place() -> None:
    # "Lena (4B)" under their own words: the class is identity beside the signed name (house
    # policy P4, corpus README Format); replaced in place, the brackets and line stay.
    body = ("Hallo,\nik stuur nog een keer want ik weet niet of mijn mail is aangekomen.\n\n"
            "Groetjes\nLore (4B)\n")
    relayed, _ = _forward(_mail("Lore Maes <lore.maes@mail.example>", body))
    assert f"{PSEUDONYM} ([…])" in relayed.text
    assert "4B" not in relayed.text
