"""Behaviour tests for the rules that closed part of dev round42's misses (volunteers' own words
where signature rules look): a work or family card in the middle of an answer, with the
volunteer's own words (a P.S., a poem, a quote, a warm word) below it. The card goes, with the
disclaimer right under it; every word below it arrives. Names, words and mails are invented,
not the corpus's."""

from __future__ import annotations

from tests.conftest import assert_absent
from tests.test_relay_text import PSEUDONYM, _answer, _forward, _mail

MARKER = "[handtekening weggelaten]"


# --------------------------------------------------------------------------- a card, then words


def test_a_card_glued_under_the_closing_goes_and_the_ps_below_it_arrives() -> None:
    text = (f"Dag {PSEUDONYM},\n\nWat je vertelt over je broer is zwaar. Je staat er niet alleen "
            "voor.\n\n"
            "Vriendelijke groet,\n"
            "Wietske Verhulst\n"
            "Jeugdconsulent\n"
            "Huis van het Kind Oudenburg\n"
            "Zandvoordestraat 18, 8460 Oudenburg\n"
            "059 11 22 33\n\n"
            "PS: schrijf gerust nog eens, ook als het gewoon een slechte dag is.\n")
    message = _mail("Wietske Verhulst <w.verhulst@hvhk.example>", text)
    body, data = _answer(message, "w.verhulst@hvhk.example", "Wietske")
    assert "PS: schrijf gerust nog eens, ook als het gewoon een slechte dag is." in body.text
    assert "Vriendelijke groet," in body.text and MARKER in body.text
    assert "Je staat er niet alleen voor." in body.text
    assert_absent(data, ["Huis van het Kind Oudenburg", "8460 Oudenburg", "Zandvoordestraat",
                         "Jeugdconsulent", "Verhulst", "Wietske"])


def test_a_card_of_extensions_and_its_disclaimer_go_and_the_poem_below_arrives() -> None:
    text = (f"Hi {PSEUDONYM},\n\nNone of this is your fault, and you were brave to write it down."
            "\n\nWarm wishes,\nDeb\n\n"
            "Deborah Ashcombe\n"
            "Play Specialist, Children's Ward\n"
            "Eastvale General Infirmary\n"
            "Ext. 6120 | Pager 341\n\n"
            "This email and its attachments are confidential and intended only for the named "
            "recipient. If you received it in error, please tell the sender and delete it.\n\n"
            "A few lines I keep on my locker:\n"
            "the storm is loud,\n"
            "the sky is bigger.\n")
    message = _mail("Deborah Ashcombe <d.ashcombe@eastvale.example>", text)
    body, data = _answer(message, "d.ashcombe@eastvale.example", "Deb")
    for words in ("None of this is your fault, and you were brave to write it down.",
                  "Warm wishes,", "A few lines I keep on my locker:", "the storm is loud,",
                  "the sky is bigger."):
        assert words in body.text, words
    assert_absent(data, ["Eastvale General Infirmary", "6120", "341", "Play Specialist",
                         "Ashcombe", "Deborah", "Deb"])
    assert "confidential" not in body.text


def test_a_card_with_a_disclaimer_line_glued_under_it_goes_and_the_quote_arrives() -> None:
    text = (f"Bonjour {PSEUDONYM},\n\nTu as le droit de prendre ton temps.\n\n"
            "Belle journée,\nNoémie\n\n"
            "Noémie Dardenne\n"
            "Logopède – Centre Les Tilleuls\n"
            "Rue du Marais 12, 4020 Liège\n"
            "Tél. 04 222 33 44\n"
            "Avertissement : ce message est confidentiel et destiné uniquement à son "
            "destinataire.\n\n"
            "Une phrase que ma grand-mère disait :\n"
            "« Doucement, mais sans s'arrêter. »\n")
    message = _mail("Noémie Dardenne <n.dardenne@tilleuls.example>", text)
    body, data = _answer(message, "n.dardenne@tilleuls.example", "Noémie")
    assert "Une phrase que ma grand-mère disait :" in body.text
    assert "« Doucement, mais sans s'arrêter. »" in body.text
    assert "Tu as le droit de prendre ton temps." in body.text
    assert_absent(data, ["Centre Les Tilleuls", "4020 Liège", "Rue du Marais", "Dardenne"])


def test_a_family_card_under_dashes_goes_and_the_ps_below_it_arrives() -> None:
    text = (f"Coucou {PSEUDONYM},\n\nCe qu'ils t'écrivent n'est pas normal, garde tout.\n\n"
            "Bisous,\nFlo\n\n"
            "-- \n"
            "Florence Gilson, Yannick Gilson, Lou et Timéo\n"
            "Rue des Prés 3, 6900 Marche\n"
            "084 31 22 10\n\n"
            "PS : tu peux aussi en parler au PMS, c'est gratuit et confidentiel.\n")
    message = _mail("Famille Gilson <famille.gilson@mail.example>", text)
    body, data = _answer(message, "famille.gilson@mail.example", "Flo")
    assert "PS : tu peux aussi en parler au PMS, c'est gratuit et confidentiel." in body.text
    assert "Ce qu'ils t'écrivent n'est pas normal, garde tout." in body.text
    assert_absent(data, ["Timéo", "Lou", "6900 Marche", "Rue des Prés", "084 31 22 10",
                         "Gilson", "Florence"])


def test_a_couple_card_under_dashes_goes_the_ps_stays_and_the_client_line_goes() -> None:
    text = (f"Hi {PSEUDONYM},\n\nYou matter, exactly as you are.\n\nRuth x\n\n"
            "-- \n"
            "Ruth Okafor & Daniel Okafor\n"
            "7 Ferry Lane, Bristol BS3 1AA\n"
            "0117 496 0321\n\n"
            "P.S. Hiding it for a while to stay safe is not giving up.\n\n"
            "Sent from Yahoo Mail on Android\n")
    message = _mail("Ruth & Daniel Okafor <okafor.home@mail.example>", text)
    body, data = _answer(message, "okafor.home@mail.example", "Ruth")
    assert "P.S. Hiding it for a while to stay safe is not giving up." in body.text
    assert "You matter, exactly as you are." in body.text
    assert_absent(data, ["Bristol BS3 1AA", "7 Ferry Lane", "0117 496 0321", "Okafor", "Daniel",
                         "Sent from Yahoo Mail"])


def test_a_parents_card_above_the_kids_own_words_goes_in_a_forward() -> None:
    text = ("hallo, dit is niet mama die schrijft maar ik\n"
            "ik weet niet of ik bi ben en ik durf het niemand te zeggen\n\n"
            "Met vriendelijke groeten,\n"
            "Griet Vanoverbeke\n"
            "Boekhouder\n"
            "Ploegstraat 7, 8930 Menen\n"
            "0476 12 34 56\n\n"
            "sorry da was haar handtekening, kunnen jullie mij terugschrijven?\n")
    body, data = _forward(_mail("Griet Vanoverbeke <griet.vanoverbeke@mail.example>", text))
    assert "sorry da was haar handtekening, kunnen jullie mij terugschrijven?" in body.text
    assert "ik weet niet of ik bi ben en ik durf het niemand te zeggen" in body.text
    assert_absent(data, ["8930 Menen", "Ploegstraat", "Boekhouder", "Vanoverbeke"])


# --------------------------------------------------------------------------- what stays


def test_an_organisations_contact_lines_under_the_closing_stay_as_advice() -> None:
    text = (f"Dag {PSEUDONYM},\n\nJe kan ook eens binnenlopen bij:\n\nGroetjes,\nLotte\n\n"
            "JAC Zeebrugge\n"
            "Havenstraat 40, 8380 Zeebrugge\n"
            "open op woensdag\n\n"
            "PS: daar mag je gewoon zonder afspraak binnen.\n")
    body, _ = _answer(_mail("Lotte Dierickx <lotte.d@mail.example>", text),
                      "lotte.d@mail.example", "Lotte")
    assert "JAC Zeebrugge" in body.text and "open op woensdag" in body.text
    assert "PS: daar mag je gewoon zonder afspraak binnen." in body.text


def test_a_name_line_with_words_to_the_reader_under_it_stays() -> None:
    text = (f"Dag {PSEUDONYM},\n\nIk ben blij dat je schreef.\n\nGroeten,\n"
            "Lotte Dierickx\n"
            "Kerkplein 2, 8380 Zeebrugge\n"
            "je mag daar altijd langskomen\n\n"
            "PS: ook in de vakantie.\n")
    body, _ = _answer(_mail("Lotte Dierickx <lotte.d@mail.example>", text),
                      "lotte.d@mail.example", "Lotte")
    assert "je mag daar altijd langskomen" in body.text
    assert "PS: ook in de vakantie." in body.text
    assert MARKER not in body.text


def test_a_name_and_a_line_without_a_contact_detail_under_the_closing_stays() -> None:
    text = (f"Hi {PSEUDONYM},\n\nYou are not alone in this.\n\nTake care,\n"
            "Priya Raman\n"
            "Thursday evenings\n\n"
            "P.S. Write whenever you want.\n")
    body, _ = _answer(_mail("Priya Raman <priya.r@mail.example>", text),
                      "priya.r@mail.example", "Priya")
    assert "Thursday evenings" in body.text and "P.S. Write whenever you want." in body.text
    assert MARKER not in body.text


def test_a_helpline_under_dashes_without_the_writers_name_stays() -> None:
    text = (f"Dag {PSEUDONYM},\n\nBel gerust eens naar hen:\n\nGroetjes,\nLotte\n\n"
            "-- \n"
            "Tele-Onthaal\n"
            "Koningin Astridlaan 9, 9000 Gent\n\n"
            "PS: dag en nacht bereikbaar.\n")
    body, _ = _answer(_mail("Lotte Dierickx <lotte.d@mail.example>", text),
                      "lotte.d@mail.example", "Lotte")
    assert "Tele-Onthaal" in body.text and "PS: dag en nacht bereikbaar." in body.text


def test_a_ps_giving_an_address_right_under_the_card_is_no_disclaimer_and_stays() -> None:
    text = (f"Dag {PSEUDONYM},\n\nDat klinkt echt moeilijk.\n\nGroeten,\n"
            "Wim Baert\n"
            "Begeleider\n"
            "Dorpsstraat 4, 9800 Deinze\n"
            "09 380 11 22\n\n"
            "PS: het CLB zit in de Stationsstraat 12, 9000 Gent, bel 09 222 11 00 of mail "
            "onthaal@clb.example voor een afspraak.\n")
    body, data = _answer(_mail("Wim Baert <wim.baert@mail.example>", text),
                         "wim.baert@mail.example", "Wim")
    assert "PS: het CLB zit in de" in body.text and "voor een afspraak." in body.text
    assert_absent(data, ["9800 Deinze", "Dorpsstraat", "Baert"])


def test_a_card_line_of_extensions_is_told_from_words() -> None:
    from mailhandler.core.scrub.signature_lines import _CARD_INTERNAL_NUMBERS

    for line in ("Ext. 4471 | Bleep 2093", "toestel 231", "poste 4412 – bip 118", "Pager: 55"):
        assert _CARD_INTERNAL_NUMBERS.fullmatch(line), line
    for line in ("bip bip 2093 keer", "poste 2 lettres", "ext 12 mensen", "Bleep"):
        assert not _CARD_INTERNAL_NUMBERS.fullmatch(line), line
