"""Behaviour tests for the rules that closed dev/heldout-v5's Dutch help-seeker misses: an IPv4
address a web form adds under the text; a street spelled inside a shared location's link; an
account name given after "in game ben ik"; a name first misheard or mistyped and corrected at
once ("ik ben X nee <name>"); a parent passing on their child's quoted words, signed with the
child's name. Each with guards that the look-alike words of a young person stay. Names,
words and mails are invented, not the corpus's."""

from __future__ import annotations

from mailhandler.core.scrub import Identity
from mailhandler.core.scrub.contacts import replace_contact_details
from mailhandler.core.scrub.names import learn_names
from tests.conftest import assert_absent
from tests.test_relay_text import PSEUDONYM, _forward, _mail

PLACEHOLDER = "[…]"

# --------------------------------------------------------------------------- an IP address


def test_an_ip_address_under_a_form_message_is_replaced() -> None:
    body = ("Naam: Noor\n"
            "Je bericht:\n"
            "ik ben 14 en ik durf niet meer naar de turnles\n\n"
            "Verzonden op 02/05/2025 om 17:40 vanaf IP 198.51.100.23\n")
    relayed, data = _forward(_mail("Noor Claes <noor.claes@mail.example>", body))
    assert_absent(data, ["198.51.100.23"])
    assert "ik ben 14 en ik durf niet meer naar de turnles" in relayed.text
    assert "Verzonden op 02/05/2025 om 17:40 vanaf IP" in relayed.text


def test_an_ip_address_in_running_text_is_replaced_and_the_sentence_stays() -> None:
    assert replace_contact_details("mijn ip is 203.0.113.5. kan dat kwaad?", PLACEHOLDER) \
        == f"mijn ip is {PLACEHOLDER}. kan dat kwaad?"


def test_dates_times_versions_and_scores_are_no_ip_address() -> None:
    for text in ("op 04.03.2025 om 16.02 begon het",
                 "de update naar versie 2.4.1 werkt niet",
                 "we verloren 3.2.1 ofzo",
                 "vijf delen: 1.2.3.4.5 van het boek",
                 "hoofdstuk 10.01.02.03 lezen"):
        assert replace_contact_details(text, PLACEHOLDER) == text, text


# --------------------------------------------------------------------------- a street in a link


def test_a_street_in_a_shared_location_link_is_replaced_and_the_link_stays() -> None:
    body = ("help er is ruzie thuis\n"
            "hier woon ik:\n"
            "https://maps.example/?q=Lindenlaan+8,+2400+Mol\n"
            "ik ben 13\n")
    relayed, data = _forward(_mail("Wout Geens <wout.geens@mail.example>", body))
    assert_absent(data, ["Lindenlaan+8", "Lindenlaan 8"])
    assert "https://maps.example/?q=" in relayed.text
    assert "help er is ruzie thuis" in relayed.text and "ik ben 13" in relayed.text


def test_a_street_written_with_percent_spaces_in_a_link_path_is_replaced() -> None:
    text = "kijk https://kaart.example/place/Kerkweg%2014,%203900%20Pelt/ daar"
    assert replace_contact_details(text, PLACEHOLDER) \
        == f"kijk https://kaart.example/place/{PLACEHOLDER}/ daar"


def test_links_without_a_street_keep_every_part() -> None:
    for text in ("https://school.example/jaar2025/klas3/rooster?week=12",
                 "lees https://artikel.example/nieuws/loopbaan+3+tips ok",
                 "https://video.example/watch?v=abc123&t=42s",
                 "https://kaart.example/?q=zwembad+Mol"):
        assert replace_contact_details(text, PLACEHOLDER) == text, text


# --------------------------------------------------------------------------- an account name


def test_an_account_name_given_after_in_game_is_replaced() -> None:
    body = ("hey\nze lachen mij uit in de klas\nik ben 14\ngr Ruben\n"
            "(in game ben ik Zwaard_Koning99 als jullie het willen weten haha)\n")
    relayed, data = _forward(_mail("Ruben Mertens <ruben.mertens@mail.example>", body))
    assert_absent(data, ["Zwaard_Koning99", "Ruben"])
    assert "ze lachen mij uit in de klas" in relayed.text
    assert f"(in game ben ik {PSEUDONYM} als jullie het willen weten haha)" in relayed.text


def test_an_account_with_a_number_after_an_online_cue_is_learned() -> None:
    who = Identity(addresses=("k.peeters@mail.example",), names=("Kato Peeters",))
    assert "sterrenregen2011" in learn_names(
        "hoi\nonline ben ik sterrenregen2011\nik ben 12\n", who).names


def test_words_with_a_number_after_a_plain_introduction_are_not_learned() -> None:
    who = Identity(addresses=("k.peeters@mail.example",), names=("Kato Peeters",))
    learned = learn_names("hoi\nik ben covid19 positief en ik mag niet naar school\n", who)
    assert "covid19" not in learned.names
    learned = learn_names("hoi\nik ben level42 in dat spel maar ik voel me slecht\n", who)
    assert "level42" not in learned.names
    learned = learn_names("hallo\nik ben moe en ik ben 15 en ik ben bang\n", who)
    assert learned == who


# --------------------------------------------------------------------------- a corrected name


def test_a_name_misheard_and_corrected_at_once_is_replaced_with_the_right_one() -> None:
    # "roer" is a word of the language, misheard for the name.
    body = ("Hallo ik ben roer nee Roel sorry mijn telefoon kent mijn naam niet ik ben 15 "
            "en ik wil met iemand praten over thuis\n")
    relayed, data = _forward(_mail("Roel Wouters <roel.wouters@mail.example>", body))
    assert_absent(data, ["roer", "Roel", "Wouters"])
    assert f"Hallo ik ben {PSEUDONYM} nee {PSEUDONYM} sorry mijn telefoon kent mijn naam niet" \
        in relayed.text
    assert "en ik wil met iemand praten over thuis" in relayed.text


def test_a_correction_that_is_not_the_writers_name_learns_nothing() -> None:
    who = Identity(addresses=("roel.wouters@mail.example",), names=("Roel Wouters",))
    # a feeling corrected by another, a word corrected to a name it does not start like, a
    # word corrected to itself
    for text in ("hoi\nik ben boos nee ik ben verdrietig eigenlijk\n",
                 "hoi\nik ben moe nee Roel is gewoon zo\n",
                 "hoi\nik ben rustig nee rustig is het niet\n"):
        assert learn_names(text, who) == who, text


def test_a_misheard_word_the_writer_also_uses_as_a_word_stays_a_word() -> None:
    body = ("hallo ik ben dan nee Daan sorry\n"
            "ik ben 14 en als ik thuis kom dan is er altijd ruzie\n")
    relayed, data = _forward(_mail("Daan Kerkhofs <daan.kerkhofs@mail.example>", body))
    assert_absent(data, ["Daan", "Kerkhofs"])
    assert "ik ben 14 en als ik thuis kom dan is er altijd ruzie" in relayed.text


# --------------------------------------------------------------------------- a child's quoted words


def test_a_childs_quoted_words_signed_with_their_name_lose_the_name() -> None:
    body = ("Goedemiddag,\n\n"
            "Mijn dochter (14) durft niet te bellen. Ze heeft het volgende zelf getypt:\n\n"
            "\"ik wil gewoon dat het stopt op school. ik ben het beu. Jitske\"\n\n"
            "Kunnen jullie haar helpen?\n\n"
            "Met vriendelijke groeten,\nAn\n")
    relayed, data = _forward(_mail("An Verbeke <an.verbeke@mail.example>", body))
    assert_absent(data, ["Jitske", "Verbeke"])
    assert "\"ik wil gewoon dat het stopt op school. ik ben het beu." in relayed.text
    assert "Kunnen jullie haar helpen?" in relayed.text


def test_a_childs_letter_passed_on_signed_your_name_loses_the_name() -> None:
    body = ("Dag,\n\n"
            "Onze zoon heeft deze brief geschreven en vond hem te moeilijk om te geven. "
            "Ik typ hem hier over.\n\n"
            "'Lieve mama,\n"
            "ik vind het moeilijk om te zeggen. ik denk dat ik op jongens val. Milan uit mijn "
            "klas weet het al.\n"
            "je Wannes'\n\n"
            "Hoe reageer ik het best?\n\nGroeten\nHilde\n")
    relayed, data = _forward(_mail("Hilde Smets <hilde.smets@mail.example>", body))
    assert_absent(data, ["Wannes", "Hilde", "Smets"])
    # A friend named in the child's words is their story, and stays.
    assert "Milan uit mijn klas weet het al." in relayed.text
    assert "ik denk dat ik op jongens val." in relayed.text
    assert "'Lieve mama," in relayed.text


def test_words_the_child_received_keep_the_senders_name() -> None:
    who = Identity(addresses=("an.verbeke@mail.example",), names=("An Verbeke",))
    text = ("Dag,\n\nMijn dochter kreeg dit bericht en heeft het voor mij overgetypt:\n\n"
            "\"niemand wil jou in de groep. Lotte\"\n\nWat doen we hiermee?\n")
    assert "Lotte" not in learn_names(text, who).names


def test_quoted_words_a_young_person_passes_on_keep_the_name() -> None:
    who = Identity(addresses=("mila.j@mail.example",), names=("Mila Janssens",))
    # No parent speaking of their child: a friend's message, quoted by the young person.
    text = ("hoi\nmijn vriendin heeft dit geschreven toen ik verdrietig was:\n"
            "\"je bent niet alleen. Lotte\"\nis dat niet lief\n")
    assert "Lotte" not in learn_names(text, who).names


def test_a_childs_quoted_words_ending_in_a_common_word_learn_nothing() -> None:
    who = Identity(addresses=("an.verbeke@mail.example",), names=("An Verbeke",))
    text = ("Dag,\n\nMijn zoon heeft dit zelf geschreven:\n\n"
            "\"ik wil gewoon Rust\"\n\nWat raden jullie aan?\n")
    assert learn_names(text, who) == who
