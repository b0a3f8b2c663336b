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
        "Hi,\nmy last name is Dutch so nobody at school can say it right\n"
        "that's not why I write\n"))
    assert "my last name is Dutch so nobody at school can say it right" in body.text


# --------------------------------------------------------------------------- a parent's words


def test_the_name_a_parent_calls_the_writer_in_quoted_words_is_replaced() -> None:
    body, data = _forward(_mail(
        "driftwood <driftwood.07@mail.example>",
        "Hi,\nI told my mum I felt weird about a friend and she sighed and said "
        "\"Teodor, love, you're sixteen, it'll pass\". I didn't say anything else.\n"
        "Is she right?\n"))
    assert "love, you're sixteen, it'll pass\". I didn't say anything else." in body.text
    assert_absent(data, ["Teodor"])


def test_the_name_in_a_dutch_and_a_french_parents_words_is_replaced() -> None:
    body, data = _forward(_mail(
        "maanvis <maanvis@mail.example>",
        "mijn pa kwam binnen en zei \"Jorunn, gij moet nu eens stoppen met dat gezaag\"\n"
        "ik ben 15\n"))
    assert "gij moet nu eens stoppen met dat gezaag" in body.text
    assert_absent(data, ["Jorunn"])
    body, data = _forward(_mail(
        "plume <plume.x@mail.example>",
        "Mon père m'a regardée et il a dit « Solène, toi tu vas pas nous faire ça ».\n"
        "J'ai 16 ans.\n"))
    assert "toi tu vas pas nous faire ça" in body.text
    assert_absent(data, ["Solène"])


def test_a_name_in_a_parents_words_to_a_sibling_stays() -> None:
    body, _ = _forward(_mail(
        "maanvis <maanvis@mail.example>",
        "mijn ma zei tegen mijn broer \"Jorunn, ge moet nu eens stoppen\" en toen was het stil\n"
        "ik ben 15\n"))
    assert "\"Jorunn, ge moet nu eens stoppen\"" in body.text


def test_a_name_in_a_sisters_words_and_an_exclamation_in_a_parents_stay() -> None:
    body, _ = _forward(_mail(
        "maanvis <maanvis@mail.example>",
        "my dad was out and my sister laughed and said \"Ellis, you're so dramatic\"\n"
        "then my mum said \"God, it's late\" and we went to bed\n"))
    assert "\"Ellis, you're so dramatic\"" in body.text
    assert "\"God, it's late\"" in body.text


def test_a_pet_word_opening_a_parents_words_stays() -> None:
    body, _ = _forward(_mail(
        "driftwood <driftwood.07@mail.example>",
        "I told my dad and he said \"Honey, you're fine\" and I just nodded\nI'm 14\n"))
    assert "\"Honey, you're fine\" and I just nodded" in body.text


# --------------------------------------------------------------------------- called instead of


def test_the_name_they_are_called_instead_of_is_replaced_too() -> None:
    body, data = _forward(_mail(
        "M. Dupuis <m.dupuis.2011@mail.example>",
        "slt\nest-ce que c'est bizarre si je veux qu'on m'appelle Elio au lieu de Mathilde ??\n"
        "j'ai 13 ans\n"))
    assert "est-ce que c'est bizarre si je veux qu'on m'appelle" in body.text
    assert_absent(data, ["Elio", "Mathilde"])
    body, data = _forward(_mail(
        "A. R. <a.r.2011@mail.example>",
        "c'est grave si je veux qu'on m'appelle Ilan au lieu d'Aurélie ?\nj'ai 13 ans\n"))
    assert "c'est grave si je veux qu'on m'appelle" in body.text
    assert_absent(data, ["Aurélie"])


def test_an_ordinary_word_after_instead_of_stays() -> None:
    body, _ = _forward(_mail(
        "kit <kit.99@mail.example>",
        "i want people to call me Kit instead of Kid all the time\ni'm 15\n"))
    assert "instead of Kid all the time" in body.text


# --------------------------------------------------------------------------- pasted screenshots


def test_the_own_account_and_the_first_name_it_is_made_from_are_replaced() -> None:
    body, data = _forward(_mail(
        "wvh.2012@mail.example",
        "dit stond op de screenshot:\nge zijt zo raar\nwe weten het allemaal lars\n\n"
        "Mijn eigen account is larske.vh en dat staat op privé.\nik ben 13\n"))
    assert "we weten het allemaal" in body.text and "en dat staat op privé." in body.text
    assert_absent(data, ["larske.vh", "lars"])


def test_a_word_that_starts_the_own_account_stays() -> None:
    body, data = _forward(_mail(
        "x.2012@mail.example",
        "mon propre compte c'est dansemoi_22 et il est privé\nje danse tous les jours\n"))
    assert "je danse tous les jours" in body.text
    assert_absent(data, ["dansemoi_22"])
