"""Behaviour of the rules added after dev/round22's s-0031..s-0053 (French, English and mixed
help-seekers): a word after "merci" that says how much, other spellings of the writer's name in
a bracket, a surname in capitals before the first name, a name signed with pronouns, the
writer's own earlier sign-off quoted back, a name corrected with "*", an account given as
theirs, and a class code with a school's name. Names and words here are new, not the corpus's."""

from __future__ import annotations

import re

from tests.conftest import assert_absent
from tests.test_relay_text import _forward, _mail, _plain


def test_a_word_of_how_much_after_merci_stays() -> None:
    body, data = _forward(_mail("Kabongo Ilunga <kabongo.i@thuis.example>",
                                "Bonjour,\nJe suis Kabongo, 15 ans.\nJe suis perdu.\n"
                                "Merci mpenza\n"))
    assert "Merci mpenza" in body.text
    assert_absent(data, ["Kabongo", "Ilunga"])


def test_a_first_name_after_merci_in_lower_case_still_signs() -> None:
    body, data = _forward(_mail("x <x.4410@thuis.example>",
                                "coucou\nj'ai peur de le dire a mes parents\nmerci noemie\n"))
    assert "j'ai peur de le dire a mes parents" in body.text
    assert not re.search(r"(?i)\bnoemie\b", _plain(data))


def test_other_spellings_of_the_name_in_a_bracket_are_replaced() -> None:
    body, data = _forward(_mail(
        "Tesfalem Ghebre <tesfalem.g@thuis.example>",
        "Hello,\nI'm Tesfalem (Tesfalidet on my passport, my cousins say Teso), 17, from Gent.\n"
        "I think I like boys and I have nobody to ask.\n"))
    assert "I think I like boys and I have nobody to ask." in body.text
    assert "on my passport" in body.text
    assert_absent(data, ["Tesfalem", "Tesfalidet", "Teso", "Ghebre"])


def test_a_bracket_of_ordinary_words_after_the_name_stays() -> None:
    body, data = _forward(_mail("Wardah Qasim <wardah.q@thuis.example>",
                                "Salut, je suis Wardah (oui, comme la fleur en arabe), 14 ans.\n"
                                "Ma copine ne me parle plus.\n"))
    assert "oui, comme la fleur en arabe" in body.text
    assert "Ma copine ne me parle plus." in body.text
    assert_absent(data, ["Wardah", "Qasim"])


def test_a_surname_in_capitals_before_the_first_name_is_replaced() -> None:
    body, data = _forward(_mail("Ines <ines.lmr@thuis.example>",
                                "LAMRANI Ines 14 ans Charleroi\n"
                                "je sais pas si je suis lesbienne\n"))
    assert "14 ans Charleroi" in body.text
    assert_absent(data, ["LAMRANI", "Ines"])


def test_a_capitalised_shout_before_another_name_stays() -> None:
    body, data = _forward(_mail("Ines <ines.lmr@thuis.example>",
                                "AIDE Ines est perdue\nURGENT Nora ma copine veut partir\n"))
    assert "AIDE" in body.text and "URGENT Nora ma copine veut partir" in body.text


def test_a_name_signed_with_pronouns_is_replaced_even_when_it_is_a_word() -> None:
    body, data = _forward(_mail("Sabine Roy <sabine.roy@thuis.example>",
                                "allo\nc'est pu mon nom sur le courriel\n"
                                "jsuis trans pis jai 15 ans\n"
                                "Sky (iel)\n"))
    assert "jsuis trans pis jai 15 ans" in body.text
    assert not re.search(r"(?i)\bsky\b", _plain(data))


def test_the_writers_earlier_sign_off_with_their_class_quoted_back_is_replaced() -> None:
    body, data = _forward(_mail(
        "R <rk.2012@thuis.example>",
        "thanks it went ok\n\n"
        "On Tue, 3 Nov 2026 at 20:10, Lumi <hulp@lumi.example> wrote:\n"
        "> Hi, you can take your time.\n"
        "> On Mon, 2 Nov 2026 at 22:05, R <rk.2012@thuis.example> wrote:\n"
        ">> i dont know who to tell\n"
        ">> - Roz (14)\n"
        ">> Rosalind Kettering, Year 9\n"))
    assert "thanks it went ok" in body.text
    assert_absent(data, ["Roz", "Rosalind", "Kettering"])


def test_a_first_name_in_lower_case_closing_the_writers_quoted_mail_is_replaced() -> None:
    body, data = _forward(_mail(
        "mz <mz.x.2011@thuis.example>",
        "merci ca va mieux\n\n"
        "Le mar. 3 nov. 2026 à 19:00, mz <mz.x.2011@thuis.example> a écrit :\n"
        "> jsuis en 3eme\n"
        "> jsais pas quoi faire\n"
        "> maelle\n"))
    assert "merci ca va mieux" in body.text
    assert not re.search(r"(?i)\bmaelle\b", _plain(data))


def test_a_word_closing_the_writers_quoted_mail_stays() -> None:
    body, data = _forward(_mail(
        "mz <mz.x.2011@thuis.example>",
        "re\n\n"
        "Le mar. 3 nov. 2026 à 19:00, mz <mz.x.2011@thuis.example> a écrit :\n"
        "> jsais pas quoi faire\n"
        "> help\n"))
    assert "> help" in _plain(data)


def test_the_word_a_star_correction_of_the_name_fixes_is_replaced() -> None:
    body, data = _forward(_mail("Niamh Kelly <niamhk.22@thuis.example>",
                                "hey it's Grace\n*Niamh stupid phone\n"
                                "I'm 15 and I think I'm ace\n"))
    assert "I'm 15 and I think I'm ace" in body.text
    assert_absent(data, ["Grace", "Niamh", "Kelly"])


def test_a_star_correction_of_another_word_leaves_the_line() -> None:
    body, data = _forward(_mail("Niamh Kelly <niamhk.22@thuis.example>",
                                "we went to Dublin\n*Galway sorry\nit was fine\n"))
    assert "we went to Dublin" in body.text and "*Galway sorry" in body.text


def test_an_account_given_as_theirs_and_its_first_name_are_replaced() -> None:
    body, data = _forward(_mail("m <m.0x@thuis.example>",
                                "my bio says \"maisie ~ 14 ~ they/them\"\n"
                                "my @ is maisie.glow if u want\nis that too obvious\n"))
    assert "is that too obvious" in body.text
    assert not re.search(r"(?i)\bmaisie\b", _plain(data))


def test_a_class_code_and_a_school_under_the_name_are_a_signature() -> None:
    body, data = _forward(_mail("Lucie Martens <lucie.martens@ecole.example>",
                                "Madame, Monsieur,\n\nEst-ce que je peux changer de prénom à "
                                "l'école ?\n\nCordialement,\n\nLucie Martens (Lulu pour mes amis)\n"
                                "4ème B – Lycée Émile Jacqmain\n"))
    assert "Est-ce que je peux changer de prénom à l'école ?" in body.text
    assert_absent(data, ["Lucie", "Martens", "Jacqmain"])


def test_a_class_and_a_school_in_a_sentence_stay() -> None:
    body, data = _forward(_mail("Lucie Martens <lucie.martens@ecole.example>",
                                "Bonjour,\nen 4ème B, à l'école, personne ne me parle depuis que "
                                "j'ai dit que j'étais trans.\n"))
    assert "en 4ème B, à l'école, personne ne me parle" in body.text
