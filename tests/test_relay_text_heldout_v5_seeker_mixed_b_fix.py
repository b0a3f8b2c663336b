"""Behaviour tests for the rules that closed part of dev/heldout-v5/seeker-mixed's misses
(help-seekers in English and Dutch): a guide to saying the name in a bracket is the writer's
words, not another spelling; "IRL" after "who I am" is chat, not a name; the name the writer
is known by somewhere ("they know me as …") and the name they publish under ("on Wattpad under
…") are replaced wherever they stand; an account in a bracket after its app is replaced; a
signed name with the writer's pronouns in a bracket that says more after a comma is their line,
not a role in a card. Names, words and mails are invented, not the corpus's."""

from __future__ import annotations

from mailhandler.core.scrub import Identity, learn_names
from mailhandler.core.scrub.contacts import replace_handles
from tests.conftest import assert_absent
from tests.test_relay_text import PSEUDONYM, _forward, _mail

SEEKER = "Niamh Brennan <niamh.brennan@post.example>"
WHO = Identity(addresses=("niamh.brennan@post.example",), names=("Niamh Brennan",))


def _forwarded(body: str, sender: str = SEEKER) -> tuple[str, bytes]:
    relayed, data = _forward(_mail(sender, body))
    return relayed.text, data


# --------------------------------------------------------------------------- a name sounded out


def test_how_to_say_the_name_in_a_bracket_stays_and_the_name_goes() -> None:
    text, data = _forwarded(
        "Hi,\n\nSome things about me:\n"
        "- name: Niamh (it's Irish, you say NEE-iv, nobody gets it right)\n- 15\n\n"
        "My friend stopped talking to me and I don't know why.\n")
    assert "(it's Irish, you say NEE-iv, nobody gets it right)" in text
    assert f"- name: {PSEUDONYM} (" in text
    assert_absent(data, ["Niamh", "Brennan"])


def test_a_sounded_out_name_is_not_learned_but_a_spelling_friends_say_still_is() -> None:
    sounded = learn_names("Hi,\n\nI'm Niamh (you say NEE-iv). I'm 15.\n\nthanks\n", WHO)
    assert "NEE-iv" not in sounded.names
    said = learn_names("Hi,\n\nI'm Niamh (my friends say Neevie). I'm 15.\n\nthanks\n", WHO)
    assert "Neevie" in said.names


def test_a_hyphenated_name_in_capitals_is_still_another_spelling() -> None:
    # "Anne-SO": no syllable in lower case, so a name, not a guide to saying one.
    who = Identity(addresses=("anne.sophie.m@post.example",), names=("Anne-Sophie Maes",))
    learned = learn_names("Salut,\n\nJe suis Anne-Sophie (mes potes disent Anne-SO). "
                          "J'ai 14 ans.\n\nmerci\n", who)
    assert "Anne-SO" in learned.names


# --------------------------------------------------------------------------- chat words


def test_irl_after_who_i_am_is_no_name() -> None:
    text, _ = _forwarded(
        "Hello\n\nSomeone online found out who I am IRL (they go to my school) and now "
        "they tell everyone. I am atm at my aunt's.\n\nWhat do I do?\n")
    assert "who I am IRL (they go to my school)" in text
    assert "I am atm at my aunt's." in text


# --------------------------------------------------------------------------- known as


def test_the_name_they_know_the_writer_by_is_replaced_everywhere() -> None:
    text, data = _forwarded(
        "hey\nI rap at the youth house, I'm 16, they know me as Zephyro there. "
        "I wrote this last night:\n\n"
        "the streets are loud\nmy room is louder\n\n"
        "— Zephyro\n\n"
        "not sure what I want. maybe just tell me if it sounds like someone who needs help\n")
    assert f"they know me as {PSEUDONYM} there" in text
    assert "the streets are loud" in text
    assert "maybe just tell me if it sounds like someone who needs help" in text
    assert_absent(data, ["Zephyro", "Niamh", "Brennan"])


def test_a_common_word_they_are_known_as_stays() -> None:
    # "they know me as Trouble" says how people see the writer: a word of the language,
    # capitalised or not, is no name unless the writer is known by it.
    for line in ("At school they know me as Trouble, always have.",
                 "Everyone knows me as Quiet, which is funny.",
                 "op de club kennen ze me als Stille, ik zeg nooit iets."):
        learned = learn_names(f"Hi,\n\n{line}\n\nthanks\n", WHO)
        assert learned == WHO, line


def test_known_as_in_dutch_and_french_names_the_writer() -> None:
    for line in ("In de jeugdbeweging kennen ze me als Bolleke.",
                 "Là-bas on me connaît sous le nom de Kiwiko."):
        learned = learn_names(f"Hallo,\n\n{line} Ik ben 14.\n\nmerci\n", WHO)
        assert set(learned.names) - set(WHO.names) == {line.split()[-1].rstrip(".")}, line


# --------------------------------------------------------------------------- a pen name


def test_the_name_the_writer_publishes_under_is_replaced() -> None:
    text, data = _forwarded(
        "Hello\n\nI'm 16 and I write poems on Wattpad under moonlitheron. Someone at school "
        "found out moonlitheron is me and shows them around.\n\nWhat do I even do?\n")
    assert f"on Wattpad under {PSEUDONYM}." in text
    assert f"found out {PSEUDONYM} is me" in text
    assert_absent(data, ["moonlitheron"])


def test_a_pen_name_after_the_name_is_also_replaced_in_dutch() -> None:
    text, data = _forwarded(
        "Hoi\n\nIk schrijf verhalen op Wattpad onder de naam sterrenvis_07 en iemand van "
        "mijn klas heeft ze gevonden.\n\nWat moet ik doen?\n")
    assert f"onder de naam {PSEUDONYM} en iemand van mijn klas" in text
    assert_absent(data, ["sterrenvis_07"])


def test_words_under_which_nothing_is_published_stay() -> None:
    # Pressure, one's own name, anonymity, a place: no pen name. And "under" without a site
    # named in the sentence is not looked at.
    for line in ("I wrote it on paper under pressure.",
                 "I post on insta under my own name, so everyone knows.",
                 "I post on tumblr under anon.",
                 "I write under blankets at night.",
                 "Ik post op TikTok onder druk van mijn vrienden."):
        learned = learn_names(f"Hi,\n\n{line}\n\nthanks\n", WHO)
        assert learned == WHO, line


# --------------------------------------------------------------------------- an account in brackets


def test_an_account_in_a_bracket_after_its_app_is_replaced() -> None:
    assert replace_handles("you can find me on discord (zeph_99) or here", "H") \
        == "you can find me on discord (H) or here"
    assert replace_handles("mijn snap ( wolkje.21 ) of mail", "H") == "mijn snap ( H ) of mail"


def test_words_in_a_bracket_after_an_app_stay() -> None:
    for line in ("we talk on discord (with my class) every night",
                 "ik zag het op tiktok (dansvideo) gisteren",
                 "she sent it on snap (lol) and then deleted it",
                 "op discord (v2.0 update) werkt het niet",
                 "on snap (3x) today"):
        assert replace_handles(line, "H") == line, line


# --------------------------------------------------------------------------- pronouns signed


def test_pronouns_after_the_signed_name_saying_more_after_a_comma_stay() -> None:
    text, data = _forwarded(
        "Hallo,\n\nIk ben Niamh uit het 3de middelbaar.\n\n"
        "Is het raar om dat op 14 jaar al te weten?\n\n"
        "Niamh (die/hen als dat mag, of they/them)\n"
        "Sint-Romboutscollege Mechelen · leerlingenmail\n"
        "Dit bericht werd verzonden via het leerlingenplatform.\n")
    assert f"{PSEUDONYM} (die/hen als dat mag, of they/them)" in text
    assert "Is het raar om dat op 14 jaar al te weten?" in text
    assert_absent(data, ["Niamh", "Brennan", "Sint-Romboutscollege"])


def test_a_role_in_a_bracket_after_the_name_still_closes_a_card() -> None:
    # "(vrijwilliger, team Leuven)": a role then a team, no pronouns opening it: a card line.
    text, data = _forwarded(
        "Hallo,\n\nIk heb een vraag over mijn vriendin. Ze praat niet meer met mij.\n\n"
        "Niamh Brennan (leerkracht, team Leuven)\n"
        "Sint-Romboutscollege Mechelen\n"
        "Tel. 015 12 34 56\n")
    assert "Ze praat niet meer met mij." in text
    assert_absent(data, ["Niamh", "Brennan", "015 12 34 56"])
