"""Behaviour tests for the rules that closed round25's and round27's misses."""
from __future__ import annotations

import re

from tests.conftest import assert_absent
from tests.test_relay_text import ALIAS, PSEUDONYM, _answer, _forward, _mail, _plain


def test_the_name_a_kid_says_they_want_to_be_called_with_noemen_is_replaced() -> None:
    # "ik wil X noemen", spoken Dutch for "ik wil X heten": the name the writer chooses.
    relayed, data = _forward(_mail(
        "Fam Dewulf <gezin.dewulf@thuis.example>",
        "dit is niet papa ik ben Noortje ik ben 11\nik wil Jasper noemen en korte haren\n"))
    assert f"ik wil {PSEUDONYM} noemen en korte haren" in relayed.text
    assert_absent(data, ["Jasper", "Noortje"])
    relayed, data = _forward(_mail(
        "Fam Dewulf <gezin.dewulf@thuis.example>",
        "hoi ik ben Mila\nik wil eigenlijk liever Sem noemen\n"))
    assert_absent(data, ["Sem", "Mila"])


def test_naming_a_pet_or_something_with_noemen_keeps_the_words() -> None:
    for body, word in (("ik wil mijn hamster Pluisje noemen\n", "Pluisje"),
                       ("ik wil hem Bram noemen maar hij is van mijn zus\n", "Bram"),
                       ("ik wil ook Gent noemen als mooie stad\n", "Gent"),
                       ("ik wil nie Jongen noemen\n", "Jongen")):
        relayed, _ = _forward(_mail("Kim Ng <kim.ng@mail.example>", f"hoi\n{body}"))
        assert word in relayed.text, body


def test_groet_opening_the_last_line_signs_with_the_name() -> None:
    relayed, data = _forward(_mail(
        "Bogdan Kovalenko <bogdan.kovalenko@post.example>",
        "hallo\nik zoek een dokter die Engels spreekt\ngroet Bogo\n"))
    assert "ik zoek een dokter die Engels spreekt" in relayed.text
    assert_absent(data, ["Bogo", "Bogdan", "Kovalenko"])


def test_groet_inside_a_sentence_keeps_the_name() -> None:
    relayed, _ = _forward(_mail("Kim Ng <kim.ng@post.example>",
                                "hallo\nik ben 15\nik groet Jonas elke dag\nik groet Jonas\n"))
    assert "ik groet Jonas" in relayed.text


def test_a_name_given_in_latin_letters_and_signed_in_cyrillic_is_replaced() -> None:
    relayed, data = _forward(_mail(
        "Олена Бойко <o.boiko@post.example>",
        "hoi\nik ben Dasha, 13\nik heb een vriendin in Lviv\nдякую\nДаша\n"))
    assert "ik heb een vriendin in Lviv" in relayed.text
    assert "дякую" in relayed.text
    assert_absent(data, ["Dasha", "Даша", "Бойко"])


def test_a_cyrillic_word_that_is_no_name_of_the_writer_stays() -> None:
    relayed, _ = _forward(_mail(
        "Kim Ng <kim.ng@post.example>",
        "hoi\nmijn vriendin heet Dasha\nдякую\nДаша\n"))
    assert "Даша" in relayed.text
    assert "Dasha" in relayed.text


def test_a_kids_mail_forwarded_by_a_sibling_hides_the_kids_name_below_the_header() -> None:
    relayed, data = _forward(_mail(
        "Lina Benali <lina.benali@student.example>",
        "Hoi,\nMijn broertje Yanis vroeg of ik dit wilde doorsturen.\n\n"
        "---------- Forwarded message ---------\n"
        "Van: Yanis Benali <yanis.b.2012@mail.example>\n"
        "Date: za 5 dec. 2026 om 20:41\nSubject: vraag\n"
        "To: Lina Benali <lina.benali@student.example>\n\n"
        "hoi ik ben yanis\nik vind een jongen uit mijn klas leuk\nis dat erg\nYanis\n"))
    assert "Mijn broertje Yanis vroeg of ik dit wilde doorsturen." in relayed.text
    assert f"hoi ik ben {PSEUDONYM}" in relayed.text
    assert "ik vind een jongen uit mijn klas leuk" in relayed.text
    below = relayed.text.split("Subject:")[1]
    assert "yanis" not in below.casefold()
    assert "lina.benali" not in data.decode(errors="replace")


def test_a_sibling_forward_without_an_address_keeps_the_other_names() -> None:
    # The family name is in the forwarded address only; the kid's friend keeps her name.
    relayed, data = _forward(_mail(
        "Tarik Saidi <tarik.sd@mail.example>",
        "Dit is van mijn zusje.\n\nBegin doorgestuurd bericht:\n"
        "Van: Nora <nora.saidi.2011@mail.example>\nDatum: 4 december 2026\n"
        "Aan: Tarik Saidi <tarik.sd@mail.example>\nOnderwerp: help\n\n"
        "ik vind mijn vriendin Ella leuk\nik ben 14\nNora\n"))
    assert "ik vind mijn vriendin Ella leuk" in relayed.text
    assert_absent(data, ["Nora"])


def test_a_forwarded_mail_of_a_bully_keeps_the_bullys_name() -> None:
    relayed, _ = _forward(_mail(
        "Lotte Peeters <lotte.peeters@mail.example>",
        "Hoi, dit kreeg ik gisteren.\n\n---------- Forwarded message ---------\n"
        "From: Jens Wouters <jens.wouters@mail.example>\nDate: 4 december 2026\n"
        "Subject: jij\nTo: Lotte Peeters <lotte.peeters@mail.example>\n\n"
        "iedereen weet het al\nJens\n"))
    assert "iedereen weet het al" in relayed.text
    assert "Jens" in relayed.text


def test_a_volunteer_signing_with_two_letters_that_are_also_a_chat_word_is_hidden() -> None:
    text = ("glad it helped, you did the hard part yourself\n\nTy\n\n"
            "On Tue, 1 Dec 2026 at 09:12, Lumi <" + ALIAS + "> wrote:\n> thank you so much\n")
    message = _mail("Tyra Maes <tyra.maes@vrijwilligers.example>", text)
    body, data = _answer(message, "tyra.maes@vrijwilligers.example", "Tyra")
    assert "glad it helped, you did the hard part yourself" in body.text
    assert body.removed_lines == 0
    assert_absent(data, ["Tyra", "Maes"])
    assert not re.search(r"(?i)(?<!\w)ty(?!\w)", _plain(data))


def test_a_volunteers_ty_in_a_sentence_or_not_their_name_stays() -> None:
    text = ("ty for telling me, that took courage\n\nTy\n\n"
            "On Tue, 1 Dec 2026 at 09:12, Lumi <" + ALIAS + "> wrote:\n> thank you so much\n")
    body, _ = _answer(_mail("Tyra Maes <tyra.maes@vrijwilligers.example>", text),
                      "tyra.maes@vrijwilligers.example", "Tyra")
    assert "ty for telling me, that took courage" in body.text
    text = ("you are welcome, write again when you want\n\nTy\n\n"
            "On Tue, 1 Dec 2026 at 09:12, Lumi <" + ALIAS + "> wrote:\n> thank you so much\n")
    body, _ = _answer(_mail("Vera Verstraete <vera@vrijwilligers.example>", text),
                      "vera@vrijwilligers.example", "Vera")
    assert "Ty" in body.text.split("wrote:")[0]
