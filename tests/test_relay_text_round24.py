"""Behaviour tests for the rules that closed dev round24's misses (help-seekers): a town after
the name, short forms from inside a name, doubled nicknames that are also words, a name between
kaomoji, handles opening with "_", a school platform's signature under a long rule and the
class it puts in the subject."""

from __future__ import annotations

from mailhandler.core.scrub.names_short_forms import _is_short_form
from tests.conftest import assert_absent
from tests.test_relay_text import PSEUDONYM, _forward, _mail, _plain


def test_the_town_after_an_introduced_name_is_content() -> None:
    body, data = _forward(_mail("Margaux Dubois <margaux.dubois@maison.example>",
                                "salut c'est Margaux de Tournai\nj'ai 14 ans\nje suis perdue\n"))
    assert f"salut c'est {PSEUDONYM} de Tournai" in body.text
    assert_absent(data, ["Margaux", "Dubois"])


def test_a_town_that_is_part_of_the_writers_own_surname_still_goes() -> None:
    body, data = _forward(_mail("Pieter Van Damme <pieter.vd@thuis.example>",
                                "hallo ik ben Pieter Van Damme\nik ben 15 en ik ben verliefd\n"))
    assert "ik ben 15 en ik ben verliefd" in body.text
    assert_absent(data, ["Pieter", "Damme"])


def test_a_short_form_from_inside_the_name_signing_after_a_dash_goes() -> None:
    body, data = _forward(_mail("Valentina Rossi <valentina.rossi@thuis.example>",
                                "ik wou dit gewoon aan iemand zeggen, ik ben bi - Len\n"))
    assert "ik wou dit gewoon aan iemand zeggen, ik ben bi" in body.text
    assert_absent(data, ["Len", "Valentina", "Rossi"])


def test_an_inner_piece_is_a_short_form_only_after_a_vowel_and_capitalised() -> None:
    assert _is_short_form("Len", ["valentina"])
    assert not _is_short_form("Dan", ["jordan"])  # after "r": no syllable starts there
    assert not _is_short_form("len", ["valentina"])  # written as a word, not a name
    assert not _is_short_form("Ent", ["valentina"])  # opens with a vowel


def test_a_doubled_nickname_that_is_also_a_word_signing_the_mail_goes() -> None:
    body, data = _forward(_mail("Corentin Lejeune <corentin.lejeune@maison.example>",
                                "bonjour\nj'ai 13 ans et je crois que je suis gay\n"
                                "merci\nCoco x\n"))
    assert "j'ai 13 ans et je crois que je suis gay" in body.text
    assert_absent(data, ["Coco", "Corentin", "Lejeune"])


def test_a_kin_word_said_twice_closing_the_mail_stays() -> None:
    body, _ = _forward(_mail("Tatiana Moreau <tatiana.moreau@maison.example>",
                             "ma tante m'aide beaucoup\nmerci pour elle, ma tata\n"))
    assert "merci pour elle, ma tata" in body.text


def test_a_short_form_between_kaomoji_on_the_last_line_goes() -> None:
    body, data = _forward(_mail("Joris Maes <joris.maes@thuis.example>",
                                "hoi\nik ben 12 en ik weet niet of ik een jongen wil zijn\n"
                                "(づ｡◕‿‿◕｡)づ Jojo (づ｡◕‿‿◕｡)づ\n"))
    assert "ik ben 12 en ik weet niet of ik een jongen wil zijn" in body.text
    assert_absent(data, ["Jojo", "Joris", "Maes"])


def test_a_word_between_kaomoji_that_is_no_name_of_theirs_stays() -> None:
    body, _ = _forward(_mail("Joris Maes <joris.maes@thuis.example>",
                             "hoi\nik heb een vraag\n✿ bedankt ✿\n"))
    assert "✿ bedankt ✿" in body.text


def test_a_handle_opening_and_closing_with_underscores_goes() -> None:
    body, data = _forward(_mail("Noor Willems <noor.willems@thuis.example>",
                                "stuur me liever op insta: @_nr.wlms_07_\nof hier\n@__nrw.x_\n"))
    assert "stuur me liever op insta:" in body.text
    assert_absent(data, ["_nr.wlms_07_", "__nrw.x_"])


def test_underscored_emphasis_after_an_apps_name_stays() -> None:
    body, _ = _forward(_mail("Noor Willems <noor.willems@thuis.example>",
                             "ik zit op insta _echt_ te veel\n"))
    assert "ik zit op insta _echt_ te veel" in body.text


def test_a_school_platforms_signature_under_a_long_rule_goes() -> None:
    body, data = _forward(_mail(
        "Nora Claes <nora.claes@school.example>",
        "Dag\nik ben 15 en ik denk dat ik trans ben\nbedankt\n\n"
        "______________________________\n"
        "Nora Claes – Leerling 4HW2\n"
        "Sint-Jozefscollege – Schoolstraat 3, 9300 Aalst\n"
        "Bericht verstuurd via het schoolplatform. Niet gebruiken voor privéberichten.\n"))
    assert "ik ben 15 en ik denk dat ik trans ben" in body.text
    assert_absent(data, ["Nora", "Claes", "4HW2", "Sint-Jozefscollege", "Schoolstraat", "9300"])


def test_a_long_rule_over_the_writers_own_story_keeps_the_story() -> None:
    body, _ = _forward(_mail("Nora Claes <nora.claes@school.example>",
                             "Dag\nik heb een vraag\n\n______________________________\n"
                             "en nog iets: mijn broer weet het al\n"))
    assert "en nog iets: mijn broer weet het al" in body.text


def test_the_class_a_platform_puts_after_the_name_in_the_subject_goes() -> None:
    _, data = _forward(_mail("Nora Claes <nora.claes@school.example>", "ik heb een vraag\n",
                             Subject="Bericht van Nora Claes (3LWb)"))
    assert_absent(data, ["Nora", "Claes", "3LWb"])


def test_an_age_in_brackets_after_the_name_in_the_subject_stays() -> None:
    _, data = _forward(_mail("Nora Claes <nora.claes@school.example>", "ik heb een vraag\n",
                             Subject="vraag van Nora (13)"))
    assert "(13)" in _plain(data) or b"(13)" in data


def test_a_short_form_with_its_first_name_really_in_brackets_goes_on_any_account() -> None:
    body, data = _forward(_mail("Gerard Smits <gerard.smits@bedrijf.example>",
                                "dit is niet mijn vader, het is Fien (Josefien eigenlijk)\n"
                                "ik ben 16 en ik durf het niet te zeggen\n"))
    assert "ik ben 16 en ik durf het niet te zeggen" in body.text
    assert_absent(data, ["Fien", "Josefien"])


def test_a_friends_short_form_and_first_name_in_brackets_stay() -> None:
    body, _ = _forward(_mail("Gerard Smits <gerard.smits@bedrijf.example>",
                             "mijn vriend Ben (Benjamin) weet het al\n"))
    assert "mijn vriend Ben (Benjamin) weet het al" in body.text


def test_a_town_that_their_address_holds_after_a_capital_particle_still_goes() -> None:
    body, data = _forward(_mail('"Wout" <wout.vanlede@thuis.example>',
                                "hallo ik ben Wout Van Lede en ik ben 14\n"))
    assert "en ik ben 14" in body.text
    assert_absent(data, ["Wout", "Lede"])
