"""Behaviour tests for the rules that closed dev/heldout-v6's volunteer misses: a volunteer's
PGP-signed answer read as their words (the armour and the key's fingerprint held back); the
helpline's own name in "(vrijwilliger bij Lumi)"; a list of organisations in several short
paragraphs under the sentence that introduces them; a spelling checker's line; the initials a
volunteer signs with (from their address, of a double first name, after a rule, after a heart
on the line of their text); a teacher's title and short form; a chat word kissed as a name; a
leaving employee's notice of their new address under their card. With guards that the rules
leave lookalike words alone. Names, words and mails are invented, not the corpus's."""

from __future__ import annotations

import email
import email.policy
from email.message import EmailMessage

import pytest

from mailhandler.core.scrub import Identity
from mailhandler.core.scrub.sign_offs import replace_initial_sign_off
from tests.conftest import assert_absent
from tests.test_relay_text import DISCLAIMER, PSEUDONYM, _answer, _mail

QUOTE = ("Op ma 2 mrt 2026 om 10:00 schreef Lumi <c.abcdefghij234567abcd@lumi.example>:\n"
         "> ik weet niet hoe ik het aan mijn ouders moet zeggen\n")


def _raw_answer(sender: str, body: str) -> EmailMessage:
    """A plain answer whose body is sent exactly as written (no re-wrapping, no charset)."""
    raw = (f"From: {sender}\nTo: c.abcdefghij234567abcd@lumi.example\nSubject: Re: [{PSEUDONYM}]\n"
           "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
           f"Content-Transfer-Encoding: 8bit\n\n{body}")
    return email.message_from_bytes(raw.encode("utf-8"), policy=email.policy.default)  # type: ignore[return-value]


# ------------------------------------------------------------------ a PGP-signed answer


def test_a_volunteers_clearsigned_answer_arrives_without_its_armour() -> None:
    body = ("-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA512\n\n"
            f"Hoi {PSEUDONYM},\n\n"
            "Wat je over je ouders schrijft is echt moeilijk. Je hoeft het niet alleen te doen.\n\n"
            "Groetjes,\nWard\n\n"
            "-- \nWard Claessens\n"
            "GPG key fingerprint: 4A1C 77E0 9B3D 12F5 C0DE  8812 3AA9 1F4B 0C6E 7D21\n"
            "-----BEGIN PGP SIGNATURE-----\n\niQEzBAEBCgAdFiEESh...\n=a1B2\n"
            "-----END PGP SIGNATURE-----\n\n" + QUOTE)
    relayed, data = _answer(_raw_answer("Ward Claessens <ward@claessens.example>", body),
                            "ward@claessens.example", "Ward")
    assert "Wat je over je ouders schrijft is echt moeilijk. Je hoeft het niet alleen te doen." \
        in relayed.text
    assert "BEGIN PGP" not in relayed.text and "Hash: SHA512" not in relayed.text
    assert_absent(data, ["Claessens", "4A1C 77E0", "iQEzBAEBCgAdFiEESh"])


def test_a_line_about_pgp_in_the_answer_stays() -> None:
    text = (f"Dag {PSEUDONYM},\n\nAls je bang bent dat iemand je mails leest, kan je ze "
            "versleutelen.\n"
            "Zoek eens op: OpenPGP en Thunderbird, daar staat het goed uitgelegd.\n"
            "Mijn code voor de kluis op school was 1234 5678, zo makkelijk raadt niemand het.\n\n"
            "Groetjes,\nWard\n")
    relayed, _ = _answer(_mail("Ward Claessens <ward@claessens.example>", text),
                         "ward@claessens.example", "Ward")
    assert "Zoek eens op: OpenPGP en Thunderbird, daar staat het goed uitgelegd." in relayed.text


# --------------------------------------------------------- the helpline's name after the name


def test_the_helpline_in_brackets_after_the_volunteers_name_stays() -> None:
    text = (f"Hallo {PSEUDONYM},\n\nIk ben Wout (vrijwilliger bij Lumi) en ik lees je mail graag.\n"
            "Wil je me vertellen wat er op school gebeurd is?\n\nGroetjes\n")
    relayed, data = _answer(_mail("Wout Verstraete <wout.verstraete@student.example>", text),
                            "wout.verstraete@student.example", "Wout")
    assert "(vrijwilliger bij Lumi) en ik lees je mail graag." in relayed.text
    assert_absent(data, ["Wout", "Verstraete"])


def test_an_employer_in_brackets_after_the_volunteers_name_is_still_replaced() -> None:
    text = (f"Hallo {PSEUDONYM},\n\nIk ben Wout (vrijwilliger bij CAW Zuiderkempen) en ik lees je "
            "mail graag.\nWil je me vertellen wat er op school gebeurd is?\n\nGroetjes\n")
    relayed, data = _answer(_mail("Wout Verstraete <wout.verstraete@student.example>", text),
                            "wout.verstraete@student.example", "Wout")
    assert "en ik lees je mail graag." in relayed.text
    assert_absent(data, ["Zuiderkempen", "Wout"])


def test_a_local_team_of_the_helpline_in_brackets_is_still_replaced() -> None:
    text = (f"Hoi {PSEUDONYM},\n\nIk vind het knap dat je dit vertelt.\n\nGroetjes\n\n"
            "Wout (Lumi Kortrijk)\n")
    _, data = _answer(_mail("Wout Verstraete <wout.verstraete@student.example>", text),
                      "wout.verstraete@student.example", "Wout")
    assert_absent(data, ["Lumi Kortrijk", "Wout"])


# ------------------------------------------------------ a list of organisations as advice


def test_every_item_of_an_introduced_list_of_organisations_keeps_its_number() -> None:
    text = (f"Dag {PSEUDONYM},\n\nDeze mensen kunnen je helpen als het thuis te zwaar wordt:\n\n"
            "Jongerenpunt\nelke woensdag open\n\n"
            "Tele-Onthaal\ntele-onthaal.test – dag en nacht\n\n"
            "Jeugdhuis De Brug\njeugdhuisdebrug.test | 011 42 17 93\n\n"
            "Hou je goed!\n\n-- \nGreet Vanhove\nVanhove Advies – Molenstraat 4, 3500 Hasselt\n\n"
            + QUOTE)
    relayed, data = _answer(_mail("Greet Vanhove <greet@vanhove.example>", text),
                            "greet@vanhove.example", "Greet")
    assert "jeugdhuisdebrug.test | 011 42 17 93" in relayed.text
    assert "tele-onthaal.test – dag en nacht" in relayed.text
    assert_absent(data, ["Vanhove", "Molenstraat"])


def test_the_volunteers_own_number_under_the_list_and_a_closing_is_replaced() -> None:
    text = (f"Dag {PSEUDONYM},\n\nDeze mensen kunnen je helpen als het thuis te zwaar wordt:\n\n"
            "Jongerenpunt\nelke woensdag open\n\n"
            "Jeugdhuis De Brug\njeugdhuisdebrug.test | 011 42 17 93\n\n"
            "Groetjes\nGreet\n\n0472 31 88 05\n")
    relayed, data = _answer(_mail("Greet Vanhove <greet@vanhove.example>", text),
                            "greet@vanhove.example", "Greet")
    assert "jeugdhuisdebrug.test | 011 42 17 93" in relayed.text
    assert_absent(data, ["0472 31 88 05", "Greet"])


def test_a_number_opening_a_paragraph_under_the_list_is_not_taken_as_an_item() -> None:
    text = (f"Dag {PSEUDONYM},\n\nHier zijn plekken waar je terecht kan:\n\n"
            "Jongerenpunt\nelke woensdag open\n\n"
            "0472 31 88 05\nGreet\n")
    relayed, data = _answer(_mail("Greet Vanhove <greet@vanhove.example>", text),
                            "greet@vanhove.example", "Greet")
    assert "elke woensdag open" in relayed.text
    assert_absent(data, ["0472 31 88 05"])


# ------------------------------------------------------------- a spelling checker's line


@pytest.mark.parametrize("line", [
    "Nagekeken met Spellify – schrijf foutloos in al je mails",
    "Checked with Grammarly – write without mistakes everywhere you type",
])
def test_a_spelling_checkers_line_under_the_answer_does_not_cross(line: str) -> None:
    text = (f"Hey {PSEUDONYM}\n\nJe bent niet alleen, echt niet. Zoek iemand die je vertrouwt.\n\n"
            f"Groetjes,\nLars\n\n{line}\n\n" + QUOTE)
    relayed, data = _answer(_mail("Lars Verbeke <lars.verbeke@mail.example>", text),
                            "lars.verbeke@mail.example", "Lars")
    assert "Je bent niet alleen, echt niet. Zoek iemand die je vertrouwt." in relayed.text
    assert_absent(data, [line.split(" – ")[1], "Lars"])


def test_a_text_checked_by_a_person_or_a_poem_by_its_poet_stays() -> None:
    text = (f"Hey {PSEUDONYM}\n\nIk schreef dit gedicht voor jou:\n\n"
            "Je mag er zijn,\nook als het regent.\n\n"
            "Nagekeken door mijn mentor\n\nGroetjes,\nLars\n")
    relayed, _ = _answer(_mail("Lars Verbeke <lars.verbeke@mail.example>", text),
                         "lars.verbeke@mail.example", "Lars")
    assert "Nagekeken door mijn mentor" in relayed.text


# ------------------------------------------------------------------------------ initials


def test_dotted_initials_of_the_address_sign_an_answer_without_a_display_name() -> None:
    text = (f"Dag {PSEUDONYM},\n\nNeem je tijd, je hoeft nu niets te beslissen.\n\nGroet,\nD.M.\n\n"
            + QUOTE)
    relayed, _ = _answer(_mail("dm-lumi@posteo.example", text), "dm-lumi@posteo.example", "Dries")
    assert "D.M." not in relayed.text
    assert "Neem je tijd, je hoeft nu niets te beslissen." in relayed.text


def test_a_company_form_in_a_sentence_is_not_taken_for_initials() -> None:
    text = (f"Dag {PSEUDONYM},\n\nMijn broer werkt bij een B.V. in Breda en vond het daar ook "
            "lastig.\nNeem je tijd.\n\nGroet,\nDries\n")
    relayed, _ = _answer(_mail("dm-lumi@posteo.example", text), "dm-lumi@posteo.example", "Dries")
    assert "Mijn broer werkt bij een B.V. in Breda" in relayed.text


def test_the_initials_of_a_double_first_name_under_a_rule_are_replaced_the_role_stays() -> None:
    text = (f"Hoi {PSEUDONYM}!\n\nWat je kan doen:\n1. praat met één vriend\n2. laat weten hoe "
            "het ging\n\n---\nJB · student sociaal werk\n\n" + QUOTE)
    relayed, _ = _answer(_mail("Jan-Baptist Moens <jb.moens@fastmail.example>", text),
                         "jb.moens@fastmail.example", "Jan-Baptist")
    assert "· student sociaal werk" in relayed.text
    assert "JB" not in relayed.text


def test_other_capitals_under_a_rule_stay() -> None:
    text = (f"Hoi {PSEUDONYM}!\n\nWat je kan doen:\n1. praat met één vriend\n\n---\n"
            "CLB · elke dag open\n\n" + QUOTE)
    relayed, _ = _answer(_mail("Jan-Baptist Moens <jb.moens@fastmail.example>", text),
                         "jb.moens@fastmail.example", "Jan-Baptist")
    assert "CLB · elke dag open" in relayed.text


def test_an_initial_after_a_heart_on_the_line_of_the_text_is_replaced() -> None:
    relayed, _ = _answer(_mail("Hanne Goris <hanne.goris@mail.example>",
                               f"Dag {PSEUDONYM}, ik denk aan je 💛 H\n\n" + QUOTE),
                         "hanne.goris@mail.example", "Hanne")
    assert "ik denk aan je 💛 Lumi" in relayed.text


def test_a_letter_closing_the_text_without_a_mark_or_of_another_name_stays() -> None:
    who = Identity(addresses=(), names=("Hanne Goris",))
    text = "Hoi,\n\nals dat niet lukt heb je altijd nog plan B\n"
    assert replace_initial_sign_off(text, who, "Lumi") == text
    other = "Hoi,\n\nik denk aan je 💛 K\n"
    assert replace_initial_sign_off(other, who, "Lumi") == other


# ----------------------------------------------------------------- a title and a short form


def test_a_teachers_title_and_short_form_sign_the_answer() -> None:
    text = (f"Dag {PSEUDONYM}\n\nVraag het aan iemand op school die je vertrouwt.\n\n"
            "Juf Lies\n\n" + QUOTE)
    relayed, _ = _answer(_mail("Liesbeth Coppens <liesbeth.coppens@school.example>", text),
                         "liesbeth.coppens@school.example", "Liesbeth")
    assert "Juf Lumi" in relayed.text
    assert "Lies\n" not in relayed.text


def test_a_title_and_another_persons_name_closing_the_answer_stay() -> None:
    text = (f"Dag {PSEUDONYM}\n\nVraag het eens aan je leerkracht, die kent je goed:\n\n"
            "meneer Jan\n")
    relayed, _ = _answer(_mail("Liesbeth Coppens <liesbeth.coppens@school.example>", text),
                         "liesbeth.coppens@school.example", "Liesbeth")
    assert "meneer Jan" in relayed.text


# --------------------------------------------------------------- a chat word kissed as a name


def test_a_first_name_that_is_a_chat_word_kissed_on_the_last_line_signs() -> None:
    text = (f"Hey {PSEUDONYM},\n\nIt's okay to miss her. Give it time.\n\nNee xx\n")
    relayed, _ = _answer(_mail("Neasa Byrne <neasa.byrne@mail.example>", text),
                         "neasa.byrne@mail.example", "Neasa")
    assert "Lumi xx" in relayed.text
    assert "Nee xx" not in relayed.text


def test_a_kissed_chat_word_of_another_letter_or_a_closing_stays() -> None:
    text = f"Hey {PSEUDONYM},\n\nIt's okay to miss her. Give it time.\n\nNee xx\n"
    relayed, _ = _answer(_mail("Aoife Byrne <aoife.byrne@mail.example>", text),
                         "aoife.byrne@mail.example", "Aoife")
    assert "Nee xx" in relayed.text
    closing = f"Hoi {PSEUDONYM},\n\nJe mag er zijn.\n\nDag x\n"
    relayed, _ = _answer(_mail("Dorien Aerts <dorien.aerts@mail.example>", closing),
                         "dorien.aerts@mail.example", "Dorien")
    assert "Dag x" in relayed.text


# ------------------------------------------------------- a leaving employee's address notice


def test_a_leaving_employees_notice_with_a_new_address_goes_with_the_card() -> None:
    text = (f"Bonjour {PSEUDONYM},\n\nTu n'es pas seul. Parles-en à quelqu'un de confiance à "
            "l'école.\n\nBien à toi,\n\nNadine Lemaire\nÉducatrice\nAMO Le Pont de Namur\n\n"
            "Attention : je pars à la retraite le 30 juin, cette adresse sera alors désactivée.\n"
            "Écrivez-moi désormais à nadine.lemaire.61@maison.example\n\n" + DISCLAIMER)
    relayed, data = _answer(_mail("Nadine Lemaire <nadine.lemaire@amo-lepont.example>", text),
                            "nadine.lemaire@amo-lepont.example", "Nadine")
    assert "Tu n'es pas seul. Parles-en à quelqu'un de confiance à l'école." in relayed.text
    assert_absent(data, ["AMO Le Pont de Namur", "nadine.lemaire.61", "Lemaire"])


def test_the_volunteers_own_words_about_retiring_stay() -> None:
    text = (f"Bonjour {PSEUDONYM},\n\nMoi aussi, quand mon père est parti à la retraite, il criait "
            "beaucoup à la maison. Tu peux écrire à info@amo.example si tu veux.\n\n"
            "Bien à toi,\nNadine\n")
    relayed, _ = _answer(_mail("Nadine Lemaire <nadine.lemaire@amo-lepont.example>", text),
                         "nadine.lemaire@amo-lepont.example", "Nadine")
    assert "quand mon père est parti à la retraite, il criait beaucoup à la maison." in relayed.text
