"""Behaviour tests for the rules that closed dev/round51's misses: a hashtag linked to its tag
page, a chat app's contact link behind words, a phone number in the writer's own sentence, a
town run into the next sentence without a space ("FROM HULL.I THINK") where the town is also a
word of the writer's address, a OneDrive share link carrying its owner's school account, a
chosen name after "ik ben nu", and a name given as the answer under a quoted "what should we
call you?". And guard tests: each rule leaves the writer's words, handles, other links, card
phone lines and other people's names alone. Names, words and mails are invented, not the
corpus's."""

from __future__ import annotations

import email
import email.policy
from email.message import EmailMessage

from mailhandler.core.html import html_to_text
from mailhandler.core.scrub import replace_contact_details
from mailhandler.core.scrub.signature_lines import _signature_line
from tests.conftest import assert_absent
from tests.test_relay_text import PSEUDONYM, _forward, _mail

# --------------------------------------------------------------------------- links in HTML


def _html_only(sender: str, html: str) -> EmailMessage:
    message = EmailMessage(policy=email.policy.default)
    message["From"] = sender
    message["To"] = "hulp@lumi.example"
    message["Subject"] = "vraag"
    message.set_content(html, subtype="html")
    return email.message_from_bytes(message.as_bytes(), policy=email.policy.default)  # type: ignore[return-value]


def test_hashtags_linked_to_their_tag_pages_stay_one_line_of_tags() -> None:
    html = ('<div><a href="https://diary.example/t/school">#school</a> '
            '<a href="https://www.instagram.com/explore/tags/Pride/">#pride</a> '
            '<a href="https://x.example/hashtag/moe?src=hashtag_click">#moe</a></div>')
    assert html_to_text(html).strip() == "#school #pride #moe"


def test_a_hashtag_linked_elsewhere_and_words_linked_to_a_page_still_show_the_page() -> None:
    html = ('<div><a href="https://blog.example/posts/42">#lezen</a> en '
            '<a href="https://info.example/coming-out">deze pagina</a></div>')
    text = html_to_text(html)
    assert "#lezen (https://blog.example/posts/42)" in text
    assert "deze pagina (https://info.example/coming-out)" in text


def test_a_whatsapp_link_behind_words_leaves_the_words_and_not_the_number() -> None:
    html = ('<div>stuur me op <a href="https://wa.me/32470998877?text=hoi">WhatsApp</a> als '
            'ge wilt, da is makkelijker</div>')
    relayed, data = _forward(_html_only("Jonas <jonas.w@mail.example>", html))
    assert_absent(data, ["32470998877", "470998877"])
    assert "stuur me op WhatsApp als ge wilt, da is makkelijker" in relayed.text


def test_a_telegram_link_behind_words_shows_the_words_only() -> None:
    html = '<p>or <a href="https://t.me/sky_blue_2010">text me on telegram</a> pls</p>'
    assert html_to_text(html).strip() == "or text me on telegram pls"


# --------------------------------------------------------------------------- phones in text


def test_a_phone_number_opening_the_writers_own_sentence_is_replaced_and_the_words_stay() -> None:
    # A paragraph of its own under a list, the name under it: the shape of a signature block.
    body = ("hoi\nik ben 13 en ik weet nie wat doen\n\n- is dat normaal\n"
            "- moet ik het aan mama zeggen\n\n"
            "0472 11 22 33 als ge mij wilt bellen (enkel na 16u dan is mama nog nie thuis)\n"
            "lien\n")
    relayed, data = _forward(_mail("Lien <lien.vdb@mail.example>", body))
    assert_absent(data, ["0472 11 22 33"])
    assert "als ge mij wilt bellen (enkel na 16u dan is mama nog nie thuis)" in relayed.text


def test_a_call_me_sentence_after_the_number_in_french_and_english_is_the_writers() -> None:
    assert not _signature_line("0472 11 22 33 tu peux m'appeler après l'école", None)
    assert not _signature_line("07700 900123 call me after school if you want", None)


def test_a_cards_phone_line_is_still_a_signature_line() -> None:
    assert _signature_line("GSM 0472 11 22 33 (bereikbaar na 18u)", None)
    assert _signature_line("Tel. +32 3 123 45 67 – Fax +32 3 123 45 68", None)
    assert _signature_line("Mobile: 07700 900123, Mon-Fri 9-17", None)


# --------------------------------------------------------------------------- sentences run together


def test_a_town_run_into_the_next_sentence_stays_though_the_address_holds_it() -> None:
    body = ("SORRY MY CAPS ARE STUCK.IM SAM,15,FROM LEEDS.I THINK IM GAY AND MY MUM KNOWS."
            "SHE IS OK.\n")
    relayed, data = _forward(_mail("Sam <sam.leeds.draws@mail.example>", body))
    assert "FROM LEEDS.I THINK IM GAY" in relayed.text
    assert_absent(data, ["sam.leeds.draws"])
    assert f"IM {PSEUDONYM},15" in relayed.text


def test_the_writers_dotted_handle_and_a_piece_of_it_are_still_replaced() -> None:
    body = "mijn insta is leeds.draws en ook sam.leeds.draws op tiktok\n"
    relayed, data = _forward(_mail("Sam <sam.leeds.draws@mail.example>", body))
    assert_absent(data, ["leeds.draws"])


def test_a_name_run_into_the_next_sentence_is_still_replaced() -> None:
    body = "hoi ik ben Sam.Ik ben 15 en ik woon in Leeds.\n"
    relayed, data = _forward(_mail("Sam Peeters <sam.peeters@mail.example>", body))
    assert "Sam" not in relayed.text
    assert "Ik ben 15 en ik woon in Leeds." in relayed.text


# --------------------------------------------------------------------------- cloud links


def test_a_onedrive_share_links_owner_account_is_replaced_and_the_link_stays() -> None:
    text = ("hier is de link https://atheneum-my.sharepoint.example/:w:/g/personal/"
            "jan_peeters_leerling_atheneum_example/EQabc123XYZ?e=k1 kunt ge hem lezen")
    out = replace_contact_details(text, "[…]")
    assert "jan_peeters" not in out
    assert out == ("hier is de link https://atheneum-my.sharepoint.example/:w:/g/personal/"
                   "[…]/EQabc123XYZ?e=k1 kunt ge hem lezen")
    plain = "https://school-my.sharepoint.example/personal/an_de_smet_school_example/Documents/x"
    assert replace_contact_details(plain, "[…]") == (
        "https://school-my.sharepoint.example/personal/[…]/Documents/x")


def test_a_sharepoint_team_site_and_other_personal_words_stay() -> None:
    text = ("https://school.sharepoint.example/sites/klas3b/Gedeelde%20documenten/les.docx "
            "en mijn personal/dagboek map")
    assert replace_contact_details(text, "[…]") == text


# --------------------------------------------------------------------------- chosen names


def test_a_chosen_name_after_ik_ben_nu_is_replaced_wherever_it_stands() -> None:
    body = ("ik had nog iets vergeten\nik heet eigenlijk geen Jonas meer, ik ben nu Mira (zij/haar)"
            "\ndus zeg aub Mira als jullie terugschrijven\nmerci\n")
    relayed, data = _forward(_mail("Jonas Claes <jonas.claes08@mail.example>", body))
    assert_absent(data, ["Mira", "Jonas"])
    assert "(zij/haar)" in relayed.text and "als jullie terugschrijven" in relayed.text


def test_ik_ben_nu_before_a_place_or_a_lower_case_word_names_no_one() -> None:
    body = "ik ben nu in Gent bij mijn tante\nik ben nu bang\nI'm now at Mia's house\n"
    relayed, _ = _forward(_mail("Jonas Claes <jonas.claes08@mail.example>", body))
    assert "ik ben nu in Gent bij mijn tante" in relayed.text
    assert "I'm now at Mia's house" in relayed.text


def test_a_name_answered_under_a_quoted_question_about_the_name_is_replaced() -> None:
    body = ("Le 19/08/2026 à 19:55, Lumi a écrit :\n> Bonjour,\n>\n"
            "> Comment veux-tu qu'on t'appelle ?\n\nNils. sur les papiers c'est Nadia mais "
            "plus personne ne m'appelle comme ça\n\n> Quel âge as-tu ?\n\n16 ans\n")
    relayed, data = _forward(_mail("famille Maes <famille.maes@mail.example>", body))
    assert_absent(data, ["Nils"])
    assert "sur les papiers c'est" in relayed.text and "16 ans" in relayed.text


def test_an_answer_of_plain_words_under_a_name_question_stays() -> None:
    body = ("> What should we call you?\n\nAnything, I don't mind. Maybe not my real name.\n"
            "> How old are you?\n\nFifteen\n")
    relayed, _ = _forward(_mail("Kim <kim.x@mail.example>", body))
    assert "Anything, I don't mind." in relayed.text and "Fifteen" in relayed.text


def test_a_name_under_another_question_is_not_taken_for_the_writers() -> None:
    body = ("> Wie weet het al?\n\nLotte. mijn beste vriendin\n"
            "> Hoe mogen we je noemen?\n\nnoem me maar gewoon zoals je wil\n")
    relayed, _ = _forward(_mail("Kim <kim.x@mail.example>", body))
    assert "Lotte. mijn beste vriendin" in relayed.text


def test_a_handle_whose_second_piece_is_a_word_is_still_replaced_whole() -> None:
    body = ("I can talk on discord too, I'm sam.walker there\n"
            "en mijn site is samdesmet.example of op insta sam.de.smet\n")
    relayed, data = _forward(_mail("Sam De Smet <sam.desmet@mail.example>", body))
    assert_absent(data, ["walker", "samdesmet", "sam.de.smet"])
    assert "there" in relayed.text
