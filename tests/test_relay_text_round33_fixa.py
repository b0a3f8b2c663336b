"""Behaviour tests for the rules that closed dev round33's misses of fixer A (help-seekers'
names said once: a surname stated, a nickname and the name it was made from, a parent's words
quoted, a question about the name, a pasted chat or screenshot text). Names, words and mails
are invented, not the corpus's; each rule has a guard that ordinary words stay."""

from __future__ import annotations

from tests.conftest import assert_absent
from tests.test_relay_text import _forward, _mail

# --------------------------------------------------------------------------- a stated surname


def test_a_surname_the_writer_states_is_replaced() -> None:
    body, data = _forward(_mail(
        "b.k@mail.example",
        "Hi,\nEveryone calls me Bonzo because my surname is Bonifacio, since primary school.\n"
        "I think I like boys. What do I do?\nCheers,\nBonzo\n"))
    assert "because my surname is" in body.text and "since primary school." in body.text
    assert_absent(data, ["Bonifacio", "Bonzo"])


def test_a_french_surname_after_mon_nom_is_replaced() -> None:
    body, data = _forward(_mail(
        "xx.vm@mail.example",
        "Au basket on m'appelle Vanmo (à cause de mon nom, Vanmolkot), même la coach.\n"
        "J'ai 14 ans.\n"))
    assert "(à cause de mon nom," in body.text and "même la coach." in body.text
    assert_absent(data, ["Vanmolkot"])


def test_a_nickname_the_writer_names_and_the_surname_it_comes_from_are_replaced() -> None:
    body, data = _forward(_mail(
        "groenvink22@mail.example",
        "in de klas roepen ze \"pas op voor Wouterke\"\n"
        "Wouterke is mijn bijnaam (van mijn achternaam Wouters) en ik haat hem nu\n"
        "ik ben 13\n"))
    assert "in de klas roepen ze" in body.text and "en ik haat hem nu" in body.text
    assert_absent(data, ["Wouterke", "Wouters"])


def test_the_surname_in_a_bracket_after_a_nickname_is_replaced_with_its_particle() -> None:
    body, data = _forward(_mail(
        "M <m.benbouzid@mail.example>",
        "op school noemt iedereen mij Bouzie (van Ben Bouzid) en dat vind ik wel leuk\n"
        "ik ben 16\ngroetjes\nBouzie\n"))
    assert "en dat vind ik wel leuk" in body.text
    assert_absent(data, ["Bouzie", "Ben Bouzid", "Bouzid"])


def test_a_town_in_a_bracket_after_a_nickname_stays() -> None:
    body, data = _forward(_mail(
        "x.q@mail.example",
        "op kamp noemen ze mij Bruggeling (van Brugge) omdat ik daar woon\nik ben 14\n"))
    assert "(van Brugge) omdat ik daar woon" in body.text


def test_my_surname_before_an_ordinary_word_stays() -> None:
    body, _ = _forward(_mail(
        "x.q@mail.example",
        "Hi,\nmy last name is Dutch so nobody at school can say it right\nthat's not why I write\n"))
    assert "my last name is Dutch so nobody at school can say it right" in body.text
