"""Behaviour tests for the rules that closed dev round37's misses (volunteers who sign with
another name than their account's, cards under a closing with an organisation's notes below
them, a colleague's forwarded advice, emoji and dashed sign-offs, a shop's tagline, an app's
praise on its client line, a name signed under a quote). Names, words and places are
invented, not the corpus's."""

from __future__ import annotations

from mailhandler.core.scrub import Identity, forwarded_sender_names
from mailhandler.core.scrub.lines import _split_lines
from mailhandler.core.scrub.signature_lines import _is_client_line, _signature_name_words
from mailhandler.core.scrub.signatures import _is_role_line
from mailhandler.core.scrub.undelimited import _is_card_tagline, _is_closing_line
from tests.conftest import assert_absent
from tests.test_relay_text import PSEUDONYM, _answer, _mail

# ------------------------------------------------------------- regional and religious closings


def test_regional_and_religious_goodbyes_are_closing_lines() -> None:
    for line in ("Houdoe,", "Hou u goe", "Salukes,", "Met hartelijke groet,", "Every blessing,",
                 "Blessings,", "Mind how you go,", "a+"):
        assert _is_closing_line(line), line


def test_a_sentence_opening_with_blessings_is_no_closing() -> None:
    assert not _is_closing_line("Blessings come in odd shapes")
    assert not _is_closing_line("Mind how you go home tonight.")


# ------------------------------------------------ a card under the closing, notes under the card

def test_a_card_under_the_closing_goes_with_the_notes_under_it() -> None:
    text = (f"Dear {PSEUDONYM},\n\nYou are not doing anything wrong by asking. Take the time you "
            "need, and talk to someone you trust when you feel ready.\n\n"
            "Every blessing,\nBarney\n\n"
            "The Revd Barnaby Quillfeather\nAssociate Vicar\nSt Odran's Riverside\n"
            "Larkspur Lane 14, 1190 Forest\n+32 2 555 01 77\n\n"
            "Pastoral care: if you are worried about someone in our community, please speak to "
            "the parish welfare officer.\n")
    message = _mail("Revd Barnaby Quillfeather <b.quillfeather@stodran.example>", text)
    body, data = _answer(message, "b.quillfeather@stodran.example", "Barnaby")
    assert "You are not doing anything wrong by asking." in body.text
    assert "Every blessing," in body.text
    assert_absent(data, ["St Odran's Riverside", "1190 Forest", "Larkspur", "Barney",
                         "parish welfare officer"])


def test_a_municipal_card_with_opening_hours_and_a_slogan_goes() -> None:
    text = (f"Dag {PSEUDONYM},\n\nWat je schrijft over je broer is niet raar. Praat erover met "
            "iemand die je vertrouwt, of schrijf ons gerust opnieuw.\n\n"
            "Met hartelijke groet,\nWard\n\n"
            "Edward Plompen\nJeugdconsulent\nGemeente Kleiveld | Dienst Vrije Tijd\n"
            "Molenweg 8, 2999 Kleiveld\nT 03 555 19 28\n\n"
            "Binnenlopen kan zonder afspraak: di–do 13u–17u in het Vrijetijdshuis.\n"
            "Kleiveld. Daar leef je.\n")
    message = _mail("Edward Plompen <edward.plompen@kleiveld.example>", text)
    body, data = _answer(message, "edward.plompen@kleiveld.example", "Edward")
    assert "Wat je schrijft over je broer is niet raar." in body.text
    assert "Met hartelijke groet," in body.text
    assert_absent(data, ["Gemeente Kleiveld", "Molenweg", "2999 Kleiveld", "Vrijetijdshuis",
                         "Ward", "Plompen"])


def test_a_ps_under_the_card_stays() -> None:
    text = (f"Hoi {PSEUDONYM},\n\nJe mag dit in je eigen tempo doen. Niemand kan je dwingen om "
            "het nu al te vertellen.\n\nGroeten,\nTijs\n\n"
            "Matthijs Ooievaar\nBegeleider\nHuis De Boomgaard\nLindelaan 3, 3999 Ravels-Dorp\n"
            "T 014 55 66 71\n\n"
            "PS: kijk ook eens naar de verhalen van andere jongeren, daar haal je moed uit.\n")
    message = _mail("Matthijs Ooievaar <m.ooievaar@boomgaard.example>", text)
    body, data = _answer(message, "m.ooievaar@boomgaard.example", "Matthijs")
    assert "PS: kijk ook eens naar de verhalen van andere jongeren, daar haal je moed uit." \
        in body.text
    assert_absent(data, ["Ooievaar"])


def test_a_wish_to_the_reader_under_the_card_stays() -> None:
    text = (f"Hoi {PSEUDONYM},\n\nJe mag dit in je eigen tempo doen.\n\nGroeten,\nTijs\n\n"
            "Matthijs Ooievaar\nBegeleider\nHuis De Boomgaard\nLindelaan 3, 3999 Ravels-Dorp\n"
            "T 014 55 66 71\n\nVeel moed voor het gesprek met je mama morgen!\n")
    message = _mail("Matthijs Ooievaar <m.ooievaar@boomgaard.example>", text)
    body, _ = _answer(message, "m.ooievaar@boomgaard.example", "Matthijs")
    assert "Veel moed voor het gesprek met je mama morgen!" in body.text


def test_a_question_under_a_card_without_a_closing_above_stays() -> None:
    text = (f"Hoi {PSEUDONYM},\n\nJe mag dit in je eigen tempo doen. Niemand kan je dwingen.\n\n"
            "Matthijs Ooievaar\nBegeleider\nHuis De Boomgaard\nLindelaan 3, 3999 Ravels-Dorp\n"
            "T 014 55 66 71\n\n"
            "Zou je me nog eens laten weten hoe het gesprek met je mama ging?\n")
    message = _mail("Matthijs Ooievaar <m.ooievaar@boomgaard.example>", text)
    body, _ = _answer(message, "m.ooievaar@boomgaard.example", "Matthijs")
    assert "Zou je me nog eens laten weten hoe het gesprek met je mama ging?" in body.text


# ------------------------------------------------------------- a colleague's forwarded advice

_FORWARDED = (
    f"Hi {PSEUDONYM},\n\nI asked a friend who works with teenagers what she would say. "
    "Her answer is below.\n\nTake care,\nGwen\n\n"
    "---------- Forwarded message ---------\n"
    "From: Dr Rosalind Tepper <r.tepper@oakfield-clinic.example>\n"
    "Date: Tue, 3 Mar 2026 at 21:40\nSubject: Re: a question\n"
    "To: Gwen Marlowe <gwen.marlowe@mail.example>\n\n"
    "Hi Gwen,\n\nTell them it is fine not to have an answer yet. Feelings move, and that is "
    "allowed.\n\nx\nRosalind\n\nDr Rosalind Tepper\nOakfield Clinic\n")


def test_a_forwarded_colleagues_name_is_replaced_in_the_advice() -> None:
    message = _mail("Gwen Marlowe <gwen.marlowe@mail.example>", _FORWARDED)
    body, data = _answer(message, "gwen.marlowe@mail.example", "Gwen")
    assert "Tell them it is fine not to have an answer yet." in body.text
    assert "Feelings move, and that is allowed." in body.text
    assert "I asked a friend who works with teenagers what she would say." in body.text
    assert_absent(data, ["Rosalind", "Tepper", "Marlowe"])


def test_only_other_senders_are_learned_from_forwarded_headers() -> None:
    who = Identity(addresses=("gwen.marlowe@mail.example",), names=("Gwen Marlowe",))
    assert forwarded_sender_names(_FORWARDED, who, "lumi.example") == ["Rosalind", "Tepper"]
    helpline = ("Antwoord hieronder.\n\nVan: QBQBUT via Lumi <c.abc@lumi.example>\n"
                "Verzonden: maandag 1 juni 2026 10:55\nAan: Gwen Marlowe\nOnderwerp: vraag\n\n"
                "hallo\n")
    assert forwarded_sender_names(helpline, who, "lumi.example") == []


# ---------------------------------------------------- a teaching role line under "-- "

def test_a_teaching_role_line_under_the_delimiter_goes_with_the_signature() -> None:
    text = (f"Salut {PSEUDONYM},\n\nPersonne ne sait tout d'un coup, et tu as le droit de "
            "prendre ton temps.\n\na+\nOdile\n\n-- \nOdile Farjon\n"
            "Professeure de sciences, de géographie et d'histoire – Lycée Bellerive\n")
    message = _mail("Odile Farjon <odile.farjon@bellerive.example>", text)
    body, data = _answer(message, "odile.farjon@bellerive.example", "Odile")
    assert "Personne ne sait tout d'un coup, et tu as le droit de prendre ton temps." in body.text
    assert_absent(data, ["Lycée Bellerive", "Farjon"])


def test_a_sentence_about_a_teacher_is_no_role_line() -> None:
    assert _is_role_line("Leerkracht wiskunde – klastitularis 4B")
    assert not _is_role_line("Leerkrachten zijn er om je te helpen – echt waar.")
    assert not _is_role_line("ik vind mijn leerkracht – die van Frans – heel lief")


# ---------------------------------------------------------- emoji and dashed sign-offs

def test_a_name_signed_after_a_flower_is_replaced_and_the_flower_stays() -> None:
    text = (f"Hey {PSEUDONYM},\n\nYou get to choose when and how. There is no rush.\n\n"
            "Mind how you go,\n🌷 Bo\n")
    message = _mail("Bodil Quist <bodil.quist@mail.example>", text)
    body, data = _answer(message, "bodil.quist@mail.example", "Bodil")
    assert "Mind how you go," in body.text and "🌷" in body.text
    assert "There is no rush." in body.text
    assert_absent(data, ["Bo", "Quist"])


def test_a_flower_sign_off_above_a_shop_card_stays() -> None:
    text = (f"Hoi {PSEUDONYM}!\n\nJe hoeft het niemand te bewijzen. Neem je tijd.\n\n"
            "🌷 Fenna\nFenna's Naaiatelier 🧵 tassen en poppenkleren\n"
            "www.shop.example/FennasNaaiatelier\nInsta: @fennas_naaiatelier\n")
    message = _mail("Fenna Wiersma <fenna.wiersma@mail.example>", text)
    body, data = _answer(message, "fenna.wiersma@mail.example", "Fenna")
    assert "Je hoeft het niemand te bewijzen. Neem je tijd." in body.text
    assert "🌷" in body.text
    assert_absent(data, ["Fenna", "Naaiatelier", "Wiersma"])


def test_a_dashed_first_name_above_a_card_keeps_its_dash() -> None:
    text = (f"hi {PSEUDONYM},\n\nit's fine to not want anyone right now. really.\n\n"
            "— marit\nMarit Solberg · Founder, Solberg Design\nsolberg-design.example\n")
    message = _mail("Marit Solberg <marit@solberg-design.example>", text)
    body, data = _answer(message, "marit@solberg-design.example", "Marit")
    assert "it's fine to not want anyone right now. really." in body.text
    assert "—" in body.text
    assert_absent(data, ["marit", "Solberg Design"])


# -------------------------------------------------------------- a shop's tagline under its card

def test_a_shops_tagline_closing_its_card_goes() -> None:
    text = (f"Coucou {PSEUDONYM} !\n\nTu as le droit d'avoir peur, et d'en parler calmement.\n\n"
            "Je t'envoie plein de courage.\n\n🌼 Val\n"
            "Atelier Val – bougies coulées à Dinant\n"
            "Boutique : ateliervalentine.example (propulsée par Boutiko)\n"
            "Instagram : @atelier_val\n"
            "Livraison gratuite dès 30 € !\n")
    message = _mail("Valentine Marchal <val@ateliervalentine.example>", text)
    body, data = _answer(message, "val@ateliervalentine.example", "Valentine")
    assert "Tu as le droit d'avoir peur, et d'en parler calmement." in body.text
    assert "Je t'envoie plein de courage." in body.text
    assert_absent(data, ["Atelier Val", "Dinant", "atelier_val", "Livraison", "Valentine",
                         "Marchal"])


def test_a_last_line_to_the_reader_is_no_tagline() -> None:
    names = _signature_name_words(Identity(addresses=(), names=("Zélie Marchal",)))
    for last in ("Écris-moi quand tu veux, même à 3h !", "PS: 2 jours de congé, profites-en !",
                 "Livraison gratuite dès 30 € ?", "Courage pour les 2 exams !"):
        lines = _split_lines(f"Coucou !\n\nTu as le droit.\n\nZélie\nInstagram : @atelier_zelie\n"
                             f"{last}")
        assert not _is_card_tagline(lines, len(lines) - 1, 0, names), last
    lines = _split_lines("Coucou !\n\nTu as le droit.\n\nZélie\nInstagram : @atelier_zelie\n"
                         "Livraison gratuite dès 30 € !")
    assert _is_card_tagline(lines, len(lines) - 1, 0, names)


# ------------------------------------------------------------- an app's praise on its own line

def test_a_client_line_with_the_apps_praise_is_a_client_line() -> None:
    assert _is_client_line("Sent from Driftmail, the best free email app for work")
    assert _is_client_line("Envoyé depuis Pigeonne, la messagerie qui vous simplifie la vie")
    assert not _is_client_line("sent from my bed, the best place to write an email app review")


def test_a_card_over_an_apps_praised_client_line_goes() -> None:
    text = (f"Hoi {PSEUDONYM},\n\nVertel het aan iemand op school die je vertrouwt. Je staat er "
            "niet alleen voor.\n\nHoudoe,\nGijs\n\n"
            "Gijsbert Kamphorst | Coach\nKamphorst Begeleiding | KvK 99887766\n"
            "www.kamphorstbegeleiding.example | 06 98 76 54 32\n\n"
            "Sent from Driftmail, the best free email app for work\n")
    message = _mail("Gijsbert Kamphorst <gijs@kamphorstbegeleiding.example>", text)
    body, data = _answer(message, "gijs@kamphorstbegeleiding.example", "Gijsbert")
    assert "Je staat er niet alleen voor." in body.text and "Houdoe," in body.text
    assert_absent(data, ["kamphorstbegeleiding.example", "99887766", "Driftmail", "Gijs"])


# ------------------------------------------------------------------ a name signed under a quote

def test_a_name_signed_right_under_a_quoted_line_is_replaced() -> None:
    text = (f"Hi {PSEUDONYM},\n\nYou wrote:\n> nobody at home listens\n\n"
            "That sounds lonely, and it is not your fault. Is there one adult at school you "
            "could try?\n\n> nobody at home listens\nPip\n")
    message = _mail("Philippa Ronson <philippa.ronson@mail.example>", text)
    body, data = _answer(message, "philippa.ronson@mail.example", "Philippa")
    assert "That sounds lonely, and it is not your fault." in body.text
    assert_absent(data, ["Pip", "Ronson"])


def test_a_sentence_under_a_quoted_line_stays() -> None:
    text = (f"Hi {PSEUDONYM},\n\nYou wrote:\n> nobody at home listens\n"
            "Hope is not lost, you know.\n")
    message = _mail("Philippa Ronson <philippa.ronson@mail.example>", text)
    body, _ = _answer(message, "philippa.ronson@mail.example", "Philippa")
    assert "Hope is not lost, you know." in body.text


def test_a_service_or_a_family_word_as_forwarded_sender_teaches_no_name() -> None:
    who = Identity(addresses=("gwen.marlowe@mail.example",), names=("Gwen Marlowe",))
    for sender in ("Zorgpunt Team <zorg@plonk.example>", "Wellbeing Team <wb@plonk.example>",
                   "Service Jeunesse <sj@plonk.example>", "Mama <mama.marlowe@plonk.example>",
                   "Grandpa <gp@plonk.example>", "Dienst Welzijn Kleiveld <dw@plonk.example>"):
        text = (f"Zie hieronder.\n\nVan: {sender}\nOnderwerp: vraag\n\n"
                "Het Team helpt graag, vraag het een Mama of Papa.\n")
        assert forwarded_sender_names(text, who, "lumi.example") == [], sender


def test_a_teams_words_in_forwarded_advice_stay() -> None:
    text = (f"Dag {PSEUDONYM},\n\nIk vroeg raad, hieronder het antwoord.\n\nGroetjes,\nGwen\n\n"
            "---------- Doorgestuurd bericht ---------\n"
            "Van: Zorgpunt Team <zorgpunt@plonk.example>\nOnderwerp: vraag\n\n"
            "Hoi Gwen,\nHet Zorgpunt Team kan die jongere helpen. Bellen naar het Team mag, "
            "ook anoniem.\n")
    message = _mail("Gwen Marlowe <gwen.marlowe@mail.example>", text)
    body, _ = _answer(message, "gwen.marlowe@mail.example", "Gwen")
    assert "Het Zorgpunt Team kan die jongere helpen." in body.text
    assert "Bellen naar het Team mag" in body.text
