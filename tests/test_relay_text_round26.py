"""Behaviour tests for the rules that closed dev round26's misses (help-seekers in a hurry):
"merci davance" closing one long line, a name typed one word a line, a chat handle of a short
form said twice, "im X btw" above a chat by "X_…", a friend's "call u X", "jm'appelle X" and
"(X for friends)"."""

from __future__ import annotations

from tests.conftest import assert_absent
from tests.test_relay_text import PSEUDONYM, _forward, _mail


def test_thanks_without_its_apostrophe_closing_a_long_line_is_no_name() -> None:
    line = ("coucou je mappelle Nadia jai 14 ans et je sais pas a qui le dire mais je crois que "
            "jaime les filles et mon pere crie tout le temps repondez svp merci davance")
    body, data = _forward(_mail("Nadia Lemaire <nadia.lemaire@maison.example>", line + "\n"))
    assert line.replace("Nadia", PSEUDONYM) in body.text
    assert_absent(data, ["Nadia", "Lemaire"])


def test_thanks_and_a_first_name_closing_a_long_line_still_signs() -> None:
    body, data = _forward(_mail("anon <xq7@maison.example>",
                                "je suis triste depuis des semaines et je dors plus merci Nadia\n"))
    assert "je suis triste depuis des semaines et je dors plus merci" in body.text
    assert_absent(data, ["Nadia"])


def test_a_name_typed_one_word_a_line_goes() -> None:
    words = ["hey", "its", "mo", "14", "my", "dad", "found", "out", "help"]
    body, data = _forward(_mail("Morgan Peeters <morgan.peeters@thuis.example>",
                                "\n".join(words) + "\n"))
    assert "\n".join(["hey", "its", PSEUDONYM, "14", "my", "dad", "found", "out"]) in body.text
    assert_absent(data, ["Morgan", "Peeters"])


def test_lines_of_several_words_are_not_joined_into_an_introduction() -> None:
    lines = ["hey its me again", "mo said it", "14 days ago", "my dad found out", "help me"]
    body, _ = _forward(_mail("anon <xq7@thuis.example>", "\n".join(lines) + "\n"))
    assert "\n".join(lines) in body.text


def test_a_chat_handle_of_a_short_form_said_twice_goes() -> None:
    body, data = _forward(_mail(
        "Amira Verlinden <amira.verlinden@thuis.example>",
        "ze pesten me op discord\nAmiAmi_x7 — gisteren om 20:10\nstop ermee\n"
        "Raptorr — gisteren om 20:11\nlol\n"))
    assert "stop ermee\nRaptorr — gisteren om 20:11\nlol" in body.text
    assert f"{PSEUDONYM} — gisteren om 20:10" in body.text
    assert_absent(data, ["AmiAmi", "Amira", "Verlinden"])


def test_a_doubled_word_of_someone_else_stays() -> None:
    body, _ = _forward(_mail("Thomas Verlinden <thomas.verlinden@thuis.example>",
                             "mijn vriend heet lolo_22 op insta en hij is lief\n"))
    assert "mijn vriend heet lolo_22 op insta en hij is lief" in body.text


def test_im_x_btw_names_the_writer_when_a_handle_opens_with_x() -> None:
    body, data = _forward(_mail(
        "Ruben Claes <ruben.claes@thuis.example>",
        "look at this (im moonrider btw)\nmoonrider_07 — 01/12/2026 18:00\ni like boys\n"
        "stormy — 01/12/2026 18:02\nok cool, i'll call u Moon from now on\nwhat do i do\n"))
    assert "i like boys\nstormy — 01/12/2026 18:02" in body.text
    assert_absent(data, ["moonrider", "Moon ", "Ruben", "Claes"])


def test_im_x_btw_without_a_handle_is_content() -> None:
    body, _ = _forward(_mail("anon <xq7@thuis.example>",
                             "just so you know im genderfluid btw\ni'll call you Friday\n"))
    assert "just so you know im genderfluid btw\ni'll call you Friday" in body.text


def test_je_m_appelle_typed_in_a_hurry_names_the_writer() -> None:
    body, data = _forward(_mail("Sofia Marchal <sofia.marchal@maison.example>",
                                "cest pas maman\njai 12 ans jm'appelle Yanis\njai peur\n"))
    assert f"jai 12 ans jm'appelle {PSEUDONYM}" in body.text
    assert_absent(data, ["Yanis", "Sofia", "Marchal"])


def test_the_name_for_friends_in_brackets_goes_everywhere() -> None:
    body, data = _forward(_mail(
        "Jean-Luc Mbala <jl.mbala@maison.example>",
        "hi, Jean-Luc here (JL for friends), 15\nJL 🙂 17:02  they found my messages\n"
        "Auntie Rose 17:05  relax\n"))
    assert "Auntie Rose 17:05  relax" in body.text
    assert_absent(data, ["JL", "Jean-Luc", "Mbala"])


def test_words_for_friends_in_brackets_that_are_no_name_stay() -> None:
    body, _ = _forward(_mail("anon <xq7@maison.example>",
                             "i made cookies (some for friends) and cried\n"))
    assert "i made cookies (some for friends) and cried" in body.text


def test_the_sibling_a_pasted_chat_is_forwarded_for_goes_as_its_author() -> None:
    body, data = _forward(_mail(
        "Yusuf Demir <yusuf.demir@thuis.example>",
        "hallo mijn zusje wil jullie iets vragen, hier is wat ze me stuurde\n"
        "[02/12/2026 19:10] Elif: zeg dat ik 13 ben en op meisjes val\n"
        "[02/12/2026 19:12] Yusuf: ok ik stuur het\nantwoord aan mij aub\n"))
    assert f"[02/12/2026 19:10] {PSEUDONYM}: zeg dat ik 13 ben en op meisjes val" in body.text
    assert_absent(data, ["Elif", "Yusuf", "Demir"])


def test_a_friend_in_a_pasted_chat_without_a_sibling_stays() -> None:
    body, _ = _forward(_mail(
        "Yusuf Demir <yusuf.demir@thuis.example>",
        "hier is wat mijn vriend me stuurde\n"
        "[02/12/2026 19:10] Elif: iedereen weet het\n[02/12/2026 19:12] Yusuf: nee\n"))
    assert "[02/12/2026 19:10] Elif: iedereen weet het" in body.text


def test_a_chat_with_a_friend_pasted_under_a_word_about_a_brother_keeps_the_friends_name() -> None:
    body, _ = _forward(_mail(
        "Farah Haddad <farah.haddad@mail.example>",
        "mijn broer weet het niet. hier is wat ze me stuurde\n"
        "[03/12/2026 21:10] Noor: ik vind je echt leuk\n"
        "[03/12/2026 21:12] Farah: ik jou ook maar ik ben bang\n"))
    assert "[03/12/2026 21:10] Noor: ik vind je echt leuk" in body.text
