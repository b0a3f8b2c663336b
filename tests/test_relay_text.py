"""The relay's text steps, without a server: cutting our note out of quoted history, and
issue 12's failures: words lost, identities crossing."""

from __future__ import annotations

import email
import email.policy
import email.utils
import io
import re
from datetime import UTC, datetime
from email.message import EmailMessage

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from mailhandler.core.relay import RelayedBody, cut_forward_note
from mailhandler.core.scrub import Identity, replace_identity
from mailhandler.core.scrub.identity import _identity_pattern
from mailhandler.handlers.seeker import compose_forward, forward_content
from mailhandler.handlers.volunteer import answer_content, compose_answer
from mailhandler.store.repository import Envelope
from mailhandler.texts import Texts
from tests.conftest import assert_absent

OPENINGS = frozenset({"Nieuw gesprek K7Q2MX.", "Vervolg in gesprek K7Q2MX."})


def test_the_note_is_cut_from_gmail_style_quotes_even_when_rewrapped() -> None:
    text = ("Hoi, dat is normaal.\n\nOp 30 nov. schreef Lumi:\n> Hallo, ik heb een vraag.\n>\n"
            "> -- \n> Nieuw gesprek K7Q2MX.\n> Antwoord gewoon op deze mail. Je antwoord\n"
            "> gaat vanaf hulp@lumi.example naar de\n> hulpvrager.\n")
    cut = cut_forward_note(text, OPENINGS)
    assert "Hallo, ik heb een vraag." in cut and "Hoi, dat is normaal." in cut
    assert "Nieuw gesprek" not in cut and "Antwoord gewoon" not in cut and "> -- " not in cut


def test_the_note_is_cut_from_outlook_style_unquoted_history() -> None:
    text = ("Hoi!\n\nVan: Lumi <hulp@lumi.example>\nOnderwerp: vraag\n\nIk heb een vraag.\n\n"
            "-- \nVervolg in gesprek K7Q2MX.\nAntwoord gewoon op deze mail.\n")
    cut = cut_forward_note(text, OPENINGS)
    assert "Ik heb een vraag." in cut and "Vervolg" not in cut and "Antwoord gewoon" not in cut


def test_text_after_a_nested_note_at_a_shallower_quote_level_stays() -> None:
    text = ("Nieuw antwoord.\n> Ouder antwoord.\n>> vraag\n>> -- \n>> Nieuw gesprek K7Q2MX.\n"
            ">> Antwoord gewoon.\n> Nog een regel van het oudere antwoord.\n")
    cut = cut_forward_note(text, OPENINGS)
    assert "> Nog een regel van het oudere antwoord." in cut
    assert ">> vraag" in cut and "Antwoord gewoon" not in cut


def test_a_volunteer_writing_the_pseudonym_in_their_own_words_keeps_their_text() -> None:
    text = "In gesprek K7Q2MX zeg ik dit.\n"
    assert cut_forward_note(text, OPENINGS) == text


# --------------------------------------------------------------------------- issue 12
# The relay keeps every word of the writer's own text and lets nothing of their identity
# through, in the text, the HTML and the headers of what is sent. Each failure the issue
# lists is one test here, run through the same pure functions the handlers use.

ALIAS = "c.abcdefghij234567abcd@lumi.example"
PSEUDONYM = "QBQBUT"
NL = Texts("nl")
DISCLAIMER = ("Deze e-mail en eventuele bijlagen zijn vertrouwelijk en uitsluitend bestemd\n"
              "voor de geadresseerde. Indien u dit bericht per vergissing ontving, verwittig\n"
              "dan de afzender en verwijder het bericht.\n")


def _mail(sender: str, body: str, html: str | None = None, **headers: str) -> EmailMessage:
    message = EmailMessage(policy=email.policy.default)
    message["From"] = sender
    message["To"] = "hulp@lumi.example"
    message["Subject"] = headers.pop("Subject", "vraag")
    for name, value in headers.items():
        message[name.replace("_", "-")] = value
    message.set_content(body)
    if html is not None:
        message.add_alternative(html, subtype="html")
    return email.message_from_bytes(message.as_bytes(), policy=email.policy.default)  # type: ignore[return-value]


def _forward(message: EmailMessage) -> tuple[RelayedBody, bytes]:
    sender = email.utils.parseaddr(str(message["From"]))[1]
    body, subject = forward_content(message, Envelope(sender, ("hulp@lumi.example",)), ALIAS,
                                    PSEUDONYM, "lumi.example", NL)
    data = compose_forward(body, subject, f"[{PSEUDONYM}]", "Nieuw gesprek.", ALIAS,
                           f"{PSEUDONYM} via Lumi", "vera@vrijwilligers.example",
                           "<f@lumi.example>", "b@lumi.example", datetime.now(UTC), "nl").data
    return body, data


def _answer(message: EmailMessage, volunteer: str, nickname: str) -> tuple[RelayedBody, bytes]:
    body, subject = answer_content(message, Envelope(volunteer, (ALIAS,)), volunteer, nickname,
                                   ALIAS, PSEUDONYM, "Lumi", "hulp@lumi.example", "lumi.example",
                                   frozenset({"Nieuw gesprek QBQBUT."}), NL)
    data = compose_answer(body, subject, "Lumi", "hulp@lumi.example", "sam@thuis.example",
                          "<a@lumi.example>", "b@lumi.example", datetime.now(UTC), "nl",
                          None, ()).data
    return body, data


def _plain(data: bytes) -> str:
    message = email.message_from_bytes(data, policy=email.policy.default)
    part = message.get_body(preferencelist=("plain",))
    return part.get_content() if part is not None else ""  # type: ignore[union-attr]


def test_a_one_liner_without_a_full_stop_naming_the_writer_arrives_with_the_name_replaced() -> None:
    body, data = _forward(_mail("Lien Janssens <lien.janssens@gezin.example>",
                                "Hallo, ik ben Lien en ik heb een vraag over mijn vriendin\n"))
    assert f"Hallo, ik ben {PSEUDONYM} en ik heb een vraag over mijn vriendin" in body.text
    assert_absent(data, ["Lien", "Janssens", "lien.janssens@gezin.example"])


def test_one_phrase_per_line_arrives_whole() -> None:
    lines = ["hoi", "ik ben sam", "ik ben 15", "ik denk dat ik gay ben",
             "mijn ouders weten het niet", "help"]
    body, data = _forward(_mail("Sam Janssens <sam.janssens@gezin.example>",
                                "\n".join(lines) + "\n"))
    for line in lines:
        assert line.replace("sam", PSEUDONYM) in body.text, line
    assert body.removed_lines == 0
    assert_absent(data, ["Janssens", "sam.janssens@gezin.example"])
    assert not re.search(r"(?i)\bsam\b", _plain(data))


def test_a_volunteers_one_line_answer_naming_themselves_arrives() -> None:
    message = _mail("Sam Verhoeven <sam.verhoeven@vrijwilligers.example>",
                    "ik ben sam en ik lees je mail morgen nog eens rustig, hou vol\n")
    body, data = _answer(message, "sam.verhoeven@vrijwilligers.example", "Sam")
    assert "en ik lees je mail morgen nog eens rustig, hou vol" in body.text
    assert body.removed_lines == 0
    assert_absent(data, ["Verhoeven", "sam.verhoeven@vrijwilligers.example"])
    assert not re.search(r"(?i)\bsam\b", _plain(data))


def test_a_volunteers_employer_street_and_phone_do_not_reach_the_help_seeker() -> None:
    text = (f"Dag {PSEUDONYM},\n\nWat fijn dat je ons schreef. Het is heel normaal dat je "
            "twijfelt.\nJe mag altijd opnieuw mailen. #thema: identiteit\n\nGroetjes,\nVeer\n\n"
            "Veerle Peeters\nCAW Antwerpen, Lange Kievitstraat 111, 2018 Antwerpen\n"
            "T 03 123 45 67\n\n" + DISCLAIMER)
    message = _mail("Veerle Peeters <veerle.peeters@vrijwilligers.example>", text)
    body, data = _answer(message, "veerle.peeters@vrijwilligers.example", "Veerle")
    assert body.text.startswith("Dag,\n\nWat fijn dat je ons schreef.")
    assert "Je mag altijd opnieuw mailen.\n" in body.text and body.themes == ("identiteit",)
    assert "Groetjes,\n[handtekening weggelaten]" in body.text
    assert body.removed_lines > 0  # the handler shows the volunteer what was sent
    assert_absent(data, ["Veerle", "Veer", "Peeters", "CAW", "Kievitstraat", "2018 Antwerpen",
                         "03 123 45 67", "vertrouwelijk", PSEUDONYM, "#thema"])


def test_a_parents_outlook_signature_and_logo_stay_out_but_the_childs_words_arrive() -> None:
    own = ["hallo", "ik ben 14 en ik denk dat ik trans ben", "ik weet niet wat ik moet doen"]
    text = ("\n".join(own) + "\n\nMet vriendelijke groeten,\n\nJan Peeters\nKerkstraat 12\n"
            "2000 Antwerpen\nGSM 0470 12 34 56\n\n" + DISCLAIMER)
    html = ("<html><body><p>" + "<br>".join(own) + "</p><p>Met vriendelijke groeten,</p>"
            "<p><b>Jan Peeters</b><br>Kerkstraat 12<br>2000 Antwerpen<br>GSM 0470 12 34 56</p>"
            '<p><img src="cid:image001.png@01DA" alt="Logo Peeters Bouw"></p>'
            f"<p>{DISCLAIMER}</p></body></html>")
    message = _mail("Jan Peeters <jan.peeters@peeters-gezin.example>", text, html)
    html_part = message.get_body(preferencelist=("html",))
    logo = io.BytesIO()
    Image.new("RGB", (40, 12), "navy").save(logo, "PNG")
    html_part.add_related(logo.getvalue(), "image", "png",  # type: ignore[union-attr]
                          cid="<image001.png@01DA>", filename="image001.png",
                          disposition="attachment")
    message = email.message_from_bytes(message.as_bytes(), policy=email.policy.default)  # type: ignore[assignment]
    body, data = _forward(message)
    for line in own:
        assert line in body.text
        assert line in (body.html or "")
    assert "[handtekening weggelaten]" in body.text
    assert not body.attachments and "signature image" in body.withheld
    assert_absent(data, ["Jan Peeters", "Peeters", "Kerkstraat", "2000 Antwerpen",
                         "0470 12 34 56", "vertrouwelijk", "image001", "Logo"])


def test_a_signature_only_in_the_html_alternative_does_not_survive() -> None:
    html = ("<html><body><p>ik word gepest op school</p>"
            "<p>Ilse Vermeulen<br>Boekhouding Vermeulen bvba<br>+32 9 123 45 67</p></body></html>")
    message = _mail("Ilse Vermeulen <ilse@boekhouding.example>", "ik word gepest op school\n",
                    html)
    body, data = _forward(message)
    assert "ik word gepest op school" in body.text and "ik word gepest op school" in body.html
    assert_absent(data, ["Vermeulen", "Boekhouding", "123 45 67", "ilse@boekhouding.example"])


def test_every_header_that_names_the_writer_feeds_one_identity() -> None:
    message = _mail(
        "kat123@postbus.example (Noor Vermeulen)",
        "mijn mama Ilse leest mee, en Noor is mijn naam. mail noor.v@school.example niet\n",
        Reply_To="=?utf-8?q?Noor?= =?utf-8?q?_Vermeulen?= <noor@thuis.example>",
        Disposition_Notification_To="Ilse Vermeulen <ilse.vermeulen@thuis.example>",
        X_Original_From="Noor <noor.v@school.example>",
        Return_Receipt_To="ilse.vermeulen@thuis.example",
        Subject="vraag van Noor Vermeulen")
    body, data = _forward(message)
    assert "mijn mama" in body.text and "leest mee, en" in body.text
    assert_absent(data, ["Noor", "Vermeulen", "Ilse", "kat123", "noor.v@school.example",
                         "noor@thuis.example", "ilse.vermeulen@thuis.example"])


def test_a_name_signed_below_the_text_is_identity_everywhere() -> None:
    message = _mail("sam.janssens@gezin.example",
                    "Hoi,\n\nik word gepest, Sam is een stomme naam zeggen ze.\n\n"
                    "Groetjes,\nSam Janssens\n")
    body, data = _forward(message)
    assert "ik word gepest," in body.text and "is een stomme naam zeggen ze." in body.text
    assert "Groetjes," in body.text
    assert_absent(data, ["Janssens", "sam.janssens"])
    assert not re.search(r"\bSam\b", _plain(data))


@pytest.mark.parametrize("written", [
    "sam punt janssens apenstaartje gezin punt be",
    "sam.janssens arobase gezin point be",
    "sam . janssens @ gezin . be",
    "sam.janssens (at) gezin (dot) be",
    "sam.jans\u200bsens@gezin.be",
    "sam.jans\u00adsens@gezin\uff0ebe",
    "sam.janssens\uff20gezin.be",
    "sam.janssens&#64;gezin&#46;be",
])
def test_every_written_form_of_the_address_is_replaced(written: str) -> None:
    message = _mail("Sam Janssens <sam.janssens@gezin.be>",
                    f"Hallo,\nje mag me antwoorden op {written} want dat lees ik vaker.\n")
    body, data = _forward(message)
    assert body.text == f"Hallo,\nje mag me antwoorden op {ALIAS} want dat lees ik vaker.\n"
    assert_absent(data, [written, "janssens", "gezin"])


def test_look_alike_letters_are_matched_but_the_text_keeps_its_own_letters() -> None:
    who = Identity(addresses=("sam@gezin.example",), names=("Sam Janssens",))
    text = "Ik ben \u0405am \u0408anssens, en \u0430l dat is mijn naam.\n"
    out = replace_identity(text, who, ALIAS, PSEUDONYM)
    assert out == f"Ik ben {PSEUDONYM}, en \u0430l dat is mijn naam.\n"


def test_volunteer_short_name_second_address_no_display_name_and_sent_from_line() -> None:
    text = (f"Hoi {PSEUDONYM}\n\nBedankt voor je mail. Als het dringend is, bel dan 1712.\n"
            "Je kan mij ook bereiken op veerle.p@eigen.example als het hier niet lukt.\n\n"
            "Veer\nVrijwilliger\n\nVerzonden met BlackBerry Work\n")
    message = _mail("veerle.peeters@vrijwilligers.example", text)
    body, data = _answer(message, "veerle.peeters@vrijwilligers.example", "Veerle")
    assert "Bedankt voor je mail. Als het dringend is, bel dan 1712." in body.text
    assert "Je kan mij ook bereiken op hulp@lumi.example als het hier niet lukt." in body.text
    assert body.text.startswith("Hoi\n")
    assert_absent(data, ["Veer", "veerle", "eigen.example", "BlackBerry", "Vrijwilliger"])


def test_a_disclaimer_below_a_signature_does_not_stop_the_walk_up() -> None:
    text = ("Hoi,\n\nIk ben er voor je.\n\nMarie Lambert\nGSM +32 475 11 22 33\n\n"
            "Ce courriel et ses annexes sont confidentiels. S'il ne vous est pas destiné,\n"
            "merci de le supprimer et d'en avertir l'expéditeur.\n\n"
            "Verzonden met BlackBerry Work\n")
    message = _mail("Marie Lambert <marie@benevoles.example>", text)
    body, data = _answer(message, "marie@benevoles.example", "Marie")
    assert "Ik ben er voor je." in body.text and "[handtekening weggelaten]" in body.text
    assert_absent(data, ["Marie", "Lambert", "475 11 22 33", "confidentiels", "BlackBerry"])


def test_a_sentence_mentioning_confidentiality_is_not_a_disclaimer() -> None:
    text = ("Hoi,\n\nIk ben er voor je.\n\nIs er een leerkracht die je vertrouwt? Het CLB kan ook "
            "helpen, en wat je daar zegt is vertrouwelijk.\n\nNoah\n")
    message = _mail("Noah Goossens <noah@goossens.example>", text)
    body, _ = _answer(message, "noah@goossens.example", "Noah")
    assert "en wat je daar zegt is vertrouwelijk." in body.text and body.removed_lines == 0


def test_a_theme_tag_closing_a_sentence_is_counted_and_the_sentence_kept() -> None:
    message = _mail("Vera <vera@vrijwilligers.example>",
                    "Je mag altijd opnieuw mailen. #thema: pesten, familie\n")
    body, _ = _answer(message, "vera@vrijwilligers.example", "Vera")
    assert body.text == "Je mag altijd opnieuw mailen.\n"
    assert body.themes == ("pesten", "familie")


def test_a_labelled_disclaimer_above_outlook_history_goes_with_the_card_above_it() -> None:
    text = (f"Hallo {PSEUDONYM},\n\nHet is oké om nog niet te weten wie je bent. Neem je tijd."
            "\n\nHartelijke groet,\nMaarten\n\nMaarten Claes\nJeugdconsulent\n"
            "Stad Leuven – Dienst Jeugd\nDisclaimer: de stad is niet verantwoordelijk voor de "
            "inhoud van deze e-mail.\n\nVan: Lumi hulplijn <" + ALIAS + ">\n"
            "Verzonden: dinsdag 1 december 2026 09:12\n"
            "Aan: Maarten Claes <maarten.claes@stad.example>\nOnderwerp: [QBQBUT]\n\n"
            "ik weet niet of ik een jongen of een meisje ben\n")
    message = _mail("Maarten Claes <maarten.claes@stad.example>", text)
    body, data = _answer(message, "maarten.claes@stad.example", "Maarten")
    assert "Het is oké om nog niet te weten wie je bent. Neem je tijd." in body.text
    assert "Hartelijke groet,\n[handtekening weggelaten]" in body.text
    assert "ik weet niet of ik een jongen of een meisje ben" in body.text
    assert body.removed_lines > 0
    assert_absent(data, ["Maarten", "Claes", "Jeugdconsulent", "Dienst Jeugd", "Stad Leuven",
                         "verantwoordelijk"])


def test_a_two_letter_short_form_signing_an_answer_does_not_reach_the_help_seeker() -> None:
    text = ("Hi,\nThat sounds like a lot to carry on your own. Take all the time you need.\n"
            "Jo\n\nOn Tue, 1 Dec 2026 at 09:12, Lumi <" + ALIAS + "> wrote:\n> can i ask smth\n")
    message = _mail("Johanna Pauwels <johanna.pauwels@vrijwilligers.example>", text)
    body, data = _answer(message, "johanna.pauwels@vrijwilligers.example", "Johanna")
    assert "That sounds like a lot to carry on your own. Take all the time you need." in body.text
    assert body.removed_lines == 0  # replaced where it stands, not removed
    assert_absent(data, ["Jo", "Johanna", "Pauwels"])


def test_the_surname_after_an_introduced_first_name_is_replaced_too() -> None:
    body, data = _forward(_mail("Noor <noor2010@gmail.example>",
                                "heyy ik ben Noor De Clercq en ik zit in het 3de middelbaar\n"
                                "mag ik jullie iets vragen over mijn lief\n"))
    assert f"heyy ik ben {PSEUDONYM} en ik zit in het 3de middelbaar" in body.text
    assert "mag ik jullie iets vragen over mijn lief" in body.text
    assert_absent(data, ["Noor", "De Clercq", "Clercq", "noor2010@gmail.example"])
    body, data = _forward(_mail("Kai <kai.b@mail.example>",
                                "hi my name is Kai Brennan, im 15 and i think im trans\n"))
    assert f"hi my name is {PSEUDONYM}, im 15 and i think im trans" in body.text
    assert_absent(data, ["Kai", "Brennan"])


def test_a_surname_the_address_holds_or_a_known_surname_is_replaced_without_introduction() -> None:
    body, data = _forward(_mail("pieter.lambrechts@thuis.example",
                                "hoi ik ben pieter lambrechts, ik zit in het 5de\n"))
    assert f"hoi ik ben {PSEUDONYM}, ik zit in het 5de" in body.text
    assert_absent(data, ["pieter", "lambrechts"])
    body, data = _forward(_mail("Wout <wout@thuis.example>",
                                "Hoi! Wout Verhaegen hier. Mijn vrienden lachen me uit.\n"))
    assert f"Hoi! {PSEUDONYM} hier. Mijn vrienden lachen me uit." in body.text
    assert_absent(data, ["Wout", "Verhaegen"])


def test_a_lower_case_surname_after_an_introduction_is_replaced() -> None:
    body, data = _forward(_mail("Mats <mats2010@thuis.example>",
                                "hallo ik ben mats claes en ik ben 13\n"))
    assert f"hallo ik ben {PSEUDONYM} en ik ben 13" in body.text
    assert_absent(data, ["mats", "claes"])


def test_a_name_with_an_initial_signed_after_a_greeting_is_learned() -> None:
    body, data = _forward(_mail("<nore.v@thuis.example>",
                                "hoi\nmag ik anoniem blijven?\n\ngroetjes\nNore V.\n"))
    assert "mag ik anoniem blijven?" in body.text and "groetjes" in body.text
    assert_absent(data, ["Nore"])


def test_another_address_written_out_with_the_writers_own_name_in_it_goes_whole() -> None:
    body, data = _forward(_mail("Sam <sam.janssens@school.example>",
                                "stuur het antwoord naar sam punt janssens apenstaartje thuis "
                                "punt be aub\n"))
    assert body.text == f"stuur het antwoord naar {ALIAS} aub\n"
    assert_absent(data, ["janssens", "thuis"])


@pytest.mark.parametrize("street", ["Grote Markt 3", "Kerkstr. 12", "14 Mill Lane"])
def test_a_street_written_in_the_text_is_replaced_and_the_sentence_stays(street: str) -> None:
    body, data = _forward(_mail("Lou <lou@thuis.example>",
                                f"ik woon op {street} en mijn mama mag dit niet weten\n"))
    assert body.text == "ik woon op […] en mijn mama mag dit niet weten\n"
    assert_absent(data, [street])


def test_words_after_an_introduced_name_that_are_no_surname_arrive() -> None:
    body, _ = _forward(_mail("Sam <sam.peeters@gezin.example>",
                             "hoi im Sam Can you help me with something\n"))
    assert "Can you help me with something" in body.text
    body, _ = _forward(_mail("Lien De Wit <liendewit@gezin.example>",
                             "HALLO\nIK BEN LIEN EN IK BEN 13\n"))
    assert "EN IK BEN 13" in body.text
    body, _ = _forward(_mail("Alex <alex@gezin.example>",
                             "hi I'm Alex Non-Binary and 14, is that ok\n"))
    assert "Non-Binary and 14, is that ok" in body.text
    body, _ = _forward(_mail("Noor <noor@gezin.example>", "hoi ik ben Noor Marokkaans en 15\n"))
    assert "Marokkaans en 15" in body.text


def test_a_closing_greeting_inside_a_disclaimer_paragraph_stays() -> None:
    text = (f"Dag {PSEUDONYM},\n\nJe mag altijd langskomen op woensdag.\n\nHartelijke groet,\n"
            "Ilse\nJeugdhuis Den Tap\nDISCLAIMER: Dit bericht en eventuele bijlagen zijn "
            "vertrouwelijk.\n")
    message = _mail("Ilse Martens <ilse.martens@vrijwilligers.example>", text)
    body, data = _answer(message, "ilse.martens@vrijwilligers.example", "Ilse")
    assert "Je mag altijd langskomen op woensdag.\n\nHartelijke groet,\n" in body.text
    assert_absent(data, ["Ilse", "Den Tap", "vertrouwelijk"])


def test_a_legal_sentence_about_the_mail_goes_but_an_ordinary_one_stays() -> None:
    text = ("Beste,\n\nJe bent niet de enige die dat voelt.\n\nGroeten,\n\nHanne Wuyts\n"
            "Onderzoeksgroep Jeugd – Hogeschool Noord\n\nDeze e-mail bindt de Hogeschool Noord "
            "niet.\n")
    message = _mail("Hanne Wuyts <hanne.wuyts@hsnoord.example>", text)
    body, data = _answer(message, "hanne.wuyts@hsnoord.example", "Hanne")
    assert "Je bent niet de enige die dat voelt.\n\nGroeten,\n" in body.text
    assert_absent(data, ["Hanne", "Wuyts", "Onderzoeksgroep", "Hogeschool Noord"])
    own = ("Hoi,\n\nIk heb je vraag goed gelezen.\n\nDeze mail is lang, maar jij bent niet "
           "verantwoordelijk voor wat je mama doet.\n")
    body, _ = _answer(_mail("Hanne Wuyts <hanne.wuyts@hsnoord.example>", own),
                      "hanne.wuyts@hsnoord.example", "Hanne")
    assert "jij bent niet verantwoordelijk voor wat je mama doet." in body.text
    assert body.removed_lines == 0


def test_a_volunteers_second_address_written_out_in_a_sentence_goes_whole() -> None:
    text = ("Hoi,\n\nAls het hier niet lukt, mag je me ook schrijven op jonas punt d at "
            "eigenmail punt be, dan lees ik het sneller.\n\nJonas\n")
    message = _mail("Jonas Dierickx <jonas.dierickx@vrijwilligers.example>", text)
    body, data = _answer(message, "jonas.dierickx@vrijwilligers.example", "Jonas")
    assert "mag je me ook schrijven op hulp@lumi.example, dan lees ik het sneller." in body.text
    assert_absent(data, ["Jonas", "eigenmail", "jonas punt d"])


def test_a_role_line_under_a_name_with_pronouns_goes() -> None:
    text = ("Hi,\n\nYou can take all the time you need.\n\nBest,\nRowan Clarke (they/them)\n"
            "Youth worker at Brightside Trust\n")
    message = _mail("Rowan Clarke <rowan.clarke@vrijwilligers.example>", text)
    body, data = _answer(message, "rowan.clarke@vrijwilligers.example", "Rowan")
    assert "You can take all the time you need.\n\nBest,\n" in body.text
    assert_absent(data, ["Rowan", "Clarke", "Brightside"])


def test_a_volunteers_employer_in_brackets_after_their_name_goes_and_the_closing_stays() -> None:
    text = ("Hoi,\n\nJe hoeft niet alles in een keer te vertellen.\n\n"
            "Groetjes van Pieter (jeugdbegeleider bij Chiro Sint-Anna)\n")
    message = _mail("Pieter Smets <pieter.smets@vrijwilligers.example>", text)
    body, data = _answer(message, "pieter.smets@vrijwilligers.example", "Pieter")
    assert "Groetjes van Lumi (jeugdbegeleider bij […])" in body.text
    assert_absent(data, ["Pieter", "Chiro", "Sint-Anna"])


def test_a_volunteers_team_in_brackets_after_their_signing_name_goes() -> None:
    text = ("Hoi,\n\nIk vind het super dat je die stap zet.\n\nGroetjes\n\n"
            "Bieke (Jeugdwerk Gentbrugge)\n")
    for line_end in ("\n", "\r\n"):
        message = _mail("Bieke Vanhove <bieke.vanhove@vrijwilligers.example>",
                        text.replace("\n", line_end))
        body, data = _answer(message, "bieke.vanhove@vrijwilligers.example", "Bieke")
        assert "Lumi ([…])" in body.text and "die stap zet." in body.text
        assert_absent(data, ["Bieke", "Gentbrugge", "Jeugdwerk"])
    # Words of their own in brackets stay: "(echt waar)", "(ik ook)".
    message = _mail("Bieke Vanhove <bieke.vanhove@vrijwilligers.example>",
                    "Hoi,\n\nDat ken ik, Bieke (ik ook) twijfelde lang.\n")
    body, _ = _answer(message, "bieke.vanhove@vrijwilligers.example", "Bieke")
    assert "(ik ook) twijfelde lang." in body.text


def test_a_young_persons_school_after_their_name_arrives() -> None:
    body, _ = _forward(_mail("Lotte <lotte@thuis.example>",
                             "hoi ik ben Lotte (student aan het Atheneum Boom) en ik ben 17\n"))
    assert "(student aan het Atheneum Boom) en ik ben 17" in body.text


def test_a_900_word_display_name_gives_a_bounded_pattern() -> None:
    name = " ".join(f"Naam{index:03d}x" for index in range(900))
    who = Identity(addresses=("x@y.example",), names=(name,))
    pattern = _identity_pattern(who.addresses, (name,), (ALIAS, PSEUDONYM))
    assert pattern is not None and len(pattern.pattern) < 20_000
    assert replace_identity("dag Naam000x Naam001x", who, ALIAS, PSEUDONYM).count(PSEUDONYM) >= 1


# Ordinary words, punctuation, emoji and line breaks in any mix: every word that is not
# part of an identity or a signature block arrives.
_ORDINARY = st.sampled_from([
    "hoi", "help", "ik", "ben", "bang", "school", "mama", "morgen", "vriendin", "gepest",
    "waarom", "niemand", "weet", "het", "echt", "jongen", "meisje", "voetbal", "klas",
    "verliefd", "thuis", "slapen", "huilen", "praten", "alleen", "trein", "boek", "muziek",
    "ça", "école", "déjà", "très", "peur", "übermorgen",
])
# A mail's first word may open with a letter whose UTF-8 starts with a byte of 0x80 or more
# ("Ça va pas" was once read as a binary OpenPGP packet and held back whole).
_FIRST = st.one_of(_ORDINARY, st.sampled_from(["Ça", "À", "Élève", "Être", "Übermorgen"]))
_GLUE = st.sampled_from([" ", " ", " ", "\n", "\n\n", ", ", ". ", "! ", "? ", " 😢 ", " 🏳️‍🌈 ",
                         "... ", " - ", "\n-\n"])


@st.composite
def _ordinary_texts(draw: st.DrawFn) -> str:
    words = [draw(_FIRST), *draw(st.lists(_ORDINARY, min_size=1, max_size=39))]
    # The first word opens a sentence: alone on a line, a capitalised word with something after
    # it can sign ("Ellie x"), and the word lists hold no French words to tell "Être" apart.
    out = [words[0], " ", words[1]]
    for word in words[2:]:
        out.append(draw(_GLUE))
        out.append(word)
    return "".join(out) + draw(st.sampled_from(["", "\n", ".", "!!", " 💜\n"]))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_ordinary_texts(), st.booleans())
def test_every_ordinary_word_arrives_in_both_directions(text: str, seeker: bool) -> None:
    if seeker:
        body, _ = _forward(_mail("Robin Claes <robin@gezin.example>", text))
    else:
        body, _ = _answer(_mail("Vera Verstraete <vera@vrijwilligers.example>", text),
                          "vera@vrijwilligers.example", "Vera")
    arrived = body.text.split()
    for word in re.findall(r"\w+", text):
        assert any(word in token for token in arrived), (word, text, body.text)


# --------------------------------------------------------------------------- from outside
# Shapes found when the relay was tried from outside (notes/attack FINDINGS 5-7), each with
# examples of its own: the writer's own address and handles in forms without "@", names
# introduced in tussentaal or by a child on a parent's account, words that are no names,
# lower-case streets, short forms that sign.


def test_the_local_part_of_the_writers_address_written_without_its_domain_goes_whole() -> None:
    body, data = _forward(_mail("Mila Verbeke <mila.verbeke09@telenet.example>",
                                "mijn telenet is mila.verbeke09 of schrijf naar\n"
                                "mila punt verbeke09 at telenet als het dringend is\n"))
    assert "mijn telenet is" in body.text and "als het dringend is" in body.text
    assert_absent(data, ["mila", "verbeke09", "Verbeke"])
    assert "punt" not in body.text  # the written-out form went whole, not in pieces


def test_a_handle_made_of_the_writers_name_goes_whole_and_other_handles_stay() -> None:
    body, data = _forward(_mail("Jarne Wuyts <jarne.w@skynet.example>",
                                "volg me op insta @jarne.wuyts_11 of snap jarnew11 of tiktok "
                                "jarnewuyts. ik speel fifa23 met mijn neef\n"))
    assert "volg me op insta" in body.text and "of snap" in body.text
    assert "ik speel fifa23 met mijn neef" in body.text
    assert_absent(data, ["jarne", "wuyts", "jarnew11", "jarnewuyts"])


def test_a_handle_that_is_an_ordinary_word_holding_a_short_name_stays() -> None:
    body, data = _forward(_mail("Sam Claes <sam.c@gezin.example>",
                                "we oefenen samen_2 keer per week, mijn snap is sam_claes09\n"))
    assert "we oefenen samen_2 keer per week, mijn snap is" in body.text
    assert_absent(data, ["sam_claes09", "Claes"])


def test_the_flemish_k_for_ik_introduces_a_name() -> None:
    body, data = _forward(_mail("kid7@klas.example", "k ben nora en k zit in t vierde\n"))
    assert "k ben" in body.text and "en k zit in t vierde" in body.text
    assert not re.search(r"(?i)\bnora\b", _plain(data))


def test_a_first_name_after_noem_me_maar_is_learned() -> None:
    body, data = _forward(_mail("kid8@klas.example", "noem me maar Finn, dat voelt juist\n"))
    assert "noem me maar" in body.text and ", dat voelt juist" in body.text
    assert "Finn" not in _plain(data)


@pytest.mark.parametrize("words", [
    "ze noemen me mietje op school",
    "iedereen noemt me dikkerd in de klas",
    "ze noemen me lesbo en dat doet pijn",
    "ik ben Moed kwijt sinds de zomer",
])
def test_a_slur_common_noun_or_adjective_after_an_introduction_is_no_name(words: str) -> None:
    body, _ = _forward(_mail("kid9@klas.example", words + "\n"))
    assert words in body.text


def test_a_child_on_a_parents_account_naming_themselves_after_the_relation_is_replaced() -> None:
    body, data = _forward(_mail("Griet Maes <griet.maes@proximus.example>",
                                "ik ben haar dochter fien en ik durf niet meer naar school\n"))
    assert "ik ben haar dochter" in body.text
    assert "en ik durf niet meer naar school" in body.text
    assert not re.search(r"(?i)\bfien\b", _plain(data))


def test_a_short_form_that_is_also_a_place_signs_the_text() -> None:
    body, data = _forward(_mail("Molly Aerts <molly.aerts@gezin.example>",
                                "ik weet niet meer wat ik moet doen\ngroetjes mol\n"))
    assert "ik weet niet meer wat ik moet doen" in body.text and "groetjes" in body.text
    assert not re.search(r"(?i)\bmol\b", _plain(data))


@pytest.mark.parametrize("street", ["molenstraat 7", "dorpsstraat 21 bus 2", "oude baan 14"])
def test_a_street_written_in_lower_case_is_replaced(street: str) -> None:
    body, data = _forward(_mail("kid10@klas.example",
                                f"ik woon in de {street}, 9000 gent, bij mijn oma\n"))
    assert "ik woon in de" in body.text and ", 9000 gent, bij mijn oma" in body.text
    assert_absent(data, [street])


@pytest.mark.parametrize("words", ["mijn loopbaan 2 jaar geleden", "de ringweg 3 keer rond",
                                   "op de snelweg 2 uur vast"])
def test_a_lower_case_word_ending_like_a_street_before_a_count_stays(words: str) -> None:
    body, _ = _forward(_mail("kid11@klas.example", words + "\n"))
    assert words in body.text


def test_a_long_vowel_short_form_signing_before_the_signature_does_not_cross() -> None:
    text = (f"Dag {PSEUDONYM},\n\nthanks for writing, you can write again any time. Saar\n\n"
            "-- \nSara W. | vrijwilliger\n")
    body, data = _answer(_mail("Sara Wouters <sara.w@vrijwilligers.example>", text),
                         "sara.w@vrijwilligers.example", "Sara")
    assert "thanks for writing, you can write again any time." in body.text
    assert_absent(data, ["Saar", "Sara", "Wouters"])


def test_a_volunteers_short_form_with_kisses_and_written_out_address_do_not_cross() -> None:
    text = ("hoi,\n\nje mag ook schrijven naar nora punt peeters at gmail punt com.\n"
            "liefs, noor x\n")
    body, data = _answer(_mail("Nora Peeters <nora@vrijwilligers.example>", text),
                         "nora@vrijwilligers.example", "Nora")
    assert "je mag ook schrijven naar" in body.text and "liefs," in body.text
    assert_absent(data, ["noor", "nora", "peeters"])


# dev/round6: shapes an outside tryer wrote the way young people and volunteers write.


@pytest.mark.parametrize("number", ["(+32) 472 98 76 54", "07700 900123", "+44 7700 900456"])
def test_a_phone_number_with_its_country_code_in_brackets_or_a_british_mobile_goes(
        number: str) -> None:
    body, data = _forward(_mail("kid12@klas.example",
                                f"jullie mogen mij altijd sms'en op {number}, na school\n"))
    assert "jullie mogen mij altijd sms'en op" in body.text and ", na school" in body.text
    assert_absent(data, [number, number[-6:]])


@pytest.mark.parametrize("words", ["bel gerust 070 245 245 of 1712", "call 0800 1111 anytime"])
def test_a_service_number_a_writer_points_to_stays(words: str) -> None:
    body, _ = _forward(_mail("kid13@klas.example", words + "\n"))
    assert words in body.text


@pytest.mark.parametrize(("words", "handle"), [
    ("mijn insta is @blauwe_vlinder.11 als je daar wil praten", "@blauwe_vlinder.11"),
    ("snap warreeh", "warreeh"),
    ("ok dus mijn snap warreeh", "warreeh"),
    ("add me on snap warreeh", "warreeh"),
    ("tiktok @yarrrrra_ en ik word gepest", "@yarrrrra_"),
    ("mon insta c'est @jadou_rnrd", "@jadou_rnrd"),
    ("discord maxou_lry ou snap: max07 si tu veux", "maxou_lry"),
    ("i'm on discord a lot, my tag is olliegrant#0420 if you want", "olliegrant#0420"),
    ("tiktok: @joshwalker.09", "@joshwalker.09"),
])
def test_a_handle_after_the_app_it_belongs_to_goes_even_without_a_name_in_it(
        words: str, handle: str) -> None:
    body, data = _forward(_mail("kid14@klas.example", words + "\n"))
    assert_absent(data, [handle])
    cue = words.split(handle)[0].strip()
    assert cue in body.text


@pytest.mark.parametrize("words", [
    "ik praat liever via insta dan via mail",
    "je préfère parler sur insta aussi",
    "ik zit al 2 jaar op tiktok en snap",
    "ik kijk tiktok 3x per dag",
    "snap is makkelijker voor mij",
    "ig its fine now",
    # Slang after an app that another word leads to: the writer's words, not an account.
    "ze zitten altijd op snap ofso",
    "ils m'insultent sur snap wesh",
    "je l'ai vu sur discord jcrois",
    "ze zeggen da via insta khebbe",
    "ze lachen me uit op tiktok enzo",
    "elle m'a bloqué sur insta mdr",
])
def test_words_after_an_app_that_are_no_handle_arrive(words: str) -> None:
    body, _ = _forward(_mail("kid15@klas.example", words + "\n"))
    assert words in body.text


@pytest.mark.parametrize(("words", "street"), [
    ("ik woon groenplaats 5 in antwerpen boven de winkel", "groenplaats 5"),
    ("ik woon aan de Oudegracht 112 in Utrecht", "Oudegracht 112"),
    ("j'habite 14 rue des lilas à Namur avec ma mère", "14 rue des lilas"),
    ("j'habite rue des lilas 14 à Namur avec ma mère", "rue des lilas 14"),
    ("i live at 22 kingsley rd with my mum", "22 kingsley rd"),
    ("i live at 22 Kingsley Rd with my mum", "22 Kingsley Rd"),
    ("ik woon in de Kerkstraat nr. 12 in Mol", "Kerkstraat nr. 12"),
    ("ik woon in de kerkstraat nummer 12 in mol", "kerkstraat nummer 12"),
])
def test_a_street_in_lower_case_french_or_abbreviated_is_replaced(words: str,
                                                                   street: str) -> None:
    body, data = _forward(_mail("kid16@klas.example", words + "\n"))
    before, _, after = words.partition(street)
    assert before.strip() in body.text and after.strip() in body.text
    assert_absent(data, [street])


@pytest.mark.parametrize("words", [
    "i said it 2 times on the way home",
    "we walked 3 more miles down the road",
    "ik heb 2 plaatsen vrij op de bus",
    "j'ai 2 rue à traverser pour aller à l'école",
])
def test_a_count_before_a_street_word_stays(words: str) -> None:
    body, _ = _forward(_mail("kid17@klas.example", words + "\n"))
    assert words in body.text


def test_a_parents_full_name_on_their_account_written_by_the_child_goes() -> None:
    body, data = _forward(_mail("k.mertens1979@telenet.example",
                                "hallo\ndit is de mail van mijn mama Karin Mertens\n"
                                "ik ben haar zoon Lucas en ik ben 13\n"))
    assert "dit is de mail van mijn mama" in body.text and "en ik ben 13" in body.text
    assert_absent(data, ["Karin Mertens", "Karin", "Mertens", "Lucas"])


def test_a_sister_named_by_her_first_name_in_the_story_arrives() -> None:
    body, _ = _forward(_mail("kid18@klas.example",
                                "mijn zus Emma weet het al en ze is lief voor mij\n"))
    assert "mijn zus Emma weet het al en ze is lief voor mij" in body.text


def test_a_child_writing_im_without_apostrophe_names_themselves_after_the_relation() -> None:
    body, data = _forward(_mail("Mark Thompson <mark.thompson58@yahoo.example>",
                                "hi this is my dads email. im his son Ethan\nim 12\n"))
    assert "hi this is my dads email. im his son" in body.text
    assert_absent(data, ["Ethan", "Thompson"])


@pytest.mark.parametrize("words", ["Mijn geboortenaam is Elisa maar ik heet nu Elias.",
                                   "my old name was Elisa but now i'm Elias",
                                   "mon ancien prénom c'était Elisa, maintenant c'est Elias"])
def test_the_name_a_writer_was_given_at_birth_is_a_name_of_theirs(words: str) -> None:
    body, data = _forward(_mail("Elias Hermans <elias.hermans@outlook.example>", words + "\n"))
    assert_absent(data, ["Elisa", "Elias"])
    assert words.split("Elisa")[0].strip() in body.text


def test_a_short_form_opening_a_name_age_town_line_goes() -> None:
    body, data = _forward(_mail("Camille <camille.g@icloud.example>",
                                "je sais plus quoi faire\nCam, 16 ans, Liège\n"))
    assert "je sais plus quoi faire" in body.text and ", 16 ans, Liège" in body.text
    assert not re.search(r"\bCam\b", _plain(data))


def test_an_address_written_letter_by_letter_goes_whole() -> None:
    body, data = _forward(_mail("Nele Dewulf <nele.dewulf@gmx.example>",
                                "mijn andere mail is n e l e d w 0 9 @ g m a i l . c o m\n"
                                "groetjes\n"))
    assert "mijn andere mail is" in body.text and "groetjes" in body.text
    assert "g m a i l" not in _plain(data) and "d w 0 9" not in _plain(data)


def test_a_closing_greeting_with_the_name_and_an_initial_on_one_line_keeps_the_greeting() -> None:
    text = (f"Hoi {PSEUDONYM},\n\nJe hoeft je niet te schamen voor wat je voelt.\n\n"
            "Groetjes, Jef C.\n")
    body, data = _answer(_mail("Jozef Claes <jozef.claes@vrijwilligers.example>", text),
                         "jozef.claes@vrijwilligers.example", "Jef")
    assert "Groetjes," in body.text
    assert_absent(data, ["Jef C.", "Jef", "Claes"])


def test_a_closing_greeting_with_the_name_and_the_employer_on_one_line_loses_the_employer() -> None:
    text = (f"Hoi {PSEUDONYM},\n\nJe hoeft je niet te schamen voor wat je voelt.\n\n"
            "Groetjes, Jef Claes, OCMW Leuven\n")
    body, data = _answer(_mail("Jozef Claes <jozef.claes@ocmw-leuven.example>", text),
                         "jozef.claes@ocmw-leuven.example", "Jef")
    assert "Je hoeft je niet te schamen voor wat je voelt." in body.text
    assert_absent(data, ["Jef", "Claes", "OCMW Leuven"])


@pytest.mark.parametrize("subject", ["vraag van Lotte (13)", "ik ben Lotte en ik heb een vraag",
                                     "Lotte, 13"])
def test_a_name_the_writer_gives_only_in_the_subject_crosses_nowhere(subject: str) -> None:
    body, data = _forward(_mail("kid.2011.x@gmail.example",
                                "hallo\nik heb een vraag over verliefd zijn\ngroetjes\n",
                                Subject=subject))
    assert "ik heb een vraag over verliefd zijn" in body.text
    assert_absent(data, ["Lotte"])


@pytest.mark.parametrize("subject", ["vraag van school", "mail van mama", "vraag over mijn broer"])
def test_a_subject_naming_no_one_arrives_whole(subject: str) -> None:
    message = _mail("kid.2011.x@gmail.example", "hallo\nik heb een vraag\n", Subject=subject)
    sender = email.utils.parseaddr(str(message["From"]))[1]
    _, cleaned = forward_content(message, Envelope(sender, ("hulp@lumi.example",)), ALIAS,
                                 PSEUDONYM, "lumi.example", NL)
    assert cleaned == subject


def test_a_website_named_after_the_volunteer_goes_and_a_brand_holding_a_short_name_stays() -> None:
    text = (f"Dag {PSEUDONYM},\n\nIk schrijf daar soms over op www.jefschrijft.example en "
            "mijn gsm is van www.samsung.example.\n\nGroetjes\nJef\n")
    body, data = _answer(_mail("Jef Vermeulen <jef.vermeulen@vrijwilligers.example>", text),
                         "jef.vermeulen@vrijwilligers.example", "Jef")
    assert "Ik schrijf daar soms over op" in body.text and "www.samsung.example" in body.text
    assert_absent(data, ["jefschrijft", "Vermeulen"])


# --------------------------------------------------------------------------- round 8 shapes


def test_a_name_with_a_class_signing_a_kids_mail_replaces_the_class_in_place() -> None:
    # House policy (P4, corpus README Format): a class beside the signed name points at one
    # child as the name does; both are replaced where they stand and the line stays.
    for body in ("Goeiedag,\nMag ik op school mijn naam veranderen?\nMet vriendelijke groeten,\n"
                 "Wout De Backer 5B\n",
                 "Hallo\n\nIk zit elke middag alleen.\n\nHoe moet ik dit oplossen?\n\n"
                 "Wout De Backer 5B\n"):
        relayed, data = _forward(_mail("Wout De Backer <wout.db@leerling.school.example>", body))
        assert f"{PSEUDONYM} […]" in relayed.text, relayed.text
        assert_absent(data, ["Wout", "Backer", "wout.db", "5B"])


def test_words_after_a_comma_on_a_sign_off_line_are_no_part_of_the_name() -> None:
    relayed, data = _forward(_mail(
        "Ethan Murphy <ethan.murphy@student.school.example>",
        "Hello,\nI'm in Year 9 at the international school and the boys keep asking.\n"
        "Thanks,\nEthan Murphy, Year 9\n"))
    assert "I'm in Year 9 at the international school" in relayed.text
    assert f"{PSEUDONYM}, Year 9" in relayed.text
    assert_absent(data, ["Ethan", "Murphy"])


def test_the_writers_own_line_above_a_dash_rule_stays_and_the_block_under_it_goes() -> None:
    for rule in ("---", "-----", "___", "———"):
        relayed, data = _forward(_mail(
            "Marie Claes <marie.claes@mail.example>",
            "Dag,\n\nIk wil graag weten of jullie ook met ouders praten.\n\nMarie (16)\n\n"
            f"{rule}\nMarie Claes\nInstagram: @marie_vlinder\n"))
        assert f"{PSEUDONYM} (16)" in relayed.text, (rule, relayed.text)
        assert "met ouders praten." in relayed.text
        assert_absent(data, ["marie_vlinder", "Marie", "Claes"])


@pytest.mark.parametrize(("closing", "disclaimer"), [
    ("Mit freundlichen Grüßen", "Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie "
     "nicht der richtige Empfänger sind, informieren Sie bitte den Absender und löschen Sie sie."),
    ("Viele Grüße", "Der Inhalt dieser Nachricht ist vertraulich und ausschließlich für den "
     "Adressaten bestimmt."),
    ("Saludos", "AVISO LEGAL: Este mensaje es confidencial y está dirigido exclusivamente a su "
     "destinatario. Si lo ha recibido por error, comuníquelo al remitente y elimínelo."),
    ("Cordiali saluti", "Questo messaggio è riservato ed è destinato esclusivamente al "
     "destinatario. Se lo avete ricevuto per errore, avvisate il mittente e cancellatelo."),
])
def test_a_parents_signature_above_a_german_spanish_or_italian_disclaimer_goes(
        closing: str, disclaimer: str) -> None:
    relayed, data = _forward(_mail(
        "Jonas Becker <jonas.becker@spedition-raeren.example>",
        "hallo\n\nik ben de zoon van Jonas. ik ben 15 en ik denk dat ik bi ben.\n"
        "mijn papa mag dit niet lezen.\n\n"
        f"{closing}\nJonas Becker\nDisponent\n"
        "Spedition Raeren GmbH | Hauptstraße 12 | 4730 Raeren\n"
        f"{disclaimer}\n"))
    assert "ik ben 15 en ik denk dat ik bi ben." in relayed.text
    assert_absent(data, ["Becker", "Spedition", "Hauptstraße", "4730", "Disponent"])


def test_a_volunteers_card_above_a_german_disclaimer_goes() -> None:
    message = _mail(
        "Katrin Schmitz <katrin.schmitz@jugendtreff.example>",
        "Hallo,\n\nDu bestimmst selbst das Tempo.\n\nLiebe Grüße / Lieve groeten\n\nKatrin\n"
        "Jugendtreff Kelmis\nKirchstraße 4, 4720 Kelmis\n"
        "Diese Nachricht ist vertraulich und ausschließlich für den Adressaten bestimmt. Sollten "
        "Sie diese E-Mail irrtümlich erhalten haben, benachrichtigen Sie bitte den Absender.\n")
    body, data = _answer(message, "katrin.schmitz@jugendtreff.example", "Katrin")
    assert "Du bestimmst selbst das Tempo." in body.text
    assert "Liebe Grüße / Lieve groeten" in body.text
    assert_absent(data, ["Katrin", "Jugendtreff", "Kirchstraße", "Kelmis"])


def test_a_phone_number_in_a_whatsapp_or_telegram_link_is_replaced() -> None:
    for link in ("wa.me/32478123456", "https://wa.me/+32478123456", "t.me/+32478123456",
                 "tel:+32478123456", "api.whatsapp.example/send?phone=32478123456"):
        relayed, data = _forward(_mail("Daan <daan.s@mail.example>",
                                       f"hey kunt ge mij sms'en\n{link}\nik ben 17\n"))
        assert "hey kunt ge mij sms'en" in relayed.text and "ik ben 17" in relayed.text
        assert_absent(data, ["478123456", "478 12 34 56"])


def test_a_street_with_its_bus_number_goes_and_the_postcode_and_town_stay() -> None:
    # Like a town a young person names, the postcode says where, not who.
    relayed, data = _forward(_mail(
        "Eline <eline.p@mail.example>",
        "ik moet weg van thuis. mijn adres is Leopoldlaan 45 bus 3, 2000 Antwerpen. "
        "maar liever mailen\n"))
    assert ", 2000 Antwerpen. maar liever mailen" in relayed.text
    assert_absent(data, ["Leopoldlaan", "bus 3"])


def test_an_external_sender_banner_opening_an_answer_goes() -> None:
    for banner in (
            "[EXTERN] Deze e-mail is afkomstig van buiten AZ Zeebrugge. Klik niet op links en "
            "open geen bijlagen tenzij je de afzender herkent.",
            "CAUTION: This email originated from outside of Harbour Council. Do not click links "
            "unless you recognise the sender.",
            "ATTENTION : ce courriel provient de l'extérieur du CHU Sud. Ne cliquez pas sur les "
            "liens."):
        message = _mail("Koen Maes <koen.maes@hospital.example>",
                        f"{banner}\n\nHallo,\n\nWat je beschrijft klinkt als pesten.\n\n"
                        "Groeten,\nKoen\n")
        body, data = _answer(message, "koen.maes@hospital.example", "Koen")
        assert "Wat je beschrijft klinkt als pesten." in body.text
        assert_absent(data, ["Zeebrugge", "Harbour Council", "CHU Sud", "Koen"])


def test_a_young_persons_first_lines_about_links_from_outside_stay() -> None:
    text = ("ik krijg berichten van buiten de school met links naar foto's van mij\n"
            "wat moet ik doen\n")
    relayed, _ = _forward(_mail("Lotte <lotte.v@mail.example>", text))
    assert "van buiten de school met links naar foto's van mij" in relayed.text


def test_a_warning_of_the_volunteers_own_in_the_first_line_stays() -> None:
    message = _mail("Koen Maes <koen.maes@hospital.example>",
                    "Let op: klik niet zomaar op links van mensen die je niet kent.\n\n"
                    "Groeten,\nKoen\n")
    body, _ = _answer(message, "koen.maes@hospital.example", "Koen")
    assert "Let op: klik niet zomaar op links van mensen die je niet kent." in body.text


def test_initials_of_the_volunteers_full_name_signing_the_answer_are_replaced() -> None:
    message = _mail("Johan Van de Velde <johan.vdv@vrijwilligers.example>",
                    "Beste,\n\nJe mag je gevoelens serieus nemen.\n\nJVdV\n")
    body, data = _answer(message, "johan.vdv@vrijwilligers.example", "Johan")
    assert "Je mag je gevoelens serieus nemen." in body.text
    assert_absent(data, ["JVdV", "Johan", "Velde"])


def test_a_headline_of_roles_and_a_profile_link_under_the_delimiter_go() -> None:
    message = _mail("Sarah Okafor <sarah.okafor@mail.example>",
                    "Hi,\n\nYou are not sick, and you don't need fixing.\n\nTake care,\n\n-- \n"
                    "Sarah Okafor\nYouth Counsellor | MSc Clinical Psychology | Mental Health "
                    "Advocate\n\U0001f517 linkedin.example/in/sarahokafor\n")
    body, data = _answer(message, "sarah.okafor@mail.example", "Sarah")
    assert "you don't need fixing." in body.text and "Take care," in body.text
    assert_absent(data, ["Counsellor", "Psychology", "sarahokafor", "Okafor"])


def test_a_mailing_list_footer_under_the_delimiter_goes() -> None:
    message = _mail("Pieter Wouters <pieter.w@mail.example>",
                    "Dag,\n\nIs er iemand buiten je gezin bij wie je jezelf kan zijn?\n\n"
                    "Groetjes,\nPieter\n\n-- \nYou received this message because you are "
                    "subscribed to the Google Groups \"vrijwilligers-kempen\" group.\n"
                    "To unsubscribe from this group and stop receiving emails from it, send an "
                    "email to vrijwilligers-kempen+unsubscribe@googlegroups.example.\n")
    body, data = _answer(message, "pieter.w@mail.example", "Pieter")
    assert "bij wie je jezelf kan zijn?" in body.text
    assert_absent(data, ["vrijwilligers-kempen", "googlegroups"])


def test_an_absence_notice_with_a_contact_address_closing_a_card_goes() -> None:
    message = _mail("Peter Goris <peter.goris@hogeschool.example>",
                    "Dag,\n\nVeel hogescholen hebben een vertrouwenspersoon.\n\nGroeten,\n\n"
                    "Peter Goris\nLector sociaal werk | Hogeschool Brugge\n"
                    "Van 23/12 tot 5/1 ben ik afwezig. Voor dringende vragen: "
                    "studentenbalie@hogeschool.example\n")
    body, data = _answer(message, "peter.goris@hogeschool.example", "Peter")
    assert "Veel hogescholen hebben een vertrouwenspersoon." in body.text
    assert_absent(data, ["Lector", "Hogeschool Brugge", "studentenbalie", "Goris"])
    # Their own word that they will be away, without an address, is theirs.
    message = _mail("Peter Goris <peter.goris@hogeschool.example>",
                    "Dag,\n\nVeel hogescholen hebben een vertrouwenspersoon.\n\n"
                    "Volgende week ben ik afwezig, een collega leest dan mee.\n")
    body, _ = _answer(message, "peter.goris@hogeschool.example", "Peter")
    assert "Volgende week ben ik afwezig, een collega leest dan mee." in body.text


def test_the_name_a_young_person_wants_to_be_called_is_replaced() -> None:
    relayed, data = _forward(_mail(
        "Elisabeth Claes <elisabeth.claes@mail.example>",
        "hoi\nik ben 15 en ik wil eigenlijk Robin genoemd worden\nthuis zeggen ze Elisabeth\n"))
    assert f"ik wil eigenlijk {PSEUDONYM} genoemd worden" in relayed.text
    assert_absent(data, ["Robin", "Elisabeth", "Claes"])
    relayed, data = _forward(_mail("Kim Ng <kim.ng@mail.example>",
                                   "hi\nI'd rather be called Alex from now on\n"))
    assert_absent(data, ["Alex"])


def test_a_parent_signing_as_the_childs_mother_does_not_name_the_child() -> None:
    relayed, data = _forward(_mail(
        "Ann Peeters <ann.peeters@mail.example>",
        "Goedemiddag,\n\nMijn dochter is 13 en wordt gepest omdat ze met een meisje gaat.\n"
        "Kunnen jullie haar helpen?\n\nAnn (mama van Febe)\n"))
    assert "Mijn dochter is 13 en wordt gepest" in relayed.text
    assert_absent(data, ["Febe", "Ann", "Peeters"])
    # A friend's mother named by a young person is their story.
    relayed, _ = _forward(_mail("Lotte <lotte.v@mail.example>",
                                "de mama van Lisa zei dat ik altijd mag langskomen\n"))
    assert "de mama van Lisa zei" in relayed.text


@pytest.mark.parametrize(("display", "signed"), [
    ("Youssef Haddad", "يوسف"), ("Karim El Amrani", "كريم"), ("Fatima Bouzid", "فاطمة"),
    ("Mohammed Aydin", "محمد"),
])
def test_a_name_signed_in_arabic_script_is_replaced(display: str, signed: str) -> None:
    local = display.split()[0].casefold()
    relayed, data = _forward(_mail(
        f"{display} <{local}.x@mail.example>",
        f"Hallo,\nIk ben 17 en ik ben verliefd op een jongen.\nIs er iemand die mij begrijpt?\n"
        f"{signed}\n"))
    assert "Is er iemand die mij begrijpt?" in relayed.text
    assert_absent(data, [signed, display.split()[0]])


def test_an_arabic_word_that_is_not_the_writers_name_stays() -> None:
    relayed, _ = _forward(_mail("Youssef Haddad <youssef.x@mail.example>",
                                "Hallo,\nIk ben 17 en ik kan niet slapen.\nشكرا\n"))
    assert "شكرا" in relayed.text


# --------------------------------------------------------------------------- round 10: words kept


def test_rules_between_parts_of_a_young_persons_story_keep_every_part() -> None:
    for body in ("hoi\ndeel 1: ik word gepest\n---\ndeel 2: thuis is het ook niet fijn\n---\n"
                 "deel 3: ik slaap bijna niet meer\nLotte\n",
                 "ik ben verliefd op mijn beste vriendin\n———\nsorry voor de lange mail\n"
                 "ik had gewoon iemand nodig\n",
                 "ik weet niet wat ik moet doen\n___\nps ik heb het nog aan niemand gezegd\n"):
        relayed, _ = _forward(_mail("Lotte Vermeulen <lotte.v@mail.example>", body))
        for line in body.splitlines():
            if line.strip("-—_ ") and line != "Lotte":
                assert line in relayed.text, (line, relayed.text)


def test_a_pasted_banner_a_young_person_quotes_stays_with_their_words() -> None:
    body = ("CAUTION: This email originated from outside of the organization. Do not click links "
            "or open attachments unless you recognize the sender.\n"
            "^^ dat stond boven de mail van die man die mij geld vraagt voor die foto's\n"
            "ik ben 14 en ik ben zo bang\n")
    relayed, _ = _forward(_mail("Noah <noah.d@mail.example>", body))
    assert "ik ben 14 en ik ben zo bang" in relayed.text
    assert "^^ dat stond boven de mail van die man" in relayed.text
    relayed, _ = _forward(_mail("Noah <noah.d@mail.example>",
                                "[EXTERNAL] thats what it said above the email\nhelp\n"))
    assert "[EXTERNAL] thats what it said above the email" in relayed.text


def test_words_that_happen_to_be_initials_or_to_sound_like_the_name_stay() -> None:
    relayed, _ = _forward(_mail("Sara Ortega Serrano <sara.os@mail.example>",
                                "ik weet het echt niet meer\nSOS\n"))
    assert "SOS" in relayed.text
    for name, word in (("Shakir Benali", "شكرا"), ("Salim Aydin", "سلام")):
        relayed, _ = _forward(_mail(f"{name} <{name.split()[0].casefold()}@mail.example>",
                                    f"Ik kan niet slapen.\n{word}\n"))
        assert word in relayed.text, name


def test_what_a_young_person_does_not_want_to_be_called_is_their_word() -> None:
    for body, word in (("ik wil gewoon Hij genoemd worden\n", "Hij"),
                       ("ik wil ook Jongen genoemd worden\n", "Jongen"),
                       ("i dont want to be called Emo anymore\n", "Emo"),
                       ("je veux plus qu'on m'appelle Bouboule\n", "Bouboule")):
        relayed, _ = _forward(_mail("Kim Ng <kim.ng@mail.example>", body))
        assert word in relayed.text, body


def test_a_young_person_naming_a_friends_mother_or_their_pet_keeps_the_name() -> None:
    for body, word in (("An (mama van Febe) zei dat ik mag blijven slapen\n", "Febe"),
                       ("ik ben de mama van Pluisje, mijn konijn\nen verder heb ik niemand\n",
                        "Pluisje"),
                       ("her mom (mom of Jess) is so nice to me\n", "Jess")):
        relayed, _ = _forward(_mail("Lotte Vermeulen <lotte.v@mail.example>", body))
        assert word in relayed.text, body


def test_a_link_a_volunteer_gives_on_the_last_line_arrives() -> None:
    message = _mail("Sarah Okafor <sarah.okafor@mail.example>",
                    "Hi,\n\nHere is the page about binders I mentioned:\n"
                    "https://www.transyouth.example/safe-binding\n")
    body, _ = _answer(message, "sarah.okafor@mail.example", "Sarah")
    assert "https://www.transyouth.example/safe-binding" in body.text


def test_a_postscript_under_a_rule_below_the_volunteers_name_arrives() -> None:
    message = _mail("Julie Marchal <julie.m@mail.example>",
                    "Bonjour,\n\nCe que tu ressens a le droit d'exister.\n\nJe t'embrasse,\nJulie\n"
                    "———\nPS : tu peux aussi appeler le 0800 20 120, c'est gratuit et anonyme.\n")
    body, _ = _answer(message, "julie.m@mail.example", "Julie")
    assert "PS : tu peux aussi appeler le 0800 20 120, c'est gratuit et anonyme." in body.text


# --------------------------------------------------------------------------- round 9 shapes


def test_a_name_spelled_letter_by_letter_or_stretched_is_replaced() -> None:
    for body, spelled in (("hoi\nik ben 14\ngroetjes N.O.O.R\n", "N.O.O.R"),
                          ("hoi\nik ben 14\nn o o r\n", "n o o r"),
                          ("met Noor dat is N O O R\nik ben 14\n", "N O O R"),
                          ("hoiii\nik ben 14 en ik ben verliefd\nNooor\n", "Nooor")):
        relayed, data = _forward(_mail("Noor Ait Ali <noor.aa@mail.example>", body))
        assert "ik ben 14" in relayed.text
        assert_absent(data, [spelled, "Noor"])


def test_a_name_signed_in_cyrillic_is_replaced() -> None:
    relayed, data = _forward(_mail("Daryna Kovalenko <daryna.k@mail.example>",
                                   "Hallo,\nik ben 15 en ik woon hier sinds twee jaar.\nДарина\n"))
    assert "ik woon hier sinds twee jaar." in relayed.text
    assert_absent(data, ["Дарина", "Daryna"])


def test_a_full_name_given_only_in_the_subject_is_replaced() -> None:
    relayed, data = _forward(_mail("leerling <l2023@leerling.school.example>",
                                   "hallo\nik word gepest door Kato en haar vrienden\n",
                                   Subject="Mail van Kato Verlinden"))
    assert_absent(data, ["Verlinden"])


def test_a_student_number_goes_and_the_word_leerling_stays() -> None:
    relayed, data = _forward(_mail(
        "Leerling 20231187 <l20231187@leerling.campus.example>",
        "hallo\nik ben 14 en dit is mijn schoolmail, mijn leerling-ID is 20231187 als jullie "
        "dat nodig hebben\n"))
    assert "mijn leerling-ID is" in relayed.text and "ik ben 14" in relayed.text
    assert_absent(data, ["20231187"])


@pytest.mark.parametrize("phone", [
    "nul vier negen zeven twaalf vierendertig zesenvijftig",
    "zéro quatre septante-deux, onze, vingt-deux, trente-trois",
    "plus three two four seven five one two three four five six",
    "0 4 9 1 2 3 4 5 6 7",
    "O486/7O.11.22",
])
def test_a_phone_number_written_in_words_spaced_digits_or_with_letter_os_is_replaced(
        phone: str) -> None:
    relayed, data = _forward(_mail("Daan <daan.s@mail.example>",
                                   f"kunt ge mij bellen op {phone} aub\nik ben 16\n"))
    assert "kunt ge mij bellen op" in relayed.text and "ik ben 16" in relayed.text
    assert_absent(data, [phone])


def test_counting_in_words_is_no_phone_number() -> None:
    relayed, _ = _forward(_mail("Daan <daan.s@mail.example>",
                                "ik tel tot tien: een twee drie vier vijf zes zeven\n"))
    assert "een twee drie vier vijf zes zeven" in relayed.text


def test_a_display_name_in_cyrillic_is_replaced_in_the_text() -> None:
    relayed, data = _forward(_mail("Дарина Коваленко <daryna.k@mail.example>",
                                   "Привіт, це Дарина. мені 15\n"))
    assert "мені 15" in relayed.text
    assert_absent(data, ["Дарина", "Коваленко"])


def test_a_name_decorated_with_an_emoji_or_initials_after_xoxo_is_replaced() -> None:
    relayed, data = _forward(_mail(
        "Yasmina Bouzid <yasmina.b@mail.example>",
        "hey\nik ben 15 en ze trekken aan mijn hoofddoek\nYas\U0001f319mina\n"))
    assert "ik ben 15 en ze trekken aan mijn hoofddoek" in relayed.text
    assert_absent(data, ["Yas\U0001f319mina", "Yasmina"])
    relayed, data = _forward(_mail("Marie Jacobs <marie.j@mail.example>",
                                   "heyy\nkan je verliefd worden op iemand online?\nxoxo MJ\n"))
    assert "kan je verliefd worden op iemand online?" in relayed.text
    assert_absent(data, ["MJ"])


def test_a_name_with_an_acute_accent_for_an_apostrophe_is_replaced() -> None:
    # Symbols are dropped from the text a name is looked for in ("Yas🌙mina"); "´" typed
    # as an apostrophe is not one of them.
    relayed, data = _forward(_mail("Lotte D'Hondt <lotte.dh@mail.example>",
                                   "hoi ik ben Lotte D´Hondt en ik ben 15\n"))
    assert "en ik ben 15" in relayed.text
    assert_absent(data, ["D´Hondt", "Hondt"])


# --------------------------------------------------------------------------- round11-13
# Shapes three writers who never saw the relay wrote (dev/round11-13); the examples here are
# written anew, not copied from those mails.


def test_a_chosen_name_after_wil_ik_liever_is_the_writers() -> None:
    relayed, data = _forward(_mail(
        "Jana Wouters <jana.w@mail.example>",
        "hoi ik ben Jana maar eigenlijk wil ik liever Robin genoemd worden\nik ben 15\nRobin\n"))
    assert "ik ben 15" in relayed.text and "genoemd worden" in relayed.text
    assert_absent(data, ["Robin", "Jana"])


def test_a_child_on_a_parents_account_saying_not_the_parent_but_the_child_is_named() -> None:
    relayed, data = _forward(_mail(
        "Geert Claes <geert.claes@firma.example>",
        "dag dit is niet geert maar zijn zoon Wannes, ik heb geen eigen mail\n"
        "ik ben 13 en ik word gepest\n"))
    assert "ik heb geen eigen mail" in relayed.text
    assert "ik ben 13 en ik word gepest" in relayed.text
    assert_absent(data, ["Wannes", "Geert"])


def test_the_name_a_writer_games_under_is_theirs_when_their_address_holds_it() -> None:
    relayed, data = _forward(_mail(
        "Shadow_Fox <shadowfox.games@mail.example>",
        "hey\nik ben milan maar online ben ik shadowfox\nin mijn clan lachen ze met mij\n"))
    assert "in mijn clan lachen ze met mij" in relayed.text and "maar online ben ik" in relayed.text
    assert_absent(data, ["shadowfox"])


def test_a_writer_answering_under_the_quote_is_read_below_it() -> None:
    relayed, data = _forward(_mail(
        "meli <meli.d@mail.example>",
        "Le lun. 7 déc. 2026 à 10:02, Lumi <hulp@lumi.example> a écrit :\n"
        "> Bonjour,\n> Ton message est bien arrivé.\n\n"
        "merci\nmes parents savent pas\nc'est Mélissa au fait\nmeli\n"))
    assert "mes parents savent pas" in relayed.text and "au fait" in relayed.text
    assert_absent(data, ["Mélissa", "meli"])


def test_a_name_after_the_writers_place_among_siblings_and_an_age_is_theirs() -> None:
    relayed, data = _forward(_mail(
        "The Peeters family <peeters.home@mail.example>",
        "Hi\nI'm the eldest, Maud (16). my dad reads this sometimes\n"
        "I don't know what I am yet\n"))
    assert "my dad reads this sometimes" in relayed.text
    assert "I don't know what I am yet" in relayed.text
    assert_absent(data, ["Maud"])


def test_one_initial_closing_the_text_is_replaced_where_it_signs_and_nowhere_else() -> None:
    relayed, data = _forward(_mail(
        "ons gezin <gezin.peeters@mail.example>",
        "hoi ik ben Kato, 15 jaar\nmijn plan B is het aan mijn leraar zeggen\nik zit in 5B\nK.\n\n"
        "Sent with Proton Mail secure email.\n"))
    assert "mijn plan B is het aan mijn leraar zeggen" in relayed.text
    assert "ik zit in 5B" in relayed.text
    assert relayed.text.rstrip().endswith(PSEUDONYM) and "\nK." not in _plain(data)
    relayed, _ = _forward(_mail("ons gezin <gezin.peeters@mail.example>",
                                "hoi ik ben Kato, 15 jaar\nhelp\nB.\n"))
    assert relayed.text.rstrip().endswith("B.")  # not their initial: it stays


def test_a_name_in_arabic_script_beside_the_latin_one_on_the_sign_off_is_replaced() -> None:
    relayed, data = _forward(_mail(
        "Karim Aziz <karim.aziz@mail.example>",
        "salut\nje suis Karim, 15 ans\nmerci\nKarim / كريم\n"))
    assert "15 ans" in relayed.text and "merci" in relayed.text
    assert_absent(data, ["كريم", "Karim"])


def test_an_account_after_an_apps_name_and_a_question_mark_needs_an_accounts_marks() -> None:
    relayed, data = _forward(_mail("Ilyes <ilyes.b@mail.example>",
                                   "on peut parler sur insta ? ily.b_09\nmerci\n"))
    assert "on peut parler sur insta ?" in relayed.text
    assert_absent(data, ["ily.b_09"])
    relayed, _ = _forward(_mail("Ilyes <ilyes.b@mail.example>",
                                "tu es sur insta ? moi oui\nmerci\n"))
    assert "tu es sur insta ? moi oui" in relayed.text


def test_a_new_name_after_when_it_starts_is_the_name_not_the_time() -> None:
    relayed, data = _forward(_mail(
        "Thomas Aerts <thomas.aerts@school.example>",
        "hey\nvanaf volgende week past de school mijn naam aan. ik heet vanaf nu Tess\n"
        "stuur gerust naar mijn snap: tess.arts\n"))
    assert "vanaf volgende week past de school mijn naam aan. ik heet vanaf nu" in relayed.text
    assert_absent(data, ["Tess", "tess.arts", "Thomas"])


def test_long_runs_of_blanks_are_cut_short_and_every_word_around_them_arrives() -> None:
    # Ten thousand blanks between two words cost many rules ten thousand steps per blank
    # (tests/benchmarks/hostile_text.py measures it); blanks are nobody's words.
    relayed, _ = _forward(_mail("Anna Bee <anna.bee@thuis.example>",
                                "hoi\nop snap" + " " * 10_000 + "zit ik nooit\n"
                                + "mijn straat" + " \n" * 5_000 + "is rustig\n"))
    assert "op snap" in relayed.text and "zit ik nooit" in relayed.text
    assert "mijn straat" in relayed.text and "is rustig" in relayed.text
    assert max(len(run) for run in re.findall(r"[^\S\n]+", relayed.text)) <= 16
    assert max(len(run) for run in re.findall(r"(?:[^\S\n]*\n)+", relayed.text)) <= 16 * 2


@pytest.mark.parametrize("greeting", ["hiya", "salam"])
def test_a_greeting_that_is_also_a_first_name_is_no_signature(greeting: str) -> None:
    relayed, data = _forward(_mail("Jade Morel <jade.morel@mail.example>",
                                   f"{greeting.capitalize()}, Jade hier\n"
                                   "mijn broer lacht met mij omdat ik een meisje leuk vind\n",
                                   Subject=greeting))
    assert f"{greeting.capitalize()}, {PSEUDONYM} hier" in relayed.text
    assert_absent(data, ["Jade", "Morel"])


@pytest.mark.parametrize("cue", ["Ik heet vanaf nu", "mijn naam is eigenlijk",
                                 "my name is actually"])
def test_a_name_after_an_adverb_is_replaced_and_the_words_before_it_stay(cue: str) -> None:
    relayed, data = _forward(_mail("Kobe Wuyts <kobe.wuyts@school.example>",
                                   f"{cue} Robin en mijn klas weet het eigenlijk al\n"))
    assert f"{cue} {PSEUDONYM} en mijn klas weet het eigenlijk al" in relayed.text
    assert_absent(data, ["Robin", "Kobe", "Wuyts"])


def test_an_age_in_words_or_a_sentence_going_on_after_i_am_is_no_name() -> None:
    relayed, _ = _forward(_mail("Mo Haddou <mo.h@mail.example>",
                                "nobody at school gets it, I'm FOURTEEN\n"
                                "I can't say what I am yet, I'm 14 and scared\n"))
    assert "nobody at school gets it, I'm FOURTEEN" in relayed.text
    assert "I can't say what I am yet, I'm 14 and scared" in relayed.text


def test_a_role_after_ik_ben_is_no_name() -> None:
    relayed, data = _forward(_mail(
        "An Claes <an.claes@ocmw.example>",
        "Beste,\n\nIk ben OCMW-assistent en volg een meisje van 15 op "
        "dat zich lesbisch noemt. Mag zij zelf mailen?\n\nGroeten,\nAn\n"))
    assert "Ik ben OCMW-assistent en volg een meisje van 15 op" in relayed.text
    assert_absent(data, ["Claes"])


@pytest.mark.parametrize("offer", ["Je mag me ook gewoon bellen na school als je wil:",
                                   "mijn nummer is", "Bel me gerust:"])
def test_a_sentence_offering_a_phone_number_stays_with_the_number_replaced(offer: str) -> None:
    relayed, data = _forward(_mail(
        "Lars Mertens <lars.mertens@mail.example>",
        "hoi\n\nik weet niet of ik het aan mijn ouders moet zeggen\n\n"
        f"{offer} 0478 21 43 65\n\nThx\n"))
    assert offer in relayed.text
    assert "Thx" in relayed.text
    assert_absent(data, ["0478 21 43 65", "Lars", "Mertens"])


def test_a_handle_after_an_apps_name_is_no_spaced_address() -> None:
    relayed, data = _forward(_mail("Ella V <ellav.2010@mail.example>",
                                   "ik durf het niemand te zeggen\n"
                                   "stuur me anders iets op snap @ella_vdb.art\n"))
    assert "stuur me anders iets op snap" in relayed.text
    assert_absent(data, ["@ella_vdb.art", "ella_vdb", "ellav.2010@mail.example"])


def test_a_class_under_a_young_persons_name_is_replaced_in_place() -> None:
    # House policy P4 (corpus README Format): the class under the signed name is identity;
    # the "Klas" line stays, its code replaced.
    relayed, data = _forward(_mail(
        "Nina Wouters <nina.wouters@school.example>",
        "Dag,\n\nMag ik vragen hoe ik aan mijn mentor vertel dat ik bi ben?\n\n"
        "Groetjes,\n\nNina Wouters\nKlas 2B\n"))
    assert "Klas […]" in relayed.text
    assert_absent(data, ["Nina", "Wouters", "2B"])


def test_a_childs_first_name_in_a_parents_running_text_is_the_help_seekers() -> None:
    # The young person a parent writes for is the help-seeker of the conversation: their name
    # is replaced in place as the writer's is (tests/fixtures/relay_text/README.md, Format);
    # every other word of the parent's arrives.
    relayed, data = _forward(_mail(
        "Greet Wouters <greet.wouters@mail.example>",
        "Goedenavond,\n\nIk ben de mama van Jules, hij is 14 en zegt dat hij bi is. "
        "Hoe kan ik hem steunen zonder te veel te vragen?\n\nGroeten,\nGreet Wouters\n"))
    assert (f"Ik ben de mama van {PSEUDONYM}, hij is 14 en zegt dat hij bi is."
            in relayed.text)
    assert_absent(data, ["Greet", "Wouters", "Jules"])


# An emoji beside a volunteer's signed name arrives; their pronouns there are a line of their
# signature (the corpus README's label policy P5, settled 2026-12-07) and do not.
@pytest.mark.parametrize(("after_name", "arrives"), [("(hij/hem)", ""),
                                                     ("\U0001f49c", " \U0001f49c")])
def test_an_emoji_beside_a_volunteers_signed_name_arrives_not_their_pronouns(
        after_name: str, arrives: str) -> None:
    client = "Verzonden met beveiligde e-mail van Proton Mail."
    message = _mail("Bram Claessens <bram.claessens@vrijwilligers.example>",
                    f"Dag {PSEUDONYM},\n\nGoed dat je schrijft, je bent niet de enige.\n\n"
                    f"Warme groet,\nBram {after_name}\n\n\n{client}\n\n"
                    "------- Original Message -------\n"
                    f"On Monday, 2 November 2026 at 10:00, {PSEUDONYM} via Lumi <{ALIAS}>"
                    " wrote:\n\n> ik weet niet wie ik ben\n")
    body, data = _answer(message, "bram.claessens@vrijwilligers.example", "Bram")
    assert f"Warme groet,\nLumi{arrives}\n" in body.text
    assert_absent(data, ["Bram", "Claessens", client, *([after_name] if not arrives else [])])


def test_a_sentence_offering_a_phone_inside_a_volunteers_card_goes_with_the_card() -> None:
    message = _mail("Wim Goossens <wim.goossens@jeugdhuis.example>",
                    f"Dag {PSEUDONYM},\n\nJe mag altijd terug schrijven.\n\nGroeten,\nWim\n"
                    "Jeugdhuis De Branding\nJe kan mij ook bellen tijdens de week: 03 555 12 34\n")
    body, data = _answer(message, "wim.goossens@jeugdhuis.example", "Wim")
    assert "Je mag altijd terug schrijven." in body.text
    assert_absent(data, ["Wim", "Goossens", "Jeugdhuis De Branding", "03 555 12 34"])


def test_a_teachers_class_inside_a_volunteers_card_goes_with_the_card() -> None:
    message = _mail("Sofie Lambrecht <sofie.lambrecht@school.example>",
                    f"Dag {PSEUDONYM},\n\nDat je dit durft te vragen is al heel wat.\n\n"
                    "Sofie Lambrecht\nKlas 5B\nAtheneum Zonnebloem\n")
    body, data = _answer(message, "sofie.lambrecht@school.example", "Sofie")
    assert "Dat je dit durft te vragen is al heel wat." in body.text
    assert_absent(data, ["Sofie", "Lambrecht", "Atheneum Zonnebloem"])


def test_a_volunteers_card_with_a_long_phone_line_and_office_hours_goes() -> None:
    # A card opening with the full name, one of its lines many pieces long (two phone
    # numbers with labels), another one office hours: the whole card goes, not only the
    # disclaimer under it.
    message = _mail("Mireille Vandamme <m.vandamme@maison-ados.example>",
                    "Bonjour QBQBUT,\n\nTu peux venir nous voir quand tu veux, sans rendez-vous.\n"
                    "\nBon courage,\nMireille\n\nMireille Vandamme\nAssistante sociale\n"
                    "Maison des Ados Horizon\nAvenue des Tilleuls 8, 5000 Namur\n"
                    "Tél. : 081 22 33 44 – GSM : 0478 11 22 33\n"
                    "Accueil : mardi, jeudi et samedi de 10h à 16h\n\n"
                    "Ce courriel est confidentiel et destiné exclusivement à son destinataire. "
                    "Si vous l'avez reçu par erreur, merci de le supprimer.\n")
    body, data = _answer(message, "m.vandamme@maison-ados.example", "Mireille")
    assert "Tu peux venir nous voir quand tu veux, sans rendez-vous." in body.text
    assert "Bon courage," in body.text
    assert_absent(data, ["Mireille", "Vandamme", "Maison des Ados Horizon", "5000 Namur",
                         "081 22 33 44", "0478 11 22 33"])


def test_a_volunteers_delimited_signature_with_a_motto_in_quotes_goes() -> None:
    # Name, role and employer, then a motto in quotation marks: a card under "-- ", not the
    # volunteer's own sentence, so the employer does not reach the help-seeker.
    for motto in ('"Samen maken we het verschil, voor elke jongere in elke klas."',
                  "« Chaque voix compte, et chaque jeune mérite d'être entendu. »",
                  "“Be kind, always, for everyone you meet is fighting a battle.” – Anonymous"):
        message = _mail("Pieter Goossens <pieter.goossens@athenee-voorbeeld.example>",
                        "Dag QBQBUT,\n\nJe mag altijd opnieuw schrijven, ook als het klein lijkt."
                        f"\n\nGroetjes,\nPieter\n\n-- \nPieter Goossens (hij/hem)\n"
                        f"leraar wiskunde – Atheneum Boomgaardveld Hasselt\n{motto}\n")
        body, data = _answer(message, "pieter.goossens@athenee-voorbeeld.example", "Pieter")
        assert "Je mag altijd opnieuw schrijven, ook als het klein lijkt." in body.text
        assert "Groetjes," in body.text
        assert_absent(data, ["Pieter", "Goossens", "Atheneum Boomgaardveld Hasselt"])


def test_a_quote_below_a_delimiter_without_a_name_stays() -> None:
    # Nothing names the writer under the "-- ": what follows is their own text.
    message = _mail("Pieter Goossens <pieter.goossens@athenee-voorbeeld.example>",
                    "Dag QBQBUT,\n\nJe mag altijd opnieuw schrijven.\n\n-- \n"
                    '"Wie durft te vragen, wint."\n')
    body, _ = _answer(message, "pieter.goossens@athenee-voorbeeld.example", "Pieter")
    assert '"Wie durft te vragen, wint."' in body.text


def test_a_volunteers_nickname_or_short_form_signing_the_last_line_is_replaced_there_only() -> None:
    # "Bill" for William (a word too: "the bill"), "maggie" for Margaret under the quoted
    # question (answered at the bottom): first names that are no part of the registered
    # one, also after kisses ("xoxo Els" for Elisabeth); "To" for Tobias: the start of it,
    # and a word too, which stays in the sentences.
    for sender, nickname, text, sign in [
        ("William Dierckx <william.dierckx@school.example>", "William",
         "Hi QBQBUT,\nPlease talk to someone you trust at school.\nYou are not alone.\n", "Bill"),
        ("Margaret Oyelaran <m.oyelaran@mail.example>", "Margaret",
         "hi QBQBUT\n\n> hoi\n> ik ben 14\n\nyou can write to us whenever you want\n", "maggie"),
        ("Elisabeth Maes <elisabeth.maes@mail.example>", "Elisabeth",
         "Hoi QBQBUT,\nJe mag ons altijd opnieuw mailen.\n\nxoxo ", "Els"),
        ("Tobias Peeters <tobias.peeters@mail.example>", "Tobias",
         "Hi QBQBUT,\nTalk to a friend first, to see how it feels.\n\nTake care,\n", "To"),
    ]:
        address = email.utils.parseaddr(sender)[1]
        body, data = _answer(_mail(sender, text + sign + "\n"), address, nickname)
        kept = text.replace(" QBQBUT", "").replace("xoxo ", "").strip()
        for line in kept.splitlines():
            assert line.strip() in body.text, line
        assert not re.search(rf"\b{sign}\b", _plain(data)), sign
    assert "Talk to a friend first, to see how it feels." in body.text


def test_a_wish_or_a_word_on_the_last_line_of_an_answer_stays() -> None:
    for last in ("Hope", "Patience", "So!"):
        body, _ = _answer(_mail("Sophie Martens <sophie.martens@mail.example>",
                                f"Hi QBQBUT,\nYou are not alone in this.\n{last}\n"),
                          "sophie.martens@mail.example", "Sophie")
        assert last in body.text, last
    # The writer's only line is their text, whatever it is.
    body, _ = _answer(_mail("Sophie Martens <sophie.martens@mail.example>", "So\n"),
                      "sophie.martens@mail.example", "Sophie")
    assert "So" in body.text


def test_a_first_name_and_an_initial_closing_the_text_are_replaced_without_a_greeting() -> None:
    body, data = _forward(_mail("bright_lamp_7k@privaterelay.example",
                                "Mijn beste vriendin praat niet meer met mij sinds vorige week.\n"
                                "Ik weet niet wat ik fout deed.\n\nIlinca P.\n"))
    assert "Ik weet niet wat ik fout deed." in body.text
    assert "Ilinca" not in body.text
    assert_absent(data, ["Ilinca"])


def test_a_short_form_signing_with_a_remark_in_brackets_is_replaced() -> None:
    body, data = _forward(_mail("Maximilienne Dupont <maximilienne.dupont@thuis.example>",
                                "je dors plus depuis deux semaines\n\n"
                                "Maxi (oui tout le monde dit Maxi)\n"))
    assert "je dors plus depuis deux semaines" in body.text
    assert "oui tout le monde dit" in body.text
    assert_absent(data, ["Maxi", "Maximilienne", "Dupont"])


def test_a_surname_written_with_a_hyphen_that_the_address_writes_joined_is_replaced() -> None:
    body, data = _forward(_mail("Omar <omar.elamrani09@mail.example>",
                                "they posted this in the team chat:\n\n"
                                "[03/11/2026, 18:02] Omar El-Amrani: stop it please\n"
                                "[03/11/2026, 18:03] Jake: lol no\n"))
    assert "stop it please" in body.text
    assert_absent(data, ["El-Amrani", "Omar"])


def test_a_name_said_again_with_the_surname_after_it_is_replaced_whole() -> None:
    body, data = _forward(_mail("Yara <yara.m2011@mail.example>",
                                "ok donc moi c'est Yara, Yara Oulad Mansour si vous voulez tout, "
                                "j'ai 15 ans et je vis à Namur.\n"))
    assert "j'ai 15 ans et je vis à Namur." in body.text
    assert_absent(data, ["Yara", "Oulad", "Mansour"])


def test_the_name_after_thats_me_and_its_surname_are_replaced() -> None:
    body, data = _forward(_mail("quiet_fern_2q@privaterelay.example",
                                "My parents read my phone every night.\n\n"
                                "anyway that's me, Leilani. Leilani Okafor if it matters, "
                                "I'm 14.\n\nIs that allowed?\n"))
    assert "My parents read my phone every night." in body.text
    assert "Is that allowed?" in body.text
    assert_absent(data, ["Leilani", "Okafor"])


def test_the_form_of_their_name_in_brackets_after_the_known_name_is_replaced() -> None:
    body, data = _forward(_mail("Katarzyna Mazur <katarzyna.mazur@mail.example>",
                                "Good afternoon,\n\nMy name is Katarzyna (Kasia) and I am 13.\n"
                                "A boy in my class sends me messages at night.\n"))
    assert "A boy in my class sends me messages at night." in body.text
    assert_absent(data, ["Kasia", "Katarzyna", "Mazur"])


def test_the_initial_of_their_name_they_ask_to_be_addressed_by_is_replaced() -> None:
    body, data = _forward(_mail("Famille Haddad <famille.haddad@mail.example>",
                                "bonjour c'est Lina qui écrit, pas mes parents\n"
                                "répondez en mettant juste pour L. en haut svp\n"))
    assert "répondez en mettant juste pour" in body.text
    assert_absent(data, ["Lina", "L."])


def test_a_town_in_brackets_a_parent_after_thats_me_and_a_title_initial_stay() -> None:
    body, _ = _forward(_mail("Famille Mertens <famille.mertens@mail.example>",
                             "Bonjour, je suis Lou (Namur) et j'ai 13 ans.\n"
                             "Elle a lu mon journal, c'est moi, Maman le sait maintenant.\n"
                             "Il faut écrire à M. Dupont, le directeur ?\n"))
    assert "(Namur) et j'ai 13 ans." in body.text
    assert "c'est moi, Maman le sait maintenant." in body.text
    assert "Il faut écrire à M. Dupont, le directeur ?" in body.text


def test_a_pet_name_the_family_uses_for_the_writer_is_replaced() -> None:
    """ "Dikke kus van Knuffel (zo noemt oma mij)": a bracket that says others call the
    writer so makes the word before it their name, on the same line or the line above."""
    body, data = _forward(_mail("Nora <nora.pieters@thuis.example>",
                                "Mijn hamster is weg en ik mis hem.\nDikke kus van Knuffel 🐹\n"
                                "(zo noemt oma mij)\n"))
    assert "Mijn hamster is weg en ik mis hem." in body.text
    assert "(zo noemt oma mij)" in body.text
    assert_absent(data, ["Knuffel", "Nora"])
    body, data = _forward(_mail("Nora <nora.pieters@thuis.example>",
                                "Ik durf niet alleen te slapen.\n"
                                "Groetjes Snoepje (dat is hoe opa mij noemt)\n"))
    assert "(dat is hoe opa mij noemt)" in body.text
    assert_absent(data, ["Snoepje"])
    body, data = _forward(_mail("Nora <nora.pieters@thuis.example>",
                                "Ik ben bang in het donker.\nkusjes Pluisje\n"
                                "(ik heet Nora maar thuis ben ik Pluisje)\n"))
    assert_absent(data, ["Pluisje", "Nora"])


def test_a_friend_called_by_the_writers_own_short_form_is_replaced_but_a_friend_is_not() -> None:
    body, data = _forward(_mail("Tamara Wouters <tamara.wouters@mail.example>",
                                "Mijn vriendin Taam (zo noemt iedereen haar) eet niet meer.\n"
                                "Mijn broer Bolleke (zo noemen we hem) weet het ook.\n"))
    assert "(zo noemt iedereen haar) eet niet meer." in body.text
    assert "Mijn broer Bolleke (zo noemen we hem) weet het ook." in body.text
    assert_absent(data, ["Taam", "Tamara"])


def test_initials_signed_close_together_are_replaced_also_when_written_spaced() -> None:
    body, data = _forward(_mail("Lore Van Dessel <lore.vd@mail.example>",
                                "ik schrijf gewoon L. V. D. onder mijn mail\nmijn mama is ziek\n\n"
                                "L.V.D.\n"))
    assert "mijn mama is ziek" in body.text
    assert_absent(data, ["L.V.D.", "L. V. D."])


def test_an_initial_the_writer_asks_to_be_called_is_replaced() -> None:
    body, data = _forward(_mail("moonchild <moonchild_16@mail.example>",
                                "Ik zeg liever niet wie ik ben, noem me maar R. als het moet.\n"
                                "Ik slaap slecht.\n\nR.\n"))
    assert "Ik slaap slecht." in body.text
    assert_absent(data, ["R."])


def test_a_child_introducing_themselves_with_ik_ben_het_on_a_parents_account_is_replaced() -> None:
    body, data = _forward(_mail("Els Peeters <els.peeters@thuis.example>",
                                "Mijn dochter typt zelf.\n\nhoi ik ben het Fien dus. "
                                "Ik wil niet meer naar school.\nFien\n\nGroeten,\n\nEls Peeters\n"
                                "Kerkstraat 3\n2000 Antwerpen\n0470 12 34 56\n"))
    assert "Ik wil niet meer naar school." in body.text
    assert_absent(data, ["Fien"])


def test_a_diminutive_of_a_name_the_writer_gave_is_replaced_too() -> None:
    body, data = _forward(_mail("Els Peeters <els.peeters@thuis.example>",
                                "Ik ben Jorn. Mijn zus schrijft Jornske op haar kaartjes.\n"
                                "Ik heb geen vrienden.\n"))
    assert "Ik heb geen vrienden." in body.text
    assert_absent(data, ["Jorn", "Jornske"])


def test_a_first_name_that_starts_an_address_the_writer_gives_is_their_name() -> None:
    body, data = _forward(_mail("Els Peeters <els.peeters@thuis.example>",
                                "Mijn zoon vroeg dit te sturen.\n\n[18:02] Bram: ik voel me rot\n"
                                "[18:03] Bram: mail mij op brammie.p@mail.example\n"))
    assert "ik voel me rot" in body.text
    assert_absent(data, ["Bram", "brammie.p@mail.example"])


def test_a_street_named_after_a_canal_given_for_a_pickup_does_not_cross() -> None:
    body, data = _forward(_mail("Noah <noah.k@mail.example>",
                                "haal mij op aan Brugsevaart 41 bus 2 9000 Gent want ik wil weg\n"))
    assert "9000 Gent want ik wil weg" in body.text
    assert_absent(data, ["Brugsevaart 41"])


def test_a_game_handle_holding_the_writers_name_in_running_text_is_replaced() -> None:
    body, data = _forward(_mail("Jasper Wuyts <jasper.wuyts@mail.example>",
                                "Ik game veel (mijn naam daar is JasperDeKoning) en ik slaap "
                                "slecht.\n"
                                "op insta ben ik jasperwuytsss en daar lachen ze met mij\n"))
    assert "en ik slaap slecht." in body.text and "en daar lachen ze met mij" in body.text
    assert_absent(data, ["JasperDeKoning", "jasperwuytsss"])


def test_a_camel_case_word_without_the_writers_name_stays() -> None:
    body, _ = _forward(_mail("Jasper Wuyts <jasper.wuyts@mail.example>",
                             "Ik kijk naar YouTube en speel op mijn PlayStation.\n"))
    assert "Ik kijk naar YouTube en speel op mijn PlayStation." in body.text


def test_a_surname_nickname_made_of_its_initials_is_replaced() -> None:
    body, data = _forward(_mail("Lars Van den Broeck <lars.vandenbroeck@mail.example>",
                                "Iedereen in de klas noemt mij Vdb en dat vind ik oké.\n"
                                "Mijn ouders maken altijd ruzie.\n\nVdb\n"))
    assert "Mijn ouders maken altijd ruzie." in body.text
    assert_absent(data, ["Vdb"])


def test_a_full_name_in_lower_case_whose_surname_is_the_address_is_replaced() -> None:
    body, data = _forward(_mail("k.vanhove <k.vanhove@mail.example>",
                                "hallo, mijn naam is eigenlijk kobe van hove maar ze zeggen kobeke "
                                "en ik ben 14\nik word gepest op de bus\n"))
    assert "ik word gepest op de bus" in body.text and "en ik ben 14" in body.text
    assert_absent(data, ["kobe van hove", "kobeke", "kobe"])
    body, data = _forward(_mail("s.deridder <s.deridder@mail.example>",
                                "mijn naam is sien de ridder en ik ben bang\n"))
    assert "en ik ben bang" in body.text
    assert_absent(data, ["sien de ridder", "sien"])


def test_a_child_named_in_brackets_by_a_parent_sending_the_childs_own_text_is_replaced() -> None:
    body, data = _forward(_mail("Karel Goossens <karel.goossens@thuis.example>",
                                "Goedemiddag,\n\nOnze dochter (Mira, 10 jaar) schreef dit zelf en "
                                "vroeg het door te sturen.\n\nIk ben bang van de hond van de "
                                "buren.\nIk durf niet meer buiten.\n\nMet vriendelijke groet,\n"
                                "Karel Goossens\n"))
    assert "Ik durf niet meer buiten." in body.text
    assert_absent(data, ["Mira"])


def test_a_child_named_by_a_parent_writing_about_them_stays() -> None:
    body, _ = _forward(_mail("Karel Goossens <karel.goossens@thuis.example>",
                             "Goedemiddag,\n\nOnze dochter (Mira, 10 jaar) is bang van honden. "
                             "Hoe help ik haar?\n\nKarel\n"))
    assert "Onze dochter (Mira, 10 jaar) is bang van honden." in body.text


# A writer's own earlier mail quoted back, signed with a nickname or initials; "aka"; a name
# dictation misheard; a name in Dari script; a school platform's footer with the class.

def test_the_sign_off_of_the_writers_own_earlier_mail_under_a_header_block_is_replaced() -> None:
    body, data = _forward(_mail(
        "Wannes Claes <wannes.claes@mail.example>",
        "Dag,\n\nIk heb het aan mijn zus verteld en dat ging goed.\n\nWannes\n\n"
        "Van: Lumi <hulp@lumi.example>\nVerzonden: maandag 2 november 2026 09:10\n"
        "Aan: Wannes Claes <wannes.claes@mail.example>\nOnderwerp: RE: vraag\n\n"
        "Hoi,\nMisschien eerst aan iemand die je vertrouwt?\nLumi\n\n"
        "Van: Wannes Claes <wannes.claes@mail.example>\nVerzonden: zondag 1 november 2026 21:40\n"
        "Aan: hulp@lumi.example\nOnderwerp: vraag\n\n"
        "ik durf het aan niemand te zeggen\n\nWanzie\n"))
    assert "Ik heb het aan mijn zus verteld en dat ging goed." in body.text
    assert "Misschien eerst aan iemand die je vertrouwt?" in body.text
    assert "ik durf het aan niemand te zeggen" in body.text
    assert_absent(data, ["Wanzie", "Wannes"])


def test_initials_and_an_accented_name_closing_the_writers_own_quoted_mails_are_replaced() -> None:
    body, data = _forward(_mail(
        "Rafael Dumont <rafael.dumont@mail.example>",
        "ok merci, je vais essayer\n\n"
        "Le mar. 3 nov. 2026 à 10:02, Lumi <hulp@lumi.example> a écrit :\n"
        "> Bonjour,\n> As-tu quelqu'un à qui parler ?\n>\n"
        "> Le lun. 2 nov. 2026 à 20:15, Rafael Dumont <rafael.dumont@mail.example> a écrit :\n"
        ">> je me sens seul au lycée\n>> R.D.\n"))
    assert "ok merci, je vais essayer" in body.text
    assert_absent(data, ["R.D.", "Rafael"])
    body, data = _forward(_mail(
        "Noemie Lacroix <noemie.lacroix@mail.example>",
        "re-bonjour, j'ai parlé à ma tante\n\n"
        "-------- Message d'origine --------\nDe : Noemie Lacroix <noemie.lacroix@mail.example>\n"
        "Date : 01/11/2026 22:10 (GMT+01:00)\nÀ : hulp@lumi.example\nObjet : aide\n\n"
        "j'ai 15 ans et je ne sais pas à qui parler\nNoémie\n"))
    assert "re-bonjour, j'ai parlé à ma tante" in body.text
    assert_absent(data, ["Noémie", "Noemie"])


def test_the_last_line_of_someone_elses_quoted_mail_stays() -> None:
    body, _ = _forward(_mail(
        "Wannes Claes <wannes.claes@mail.example>",
        "Dag,\n\nDit stuurde mijn mentor mij.\n\n"
        "Van: Greet Hermans <greet.hermans@school.example>\nVerzonden: maandag 2 november 2026\n"
        "Aan: Wannes Claes <wannes.claes@mail.example>\nOnderwerp: gesprek\n\n"
        "Kom je morgen even langs?\nBrugge\n"))
    assert "Kom je morgen even langs?" in body.text and "Brugge" in body.text


def test_an_ordinary_closing_word_ending_the_writers_own_quoted_mail_stays() -> None:
    body, _ = _forward(_mail(
        "Wannes Claes <wannes.claes@mail.example>",
        "nog een vraag\n\n"
        "Van: Wannes Claes <wannes.claes@mail.example>\nVerzonden: zondag 1 november 2026 21:40\n"
        "Aan: hulp@lumi.example\nOnderwerp: vraag\n\n"
        "ik weet het niet meer\nHelp\n\nHelp is wat ik nodig heb.\n"))
    assert "Help" in body.text and "ik weet het niet meer" in body.text
    body, _ = _forward(_mail(
        "Wannes Claes <wannes.claes@mail.example>",
        "OK, en in Gent is er een praatgroep?\n\n"
        "Van: Wannes Claes <wannes.claes@mail.example>\nVerzonden: zondag 1 november 2026 21:40\n"
        "Aan: hulp@lumi.example\nOnderwerp: vraag\n\n"
        "ik zoek een groep in de buurt van\nGent\n\n"
        "Van: Wannes Claes <wannes.claes@mail.example>\nVerzonden: zaterdag 31 oktober 2026\n"
        "Aan: hulp@lumi.example\nOnderwerp: vraag\n\nis dat goed\nOK\n"))
    assert "OK, en in Gent is er een praatgroep?" in body.text


def test_a_name_given_after_aka_in_the_sign_off_is_replaced() -> None:
    body, data = _forward(_mail(
        "blauwe.vlinder <blauwe.vlinder@alias.example>",
        "Hallo,\nIk ben 17 en ik wil het aan mijn oma zeggen.\nGroeten,\nMatthias aka Moby\n"))
    assert "Ik ben 17 en ik wil het aan mijn oma zeggen." in body.text
    assert_absent(data, ["Moby", "Matthias"])


def test_a_friend_called_aka_in_the_running_text_stays() -> None:
    body, _ = _forward(_mail(
        "Matthias Wouters <matthias.wouters@mail.example>",
        "Mijn beste vriend aka Pieter weet het al sinds de zomer en steunt mij echt.\n"
        "Hoe zeg ik het aan de rest?\nEn aan mijn zus aka Fien\n"))
    assert "Mijn beste vriend aka Pieter weet het al sinds de zomer en steunt mij echt." \
        in body.text
    assert "En aan mijn zus aka Fien" in body.text


def test_a_first_name_misheard_by_dictation_after_a_closing_word_is_replaced() -> None:
    body, data = _forward(_mail(
        "Brandon Hale <brandon.hale@mail.example>",
        "hello my name is Brandon period i'm 15 and my mum found my messages period\n"
        "what do I do question mark\nthanks bran done\n"))
    assert "i'm 15 and my mum found my messages period" in body.text
    assert_absent(data, ["bran done", "Brandon"])
    body, data = _forward(_mail(
        "Yasmina Idrissi <yasmina.idrissi@mail.example>",
        "hallo punt ik ben 14 en ik voel me alleen punt\n"
        "Bedankt punt Yasmine nieuwe regel\n"))
    assert "ik ben 14 en ik voel me alleen punt" in body.text
    assert_absent(data, ["Yasmine", "Yasmina"])


def test_words_after_a_closing_word_that_only_look_like_the_name_stay() -> None:
    body, _ = _forward(_mail(
        "Brandon Hale <brandon.hale@mail.example>",
        "my friend Bram helped me a lot\nthanks so much\n"))
    assert "thanks so much" in body.text
    body, _ = _forward(_mail(
        "Brandon Hale <brandon.hale@mail.example>",
        "my brother says it gets better\nthanks big man\n"))
    assert "thanks big man" in body.text  # B-255: it does not sound like Brandon (B-653)


def test_a_first_name_in_dari_script_beside_the_latin_one_is_replaced() -> None:
    body, data = _forward(_mail(
        "Ahmad Nazir Karimi <a.n.karimi@mail.example>",
        "hello\ni am 16 and i live in a centre in Gent\nyou can call me Nazir\nنذیر\n"))
    assert "i am 16 and i live in a centre in Gent" in body.text
    assert_absent(data, ["نذیر", "Nazir"])


def test_a_persian_word_that_spells_no_name_of_the_writer_stays() -> None:
    body, _ = _forward(_mail(
        "Ahmad Nazir Karimi <a.n.karimi@mail.example>",
        "hello\ni am 16 and i miss my family\nمرسی\n"))
    assert "مرسی" in body.text


def test_a_school_platforms_footer_under_a_rule_naming_the_class_goes() -> None:
    body, data = _forward(_mail(
        "Verbeke Lotte <noreply@college.platform.example>",
        "Hallo,\nIk schrijf via het schoolplatform want ik heb geen ander adres.\n"
        "Ik ben 14 en ik word gepest.\nLotte V.\n\n---\n"
        "Dit bericht werd verzonden via het schoolplatform door Verbeke Lotte (2C).\n"
        "Antwoorden op dit bericht is niet mogelijk.\n"))
    assert "Ik ben 14 en ik word gepest." in body.text
    assert_absent(data, ["2C", "Verbeke", "Lotte"])


def test_a_no_reply_sentence_of_the_writers_own_under_a_rule_stays() -> None:
    body, _ = _forward(_mail(
        "Lotte Verbeke <lotte.verbeke@mail.example>",
        "Hallo,\nIk ben 14 en ik word gepest.\n\n---\n"
        "Antwoorden op dit bericht is niet mogelijk.\n"))
    assert "Antwoorden op dit bericht is niet mogelijk." in body.text


def test_an_adverb_before_a_chosen_name_is_kept() -> None:
    body, data = _forward(_mail("Arne Smets <arne.smets@mail.example>",
                                "Mijn geboortenaam is Anna maar ik heet nu Arne. Hoe zeg ik het "
                                "op school?\n"))
    assert "maar ik heet nu" in body.text
    assert_absent(data, ["Arne", "Anna"])


def test_a_game_handle_of_capitalised_words_holding_a_short_first_name_is_replaced() -> None:
    body, data = _forward(_mail("Ties Maes <ties.maes@mail.example>",
                                "op fortnite heet ik TiesTheTiger_07 en daar pesten ze mij\n"
                                "ik speel ook op mijn PlayStation met TheBigWolf\n"))
    assert "op fortnite heet ik" in body.text and "en daar pesten ze mij" in body.text
    assert "ik speel ook op mijn PlayStation met TheBigWolf" in body.text
    assert_absent(data, ["TiesTheTiger_07", "Ties"])


def test_initials_of_a_surname_written_with_its_particles_together_are_replaced() -> None:
    body, data = _forward(_mail("Jana Vanderlinden <jana.vanderlinden@mail.example>",
                                "in de chiro noemen ze mij Vdl want er zijn drie jana's\n"
                                "ik durf niet te zeggen dat ik een lief heb\n"))
    assert "in de chiro noemen ze mij" in body.text and "want er zijn drie" in body.text
    assert "ik durf niet te zeggen dat ik een lief heb" in body.text
    assert_absent(data, ["Vdl"])


def test_a_pet_form_of_the_surname_the_writer_is_called_is_replaced() -> None:
    body, data = _forward(_mail("Wout Maertens <wout.maertens@mail.example>",
                                "op school noemen ze mij allemaal Maertie en dat vind ik oké\n"
                                "maar thuis is het moeilijk\n"))
    assert "op school noemen ze mij allemaal" in body.text and "en dat vind ik oké" in body.text
    assert "maar thuis is het moeilijk" in body.text
    assert_absent(data, ["Maertie"])


def test_a_pet_word_that_is_no_form_of_the_name_stays() -> None:
    body, _ = _forward(_mail("Wout Maertens <wout.maertens@mail.example>",
                             "ze noemen mij altijd snoepie omdat ik veel snoep eet\n"))
    assert "ze noemen mij altijd snoepie omdat ik veel snoep eet" in body.text


def test_a_chosen_name_in_brackets_in_the_writers_own_forwarded_mail_is_replaced() -> None:
    body, data = _forward(_mail(
        "Lander Peeters <lander.peeters@mail.example>",
        "Dit had ik naar mijn leerkracht gestuurd.\n\n"
        "---------- Forwarded message ---------\n"
        "Van: Lander Peeters <lander.peeters@mail.example>\n"
        "Subject: vraag\n\n"
        "Ik ben 16 en ik wil dat iedereen mij anders noemt.\n"
        "Lander (Lou)\n"))
    assert "Dit had ik naar mijn leerkracht gestuurd." in body.text
    assert "Ik ben 16 en ik wil dat iedereen mij anders noemt." in body.text
    assert_absent(data, ["Lander", "Lou"])


# Round17's shapes, written anew: French SMS cues, what others call the writer, an aside in
# brackets inside an introduced name, initials as a display name, a hashtag, a chat paste's
# dates, school-account signatures, a phone half in words.

def test_a_word_said_after_the_thanks_is_no_name() -> None:
    body, _ = _forward(_mail("Amira Haddou <amira.haddou@mail.example>",
                             "je sais pas quoi faire avec ma copine\nmerci hé\n"))
    assert "merci hé" in body.text


def test_cest_moi_then_a_capitalised_name_is_the_writers() -> None:
    body, data = _forward(_mail("Fam Dewitte <fam.dewitte@mail.example>",
                                "ce mail est à mon père c'est moi Gaspard qui écris\n"
                                "je crois que je suis gay\n"))
    assert "ce mail est à mon père c'est moi" in body.text and "qui écris" in body.text
    assert_absent(data, ["Gaspard"])


def test_cest_moi_before_an_ordinary_capitalised_word_keeps_it() -> None:
    body, _ = _forward(_mail("Fam Dewitte <fam.dewitte@mail.example>",
                             "hier soir c'est moi Aussi qui ai pleuré\n"))
    assert "c'est moi Aussi qui ai pleuré" in body.text


def test_a_nickname_everyone_calls_the_writer_is_replaced() -> None:
    body, data = _forward(_mail("Rachid Amrani <r.amrani.09@mail.example>",
                                "en vrai c'est Rachid mais au collège\n"
                                "tout le monde m'appelle Rachou\n"
                                "et ils se moquent de moi\n"))
    assert "mais au collège" in body.text and "tout le monde m'appelle" in body.text
    assert "et ils se moquent de moi" in body.text
    assert_absent(data, ["Rachid", "Rachou"])


def test_a_name_others_call_the_writer_that_is_no_form_of_theirs_stays() -> None:
    body, _ = _forward(_mail("Rachid Amrani <r.amrani.09@mail.example>",
                             "tout le monde m'appelle Bouboule depuis la sixième\n"))
    assert "tout le monde m'appelle Bouboule depuis la sixième" in body.text


def test_a_chat_pastes_dates_and_hours_are_no_phone_numbers() -> None:
    body, data = _forward(_mail("Nora Benali <nora.bnl@mail.example>",
                                "voici ce qu'on s'est écrit\n"
                                "[03/04/2026 18:05] Nora: je dois te dire un truc\n"
                                "[03/04/2026 18:09] Sacha: vas-y\n"
                                "appelle moi au 0476 55 44 33\n"))
    assert "[03/04/2026 18:05]" in body.text and "[03/04/2026 18:09] Sacha: vas-y" in body.text
    assert ": je dois te dire un truc" in body.text
    assert_absent(data, ["Nora", "0476 55 44 33"])


def test_initials_of_a_dotted_display_name_signing_are_replaced() -> None:
    body, _ = _forward(_mail('"R.K." <rk.w.2007@mail.example>',
                                "is it normal to feel nothing after telling my mum\nRK x\n"))
    assert "is it normal to feel nothing after telling my mum" in body.text
    assert re.search(r"\bRK\b", body.text) is None


def test_jsuis_introduces_a_name_and_its_glued_age() -> None:
    body, data = _forward(_mail("famille.dubois@mail.example",
                                "c'est la boite de mes parents\njsuis Timéo 12ans Namur\n"
                                "timéo12namur sur snap\n"))
    assert "c'est la boite de mes parents" in body.text and "12ans Namur" in body.text
    assert_absent(data, ["Timéo", "timéo12namur"])


def test_jsuis_before_an_ordinary_word_keeps_it() -> None:
    body, _ = _forward(_mail("famille.dubois@mail.example", "jsuis Perdu et jsuis Belge\n"))
    assert "jsuis Perdu et jsuis Belge" in body.text


def test_a_surname_after_an_aside_in_brackets_is_replaced() -> None:
    body, data = _forward(_mail("pl.vdb@mail.example",
                                "salut je suis Pierre-Louis (PL pour les potes) Van den Broucke\n"
                                "j'ai 15 ans et jsais pas a qui parler\n"))
    assert "salut je suis" in body.text and "pour les potes" in body.text
    assert "j'ai 15 ans et jsais pas a qui parler" in body.text
    assert re.search(r"\bPL\b", body.text) is None
    assert_absent(data, ["Pierre-Louis", "Broucke"])


def test_an_age_in_brackets_after_a_name_does_not_reach_the_next_word() -> None:
    body, _ = _forward(_mail("Lina Peeters <lina.peeters@mail.example>",
                             "je suis Lina (15) Bruxelles me fait peur\n"))
    assert "Bruxelles me fait peur" in body.text


def test_sms_c_for_cest_names_the_writer_when_their_address_says_so() -> None:
    body, data = _forward(_mail("zoe.m2011@mail.example",
                                "jsuis en 2e et jsp trop\nps c Zoé mdr\n"))
    assert "jsuis en 2e et jsp trop" in body.text and "mdr" in body.text
    assert_absent(data, ["Zoé"])


def test_sms_c_before_a_name_the_address_does_not_hold_stays() -> None:
    body, _ = _forward(_mail("zoe.m2011@mail.example", "c Lucie qui m'a donné l'adresse\n"))
    assert "c Lucie qui m'a donné l'adresse" in body.text


def test_a_hashtag_holding_the_short_first_name_of_the_address_is_replaced() -> None:
    body, data = _forward(_mail("max.vervoort@mail.example",
                                "j'ai tout dit à ma soeur\n#TeamMax #fierté\n"))
    assert "j'ai tout dit à ma soeur" in body.text and "#fierté" in body.text
    assert_absent(data, ["TeamMax"])


def test_a_hashtag_of_ordinary_words_stays() -> None:
    body, _ = _forward(_mail("max.vervoort@mail.example", "#TeamPride #fierté\n"))
    assert "#TeamPride #fierté" in body.text


def test_a_school_account_signature_with_class_and_school_is_removed() -> None:
    body, data = _forward(_mail(
        "Hugo Lemaire <hugo.lemaire@eleves.crlouvain.test>",
        "Bonjour,\nJe vous écris depuis le compte de l'école.\nJe crois que je suis bi.\n"
        "Merci\nHugo\n\nHugo LEMAIRE\nÉlève 5C - Collège Royal de Louvain\nMatricule 2010-1234\n"
        "Ce message est destiné uniquement à son destinataire. Collège Royal de Louvain.\n"))
    assert "Je crois que je suis bi." in body.text
    assert_absent(data, ["Collège Royal de Louvain", "Hugo", "2010-1234"])


def test_a_delimited_school_signature_with_an_account_notice_is_removed() -> None:
    body, data = _forward(_mail(
        "Inès Carpentier <ines.carpentier@lycee-hugo-douai.test>",
        "Bonjour,\nJe suis en première et je crois que je suis lesbienne.\nMerci\n\n-- \n"
        "Inès CARPENTIER\nPremière B2 - Lycée Victor Hugo, Douai\n"
        "Messagerie académique - ne pas utiliser pour des échanges personnels ou privés\n"))
    assert "Je suis en première et je crois que je suis lesbienne." in body.text
    assert_absent(data, ["Lycée Victor Hugo", "Messagerie académique"])


def test_a_sentence_about_a_class_and_school_stays() -> None:
    body, _ = _forward(_mail("Hugo Lemaire <hugo.lemaire@mail.example>",
                             "Bonjour,\nJe crois que je suis bi.\n\n"
                             "En classe de 5e au collège on se moque de moi.\nMerci\n"))
    assert "En classe de 5e au collège on se moque de moi." in body.text


def test_a_phone_with_its_prefix_in_words_is_replaced() -> None:
    body, data = _forward(_mail("Kilian <kil.dv@mail.example>",
                                "mon num c zero quatre huit sept / 21 43 65\nappelez apres 17h\n"))
    assert "mon num c" in body.text and "appelez apres 17h" in body.text
    assert_absent(data, ["zero quatre huit sept", "21 43 65"])


# --------------------------------------------------------------------------- round16 shapes


def test_a_role_in_lower_case_between_ik_ben_and_an_age_stays() -> None:
    body, data = _forward(_mail("Welpenleiding Zuid <welpen@scoutszuid.example>",
                                "Ik ben hoofdleider (18) en ik schrijf voor mezelf.\n"
                                "Mijn vriendin is student, 19, en ik ben student (19) ook.\n"))
    assert "Ik ben hoofdleider (18) en ik schrijf voor mezelf." in body.text
    assert "ik ben student (19) ook." in body.text
    assert_absent(data, ["Welpenleiding", "welpen@scoutszuid.example"])


def test_a_lower_case_first_name_before_an_age_is_still_replaced() -> None:
    body, data = _forward(_mail("<x.y@mail.example>", "hoi ik ben warre (14) en ik ben verliefd\n"))
    assert "en ik ben verliefd" in body.text
    assert_absent(data, ["warre"])


def test_a_totem_after_a_youth_movement_closing_and_the_name_beside_it_are_replaced() -> None:
    body, data = _forward(_mail("Kabouterleiding <kabouters@chiro-oost.example>",
                                "Hallo,\n\nIk ben leidster en ik twijfel over mezelf. Kan ik "
                                "eens bellen?\n\nStevige linker,\nBoomklever (= Ilse)\n"))
    assert "Ik ben leidster en ik twijfel over mezelf." in body.text
    assert "Stevige linker," in body.text
    assert_absent(data, ["Boomklever", "Ilse"])


def test_an_interjection_after_thanks_on_the_last_line_stays() -> None:
    body, data = _forward(_mail("Senne Wuyts <senne.wuyts@mail.example>",
                                "ik weet niet of ik het mag vragen\n\ndankjewel hoor\n"))
    assert "dankjewel hoor" in body.text
    assert_absent(data, ["Senne", "Wuyts"])


def test_a_nickname_said_to_the_writer_from_their_address_surname_is_replaced() -> None:
    body, data = _forward(_mail("Joris <joris.claessens@mail.example>",
                                "mijn ploeg zegt Claeske tegen mij omdat ik klein ben\n"
                                "mijn broer zegt sorry tegen mij als hij lacht\n"))
    assert "mijn ploeg zegt" in body.text and "tegen mij omdat ik klein ben" in body.text
    assert "mijn broer zegt sorry tegen mij als hij lacht" in body.text
    assert_absent(data, ["Claeske"])


def test_more_names_after_a_called_name_each_after_where_it_is_used_are_replaced() -> None:
    body, data = _forward(_mail("Joris Verbiest <joris.verbiest@mail.example>",
                                "Thuis noemen ze mij Joske, op de hockey Verbie, op school Mister "
                                "en ik vind het allemaal goed.\n"))
    assert "Thuis noemen ze mij" in body.text and "op de hockey" in body.text
    assert "op school Mister en ik vind het allemaal goed." in body.text
    assert_absent(data, ["Joske", "Verbie"])


def test_a_handle_of_the_name_without_its_vowels_is_replaced() -> None:
    body, data = _forward(_mail("Joris Verbiest <joris.verbiest@mail.example>",
                                "online heet ik gewoon jrsvrbst en daar ben ik mezelf\n"
                                "online heet ik gewoon niemand\n"))
    assert "online heet ik gewoon" in body.text and "en daar ben ik mezelf" in body.text
    assert "online heet ik gewoon niemand" in body.text
    assert_absent(data, ["jrsvrbst"])


def test_a_nickname_made_of_the_starts_of_both_names_is_replaced() -> None:
    body, data = _forward(_mail("Joris Verbiest <joris.verbiest@mail.example>",
                                "iedereen noemt mij Jorver, ook thuis.\nik ben 16.\n\nJorver\n"))
    assert "iedereen noemt mij" in body.text and ", ook thuis." in body.text
    assert_absent(data, ["Jorver"])


def test_initials_of_the_name_after_het_is_are_replaced_and_ok_stays() -> None:
    body, data = _forward(_mail("Jana Vos <jana.vos@mail.example>",
                                "hey het is JV\nzo noemen ze mij\nik ben 12\n"))
    assert "hey het is" in body.text and "zo noemen ze mij" in body.text
    assert_absent(data, ["JV"])
    body, _ = _forward(_mail("Olivia Kools <olivia.kools@mail.example>",
                             "het is OK als ik het later vertel?\n"))
    assert "het is OK als ik het later vertel?" in body.text


def test_a_name_with_an_emoji_for_a_letter_is_replaced_and_other_words_stay() -> None:
    body, data = _forward(_mail("Lotte Wauters <lotte.wauters@mail.example>",
                                "ik ben super💜blij met mijn lief\nxx L🌸tte\n"))
    assert "ik ben super💜blij met mijn lief" in body.text
    assert_absent(data, ["L🌸tte"])


def test_a_name_in_regional_indicator_letters_is_replaced_and_a_flag_stays() -> None:
    body, data = _forward(_mail("Jo <jo.maes2010@mail.example>",
                                "🇯 🇴 hier\nik woon in 🇧🇪 en ik ben 12\n"))
    assert "hier" in body.text and "ik woon in 🇧🇪 en ik ben 12" in body.text
    assert_absent(data, ["🇯 🇴"])


def test_a_hashtag_of_the_address_that_is_the_name_written_together_is_replaced() -> None:
    body, data = _forward(_mail("Lien Maes <lienmaes@mail.example>",
                                "ik ben #lienmaes op tiktok en ik post over #liefde\n"))
    assert "op tiktok en ik post over #liefde" in body.text
    assert_absent(data, ["lienmaes"])


def test_a_name_after_who_they_are_in_a_sign_off_above_a_siblings_signature_is_replaced() -> None:
    body, data = _forward(_mail("Ward Jacobs <ward.jacobs@mail.example>",
                                "dit is de laptop van mijn broer\nik ben 14 en ik heb een vraag\n"
                                "groetjes van de oudste, Mila\n\n-- \nWard Jacobs\n"
                                "Student Geschiedenis\n"))
    assert "groetjes van de oudste," in body.text
    assert_absent(data, ["Mila", "Ward", "Jacobs"])


def test_phone_numbers_partly_in_words_or_in_small_groups_are_replaced() -> None:
    body, data = _forward(_mail("Noor Aerts <noor.aerts@mail.example>",
                                "mijn nummer is nul vier acht zes / 12 . 34 . 57\n"
                                "of 0 4 7 1 22 33 44 na school\n"
                                "de score was 0 - 3 - 1 - 2 en bel gerust 1712\n"
                                "onze matchen: 0-2, 3-1, 2-2, 1-0, 4-1\n"))
    assert "mijn nummer is" in body.text and "na school" in body.text
    assert "de score was 0 - 3 - 1 - 2 en bel gerust 1712" in body.text
    assert "onze matchen: 0-2, 3-1, 2-2, 1-0, 4-1" in body.text
    assert_absent(data, ["12 . 34 . 57", "nul vier acht zes", "0 4 7 1 22 33 44"])


def test_another_form_of_the_name_for_friends_after_it_is_replaced() -> None:
    body, data = _forward(_mail("Wilhelmina Goossens <w.goossens@mail.example>",
                                "Ik ben 17 en ik wil weg van thuis.\n\nMet dank,\n"
                                "Wilhelmina, of Mientje voor vrienden\n"))
    assert "Ik ben 17 en ik wil weg van thuis." in body.text and "voor vrienden" in body.text
    assert_absent(data, ["Mientje", "Wilhelmina"])


# --------------------------------------------------------------------------- round18 shapes
# Volunteers' answers: short forms made otherwise than by cutting the name, a first name under
# "-- ", a word of their own address signing, client lines with an apology, long links in the
# signature, an employer named by a banner or a disclaimer.

@pytest.mark.parametrize(("display", "signed"), [
    ("Désirée Mortier", "Desi"),        # the name without its accents
    ("Nicolaas Desmet", "Colas"),       # the last syllable's long vowel written short
    ("Elisabeth Goossens", "Lisa"),     # without its opening vowel
    ("Louise Marchand", "Loulou"),      # its first syllable said twice
])
def test_a_volunteers_clipped_short_form_signing_a_one_liner_does_not_cross(
        display: str, signed: str) -> None:
    address = display.split()[0].casefold().replace("é", "e") + "@vrijwilligers.example"
    text = (f"Hoi {PSEUDONYM}, ik lees je bericht vanavond rustig en schrijf je morgen "
            f"terug. {signed}\n")
    body, data = _answer(_mail(f"{display} <{address}>", text), address, display.split()[0])
    assert "ik lees je bericht vanavond rustig en schrijf je morgen terug." in body.text
    assert_absent(data, [signed, *display.split()])


def test_a_short_form_after_an_emoji_signs_too() -> None:
    text = f"Coucou {PSEUDONYM}, je te réponds demain, courage 🌻 Loulou\n"
    body, data = _answer(_mail("Louise Marchand <louise@benevoles.example>", text),
                         "louise@benevoles.example", "Louise")
    assert "je te réponds demain, courage 🌻" in body.text
    assert_absent(data, ["Loulou", "Louise", "Marchand"])


@pytest.mark.parametrize("last", ["Haha", "Mama", "Lisa"])
def test_a_word_or_someone_elses_name_closing_the_text_stays(last: str) -> None:
    text = f"Hoi {PSEUDONYM},\n\nik vond je verhaal over de hond echt grappig. {last}\n"
    body, _ = _answer(_mail("Hanne Maes <hanne.maes@vrijwilligers.example>", text),
                      "hanne.maes@vrijwilligers.example", "Hanne")
    assert f"ik vond je verhaal over de hond echt grappig. {last}" in body.text


def test_a_first_name_under_the_signature_delimiter_with_pronouns_does_not_cross() -> None:
    text = (f"Hey {PSEUDONYM},\n\nYou can write as often as you like, really.\n\n"
            "Take care,\n\n-- \nSasha (they/them)\nLumi volunteer\n")
    body, data = _answer(_mail("Alexandra Smets <a.smets@vrijwilligers.example>", text),
                         "a.smets@vrijwilligers.example", "Alexandra")
    assert "You can write as often as you like, really." in body.text
    assert "Take care," in body.text
    assert_absent(data, ["Sasha", "Alexandra", "Smets"])


def test_a_word_under_the_signature_delimiter_is_not_taken_for_a_name() -> None:
    text = (f"Dag {PSEUDONYM},\n\nEr is altijd hoop, ook als het nu zwaar is.\n\n"
            "-- \nHoop\n")
    body, _ = _answer(_mail("Greet Aerts <greet@vrijwilligers.example>", text),
                      "greet@vrijwilligers.example", "Greet")
    assert "Er is altijd hoop, ook als het nu zwaar is." in body.text


def test_a_word_of_the_volunteers_address_signing_the_last_line_does_not_cross() -> None:
    text = f"Hoi {PSEUDONYM}, snel berichtje: je bent niet raar. Morgen meer. Wiebe\n"
    body, data = _answer(_mail("Wilbert Jacobs <wiebe@thuis.example>", text),
                         "wiebe@thuis.example", "Wilbert")
    assert "snel berichtje: je bent niet raar. Morgen meer." in body.text
    assert_absent(data, ["Wiebe", "Wilbert", "Jacobs"])


def test_a_client_line_with_its_apology_for_brevity_goes() -> None:
    text = (f"Hi {PSEUDONYM}, you did nothing wrong. More tonight.\n\n"
            "Sent from my Fairphone with FairEmail. Please excuse my brevity.\n")
    body, data = _answer(_mail("Kim Vos <kim.vos@vrijwilligers.example>", text),
                         "kim.vos@vrijwilligers.example", "Kim")
    assert "you did nothing wrong. More tonight." in body.text
    assert_absent(data, ["FairEmail", "Please excuse my brevity"])


def test_the_writers_own_apology_for_brevity_stays() -> None:
    text = (f"Hi {PSEUDONYM},\n\nyou did nothing wrong.\n\n"
            "I typed this on the bus. Please excuse my brevity.\n")
    body, _ = _answer(_mail("Kim Vos <kim.vos@vrijwilligers.example>", text),
                      "kim.vos@vrijwilligers.example", "Kim")
    assert "I typed this on the bus. Please excuse my brevity." in body.text


def test_a_long_link_holding_the_volunteers_address_in_their_signature_goes() -> None:
    text = (f"Dag {PSEUDONYM},\n\nJe mag altijd terugschrijven.\n\nHartelijke groeten,\n\n"
            "Wouter Claeys\nLeraar wiskunde\nAtheneum Zuiderkempen\n"
            "Chat: https://chat.example/l/chat/0/0?users=wouter.claeys@atheneum-zk.example"
            "&context=%7B%7D\n")
    body, data = _answer(_mail("Wouter Claeys <wouter.claeys@atheneum-zk.example>", text),
                         "wouter.claeys@atheneum-zk.example", "Wouter")
    assert "Je mag altijd terugschrijven." in body.text and "Hartelijke groeten," in body.text
    assert_absent(data, ["Leraar wiskunde", "Atheneum Zuiderkempen", "atheneum-zk"])


def test_a_long_link_the_volunteer_recommends_stays() -> None:
    link = ("https://www.lumi.example/info/je-naam-laten-gebruiken-op-school-en-in-de-klas"
            "-hoe-begin-je-eraan")
    text = f"Dag {PSEUDONYM},\n\nLees zeker eens:\n\nMeer uitleg: {link}\n\nGroetjes,\nGreet\n"
    body, _ = _answer(_mail("Greet Aerts <greet@vrijwilligers.example>", text),
                      "greet@vrijwilligers.example", "Greet")
    assert link in body.text


@pytest.mark.parametrize(("banner", "employer"), [
    ("LET OP: deze e-mail komt van buiten Bakkerij Het Gulden Brood. Klik niet op links.",
     "Bakkerij Het Gulden Brood"),
    ("ATTENTION : ce courriel provient de l'extérieur de Transports Lemaire. "
     "Ne cliquez pas sur les liens.", "Transports Lemaire"),
])
def test_the_employer_an_external_banner_names_in_the_quoted_history_does_not_cross(
        banner: str, employer: str) -> None:
    text = (f"Hoi {PSEUDONYM},\n\nGoed dat je terugschrijft.\n\nGroetjes,\nMila\n\n"
            f"Van: {PSEUDONYM} via Lumi <{ALIAS}>\nVerzonden: maandag 2 maart 2026 10:00\n"
            f"Aan: Mila Stevens <mila@werk.example>\nOnderwerp: [EXTERN] vraag\n\n"
            f"{banner}\n\nik weet niet wat ik moet doen\n")
    body, data = _answer(_mail("Mila Stevens <mila@werk.example>", text),
                         "mila@werk.example", "Mila")
    assert "Goed dat je terugschrijft." in body.text
    assert_absent(data, [employer])


def test_a_banner_naming_no_organisation_stays_as_it_was() -> None:
    banner = "LET OP: deze e-mail komt van buiten de organisatie. Klik niet op links."
    text = (f"Hoi {PSEUDONYM},\n\nGoed dat je terugschrijft.\n\nGroetjes,\nMila\n\n"
            f"Van: {PSEUDONYM} via Lumi <{ALIAS}>\nOnderwerp: vraag\n\n{banner}\n\nhelp\n")
    body, _ = _answer(_mail("Mila Stevens <mila@werk.example>", text), "mila@werk.example", "Mila")
    assert banner in body.text


def test_a_disclaimer_put_above_the_volunteers_words_goes() -> None:
    text = ("VERTROUWELIJK - Deze e-mail werd verstuurd door een medewerker van OCMW Heistdorp. "
            "De inhoud is uitsluitend bestemd voor de geadresseerde.\n\n"
            f"Dag {PSEUDONYM},\n\nJe bent welkom, altijd.\n\nGroetjes,\nLinde\n")
    body, data = _answer(_mail("Linde Bosmans <linde@ocmw-heistdorp.example>", text),
                         "linde@ocmw-heistdorp.example", "Linde")
    assert "Je bent welkom, altijd." in body.text and "Groetjes," in body.text
    assert_absent(data, ["OCMW Heistdorp", "Linde", "Bosmans"])


def test_a_volunteers_first_paragraph_about_confidentiality_stays() -> None:
    text = ("Alles wat je hier schrijft blijft vertrouwelijk, en je mag anoniem blijven.\n\n"
            "Vertel gerust meer als je wil.\n\nGroetjes,\nLinde\n")
    body, _ = _answer(_mail("Linde Bosmans <linde@vrijwilligers.example>", text),
                      "linde@vrijwilligers.example", "Linde")
    assert "Alles wat je hier schrijft blijft vertrouwelijk, en je mag anoniem blijven." \
        in body.text


# --------------------------------------------------------------------------- round21 shapes


@pytest.mark.parametrize(("signed", "correction"), [
    ("xx Rozijn", "*Roos 🙈 autocorrect"),
    ("x Mars", "*Mats lol my phone"),
])
def test_a_name_autocorrect_changed_and_the_writer_corrected_is_replaced(
        signed: str, correction: str) -> None:
    first = correction[1:].split()[0]
    message = _mail(f"{first} Claeys <{first.lower()}.claeys@vrijwilligers.example>",
                    f"Hoi,\nJe mag altijd terug schrijven\n{signed}\n{correction}\n")
    body, data = _answer(message, f"{first.lower()}.claeys@vrijwilligers.example", first)
    assert "Je mag altijd terug schrijven" in body.text
    assert_absent(data, [signed.split()[-1], first])


def test_a_word_above_a_correction_of_someone_elses_name_stays() -> None:
    message = _mail("Roos Claeys <roos.claeys@vrijwilligers.example>",
                    "Hoi,\nlees zeker het boek Fabric\n*Fabrice is de schrijver\n\nRoos\n")
    body, _ = _answer(message, "roos.claeys@vrijwilligers.example", "Roos")
    assert "lees zeker het boek Fabric" in body.text


def test_a_role_at_a_named_organisation_under_the_delimiter_goes_with_the_signature() -> None:
    message = _mail("Noor Vercauteren <noor.v@vrijwilligers.example>",
                    "Hoi,\n\nJe bent welkom zoals je bent.\n\nNoor\n\n-- \nNoor Vercauteren\n"
                    "oprichter van Regenboogkring Lier – een praatgroep voor jongeren\n")
    body, data = _answer(message, "noor.v@vrijwilligers.example", "Noor")
    assert "Je bent welkom zoals je bent." in body.text
    assert_absent(data, ["Regenboogkring Lier", "Vercauteren"])


def test_a_role_without_a_named_organisation_below_a_young_persons_rule_stays() -> None:
    body, _ = _forward(_mail("Jonas Wuyts <jonas.wuyts@mail.example>",
                             "ik speel voetbal\n-- \ncoach van mijn team is gemeen tegen mij\n"))
    assert "coach van mijn team is gemeen tegen mij" in body.text


def test_a_list_of_scores_is_no_phone_number() -> None:
    body, _ = _forward(_mail("Jonas Wuyts <jonas.wuyts@mail.example>",
                             "onze uitslagen dit seizoen 0-2 3-1 2-2 1-0 4-1 en de trainer roept\n"
                             "bel me op 0 4 7 9 1 2 3 4 5 6\n"))
    assert "onze uitslagen dit seizoen 0-2 3-1 2-2 1-0 4-1 en de trainer roept" in body.text
    assert "0 4 7 9 1 2 3 4 5 6" not in body.text


def test_an_answer_to_an_urgent_forward_reaches_the_young_person_without_the_tag_or_the_code(
) -> None:
    # Whoever shares the young person's mailbox reads the Subject first: "[DRINGEND]" there
    # would tell them more than the answer itself does.
    answer = _mail("Vera Peeters <vera@vrijwilligers.example>",
                   "Dag,\n\nIk lees je. Bel gerust 1712, ook vannacht.\n\nVera\n",
                   Subject=f"Re: [DRINGEND] [{PSEUDONYM}] ik zie het ni meer zitten")
    _, data = _answer(answer, "vera@vrijwilligers.example", "Vera")
    sent = email.message_from_bytes(data, policy=email.policy.default)
    assert str(sent["Subject"]) == "Re: ik zie het ni meer zitten"
    assert_absent(data, ["DRINGEND", PSEUDONYM, "Peeters", "vera@vrijwilligers.example"])
