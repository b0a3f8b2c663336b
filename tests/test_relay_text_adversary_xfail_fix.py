"""Behaviour tests for the rules that closed strict xfails of the twelfth to fourteenth adversary
probes (tests/test_relay_text_adversary12/13/14_probes.py): the child a parent writes of in
everyday words ("mijn kindje", "mon ado", "my kid", "mijn puber", "mon garçon"; beside an age
"mijn meisje", "my lad", "onze jongste"); a coach's player without the comma, a carer's young
one "hij noemt", "qui s'appelle", "his name is"; a relative asked for two lines under; a class
beside the signed name after "klas"/"uit", in lower case, a British year and form apart; a
first name that is also a word signed with kisses over a P.S.; a pasted card's school field,
a pass's valid stretch, "Naam leerling:", a ticket's passenger alone over a route, an
invitation's town; a volunteer's household in more shapes; a work mailbox's Subject markings
and tickets after the employer; a card under "Stay strong x", a name signed in lower case or
with an initial, a closure notice, a survey footer and a part-timer's line under a card; a
famous namesake sharing the writer's surname; a P.S. under an address block; a referral said
to the reader under the signed name. Each rule has a guard ("keeps"): the writer's own words
in a near shape. Names, words and mails are invented, not the probes' or the corpus's."""

from __future__ import annotations

import pytest

from mailhandler.core.scrub.subject_tags import without_tool_tags
from tests.conftest import assert_absent
from tests.test_relay_text import PSEUDONYM, _forward, _mail
from tests.test_relay_text_adversary13_probes import QUOTE, VOL, _run

HILDE = "Hilde Baert <hilde.baert@ocmw-zele.example>"

# --------------------------------------------------------------------------- a parent's child


@pytest.mark.parametrize("opening", [
    "Mijn kindje Wannes is 9 en plast weer in bed.",
    "Mon ado Maël ne parle plus à personne.",
    "My kid Rowan has stopped eating at school.",
    "Mijn puber Ferre komt niet meer uit zijn kamer.",
    "Mon garçon Maël se fait racketter au collège.",
])
def test_a_parents_everyday_word_for_their_child_names_them(opening: str) -> None:
    name = opening.split()[2]
    body = f"Hallo,\n\n{opening}\nWat kunnen we doen?\n\nGroeten,\nHilde\n"
    relayed, _ = _forward(_mail("Hilde Maes <hilde.maes@mail.example>", body))
    assert name not in relayed.text
    assert opening.split(" ", 3)[3] in relayed.text


@pytest.mark.parametrize("opening", [
    "Mijn meisje Wiebke is 10 en wil niet meer eten.",
    "My lad Rowan is 13 and won't go to school.",
    "Onze jongste, Ferre, is 8 en slaapt niet meer.",
    "Mon aînée, Maëlle (16), ne sort plus.",
])
def test_a_word_for_a_child_beside_an_age_names_them(opening: str) -> None:
    name = opening.replace(",", "").split()[2]
    body = f"Hallo,\n\n{opening}\nWat kunnen we doen?\n\nGroeten,\nHilde\n"
    relayed, _ = _forward(_mail("Hilde Maes <hilde.maes@mail.example>", body))
    assert name not in relayed.text
    assert "Wat kunnen we doen?" in relayed.text


def test_keeps_a_young_writers_girlfriend_with_her_age() -> None:
    body = "hoi\nik ben 15\nmijn meisje Wiebke is 15 en ze heeft het uitgemaakt\nik ben kapot\n"
    relayed, _ = _forward(_mail("Jelle Maes <jelle.maes@mail.example>", body))
    assert "mijn meisje Wiebke is 15 en ze heeft het uitgemaakt" in relayed.text


def test_keeps_a_word_for_a_child_without_an_age() -> None:
    body = "hoi\nmijn meisje Wiebke heeft het uitgemaakt en ik ben kapot\n"
    relayed, _ = _forward(_mail("Jelle Maes <jelle.maes@mail.example>", body))
    assert "mijn meisje Wiebke heeft het uitgemaakt" in relayed.text


# --------------------------------------------------------------------------- a carer's young one


@pytest.mark.parametrize("opening", [
    "Ik ben trainster van de U15. Eén van mijn speelsters, Wiebke, eet niets meer.",
    "Ik ben coach van de miniemen. Een van mijn spelers Ferre eet niets meer.",
])
def test_one_of_a_coachs_group_is_named_with_or_without_the_comma(opening: str) -> None:
    name = "Wiebke" if "Wiebke" in opening else "Ferre"
    body = f"Dag\n\n{opening}\nIk maak me zorgen.\n"
    relayed, _ = _forward(_mail("Hilde Maes <hilde.maes@mail.example>", body))
    assert name not in relayed.text
    assert "eet niets meer." in relayed.text


def test_keeps_a_capital_word_after_a_group_without_a_comma_from_a_young_member() -> None:
    body = "ik ben 15 en zit bij de scouts\neen van onze leden Ferre stuurt me rare foto's\n"
    relayed, _ = _forward(_mail("Jelle Maes <jelle.maes@mail.example>", body))
    assert "een van onze leden Ferre stuurt me rare foto's" in relayed.text


@pytest.mark.parametrize(("opening", "name"), [
    ("Ik ben straathoekwerkster. Een meisje van 15 komt hier vaak, ze heet Wiebke, en ze "
     "slaapt buiten.", "Wiebke"),
    ("Ik ben jeugdwerker. Een gast van 16 hangt hier elke dag rond, hij noemt Ferre, en hij "
     "slaapt buiten.", "Ferre"),
    ("Je suis éducatrice. Une jeune de 16 ans qui s'appelle Maëlle slaapt buiten.", "Maëlle"),
    ("I'm a youth worker. A lad of 16 drops in daily, his name is Rowan, and he slaapt buiten.",
     "Rowan"),
])
def test_a_carers_young_one_then_called_is_named(opening: str, name: str) -> None:
    body = f"Hallo\n\n{opening}\n"
    relayed, _ = _forward(_mail("Hilde Maes <hilde.maes@mail.example>", body))
    assert name not in relayed.text
    assert "slaapt buiten." in relayed.text


def test_keeps_the_name_of_one_who_harms_a_young_monitor() -> None:
    body = ("ik ben 16 en monitor op kamp\neen gast van 17, hij noemt Ferre, zit de hele tijd "
            "aan mij\n")
    relayed, _ = _forward(_mail("Jelle Maes <jelle.maes@mail.example>", body))
    assert "hij noemt Ferre, zit de hele tijd aan mij" in relayed.text


# --------------------------------------------------------------------------- a relative asked for


def test_a_relative_asked_for_two_lines_under_is_named() -> None:
    body = "mijn broer Wannes is 15\nhij komt niet meer uit bed\nhoe help ik hem\n"
    relayed, _ = _forward(_mail("Jelle Maes <jelle.maes@mail.example>", body))
    assert "Wannes" not in relayed.text
    assert "hij komt niet meer uit bed" in relayed.text


def test_keeps_a_relative_who_hurts_the_writer_two_lines_over_a_worry() -> None:
    body = ("mijn broer Wannes (18) duwt mij als papa weg is\nik ben 12\n"
            "toch ben ik ongerust over hem want hij rookt\n")
    relayed, _ = _forward(_mail("Jelle Maes <jelle.maes@mail.example>", body))
    assert "mijn broer Wannes (18) duwt mij" in relayed.text


# --------------------------------------------------------------------------- a class by the name


@pytest.mark.parametrize(("signature", "code"), [
    ("Wiebke, klas 5C", "5C"),
    ("Wiebke uit 5C", "5C"),
    ("wiebke 5c", "5c"),
])
def test_a_class_beside_the_signed_name_in_more_shapes_is_replaced(signature: str,
                                                                   code: str) -> None:
    body = f"hoi\nze lachen me uit in de les\n\n{signature}\n"
    relayed, _ = _forward(_mail("Wiebke Smet <wiebke.smet@mail.example>", body))
    assert code not in relayed.text
    assert "ze lachen me uit in de les" in relayed.text


def test_a_british_year_and_form_apart_beside_the_name_is_replaced() -> None:
    body = "hi\nthey push me on the stairs\n\nRowan Y9 9KT\n"
    relayed, _ = _forward(_mail("Rowan Pike <rowan.pike@mail.example>", body))
    assert "9KT" not in relayed.text
    assert "they push me on the stairs" in relayed.text


@pytest.mark.parametrize("signature", ["wiebke 13j", "wiebke 3e", "Wiebke uit Gent",
                                       "Wiebke van 14"])
def test_keeps_an_age_a_year_or_a_town_beside_the_signed_name(signature: str) -> None:
    body = f"hoi\nze lachen me uit in de les\n\n{signature}\n"
    relayed, _ = _forward(_mail("Wiebke Smet <wiebke.smet@mail.example>", body))
    assert signature.split()[-1] in relayed.text


# --------------------------------------------------------------------------- a closing with kisses


def test_a_first_name_that_is_a_word_signs_with_kisses_over_a_ps() -> None:
    body = ("hoi\nik woon in een leefgroep\nik ben 14\nliefs Roos xx\n"
            "ps niemand weet dat ik schrijf\n")
    relayed, _ = _forward(_mail("Gezin Smet <gezin.smet@mail.example>", body))
    assert "Roos" not in relayed.text
    assert "ps niemand weet dat ik schrijf" in relayed.text


def test_keeps_the_name_thanked_with_kisses() -> None:
    body = "hi\nyou really helped me last time\nthanks Grace xx\nps i told my mum\n"
    relayed, _ = _forward(_mail("The Pikes <the.pikes@mail.example>", body))
    assert "thanks Grace" in relayed.text


# --------------------------------------------------------------------------- a pasted card's places


def test_a_school_field_under_a_pupils_field_is_replaced() -> None:
    body = ("kijk wat ik kreeg\nLeerling: Wiebke Smet\nKlas: 2C\n"
            "School: Sint-Pieterscollege Jette\npapa mag het niet zien\n")
    relayed, _ = _forward(_mail("Wiebke Smet <wiebke.smet@mail.example>", body))
    assert "Sint-Pieterscollege" not in relayed.text and "Jette" not in relayed.text
    assert "papa mag het niet zien" in relayed.text


def test_keeps_a_school_field_the_writer_types_without_a_card() -> None:
    body = "hoi\nSchool: Sint-Pieterscollege Jette\ndaar word ik gepest\n"
    relayed, _ = _forward(_mail("Wiebke Smet <wiebke.smet@mail.example>", body))
    assert "School: Sint-Pieterscollege Jette" in relayed.text


def test_a_pass_valid_between_two_towns_is_replaced() -> None:
    body = "mijn abonnement\nHouder: Wiebke Smet\nGeldig: Lier - Mechelen\nik wil weg\n"
    relayed, _ = _forward(_mail("Wiebke Smet <wiebke.smet@mail.example>", body))
    assert "Lier" not in relayed.text and "Mechelen" not in relayed.text
    assert "ik wil weg" in relayed.text


def test_keeps_the_days_a_pass_is_valid() -> None:
    body = "mijn abonnement\nHouder: Wiebke Smet\nGeldig: Maandag - Vrijdag\nik wil weg\n"
    relayed, _ = _forward(_mail("Wiebke Smet <wiebke.smet@mail.example>", body))
    assert "Geldig: Maandag - Vrijdag" in relayed.text


def test_a_holder_field_said_with_name_reads_the_card() -> None:
    body = "mijn rapport\nNaam leerling: Wiebke Smet\nSint-Pieterscollege Jette\nik ben bang\n"
    relayed, _ = _forward(_mail("Wiebke Smet <wiebke.smet@mail.example>", body))
    assert "Jette" not in relayed.text
    assert "ik ben bang" in relayed.text


def test_keeps_a_school_under_a_name_field_the_writer_types() -> None:
    body = "hoi\nNaam: Wiebke Smet\nSint-Pieterscollege Jette\nik word gepest\n"
    relayed, _ = _forward(_mail("Wiebke Smet <wiebke.smet@mail.example>", body))
    assert "Sint-Pieterscollege Jette" in relayed.text


def test_a_tickets_passenger_alone_on_a_line_over_a_route_reads_the_card() -> None:
    body = "my ticket\nRowan Pike\nBristol Temple Meads → Cardiff\nim leaving on friday\n"
    relayed, _ = _forward(_mail("Rowan Pike <rowan.pike@mail.example>", body))
    assert "Temple Meads" not in relayed.text and "Cardiff" not in relayed.text
    assert "im leaving on friday" in relayed.text


def test_keeps_a_route_in_the_writers_words_under_the_signed_name() -> None:
    body = "hi\nplease help\nRowan Pike\nmy dad drives Bristol → Cardiff every week\n"
    relayed, _ = _forward(_mail("Rowan Pike <rowan.pike@mail.example>", body))
    assert "Bristol → Cardiff" in relayed.text


# ------------------------------------------------------------------------ a volunteer's household


@pytest.mark.parametrize(("line", "name"), [
    ("mijn oudste, Sanne, had dat ook op die leeftijd", "Sanne"),
    ("my youngest, Imogen, went through the same", "Imogen"),
    ("ma grande, Maëlle, a vécu la même chose", "Maëlle"),
    ("m'n vent Dirk zegt altijd: praat erover", "Dirk"),
    ("mijn kleindochter heet ook Febe en die had dat ook", "Febe"),
    ("ons Febe had dat ook in het middelbaar", "Febe"),
])
def test_a_volunteers_household_in_more_shapes_is_replaced(line: str, name: str) -> None:
    body = f"Dag {PSEUDONYM}\n\n{line}\nhet gaat echt over\n\nGroetjes,\nHilde\n\n" + QUOTE
    text, data = _run(VOL, HILDE, body)
    assert_absent(data, [name])
    assert "het gaat echt over" in text


def test_a_greeting_along_with_courage_under_the_sign_off_is_replaced() -> None:
    body = (f"Salut {PSEUDONYM},\n\ntu n'es pas seule\n\nBises,\nHilde\n"
            "Maëlle t'envoie beaucoup de force\n\n" + QUOTE)
    text, data = _run(VOL, HILDE, body)
    assert_absent(data, ["Maëlle"])
    assert "tu n'es pas seule" in text


@pytest.mark.parametrize(("line", "kept"), [
    ("your eldest, Imogen, sounds lovely", "Imogen"),
    ("je broer heet ook Febe? wat een mooie naam", "Febe"),
    ("dat weet ons Lieve Heer alleen", "Lieve"),
    ("Febe stuurt je berichten 's nachts?", "Febe stuurt je berichten"),
])
def test_keeps_names_that_are_not_the_volunteers_household(line: str, kept: str) -> None:
    body = f"Dag {PSEUDONYM}\n\n{line}\nhet gaat echt over\n\nGroetjes,\nHilde\n\n" + QUOTE
    text, _ = _run(VOL, HILDE, body)
    assert kept in text


# --------------------------------------------------------------------------- a work mailbox's tags


@pytest.mark.parametrize("subject", [
    "Re: je vraag [Vertrouwelijk – Ziekenhuis Oostrand]",
    "Re: je vraag [Confidentiel – CPAS de Montbrun]",
    "Re: je vraag [Egress – Stad Zwartberg]",
    "Re: je vraag [Jeugddienst Zwartberg #58213]",
])
def test_a_marking_or_a_ticket_after_the_employer_is_taken_out(subject: str) -> None:
    assert without_tool_tags(subject) == "Re: je vraag"


@pytest.mark.parametrize("subject", [
    "Re: je vraag [vertrouwelijk]",
    "Re: je vraag [vertrouwelijk – alleen voor jou]",
    "Re: het tornooi [WK #2026]",
    "Re: je vraag [deel #2]",
])
def test_keeps_a_volunteers_own_marking_or_number(subject: str) -> None:
    assert without_tool_tags(subject) == subject


# --------------------------------------------------------------------------- a card under the name

_CARD = "Hilde Baert\nConsulent Jeugdhulp\nOCMW Zele\n\n"


@pytest.mark.parametrize("notice", [
    "Ons onthaal is gesloten op 15 augustus.",
    "Het loket blijft dicht tijdens de kerstvakantie.",
    "Please note the office will be closed on 26 December.",
    "Le service sera fermé le 15 août.",
])
def test_a_closure_notice_under_a_card_goes_with_the_card(notice: str) -> None:
    body = (f"Dag {PSEUDONYM}\n\nje doet het goed zo\n\nGroetjes,\nHilde\n\n{_CARD}{notice}\n\n"
            + QUOTE)
    text, data = _run(VOL, HILDE, body)
    assert_absent(data, ["Baert", "OCMW Zele"])
    assert "je doet het goed zo" in text


def test_keeps_a_closure_the_volunteer_tells_the_reader_under_a_card() -> None:
    body = (f"Dag {PSEUDONYM}\n\nje doet het goed zo\n\nGroetjes,\nHilde\n\n{_CARD}"
            "Je school is morgen gesloten, dus je kan uitslapen.\n\n" + QUOTE)
    text, _ = _run(VOL, HILDE, body)
    assert "Je school is morgen gesloten, dus je kan uitslapen." in text


@pytest.mark.parametrize("signed", ["Stay strong x\nHilde", "hilde", "Hilde B."])
def test_a_card_under_a_name_signed_in_more_shapes_goes(signed: str) -> None:
    body = (f"Dag {PSEUDONYM}\n\nje doet het goed zo\n\n{signed}\n\n{_CARD}"
            "Onze diensten zijn gesloten op 15 augustus.\n\n" + QUOTE)
    text, data = _run(VOL, HILDE, body)
    assert_absent(data, ["Baert", "OCMW Zele"])
    assert "je doet het goed zo" in text


def test_keeps_a_lower_case_word_over_a_line_that_opens_with_it() -> None:
    body = (f"Dag {PSEUDONYM}\n\nje doet het goed zo\n\nHilde\n\nsterkte\n\n"
            "Sterkte Zele is een praatgroep die ik je aanraad.\n\n" + QUOTE)
    text, _ = _run(VOL, HILDE, body)
    assert "is een praatgroep die ik je aanraad" in text


def test_the_town_on_an_invitation_headed_with_the_writers_name_is_replaced() -> None:
    body = ("dit maakte ik\n\nWIEBKE WORDT 12!\nZondag 3 mei\nBij mij thuis in Lokeren\n\n"
            "maar niemand komt\n")
    relayed, _ = _forward(_mail("Wiebke Smet <wiebke.smet@mail.example>", body))
    assert "Lokeren" not in relayed.text
    assert "maar niemand komt" in relayed.text and "Bij mij thuis in" in relayed.text


def test_keeps_a_town_in_the_writers_words_under_an_invitation() -> None:
    body = ("dit maakte ik\n\nWIEBKE WORDT 12!\nZondag 3 mei\n\n"
            "ik woon in Lokeren en niemand van mijn klas komt\n")
    relayed, _ = _forward(_mail("Wiebke Smet <wiebke.smet@mail.example>", body))
    assert "ik woon in Lokeren" in relayed.text


def test_a_survey_footer_asking_how_we_score_goes_with_the_card() -> None:
    body = (f"Dag {PSEUDONYM}\n\nje doet het goed zo\n\nGroet,\nHilde\n\n{_CARD}"
            "Hoe doen we het? Vul onze korte bevraging in (3 minuten).\n\n"
            "Dit bericht is enkel bestemd voor de geadresseerde.\n\n" + QUOTE)
    text, data = _run(VOL, HILDE, body)
    assert_absent(data, ["Baert", "OCMW Zele"])
    assert "je doet het goed zo" in text


def test_keeps_the_volunteers_own_how_are_we_doing() -> None:
    body = (f"Hi {PSEUDONYM}\n\nHow are we doing? I hope the tips from our survey of apps "
            "helped.\nwrite again soon\n\nHilde\n\n" + QUOTE)
    text, _ = _run(VOL, HILDE, body)
    assert "How are we doing? I hope the tips from our survey of apps helped." in text


def test_a_part_timers_line_under_the_card_goes_with_it() -> None:
    body = (f"Dag {PSEUDONYM}\n\nje doet het goed zo\n\nGroet,\nHilde\n\nHilde Baert\n"
            "Consulent Jeugdhulp OCMW Zele\n"
            "Ik werk niet op vrijdag. Je mail wordt dan maandag beantwoord.\n\n" + QUOTE)
    text, data = _run(VOL, HILDE, body)
    assert_absent(data, ["Baert", "OCMW Zele"])
    assert "je doet het goed zo" in text


def test_keeps_the_volunteers_own_day_off() -> None:
    body = (f"Dag {PSEUDONYM}\n\nIk werk niet op vrijdag. Dan lees ik je mail rustig en "
            "schrijf ik terug.\n\nGroet,\nHilde\n\n" + QUOTE)
    text, _ = _run(VOL, HILDE, body)
    assert "Ik werk niet op vrijdag. Dan lees ik je mail rustig en schrijf ik terug." in text


# --------------------------------------------------------------------------- a famous namesake


@pytest.mark.parametrize("body", [
    "ik lees Anne Frank voor school en ik moet huilen\n",
    "ik heb dezelfde achternaam als Anne Frank en iedereen lacht\n",
    "mijn broer zegt dat ik op Anne Frank lijk en dan lacht iedereen\n",
])
def test_a_famous_namesake_keeps_its_first_name(body: str) -> None:
    relayed, data = _forward(_mail("Wiebke Frank <wiebke.frank@mail.example>", body))
    assert_absent(data, ["Frank"])
    assert "Anne" in relayed.text


def test_a_relative_named_after_a_word_of_reading_is_replaced() -> None:
    body = "ik lees de brief van Griet Frank en ik word er bang van\n"
    relayed, data = _forward(_mail("Wiebke Frank <wiebke.frank@mail.example>", body))
    assert_absent(data, ["Griet"])
    assert "en ik word er bang van" in relayed.text


# ------------------------------------------------------------------------ a P.S. under an address


@pytest.mark.parametrize("postscript", ["P.S. niemand thuis weet dit",
                                        "pps sorry voor de typfouten"])
def test_a_postscript_under_the_writers_address_block_stays(postscript: str) -> None:
    body = ("Hallo,\n\nIk durf het aan niemand te vertellen.\n\n"
            f"Wiebke Smet\nKerkdreef 4\n9160 Lokeren\n\n{postscript}\n")
    relayed, data = _forward(_mail("Wiebke Smet <wiebke.smet@mail.example>", body))
    assert_absent(data, ["Kerkdreef", "Smet"])
    assert postscript.split(" ", 1)[1] in relayed.text


def test_keeps_cutting_a_card_whose_last_paragraph_is_a_postscript_of_the_card() -> None:
    body = (f"Dag {PSEUDONYM}\n\nje doet het goed zo\n\nGroet,\nHilde\n\n{_CARD}"
            "PS Volg ons op Instagram: @ocmwzele\n\n" + QUOTE)
    text, data = _run(VOL, HILDE, body)
    assert_absent(data, ["Baert", "OCMW Zele", "ocmwzele"])
    assert "je doet het goed zo" in text


# ------------------------------------------------------------------------ a referral under the name


def test_a_referral_said_to_the_reader_under_the_signed_name_stays() -> None:
    body = (f"Dag {PSEUDONYM}\n\nJe mag altijd naar het JAC gaan.\n\nHilde\n\n"
            "Ruben Claeys\nJAC-consulent, hij belt je morgen op\n\n" + QUOTE)
    text, data = _run(VOL, HILDE, body)
    assert_absent(data, ["Baert"])
    assert "JAC-consulent, hij belt je morgen op" in text


def test_keeps_cutting_the_volunteers_own_card_that_speaks_of_them() -> None:
    body = (f"Dag {PSEUDONYM}\n\nJe mag altijd naar het JAC gaan.\n\nHilde\n\n"
            "Hilde Baert\nOCMW Zele, ze helpt je graag\n\n" + QUOTE)
    text, data = _run(VOL, HILDE, body)
    assert_absent(data, ["Baert", "OCMW Zele"])
    assert "Je mag altijd naar het JAC gaan." in text
