"""Behaviour tests for the rules that closed part of dev/heldout-v5/seeker-mixed's misses
(help-seekers writing in French, English, Spanish and Ukrainian from someone else's account): a
text-message "c moi X"; a name under "Gracias,"; a name in Cyrillic that spells the writer's own
in an official transliteration; a first name alone on the line right above the "-- " of a
shared account's signature; and that signature's notice to its users. Names, words and mails
are invented, not the corpus's."""

from __future__ import annotations

from mailhandler.core.scrub import Identity, learn_names
from mailhandler.core.scrub.names_scripts import _spelled_in_latin
from tests.conftest import assert_absent
from tests.test_relay_text import PSEUDONYM, _forward, _mail

# --------------------------------------------------------------------------- "c moi X"


def test_a_name_after_c_moi_in_a_text_message_is_replaced() -> None:
    body = ("salut c moi Tiago le petit frère d'Inès, c'est son mail\n"
            "g 10 ans et on me tape à la récré\n")
    relayed, data = _forward(_mail("Inès Moreau <ines.moreau@mail.example>", body))
    assert_absent(data, ["Tiago"])
    assert f"salut c moi {PSEUDONYM} le petit frère" in relayed.text
    assert "g 10 ans et on me tape à la récré" in relayed.text


def test_the_other_text_message_forms_of_c_est_moi_name_the_writer() -> None:
    who = Identity(addresses=("ines.moreau@mail.example",), names=("Inès Moreau",))
    for line in ("cé moi Tiago", "sé moi, Tiago", "cest encore moi Tiago"):
        assert "Tiago" in learn_names(f"{line}\nj'ai besoin d'aide\n", who).names, line


def test_c_moi_without_a_name_after_it_learns_nothing() -> None:
    who = Identity(addresses=("ines.moreau@mail.example",), names=("Inès Moreau",))
    for line in ("c moi qui fait tout à la maison", "c moi la plus petite de la classe",
                 "il dit que c moi Maman préfère", "mon frère joue avec moi Lucas aussi"):
        assert learn_names(f"{line}\net personne m'écoute\n", who) == who, line


# --------------------------------------------------------------------------- "Gracias,"


def test_a_name_that_is_also_a_word_under_gracias_is_replaced() -> None:
    body = ("Hello, I am 17 and I live with a host family since march.\n"
            "I feel alone most days.\n\nGracias,\nSol\n")
    relayed, data = _forward(_mail("Famille Lambert <lambert.famille@mail.example>", body))
    assert_absent(data, ["Sol"])
    assert f"Gracias,\n{PSEUDONYM}" in relayed.text
    assert "I feel alone most days." in relayed.text


def test_a_sentence_opening_with_gracias_keeps_its_words_and_names() -> None:
    for ending in ("gracias por leer esto\nSol y yo no sabemos qué hacer\n",
                   "Gracias a mi hermana Carla que me ayudó a escribir\n"):
        body = "Hola, tengo 15 años y mi padre grita todo el tiempo.\n" + ending
        relayed, _ = _forward(_mail("Famille Lambert <lambert.famille@mail.example>", body))
        for line in ending.splitlines():
            assert line in relayed.text, line


# --------------------------------------------------------------------------- Cyrillic names


def test_a_cyrillic_name_in_the_official_transliteration_is_replaced_in_running_text() -> None:
    body = ("Привіт. Мене звати Андрій, мені 14 років.\n"
            "(traduction) Salut. Je m'appelle Andrii, j'ai 14 ans.\n")
    relayed, data = _forward(_mail("Andrii Bondar <andrii.bondar@mail.example>", body))
    assert_absent(data, ["Андрій", "Andrii"])
    assert f"Мене звати {PSEUDONYM}, мені 14 років." in relayed.text


def test_a_russian_spelling_of_the_writers_name_is_replaced() -> None:
    who = Identity(addresses=("olga.petrova@mail.example",), names=("Olga Petrova",))
    learned = learn_names("Меня зовут Ольга, мне 15 лет.\nJe vis à Namur.\n", who)
    assert "Ольга" in learned.names


def test_the_transliterations_spell_each_name_letter_for_letter() -> None:
    assert _spelled_in_latin("Софія", ["sofiia"])
    assert _spelled_in_latin("Юлія", ["yuliia"])
    assert _spelled_in_latin("Саша", ["sasha"])
    # Only the whole word: the same consonants ("софа", a sofa) are no spelling of Sofiia.
    assert not _spelled_in_latin("софа", ["sofiia"])
    assert not _spelled_in_latin("Софійка", ["sofiia"])


def test_cyrillic_words_that_do_not_spell_the_writers_name_stay() -> None:
    body = ("Мене звати Софія. Моя мама Ольга працює, я сплю на софі.\n"
            "Je m'appelle Sofiia, ma mère Olga travaille.\n")
    relayed, _ = _forward(_mail("Sofiia Melnyk <sofiia.melnyk@mail.example>", body))
    assert "Моя мама Ольга працює, я сплю на софі." in relayed.text
    assert "ma mère Olga travaille." in relayed.text
    assert "Софія" not in relayed.text


# --------------------------------------------------------------------------- above "-- "


_LIBRARY_CARD = ("-- \n"
                 "Bibliothèque communale de Zuidstad – Rue du Marché 3, 9999 Zuidstad\n"
                 "Ce poste est réservé aux usagers de la bibliothèque. Merci de vous déconnecter "
                 "après usage.\n")


def test_a_first_name_alone_above_the_delimiter_of_a_shared_account_is_replaced() -> None:
    body = ("Bonjour,\nJ'ai 15 ans et j'écris depuis la bibliothèque.\n"
            "Répondez sur cette adresse svp.\nNaïma\n" + _LIBRARY_CARD)
    relayed, data = _forward(_mail("Jeunesse Bib <jeunesse@biblio.example>", body))
    assert_absent(data, ["Naïma"])
    assert f"Répondez sur cette adresse svp.\n{PSEUDONYM}\n" in relayed.text


def test_a_word_alone_above_the_delimiter_stays() -> None:
    who = Identity(addresses=("jeunesse@biblio.example",), names=("Jeunesse Bib",))
    for last in ("Merci", "help", "Aidez-moi", "svp"):
        text = f"Bonjour,\nJ'ai 15 ans et ça va pas.\n{last}\n{_LIBRARY_CARD}"
        assert learn_names(text, who) == who, last


# --------------------------------------------------------------------------- a shared account


def test_a_shared_accounts_card_with_its_notice_to_users_is_removed() -> None:
    body = "Bonjour,\nJ'ai 15 ans et j'écris depuis la bibliothèque.\n" + _LIBRARY_CARD
    relayed, data = _forward(_mail("Jeunesse Bib <jeunesse@biblio.example>", body))
    assert_absent(data, ["Bibliothèque communale de Zuidstad", "9999 Zuidstad", "Rue du Marché"])
    assert "J'ai 15 ans et j'écris depuis la bibliothèque." in relayed.text


def test_a_dutch_shared_computers_notice_closes_its_card_too() -> None:
    body = ("hoi ik ben 14 en ik zit hier in de bib\nkan ik iemand spreken\n-- \n"
            "Bibliotheek Zuidstad – Marktplein 3, 9999 Zuidstad\n"
            "Deze computer is voorbehouden aan leden. Gelieve af te melden na gebruik.\n")
    relayed, data = _forward(_mail("Bib Jeugd <jeugd@bib.example>", body))
    assert_absent(data, ["Marktplein 3", "9999 Zuidstad"])
    assert "kan ik iemand spreken" in relayed.text


def test_the_writers_own_sentence_about_logging_out_under_the_delimiter_stays() -> None:
    ending = ("je dois me déconnecter après usage sinon le suivant lit tout\n"
              "et l'ordi est réservé aux grands normalement\n")
    body = ("Bonjour,\nJ'ai 15 ans et j'écris depuis la bibliothèque.\n-- \n"
            "j'habite Rue du Marché 3, 9999 Zuidstad\n" + ending)
    relayed, _ = _forward(_mail("Jeunesse Bib <jeunesse@biblio.example>", body))
    for line in ending.splitlines():
        assert line in relayed.text, line
