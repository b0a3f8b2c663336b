"""Behaviour tests for the rules that closed part of dev round38's misses (help-seekers who name
themselves sideways): surnames with an elided prefix written without or apart from it, names
spelled with a spelling alphabet or letter by letter, a received message pasted in (its
greeting names the writer, its sign-off is the sender's), phone numbers with a country code in
text-speak, and the role words of a club's shared mailbox. Names, words and mails are invented,
not the corpus's."""

from __future__ import annotations

from mailhandler.core.scrub import Identity, learn_names, replace_identity
from mailhandler.core.scrub.contacts import replace_contact_details
from mailhandler.core.scrub.names_spelled import replace_spelling_alphabet
from tests.conftest import assert_absent
from tests.test_relay_text import PSEUDONYM, _forward, _mail

PLACEHOLDER = "[…]"


# --------------------------------------------------------------------------- elided prefixes


def test_a_surname_with_an_elided_prefix_is_replaced_in_every_spelling() -> None:
    who = Identity(addresses=(), names=("Fatou D'Aboville",))
    text = ("Op school schrijven ze Daboville, de juf zegt D Aboville en de turnleraar gewoon "
            "Aboville. Thuis is het D’Aboville.")
    out = replace_identity(text, who, "[adres]", PSEUDONYM)
    for written in ("Daboville", "D Aboville", "Aboville", "D’Aboville"):
        assert written not in out, written
    assert "Op school schrijven ze" in out and "de turnleraar gewoon" in out


def test_a_short_surname_after_an_elided_prefix_and_ordinary_words_stay() -> None:
    # "O'Dea": three letters after the prefix are too few to stand alone; "d'abord", "l'école"
    # are no names of the writer's and stay.
    who = Identity(addresses=(), names=("Liam O'Dea",))
    text = "Dea is een woord. D'abord je suis allé à l'école, o dear."
    assert replace_identity(text, who, "[adres]", PSEUDONYM) == text


# --------------------------------------------------------------------------- spelled names


def test_a_name_spelled_with_a_spelling_alphabet_is_replaced() -> None:
    text = ("Mijn naam schrijf je R zoals Rita, U zoals Ursula, B zoals Bart, E zoals Eva, "
            "N zoals Nico. Niemand doet het juist.")
    assert replace_spelling_alphabet(text, PSEUDONYM) == (
        f"Mijn naam schrijf je {PSEUDONYM}. Niemand doet het juist.")
    text = "Je m'appelle T comme Thierry, I comme Irène et M comme Marcel, voilà."
    assert replace_spelling_alphabet(text, PSEUDONYM) == f"Je m'appelle {PSEUDONYM}, voilà."


def test_one_or_two_spelled_letters_and_ordinary_words_stay() -> None:
    for text in ("Met een A zoals Anna in plaats van een E.",
                 "Un B comme Bravo et un C comme Charlie sur la plaque.",
                 "I like Tom, I like Sam, I like Ben.",
                 "Ik zag Piet van Dam en Jan van Dijk."):
        assert replace_spelling_alphabet(text, PSEUDONYM) == text, text


def test_a_spelled_run_with_no_naming_cue_and_no_known_name_stays() -> None:
    for text in ("hij oefent: K comme Kobold, L comme Lorbo, M comme Mirfel.",
                 "de ploegen: D van Dorv, E van Ferlo en F van Gimbo. ik speel niet mee",
                 "ze leert lezen: p zoals Pruk, q zoals Qwib, r zoals Rolm."):
        assert replace_spelling_alphabet(text, PSEUDONYM) == text, text
    text = "zo schrijf ik het: Z zoals Zwip, O zoals Ork, F zoals Fenk. ok"
    assert replace_spelling_alphabet(text, PSEUDONYM) == f"zo schrijf ik het: {PSEUDONYM}. ok"
    text = "hij zei: Z zoals Zwip, O zoals Ork, F zoals Fenk. ok"
    assert replace_spelling_alphabet(text, PSEUDONYM, ("Zof",)) == f"hij zei: {PSEUDONYM}. ok"


def test_a_first_name_typed_letter_by_letter_is_learned() -> None:
    text = "hey\nik ben r u b e n (zo vindt mijn broer het niet)\nik ben 13\ngroetjes r u b e n\n"
    who = learn_names(text, Identity(addresses=("rx.2012@mail.example",)))
    out = replace_identity(text, who, "[adres]", PSEUDONYM)
    assert "r u b e n" not in out
    assert "(zo vindt mijn broer het niet)" in out and "ik ben 13" in out


def test_spaced_letters_that_spell_no_first_name_stay() -> None:
    text = "hey\nik kan a b c d nog zeggen\nen i k b e n moe\nbedankt\n"
    who = learn_names(text, Identity(addresses=("rx.2012@mail.example",)))
    assert replace_identity(text, who, "[adres]", PSEUDONYM) == text


def test_spaced_letters_with_no_naming_cue_before_them_are_not_learned() -> None:
    for line in ("mijn lievelingsgroep is m i l a n", "mijn pincode is r u b e n",
                 "hij typte: r u b e n is een loser", "ik ben niet r u b e n hoor"):
        text = f"hey\n{line}\nwat nu\n"
        who = learn_names(text, Identity(addresses=("rx.2012@mail.example",)))
        assert replace_identity(text, who, "[adres]", PSEUDONYM) == text, line


# --------------------------------------------------------------------------- a pasted message


def test_the_name_greeted_in_a_received_pasted_message_is_the_writers() -> None:
    text = ("hoi\nik kreeg dit gisteren van mijn trainer, ik heb het gekopieerd:\n\n"
            "Dag Wannes,\nJe was er niet op de training. Is alles oké? Laat je iets weten?\n"
            "Sportieve groeten,\nCoach Dirk\nU15 Hoofdtrainer\n\n"
            "ik weet niet wat ik moet zeggen, ik ben 14\n")
    body, data = _forward(_mail("wx2011@mail.example", text))
    assert_absent(data, ["Wannes"])
    # The sender's sign-off is content, like any trainer the writer names.
    assert "Coach Dirk\nU15 Hoofdtrainer" in body.text
    assert "Je was er niet op de training." in body.text


def test_a_pasted_chat_and_a_quoted_text_name_the_writer_in_their_greeting() -> None:
    text = ("hey\nthis morning my mum sent me this on whatsapp:\n\n"
            "[08:12, 02/05/2026] Mum: Morning Tobias, dad and I talked.\n"
            "[08:13, 02/05/2026] Mum: Hi Tobias, we love you, no matter what.\n\n"
            "what do I say?\n")
    who = learn_names(text, Identity(addresses=("tb77@mail.example",)))
    assert "Tobias" in who.names
    text = ("salut\nj'ai reçu ça de mon père hier :\n\n« Salut Maëlys, on en reparle ce "
            "week-end. Papa »\n\nje fais quoi ?\n")
    who = learn_names(text, Identity(addresses=("m.x@mail.example",)))
    assert "Maëlys" in who.names


def test_greetings_without_a_received_message_or_to_a_family_word_name_no_one() -> None:
    # A message the writer sent, not received: its greeting names the other person.
    text = "hoi\nik heb dit naar mijn vriend gestuurd:\n\nHoi Jelle,\nsorry voor gisteren.\n"
    assert "Jelle" not in learn_names(text, Identity(addresses=("a.b@mail.example",))).names
    # "Hi Mum," greets a family word, which is never a name.
    text = "hey\nI got this from my mum, copied:\n\nHi Mum, sorry.\n\nwhat now\n"
    assert "Mum" not in learn_names(text, Identity(addresses=("a.b@mail.example",))).names


def test_a_message_received_by_someone_else_or_greeting_a_third_person_names_no_one() -> None:
    # Received by a friend, not by the writer.
    text = ('hoi\nmijn neef kreeg een bericht van wat zij naar zijn buur stuurde:\n'
            '"Hey Dorvin, je bent een sukkel"\nhij is 11 en wil niet meer buiten\n')
    assert "Dorvin" not in learn_names(text, Identity(addresses=("a.b@mail.example",))).names
    # Received by the writer, but the greeted name is someone else in the writer's own lines.
    for after in ("Dorvin is mijn beste vriend en hij huilt", "maar ik ben niet Dorvin, ik ben "
                  "zijn buur", "Dorvin is 12"):
        text = ("hoi\nik heb dit ontvangen in de chat:\n"
                "[10:01, 4/4/2025] Krel: Hallo Dorvin, je bent raar!\n" + after + "\n")
        who = learn_names(text, Identity(addresses=("a.b@mail.example",)))
        assert "Dorvin" not in who.names, after


# --------------------------------------------------------------------------- text-speak phones


def test_phone_numbers_with_a_country_code_in_text_speak_are_replaced() -> None:
    for written, after in (("plus32 vijf9drie 11 22 33", ""),
                           ("+33 sept 44 vingt1 90 80", " merci"),
                           ("+44 20double7 3OO fourfive6", "")):
        text = f"bel me op {written}{after}"
        assert replace_contact_details(text, PLACEHOLDER) == f"bel me op {PLACEHOLDER}{after}"


def test_numbers_after_a_plus_that_are_no_phone_stay() -> None:
    for text in ("het werd plus 2 kids en one two three four meer",
                 "score +3 en nog 12 34 56 punten",
                 "ik won plus10 euro en zes 12 tickets"):
        assert replace_contact_details(text, PLACEHOLDER) == text, text


# --------------------------------------------------------------------------- a club's mailbox


def test_role_words_of_a_shared_mailbox_name_stay_in_the_text() -> None:
    text = ("Hi,\nthis is the club mailbox, the coaches and the staff can read it.\n"
            "I'm 14 and I need advice.\nThanks\n")
    message = _mail("Falcons U14 <u14@falcons.example>", text,
                    Reply_To="Falcons U14 coaches <coaches@falcons.example>")
    body, data = _forward(message)
    assert "the coaches and the staff can read it" in body.text
    assert_absent(data, ["Falcons", "u14@falcons.example", "coaches@falcons.example"])


# --------------------------------------------------------------------------- own words, kept


def test_a_joke_signature_whose_phone_label_holds_no_number_stays() -> None:
    text = ("Hallo Lumi,\n\nIk ben 14 en ik wil weten of ik het moet zeggen.\n\n"
            "Hoogachtend,\nDe stille van de klas\nAfdeling onzichtbaar\nTel.: geen beltegoed\n")
    body, _ = _forward(_mail("Robbe Claes <robbe.claes@mail.example>", text))
    assert "De stille van de klas\nAfdeling onzichtbaar\nTel.: geen beltegoed" in body.text


def test_a_phone_label_with_a_number_under_a_card_still_goes() -> None:
    text = ("Dag,\n\nik heb een vraag over mijn zoon van 15.\n\nMet vriendelijke groeten\n"
            "Griet Claes\nBoekhouding Claes & Co\nTel.: 011 22 33 44\n")
    _, data = _forward(_mail("Griet Claes <griet@claes-co.example>", text))
    assert_absent(data, ["011 22 33 44", "Boekhouding Claes"])

