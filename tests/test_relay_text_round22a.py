"""The forms of their name help-seekers give in shapes the introductions missed (dev round22,
s-0001 to s-0030): what others say or write them as, a friend's account, the name an answer
should be addressed to, "moi c X", a quoted bio, spellings in a bracket, a phone number with
its area code in brackets. Each rule with a guard that ordinary words stay."""

from __future__ import annotations

from tests.conftest import assert_absent
from tests.test_relay_text import PSEUDONYM, _forward, _mail, _plain


def test_what_everyone_says_after_the_own_name_is_a_name_too() -> None:
    body, data = _forward(_mail(
        "Poste 4 <poste4@mediatheque.example>",
        "je m'appelle Boubacar mais tout le monde dit Bouba\nj'ai 16 ans\nje suis perdu\n"))
    assert "mais tout le monde dit" in body.text and "j'ai 16 ans" in body.text
    assert_absent(data, ["Boubacar", "Bouba"])


def test_several_forms_others_say_after_the_own_name_are_names() -> None:
    body, data = _forward(_mail(
        "Noa <noa.vk@mail.example>",
        "Well it's Noa, but my mates at school just say Lulu or Fifi depending.\n"
        "15, Ghent. Is it normal to feel nothing for anyone?\n"))
    assert "depending." in body.text and "15, Ghent." in body.text
    assert_absent(data, ["Noa", "Lulu", "Fifi"])


def test_what_everyone_says_without_the_writers_name_before_stays() -> None:
    body, _ = _forward(_mail(
        "Poste 4 <poste4@mediatheque.example>",
        "tout le monde dit Moussa est méchant mais moi je l'aime bien\nmerci\n"))
    assert "tout le monde dit Moussa est méchant" in body.text


def test_a_spelling_others_write_after_the_own_name_is_replaced() -> None:
    body, data = _forward(_mail(
        "Mariam Berhan <mariam.berhan@mail.example>",
        "My name is Mariam. In my class they write Maryam and my papers say Mariam Berhane.\n"
        "I am 15.\n"))
    assert "In my class they write" in body.text and "I am 15." in body.text
    assert_absent(data, ["Mariam", "Maryam", "Berhane"])


def test_what_a_parent_calls_them_is_a_name() -> None:
    body, data = _forward(_mail(
        "Kenza Amrani <kenza.amrani@mail.example>",
        "hi\nmy dad calls me Kenz and I hate it\nI'm 14\n"))
    assert "and I hate it" in body.text
    assert_absent(data, ["Kenza", "Kenz"])


def test_what_a_parent_calls_them_that_is_a_word_stays() -> None:
    body, _ = _forward(_mail(
        "Kenza Amrani <kenza.amrani@mail.example>",
        "hi\nmy dad calls me stupid and lazy\nI'm 14\n"))
    assert "my dad calls me stupid and lazy" in body.text


def test_a_friend_writing_from_a_friends_account_names_themselves() -> None:
    body, data = _forward(_mail(
        "Zoë Pieters <zoe.pieters@mail.example>",
        "this is Zoë's laptop but I'm not Zoë, I'm her best friend Marit (15)\n"
        "I like a boy from the football team\n"))
    assert "I like a boy from the football team" in body.text
    assert_absent(data, ["Zoë", "Marit", "Pieters"])


def test_a_friend_without_a_name_stays_a_sentence() -> None:
    body, _ = _forward(_mail(
        "Zoë Pieters <zoe.pieters@mail.example>",
        "I'm her friend and she asked me to write\nwe are both 15\n"))
    assert "I'm her friend and she asked me to write" in body.text


def test_the_name_an_answer_should_be_addressed_to_is_replaced() -> None:
    body, data = _forward(_mail(
        "Kevin Durand <kevin.durand@mail.example>",
        "c'est le mail de mon frère\nécrivez « pour Nélia » au début svp\nmerci\n"))
    assert "au début svp" in body.text
    assert_absent(data, ["Nélia", "Kevin", "Durand"])


def test_a_quoted_word_after_for_that_is_no_name_stays() -> None:
    body, _ = _forward(_mail(
        "Kevin Durand <kevin.durand@mail.example>",
        'please write "for real" at the top so I know you read it\n'))
    assert 'please write "for real" at the top so I know you read it' in body.text


def test_moi_c_in_a_text_message_introduces_the_name() -> None:
    body, data = _forward(_mail(
        "Jordan M <jordan.m@mail.example>",
        "bjr c pas jordan ici\nmoi c Anaïs jai 13 ans\njai peur\n"))
    assert "jai 13 ans" in body.text and "jai peur" in body.text
    assert_absent(data, ["Anaïs", "Jordan"])


def test_moi_c_before_a_word_stays() -> None:
    body, _ = _forward(_mail("Jordan M <jordan.m@mail.example>",
                             "moi c pas grave\nmoi c nul en maths\n"))
    assert "moi c pas grave" in body.text and "moi c nul en maths" in body.text


def test_a_quoted_bio_opens_with_the_name() -> None:
    body, data = _forward(_mail(
        "✿ <moonlight.sky@mail.example>",
        "voilà ma bio\n« Ilona ✿ 14 | gent | she/her | 🏳️‍🌈 »\npersonne sait\n"))
    assert "gent | she/her" in body.text and "personne sait" in body.text
    assert_absent(data, ["Ilona"])


def test_a_quoted_line_with_fields_but_no_age_stays() -> None:
    body, _ = _forward(_mail(
        "✿ <moonlight.sky@mail.example>",
        "mon prof a écrit « Courage | Patience | Respect » au tableau\n"))
    assert "« Courage | Patience | Respect »" in body.text


def test_spellings_in_a_bracket_after_the_own_name_are_names() -> None:
    body, data = _forward(_mail(
        "Samira B. <sb.2010@mail.example>",
        "je m'appelle Samira (ou Samirah, ou Sammy sur snap, en arabe سميرة)\n"
        "j'ai 16 ans\n"))
    assert "sur snap, en arabe" in body.text
    assert_absent(data, ["Samira", "Samirah", "Sammy", "سميرة"])


def test_a_bracket_of_alternatives_after_a_word_stays() -> None:
    body, _ = _forward(_mail(
        "Samira B. <sb.2010@mail.example>",
        "je vais à Liège (ou Namur, ou Mons) pour les vacances\n"))
    assert "je vais à Liège (ou Namur, ou Mons) pour les vacances" in body.text


def test_a_phone_with_its_area_code_in_brackets_is_replaced() -> None:
    _, data = _forward(_mail(
        "Mia R <mia.r@mail.example>",
        "text me at +1 (646) 555-0192 or (0161) 496 0123 after school\n"))
    text = _plain(data)
    assert "after school" in text
    assert_absent(data, ["+1 (646) 555-0192", "555-0192", "(0161) 496 0123"])


def test_a_year_in_brackets_before_a_number_stays() -> None:
    body, _ = _forward(_mail("Mia R <mia.r@mail.example>",
                             "since (2019) 12 times at least\n"))
    assert "since (2019) 12 times at least" in body.text
    assert PSEUDONYM not in body.text
