"""Behaviour tests for the rules that closed dev/heldout-v10/seeker-mixed's misses (help-seekers
in French, English and Dutch mixing in a family language): the young person named after "on
behalf of a young man I support,", "voor een leerling van het vierde leerjaar,", "ik ben de
neef van" and a first name that also greets given an age in brackets; a Polish boy's name with
its diminutive "-ek", a hyphenated name written as one word, a Ukrainian pet form in Cyrillic;
a pasted form's name field holding a family's surname. Names, words and mails are invented,
not the corpus's."""

from __future__ import annotations

import pytest

from tests.test_relay_text import _forward, _mail

# --------------------------------------------------------------------------- written for


@pytest.mark.parametrize("opening", [
    "I'm writing on behalf of a young man I support, Dawit (17), he agreed to it.",
    "Ik schrijf voor een leerling van het derde leerjaar, Dawit (9), met zijn vader.",
    "Ik ben de nicht van Dawit, hij is 14.",
])
def test_the_young_person_introduced_by_the_writer_is_replaced(opening: str) -> None:
    body = (f"Hello,\n{opening}\nDawit does not sleep since the move.\n"
            "Can someone talk to him?\nRegards,\nHilde\n")
    relayed, _ = _forward(_mail("Hilde Maes <hilde.maes@mail.example>", body))
    assert "Dawit" not in relayed.text
    assert "does not sleep since the move." in relayed.text


def test_a_first_name_that_greets_is_replaced_with_its_age_in_brackets() -> None:
    body = ("Hi there,\nI'm a foster carer. I've had a girl, Selam (13), with me since June.\n"
            "Selam cries every night.\nThank you,\nMaggie\n")
    relayed, _ = _forward(_mail("Maggie Ross <maggie.ross@mail.example>", body))
    assert "Selam" not in relayed.text
    assert "cries every night." in relayed.text


def test_a_greeting_that_is_a_first_name_stays_without_an_age() -> None:
    body = "Selam,\nI'm 15 and my friend, Selam as we say, is far away now.\n"
    relayed, _ = _forward(_mail("k.tesfaye@mail.example", body))
    assert "my friend, Selam as we say, is far away now." in relayed.text


def test_the_cousin_of_a_friend_in_the_story_stays() -> None:
    body = "hoi\nde neef van Jonas zit in mijn klas en hij pest mij\nik ben 13\n"
    relayed, _ = _forward(_mail("r.claes@mail.example", body))
    assert "de neef van Jonas zit in mijn klas en hij pest mij" in relayed.text


# --------------------------------------------------------------------------- name variants


def test_a_polish_boys_diminutive_is_replaced() -> None:
    body = ("Bonjour,\nje suis la maman de Tomasz, il a 13 ans.\n"
            "Depuis l'été Tomaszek ne sort plus de sa chambre.\nMerci\nEwa\n")
    relayed, _ = _forward(_mail("Ewa Nowak <ewa.nowak@mail.example>", body))
    assert "Tomasz" not in relayed.text
    assert "ne sort plus de sa chambre." in relayed.text


def test_a_first_name_of_its_own_after_a_name_stays() -> None:
    body = "hoi\nik ben Jan, 15 jaar\nmijn vriend Janek uit Polen is weg\n"
    relayed, _ = _forward(_mail("Jan Peeters <jan.peeters@mail.example>", body))
    assert "mijn vriend Janek uit Polen is weg" in relayed.text


def test_a_hyphenated_name_written_as_one_word_is_replaced() -> None:
    body = "Hi,\nI'm 15 and I have no friends here.\nMinho\n"
    relayed, _ = _forward(_mail("Min-ho Kang <mhkang@mail.example>", body))
    assert "Minho" not in relayed.text
    assert "I'm 15 and I have no friends here." in relayed.text


def test_a_word_that_joins_two_other_words_stays() -> None:
    body = "Hi,\nI'm 15, the online game is all I have.\n"
    relayed, _ = _forward(_mail("On-line Kang <mhkang@mail.example>", body))
    assert "I'm 15, the online game is all I have." in relayed.text


def test_a_ukrainian_pet_form_in_cyrillic_is_replaced() -> None:
    body = ("Bonjour,\nJe suis la mère de Sofiia (11 ans).\nСофійко ne mange plus.\n"
            "Merci\nIryna\n")
    relayed, _ = _forward(_mail("Iryna Koval <iryna.koval@mail.example>", body))
    assert "Софійко" not in relayed.text
    assert "ne mange plus." in relayed.text


# --------------------------------------------------------------------------- pasted forms


def test_a_family_surname_in_a_forms_name_field_is_replaced() -> None:
    body = ("Hoi\nmijn moeder bestelde dit:\n\nBestelling\nNaam: Fam. Ben Haddou\n"
            "Ophalen: zaterdag\n\nik ben 15 en ik mag niet buiten\n")
    relayed, _ = _forward(_mail("Yasmina <yasmina.bh@mail.example>", body))
    assert "Haddou" not in relayed.text
    assert "Naam:" in relayed.text and "Ophalen: zaterdag" in relayed.text
    # "Ben" of the surname is Dutch "ben" too: the writer's "ik ben 15" keeps it.
    assert "ik ben 15 en ik mag niet buiten" in relayed.text


def test_a_family_word_in_a_name_field_of_the_writers_own_stays() -> None:
    body = "Hoi\nNaam: Familie Feest\nik ben 15 en ik verzin een toneelstuk\n"
    relayed, _ = _forward(_mail("yasmina.bh@mail.example", body))
    assert "Naam: Familie Feest" in relayed.text


def test_the_surname_after_the_writers_first_name_in_a_pasted_greeting_is_replaced() -> None:
    body = ("Hallo,\nik kreeg deze mail:\n\n\"Beste Hanna Woldemariam, uw tas is gevonden. "
            "Kenmerk: LP-2026-0481127.\"\n\nIk ben 16 en mijn vader heeft hem opgehaald.\n")
    relayed, _ = _forward(_mail("Hanna <hanna.w@mail.example>", body))
    assert "Woldemariam" not in relayed.text
    assert "0481127" not in relayed.text
    assert "Ik ben 16 en mijn vader heeft hem opgehaald." in relayed.text


def test_a_word_after_the_writers_first_name_in_a_greeting_stays() -> None:
    body = "Hallo,\nBeste Hanna Zomer, zo noemen ze mij thuis!\nik ben 15\n"
    relayed, _ = _forward(_mail("Hanna <hanna.w@mail.example>", body))
    assert "Zomer, zo noemen ze mij thuis!" in relayed.text


# --------------------------------------------------------------------------- numbers


@pytest.mark.parametrize(("line", "number"), [
    ("Dear Mr Karim Haddad, your passport no. KH5512098 expires soon.", "KH5512098"),
    ("Votre mission est annulée. Réf. intérimaire : 772193. Votre agence", "772193"),
])
def test_a_document_or_a_firms_number_for_the_writer_is_replaced(line: str, number: str) -> None:
    body = f"Hi,\nI got this text:\n\n\"{line}\"\n\nI'm 19, what can I do?\n"
    relayed, _ = _forward(_mail("Karim Haddad <k.haddad@work.example>", body))
    assert number not in relayed.text
    assert "I'm 19, what can I do?" in relayed.text


def test_a_date_after_the_word_passport_stays() -> None:
    body = "Hi,\nmy passport expires 30.06.2027 and I'm 17\n"
    relayed, _ = _forward(_mail("k.haddad@mail.example", body))
    assert "my passport expires 30.06.2027 and I'm 17" in relayed.text


def test_the_numbers_on_a_pasted_ticket_with_the_writers_name_are_replaced() -> None:
    body = ("Bonjour,\nvoici le ticket :\n\nTICKET DE DÉPÔT N° T-58120\nClient : RUS Elena\n"
            "Appareil : tablette\nCode : 240611\n\nJ'ai 15 ans, il a vu mes photos.\n")
    relayed, _ = _forward(_mail("Elena R. <elena.rus@mail.example>", body))
    assert "58120" not in relayed.text and "240611" not in relayed.text
    assert "TICKET DE DÉPÔT N°" in relayed.text and "Code :" in relayed.text
    assert "J'ai 15 ans, il a vu mes photos." in relayed.text


def test_a_number_in_the_writers_own_line_beside_a_ticket_stays() -> None:
    body = ("Bonjour,\nvoici le ticket :\n\nTICKET DE DÉPÔT\nClient : RUS Elena\n"
            "Appareil : tablette\nj'ai payé avec mon code 55201 je crois\n\n"
            "J'ai 15 ans, il a vu mes photos. Est-ce qu'il a le droit ?\n")
    relayed, _ = _forward(_mail("Elena R. <elena.rus@mail.example>", body))
    assert "j'ai payé avec mon code 55201 je crois" in relayed.text


def test_an_order_number_without_the_writers_name_on_it_goes_its_words_stay() -> None:
    # The corpus README's label policy P6 (settled 2026-12-07): a number pointing to the
    # writer's own record is identity wherever it stands; the words naming it stay.
    body = "Bonjour,\nCommande n° 58214\nJ'ai 15 ans et j'ai commandé un collier.\n"
    relayed, _ = _forward(_mail("Elena R. <elena.rus@mail.example>", body))
    assert "Commande n° […]" in relayed.text and "58214" not in relayed.text
    assert "J'ai 15 ans et j'ai commandé un collier." in relayed.text


def test_the_town_on_a_pasted_delivery_line_with_the_writers_name_is_replaced() -> None:
    body = ("salut\nsur le bon il y avait :\n\nCommande n° 77120 – Bracelet\n"
            "Livraison : Elena Rus, 4000 Liège\n\nj'ai 14 ans et j'habite à Liège\n")
    relayed, _ = _forward(_mail("Elena Rus <elena.rus@mail.example>", body))
    assert "4000 Liège" not in relayed.text and "77120" not in relayed.text
    assert "j'ai 14 ans et j'habite à Liège" in relayed.text


@pytest.mark.parametrize("number", ["514-555-0199", "438 555-0177", "+1 418.555.0123"])
def test_a_north_american_phone_number_is_replaced(number: str) -> None:
    body = f"allo\nj'ai 15 ans\nmon cell c'est le {number} si c'est mieux par texto\n"
    relayed, _ = _forward(_mail("Jo Tremblay <jo.tremblay@mail.example>", body))
    assert number not in relayed.text
    assert "si c'est mieux par texto" in relayed.text


@pytest.mark.parametrize("line", ["on était 250 300 4000 personnes au total",
                                  "la facture 2025-118-2044 est payée",
                                  "le score était 105-110"])
def test_amounts_and_codes_in_three_groups_stay(line: str) -> None:
    body = f"allo\nj'ai 15 ans\n{line}\n"
    relayed, _ = _forward(_mail("Jo Tremblay <jo.tremblay@mail.example>", body))
    assert line in relayed.text


# --------------------------------------------------------------------------- "c'est moi"


def test_a_first_name_closing_cest_moi_is_replaced() -> None:
    body = ("salam\nma mère a vu le bracelet avec le prénom Ilyes\n"
            "mais c'est moi Ilyes\nj'ai 14 ans\n")
    relayed, _ = _forward(_mail("z.k2011@mail.example", body))
    assert "Ilyes" not in relayed.text
    assert "j'ai 14 ans" in relayed.text


def test_a_common_word_after_cest_moi_stays() -> None:
    body = "salut\nquand ça va mal c'est moi Toujours\nj'ai 14 ans\n"
    relayed, _ = _forward(_mail("z.k2011@mail.example", body))
    assert "quand ça va mal c'est moi Toujours" in relayed.text


@pytest.mark.parametrize("line", ["la voisine a vu Moktar c'est-à-dire moi dans le parc",
                                  "1. Moktar (moi)"])
def test_a_name_followed_by_the_words_pointing_at_the_writer_is_replaced(line: str) -> None:
    body = f"Bonjour,\n{line}\nJ'ai 16 ans et j'ai peur.\n"
    relayed, _ = _forward(_mail("Awa Diallo <awa.diallo@mail.example>", body))
    assert "Moktar" not in relayed.text
    assert "J'ai 16 ans et j'ai peur." in relayed.text


def test_a_place_before_moi_in_brackets_stays() -> None:
    body = "Bonjour,\nà Paris (moi) on dit ça autrement\nJ'ai 16 ans.\n"
    relayed, _ = _forward(_mail("Awa Diallo <awa.diallo@mail.example>", body))
    assert "à Paris (moi) on dit ça autrement" in relayed.text


def test_the_name_in_another_script_beside_the_writers_name_is_replaced() -> None:
    body = ("salut\nsur la boîte il y avait écrit : Texte : يوسف (Youssef)\n"
            "ma mère a tout vu\nj'ai 15 ans\n")
    relayed, _ = _forward(_mail("Youssef B. <y.b2010@mail.example>", body))
    assert "يوسف" not in relayed.text and "Youssef" not in relayed.text
    assert "ma mère a tout vu" in relayed.text


def test_a_word_in_another_script_beside_a_translation_stays() -> None:
    body = "salut\nma mère dit صبر (patience) tout le temps\nj'ai 15 ans\n"
    relayed, _ = _forward(_mail("Youssef B. <y.b2010@mail.example>", body))
    assert "ma mère dit صبر (patience) tout le temps" in relayed.text


# --------------------------------------------------------------------------- written for "him"


def test_the_one_written_for_by_a_pronoun_then_called_so_is_replaced() -> None:
    body = ("Bonjour,\nJe suis éducatrice. Une jeune fille m'a demandé d'écrire pour elle.\n"
            "Elle s'appelle Aminata Kesso mais tout le monde dit Kesso.\n"
            "Kesso ne dort plus depuis octobre.\nCordialement,\nLise\n")
    relayed, _ = _forward(_mail("Lise Lambert <lise.lambert@mail.example>", body))
    assert "Aminata" not in relayed.text and "Kesso" not in relayed.text
    assert "ne dort plus depuis octobre." in relayed.text


def test_someone_called_so_without_writing_for_them_stays() -> None:
    body = ("Bonjour,\nj'ai 15 ans. il y a un garçon dans ma classe, il s'appelle Bakary.\n"
            "Bakary me suit partout.\n")
    relayed, _ = _forward(_mail("n.diop2011@mail.example", body))
    assert "il s'appelle Bakary." in relayed.text and "Bakary me suit partout." in relayed.text


# --------------------------------------------------------------------------- Polish closings


def test_a_short_form_signed_under_a_polish_closing_is_replaced() -> None:
    body = ("Hello,\nI'm 16 and my stepmum shouts at me in Polish.\n"
            "You can text me if that's easier.\n\nDzięki,\nMagi\n")
    relayed, _ = _forward(_mail("Magdalena N <magda.n@mail.example>", body))
    assert "Magi" not in relayed.text
    assert "Dzięki," in relayed.text and "You can text me if that's easier." in relayed.text


def test_a_polish_thanks_in_running_text_stays() -> None:
    body = "Hello,\nI'm 16. Mum always says dzięki to the bus driver, it's our thing.\n"
    relayed, _ = _forward(_mail("Magdalena N <magda.n@mail.example>", body))
    assert "Mum always says dzięki to the bus driver, it's our thing." in relayed.text
