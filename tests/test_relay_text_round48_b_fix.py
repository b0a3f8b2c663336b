"""Behaviour tests for the rules that closed dev/round48's misses s-0021..s-0034: a help-seeker's
own name in the family's script and grammar (a Persian full name with a zero-width non-joiner,
an Arabic name stretched with tatweel, a name in Tifinagh, a name "ou" its Arabic spelling),
endeared (Portuguese "-zinha", Turkish "-çim"), in a Polish diminutive's vocative, romanised by
another system ("Jevgeni Melnik" for Yevhenii Melnyk), more names after "ils m'appellent",
a first name its address spells where the display name gives initials, a surname in capitals
before the first name in capitals, an asylum "OV" number and a reception centre's room. And
guard tests: each rule leaves the writer's own words, other people's names, Arabic words and
numbers of their story alone. Names, words and mails are invented, not the corpus's."""

from __future__ import annotations

from mailhandler.core.scrub import Identity, replace_identity
from mailhandler.core.scrub.contacts_more import replace_file_numbers
from tests.conftest import assert_absent
from tests.test_relay_text import PSEUDONYM, _forward, _mail


def _replaced(text: str, *names: str) -> str:
    return replace_identity(text, Identity(addresses=(), names=names), "x@lumi.example",
                            PSEUDONYM)


# --------------------------------------------------------------------------- other scripts


def test_a_persian_full_name_with_a_zero_width_non_joiner_is_replaced_in_running_text() -> None:
    body = ("Bonjour,\nd'abord en persan:\nسلام، من نگار حسینی‌نژاد هستم، ۱۴ سالمه.\n"
            "Je m'appelle Negar, j'ai 14 ans et j'ai peur de mon père.\nmerci\n")
    relayed, data = _forward(_mail("Negar Hosseininejad <negar.h@mail.example>", body))
    assert_absent(data, ["نگار", "حسینی‌نژاد", "حسینینژاد"])
    assert "سلام، من" in relayed.text and "هستم، ۱۴ سالمه." in relayed.text
    assert "j'ai 14 ans et j'ai peur de mon père." in relayed.text


def test_two_arabic_words_of_someone_else_stay_beside_the_writers_persian_text() -> None:
    # "من فکر می‌کنم" (I think): its consonants are no name's; the writer's words stay.
    body = ("سلام\nمن فکر می‌کنم دخترها را دوست دارم.\nJe m'appelle Negar.\n")
    relayed, _ = _forward(_mail("Negar Hosseininejad <negar.h@mail.example>", body))
    assert "من فکر می‌کنم دخترها را دوست دارم." in relayed.text


def test_an_arabic_name_stretched_with_tatweel_on_a_line_about_the_name_is_replaced() -> None:
    body = ("hoi\nik ben Samar, zo schrijf ik mijn naam in het Arabisch: ســـمـــر ✨\n"
            "ik ben 14 en ik woon in Genk\n")
    relayed, data = _forward(_mail("Samar Haddad <samar.haddad@mail.example>", body))
    assert_absent(data, ["ســـمـــر", "سمر"])
    assert "ik ben 14 en ik woon in Genk" in relayed.text and "✨" in relayed.text
    # Matched through the tatweel: the name written without it is the same name.
    assert _replaced("zo: سمر en ســمــر", "Samar Haddad", "ســـمـــر") \
        == f"zo: {PSEUDONYM} en {PSEUDONYM}"


def test_an_arabic_word_of_the_writers_consonants_stays_where_the_line_is_not_about_names() -> None:
    # "بنت" (girl) has Bente's consonants; a quoted saying is no spelling of her name.
    body = ("hallo\nik ben Bente\nmijn oma zegt altijd \"البنت لازم تكون بنت\" (een meisje blijft "
            "een meisje)\n")
    relayed, _ = _forward(_mail("Bente Aerts <bente.aerts@mail.example>", body))
    assert "\"البنت لازم تكون بنت\"" in relayed.text


def test_a_name_in_tifinagh_closing_the_mail_is_replaced_and_the_yaz_stays() -> None:
    body = ("Azul\nmon prénom c'est Tinhinane, j'ai 16 ans\nje suis lesbienne et j'ai peur\n"
            "tanemmirt\nⵜⵉⵏⵀⵉⵏⴰⵏ ⵣ\n")
    relayed, data = _forward(_mail("Tina <tina.kab@mail.example>", body))
    assert_absent(data, ["ⵜⵉⵏⵀⵉⵏⴰⵏ", "Tinhinane"])
    assert f"{PSEUDONYM} ⵣ" in relayed.text and "tanemmirt" in relayed.text


def test_a_name_called_with_its_arabic_spelling_and_more_names_after_it_is_replaced() -> None:
    body = ("salut\nà la maison ils m'appellent Hamid ou حميد et au club Hamo, voilà\n"
            "j'ai 15 ans\n")
    relayed, data = _forward(_mail("Abdelhamid Ziani <a.ziani@mail.example>", body))
    assert_absent(data, ["Hamid", "حميد", "Hamo"])
    assert "j'ai 15 ans" in relayed.text
    body = "hoi\nthuis noemen ze mij Farid, hier op school Fafa\nik ben 16\n"
    relayed, data = _forward(_mail("Farid Amrani <farid.amrani@mail.example>", body))
    assert_absent(data, ["Farid", "Fafa"])


def test_what_follows_the_called_name_stays_when_it_is_no_name() -> None:
    body = "salut\nils m'appellent Hamid ou pire et à l'école Sale\nj'ai 15 ans\n"
    relayed, _ = _forward(_mail("Hamid Ziani <h.ziani@mail.example>", body))
    assert "ou pire et à l'école Sale" in relayed.text


# --------------------------------------------------------------------------- name variants


def test_a_name_endeared_by_a_portuguese_or_turkish_suffix_is_replaced() -> None:
    assert _replaced("a minha avó diz Lulazinha", "Lula Mendes") == f"a minha avó diz {PSEUDONYM}"
    assert _replaced("mijn moeder zegt \"Ayşeciğim gel\"", "Ayşe Yilmaz") \
        == f"mijn moeder zegt \"{PSEUDONYM} gel\""
    assert _replaced("ma tia dit Ritinha", "Rita Costa") == f"ma tia dit {PSEUDONYM}"


def test_an_endeared_form_that_is_someone_elses_name_or_a_word_stays() -> None:
    # "Anita" is Ana with -ita, and a name of its own; lower case it is no name.
    for text in ("mijn vriendin Anita zegt dat", "elle a dit anazinha en riant"):
        assert _replaced(text, "Ana Costa") == text, text


def test_a_polish_diminutive_in_its_vocative_is_replaced() -> None:
    assert _replaced("Mamusia: Zuzko, gdzie jesteś?", "Zuzia Kowalska") \
        == f"Mamusia: {PSEUDONYM}, gdzie jesteś?"
    assert _replaced("Oliwko, kochanie,", "Oliwia Nowak") == f"{PSEUDONYM}, kochanie,"


def test_a_diminutive_that_is_a_name_of_its_own_stays() -> None:
    # "Lenka" is Lena's diminutive and a first name of its own: a friend may bear it.
    assert _replaced("mijn vriendin Lenka helpt me", "Lena Nowak") \
        == "mijn vriendin Lenka helpt me"


def test_a_name_romanised_by_another_system_is_replaced() -> None:
    text = "op school schrijven ze Jevgeni Melnik, in mijn paspoort staat het anders"
    assert _replaced(text, "Yevhenii Melnyk") \
        == f"op school schrijven ze {PSEUDONYM} {PSEUDONYM}, in mijn paspoort staat het anders"
    assert _replaced("ma prof écrit Wolodymyr", "Volodymyr Shevchenko") \
        == f"ma prof écrit {PSEUDONYM}"


def test_two_names_that_only_share_a_g_and_an_h_stay_apart() -> None:
    # Hilda and Gilda are two names: no letter of a romanisation tells them one.
    assert _replaced("mijn vriendin Gilda weet het", "Hilda Peeters") \
        == "mijn vriendin Gilda weet het"


# --------------------------------------------------------------------------- initials, capitals


def test_a_first_name_its_address_spells_where_the_display_name_gives_initials() -> None:
    body = ("bonjour\nvoilà le groupe:\n04/03/2026, 20:01 - Lucas: t'as vu Karim\n"
            "04/03/2026, 20:02 - Karim 🐺: arrêtez\nje fais quoi\n")
    relayed, data = _forward(_mail("k.b <karim.b.2010@mail.example>", body))
    assert_absent(data, ["Karim"])
    assert "04/03/2026, 20:01 - Lucas: t'as vu" in relayed.text


def test_a_display_name_that_is_a_short_name_is_no_initials() -> None:
    # "Bo" is a name of two letters, not the initials of bo.lambrechts: nothing more is read.
    body = "hoi\nik zag Bram gisteren\n"
    relayed, _ = _forward(_mail("Bo <bram.ostyn@mail.example>", body))
    assert "ik zag Bram gisteren" in relayed.text


def test_a_surname_in_capitals_before_the_first_name_in_capitals_is_replaced() -> None:
    body = ("hoi\ndit staat op de klever:\nCM\nMESSAOUDI NADIR\nGerechtigde: MESSAOUDI AHMED\n"
            "ziet de psycholoog dat?\n")
    relayed, data = _forward(_mail("Nadir M <nadir.m2009@mail.example>", body))
    assert_absent(data, ["MESSAOUDI"])
    assert "ziet de psycholoog dat?" in relayed.text and "Gerechtigde:" in relayed.text


def test_a_closing_cut_to_its_consonants_before_the_name_in_capitals_stays() -> None:
    body = "Dag\nik ben er voor je.\n\nGRTZ NADIR\n"
    relayed, _ = _forward(_mail("Nadir M <nadir.m2009@mail.example>", body))
    assert "GRTZ" in relayed.text


# --------------------------------------------------------------------------- numbers


def test_an_asylum_ov_number_and_a_reception_centres_room_are_replaced() -> None:
    text = ("ik woon in het opvangcentrum van Lint, kamer 22\nmijn dossier is OV 8.345.901\n"
            "je dors au centre Fedasil, chambre 7b")
    replaced = replace_file_numbers(text, "[…]")
    assert "22" not in replaced and "8.345.901" not in replaced and "7b" not in replaced
    assert "opvangcentrum van Lint, kamer […]" in replaced
    assert "mijn dossier is […]" in replaced


def test_a_room_or_a_number_in_a_story_without_a_residence_stays() -> None:
    for text in ("Waar: kleedkamer 2, sporthal", "op kamp sliepen we in kamer 14 met zes",
                 "the party is in room 12 of the youth club", "ov 12.345.678 is een rekening?"):
        assert replace_file_numbers(text, "[…]") == text, text
