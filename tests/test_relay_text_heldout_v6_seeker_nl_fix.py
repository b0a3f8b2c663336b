"""Behaviour tests for the rules that closed part of dev/heldout-v6/seeker-nl's misses (Dutch and
Flemish help-seekers): a dictated line where "I'm" after the writer's name is no surname; a
CV, an ad or a card the writer introduces with a colon and then speaks on under, which is their
text, not a signature. Names, words and mails are invented, not the corpus's."""

from __future__ import annotations

from mailhandler.core.scrub import Identity, learn_names
from tests.test_relay_text import PSEUDONYM, _forward, _mail

# --------------------------------------------------------------------------- a contraction


def test_im_after_a_dictated_name_is_no_surname() -> None:
    body = ("hey this is Milo I'm using voice typing so sorry my dad is from Ghent and "
            "he said I can't bring a boyfriend home what do I do question mark\n")
    relayed, _ = _forward(_mail("Milo Verbrugge <milo.v@mail.example>", body))
    assert "Milo" not in relayed.text
    assert (f"hey this is {PSEUDONYM} I'm using voice typing so sorry my dad is from Ghent"
            in relayed.text)


def test_contractions_after_a_name_are_not_learned_as_surnames() -> None:
    who = Identity(addresses=("milo.v@mail.example",), names=("Milo Verbrugge",))
    for words in ("I'm", "I'll", "I've", "I'd", "It's", "Can't", "We're"):
        learned = learn_names(f"hi this is Milo {words} not sure\n", who)
        assert f"Milo {words}" not in learned.names, words


def test_an_apostrophe_surname_after_an_introduction_is_still_learned() -> None:
    who = Identity(addresses=("milo.v@mail.example",), names=("Milo Verbrugge",))
    for surname in ("O'Brien", "D'Hondt", "N'Diaye"):
        learned = learn_names(f"hoi ik ben Milo {surname} en ik ben 15\n", who)
        assert f"Milo {surname}" in learned.names, surname


# --------------------------------------------------------------------------- a paste, then words


def test_a_pasted_cv_with_words_under_it_is_kept_with_details_replaced() -> None:
    body = ("hallo\n\nik solliciteer voor een studentenjob maar op mijn kaart staat mijn\n"
            "oude naam. mag dat? hier is het begin van mijn cv:\n\n"
            "CURRICULUM VITAE\nMilan Goossens\nKerkstraat 14, 3500 Hasselt\n"
            "0472 11 22 33 - milan.goossens@mail.example\nGeboren: 2009\n"
            "Talen: Nederlands, Engels\n\nik ben 16 trouwens\n")
    relayed, data = _forward(_mail("Milan Goossens <milan.goossens@mail.example>", body))
    for kept in ("CURRICULUM VITAE", "Geboren: 2009", "Talen: Nederlands, Engels",
                 "ik ben 16 trouwens"):
        assert kept in relayed.text, kept
    # The CV carries the writer's name: its postcode and town locate them (the Format's P2).
    for gone in (b"Goossens", b"Kerkstraat 14", b"3500 Hasselt", b"0472 11 22 33",
                 b"milan.goossens@"):
        assert gone not in data, gone


def test_a_pasted_ad_with_a_question_and_client_line_under_it_is_kept() -> None:
    body = ("hoi\n\nmijn vader vond mijn zoekertje en is boos. dit is het:\n\n"
            "Te koop: 8 kleedjes, maat 152\n€ 30 voor alles, ophalen in Aalst\n"
            "Contact: Robin - 0469 55 44 33\n\nmag ik dat? ik ben 14\n\n"
            "Verzonden vanaf mijn Galaxy\n")
    relayed, data = _forward(_mail("Robin Claes <robin.claes@mail.example>", body))
    for kept in ("Te koop: 8 kleedjes, maat 152", "Contact:", "mag ik dat? ik ben 14"):
        assert kept in relayed.text, kept
    assert b"0469 55 44 33" not in data and b"Robin" not in data
    assert "Verzonden vanaf" not in relayed.text


def test_a_parents_card_under_the_childs_words_still_goes() -> None:
    body = ("hallo ik ben 13 en ik denk dat ik bi ben\nmijn mama weet het niet\n\n"
            "Groeten,\nKatrien Smets\nKerkstraat 14, 3500 Hasselt\nGSM 0472 11 22 33\n")
    relayed, data = _forward(_mail("Katrien Smets <katrien.smets@mail.example>", body))
    assert "ik denk dat ik bi ben" in relayed.text
    assert b"Kerkstraat 14" not in data and b"0472 11 22 33" not in data


def test_a_card_announced_but_not_spoken_under_still_goes() -> None:
    # An introduction with nothing of the writer's under the card: a signature after all.
    body = ("hallo, ik heb een vraag over mijn zoon van 15 die gepest wordt op school.\n"
            "je kan me bereiken op:\n\n"
            "Katrien Smets\nKerkstraat 14, 3500 Hasselt\nGSM 0472 11 22 33\n")
    relayed, data = _forward(_mail("Katrien Smets <katrien.smets@mail.example>", body))
    assert "die gepest wordt op school" in relayed.text
    assert b"Kerkstraat 14" not in data and b"0472 11 22 33" not in data


# --------------------------------------------------------------------------- numbers on a card


def test_a_pupil_register_number_and_a_club_code_are_replaced() -> None:
    body = ("hallo ik ben 15, kijk mijn kaarten:\n\nLEERLINGENKAART\nKlas: 4 Latijn\n"
            "Stamboeknr: 20299311\n\nLidkaart turnclub\nLidnr. TKA-2291\n\n"
            "ik moet die elke dag tonen\n")
    relayed, data = _forward(_mail("Noor Aerts <noor.aerts@mail.example>", body))
    assert b"20299311" not in data and b"TKA-2291" not in data
    for kept in ("Klas: 4 Latijn", "Stamboeknr:", "Lidnr.", "ik moet die elke dag tonen"):
        assert kept in relayed.text, kept


def test_numbers_that_are_no_card_number_stay() -> None:
    body = ("ik zit in het 4de jaar en mijn lidnummer weet ik niet meer\n"
            "de bus lijn 20 komt om 7u en de les begint in lokaal B12\n")
    relayed, _ = _forward(_mail("Noor Aerts <noor.aerts@mail.example>", body))
    assert "mijn lidnummer weet ik niet meer" in relayed.text
    assert "de bus lijn 20 komt om 7u en de les begint in lokaal B12" in relayed.text


# --------------------------------------------------------------------------- a street, a town


def test_a_street_named_for_the_town_it_leads_to_is_replaced() -> None:
    body = ("hallo ik ben 11\ndit heb ik al ingevuld:\n\nIk woon: Weg naar Opglabbeek 14, Genk\n"
            "Lievelingseten: frieten\n\nmag dat\n")
    relayed, data = _forward(_mail("Lars Jacobs <lars.j@mail.example>", body))
    assert b"Opglabbeek 14" not in data
    assert "Genk" in relayed.text and "Lievelingseten: frieten" in relayed.text


def test_the_way_to_a_town_in_a_story_stays() -> None:
    body = ("op de weg naar Genk 2 keer gestopt want ik moest overgeven\n"
            "Weg naar school duurt 20 minuten\n")
    relayed, _ = _forward(_mail("Lars Jacobs <lars.j@mail.example>", body))
    assert "op de weg naar Genk 2 keer gestopt" in relayed.text
    assert "Weg naar school duurt 20 minuten" in relayed.text


# --------------------------------------------------------------------------- a card's name line


def test_the_surname_on_a_pasted_cards_name_line_is_replaced() -> None:
    body = ("hallo ik ben Wannes ik ben 15\ndit is mijn lidkaart:\n\n"
            "Lidkaart seizoen 2024-25\nWannes Verhulpen - competitiezwemmer\n\n"
            "mag de club dat verplichten\n")
    relayed, data = _forward(_mail("Zwemclub <secretariaat@zwemclub.example>", body))
    assert b"Verhulpen" not in data and b"Wannes" not in data
    assert "competitiezwemmer" in relayed.text and "mag de club dat verplichten" in relayed.text


def test_a_song_or_a_sentence_after_the_writers_first_name_stays() -> None:
    who = Identity(addresses=("sam.v@mail.example",), names=("Sam Verbeke",))
    for line in ("Sam Smith - Stay With Me", "Sam Vandaag was het erg"):
        learned = learn_names(f"hoi ik ben 14\nmijn lievelingsliedje:\n{line}\nok\n", who)
        assert not any(name.startswith("Sam ") and name != "Sam Verbeke"
                       for name in learned.names), line


# --------------------------------------------------------------------------- who of the family


def test_a_daughter_named_after_a_flemish_denial_of_the_holder_is_replaced() -> None:
    body = ("Hallo, hier is ni mijn pa maar zijn dochter Roos (15)\n\n"
            "ik zit aan zijn laptop. ik heb roos geschilderd op mijn kamer\n")
    relayed, data = _forward(_mail("Jan Wuyts <jan.wuyts@mail.example>", body))
    assert "zijn dochter Roos" not in relayed.text
    assert f"zijn dochter {PSEUDONYM} (15)" in relayed.text


def test_the_youngest_named_in_brackets_on_a_family_account_is_replaced() -> None:
    body = ("hallo\ndit is de mail van ons gezin\nik ben de jongste (Mats) 11 jaar\n"
            "mijn zus (Fien) weet het\n")
    relayed, _ = _forward(_mail("Familie Wuyts <fam.wuyts@mail.example>", body))
    assert "Mats" not in relayed.text
    assert f"ik ben de jongste ({PSEUDONYM}) 11 jaar" in relayed.text
    assert "mijn zus (Fien) weet het" in relayed.text


def test_the_name_the_writer_now_uses_is_replaced_but_an_app_stays() -> None:
    who = Identity(addresses=("s.devos@mail.example",), names=("Sanne De Vos",))
    learned = learn_names("mijn naam is eigenlijk Sanne maar ik gebruik nu Sem, zeg dat maar\n",
                          who)
    assert "Sem" in learned.names
    for line in ("ik gebruik nu Snapchat en Teams voor school", "ik gebruik liever Google"):
        assert learn_names(f"{line}\nok\n", who) == who, line
