"""Behaviour tests for the rules that closed part of dev round41's misses (help-seekers seen
through newer devices, apps and tools): a letter to oneself dressed as a forwarded mail ("From: me
from last summer"); a letter template's "[Signature]" field left in above the name; a
confidentiality notice the writer wrote themselves, in the first person, under their name and
pronouns; a letterhead opening a formal letter. Names, words and mails are invented, not the
corpus's."""

from __future__ import annotations

from mailhandler.core.scrub import Identity, learn_names, rewrite_attributions
from mailhandler.core.scrub.letterheads import replace_letterhead_town
from tests.test_relay_text import ALIAS, PSEUDONYM, _forward, _mail

PLACEHOLDER = "[…]"


# --------------------------------------------------------------------------- a letter to oneself


def test_a_forward_from_oneself_keeps_the_writers_words_in_from_and_to() -> None:
    body = ("Hoi, mijn therapeut zei dat ik mezelf een mail moest schrijven, dus:\n\n"
            "---------- Doorgestuurd bericht ---------\n"
            "Van: mezelf van vorige zomer\n"
            "Datum: 3 juli 2025\n"
            "Onderwerp: hou vol\n"
            "Aan: ik van nu\n\n"
            "Weet je nog hoe bang je was op kamp? Het is goed gekomen.\n\n"
            "Ik ben 15 en ik wil weten of ik het mijn leiding mag vertellen.\n"
            "Wout\n")
    relayed, _ = _forward(_mail("Wout Maes <wout.maes@mail.example>", body))
    assert "Van: mezelf van vorige zomer" in relayed.text
    assert "Aan: ik van nu" in relayed.text
    assert "Wout" not in relayed.text and "wout.maes" not in relayed.text


def test_from_me_in_english_stays_as_written() -> None:
    text = ("-------- Forwarded message --------\nFrom: me, age 12\nDate: 1 May 2021\n"
            "Subject: future\nTo: myself in five years\n\nhi future me\n")
    out = rewrite_attributions(text, Identity(addresses=()), ALIAS, PSEUDONYM)
    assert "From: me, age 12" in out and "To: myself in five years" in out


def test_a_real_forwarded_sender_is_still_replaced() -> None:
    text = ("---------- Message transféré ---------\nDe : Lise Morel <lise.morel@mail.example>\n"
            "Date : 2 mars 2026\nObjet : samedi\nÀ : moi <hugo@mail.example>\n\ncoucou\n")
    out = rewrite_attributions(text, Identity(addresses=()), ALIAS, PSEUDONYM)
    assert "Lise" not in out and "lise.morel" not in out and "hugo@" not in out


def test_a_lawyer_written_me_is_a_name_and_is_replaced() -> None:
    text = "-----Message d'origine-----\nDe : Me Vandamme\nEnvoyé : lundi\nObjet : dossier\n"
    out = rewrite_attributions(text, Identity(addresses=()), ALIAS, PSEUDONYM)
    assert "Vandamme" not in out


# --------------------------------------------------------------------------- a template's field


def test_a_templates_signature_field_stays_and_the_name_under_it_is_replaced() -> None:
    body = ("Beste,\nIk heb een voorbeeldbrief van school ingevuld:\n\n"
            "Onderwerp: vraag om een gesprek\n"
            "Reden: mijn broer vertelt aan iedereen dat ik lesbisch ben en ik durf niet meer "
            "naar de turnclub.\n\n"
            "In afwachting van uw antwoord.\n"
            "[Handtekening]\n"
            "Mila V.\n")
    relayed, _ = _forward(_mail("Mila Verstraete <mila.verstraete@mail.example>", body))
    assert "[Handtekening]" in relayed.text
    assert "Mila" not in relayed.text
    assert "mijn broer vertelt aan iedereen" in relayed.text


def test_a_templates_field_is_not_learned_as_a_name() -> None:
    who = Identity(addresses=("jonas.peeters@mail.example",), names=("Jonas Peeters",))
    text = "Beste,\nik heb een vraag over mijn vriend.\n\nMet vriendelijke groet,\n[Handtekening]\n"
    assert "Handtekening" not in learn_names(text, who).names


def test_a_logo_in_brackets_in_a_parents_card_still_goes_with_the_card() -> None:
    body = ("Goedemiddag,\n\nMijn dochter van 14 vertelde me dat ze verliefd is op een meisje. "
            "Hoe kan ik haar het best steunen?\n\nVriendelijke groet,\n\n"
            "Karel Wouters\nZaakvoerder\n[Slagerij Wouters]\nKerkstraat 3 | 2000 Antwerpen\n"
            "T 03 123 45 67\n")
    relayed, _ = _forward(_mail("Karel Wouters <karel@slagerijwouters.example>", body))
    assert "Slagerij" not in relayed.text and "Kerkstraat" not in relayed.text
    assert "Hoe kan ik haar het best steunen?" in relayed.text


# --------------------------------------------------------------------------- a notice of one's own


def test_a_notice_written_in_the_first_person_under_the_name_is_the_writers() -> None:
    notice = ("CONFIDENTIAL: This email is intended only for the helpline. If you are my "
              "brother and you opened my laptop again, I will know, so close it. If you received "
              "this by mistake, please delete it.")
    body = ("Hi,\n\nI'm 15 and I think I'm ace. My friends keep saying I just haven't met the "
            f"right person. Is that true?\n\nNoa (she/her)\n\n{notice}\n")
    relayed, _ = _forward(_mail("Noa Carter <noa.carter@mail.example>", body))
    assert notice in relayed.text
    assert f"{PSEUDONYM} (she/her)" in relayed.text
    assert "Noa" not in relayed.text


def test_a_parents_card_with_an_organisations_disclaimer_still_goes() -> None:
    body = ("Hallo,\n\nMijn zoon zit niet goed in zijn vel sinds hij uit de kast kwam. Hebben "
            "jullie tips?\n\nGroeten,\nMarleen Dierckx\nBoekhouder\nBoomgaardstraat 8, "
            "2600 Berchem\nGSM 0470 98 76 54\n\nDeze e-mail en eventuele bijlagen zijn "
            "vertrouwelijk en uitsluitend bestemd voor de geadresseerde. Indien u dit bericht "
            "per vergissing ontving, verwittig dan de afzender en verwijder het bericht.\n")
    relayed, _ = _forward(_mail("Marleen Dierckx <marleen@dierckx.example>", body))
    assert "Boomgaardstraat" not in relayed.text and "0470" not in relayed.text
    assert "vertrouwelijk" not in relayed.text
    assert "Hebben jullie tips?" in relayed.text


def test_a_one_person_disclaimer_saying_me_once_is_still_a_disclaimer() -> None:
    body = ("Hello,\n\nMy daughter (13) told me she might be trans. Where do we start?\n\n"
            "Kind regards,\nPaul Rigby\nRigby Joinery\n12 Mill Lane, Leeds LS6 2AB\n"
            "07700 900123\n\nThis e-mail is confidential and intended for the addressee only. "
            "If you received it in error, please notify me and delete it.\n")
    relayed, _ = _forward(_mail("Paul Rigby <paul@rigbyjoinery.example>", body))
    assert "Mill Lane" not in relayed.text and "Rigby" not in relayed.text
    assert "confidential" not in relayed.text
    assert "Where do we start?" in relayed.text


# --------------------------------------------------------------------------- a letterhead


def test_a_letterheads_postcode_and_town_are_replaced() -> None:
    body = ("Lotte Verbeke\nKastanjelaan 12\n8500 Kortrijk\n0478 12 34 56\n\n"
            "Aan het team van Lumi\n\nKortrijk, 2 mei 2026\n\nGeachte mevrouw, mijnheer,\n\n"
            "Ik schrijf een formele brief zoals we in de les leerden. Ik ben 14 en ik denk dat "
            "ik bi ben. Mag ik dat tegen mijn juf zeggen?\n\nHoogachtend,\nLotte Verbeke\n")
    relayed, _ = _forward(_mail("Lotte Verbeke <lotte.verbeke@mail.example>", body))
    assert "8500" not in relayed.text and "Kastanjelaan" not in relayed.text
    assert "Kortrijk, 2 mei 2026" in relayed.text
    assert "Mag ik dat tegen mijn juf zeggen?" in relayed.text


def test_a_postal_address_offered_in_the_text_keeps_its_town() -> None:
    who = Identity(addresses=("lotte.verbeke@mail.example",), names=("Lotte Verbeke",))
    text = ("Hallo,\nKunnen jullie mij een folder sturen? Mag die naar dit adres?\n\n"
            "Lotte Verbeke\nKastanjelaan 12\n8500 Kortrijk\n0478 12 34 56\n")
    assert replace_letterhead_town(text, who, PLACEHOLDER) == text


def test_an_opening_without_the_writers_name_line_is_no_letterhead() -> None:
    who = Identity(addresses=("lotte.verbeke@mail.example",), names=("Lotte Verbeke",))
    text = "Jef Claes\nKastanjelaan 12\n8500 Kortrijk\n0478 12 34 56\n\nDat is mijn trainer.\n"
    assert replace_letterhead_town(text, who, PLACEHOLDER) == text


def test_an_opening_address_with_no_phone_or_address_keeps_its_town() -> None:
    who = Identity(addresses=("lotte.verbeke@mail.example",), names=("Lotte Verbeke",))
    text = "Lotte Verbeke\nKastanjelaan 12\n8500 Kortrijk\n\nhoi, dit is waar ik woon\n"
    assert replace_letterhead_town(text, who, PLACEHOLDER) == text
