"""Behaviour tests for the rules that closed dev/heldout-v7's volunteer misses: K-9 Mail's
Dutch line with "Excuses voor mijn beknoptheid"; a helpdesk tool's ticket tag in the Subject;
the initials a volunteer labels their inline answers with, elsewhere in the text and the
Subject; the postcode and town of the volunteer's own postal address opening a pasted letter,
and its place-and-date line; a street where a service sits, kept in a volunteer's advice; a
town after "c'est" read as no name; more children named after "(maman de …)"; whoever reads
along in brackets after the signed name. With guards that the rules leave the writer's words
in near shapes alone. Names, words and mails are invented, not the corpus's."""

from __future__ import annotations

import email
import email.policy
from email.message import EmailMessage

from tests.conftest import assert_absent
from tests.test_relay_text import PSEUDONYM, _answer, _forward, _mail

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


# --------------------------------------------------------------- K-9 Mail's Dutch apology


def test_k9_line_with_a_dutch_apology_for_brevity_goes() -> None:
    body = (f"hoi {PSEUDONYM}\nsnel getypt tussen twee lessen\nje mag altijd terugschrijven\n"
            "bert\n\nVerzonden vanaf mijn Android-apparaat met K-9 Mail. "
            "Excuses voor mijn beknoptheid.\n\n" + QUOTE)
    relayed, data = _answer(_raw_answer("Bert Lauwers <bert.lauwers@post.example>", body),
                            "bert.lauwers@post.example", "Bert")
    assert "je mag altijd terugschrijven" in relayed.text
    assert "K-9 Mail" not in relayed.text and "beknoptheid" not in relayed.text
    assert_absent(data, ["Lauwers"])


def test_an_own_apology_for_brevity_on_its_own_line_stays() -> None:
    body = (f"hoi {PSEUDONYM}\nExcuses voor mijn beknoptheid, ik zit op de trein.\n"
            "je mag altijd terugschrijven\nbert\n\n" + QUOTE)
    relayed, _ = _answer(_raw_answer("Bert Lauwers <bert.lauwers@post.example>", body),
                         "bert.lauwers@post.example", "Bert")
    assert "Excuses voor mijn beknoptheid, ik zit op de trein." in relayed.text


# --------------------------------------------------------------- a helpdesk's ticket tag


def test_a_helpdesk_ticket_tag_in_the_subject_goes() -> None:
    for tag in ("[#SRV-20417]", "[Ticket#770213]", "[Case: 55102]", "[HD-40981]"):
        body = (f"Hoi {PSEUDONYM},\n\nWat je schrijft is veel. Schrijf gerust terug.\nLien\n\n"
                + QUOTE)
        _, data = _answer(_raw_answer("Lien Moens <lien.moens@werk.example>", body,
                                      subject=f"Re: [{PSEUDONYM}] {tag}"),
                          "lien.moens@werk.example", "Lien")
        assert tag.strip("[]") not in _subject(data), tag


def test_bracketed_words_and_counts_in_the_subject_stay() -> None:
    for tag in ("[2/3]", "[deel 2]", "[2026]", "[#thema]"):
        body = (f"Hoi {PSEUDONYM},\n\nWat je schrijft is veel. Schrijf gerust terug.\nLien\n\n"
                + QUOTE)
        _, data = _answer(_raw_answer("Lien Moens <lien.moens@werk.example>", body,
                                      subject=f"Re: [{PSEUDONYM}] {tag} over je vraag"),
                          "lien.moens@werk.example", "Lien")
        assert tag in _subject(data), tag


# ------------------------------------------------------ initials labelling inline answers


def test_initials_that_label_inline_answers_go_elsewhere_too() -> None:
    body = (f"Dag {PSEUDONYM},\nmijn stukjes beginnen met JW, dan weet je wat van mij is.\n\n"
            "> ik weet niet hoe ik het aan mijn ouders moet zeggen\n"
            "JW: dat hoeft ook niet vandaag. Neem je tijd.\n"
            "JW: misschien kan het CLB je helpen om het voor te bereiden.\n\n"
            "Groeten,\nJan\n")
    relayed, data = _answer(_raw_answer("Jan Wuyts <jan.wuyts@post.example>", body,
                                        subject=f"[JW] Re: [{PSEUDONYM}]"),
                            "jan.wuyts@post.example", "Jan")
    assert "dat hoeft ook niet vandaag. Neem je tijd." in relayed.text
    assert "misschien kan het CLB je helpen om het voor te bereiden." in relayed.text
    assert "JW" not in relayed.text and "JW" not in _subject(data)
    assert_absent(data, ["Wuyts"])


def test_the_same_capitals_without_labels_stay_in_a_sentence() -> None:
    body = (f"Dag {PSEUDONYM},\nvraag het eens aan je JW-begeleider of aan de JW van je school.\n\n"
            "Groeten,\nJan\n\n" + QUOTE)
    relayed, _ = _answer(_raw_answer("Jan Wuyts <jan.wuyts@post.example>", body,
                                     subject=f"[JW] Re: [{PSEUDONYM}]"),
                         "jan.wuyts@post.example", "Jan")
    assert "aan de JW van je school" in relayed.text


# ------------------------------------------------- a pasted letter opening with an address


def test_the_town_of_the_volunteers_address_block_and_date_line_goes() -> None:
    body = (f"Dag {PSEUDONYM}, ik schrijf liever brieven, hier is hij:\n\n"
            "A. Verhulst\nMolenweg 3\n9870 Zulte\n\nZulte, 5 maart 2026\n\n"
            f"Lieve {PSEUDONYM},\nWat thuis gebeurt, is niet jouw schuld.\n"
            "Met een warme groet,\nAgnes\n\n" + QUOTE)
    relayed, data = _answer(_raw_answer("Agnes Verhulst <agnes.verhulst@post.example>", body),
                            "agnes.verhulst@post.example", "Agnes")
    assert "Wat thuis gebeurt, is niet jouw schuld." in relayed.text
    assert ", 5 maart 2026" in relayed.text
    assert_absent(data, ["Verhulst", "Molenweg 3", "9870", "Zulte"])


def test_an_organisations_address_block_given_as_advice_stays() -> None:
    body = (f"Dag {PSEUDONYM},\n\nHier kan je zonder afspraak binnenlopen:\n\n"
            "JAC Zulte\nMolenweg 3\n9870 Zulte\n\nZulte, daar zit ook je school toch?\n\n"
            "Groeten,\nAgnes\n\n" + QUOTE)
    relayed, _ = _answer(_raw_answer("Agnes Verhulst <agnes.verhulst@post.example>", body),
                         "agnes.verhulst@post.example", "Agnes")
    assert "9870 Zulte" in relayed.text
    assert "Zulte, daar zit ook je school toch?" in relayed.text


# ------------------------------------------------------ a street where a service sits


def test_a_street_where_a_service_sits_stays_in_a_volunteers_advice() -> None:
    body = (f"Dag {PSEUDONYM},\n\nAls je het thuis niet durft te zeggen: het JAC zit in de "
            "Kortrijksesteenweg 12, vlak bij het station. Je mag er zonder afspraak "
            "binnen.\n\nGroeten,\nBram\n\n" + QUOTE)
    relayed, _ = _answer(_raw_answer("Bram Desmet <bram.desmet@post.example>", body),
                         "bram.desmet@post.example", "Bram")
    assert "het JAC zit in de Kortrijksesteenweg 12, vlak bij het station." in relayed.text


def test_the_volunteers_own_street_in_the_same_shape_is_still_replaced() -> None:
    body = (f"Dag {PSEUDONYM},\n\nIk zit zelf ook in de Kortrijksesteenweg 12, dus ik ken de "
            "buurt.\nMijn praktijk ligt aan de Brugsesteenweg 40.\n\nGroeten,\nBram\n\n" + QUOTE)
    relayed, data = _answer(_raw_answer("Bram Desmet <bram.desmet@post.example>", body),
                            "bram.desmet@post.example", "Bram")
    assert "dus ik ken de buurt." in relayed.text
    assert_absent(data, ["Kortrijksesteenweg 12", "Brugsesteenweg 40"])


# ------------------------------------------------------------- a town after "c'est"


def test_a_town_after_cest_is_no_name() -> None:
    body = (f"Salut {PSEUDONYM} 👋\nje mélange le français et le néerlandais, c'est Liège 😅\n"
            "Prends ton temps, y a pas d'urgence.\nYanis\n\n" + QUOTE_FR)
    relayed, _ = _answer(_raw_answer("Yanis Benali <yanis.benali@post.example>", body),
                         "yanis.benali@post.example", "Yanis")
    assert "c'est Liège 😅" in relayed.text


def test_a_first_name_after_cest_is_still_read_as_one() -> None:
    relayed, data = _forward(_mail("famille.dubreuil@post.example",
                                   "salut c'est Maëlle, j'ai 14 ans et j'ai peur de le dire\n"))
    assert "j'ai 14 ans et j'ai peur de le dire" in relayed.text
    assert_absent(data, ["Maëlle"])


# --------------------------------------------------- a family's account: the household


def test_every_child_after_maman_de_in_the_sign_off_goes() -> None:
    body = (f"Bonjour {PSEUDONYM},\n\nPersonne n'a le droit de te rabaisser comme ça.\n\n"
            "Je t'embrasse,\nSolène (maman de Timéo et Albane)\n\n" + QUOTE_FR)
    relayed, data = _answer(_raw_answer("Famille Rigaux-Lenoir <rigaux.lenoir@post.example>", body),
                            "rigaux.lenoir@post.example", "Solène")
    assert "Personne n'a le droit de te rabaisser comme ça." in relayed.text
    assert_absent(data, ["Solène", "Timéo", "Albane"])


def test_children_named_in_running_text_stay() -> None:
    body = (f"Bonjour {PSEUDONYM},\n\nJe suis maman de Timéo et Albane, et je leur dis toujours "
            "qu'ils peuvent parler.\n\nJe t'embrasse,\nSolène\n\n" + QUOTE_FR)
    relayed, _ = _answer(_raw_answer("Famille Rigaux-Lenoir <rigaux.lenoir@post.example>", body),
                         "rigaux.lenoir@post.example", "Solène")
    assert "qu'ils peuvent parler." in relayed.text


def test_whoever_reads_along_after_the_signed_name_goes() -> None:
    body = (f"Beste {PSEUDONYM},\n\n"
            "Jij bent niet verantwoordelijk voor de ruzies van volwassenen.\n\n"
            "Met hartelijke groeten,\nGuido (en Hilde leest mee)\n\n" + QUOTE)
    relayed, data = _answer(_raw_answer("Fam. Peeters-Wauters <peeters.wauters@post.example>",
                                        body), "peeters.wauters@post.example", "Guido")
    assert "Jij bent niet verantwoordelijk voor de ruzies van volwassenen." in relayed.text
    assert "leest mee)" in relayed.text
    assert_absent(data, ["Guido", "Hilde"])


def test_a_pet_a_town_or_a_word_reading_along_stays() -> None:
    for along in ("(en mijn hond leest mee)", "(et Namur aussi)", "(en Koffie)"):
        body = (f"Beste {PSEUDONYM},\n\nJe staat er niet alleen voor.\n\n"
                f"Met hartelijke groeten,\nGuido {along}\n\n" + QUOTE)
        relayed, _ = _answer(_raw_answer("Fam. Peeters-Wauters <peeters.wauters@post.example>",
                                         body), "peeters.wauters@post.example", "Guido")
        assert along in relayed.text, along
