"""Behaviour tests for the rules that closed dev/heldout-v9's volunteer misses: a card under the
name the volunteer signed with (alone, or under a closing said as a wish: "Hou vol!"), with an
organisation's notice under it (a strike, closed offices, season's wishes, a campaign);
"Amicalement," as a closing; a card without contact details whose notes speak as the
organisation ("Toute l'équipe …"); the link to a digital business card; an employer's
satisfaction survey line; the name a signed name is short for, in brackets ("Lotte (eigenlijk
Charlotte, …)"); a secure mail gateway's tag in the Subject. With guards that the rules leave
the writer's words in near shapes alone. Names, words and mails are invented, not the corpus's."""

from __future__ import annotations

import email
import email.policy
from email.message import EmailMessage

from tests.conftest import assert_absent
from tests.test_relay_text import PSEUDONYM, _answer

QUOTE = ("Op ma 2 mrt 2026 om 10:00 schreef Lumi <c.abcdefghij234567abcd@lumi.example>:\n"
         "> ik weet niet hoe ik het aan mijn ouders moet zeggen\n")
QUOTE_FR = ("Le lun. 2 mars 2026 à 10:00, Lumi <c.abcdefghij234567abcd@lumi.example> a écrit :\n"
            "> je sais pas comment le dire à mes parents\n")


def _raw_answer(sender: str, body: str, subject: str = f"Re: [{PSEUDONYM}]") -> EmailMessage:
    """A plain answer whose body is sent exactly as written (no re-wrapping, no charset)."""
    raw = (f"From: {sender}\nTo: c.abcdefghij234567abcd@lumi.example\nSubject: {subject}\n"
           "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
           f"Content-Transfer-Encoding: 8bit\n\n{body}")
    return email.message_from_bytes(raw.encode("utf-8"), policy=email.policy.default)  # type: ignore[return-value]


def _subject(data: bytes) -> str:
    return str(email.message_from_bytes(data, policy=email.policy.default)["Subject"])


# --------------------------------------------------------------- signed name, card, notice


def test_a_card_under_a_name_signed_alone_goes_with_the_strike_notice_under_it() -> None:
    body = (f"Dag {PSEUDONYM}\n\nIk schrijf kort, ik zit in de trein.\nSlapen lukt beter met een "
            "vast uur, probeer dat eens.\nIk schrijf je morgen langer.\n\nWard\n\n"
            "Ward De Clercq\nJeugddienst – Gemeente Zwalm\nDorpsstraat 4, 9630 Zwalm\n\n"
            "Opgelet: op vrijdag 6 februari is er een algemene staking. Het gemeentehuis is "
            "dan dicht.\n\n" + QUOTE)
    relayed, data = _answer(_raw_answer("Ward De Clercq <ward.declercq@zwalm.example>", body),
                            "ward.declercq@zwalm.example", "Ward")
    assert "Ik schrijf je morgen langer." in relayed.text
    assert_absent(data, ["Ward", "De Clercq", "Jeugddienst", "Gemeente Zwalm", "Dorpsstraat 4"])


def test_words_to_the_reader_under_a_card_signed_alone_stay() -> None:
    body = (f"Dag {PSEUDONYM}\n\nSlapen lukt beter met een vast uur.\n\nWard\n\n"
            "Ward De Clercq\nJeugddienst – Gemeente Zwalm\nDorpsstraat 4, 9630 Zwalm\n\n"
            "Laat je me weten of het wat beter gaat met slapen?\n\n" + QUOTE)
    relayed, data = _answer(_raw_answer("Ward De Clercq <ward.declercq@zwalm.example>", body),
                            "ward.declercq@zwalm.example", "Ward")
    assert "Laat je me weten of het wat beter gaat met slapen?" in relayed.text
    assert_absent(data, ["De Clercq"])


def test_a_lone_word_that_does_not_open_the_card_does_not_close_the_text() -> None:
    # "Echt." is no name the card opens with: the writer's text did not end there.
    body = (f"Dag {PSEUDONYM}\n\nJe mag dat voelen.\n\nEcht\n\n"
            "Ward De Clercq\nIk woon nu een tijdje in Lissabon en ik antwoord soms pas 's avonds "
            "laat, sorry daarvoor.\n\n" + QUOTE)
    relayed, _ = _answer(_raw_answer("Ward De Clercq <ward.declercq@zwalm.example>", body),
                         "ward.declercq@zwalm.example", "Ward")
    assert "Ik woon nu een tijdje in Lissabon" in relayed.text


def test_a_card_under_a_closing_wish_goes_with_the_holiday_notice() -> None:
    body = (f"Dag {PSEUDONYM},\n\nJe stelt je niet aan. Slecht slapen is echt zwaar.\n\n"
            "Hou je goed!\nSander\n\nSander Wyns – Boekhouding\nBakkerij Wyns & Dochters\n"
            "Kerkplein 9, 3290 Diest\n\n"
            "🎄 Fijne feesten! Onze bakkerij is dicht van 25/12 tot en met 1/1.\n\n" + QUOTE)
    relayed, data = _answer(_raw_answer("Sander Wyns <sander@bakkerij-wyns.example>", body),
                            "sander@bakkerij-wyns.example", "Sander")
    assert "Je stelt je niet aan. Slecht slapen is echt zwaar." in relayed.text
    assert "Hou je goed!" in relayed.text
    assert_absent(data, ["Sander", "Wyns", "Boekhouding", "Kerkplein 9"])


# --------------------------------------------------------------- "Amicalement,"


def test_amicalement_closes_the_text_above_a_card_with_a_strike_line() -> None:
    body = (f"Salut {PSEUDONYM},\n\nCe que tu ressens n'a rien de bizarre.\n\nAmicalement,\n"
            "Julien\n\nJulien Masson – professeur de sciences\nCollège Saint-Hubert de Ciney\n"
            "En raison de la grève du 3 février, le collège sera fermé ce jour-là.\n\n"
            + QUOTE_FR)
    relayed, data = _answer(_raw_answer("Julien Masson <julien.masson@csh-ciney.example>", body),
                            "julien.masson@csh-ciney.example", "Julien")
    assert "Ce que tu ressens n'a rien de bizarre." in relayed.text
    assert "Amicalement," in relayed.text
    assert_absent(data, ["Julien", "Masson", "professeur de sciences", "Saint-Hubert"])


def test_a_sentence_opening_with_amicalement_stays() -> None:
    body = (f"Salut {PSEUDONYM},\n\nCe que tu ressens n'a rien de bizarre.\n\n"
            "Amicalement parlant, elle reste ta meilleure amie quoi qu'il arrive.\n\n"
            "Julien\n\n" + QUOTE_FR)
    relayed, _ = _answer(_raw_answer("Julien Masson <julien.masson@csh-ciney.example>", body),
                         "julien.masson@csh-ciney.example", "Julien")
    assert "Amicalement parlant, elle reste ta meilleure amie quoi qu'il arrive." in relayed.text


# --------------------------------------------------------------- the organisation's voice


def test_season_wishes_of_the_team_under_a_card_without_contact_details_go() -> None:
    body = (f"Bonjour {PSEUDONYM},\n\nTon avis compte, et tu peux le dire au juge.\n\n"
            "Courage,\nMath\n\nMathilde Dupuis\nAssistante sociale\nCPAS de Gembloux\n\n"
            "⭐ Toute l'équipe vous souhaite une belle année 2027 ⭐\n\n"
            "Ce message est confidentiel. Si vous l'avez reçu par erreur, merci de le "
            "supprimer.\n\n" + QUOTE_FR)
    relayed, data = _answer(_raw_answer("Mathilde Dupuis <m.dupuis@cpas-gembloux.example>", body),
                            "m.dupuis@cpas-gembloux.example", "Math")
    assert "Ton avis compte, et tu peux le dire au juge." in relayed.text
    assert "Courage," in relayed.text
    assert_absent(data, ["Mathilde", "Dupuis", "Assistante sociale", "CPAS de Gembloux"])


def test_a_campaign_call_with_an_exclamation_mark_under_a_card_goes() -> None:
    body = (f"Dag {PSEUDONYM},\n\nWat naar dat je vrienden je negeren.\n\nIk hoor graag van je.\n"
            "Met vriendelijke groet,\n\nKaat Stevens\nMaatschappelijk werker\n"
            "OCMW Lebbeke – Huis van het Welzijn\nKerkstraat 12, 9280 Lebbeke\n052 41 22 90\n\n"
            "💚 Wij steunen De Warmste Week: kom naar onze wafelbak op 20/12 in het Huis van het "
            "Welzijn!\n\n" + QUOTE)
    relayed, data = _answer(_raw_answer("Kaat Stevens <kaat.stevens@ocmw-lebbeke.example>", body),
                            "kaat.stevens@ocmw-lebbeke.example", "Kaat")
    assert "Wat naar dat je vrienden je negeren." in relayed.text
    assert_absent(data, ["Kaat", "Stevens", "Huis van het Welzijn", "052 41 22 90"])


def test_a_cheer_of_the_writer_under_a_card_without_contact_details_stays() -> None:
    # "we" of the writer and the reader together, no "our" anything: the writer's own.
    body = (f"Dag {PSEUDONYM},\n\nJe bent niet alleen hierin.\n\nGroetjes,\nKaat\n\n"
            "Kaat Stevens\nMaatschappelijk werker\n\nWe komen er samen wel uit!\n\n" + QUOTE)
    relayed, _ = _answer(_raw_answer("Kaat Stevens <kaat.stevens@ocmw-lebbeke.example>", body),
                         "kaat.stevens@ocmw-lebbeke.example", "Kaat")
    assert "We komen er samen wel uit!" in relayed.text


def test_a_call_to_a_group_of_readers_under_a_card_stays() -> None:
    body = (f"Dag {PSEUDONYM},\n\nGoed dat jullie samen schrijven.\n\nGroetjes,\nKaat\n\n"
            "Kaat Stevens\nMaatschappelijk werker\nKerkstraat 12, 9280 Lebbeke\n\n"
            "Jullie mogen altijd langskomen op onze zitdag!\n\n" + QUOTE)
    relayed, _ = _answer(_raw_answer("Kaat Stevens <kaat.stevens@ocmw-lebbeke.example>", body),
                         "kaat.stevens@ocmw-lebbeke.example", "Kaat")
    assert "Jullie mogen altijd langskomen op onze zitdag!" in relayed.text


# --------------------------------------------------------------- card links and surveys


def test_the_link_to_a_digital_business_card_goes_with_the_card() -> None:
    body = (f"Dag {PSEUDONYM},\n\nHet is helemaal niet raar. Neem je tijd.\n\nLore\n\n"
            "Lore Vandamme · landmeter\nVandamme Landmeters\n"
            "Mijn digitale visitekaartje: https://kaart.vandamme-landmeters.example/lore "
            "(scan of tik met je gsm)\n\n" + QUOTE)
    relayed, data = _answer(_raw_answer("Lore Vandamme <lore@vandamme-landmeters.example>", body),
                            "lore@vandamme-landmeters.example", "Lore")
    assert "Het is helemaal niet raar. Neem je tijd." in relayed.text
    assert_absent(data, ["Lore", "Vandamme", "landmeter", "kaart.vandamme-landmeters.example"])


def test_a_card_mentioned_in_the_writers_words_stays() -> None:
    body = (f"Dag {PSEUDONYM},\n\nOp mijn visitekaartje staat het nummer van het werk, maar bel "
            "liever 1712 als het dringend is.\n\nGroetjes,\nLore\n\n" + QUOTE)
    relayed, _ = _answer(_raw_answer("Lore Vandamme <lore@vandamme-landmeters.example>", body),
                         "lore@vandamme-landmeters.example", "Lore")
    assert "Op mijn visitekaartje staat het nummer van het werk, maar bel liever 1712 als het " \
        "dringend is." in relayed.text


def test_an_employers_satisfaction_survey_under_the_card_goes_with_it() -> None:
    body = (f"Dag {PSEUDONYM},\n\nFijn dat je terugschrijft. Je stoort echt niet.\n\nGroet,\n"
            "Nele\n\nNele Van Hove\nConsulent Sociale Dienst\nZiekenfonds Waasland\n\n"
            "Hoe tevreden ben je over ons contact? Vul onze korte enquête in (3 minuten).\n\n"
            "Dit bericht is enkel bestemd voor de geadresseerde.\n\n" + QUOTE)
    relayed, data = _answer(_raw_answer("Nele Van Hove <nele.vanhove@zf-waasland.example>", body),
                            "nele.vanhove@zf-waasland.example", "Nele")
    assert "Fijn dat je terugschrijft. Je stoort echt niet." in relayed.text
    assert "Groet," in relayed.text
    assert_absent(data, ["Nele", "Van Hove", "Consulent Sociale Dienst", "Ziekenfonds Waasland"])


def test_a_school_survey_the_writer_tells_of_stays() -> None:
    body = (f"Dag {PSEUDONYM},\n\nFijn dat je terugschrijft.\n\n"
            "Vul zeker de enquête van je school in, ze vragen hoe tevreden je bent over de "
            "klas.\n\nGroet,\nNele\n\n" + QUOTE)
    relayed, _ = _answer(_raw_answer("Nele Van Hove <nele.vanhove@zf-waasland.example>", body),
                         "nele.vanhove@zf-waasland.example", "Nele")
    assert "Vul zeker de enquête van je school in, ze vragen hoe tevreden je bent over de " \
        "klas." in relayed.text


# --------------------------------------------------------------- the name a short name is for


def test_the_name_a_signed_short_name_stands_for_is_replaced_and_the_aside_kept() -> None:
    body = (f"Dag {PSEUDONYM},\n\nZoek er samen een volwassene bij.\n\nGroetjes,\n"
            "Bert (eigenlijk Albert, maar dat zegt alleen de dokter)\n\n"
            "KSA Sint-Lutgart Hasselt\nLeidingsploeg – Stationsplein 3, 3500 Hasselt\n\n" + QUOTE)
    relayed, data = _answer(_raw_answer("KSA Sint-Lutgart Hasselt <leiding@ksa-hasselt.example>",
                                        body),
                            "albert.jans@student.example", "Bert")
    assert "(eigenlijk" in relayed.text
    assert ", maar dat zegt alleen de dokter)" in relayed.text
    assert_absent(data, ["Bert", "Albert", "Stationsplein 3", "Sint-Lutgart"])


def test_a_role_in_brackets_after_the_signed_name_still_goes() -> None:
    body = (f"Dag {PSEUDONYM},\n\nZoek er samen een volwassene bij.\n\nGroetjes,\n\n"
            "Bert Jans (vrijwilliger, team Hasselt)\nStationsplein 3, 3500 Hasselt\n\n" + QUOTE)
    relayed, data = _answer(_raw_answer("Bert Jans <bert.jans@post.example>", body),
                            "bert.jans@post.example", "Bert")
    assert "Zoek er samen een volwassene bij." in relayed.text
    assert_absent(data, ["Bert", "Jans", "team Hasselt"])


# --------------------------------------------------------------- a gateway's Subject tag


def test_a_secure_mail_gateways_subject_tag_does_not_cross() -> None:
    body = f"Beste {PSEUDONYM},\n\nPraat er ook over met een volwassene.\n\nGroeten,\nInge\n"
    message = _raw_answer("Inge Maes <inge.maes@zh-oost.example>", body,
                          subject=f"RE: [{PSEUDONYM}] [Verstuurd via beveiligde mail Ziekenhuis "
                                  "Oost]")
    _, data = _answer(message, "inge.maes@zh-oost.example", "Inge")
    assert "Ziekenhuis Oost" not in _subject(data)
    assert_absent(data, ["Ziekenhuis Oost", "Inge", "Maes"])


def test_the_writers_own_subject_words_stay() -> None:
    body = f"Beste {PSEUDONYM},\n\nPraat er ook over met een volwassene.\n\nGroeten,\nInge\n"
    message = _raw_answer("Inge Maes <inge.maes@zh-oost.example>", body,
                          subject=f"RE: [{PSEUDONYM}] veilig thuis [vervolg]")
    _, data = _answer(message, "inge.maes@zh-oost.example", "Inge")
    assert "veilig thuis [vervolg]" in _subject(data)
