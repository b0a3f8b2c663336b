"""Behaviour tests for the rules that closed part of dev/heldout-v7/seeker-nl's misses (Dutch,
Flemish and English help-seekers): an English sentence after "place" that is no French street;
a trade word in a local part beside the writer's name; something the writer says they show
("hier is mijn …", no colon) with their words under it; a first name before the family
account's surname; a birth date under its label; a client line's shape naming no device; a
service's file reference in capitals and dashes; a Reddit account; an account alone on its
line. Names, words and mails are invented, not the corpus's; each rule has a guard: the
writer's words in a near shape that must stay."""

from __future__ import annotations

from mailhandler.core.scrub import Identity, learn_names
from mailhandler.core.scrub.contacts import replace_contact_details
from mailhandler.core.scrub.signature_lines import _is_client_line
from tests.test_relay_text import _forward, _mail

PLACEHOLDER = "[…]"

# --------------------------------------------------------------------------- "place" in English


def test_an_english_sentence_after_place_is_no_street() -> None:
    body = "hey idk if this is the right place but im 14 and my dad reads my texts\n"
    relayed, _ = _forward(_mail("Jade Morel <jade.morel@mail.example>", body))
    assert "the right place but im 14 and my dad reads my texts" in relayed.text


def test_a_french_street_in_lower_case_is_still_replaced() -> None:
    text = "j'habite place des tilleuls 9 et mon amie rue verte 21\n"
    cleaned = replace_contact_details(text, PLACEHOLDER)
    assert "tilleuls" not in cleaned and "verte" not in cleaned
    assert cleaned.count(PLACEHOLDER) == 2


# --------------------------------------------------------------------------- a trade in the address


def test_a_trade_word_in_the_local_part_is_no_name_to_introduce() -> None:
    who = Identity(addresses=("wendy.maes.tolk@mail.example",), names=("Wendy Maes",))
    learned = learn_names("Goeiedag,\n\nIk ben tolk voor een jongen van 14. Hij vraagt dit.\n",
                          who)
    assert "tolk" not in {name.casefold() for name in learned.names}
    relayed, _ = _forward(_mail("Wendy Maes <wendy.maes.tolk@mail.example>",
                                "Goeiedag,\n\nIk ben tolk voor een jongen van 14. Hij vraagt "
                                "of hij hier mag schrijven.\n"))
    assert "Ik ben tolk voor een jongen van 14" in relayed.text


def test_a_first_name_in_the_local_part_is_still_learned_when_introduced() -> None:
    who = Identity(addresses=("lien.maes.roos@mail.example",), names=("Lien Maes",))
    learned = learn_names("hoi ik ben roos en ik ben 13\n", who)
    assert "roos" in {name.casefold() for name in learned.names}


# ---------------------------------------------------------------- a shown paste, no colon


def test_a_card_the_writer_says_they_show_stays_with_their_words_under_it() -> None:
    body = ("hoi ik ben 13\nik wil weten of ik alleen naar de dokter mag\n"
            "hier is mijn noodkaart van mijn gsm\n\n"
            "Noodkaart\nTibo Wauters\nAllergie Pinda\nNoodcontact\nMama +32 470 11 22 33\n\n"
            "klopt dat zo\n\nVerstuurd vanaf mijn iPhone\n")
    relayed, data = _forward(_mail("Gezin Wauters <gezin.wauters@mail.example>", body))
    for kept in ("Noodkaart", "Allergie Pinda", "Noodcontact", "Mama", "klopt dat zo"):
        assert kept in relayed.text, kept
    for gone in (b"Tibo", b"Wauters", b"470 11 22 33", b"iPhone"):
        assert gone not in data, gone


def test_a_week_from_an_app_the_writer_sends_stays() -> None:
    body = ("ik weet niet hoe ik het moet zeggen dus ik stuur gewoon mijn slaap uit mijn app\n\n"
            "Slaapje · 3 mrt – 5 mrt\nma 3 mrt · 4 u · wakker gelegen\n"
            "di 4 mrt · 3 u · nachtmerrie\nGemiddeld: 3,5 u\n\nik ben 15\n")
    relayed, _ = _forward(_mail("Ines Goris <ines.goris@mail.example>", body))
    for kept in ("ma 3 mrt · 4 u · wakker gelegen", "Gemiddeld: 3,5 u", "ik ben 15"):
        assert kept in relayed.text, kept


def test_a_parents_card_under_a_show_sentence_still_goes_with_a_disclaimer_under_it() -> None:
    body = ("hoi ik ben 14 en ik stuur dit vanaf mijn mama haar account\n"
            "mijn vraag is of ik mag kiezen bij wie ik woon\n\n"
            "Greet Claes\nDirecteur\nBasisschool De Linde\nT 03 555 12 34\n\n"
            "Dit bericht is vertrouwelijk en uitsluitend bestemd voor de geadresseerde.\n")
    _, data = _forward(_mail("Greet Claes <greet.claes@school.example>", body))
    for gone in (b"Directeur", b"De Linde", b"555 12 34"):
        assert gone not in data, gone


# ---------------------------------------------------------------- a first name on the card


def test_a_first_name_before_the_family_accounts_surname_is_replaced() -> None:
    who = Identity(addresses=("familie.verhaegen@mail.example",), names=("Familie Verhaegen",))
    learned = learn_names("hoi\nhier is mijn kaart\n\nKaart\nRuben Verhaegen\n\nklopt dat\n", who)
    assert "Ruben" in learned.names


def test_a_particle_of_the_writers_own_surname_is_no_first_name() -> None:
    who = Identity(addresses=("sara.elidrissi@mail.example",), names=("Sara El Idrissi",))
    learned = learn_names("hoi ik ben Sara\nmijn vraag is kort\nSara\nEl Idrissi\n", who)
    assert "El" not in learned.names and "el" not in {n.casefold() for n in learned.names}
    learned = learn_names("hoi\nMama Verhaegen\nik ben 12\n",
                          Identity(addresses=("x@mail.example",), names=("Gezin Verhaegen",)))
    assert "Mama" not in learned.names


# --------------------------------------------------------------------------- a labelled birth date


def test_a_birth_date_under_its_label_is_replaced() -> None:
    for text in ("Geboortedatum 3 mei 2012\n", "Date of birth: 03/05/2012\n",
                 "Geboortedatum: 03.05.2012\n"):
        cleaned = replace_contact_details(text, PLACEHOLDER)
        assert "2012" not in cleaned and PLACEHOLDER in cleaned, text


def test_a_birthday_without_a_year_and_anothers_birth_date_in_a_sentence_stay() -> None:
    for text in ("Verjaardag: 14 februari\n", "de geboortedatum van mijn oma was 3 mei 1950\n",
                 "Birthday: 14 feb\n"):
        assert replace_contact_details(text, PLACEHOLDER) == text, text


# --------------------------------------------------------------------------- a client line's shape


def test_a_sent_from_line_naming_no_device_is_the_writers() -> None:
    body = ("hoi\nik ben 14\nniemand luistert\n--\neen jongen die het niet meer weet\n"
            "Verzonden vanaf mijn kapotte hoofd 🖤\n")
    relayed, _ = _forward(_mail("Wout Baert <wout.baert@mail.example>", body))
    assert "een jongen die het niet meer weet" in relayed.text
    assert "Verzonden vanaf mijn kapotte hoofd 🖤" in relayed.text
    assert not _is_client_line("Sent from my broken heart")


def test_client_lines_naming_a_device_still_go() -> None:
    for line in ("Verzonden vanaf mijn iPhone", "verstuurd vanaf mijn gsm", "sent from my phone",
                 "Envoyé de mon téléphone", "sent from my samsung galaxy s21",
                 "verzonden vanaf mijn huawei-telefoon"):
        assert _is_client_line(line), line


# --------------------------------------------------------------------------- a file reference


def test_a_file_reference_of_capitals_and_dashes_is_replaced() -> None:
    text = "mijn dossiernummer is CAW-ANT-2024-00321 als dat helpt\n"
    cleaned = replace_contact_details(text, PLACEHOLDER)
    assert "00321" not in cleaned and "CAW-ANT" not in cleaned
    assert cleaned == f"mijn dossiernummer is {PLACEHOLDER} als dat helpt\n"


def test_a_year_after_a_file_word_and_a_service_in_capitals_stay() -> None:
    text = "mijn dossier bij het CAW-Gent is van 2024 en nog niet klaar\n"
    assert replace_contact_details(text, PLACEHOLDER) == text


# --------------------------------------------------------------------------- accounts


def test_a_reddit_account_is_replaced_and_the_forum_stays() -> None:
    text = "r/belgium • Geplaatst door u/nacht_vlinder • 2 d.\n"
    cleaned = replace_contact_details(text, PLACEHOLDER)
    assert cleaned == f"r/belgium • Geplaatst door u/{PLACEHOLDER} • 2 d.\n"


def test_a_slash_between_words_is_no_reddit_account() -> None:
    text = "ik heb een menu/lijstje gemaakt en/of iets anders\n"
    assert replace_contact_details(text, PLACEHOLDER) == text


def test_an_account_alone_on_its_line_in_a_pasted_profile_is_replaced() -> None:
    body = ("hallo\nik verkoop spullen online en een man stuurt mij rare berichten\n"
            "dit is mijn profiel\n\nKoopjeshoek\nmoon.child.2009\n📍 Lier\n\n"
            "mag ik dat melden zonder mijn ouders\n")
    relayed, data = _forward(_mail("Noa Smets <noa.smets@mail.example>", body))
    assert b"moon.child" not in data
    assert "mag ik dat melden zonder mijn ouders" in relayed.text


def test_words_joined_by_dots_without_an_accounts_mark_stay() -> None:
    text = "hoi.hoe.gaat.het\nwww.jongerensite.be\nfoto.jpeg\nok.bye\n"
    assert replace_contact_details(text, PLACEHOLDER) == text


def test_accounts_over_the_messages_of_a_pasted_chat_stay() -> None:
    text = ("dit heeft iemand me gestuurd, ik heb het gekopieerd\n\nmika_v.22\n"
            "waarom doe je zo raar\nmika_v.22\niedereen lacht met je\n")
    assert replace_contact_details(text, PLACEHOLDER) == text


# ---------------------------------------------------------------- names others give them


def test_the_name_on_their_papers_after_heet_ik_is_replaced() -> None:
    body = ("Dag\n\nIk ben trans. Op papier heet ik nog Joren maar ik ben Jana.\n"
            "Thuis zeggen ze nog altijd Joren en dat doet pijn.\n")
    relayed, data = _forward(_mail("Leefgroep Twee <lg2@instelling.example>", body))
    assert b"Joren" not in data and b"Jana" not in data
    assert "Op papier heet ik nog" in relayed.text


def test_a_word_that_is_no_first_name_after_heet_ik_stays() -> None:
    who = Identity(addresses=("lg2@instelling.example",), names=("Leefgroep Twee",))
    learned = learn_names("op school heet ik nog altijd Prinses want ik ben klein\n", who)
    assert "Prinses" not in learned.names


def test_the_name_a_young_person_asks_to_be_called_is_replaced() -> None:
    body = ("hoi\nik ben 14 en ik voel me geen jongen\nik zei dat ik liever Noa genoemd word "
            "maar thuis lachen ze\n")
    _, data = _forward(_mail("Tom Maes <tom.maes@mail.example>", body))
    assert b"Noa" not in data


def test_a_nickname_that_is_no_first_name_before_genoemd_stays() -> None:
    who = Identity(addresses=("els.maes@mail.example",), names=("Els Maes",))
    learned = learn_names("ik wil niet meer graag Prinses genoemd worden door opa\n", who)
    assert "Prinses" not in learned.names


def test_the_young_person_a_typist_writes_for_is_replaced() -> None:
    body = ("Hallo,\n\nIk typ dit voor Fien (15). Ze kan zelf niet typen. Dit zijn haar "
            "woorden:\n\nik wil ook een lief\n\nGetypt op vraag van Fien.\n")
    relayed, data = _forward(_mail("Karen Pauwels <karen.pauwels@mail.example>", body))
    assert b"Fien" not in data
    assert "ik wil ook een lief" in relayed.text


def test_what_a_typist_writes_for_that_is_no_name_stays() -> None:
    who = Identity(addresses=("karen.pauwels@mail.example",), names=("Karen Pauwels",))
    learned = learn_names("Ik schrijf dit voor School en ouders samen.\n", who)
    assert "School" not in learned.names


def test_a_parents_full_name_in_a_bracket_is_replaced() -> None:
    body = ("hoi ik ben 11\nmijn mama (Greet Lemmens) en mijn papa (Dirk Jacobs) maken ruzie\n"
            "Greet zegt dat ik moet kiezen\n")
    _, data = _forward(_mail("Tuur Jacobs <tuur.jacobs@mail.example>", body))
    for gone in (b"Greet", b"Lemmens", b"Dirk"):
        assert gone not in data, gone


def test_words_in_a_bracket_after_a_parent_that_are_no_name_stay() -> None:
    body = ("hoi ik ben 11\nmijn papa (Leraar Wiskunde) en mijn mama (45) maken ruzie\n"
            "ik wil nie kiezen\n")
    relayed, _ = _forward(_mail("Tuur Jacobs <tuur.jacobs@mail.example>", body))
    assert "mijn papa (Leraar Wiskunde) en mijn mama (45) maken ruzie" in relayed.text


# ---------------------------------------------------------------- a shared device's footer


def test_a_shared_devices_footer_naming_the_institution_goes() -> None:
    body = ("hoi\nik lig in het ziekenhuis en niemand weet dat ik dit stuur\nik ben 14\n\n"
            "Verzonden via de bedtablet van Ziekenhuis Sint-Elooi – kamer 2.118\n"
            "Deze tablet is enkel voor patiënten. Meld je af na gebruik.\n")
    relayed, data = _forward(_mail("kamer2118@patient.ziekenhuis.example", body))
    assert "ik ben 14" in relayed.text
    for gone in (b"Sint-Elooi", b"2.118"):
        assert gone not in data, gone


def test_the_writers_own_line_in_a_shared_devices_shape_stays() -> None:
    body = ("hoi\nik ben 13 en ik wil iets vragen\n\n"
            "verzonden via de computer van de bib want thuis mag ik niet mailen\n")
    relayed, _ = _forward(_mail("Bo Claes <bo.claes@mail.example>", body))
    assert "verzonden via de computer van de bib want thuis mag ik niet mailen" in relayed.text
