"""Behaviour tests for the rules that closed three volunteers' misses of dev rounds 34-35: the
name a volunteer gives their own partner in their answer, a role at a show whose title is in
quotes, and a plug for the volunteer's own podcast under their name. Names, words and titles
are invented, not the corpus's."""

from __future__ import annotations

from mailhandler.core.scrub import Identity, learn_partner_names
from mailhandler.core.scrub.signature_lines import _is_show_plug, _signature_line
from tests.conftest import assert_absent
from tests.test_relay_text import PSEUDONYM, _answer, _forward, _mail


def test_the_name_a_volunteer_gives_their_partner_is_replaced() -> None:
    text = (f"Hoi {PSEUDONYM},\n\nIk schrijf je vanuit ons gedeelde adres, maar mijn vrouw "
            "Griet leest dit niet. Wat je vertelt over je broer klinkt zwaar.\n\n"
            "Groetjes,\nRik\n")
    message = _mail("Fam. Hermans <fam.hermans@thuis.example>", text)
    body, data = _answer(message, "fam.hermans@thuis.example", "Rik")
    assert "maar mijn vrouw" in body.text and "leest dit niet." in body.text
    assert "Wat je vertelt over je broer klinkt zwaar." in body.text
    assert_absent(data, ["Griet", "Hermans"])


def test_partner_words_in_french_and_english_are_learned() -> None:
    who = Identity(addresses=(), names=("Rik",))
    for text, name in (("même mon mari, Bastien, ne lit pas tes mails", "Bastien"),
                       ("my husband Oskar never opens this inbox", "Oskar")):
        assert name in learn_partner_names(text, who).names


def test_an_ordinary_word_after_a_partner_word_is_not_a_name() -> None:
    who = Identity(addresses=(), names=("Rik",))
    for text in ("my wife Always says I worry too much", "mijn man Zegt dat ook altijd"):
        assert learn_partner_names(text, who).names == ("Rik",)


def test_a_help_seekers_boyfriend_stays_in_their_story() -> None:
    text = "hoi\nmijn vriend Jorne weet het nog niet en ik ben bang\nwat moet ik doen\n"
    body, _ = _forward(_mail("Lien Aerts <lien.aerts@mail.example>", text))
    assert "mijn vriend Jorne weet het nog niet en ik ben bang" in body.text


def test_a_role_at_a_show_with_its_title_in_quotes_is_a_signature_line() -> None:
    assert _signature_line('co-host of "Late Night Kettle" – out every second Monday', None)
    assert _signature_line("presentatrice van “Zachte Jongens” op Radio Kust", None)


def test_a_volunteers_podcast_card_under_their_name_goes() -> None:
    text = (f"Hi {PSEUDONYM},\n\nIt is fine not to know yet. Give yourself time and talk to "
            "someone you trust.\n\nTake care,\n\nMorgan Fell\n"
            'co-host of "Late Night Kettle" – a new episode every second Monday evening\n'
            "latenightkettle.example/listen\n")
    message = _mail("Morgan Fell <morgan.fell@mail.example>", text)
    body, data = _answer(message, "morgan.fell@mail.example", "Morgan")
    assert "It is fine not to know yet." in body.text and "Take care," in body.text
    assert_absent(data, ["Late Night Kettle", "latenightkettle.example", "Fell"])


def test_a_plug_for_the_volunteers_own_show_under_their_name_goes() -> None:
    text = (f"Coucou {PSEUDONYM},\n\nTu as le droit de prendre ton temps, vraiment. "
            "Parles-en à quelqu'un de confiance.\n\nCourage, ça ira.\n\nSelma\n"
            "🎧 « Entre les lignes » – un podcast sur les familles recomposées, chaque "
            "mercredi sur toutes les applis\n")
    message = _mail("Selma Kaci <selma.kaci@mail.example>", text)
    body, data = _answer(message, "selma.kaci@mail.example", "Selma")
    assert "Tu as le droit de prendre ton temps, vraiment." in body.text
    assert "Courage, ça ira." in body.text
    assert_absent(data, ["Entre les lignes", "Selma", "Kaci"])


def test_a_quoted_title_in_running_text_is_not_a_plug() -> None:
    # A sentence, no dash and medium, or no quoted title: the writer's words.
    assert not _is_show_plug('"Heartstopper" – ik heb elke aflevering gezien.')
    assert not _is_show_plug('"Heartstopper" – de serie die ik nu kijk')
    assert not _is_show_plug("ik luister elke avond naar een podcast – echt waar")
    text = ("hey\nik luister veel naar muziek\n"
            "\"Nachtlicht\" – mijn favoriete podcast ooit, elke aflevering\n"
            "dat helpt een beetje als ik niet kan slapen\n")
    body, _ = _forward(_mail("Noa Peeters <noa.peeters@mail.example>", text))
    assert "\"Nachtlicht\" – mijn favoriete podcast ooit, elke aflevering" in body.text
