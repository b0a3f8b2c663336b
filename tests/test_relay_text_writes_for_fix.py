"""Behaviour tests for the house policy on the young person someone writes for: a parent,
sibling, grandparent, foster parent, friend or youth worker who asks help for a young person
names the help-seeker of the conversation, and that name is replaced in place, as the writer's
own name is (tests/fixtures/relay_text/README.md, Format). People named in passing (a friend in
the story, a teacher, a bully) stay the writer's words. Names and mails are invented, not the
corpus's."""

from __future__ import annotations

import pytest

from tests.test_relay_text import PSEUDONYM, _answer, _forward, _mail


def _relayed(sender: str, body: str) -> tuple[str, bytes]:
    relayed, data = _forward(_mail(sender, body))
    return relayed.text, data


# --------------------------------------------------------------------------- writing for


@pytest.mark.parametrize(("body", "name", "kept"), [
    ("Hoi,\nik ben 20 en ik schrijf voor mijn broertje Warre van 13. Warre wordt gepest.\n",
     "Warre", "wordt gepest."),
    ("Bonjour,\nJe vous écris pour mon petit frère, Ilian, qui a 12 ans. Ilian ne dort plus.\n",
     "Ilian", "ne dort plus."),
    ("Bonjour,\nj'écris pour ma petite sœur Maëlle, elle a 14 ans et elle a peur.\n",
     "Maëlle", "elle a 14 ans et elle a peur."),
    ("Hi,\nI'm writing for my little sister Poppy who is 13. My sister Poppy is scared.\n",
     "Poppy", "who is 13."),
    ("Hello,\nI'm writing on behalf of my best friend Kiran, he's 15 and can't email.\n",
     "Kiran", "he's 15 and can't email."),
    ("Dag,\nik mail namens onze zoon Seppe (15). Hij durft het zelf niet.\n",
     "Seppe", "Hij durft het zelf niet."),
])
def test_the_young_person_written_for_is_replaced(body: str, name: str, kept: str) -> None:
    text, data = _relayed("Sanne Wouters <sanne.w@mail.example>", body)
    assert name.encode() not in data
    assert name not in text
    assert PSEUDONYM in text
    assert kept in text


def test_a_parent_naming_their_child_names_the_help_seeker() -> None:
    body = ("Beste,\nMijn dochter Fien (14) vertelde me gisteren dat ze gepest wordt. "
            "Hoe help ik Fien het best?\nGroeten,\nKaren\n")
    text, data = _relayed("Karen Peeters <karen.p@mail.example>", body)
    assert b"Fien" not in data
    assert "vertelde me gisteren dat ze gepest wordt." in text
    assert "Hoe help ik" in text


@pytest.mark.parametrize("body", [
    "Ik ben de grootmoeder van Lander, hij is 12 en hij zegt bijna niets meer.\n",
    "Ik ben pleegmoeder van Yannick (16). Hij is bang voor de jeugdrechter.\n",
    "Bonjour, je suis la maman de Noé, il a 15 ans et il ne mange plus.\n",
    "Hello, I'm the mum of Jasper, he is 14 and he is being bullied.\n",
])
def test_a_writer_introduced_as_the_young_persons_relative_names_them(body: str) -> None:
    text, data = _relayed("Els Maes <els.maes@mail.example>", body)
    for name in (b"Lander", b"Yannick", b"Jasper"):
        assert name not in data
    assert "Noé" not in text
    assert PSEUDONYM in text


@pytest.mark.parametrize(("body", "name"), [
    ("Ik schrijf voor onze zoon van 14. Hij voelt zich een meisje en wil graag Lotte genoemd "
     "worden. Hoe spreek ik Lotte aan?\n", "Lotte"),
    ("Mijn kind van 13 ... mijn dochter zegt dat ze liever Robin genoemd wordt.\n", "Robin"),
    ("I'm writing for my son, he is 15 and he wants us to use Maya now.\n", "Maya"),
    ("J'écris pour mon fils, il veut qu'on l'appelle Éléa maintenant.\n", "Éléa"),
    ("Ik schrijf u over mijn dochter, 14 jaar. Ze wil dat we haar Mats noemen.\n", "Mats"),
])
def test_the_name_the_young_person_wants_is_replaced(body: str, name: str) -> None:
    text, data = _relayed("Inge Claes <inge.claes@mail.example>", body)
    assert name not in text
    assert name.encode() not in data


# --------------------------------------------------------------------------- guards


@pytest.mark.parametrize(("body", "words"), [
    # A young person's own story: a brother or a friend in passing stays.
    ("hoi ik ben 14\nmijn broer Jens is ziek en mijn vriendin Amber helpt me\n",
     ["mijn broer Jens is ziek en mijn vriendin Amber helpt me"]),
    ("ik schrijf over mijn broer Jens, hij slaat me\n", ["ik schrijf over mijn broer Jens"]),
    ("mijn broer is ziek en ik schrijf voor de schoolkrant over Jens\n",
     ["mijn broer is ziek en ik schrijf voor de schoolkrant over Jens"]),
    ("Hi, I'm 15. My friend Tyler says my teacher Mrs Hughes is mean.\n",
     ["My friend Tyler says my teacher Mrs Hughes is mean."]),
    # Writing for a child does not make every person named the child.
    ("Ik schrijf voor mijn dochter. Haar vriendin Noor is ook trans, "
     "maar dat is Noors verhaal. Haar leerkracht meneer Dries weet het.\n",
     ["Haar vriendin Noor is ook trans,", "Haar leerkracht meneer Dries weet het."]),
    ("Ik schrijf voor mijn zoon. Zijn vriendin zegt dat ze liever Kai genoemd wordt.\n",
     ["Zijn vriendin zegt dat ze liever Kai genoemd wordt."]),
    ("I'm writing for my son. His friend Leo was bullied too.\n",
     ["His friend Leo was bullied too."]),
    ("de mama van Lisa zei dat ik mocht blijven slapen\n",
     ["de mama van Lisa zei dat ik mocht blijven slapen"]),
])
def test_guard_people_named_in_passing_stay(body: str, words: list[str]) -> None:
    text, _ = _relayed("Mila Goossens <mila.g@mail.example>", body)
    for kept in words:
        assert kept in text


def test_a_volunteers_own_child_is_replaced_in_place_their_words_stay() -> None:
    # Not the writes-for policy (a volunteer telling of their own daughter is not writing for
    # her), but house policy P3 (corpus README Format): a volunteer's own relative named in
    # the answer identifies the volunteer, and is replaced where it stands.
    body = ("Dag {p},\n\nMijn dochter Lore zou zeggen: neem je tijd.\n\nGroetjes,\nVera\n"
            .replace("{p}", PSEUDONYM))
    relayed, _ = _answer(_mail("Vera Claes <vera@vrijwilligers.example>", body),
                         "vera@vrijwilligers.example", "Vera")
    assert "Lore" not in relayed.text
    assert "zou zeggen: neem je tijd." in relayed.text


@pytest.mark.parametrize(("body", "name"), [
    ("Je suis la grande sœur d'un garçon de 13 ans, Ilyes. Je vous écris pour lui.\n", "Ilyes"),
    ("Bonjour, je suis la grande sœur d'Andrea, elle a 15 ans.\n", "Andrea"),
    ("Ik ben jeugdwerker. Een van onze gasten, Bilal (17), vroeg of ik jullie kon mailen.\n",
     "Bilal"),
    ("I teach at a school. One of my Year 9 students, Oscar (14), wrote something that "
     "worried me.\n", "Oscar"),
    ("Je suis éducatrice. J'accompagne une jeune de 16 ans, Lina, qui a été mise dehors.\n",
     "Lina"),
    # A neighbour, a boarding school's supervisor, a grandmother writing without commas: the
    # name right after who the young person is to them, a name that is also a word included.
    ("Ik ben de buurvrouw van een meisje van 11, Merel. Ze zit vaak bij mij na school.\n",
     "Merel"),
    ("I'm the neighbour of a boy of 12, Reuben, and he sleeps on our couch some nights.\n",
     "Reuben"),
    ("Je suis surveillant d'internat. Un de nos élèves, Timéo (15 ans), ne mange plus.\n",
     "Timéo"),
    ("goeiendag ik ben de oma van Roos ze is 14 en ze huilt veel\n", "Roos"),
])
def test_a_young_person_introduced_by_who_they_are_then_named(body: str, name: str) -> None:
    text, data = _relayed("Sophie Lenoir <s.lenoir@mail.example>", body)
    assert name not in text
    assert name.encode() not in data


@pytest.mark.parametrize("body", [
    "een jongen van 15, Tim, pest mij elke dag op de bus\n",
    "A boy in my class, Tim, keeps texting me.\n",
    "Un de nos profs, Tim, dit que je dois parler à quelqu'un.\n",
])
def test_guard_a_boy_named_in_a_kids_story_stays(body: str) -> None:
    text, _ = _relayed("Noor Peeters <noor.p@mail.example>", body)
    assert "Tim" in text
