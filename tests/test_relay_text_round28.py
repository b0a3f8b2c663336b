"""Behaviour tests for the narrowing that closed dev round28's misses (content lost to the name
rules): a friend's nickname after a bare "iedereen zegt", "X c'est Y" said of a friend, a
friend's quoted bio, a lower-case word alone in the subject. Names and addresses invented."""

from __future__ import annotations

from tests.conftest import assert_absent
from tests.test_relay_text import _forward, _mail


def test_a_friends_nickname_after_everyone_says_is_content() -> None:
    body, data = _forward(_mail("Fien Wouters <fien.wouters@thuis.example>",
                                "mijn vriend heet eigenlijk Benedikt maar iedereen zegt Bobo\n"
                                "Bobo is de enige die het weet\ngroetjes Fien\n"))
    assert "maar iedereen zegt Bobo\nBobo is de enige die het weet" in body.text
    assert_absent(data, ["Fien", "Wouters"])


def test_the_writers_own_nickname_after_everyone_says_still_goes() -> None:
    body, data = _forward(_mail("Fien Wouters <fien.wouters@thuis.example>",
                                "ik heet Josefien maar iedereen zegt Fifi\nik ben 14\nFifi\n"))
    assert "Fifi" not in body.text
    assert "ik ben 14" in body.text
    assert_absent(data, ["Fifi", "Wouters"])


def test_a_friends_name_given_as_x_cest_y_is_content() -> None:
    body, data = _forward(_mail("Inès Dupont <ines.dupont@maison.example>",
                                "je parle surtout à mon pote Titi\n"
                                "Titi c'est Thibault mais on l'appelle jamais comme ça\n"
                                "bisous Inès\n"))
    assert "Titi c'est Thibault mais on l'appelle jamais comme ça" in body.text
    assert_absent(data, ["Inès", "Dupont"])


def test_cest_after_a_greeting_still_names_the_writer() -> None:
    body, data = _forward(_mail("Zoé Lambert <zoe.l@maison.example>",
                                "Coucou c'est Maëlle\nj'ai une question\nMaëlle\n"))
    assert "j'ai une question" in body.text
    assert "Maëlle" not in body.text


def test_a_friends_quoted_bio_keeps_the_friends_name() -> None:
    body, data = _forward(_mail("Arne Peeters <arne.p@thuis.example>",
                                "een meisje uit mijn klas, haar tiktok bio is\n"
                                "\"Jorinde ✨ | 16 | Leuven | she/her\"\n"
                                "mag ik haar iets vragen?\nArne\n"))
    assert "\"Jorinde ✨ | 16 | Leuven | she/her\"" in body.text
    assert_absent(data, ["Arne", "Peeters"])


def test_the_writers_own_quoted_bio_still_goes() -> None:
    body, data = _forward(_mail("Arne Peeters <arne.p@thuis.example>",
                                "mijn bio is nu\n\"Wannes ✨ | 16 | Leuven | he/him\"\nWannes\n"))
    assert "Wannes" not in body.text
    assert "Leuven | he/him" in body.text


def test_a_lower_case_word_alone_in_the_subject_is_no_name() -> None:
    body, data = _forward(_mail("Camille Moreau <camille.m@maison.example>",
                                "Ma prof m'a donné ce lien : https://www.infos.example/page\n"
                                "Camille\n", Subject="lien"))
    assert "Ma prof m'a donné ce lien : https://www.infos.example/page" in body.text
    assert_absent(data, ["Camille", "Moreau"])


def test_a_lower_case_subject_word_their_address_holds_still_goes() -> None:
    body, data = _forward(_mail("Mama <gezin.peeters@thuis.example>",
                                "hallo\nik heb een vraag\n", Subject="peeters"))
    assert "peeters" not in body.text.casefold()
