"""Behaviour tests for the rules that closed part of dev round33's misses (help-seekers in easily
overlooked shapes): phone numbers in keycap emoji and read out the British way, an account
named with its mail provider in brackets, a name stretched into an ordinary word, a form's name
field answered in words, a parent's child who wants a new name. Names, words and numbers are
invented, not the corpus's."""

from __future__ import annotations

import email
import email.policy
from email.message import EmailMessage

from mailhandler.core.scrub import (
    Identity,
    learn_names,
    remove_delimited_signature,
    replace_contact_details,
    replace_identity,
    replace_written_addresses,
)
from tests.conftest import assert_absent
from tests.test_relay_text import ALIAS, PSEUDONYM, _answer, _forward, _mail

# --------------------------------------------------------------------------- phone numbers


def test_a_phone_number_in_keycap_emoji_is_replaced() -> None:
    keycaps = "".join(f"{digit}\ufe0f\u20e3" for digit in "0497")
    rest = " ".join("".join(f"{d}\ufe0f\u20e3" for d in pair) for pair in ("55", "12", "08"))
    out = replace_contact_details(f"appelle-moi : {keycaps} {rest} (le soir)", "[…]")
    assert out == "appelle-moi : […] (le soir)"


def test_a_few_keycap_digits_are_no_phone_number() -> None:
    cap = "\ufe0f\u20e3"
    text = f"on a gagné 3{cap}2{cap} à 1{cap} et j'ai 1{cap}5{cap} ans"
    assert replace_contact_details(text, "[…]") == text


def test_a_british_number_read_out_with_double_and_triple_is_replaced() -> None:
    out = replace_contact_details(
        "ring me: oh seven nine double four, six triple two, eight one five thanks", "[…]")
    assert out == "ring me: […] thanks"


def test_double_and_triple_in_a_story_stay() -> None:
    text = "we had a double maths lesson and a triple jump contest, seven of us went"
    assert replace_contact_details(text, "[…]") == text


# --------------------------------------------------------------------------- addresses


def test_an_account_with_its_mail_provider_in_brackets_is_replaced_the_provider_stays() -> None:
    out = replace_written_addresses(
        "mijn eigen mail is blauwereiger_07 (op hotmail.be), die leest niemand", "X")
    assert out == "mijn eigen mail is X (op hotmail.be), die leest niemand"
    message = _mail("Ruben Claes <ruben.claes@bedrijf.example>",
                    "dit is de pc van mijn nonkel\nschrijf naar zeeotter.12 (bij gmail) aub\n")
    body, data = _forward(message)
    assert "(bij gmail) aub" in body.text
    assert_absent(data, ["zeeotter.12"])


def test_words_before_a_provider_in_brackets_stay_unless_they_look_like_an_account() -> None:
    text = ("mijn juf (van outlook) zei niks, om 10.30 (op gmail) kreeg ik het\n"
            "ik zat bij de scouts (op gmail staat alles)")
    assert replace_written_addresses(text, "X") == text


# --------------------------------------------------------------------------- names


def test_a_name_stretched_into_an_ordinary_word_leaves_the_word() -> None:
    who = Identity(addresses=(), names=("papa van Mats & Tijs",))
    text = "wij staan er allebei op, ik ben Tijs en soms Tiiijs, niet Mats"
    out = replace_identity(text, who, "A", "N")
    assert out == "wij staan er allebei op, ik ben N en soms N, niet N"
    who = Identity(addresses=(), names=("Stan Vos",))
    assert replace_identity("ze staan te wachten op Staaan", who, "A", "N") \
        == "ze staan te wachten op N"


def test_a_name_that_is_a_word_is_still_replaced_as_written() -> None:
    who = Identity(addresses=(), names=("Roos Vermeulen",))
    assert replace_identity("Roos, roos, Rooos", who, "A", "N") == "N, N, N"


def test_a_forms_name_field_answered_in_words_is_no_name() -> None:
    for text in ("Name: prefer not to say\nAge: 14\nhi there",
                 "Naam: liever geheim\nLeeftijd: 13\nhallo"):
        assert learn_names(text, Identity(addresses=("x.y@z.example",))).names == ()
    message = _mail("quiet.fox.11@z.example",
                    "Name: rather not tell\nAge: 16\n\nhow do I come out to my gran?\n")
    body, _ = _forward(message)
    assert "Name: rather not tell" in body.text


def test_a_forms_name_field_with_a_name_is_still_learned() -> None:
    for text, name in (("Naam: roos\nLeeftijd: 14", "roos"), ("Name: Ivo\nAge: 15", "Ivo")):
        assert name in learn_names(text, Identity(addresses=("x.y@z.example",))).names


def test_a_parents_child_who_wants_a_new_name_is_the_help_seeker() -> None:
    # Since the corpus's policy on the young person someone writes for, the child's names (the
    # given one and the one they want) are identity: replaced in place, every other word kept.
    text = ("Dear Lumi,\n\nOur daughter, Mia, is 15. This week she told us she is non-binary "
            "and would like to be called Rowan from now on. We want to get this right.\n\n"
            "Rowan may write to you too.\n\nKind regards,\nPaula\n")
    message = _mail("Paula Grant <paula.grant@work.example>", text)
    body, data = _forward(message)
    assert f"would like to be called {PSEUDONYM} from now on" in body.text
    assert f"{PSEUDONYM} may write to you too." in body.text
    assert_absent(data, ["Grant", "paula.grant@work.example", "Rowan", "Mia"])


def test_the_writer_who_wants_a_new_name_is_still_learned() -> None:
    for text, name in (("My mum says it's fine. I would like to be called Rowan.", "Rowan"),
                       ("ik wil eigenlijk Noa genoemd worden", "Noa")):
        assert name in learn_names(text, Identity(addresses=("x.y@z.example",))).names
    assert learn_names("mijn vriendin wil Noa genoemd worden",
                       Identity(addresses=("x.y@z.example",))).names == ()
    message = _mail("k.w.2011@z.example", "hi\nI'm trans and I'd love to be called Jude\n")
    body, data = _forward(message)
    assert f"I'd love to be called {PSEUDONYM}" in body.text
    assert_absent(data, ["Jude"])


# --------------------------------------------------------------------------- streets, avatars


def _html_only(sender: str, html: str) -> EmailMessage:
    message = EmailMessage(policy=email.policy.default)
    message["From"] = sender
    message["To"] = "hulp@lumi.example"
    message["Subject"] = "hey"
    message.set_content(html, subtype="html")
    return email.message_from_bytes(message.as_bytes(), policy=email.policy.default)  # type: ignore[return-value]


def test_a_street_word_closing_a_line_and_a_number_on_the_next_are_no_street() -> None:
    text = "ik weet niet of dit de juiste place\nis 14 jaar te jong?\nhet plein\n3 keer"
    assert replace_contact_details(text, "[…]") == text
    message = _html_only("marlow.77@z.example", "<div>hey</div><div>wrong place maybe</div>"
                         "<div>im 13 and confused</div>")
    body, _ = _forward(message)
    assert "wrong place maybe\nim 13 and confused" in body.text


def test_a_lower_case_street_on_one_line_is_still_replaced() -> None:
    out = replace_contact_details("ik woon place du marché 7 bij de kerk", "[…]")
    assert out == "ik woon […] bij de kerk"


def test_the_name_in_a_bitmoji_alt_text_is_the_writers() -> None:
    message = _html_only("night.owl.4@z.example",
                         "<div>hey</div><div>is it normal to like both?</div><div>bye</div>"
                         '<div><img src="https://img.example/b.png" '
                         'alt="Tamsin\'s Bitmoji dancing"></div>')
    body, data = _forward(message)
    assert "is it normal to like both?" in body.text
    assert_absent(data, ["Tamsin"])


def test_a_friends_bitmoji_in_a_sentence_names_nobody() -> None:
    text = "Tamsin's Bitmoji is way cuter than mine, she made it yesterday"
    assert learn_names(text, Identity(addresses=("night.owl.4@z.example",))).names == ()


# --------------------------------------------------------------------------- links


def test_an_address_only_behind_a_mailto_link_does_not_cross() -> None:
    text = ("dit is de mail van mijn tante\nantwoord naar mijn eigen adres aub\nik ben 13\n"
            "(jullie adres: hulp)\n")
    html = ('<div>dit is de mail van mijn tante</div><div>antwoord naar '
            '<a href="mailto:vlinder%2Eblauw09@post.example">mijn eigen adres</a> aub</div>'
            '<div>ik ben 13</div><div>(jullie adres: <a href="mailto:hulp@lumi.example">'
            'hulp</a>)</div>')
    message = _mail("Greet Aerts <greet.aerts@thuis.example>", text, html)
    body, data = _forward(message)
    assert body.html is not None and "mijn eigen adres" in body.html
    assert "mailto:hulp@lumi.example" in body.html
    assert_absent(data, ["vlinder.blauw09", "vlinder%2Eblauw09", "greet.aerts"])


# --------------------------------------------------------------------------- a pasted letter


def test_the_name_under_je_zoon_in_a_pasted_letter_is_the_writers() -> None:
    text = ("Hoi,\nIk heb een brief geschreven voor mijn papa, is hij goed?\n\n"
            "Lieve papa,\n\nIk ben bi en ik wou dat je het van mij hoorde.\n\n"
            "Je dochter,\nMarit\nxx\n\nMoet ik erbij zijn als hij hem leest?\n")
    message = _mail("m.dewachter@z.example", text)
    body, data = _forward(message)
    assert f"Je dochter,\n{PSEUDONYM}\nxx" in body.text
    assert "Moet ik erbij zijn als hij hem leest?" in body.text
    assert_absent(data, ["Marit"])


def test_je_zoon_in_a_sentence_names_nobody() -> None:
    text = "Mijn mama zei: je zoon,\nBas heet hij, is altijd welkom.\nwat vinden jullie?"
    assert learn_names(text, Identity(addresses=("x.y@z.example",))).names == ()


# --------------------------------------------------------------------------- on the phone


def test_the_name_to_ask_for_when_calling_is_the_writers() -> None:
    text = ("ok merci\nals het dringend is mogen jullie bellen\n"
            "als ge belt, vraag dan naar Fenna (of zeg dat ge van de chiro zijt)\n"
            "het gaat nog altijd over mijn lief\n")
    message = _mail("ff.2011@z.example", text)
    body, data = _forward(message)
    assert f"vraag dan naar {PSEUDONYM} (of zeg dat ge van de chiro zijt)" in body.text
    assert_absent(data, ["Fenna"])
    assert "Jonah" in learn_names("if you ring, just ask for Jonah",
                                  Identity(addresses=("x.y@z.example",))).names


def test_asking_for_someone_without_a_call_or_for_a_word_names_nobody() -> None:
    for text in ("ik vroeg naar Jonas want hij belt nooit", "bel en vraag naar Hulp",
                 "als ge belt, vraag dan naar Mama"):
        assert learn_names(text, Identity(addresses=("x.y@z.example",))).names == (), text


# --------------------------------------------------------------------------- own quoted mail


def test_the_name_a_client_showed_with_the_writers_address_in_a_nested_quote_is_theirs() -> None:
    text = ("merci voor jullie antwoord\nik heb het aan mijn oma verteld\n\n"
            "Op ma 2 feb 2026 om 19:02 schreef Lumi <hulp@lumi.example>:\n"
            "> Hallo,\n> Fijn dat je schreef.\n> Warme groet,\n> Lumi\n>\n"
            "> Op zo 1 feb 2026 om 21:40 schreef Ward Claeys <ward.claeys2011@z.example>:\n>\n"
            "> > hallo ik ben 13\n> > ik denk dat ik bi ben\n> > Ward\n")
    message = _mail("ward.claeys2011@z.example", text)
    body, data = _forward(message)
    assert "ik heb het aan mijn oma verteld" in body.text
    assert_absent(data, ["Ward", "Claeys"])


def test_a_class_and_motto_under_the_name_in_the_writers_quoted_mail_do_not_hide_it() -> None:
    text = ("Hi again,\nI told my dad and it went fine!\n\n"
            "________________________________\n"
            "From: Lumi <hulp@lumi.example>\nSent: Monday, May 4, 2026 5:10 PM\n"
            "To: kai.b@z.example <kai.b@z.example>\nSubject: Re: dad\n\n"
            "Hi,\nGood luck, let us know.\nLumi\n\n"
            "________________________________\n"
            "From: kai.b@z.example <kai.b@z.example>\nSent: Sunday, May 3, 2026 9:12 PM\n"
            "To: hulp@lumi.example <hulp@lumi.example>\nSubject: dad\n\n"
            "How do I tell my dad I'm bi?\n\nKai Brennan\nYear 10, Form 10C\n"
            "\"stay weird\" 🌈\n")
    message = _mail("kai.b@z.example", text, Subject="RE: Re: dad")
    body, data = _forward(message)
    assert "I told my dad and it went fine!" in body.text
    assert_absent(data, ["Kai", "Brennan"])


def test_our_own_forward_quoted_in_an_answer_teaches_no_name() -> None:
    text = (f"Hi {PSEUDONYM}, more on https://www.lumi.example/en/help tonight\n\nNell\n\n"
            "-------- Original message --------\n"
            f"From: {PSEUDONYM} via Lumi <{ALIAS}>\nDate: Wed, 2 Sep 2026 at 02:20\n"
            "To: Nell Ashby <nell.ashby@vrijwilligers.example>\nSubject: help\n\n"
            "I don't know what to do.\nAnd nobody knows.\n")
    message = _mail("Nell Ashby <nell.ashby@vrijwilligers.example>", text)
    body, data = _answer(message, "nell.ashby@vrijwilligers.example", "Nell")
    assert "more on https://www.lumi.example/en/help tonight" in body.text
    assert_absent(data, ["Ashby", "nell.ashby"])


# --------------------------------------------------------------------------- school platforms


def test_a_school_platforms_card_under_a_rule_goes_and_dotted_initials_are_replaced() -> None:
    text = ("Hi,\nthis is my school account but nobody reads it.\nI'm 15 and I think I'm ace.\n"
            "Is that a real thing?\nThanks,\nO.K.\n\n______________________________\n"
            "Otto Kramer · Grade 10 · Tutor group 10C\n"
            "Harlow Green International School of Ghent · Student Account\n"
            "This email was sent from a student account and is monitored.\n")
    message = _mail("\"Kramer, Otto (Student)\" <otto.kramer@pupils.harlow.example>",
                    text)
    body, data = _forward(message)
    assert "Is that a real thing?\nThanks," in body.text
    assert_absent(data, ["Otto", "Kramer", "O.K.", "Harlow Green International School"])


def test_a_school_named_in_a_sentence_or_a_line_with_dots_stays() -> None:
    text = ("Hi\nmy school is Harlow Green International School and it's ok\n"
            "we did a play · it was fun · I was the wolf\nbye\n")
    message = _mail("quiet.wolf.09@z.example", text)
    body, _ = _forward(message)
    assert "my school is Harlow Green International School and it's ok" in body.text
    assert "we did a play · it was fun · I was the wolf" in body.text


def test_another_persons_dotted_initials_are_not_taken() -> None:
    for text in ("ok thanks\nK.L.", "ok thanks\nO.K."):
        who = Identity(addresses=("x.y@z.example",), names=("Chidi Okafor",))
        assert learn_names(text, who).names == ("Chidi Okafor",), text


# --------------------------------------------------------------------------- club platforms


def test_a_club_apps_footer_under_a_dash_goes_with_its_note_and_slogan() -> None:
    text = ("Hoi,\n\nIk stuur dit via de app van mijn club want mijn mail doet raar.\n"
            "Ik ben 15 en ik denk dat ik op jongens val. Hoe zeg ik dat tegen mijn coach?\n"
            "Kerem\n\n—\n"
            "Dit bericht werd verstuurd via Teamhub door Kerem Aydın (speler U16 Heren,"
            " VC Scheldezicht).\n"
            "Antwoorden op dit bericht gaan rechtstreeks naar de afzender.\n"
            "Teamhub – je hele ploeg in één app\n")
    message = _mail("Kerem Aydın via Teamhub <noreply@teamhub.example>", text,
                    Reply_To="kerem.a.2010@z.example")
    body, data = _forward(message)
    assert "Hoe zeg ik dat tegen mijn coach?" in body.text
    assert_absent(data, ["Kerem", "Aydın", "VC Scheldezicht", "Scheldezicht"])


def test_a_platform_footer_under_one_dash_is_a_delimited_signature() -> None:
    text = ("Sorry voor mijn Nederlands.\nKerem\n\n—\n"
            "Dit bericht werd verstuurd via Teamhub door Kerem Aydın (speler, VC Scheldezicht).\n"
            "Antwoorden op dit bericht gaan rechtstreeks naar de afzender.\n"
            "Teamhub – je hele ploeg in één app\n")
    who = Identity(addresses=("kerem.a.2010@z.example",), names=("Kerem Aydın",))
    cut = remove_delimited_signature(text, "[sig]", who)
    assert cut.text.rstrip() == "Sorry voor mijn Nederlands.\nKerem\n\n[sig]"
    assert cut.removed_lines == 3


def test_a_dash_between_parts_of_a_story_is_no_delimiter() -> None:
    text = ("hoi\nik ben 14 en ik weet niet wat ik voel\n—\n"
            "gisteren zei mijn vriend dat hij mij leuk vindt\nwat moet ik doen\n")
    message = _mail("Noah Peeters <noah.p@z.example>", text)
    body, _ = _forward(message)
    assert "—\ngisteren zei mijn vriend dat hij mij leuk vindt\nwat moet ik doen" in body.text


# --------------------------------------------------------------------------- fancy, profiles


def test_a_first_name_in_fancy_unicode_letters_is_the_writers_in_both_forms() -> None:
    html = ('<div><span style="font-size:22px">𝓜𝓪𝓻𝓽𝓪 ✨</span></div><div>hoi</div>'
            "<div>ik ben 16 en ik weet niet of ik trans ben</div><div>marta zegt mijn zus</div>")
    message = _html_only("sterrenhemel.3@z.example", html)
    body, data = _forward(message)
    assert "ik ben 16 en ik weet niet of ik trans ben" in body.text
    assert_absent(data, ["𝓜𝓪𝓻𝓽𝓪", "Marta"])


def test_an_ordinary_word_in_fancy_letters_stays() -> None:
    text = "𝓗𝓸𝓹𝓮 ✨\nhoi ik ben 15\n𝓵𝓸𝓿𝓮 is love"
    assert learn_names(text, Identity(addresses=("x.y@z.example",))).names == ()


def test_a_profile_link_behind_words_shows_the_words_without_the_account() -> None:
    html = ('<div>hoi</div><div>ik ben 14</div><div>stuur me gerust iets via '
            '<a href="https://www.tiktok.example/@zonnebloem.x_">mijn tiktok</a>, dat lees ik '
            'sneller</div><div>of lees dit: <a href="https://www.tiktok.example/@lumi/video/12">'
            'filmpje</a></div>')
    message = _html_only("zb.2012@z.example", html)
    body, data = _forward(message)
    assert "stuur me gerust iets via mijn tiktok, dat lees ik sneller" in body.text
    assert "filmpje (https://www.tiktok.example/@lumi/video/12)" in body.text
    assert_absent(data, ["zonnebloem.x_"])
