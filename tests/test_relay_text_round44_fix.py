"""Behaviour tests for the rules that closed dev round44's misses (volunteers' answers by an
outside writer, an adversary of content loss carrying identity where devices, employers, mail
tools and habits put it): the employer in a sensitivity label; an account at the end of a
profile link; the writer's own lines added under the name they signed with; their words to
the reader under the places they recommend, and under their card; a card under "-- " laid
out one paragraph a line, with a role line and no contact detail; header-shaped lines the
writer types above their answer; Flemish "Verstuurd vanop mijn iPhone". Each with the
look-alike that must stay as it is. Names, words and mails are invented, not the corpus's."""

from __future__ import annotations

from mailhandler.core.scrub.banners import replace_label_organisation
from mailhandler.core.scrub.contacts import replace_handles
from tests.conftest import assert_absent
from tests.test_relay_text import PSEUDONYM, _answer, _mail

VOLUNTEER = "Mirthe Verhaegen <mirthe.verhaegen@post.example>"
PLACEHOLDER = "[…]"
ANSWER = ("Dag {pseudonym},\n\n"
          "Wat je schrijft over je broer is echt niet makkelijk. Je hoeft niet alles alleen te "
          "dragen.\nSchrijf ons gerust opnieuw als je wil.\n\n")
REPONSE = ("Bonjour {pseudonym},\n\n"
           "Ce que tu vis avec ta copine est très courant, et tu n'as rien fait de mal. Prends "
           "le temps d'en parler avec elle, au calme.\n\n")


def _answered(body: str, sender: str = VOLUNTEER) -> tuple[str, bytes]:
    address = sender.partition("<")[2].rstrip(">")
    relayed, data = _answer(_mail(sender, body), address, sender.split()[0])
    return relayed.text, data


# --------------------------------------------------------------------------- sensitivity labels


def test_the_employer_in_a_sensitivity_label_does_not_reach_the_young_person() -> None:
    text, data = _answered("Classification: Brightwater Council - Internal\n\n"
                           + ANSWER.format(pseudonym=PSEUDONYM) + "Groetjes,\nMirthe\n")
    assert_absent(data, ["Brightwater"])
    assert "Classification: [" in text and "Internal" in text
    assert "Wat je schrijft over je broer is echt niet makkelijk." in text


def test_a_label_with_its_level_first_loses_the_organisation_after_it() -> None:
    out = replace_label_organisation("Classificatie: Intern – Gemeente Rijkevorsel\n", PLACEHOLDER)
    assert out == f"Classificatie: Intern – {PLACEHOLDER}\n"


def test_a_label_line_without_an_organisation_or_a_level_stays_as_written() -> None:
    for line in ("Classification: Internal\n", "Sensitivity: General Use Only\n",
                 # a kid's own words shaped like a label: no level word, nothing replaced
                 "Sensitivity: high - I cry at every film\n",
                 "Classificatie: geheim / echt waar\n"):
        assert replace_label_organisation(line, PLACEHOLDER) == line


# --------------------------------------------------------------------------- profile links


def test_the_account_at_the_end_of_a_profile_link_is_replaced_and_the_site_stays() -> None:
    text, data = _answered(ANSWER.format(pseudonym=PSEUDONYM)
                           + "Groetjes,\nMirthe\n🎧 nu aan het luisteren: "
                             "https://open.music.example/user/nachtuil_88\n\n"
                             "liedjes voor als je je de enige voelt:\nDancing On My Own\n")
    assert_absent(data, ["nachtuil_88"])
    assert "https://open.music.example/user/" in text


def test_a_link_to_an_organisations_page_stays_whole() -> None:
    for text in ("kijk eens op https://www.weljong.example/aanbod/praatgroep-in-leuven\n",
                 "de handleiding: https://help.example/docs/users-guide/start\n",
                 "linkedin.example zonder pad\n"):
        assert replace_handles(text, PLACEHOLDER) == text


# --------------------------------------------------------------------------- under the signed name


def test_an_aside_under_the_signed_name_reaches_the_young_person() -> None:
    text, data = _answered(ANSWER.format(pseudonym=PSEUDONYM)
                           + "cheers\nMirthe\n\n(sorry, I write mails like I write texts)\n")
    assert "(sorry, I write mails like I write texts)" in text
    assert_absent(data, ["Mirthe"])


def test_a_place_and_its_hours_under_the_signed_name_reach_the_young_person() -> None:
    text, data = _answered(REPONSE.format(pseudonym=PSEUDONYM)
                           + "Bisous\nMirthe\n\nMaison des Jeunes Horizon\nlun : fermé\n"
                             "mer : 14h - 18h\naccès libre, pas besoin de dire ton nom\n\n"
                             "Envoyé depuis mon appareil Galaxy\n")
    for line in ("Maison des Jeunes Horizon", "lun : fermé", "mer : 14h - 18h",
                 "accès libre, pas besoin de dire ton nom"):
        assert line in text
    assert_absent(data, ["Mirthe", "Galaxy"])


def test_an_employer_under_the_signed_name_still_goes() -> None:
    # The card's line speaks to no one: it is no afterthought of the writer's.
    text, data = _answered(ANSWER.format(pseudonym=PSEUDONYM)
                           + "Groetjes,\nMirthe\n\nJeugdhuis De Kier\nKerkstraat 12, 2000 "
                             "Antwerpen\n\nVerzonden vanaf mijn iPhone\n")
    assert_absent(data, ["Jeugdhuis De Kier", "Kerkstraat 12", "Mirthe"])
    assert "Schrijf ons gerust opnieuw als je wil." in text


def test_a_flemish_client_line_under_the_signed_name_goes() -> None:
    text, data = _answered(ANSWER.format(pseudonym=PSEUDONYM)
                           + "Groetjes\nMirthe\n\nVerstuurd vanop mijn iPhone\n")
    assert_absent(data, ["Verstuurd vanop mijn iPhone", "Mirthe"])
    assert "Groetjes" in text


# --------------------------------------------------------------------------- places recommended


def test_places_recommended_under_the_name_keep_their_streets_and_the_card_goes() -> None:
    text, data = _answered(
        REPONSE.format(pseudonym=PSEUDONYM)
        + "Si tu veux rencontrer d'autres jeunes, voici deux lieux que je connais :\n\n"
          "Bien à toi,\nMirthe\n\n"
          "Point Jeunes Horizon, rue des Tilleuls 9, 4000 Liège (mercredi)\n"
          "Espace Libre, avenue du Parc 120, 1060 Saint-Gilles (sur rendez-vous)\n"
          "(les horaires changent parfois, vérifie avant d'y aller, et demande-moi si tu "
          "veux d'autres villes)\n\n"
          "Mirthe Verhaegen\nAnimatrice | Mutualité Soleil\nPlace Verte 3, 5000 Namur\n"
          "Ce courriel est confidentiel. Si vous n'en êtes pas le destinataire, merci de le "
          "supprimer.\n")
    assert "Point Jeunes Horizon, rue des Tilleuls 9, 4000 Liège (mercredi)" in text
    assert "Espace Libre, avenue du Parc 120, 1060 Saint-Gilles (sur rendez-vous)" in text
    assert "et demande-moi si tu veux d'autres villes)" in text
    assert_absent(data, ["Mutualité Soleil", "Place Verte 3", "Mirthe"])


def test_an_employers_footer_written_as_sentences_still_goes() -> None:
    # It says "vous" and "nous": no one person writing to the reader.
    text, data = _answered(
        ANSWER.format(pseudonym=PSEUDONYM) + "Groetjes,\nMirthe\n\n"
        "Ce courriel émane du CPAS de Florenville, Rue de la Gare 14, 6820 Florenville. "
        "Appelez-nous au 061 31 22 33 ou passez nous voir Place Albert 1, 6820 Florenville.\n")
    assert_absent(data, ["Rue de la Gare 14", "061 31 22 33", "Place Albert 1"])
    assert "Schrijf ons gerust opnieuw als je wil." in text


# --------------------------------------------------------------------------- notes under a card


def test_the_writers_words_under_their_card_stay_and_the_card_goes() -> None:
    text, data = _answered(
        REPONSE.format(pseudonym=PSEUDONYM)
        + "Je t'embrasse,\nMirthe\n\nMirthe Verhaegen & Tom Peeters\n"
          "Rue des Brasseurs 14, 5000 Namur\n081 22 33 44\n\n"
          "Encore une idée, je te l'écris ici parce que je viens d'y penser :\n"
          "quand ta copine veut en parler, choisissez un mot pour dire « pas maintenant ».\n")
    assert "Encore une idée, je te l'écris ici parce que je viens d'y penser :" in text
    assert "quand ta copine veut en parler, choisissez un mot pour dire « pas maintenant »." \
        in text
    assert_absent(data, ["Rue des Brasseurs 14", "081 22 33 44", "Tom Peeters", "Mirthe"])


def test_an_absence_note_under_the_card_goes_with_it() -> None:
    # In the first person and to "je" too, but it sends the reader on to a colleague's
    # address: the card's template.
    text, data = _answered(
        ANSWER.format(pseudonym=PSEUDONYM)
        + "Met vriendelijke groet,\nMirthe\n\nMirthe Verhaegen\nMaatschappelijk werker\n"
          "OCMW Rijkevorsel, Dorp 1, 2310 Rijkevorsel\n\n"
          "Bij mijn afwezigheid kan je terecht bij mijn collega An "
          "(an.claes@ocmw-rijkevorsel.example).\n")
    assert_absent(data, ["an.claes@ocmw-rijkevorsel.example", "OCMW Rijkevorsel", "Dorp 1"])
    assert "Schrijf ons gerust opnieuw als je wil." in text


# --------------------------------------------------------------------------- a card under "-- "


def test_a_card_under_the_delimiter_one_paragraph_a_line_goes_and_the_ps_stays() -> None:
    text, data = _answered(
        ANSWER.format(pseudonym=PSEUDONYM)
        + "Groeten,\n\n--\n\nMirthe Verhaegen\n\nLeerkracht Nederlands – Sint-Lodewijkscollege\n\n"
          "PS: schrijf telkens op wat er gebeurde, welke dag en waar.\n\n"
          "Elke keer dat je iets opschrijft, ben je een stap verder.\n")
    assert_absent(data, ["Sint-Lodewijkscollege", "Mirthe"])
    assert "PS: schrijf telkens op wat er gebeurde, welke dag en waar." in text
    assert "Elke keer dat je iets opschrijft, ben je een stap verder." in text


def test_words_under_the_delimiter_without_a_card_stay() -> None:
    text, _ = _answered(ANSWER.format(pseudonym=PSEUDONYM)
                        + "Groeten,\n\n--\n\nMirthe\n\nPS: ik lees je morgen nog eens rustig.\n")
    assert "PS: ik lees je morgen nog eens rustig." in text


# --------------------------------------------------------------------------- header-shaped lines


def test_header_shaped_lines_the_writer_types_above_the_answer_stay() -> None:
    text, _ = _answered(f"Aan: {PSEUDONYM}\nOver: je broer en je mama\n"
                        "Van: iemand van Lumi die het ook meemaakte\n\n"
                        "hey\nsorry, zo begin ik mijn mails altijd\ndat moet zwaar zijn\n"
                        "groetjes\nmirthe\n")
    assert "Over: je broer en je mama" in text
    assert "Van: iemand van Lumi die het ook meemaakte" in text
    assert "sorry, zo begin ik mijn mails altijd" in text


def test_a_quoted_header_block_naming_people_is_still_rewritten() -> None:
    text, data = _answered(ANSWER.format(pseudonym=PSEUDONYM) + "Groetjes,\nMirthe\n\n"
                           "Van: Mirthe Verhaegen\nVerzonden: maandag 3 maart 2025 10:00\n"
                           "Aan: Ruben Claes <ruben.claes@school.example>\n"
                           "Onderwerp: vraag\n\nhallo\n")
    assert_absent(data, ["ruben.claes@school.example", "Mirthe"])
    assert "Onderwerp: vraag" in text
