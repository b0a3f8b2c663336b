"""Behaviour tests for the narrowing that closed dev round29's misses in s-0028..s-0041 (the
writer's own words in shapes the identity rules look for): a "sent from my bed at 2am" line, a
cleft "c'est X qui m'a …" about a friend, a nationality or hyphenated adjective after "I'm" /
"je suis", a place before "here", another person's account after "called" or "a message from".
Names and addresses invented."""

from __future__ import annotations

from tests.conftest import assert_absent
from tests.test_relay_text import _forward, _mail, _plain


def test_a_sent_from_line_naming_a_room_and_an_hour_is_content() -> None:
    body, data = _forward(_mail("Arno Claes <arno.claes@thuis.example>",
                                "ik kan niet slapen\nmijn ma weet het nog niet\n"
                                "Sent from my couch at 2am\n"))
    assert "Sent from my couch at 2am" in body.text
    assert "Sent from my couch at 2am" in _plain(data)
    assert_absent(data, ["Arno", "Claes"])


def test_a_french_envoye_line_with_an_hour_is_content() -> None:
    body, _ = _forward(_mail("Lucie Petit <lucie.petit@maison.example>",
                             "j'ai peur de lui dire\nEnvoyé de ma chambre à 23h30\n"))
    assert "Envoyé de ma chambre à 23h30" in body.text


def test_a_client_line_naming_a_device_still_goes() -> None:
    body, _ = _forward(_mail("Arno Claes <arno.claes@thuis.example>",
                             "ik kan niet slapen\n\nSent from my Galaxy\n"))
    assert "ik kan niet slapen" in body.text
    assert "Galaxy" not in body.text


def test_a_cleft_sentence_about_a_friend_is_content() -> None:
    body, data = _forward(_mail("Zoé Girard <zoe.girard@maison.example>",
                                "merci pour tout\nZoé\n"
                                "PS c'est Maxence qui m'a parlé de vous\n"))
    assert "c'est Maxence qui m'a parlé de vous" in body.text
    assert_absent(data, ["Zoé", "Girard"])


def test_cest_x_who_writes_still_names_the_writer() -> None:
    body, _ = _forward(_mail("Zoé Girard <zoe.girard@maison.example>",
                             "Bonjour, c'est Maëlle qui vous écrit\nj'ai une question\n"))
    assert "j'ai une question" in body.text
    assert "Maëlle" not in body.text


def test_a_hyphenated_nationality_after_je_suis_is_content() -> None:
    body, data = _forward(_mail("Samir Benali <samir.benali@campus.example>",
                                "Je suis Franco-Marocain, je suis en deuxième année.\n"
                                "Samir\n"))
    assert "Je suis Franco-Marocain, je suis en deuxième année." in body.text
    assert_absent(data, ["Samir", "Benali"])


def test_a_hyphenated_adjective_after_im_is_content() -> None:
    body, data = _forward(_mail("Finn Baker <finn.baker@home.example>",
                                "I'm French-speaking at home but not at school\n"
                                "I'm Home-schooled since March\nFinn\n"))
    assert "I'm French-speaking at home but not at school" in body.text
    assert "I'm Home-schooled since March" in body.text
    assert_absent(data, ["Finn", "Baker"])


def test_a_nationality_after_im_is_content() -> None:
    body, _ = _forward(_mail("Finn Baker <finn.baker@home.example>",
                             "I'm Spanish but I was born here\nFinn\n"))
    assert "I'm Spanish but I was born here" in body.text


def test_a_hyphenated_first_name_after_je_suis_still_goes() -> None:
    body, _ = _forward(_mail("Marie Leroy <m.leroy@maison.example>",
                             "Bonjour, je suis Anne-Claire, j'ai 15 ans\nj'ai une question\n"))
    assert "j'ai une question" in body.text
    assert "Anne-Claire" not in body.text


def test_a_place_before_here_is_content() -> None:
    body, data = _forward(_mail("Ruby Stone <ruby.stone@home.example>",
                                "Paris here, well Leuven since May\nI miss my friends\nRuby\n"))
    assert "Paris here, well Leuven since May" in body.text
    assert_absent(data, ["Ruby", "Stone"])


def test_a_nickname_before_here_still_goes() -> None:
    body, _ = _forward(_mail("Ruby Stone <rubes2011@home.example>",
                             "Rubes here, I have a question\nhow do I tell my mum\n"))
    assert "how do I tell my mum" in body.text
    assert "Rubes" not in body.text


def test_another_persons_account_after_called_or_a_message_from_is_content() -> None:
    body, data = _forward(_mail("Ivy Moss <ivy.moss@home.example>",
                                "a girl called @kira_x07 keeps posting about me\n"
                                "and I got a dm on tiktok from @hate_acc22 last night\nIvy\n"))
    assert "a girl called @kira_x07 keeps posting about me" in body.text
    assert "I got a dm on tiktok from @hate_acc22 last night" in body.text
    assert_absent(data, ["Ivy", "Moss"])


def test_an_account_given_as_the_writers_still_goes() -> None:
    body, data = _forward(_mail("Ivy Moss <ivy.moss@home.example>",
                                "you can reach me at @sunny_lake42 too\nlove from @sunny_lake42\n"))
    assert "sunny_lake42" not in body.text
    assert_absent(data, ["Ivy", "Moss", "sunny_lake42"])
