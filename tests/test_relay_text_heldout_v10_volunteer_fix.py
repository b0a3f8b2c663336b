"""Behaviour tests for the rules that closed dev/heldout-v10's volunteer misses: initials signing
an answer ("B.C." with its dots under a wish, "dm" typed bare on a phone as the very last line);
the volunteer's little one named with an age in brackets; a card line of full name, dash and
office; a plug for a gig or a book under the signed name. With guards that the rules leave the
writer's words in near shapes alone. Names, words and mails are invented, not the corpus's."""

from __future__ import annotations

import email
import email.policy
from email.message import EmailMessage

from tests.conftest import assert_absent
from tests.test_relay_text import PSEUDONYM, _answer

QUOTE = ("Op ma 2 mrt 2026 om 10:00 schreef Lumi <c.abcdefghij234567abcd@lumi.example>:\n"
         "> ik weet niet hoe ik het aan mijn ouders moet zeggen\n")


def _raw_answer(sender: str, body: str, subject: str = f"Re: [{PSEUDONYM}]") -> EmailMessage:
    """A plain answer whose body is sent exactly as written (no re-wrapping, no charset)."""
    raw = (f"From: {sender}\nTo: c.abcdefghij234567abcd@lumi.example\nSubject: {subject}\n"
           "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
           f"Content-Transfer-Encoding: 8bit\n\n{body}")
    return email.message_from_bytes(raw.encode("utf-8"), policy=email.policy.default)  # type: ignore[return-value]


# --------------------------------------------------------------- initials signing the answer


def test_capital_initials_with_their_dots_sign_the_answer() -> None:
    body = (f"Dag {PSEUDONYM},\n\nDat je papa zwijgt, zegt niet dat hij je niet graag ziet.\n\n"
            "Hou vol,\nG.V.\n\n" + QUOTE)
    relayed, data = _answer(_raw_answer("Geert Vandamme <g.vandamme@telenet.example>", body),
                            "g.vandamme@telenet.example", "Geert")
    assert "Dat je papa zwijgt, zegt niet dat hij je niet graag ziet." in relayed.text
    assert "Hou vol," in relayed.text
    assert_absent(data, ["G.V.", "Vandamme"])


def test_capital_dotted_letters_that_are_not_the_writers_initials_stay() -> None:
    body = (f"Dag {PSEUDONYM},\n\nIk heb les gegeven in de\nV.S.\n\nHou vol,\nGeert\n\n" + QUOTE)
    relayed, _ = _answer(_raw_answer("Geert Vandamme <g.vandamme@telenet.example>", body),
                         "g.vandamme@telenet.example", "Geert")
    assert "V.S." in relayed.text


def test_bare_lower_case_initials_as_the_last_line_sign_the_answer() -> None:
    body = (f"hey {PSEUDONYM} ge staat er niet alleen voor\nschrijf maar terug\nlv\n\n"
            "Verzonden vanaf mijn Huawei-telefoon\n\n" + QUOTE)
    relayed, data = _answer(_raw_answer("Lander Verbeke <lander.verbeke@hotmail.example>", body),
                            "lander.verbeke@hotmail.example", "Lander")
    assert "schrijf maar terug" in relayed.text
    assert_absent(data, ["\nlv\n", "Verbeke"])
    assert "lv" not in relayed.text.split()


def test_the_same_letters_used_as_a_word_in_the_text_keep_the_last_line() -> None:
    # "dm" is a direct message where the writer uses it in a sentence: then the last "dm" is
    # that word too, not their initials.
    body = (f"hey {PSEUDONYM}\nstuur gerust een dm op insta\nof mail terug\ndm\n\n"
            + QUOTE)
    relayed, _ = _answer(_raw_answer("Dirk Moens <dirk.moens@hotmail.example>", body),
                         "dirk.moens@hotmail.example", "Dirk")
    assert "stuur gerust een dm op insta" in relayed.text
    assert relayed.text.split().count("dm") == 2


def test_bare_lower_case_letters_above_the_last_line_stay() -> None:
    body = (f"hey {PSEUDONYM}\nlv\nschrijf maar terug\n\n" + QUOTE)
    relayed, _ = _answer(_raw_answer("Lander Verbeke <lander.verbeke@hotmail.example>", body),
                         "lander.verbeke@hotmail.example", "Lander")
    assert "lv" in relayed.text.split()


def test_capital_initials_under_a_plain_line_ending_in_a_comma_stay_when_not_the_writers() -> None:
    body = (f"Dag {PSEUDONYM},\n\nIk woon in een stad met veel water,\nN.Y.\n\n" + QUOTE)
    relayed, _ = _answer(_raw_answer("Geert Vandamme <g.vandamme@telenet.example>", body),
                         "g.vandamme@telenet.example", "Geert")
    assert "N.Y." in relayed.text


# --------------------------------------------------------------- the volunteer's little one


def test_the_volunteers_little_one_named_with_an_age_in_brackets_is_replaced() -> None:
    body = (f"Hey {PSEUDONYM}\n\nsorry voor de typfouten, mijn kleine Mats (3) zit op mijn "
            "schoot en wil mee typen\n\nJe bent niet de enige die zo voelt.\n\nLiefs\nNele\n\n"
            + QUOTE)
    relayed, data = _answer(_raw_answer("Nele Verhulst <nele.verhulst@gmail.example>", body),
                            "nele.verhulst@gmail.example", "Nele")
    assert "zit op mijn schoot en wil mee typen" in relayed.text
    assert "Je bent niet de enige die zo voelt." in relayed.text
    assert_absent(data, ["Mats", "Nele"])


def test_my_little_friend_without_an_age_stays() -> None:
    # Without the age in brackets "mijn kleine X" may be anyone (a pupil, a pet, a friend).
    body = (f"Hey {PSEUDONYM}\n\nIk dacht aan mijn kleine Mats van de jeugdbeweging, die "
            "had dat ook.\n\nLiefs\nNele\n\n" + QUOTE)
    relayed, _ = _answer(_raw_answer("Nele Verhulst <nele.verhulst@gmail.example>", body),
                         "nele.verhulst@gmail.example", "Nele")
    assert "Ik dacht aan mijn kleine Mats van de jeugdbeweging, die had dat ook." in relayed.text


# --------------------------------------------------------------- name, dash, office


def test_a_card_line_of_full_name_dash_role_and_school_goes() -> None:
    body = (f"Hi {PSEUDONYM},\n\nIt's fine to feel sad for a while. Be kind to yourself.\n\n"
            "Best wishes,\nMr Okafor\n\n"
            "Daniel Okafor – Head of Year 9, Riverside International School\n\n" + QUOTE)
    relayed, data = _answer(_raw_answer("Daniel Okafor <daniel.okafor@riverside.example>", body),
                            "daniel.okafor@riverside.example", "Daniel")
    assert "It's fine to feel sad for a while. Be kind to yourself." in relayed.text
    assert "Best wishes," in relayed.text
    assert_absent(data, ["Okafor", "Riverside International School", "Head of Year 9"])


def test_a_name_dash_and_a_sentence_under_it_stays() -> None:
    body = (f"Hi {PSEUDONYM},\n\nIt's fine to feel sad for a while.\n\n"
            "Daniel Okafor – a teacher, like you asked, and a volunteer here\n\n" + QUOTE)
    relayed, _ = _answer(_raw_answer("Daniel Okafor <daniel.okafor@riverside.example>", body),
                         "daniel.okafor@riverside.example", "Daniel")
    assert "a teacher, like you asked, and a volunteer here" in relayed.text


# --------------------------------------------------------------- a plug under the signed name


def test_a_gig_plug_under_the_signed_name_goes() -> None:
    body = (f"hey {PSEUDONYM}\n\nda is echt rot wat er gebeurd is\nschrijf gerust terug\n\n"
            "Jens 🎺\n\n🎶 Live met De Nachtuilen – vr 14/03 in JC Het Anker, Lier – tickets via "
            "nachtuilen.example\n\n" + QUOTE)
    relayed, data = _answer(_raw_answer("Jens Mertens <jens.mertens@hotmail.example>", body),
                            "jens.mertens@hotmail.example", "Jens")
    assert "schrijf gerust terug" in relayed.text
    assert_absent(data, ["Jens", "Nachtuilen", "JC Het Anker", "nachtuilen"])


def test_an_english_plug_ending_in_a_bare_link_goes() -> None:
    body = (f"hey {PSEUDONYM}\n\nthat really hurts and im sorry\n\nmo 🥁\n\n"
            "gig alert: Paper Lanterns live at The Crypt, Hull – Sat 5 April – "
            "paperlanterns.example\n\n" + QUOTE)
    relayed, data = _answer(_raw_answer("Morgan Hale <morganhale88@gmail.example>", body),
                            "morganhale88@gmail.example", "Morgan")
    assert "that really hurts and im sorry" in relayed.text
    assert_absent(data, ["Paper Lanterns", "The Crypt, Hull", "paperlanterns"])


def test_advice_with_a_link_under_the_name_stays() -> None:
    # A sentence to the reader with a link is advice, however it is cut by dashes.
    body = (f"Dag {PSEUDONYM},\n\nJe staat er niet alleen voor.\n\nGroetjes,\nJens\n\n"
            "PS: kijk eens – echt waar – op awel.example, daar kan je chatten.\n\n" + QUOTE)
    relayed, _ = _answer(_raw_answer("Jens Mertens <jens.mertens@hotmail.example>", body),
                         "jens.mertens@hotmail.example", "Jens")
    assert "PS: kijk eens – echt waar – op awel.example, daar kan je chatten." in relayed.text


def test_running_text_with_dashes_and_a_link_at_the_end_stays() -> None:
    body = (f"Dag {PSEUDONYM},\n\nIk weet het – echt – het is zwaar – lees: "
            "awel.example\n\nGroetjes,\nJens\n\n" + QUOTE)
    relayed, _ = _answer(_raw_answer("Jens Mertens <jens.mertens@hotmail.example>", body),
                         "jens.mertens@hotmail.example", "Jens")
    assert "het is zwaar – lees: awel.example" in relayed.text


def test_a_dashed_line_giving_a_link_to_read_under_the_name_stays() -> None:
    body = (f"Dag {PSEUDONYM},\n\nJe staat er niet alleen voor.\n\nGroetjes,\nJens\n\n"
            "nog iets – voor als het weer erg wordt – lees: awel.example\n\n" + QUOTE)
    relayed, _ = _answer(_raw_answer("Jens Mertens <jens.mertens@hotmail.example>", body),
                         "jens.mertens@hotmail.example", "Jens")
    assert "voor als het weer erg wordt – lees: awel.example" in relayed.text


QUOTE_FR = ("Le lun. 2 mars 2026 à 10:00, Lumi <c.abcdefghij234567abcd@lumi.example> a écrit :\n"
            "> je sais pas comment le dire à mes parents\n")


def test_the_credit_for_the_writers_own_book_under_the_name_goes() -> None:
    body = (f"Bonjour {PSEUDONYM},\n\nÉcris-lui d'abord une lettre, c'est parfois plus facile.\n\n"
            "Amitiés,\n\nMartine\nAutrice de « Les brumes de la Semois » (Éditions du Gué, 2019)"
            "\n\n" + QUOTE_FR)
    relayed, data = _answer(_raw_answer("Martine Lejeune <martine.lejeune@skynet.example>", body),
                            "martine.lejeune@skynet.example", "Martine")
    assert "Écris-lui d'abord une lettre, c'est parfois plus facile." in relayed.text
    assert_absent(data, ["Martine", "Les brumes de la Semois", "Éditions du Gué"])


def test_a_book_the_writer_recommends_stays() -> None:
    body = (f"Bonjour {PSEUDONYM},\n\nLis peut-être le livre de l'autrice de « Heartstopper », "
            "il m'a beaucoup aidée.\n\nAmitiés,\nMartine\n\n" + QUOTE_FR)
    relayed, _ = _answer(_raw_answer("Martine Lejeune <martine.lejeune@skynet.example>", body),
                         "martine.lejeune@skynet.example", "Martine")
    assert "Lis peut-être le livre de l'autrice de « Heartstopper », il m'a beaucoup aidée." \
        in relayed.text


# --------------------------------------------------------------- a ticket system's footer


def test_a_ticket_systems_footer_assigning_the_case_to_the_writer_goes() -> None:
    body = (f"Dag {PSEUDONYM},\n\nZeg haar wat je nodig hebt. Dat is een duidelijke grens.\n\n"
            "Groetjes,\nLiesbet\n\n"
            "Melding #MEC-2026-00412 – toegewezen aan: Liesbet Van Hove (Sociaal Huis Mechelen)\n"
            "U kunt de status van uw melding volgen via het e-loket.\n\n" + QUOTE)
    relayed, data = _answer(_raw_answer("Liesbet Van Hove <liesbet.vanhove@mechelen.example>",
                                        body), "liesbet.vanhove@mechelen.example", "Liesbet")
    assert "Zeg haar wat je nodig hebt. Dat is een duidelijke grens." in relayed.text
    assert "Groetjes," in relayed.text
    assert_absent(data, ["#MEC-2026-00412", "Van Hove", "Sociaal Huis Mechelen"])


def test_a_case_assigned_to_someone_else_in_the_writers_words_stays() -> None:
    body = (f"Dag {PSEUDONYM},\n\nJe dossier bij het OCMW is toegewezen aan: een vaste "
            "begeleider, vraag gerust naar haar.\nJe kan de status van je aanvraag volgen "
            "via je ouders, zij krijgen de brieven.\n\nGroetjes,\nLiesbet\n\n" + QUOTE)
    relayed, _ = _answer(_raw_answer("Liesbet Van Hove <liesbet.vanhove@mechelen.example>",
                                     body), "liesbet.vanhove@mechelen.example", "Liesbet")
    assert "is toegewezen aan: een vaste begeleider, vraag gerust naar haar." in relayed.text
    assert "Je kan de status van je aanvraag volgen via je ouders, zij krijgen de brieven." \
        in relayed.text
