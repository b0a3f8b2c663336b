"""Behaviour tests for the rules that closed part of dev round43's misses: a PGP-signed mail whose
words were all held back as a signature, a link whose path was taken for an address, diary
entries and a parent's letter copied out under lines shaped like a reply's attribution ("schreef
ik:", "maman a écrit :"), and a parent's work signature in the middle of a kid's text. Names,
words and mails are invented, not the corpus's."""

from __future__ import annotations

from tests.conftest import assert_absent
from tests.test_relay_text import PSEUDONYM, _forward, _mail, _plain

MARKER = "[handtekening weggelaten]"
SIGNATURE = ("-----BEGIN PGP SIGNATURE-----\n\n"
             "iHUEARYKAB0WIQTq0aZ4c2Vjc2lnbmF0dXJlYmxvY2sAAoJEGpjXLx8\n"
             "=Zx9q\n"
             "-----END PGP SIGNATURE-----\n")


# --------------------------------------------------------------------------- PGP armour in a text


def test_a_clearsigned_mail_arrives_with_its_words_and_the_signature_held_back() -> None:
    text = ("-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA256\n\n"
            "Hoi,\n\nik teken mijn mails, dat is normaal voor mij. Ik ben 16.\n"
            "Mijn vraag: hoe zeg ik tegen mijn vrienden dat ik bi ben?\n"
            "- -- geen handtekening hier, gewoon streepjes\n\n"
            "Bedankt.\n" + SIGNATURE)
    body, data = _forward(_mail("zw4rt0 <zw4rt0@priv.example>", text))
    plain = _plain(data)
    for words in ("Hoi,", "ik teken mijn mails, dat is normaal voor mij. Ik ben 16.",
                  "Mijn vraag: hoe zeg ik tegen mijn vrienden dat ik bi ben?",
                  "-- geen handtekening hier, gewoon streepjes", "Bedankt."):
        assert words in plain, words
    assert "- -- geen" not in plain  # dash-escaping undone (RFC 4880, 7.1)
    assert "Hash: SHA256" not in plain and "BEGIN PGP" not in plain
    assert_absent(data, ["iHUEARYKAB0WIQTq0aZ4c2Vjc2lnbmF0dXJlYmxvY2sAAoJEGpjXLx8",
                         "zw4rt0@priv.example"])
    assert len(body.attachments) == 0


def test_a_key_pasted_under_the_words_is_held_back_and_the_words_above_and_below_arrive() -> None:
    # The adversary's view: a kid who pastes their public key (it names them) between their
    # words keeps every word around it; only the armoured block is held back.
    text = ("hallo, hier is mijn sleutel als jullie versleuteld willen antwoorden:\n\n"
            "-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nmDMEZfQ1rBYJKwYBBAHaRw8BAQdAvK2Lq0\n"
            "=AbCd\n-----END PGP PUBLIC KEY BLOCK-----\n\n"
            "ik ben 15 en ik wil niet dat mijn ouders dit lezen\n")
    _, data = _forward(_mail("Noor <n0orr@priv.example>", text))
    plain = _plain(data)
    assert "hallo, hier is mijn sleutel als jullie versleuteld willen antwoorden:" in plain
    assert "ik ben 15 en ik wil niet dat mijn ouders dit lezen" in plain
    assert_absent(data, ["mDMEZfQ1rBYJKwYBBAHaRw8BAQdAvK2Lq0"])


def test_a_signature_block_without_its_end_line_keeps_the_words_above_it() -> None:
    text = "ik weet niet wat ik moet doen, help\n\n-----BEGIN PGP SIGNATURE-----\n\niHUEAR0WIQ\n"
    _, data = _forward(_mail("Jules Maes <jules.maes@priv.example>", text))
    assert "ik weet niet wat ik moet doen, help" in _plain(data)
    assert_absent(data, ["iHUEAR0WIQ"])


def test_a_text_talking_about_pgp_without_armour_is_read_as_it_is() -> None:
    text = "hoi, moet ik mijn mails signeren met PGP? BEGIN PGP zie ik soms staan.\n"
    _, data = _forward(_mail("Jules Maes <jules.maes@priv.example>", text))
    assert "hoi, moet ik mijn mails signeren met PGP? BEGIN PGP zie ik soms staan." in _plain(data)


# --------------------------------------------------------------------------- an address in a link


def test_an_address_carried_in_a_link_is_replaced_and_the_links_path_arrives() -> None:
    text = ("je kan mijn verhaal hier lezen:\n"
            "https://docs.example/document/d/9xYz/edit?usp=sharing&authuser="
            "mona.peeters%40school.example\nis het te veel?\n")
    _, data = _forward(_mail("maantje <maantje09@mail.example>", text))
    plain = _plain(data)
    assert "https://docs.example/document/d/9xYz/edit?usp=sharing&authuser=" in plain
    assert "is het te veel?" in plain
    assert_absent(data, ["mona.peeters", "school.example"])


def test_an_address_after_a_query_key_or_in_a_sentence_is_still_replaced() -> None:
    # The adversary's view: the local part now stops at "/", "?", "&", "="; an address given
    # after one of them, plainly, or with a "#" in it, is still found whole.
    text = ("mail mijn vriend op tom.v@vriend.example of via "
            "https://form.example/?email=tom.v2@vriend.example of tom#2@vriend.example\n")
    _, data = _forward(_mail("Lien V <lien.v@thuis.example>", text))
    plain = _plain(data)
    assert "mail mijn vriend op" in plain and "https://form.example/?email=" in plain
    assert_absent(data, ["tom.v2@vriend.example", "tom.v@vriend.example", "tom#2", "tom.v2",
                         "vriend.example"])


# --------------------------------------------------------------------------- "schreef ik:"


def test_diary_entries_under_lines_like_an_attribution_by_the_writer_arrive_as_written() -> None:
    text = ("Hoi,\nik plak een paar stukken uit mijn dagboek.\n\n"
            "Op di 3 mrt 2026 om 21:05 schreef ik:\nVandaag keek Ilse naar mij in de les.\n\n"
            "On Fri, 6 Mar 2026 at 08:12, I wrote:\nStill thinking about it.\n\n"
            "Is dat normaal?\n")
    _, data = _forward(_mail("<zonnebloem2011@mail.example>", text))
    plain = _plain(data)
    for words in ("Op di 3 mrt 2026 om 21:05 schreef ik:", "Vandaag keek Ilse naar mij in de les.",
                  "On Fri, 6 Mar 2026 at 08:12, I wrote:", "Still thinking about it.",
                  "Is dat normaal?"):
        assert words in plain, words


def test_a_mothers_letter_copied_under_maman_a_ecrit_arrives_and_the_sign_off_is_replaced() -> None:
    text = ("Bonjour,\nma mère m'a répondu par écrit, je recopie.\n\n"
            "Le 3 mars 2026 à 22:14, maman a écrit :\nMon grand,\nje t'aime.\nMaman\n\n"
            "Voilà. J'ai 16 ans.\nGaby\n")
    _, data = _forward(_mail("Gabriel Dumont <gabriel.dumont@mail.example>", text))
    plain = _plain(data)
    for words in ("Le 3 mars 2026 à 22:14, maman a écrit :", "Mon grand,", "je t'aime.", "Maman",
                  "Voilà. J'ai 16 ans."):
        assert words in plain, words
    assert_absent(data, ["Gaby", "Gabriel", "Dumont"])
    assert plain.rstrip().split("\n-- ")[0].rstrip().endswith(PSEUDONYM)


def test_an_attribution_naming_a_person_is_still_rewritten() -> None:
    # The adversary's view: a client's attribution with a name, or a family word with an
    # address, still names nobody after the relay.
    text = ("dit is wat ik hem stuurde\n\n"
            "Op di 3 mrt 2026 om 21:05 schreef Jorre Wuyts:\n> hey\n\n"
            "Le 3 mars 2026 à 22:14, Maman <nadia.wuyts@thuis.example> a écrit :\n> coucou\n")
    _, data = _forward(_mail("Jorre Wuyts <jorre.wuyts@mail.example>", text))
    plain = _plain(data)
    assert "dit is wat ik hem stuurde" in plain
    assert_absent(data, ["Jorre", "Wuyts", "nadia.wuyts@thuis.example"])


# ------------------------------------------------------------------- a template in the middle


def test_a_parents_work_signature_in_the_middle_goes_and_the_kids_words_under_it_arrive() -> None:
    text = ("hallo\nik gebruik de computer van mama\nis het normaal dat ik een jongen leuk vind\n\n"
            "Hilde Wouters\nDossierbeheerder\nWouters Logistiek nv\nHavenlaan 7, 8400 Oostende\n"
            "T +32 59 11 22 33\n"
            "Dit bericht en de eventuele bijlagen zijn vertrouwelijk en uitsluitend bestemd voor "
            "de geadresseerde. Indien u dit bericht ten onrechte ontvangen hebt, gelieve de "
            "afzender te verwittigen.\n\n"
            "sorry daar kwam de handtekening van mama tussen\nmama weet niet dat ik dit stuur\n"
            "kunnen jullie antwoorden voor vrijdag want dan gaat mama weer naar haar werk en "
            "kan ik op de computer\n")
    _, data = _forward(_mail("Hilde Wouters <hilde.wouters@wouters-logistiek.example>", text))
    plain = _plain(data)
    for words in ("hallo", "ik gebruik de computer van mama",
                  "is het normaal dat ik een jongen leuk vind",
                  "sorry daar kwam de handtekening van mama tussen",
                  "mama weet niet dat ik dit stuur", "kunnen jullie antwoorden voor vrijdag"):
        assert words in plain, words
    assert MARKER in plain
    assert_absent(data, ["Wouters Logistiek nv", "8400 Oostende", "Havenlaan", "Dossierbeheerder",
                         "+32 59 11 22 33", "Hilde", "Wouters"])
    assert "vertrouwelijk" not in plain


def test_a_paragraph_naming_the_parent_that_speaks_to_the_reader_is_kept() -> None:
    # The adversary's view: a kid's own paragraph opening with the account holder's name, with
    # an address and a sentence about the mail, is theirs when a line speaks ("ik").
    text = ("hallo\nik heb een vraag\n\n"
            "Hilde Wouters\nik ben haar dochter en ik gebruik haar mail\n"
            "Havenlaan 7, 8400 Oostende\n"
            "Dit bericht is vertrouwelijk en uitsluitend bestemd voor de geadresseerde, "
            "zeg dat het geheim is.\n\n"
            "mag ik iets vragen over verliefd zijn?\n")
    _, data = _forward(_mail("Hilde Wouters <hilde.wouters@wouters-logistiek.example>", text))
    plain = _plain(data)
    for words in ("ik ben haar dochter en ik gebruik haar mail",
                  "mag ik iets vragen over verliefd zijn?"):
        assert words in plain, words
    assert MARKER not in plain
    assert_absent(data, ["Hilde", "Wouters"])
