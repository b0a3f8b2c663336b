"""An eighth adversary of content loss against the relay rules added since b1103a2 (issue 12):
hand-written mails whose own words sit in the shapes the new rules look for, run through the
relay as tests/test_relay_text.py does. A strict xfail is a harm found now (a writer's words
lost or replaced, or identity a new rule targets crossing in a near shape); a plain test is a
probe that passes and guards. Names, words and mails are invented; .example domains only."""

from __future__ import annotations

import email
import email.policy
from email.message import EmailMessage

import pytest

from tests.conftest import assert_absent
from tests.test_relay_text import PSEUDONYM, _answer, _forward


def _raw(sender: str, body: str, subject: str) -> EmailMessage:
    """A plain mail whose body is sent exactly as written (no re-wrapping)."""
    raw = (f"From: {sender}\nTo: c.abcdefghij234567abcd@lumi.example\nSubject: {subject}\n"
           "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
           f"Content-Transfer-Encoding: 8bit\n\n{body}")
    return email.message_from_bytes(raw.encode("utf-8"), policy=email.policy.default)  # type: ignore[return-value]


def _subject(data: bytes) -> str:
    return str(email.message_from_bytes(data, policy=email.policy.default)["Subject"])


def _seek(sender: str, body: str, subject: str = "vraag") -> tuple[str, str, bytes]:
    """A help-seeker's mail through the relay: the text, the Subject and the bytes sent."""
    relayed, data = _forward(_raw(sender, body, subject))
    return relayed.text, _subject(data), data


def _vol(sender: str, body: str, subject: str = f"Re: [{PSEUDONYM}]") -> tuple[str, str, bytes]:
    """A volunteer's answer through the relay: the text, the Subject and the bytes sent."""
    address = sender.split("<")[1].rstrip(">")
    relayed, data = _answer(_raw(sender, body, subject), address, sender.split()[0])
    return relayed.text, _subject(data), data


def test_a1_reddit_account_mended() -> None:
    body = (
        'hallo\n'
        'mag ik u/jou iets vragen\n'
        'ik weet niet of ik jij of u moet zeggen\n')
    sender = 'Jolien Meers <jolien.meers@thuis.example>'
    text, subject, data = _seek(sender, body)
    assert 'u/jou iets vragen' in text


def test_a2_reddit_account_mended() -> None:
    body = (
        'hey\n'
        'love u/miss u thats what he texted me every night\n'
        'then nothing\n')
    sender = 'Tyler Brooks <tyler.brooks@home.example>'
    text, subject, data = _seek(sender, body)
    assert 'love u/miss u' in text


def test_a3_reddit_account_mended() -> None:
    body = (
        'wat denkt u/jullie daarvan\n'
        'ik ben 15\n')
    sender = 'Jolien Meers <jolien.meers@thuis.example>'
    text, subject, data = _seek(sender, body)
    assert 'u/jullie' in text


def test_a4_reddit_account_guard() -> None:
    body = (
        'i posted on r/teenagers about it\n'
        'someone said its normal\n')
    sender = 'Tyler Brooks <tyler.brooks@home.example>'
    text, subject, data = _seek(sender, body)
    assert 'r/teenagers' in text


def test_a5_reddit_account_guard() -> None:
    body = (
        'i posted it as u/quiet_fox_07 on reddit\n'
        'nobody answered\n')
    sender = 'Tyler Brooks <tyler.brooks@home.example>'
    text, subject, data = _seek(sender, body)
    assert_absent(data, ['quiet_fox_07'])


def test_a6_reddit_account_guard() -> None:
    body = (
        'my reddit is /u/quiet_fox_07\n')
    sender = 'Tyler Brooks <tyler.brooks@home.example>'
    text, subject, data = _seek(sender, body)
    assert_absent(data, ['quiet_fox_07'])


def test_a7_reddit_account_mended() -> None:
    body = (
        'my reddit is U/QuietFox07 if u wanna see\n')
    sender = 'Tyler Brooks <tyler.brooks@home.example>'
    text, subject, data = _seek(sender, body)
    assert_absent(data, ['QuietFox07'])


def test_b1_profile_handle_line_mended() -> None:
    body = (
        'mijn account werkt niet meer sinds de update naar\n'
        'ios17.4\n'
        'en ik kan mijn gesprekken niet meer zien\n')
    sender = 'Jolien Meers <jolien.meers@thuis.example>'
    text, subject, data = _seek(sender, body)
    assert 'ios17.4' in text


def test_b2_profile_handle_line_mended() -> None:
    body = (
        'op mijn profiel staat als bio\n'
        'niet_ok\n'
        'niemand heeft het gezien\n')
    sender = 'Jolien Meers <jolien.meers@thuis.example>'
    text, subject, data = _seek(sender, body)
    assert 'niet_ok' in text


def test_b3_profile_handle_line_mended() -> None:
    body = (
        'mijn account is al weg sinds\n'
        'jan.2025\n'
        'hij heeft het gehackt\n')
    sender = 'Kobe Daems <kobe.daems@mail.example>'
    text, subject, data = _seek(sender, body)
    assert 'jan.2025' in text


def test_b4_profile_handle_line_guard() -> None:
    body = (
        'my account got hacked and now my password is\n'
        'help_me_123\n'
        'he changed it\n')
    sender = 'Tyler Brooks <tyler.brooks@home.example>'
    text, subject, data = _seek(sender, body)
    assert_absent(data, ['help_me_123'])


def test_b5_profile_handle_line_mended() -> None:
    body = (
        'dit is mijn profiel:\n'
        'Lotje_2010\n'
        'hij stuurt daar berichten naar\n')
    sender = 'Jolien Meers <jolien.meers@thuis.example>'
    text, subject, data = _seek(sender, body)
    assert_absent(data, ['Lotje_2010'])


def test_b6_profile_handle_line_mended() -> None:
    body = (
        'dit is mijn profiel\n'
        'lotje.vintage.2010 🌸\n'
        'hij stuurt daar berichten naar\n')
    sender = 'Jolien Meers <jolien.meers@thuis.example>'
    text, subject, data = _seek(sender, body)
    assert_absent(data, ['lotje.vintage.2010'])


def test_b7_profile_handle_line_mended() -> None:
    body = (
        'mijn tiktok:\n'
        'lotje.dance.2010\n'
        'hij reageert op alles\n')
    sender = 'Jolien Meers <jolien.meers@thuis.example>'
    text, subject, data = _seek(sender, body)
    assert_absent(data, ['lotje.dance.2010'])


def test_b8_profile_handle_line_guard() -> None:
    body = (
        'mijn profiel\n'
        'lotje.vintage.2010\n'
        'hij stuurt daar berichten naar\n')
    sender = 'Jolien Meers <jolien.meers@thuis.example>'
    text, subject, data = _seek(sender, body)
    assert_absent(data, ['lotje.vintage.2010'])


def test_b9_profile_handle_line_guard() -> None:
    body = (
        'mijn shop op vinted\n'
        '\n'
        'lotje_shop_10\n'
        '\n'
        'daar kocht hij iets\n')
    sender = 'Jolien Meers <jolien.meers@thuis.example>'
    text, subject, data = _seek(sender, body)
    assert_absent(data, ['lotje_shop_10'])


def test_b10_profile_handle_line_mended() -> None:
    body = (
        'my account name changed to\n'
        'im_so_done_2\n'
        'after what happened\n')
    sender = 'Tyler Brooks <tyler.brooks@home.example>'
    text, subject, data = _seek(sender, body)
    assert_absent(data, ['im_so_done_2'])


def test_c1_labelled_birth_date_mended() -> None:
    body = (
        'Geboortedatum\n'
        '14-02-2013\n'
        'Bloedgroep A+\n')
    sender = 'Jolien Meers <jolien.meers@thuis.example>'
    text, subject, data = _seek(sender, body)
    assert_absent(data, ['14-02-2013'])


def test_c2_labelled_birth_date_mended() -> None:
    body = (
        'Birthday: 14/02/2013\n')
    sender = 'Tyler Brooks <tyler.brooks@home.example>'
    text, subject, data = _seek(sender, body)
    assert_absent(data, ['14/02/2013'])


def test_c3_labelled_birth_date_mended() -> None:
    body = (
        'Geboren: 14 februari 2013\n')
    sender = 'Jolien Meers <jolien.meers@thuis.example>'
    text, subject, data = _seek(sender, body)
    assert_absent(data, ['14 februari 2013'])


def test_c4_labelled_birth_date_mended() -> None:
    body = (
        'Née le 14 février 2013\n')
    sender = 'Manon Lecocq <manon.lecocq@maison.example>'
    text, subject, data = _seek(sender, body)
    assert_absent(data, ['14 février 2013'])


def test_c5_labelled_birth_date_guard() -> None:
    body = (
        'Geboortedatum: 14 februari 2013\n'
        'ik ben dus 13\n')
    sender = 'Jolien Meers <jolien.meers@thuis.example>'
    text, subject, data = _seek(sender, body)
    assert 'ik ben dus 13' in text
    assert_absent(data, ['14 februari 2013'])


def test_c6_labelled_birth_date_mended() -> None:
    body = (
        'DOB - 14/02/2013\n')
    sender = 'Tyler Brooks <tyler.brooks@home.example>'
    text, subject, data = _seek(sender, body)
    assert_absent(data, ['14/02/2013'])


def test_c7_labelled_birth_date_guard() -> None:
    body = (
        'geboortedatum van mijn zus is 3 mei 2012 en zij mag alles\n')
    sender = 'Jolien Meers <jolien.meers@thuis.example>'
    text, subject, data = _seek(sender, body)
    assert '3 mei 2012' in text


def test_c9_labelled_birth_date_mended() -> None:
    body = (
        'verjaardag: 14.02.2013\n')
    sender = 'Jolien Meers <jolien.meers@thuis.example>'
    text, subject, data = _seek(sender, body)
    assert_absent(data, ['14.02.2013'])


def test_d1_file_reference_mended() -> None:
    body = (
        'mijn dossier bij het JAC is JAC-OVL-2025-00417\n')
    sender = 'Jolien Meers <jolien.meers@thuis.example>'
    text, subject, data = _seek(sender, body)
    assert_absent(data, ['00417'])


def test_d2_file_reference_mended() -> None:
    body = (
        'ons dossiernummer bij de jeugdrechter: JR/2025/00417\n')
    sender = 'Jolien Meers <jolien.meers@thuis.example>'
    text, subject, data = _seek(sender, body)
    assert_absent(data, ['00417'])


def test_d3_file_reference_mended() -> None:
    body = (
        'mijn dossier bij het CLB, nummer CLB-2025-417\n')
    sender = 'Jolien Meers <jolien.meers@thuis.example>'
    text, subject, data = _seek(sender, body)
    assert_absent(data, ['2025-417'])


def test_d4_file_reference_mended() -> None:
    body = (
        'my case at cafcass is ref CAF 00417 22\n')
    sender = 'Tyler Brooks <tyler.brooks@home.example>'
    text, subject, data = _seek(sender, body)
    assert_absent(data, ['00417'])


def test_d5_file_reference_guard() -> None:
    body = (
        'ik zat in dossier COVID-19 klas 2020 2021 en toen ging het mis\n')
    sender = 'Jolien Meers <jolien.meers@thuis.example>'
    text, subject, data = _seek(sender, body)
    assert 'COVID-19' in text


def test_m1_initials_labels_guard() -> None:
    body = (
        f'Dag {PSEUDONYM},\n'
        '\n'
        'ik antwoord tussen je zinnen.\n'
        '\n'
        'Op ma 2 mrt 2026 om 10:00 schreef Lumi '
        '<c.abcdefghij234567abcd@lumi.example>:\n'
        '> ik weet niet hoe ik het aan mijn ouders moet zeggen\n'
        '\n'
        'TV: dat is heel normaal\n'
        '\n'
        '> en ik durf niet naar school\n'
        '\n'
        'TV: ok dat snap ik\n'
        '\n'
        'Zet vanavond eens de TV uit en schrijf het op.\n'
        'Tom\n')
    sender = 'Tom Vos <tom.vos@vrijwilligers.example>'
    text, subject, data = _vol(sender, body)
    assert 'de TV uit' in text


def test_m2_initials_labels_guard() -> None:
    body = (
        f'Dag {PSEUDONYM},\n'
        '\n'
        'ik antwoord tussen je zinnen.\n'
        '\n'
        'Op ma 2 mrt 2026 om 10:00 schreef Lumi '
        '<c.abcdefghij234567abcd@lumi.example>:\n'
        '> ik weet niet hoe ik het aan mijn ouders moet zeggen\n'
        '\n'
        'LO: dat is heel normaal\n'
        '\n'
        '> en ik durf niet naar school\n'
        '\n'
        'LO: ok dat snap ik\n'
        '\n'
        'Misschien kan je na de LO les even met je leerkracht praten.\n'
        'Tom\n')
    sender = 'Lien Ostyn <lien.ostyn@vrijwilligers.example>'
    text, subject, data = _vol(sender, body)
    assert 'na de LO les' in text


def test_m3_initials_labels_guard() -> None:
    body = (
        f'Dag {PSEUDONYM},\n'
        '\n'
        'ik antwoord tussen je zinnen.\n'
        '\n'
        'Op ma 2 mrt 2026 om 10:00 schreef Lumi '
        '<c.abcdefghij234567abcd@lumi.example>:\n'
        '> ik weet niet hoe ik het aan mijn ouders moet zeggen\n'
        '\n'
        'WC: dat is heel normaal\n'
        '\n'
        '> en ik durf niet naar school\n'
        '\n'
        'WC: ok dat snap ik\n'
        '\n'
        'Als het te veel wordt op school, mag je altijd even naar de WC gaan.\n'
        'Tom\n')
    sender = 'Wim Cools <wim.cools@vrijwilligers.example>'
    text, subject, data = _vol(sender, body)
    assert 'naar de WC' in text


def test_m4_initials_labels_mended() -> None:
    body = (
        f'Dag {PSEUDONYM},\n'
        '\n'
        'ik antwoord tussen je zinnen.\n'
        '\n'
        'Op ma 2 mrt 2026 om 10:00 schreef Lumi '
        '<c.abcdefghij234567abcd@lumi.example>:\n'
        '> ik weet niet hoe ik het aan mijn ouders moet zeggen\n'
        '\n'
        'PC: dat is heel normaal\n'
        '\n'
        '> en ik durf niet naar school\n'
        '\n'
        'PC: ok dat snap ik\n'
        '\n'
        'Je kan ook via de chat op je PC met ons praten.\n'
        'Tom\n')
    sender = 'Pieter Claes <pieter.claes@vrijwilligers.example>'
    text, subject, data = _vol(sender, body)
    assert 'op je PC' in text


def test_m5_initials_labels_guard() -> None:
    body = (
        f'Dag {PSEUDONYM},\n'
        '\n'
        'ik antwoord tussen je zinnen.\n'
        '\n'
        'Op ma 2 mrt 2026 om 10:00 schreef Lumi '
        '<c.abcdefghij234567abcd@lumi.example>:\n'
        '> ik weet niet hoe ik het aan mijn ouders moet zeggen\n'
        '\n'
        'TV: dat is heel normaal\n'
        '\n'
        '> en ik durf niet naar school\n'
        '\n'
        'TV: ok dat snap ik\n'
        '\n'
        'groetjes\n'
        'Tom\n')
    sender = 'Tom Vos <tom.vos@vrijwilligers.example>'
    subject_in = f'Re: [{PSEUDONYM}] TV kijken tot 3u'
    text, subject, data = _vol(sender, body, subject_in)
    assert 'TV kijken' in subject


def test_n1_ticket_tag_mended() -> None:
    body = (
        f'Dag {PSEUDONYM},\n'
        '\n'
        'bel gerust als het niet gaat.\n'
        '\n'
        'Sofie\n')
    sender = 'Sofie Dierckx <sofie.dierckx@vrijwilligers.example>'
    subject_in = f'Re: [{PSEUDONYM}] als het niet gaat [call 1712]'
    text, subject, data = _vol(sender, body, subject_in)
    assert '1712' in subject


def test_n2_ticket_tag_mended() -> None:
    body = (
        f'Dag {PSEUDONYM},\n'
        '\n'
        'succes.\n'
        '\n'
        'Sofie\n')
    sender = 'Sofie Dierckx <sofie.dierckx@vrijwilligers.example>'
    subject_in = f'Re: [{PSEUDONYM}] over het voetbal [WK-2026]'
    text, subject, data = _vol(sender, body, subject_in)
    assert 'WK-2026' in subject


def test_n3_ticket_tag_mended() -> None:
    body = (
        f'Dag {PSEUDONYM},\n'
        '\n'
        'succes.\n'
        '\n'
        'Sofie\n')
    sender = 'Sofie Dierckx <sofie.dierckx@vrijwilligers.example>'
    subject_in = f'Re: [{PSEUDONYM}] je lijstje [#100] dingen die je blij maken'
    text, subject, data = _vol(sender, body, subject_in)
    assert '100' in subject


def test_n4_ticket_tag_mended() -> None:
    body = (
        f'Dag {PSEUDONYM},\n'
        '\n'
        'succes.\n'
        '\n'
        'Sofie\n')
    sender = 'Sofie Dierckx <sofie.dierckx@vrijwilligers.example>'
    subject_in = f'Re: [{PSEUDONYM}] [Ref: 40712]'
    text, subject, data = _vol(sender, body, subject_in)
    assert '40712' not in subject


def test_n5_ticket_tag_mended() -> None:
    body = (
        f'Dag {PSEUDONYM},\n'
        '\n'
        'succes.\n'
        '\n'
        'Sofie\n')
    sender = 'Sofie Dierckx <sofie.dierckx@vrijwilligers.example>'
    subject_in = f'Re: [{PSEUDONYM}] (#ABC-10234)'
    text, subject, data = _vol(sender, body, subject_in)
    assert '10234' not in subject


def test_n6_ticket_tag_mended() -> None:
    body = (
        f'Dag {PSEUDONYM},\n'
        '\n'
        'succes.\n'
        '\n'
        'Sofie\n')
    sender = 'Sofie Dierckx <sofie.dierckx@vrijwilligers.example>'
    subject_in = f'Re: [{PSEUDONYM}] [INC0012345]'
    text, subject, data = _vol(sender, body, subject_in)
    assert '0012345' not in subject


def test_n7_ticket_tag_mended() -> None:
    body = (
        f'Dag {PSEUDONYM},\n'
        '\n'
        'succes.\n'
        '\n'
        'Sofie\n')
    sender = 'Sofie Dierckx <sofie.dierckx@vrijwilligers.example>'
    subject_in = f'Re: [{PSEUDONYM}] [SR-2026-00417]'
    text, subject, data = _vol(sender, body, subject_in)
    assert '00417' not in subject


def test_n8_ticket_tag_mended() -> None:
    body = (
        f'Dag {PSEUDONYM},\n'
        '\n'
        'succes.\n'
        '\n'
        'Sofie\n')
    sender = 'Sofie Dierckx <sofie.dierckx@vrijwilligers.example>'
    subject_in = f'Re: [{PSEUDONYM}] Ticket#40712'
    text, subject, data = _vol(sender, body, subject_in)
    assert '40712' not in subject


def test_n9_ticket_tag_guard() -> None:
    body = (
        f'Bonjour {PSEUDONYM},\n'
        '\n'
        'courage.\n'
        '\n'
        'Claire\n')
    sender = 'Claire Dubois <claire.dubois@benevoles.example>'
    subject_in = f'Re: [{PSEUDONYM}] ta question [Demande 1712 ?]'
    text, subject, data = _vol(sender, body, subject_in)
    assert '1712' in subject


def test_n10_ticket_tag_mended() -> None:
    body = (
        f'Hi {PSEUDONYM},\n'
        '\n'
        'you can call them.\n'
        '\n'
        'Dana\n')
    sender = 'Dana Reid <dana.reid@volunteers.example>'
    subject_in = f'Re: [{PSEUDONYM}] numbers to call [No. 116123]'
    text, subject, data = _vol(sender, body, subject_in)
    assert '116123' in subject


def test_e2_address_block_town_mended() -> None:
    body = (
        f'Dag {PSEUDONYM},\n'
        '\n'
        'hier de brief:\n'
        '\n'
        'Mevr. A. Verbeke\n'
        'Lindenlaan 4\n'
        '8730 Beernem\n'
        '\n'
        'Beernem, 2 mei 2026\n'
        '\n'
        'ik steun je.\n'
        '\n'
        'Annelies\n')
    sender = 'Annelies Verbeke <annelies.verbeke@vrijwilligers.example>'
    text, subject, data = _vol(sender, body)
    assert_absent(data, ['Beernem'])


def test_e3_address_block_town_mended() -> None:
    body = (
        f'Dag {PSEUDONYM},\n'
        '\n'
        'hier de brief:\n'
        '\n'
        'A. Verbeke\n'
        'Lindenlaan 4\n'
        '8730 Beernem\n'
        'tel 050 12 34 56\n'
        '\n'
        'Beernem 2 mei 2026\n'
        '\n'
        'ik steun je.\n'
        '\n'
        'Annelies\n')
    sender = 'Annelies Verbeke <annelies.verbeke@vrijwilligers.example>'
    text, subject, data = _vol(sender, body)
    assert_absent(data, ['Beernem'])


def test_e4_address_block_town_guard() -> None:
    body = (
        f'Dag {PSEUDONYM},\n'
        '\n'
        'hier de brief:\n'
        '\n'
        'A. Verbeke\n'
        'Lindenlaan 4\n'
        'B-8730 Beernem\n'
        '\n'
        'Beernem, den 2de mei\n'
        '\n'
        'ik steun je.\n'
        '\n'
        'Annelies\n')
    sender = 'Annelies Verbeke <annelies.verbeke@vrijwilligers.example>'
    text, subject, data = _vol(sender, body)
    assert_absent(data, ['Beernem'])


def test_e5_address_block_town_mended() -> None:
    body = (
        f'Dag {PSEUDONYM},\n'
        '\n'
        'hier de brief:\n'
        '\n'
        'Annelies Verbeke\n'
        'Lindenlaan 4\n'
        '8730 Beernem\n'
        '\n'
        'ik steun je.\n'
        'In Beernem is het stil.\n'
        '\n'
        'Annelies\n')
    sender = 'Annelies Verbeke <annelies.verbeke@vrijwilligers.example>'
    text, subject, data = _vol(sender, body)
    assert_absent(data, ['Beernem'])


def test_f1_located_service_mended() -> None:
    body = (
        f'Dag {PSEUDONYM},\n'
        '\n'
        'Mijn werk? Dat zit in de Stationsstraat 12, vlak bij het JAC.\n'
        '\n'
        'Geert\n')
    sender = 'Geert Wouters <geert.wouters@vrijwilligers.example>'
    text, subject, data = _vol(sender, body)
    assert_absent(data, ['Stationsstraat 12'])


def test_f2_located_service_mended() -> None:
    body = (
        f'Dag {PSEUDONYM},\n'
        '\n'
        'We verhuisden vorig jaar. Het huis ligt in de Lindenlaan 14, kom '
        'gerust eens langs.\n'
        '\n'
        'Geert\n')
    sender = 'Geert Wouters <geert.wouters@vrijwilligers.example>'
    text, subject, data = _vol(sender, body)
    assert_absent(data, ['Lindenlaan 14'])


def test_f3_located_service_mended() -> None:
    body = (
        f'Hi {PSEUDONYM},\n'
        '\n'
        'Where do I volunteer? The office is based at 4 Mill Road, near the '
        'station.\n'
        '\n'
        'Dana\n')
    sender = 'Dana Reid <dana.reid@volunteers.example>'
    text, subject, data = _vol(sender, body)
    assert_absent(data, ['4 Mill Road'])


def test_f4_located_service_guard() -> None:
    body = (
        f'Dag {PSEUDONYM},\n'
        '\n'
        'Het JAC zit in de Brugsestraat 40, je kan er gewoon binnenlopen.\n'
        '\n'
        'Geert\n')
    sender = 'Geert Wouters <geert.wouters@vrijwilligers.example>'
    text, subject, data = _vol(sender, body)
    assert 'Brugsestraat 40' in text


def test_f5_located_service_mended() -> None:
    body = (
        f'Bonjour {PSEUDONYM},\n'
        '\n'
        'le planning familial se trouve rue Haute 12, tu peux y aller sans '
        'rendez-vous.\n'
        '\n'
        'Claire\n')
    sender = 'Claire Dubois <claire.dubois@benevoles.example>'
    text, subject, data = _vol(sender, body)
    assert 'rue Haute 12' in text


def test_f6_located_service_guard() -> None:
    body = (
        f'Dag {PSEUDONYM},\n'
        '\n'
        'ikzelf zit niet ver: het kantoor van de vzw waar ik werk ligt aan de '
        'Molenstraat 8.\n'
        '\n'
        'Geert\n')
    sender = 'Geert Wouters <geert.wouters@vrijwilligers.example>'
    text, subject, data = _vol(sender, body)
    assert_absent(data, ['Molenstraat 8'])


def test_f7_located_service_mended() -> None:
    body = (
        f'Bonjour {PSEUDONYM},\n'
        '\n'
        'le planning se trouve rue Haute 12, tu peux y aller.\n'
        '\n'
        'Claire\n')
    sender = 'Claire Dubois <claire.dubois@benevoles.example>'
    text, subject, data = _vol(sender, body)
    assert 'rue Haute 12' in text


def test_m8_initials_labels_mended() -> None:
    body = (
        f'Dag {PSEUDONYM},\n'
        '\n'
        'ik antwoord tussen je zinnen.\n'
        '\n'
        'Op ma 2 mrt 2026 om 10:00 schreef Lumi '
        '<c.abcdefghij234567abcd@lumi.example>:\n'
        '> ik weet niet hoe ik het aan mijn ouders moet zeggen\n'
        '\n'
        'PC: dat is heel normaal\n'
        '\n'
        '> en ik durf niet naar school\n'
        '\n'
        'PC: ok dat snap ik\n'
        '\n'
        'groetjes\n'
        'Tom\n')
    sender = 'Pieter Claes <pieter.claes@vrijwilligers.example>'
    subject_in = f'Re: [{PSEUDONYM}] mijn PC thuis'
    text, subject, data = _vol(sender, body, subject_in)
    assert 'PC thuis' in subject


def test_m9_initials_labels_guard() -> None:
    body = (
        f'Dag {PSEUDONYM},\n'
        '\n'
        'ik antwoord tussen je zinnen.\n'
        '\n'
        'Op ma 2 mrt 2026 om 10:00 schreef Lumi '
        '<c.abcdefghij234567abcd@lumi.example>:\n'
        '> ik weet niet hoe ik het aan mijn ouders moet zeggen\n'
        '\n'
        'PC: dat is heel normaal\n'
        '\n'
        '> en ik durf niet naar school\n'
        '\n'
        'PC: ok dat snap ik\n'
        '\n'
        'Wat ik schrijf staat achter PC.\n'
        'Tom\n')
    sender = 'Pieter Claes <pieter.claes@vrijwilligers.example>'
    text, subject, data = _vol(sender, body)
    assert_absent(data, [' PC.'])


def test_g1_names_called_guard() -> None:
    body = (
        'hoi\n'
        'ik ben niet binair\n'
        'ik wil liever Hen genoemd worden maar niemand doet het\n')
    sender = 'Jolien Meers <jolien.meers@thuis.example>'
    text, subject, data = _seek(sender, body)
    assert 'Hen genoemd worden' in text


def test_g2_names_called_guard() -> None:
    body = (
        'hallo\n'
        'ik schrijf dit voor Frans, we moeten een brief schrijven over iets '
        'moeilijks\n'
        'maar het is echt waar\n')
    sender = 'Kobe Daems <kobe.daems@mail.example>'
    text, subject, data = _seek(sender, body)
    assert 'voor Frans' in text


def test_g3_names_called_guard() -> None:
    body = (
        'ik schrijf dit voor Valentijn want ik weet niet hoe ik het hem moet '
        'zeggen\n')
    sender = 'Jolien Meers <jolien.meers@thuis.example>'
    text, subject, data = _seek(sender, body)
    assert 'voor Valentijn' in text


def test_g4_names_called_guard() -> None:
    body = (
        'bij mijn oma heet ik nog altijd Prinses en dat vind ik lief\n')
    sender = 'Jolien Meers <jolien.meers@thuis.example>'
    text, subject, data = _seek(sender, body)
    assert 'Prinses' in text


def test_g5_names_called_mended() -> None:
    body = (
        'thuis heet ik Schatje maar op school heet ik Dikke\n')
    sender = 'Jolien Meers <jolien.meers@thuis.example>'
    text, subject, data = _seek(sender, body)
    assert 'Schatje' in text
    assert 'Dikke' in text


def test_g6_names_called_guard() -> None:
    body = (
        'ik typ dit voor Mama want zij kan niet goed typen\n')
    sender = 'Kobe Daems <kobe.daems@mail.example>'
    text, subject, data = _seek(sender, body)
    assert 'voor Mama' in text


def test_g7_names_called_guard() -> None:
    body = (
        'ik wil graag Roos genoemd worden\n'
        'ik ben trans\n')
    sender = 'Jolien Meers <jolien.meers@thuis.example>'
    text, subject, data = _seek(sender, body)
    assert_absent(data, ['Roos'])


def test_g8_names_called_mended() -> None:
    body = (
        'ik wil graag roos genoemd worden\n'
        'ik ben trans\n')
    sender = 'Jolien Meers <jolien.meers@thuis.example>'
    text, subject, data = _seek(sender, body)
    assert_absent(data, ['roos'])


def test_g9_names_called_guard() -> None:
    body = (
        'op papier heet ik Jeroen\n'
        'maar ik ben Roos\n')
    sender = 'Jolien Meers <jolien.meers@thuis.example>'
    text, subject, data = _seek(sender, body)
    assert_absent(data, ['Jeroen'])


def test_g10_names_called_mended() -> None:
    body = (
        'ze noemen me op papier nog altijd Jeroen\n')
    sender = 'Jolien Meers <jolien.meers@thuis.example>'
    text, subject, data = _seek(sender, body)
    assert_absent(data, ['Jeroen'])


def test_g11_names_called_guard() -> None:
    body = (
        'ik tik dit bericht voor Wout (14)\n'
        'hij durft zelf niet\n')
    sender = 'Kobe Daems <kobe.daems@mail.example>'
    text, subject, data = _seek(sender, body)
    assert_absent(data, ['Wout'])


def test_g12_names_called_mended() -> None:
    body = (
        'ik schrijf deze mail in naam van mijn broer Wout\n')
    sender = 'Kobe Daems <kobe.daems@mail.example>'
    text, subject, data = _seek(sender, body)
    assert_absent(data, ['Wout'])


def test_g13_names_called_guard() -> None:
    body = (
        'ik zou liever Die genoemd worden, ik ben geen meisje\n')
    sender = 'Jolien Meers <jolien.meers@thuis.example>'
    text, subject, data = _seek(sender, body)
    assert 'Die genoemd' in text


def test_h1_first_name_before_surname_mended() -> None:
    body = (
        'this is my medical card\n'
        'Hope Smith\n'
        'Blood type O\n'
        '\n'
        'i have no hope left honestly\n'
        'hope someone reads this\n')
    sender = 'Sarah Smith <s.smith@family.example>'
    text, subject, data = _seek(sender, body)
    assert 'i have no hope left' in text
    assert 'hope someone reads this' in text


def test_h2_first_name_before_surname_mended() -> None:
    body = (
        'hoi\n'
        'Roos Peeters\n'
        '\n'
        'ik kreeg een roos van hem en nu wil hij meer\n')
    sender = 'Gezin Peeters <gezin.peeters@thuis.example>'
    text, subject, data = _seek(sender, body)
    assert 'een roos van hem' in text


def test_h4_first_name_before_surname_guard() -> None:
    body = (
        'hoi\n'
        'Mila Peeters\n'
        'ik ben 12\n')
    sender = 'Gezin Peeters <gezin.peeters@thuis.example>'
    text, subject, data = _seek(sender, body)
    assert_absent(data, ['Mila'])


def test_h5_first_name_before_surname_mended() -> None:
    body = (
        'hoi\n'
        'MILA PEETERS\n'
        'ik ben 12\n')
    sender = 'Gezin Peeters <gezin.peeters@thuis.example>'
    text, subject, data = _seek(sender, body)
    assert_absent(data, ['MILA'])


def test_h6_first_name_before_surname_mended() -> None:
    body = (
        'hoi\n'
        'Peeters Mila\n'
        'ik ben 12\n')
    sender = 'Gezin Peeters <gezin.peeters@thuis.example>'
    text, subject, data = _seek(sender, body)
    assert_absent(data, ['Mila'])


def test_h7_first_name_before_surname_mended() -> None:
    body = (
        'hoi\n'
        'Mila Peeters (12)\n'
        'ik ben bang\n')
    sender = 'Gezin Peeters <gezin.peeters@thuis.example>'
    text, subject, data = _seek(sender, body)
    assert_absent(data, ['Mila'])


def test_i1_parents_full_name_mended() -> None:
    body = (
        'mijn papa (Max Peeters) zegt dat ik max 1 uur mag gamen\n')
    sender = 'Jolien Meers <jolien.meers@thuis.example>'
    text, subject, data = _seek(sender, body)
    assert 'max 1 uur' in text


def test_i2_parents_full_name_mended() -> None:
    body = (
        'my mum (Grace Hill) says i have to be grateful\n'
        'but i dont feel any grace\n')
    sender = 'Tyler Brooks <tyler.brooks@home.example>'
    text, subject, data = _seek(sender, body)
    assert 'any grace' in text


def test_i3_parents_full_name_guard() -> None:
    body = (
        'mijn mama, Sofie Peeters, wil dat ik stop met dansen\n')
    sender = 'Jolien Meers <jolien.meers@thuis.example>'
    text, subject, data = _seek(sender, body)
    assert_absent(data, ['Sofie'])


def test_i4_parents_full_name_mended() -> None:
    body = (
        'mijn mama (sofie peeters) wil dat ik stop met dansen\n')
    sender = 'Jolien Meers <jolien.meers@thuis.example>'
    text, subject, data = _seek(sender, body)
    assert_absent(data, ['sofie'])


def test_i5_parents_full_name_guard() -> None:
    body = (
        'mijn stiefmoeder (Sofie Peeters) wil dat ik stop met dansen\n')
    sender = 'Jolien Meers <jolien.meers@thuis.example>'
    text, subject, data = _seek(sender, body)
    assert_absent(data, ['Sofie'])


def test_i6_parents_full_name_mended() -> None:
    body = (
        'mijn mama [Sofie Peeters] wil dat ik stop met dansen\n')
    sender = 'Jolien Meers <jolien.meers@thuis.example>'
    text, subject, data = _seek(sender, body)
    assert_absent(data, ['Sofie'])


def test_i7_parents_full_name_guard() -> None:
    body = (
        "ma mère (Sophie Martin) veut que j'arrête la danse\n")
    sender = 'Manon Lecocq <manon.lecocq@maison.example>'
    text, subject, data = _seek(sender, body)
    assert_absent(data, ['Sophie'])


def test_i8_parents_full_name_guard() -> None:
    body = (
        'my dad (Mark) said im a disappointment\n')
    sender = 'Tyler Brooks <tyler.brooks@home.example>'
    text, subject, data = _seek(sender, body)
    assert 'said im a disappointment' in text


def test_i9_parents_full_name_guard() -> None:
    body = (
        'mijn papa (Frans Claes) zegt dat ik mijn Frans moet oefenen\n')
    sender = 'Jolien Meers <jolien.meers@thuis.example>'
    text, subject, data = _seek(sender, body)
    assert 'mijn Frans moet' in text


def test_j1_children_after_parent_guard() -> None:
    body = (
        f'Dag {PSEUDONYM},\n'
        '\n'
        'Je bent niet alleen.\n'
        '\n'
        'Groetjes,\n'
        'Sofie (mama van Noor en Hoop)\n')
    sender = 'Sofie Dierckx <sofie.dierckx@vrijwilligers.example>'
    text, subject, data = _vol(sender, body)
    assert_absent(data, ['Noor'])


def test_j2_children_after_parent_guard() -> None:
    body = (
        f'Dag {PSEUDONYM},\n'
        '\n'
        'Ik heb hoop voor jou, echt.\n'
        'Je bent niet alleen.\n'
        '\n'
        'Groetjes,\n'
        'Sofie (mama van Noor en Hoop)\n')
    sender = 'Sofie Dierckx <sofie.dierckx@vrijwilligers.example>'
    text, subject, data = _vol(sender, body)
    assert 'Ik heb hoop voor jou' in text


def test_j3_children_after_parent_mended() -> None:
    body = (
        f'Hi {PSEUDONYM},\n'
        '\n'
        'I wish you joy and rest this weekend.\n'
        '\n'
        'Take care,\n'
        'Dana (mum of Lily and Joy)\n')
    sender = 'Dana Reid <dana.reid@volunteers.example>'
    text, subject, data = _vol(sender, body)
    assert 'I wish you joy and rest' in text
    assert_absent(data, ['Lily'])


def test_j4_children_after_parent_guard() -> None:
    body = (
        f'Dag {PSEUDONYM},\n'
        '\n'
        'Je bent niet alleen.\n'
        '\n'
        'Groetjes,\n'
        'Sofie (mama van Noor, Tijs en Lotte)\n')
    sender = 'Sofie Dierckx <sofie.dierckx@vrijwilligers.example>'
    text, subject, data = _vol(sender, body)
    assert_absent(data, ['Noor', 'Tijs', 'Lotte'])


def test_j5_children_after_parent_guard() -> None:
    body = (
        f'Dag {PSEUDONYM},\n'
        '\n'
        'Je bent niet alleen.\n'
        '\n'
        'Groetjes,\n'
        'Sofie (mama van Noor & Tijs)\n')
    sender = 'Sofie Dierckx <sofie.dierckx@vrijwilligers.example>'
    text, subject, data = _vol(sender, body)
    assert_absent(data, ['Noor', 'Tijs'])


def test_j6_children_after_parent_mended() -> None:
    body = (
        f'Dag {PSEUDONYM},\n'
        '\n'
        'Je bent niet alleen.\n'
        '\n'
        'Groetjes,\n'
        'Sofie (mama van Noor en van Tijs)\n')
    sender = 'Sofie Dierckx <sofie.dierckx@vrijwilligers.example>'
    text, subject, data = _vol(sender, body)
    assert_absent(data, ['Noor', 'Tijs'])


def test_j8_children_after_parent_guard() -> None:
    body = (
        f'Bonjour {PSEUDONYM},\n'
        '\n'
        "Tu n'es pas seul.\n"
        '\n'
        'Bises,\n'
        'Claire (maman de Noé et Lou-Anne)\n')
    sender = 'Claire Dubois <claire.dubois@benevoles.example>'
    text, subject, data = _vol(sender, body)
    assert_absent(data, ['Noé', 'Lou-Anne'])


def test_k1_place_not_a_name_guard() -> None:
    body = (
        f'Salut {PSEUDONYM},\n'
        '\n'
        "moi c'est Lourdes, je suis bénévole ici.\n"
        '\n'
        'à bientôt\n')
    sender = 'Claire Dubois <claire.dubois@benevoles.example>'
    text, subject, data = _vol(sender, body)
    assert_absent(data, ['Lourdes'])


@pytest.mark.xfail(strict=True, reason=(
    "names_introduced._a_place_not_a_name: its own example 'Ik ben Gent' (a "
    "supporter) is still replaced by the helpline's name (Gent is a first name too)"))
def test_k2_place_not_a_name_harm() -> None:
    body = (
        f'Hoi {PSEUDONYM},\n'
        '\n'
        "Ik ben Gent, supporter van de Buffalo's haha. Maar serieus:\n"
        'je mag altijd schrijven.\n'
        '\n'
        'Geert\n')
    sender = 'Geert Wouters <geert.wouters@vrijwilligers.example>'
    text, subject, data = _vol(sender, body)
    assert 'Ik ben Gent' in text


def test_k3_place_not_a_name_guard() -> None:
    body = (
        'hoi ik ben Jette\n'
        'ik ben 13\n')
    sender = 'Jolien Meers <jolien.meers@thuis.example>'
    text, subject, data = _seek(sender, body)
    assert_absent(data, ['Jette'])


def test_k4_place_not_a_name_guard() -> None:
    body = (
        "salut c'est Ans, j'ai 14 ans\n")
    sender = 'famille.dupont@post.example'
    text, subject, data = _seek(sender, body)
    assert_absent(data, ['Ans,'])


def test_l1_reading_along_guard() -> None:
    body = (
        f'Dag {PSEUDONYM},\n'
        '\n'
        'Hoop doet leven, zeggen ze. Ik heb veel hoop voor jou.\n'
        '\n'
        'Groeten,\n'
        'Geert (en Hoop, de hond)\n')
    sender = 'Geert Wouters <geert.wouters@vrijwilligers.example>'
    text, subject, data = _vol(sender, body)
    assert 'Ik heb veel hoop voor jou' in text


def test_l2_reading_along_mended() -> None:
    body = (
        f'Hi {PSEUDONYM},\n'
        '\n'
        'I really wish you some grace and joy today.\n'
        '\n'
        'Dana (and Grace reads along)\n')
    sender = 'Dana Reid <dana.reid@volunteers.example>'
    text, subject, data = _vol(sender, body)
    assert 'some grace and joy' in text
    assert_absent(data, ['Grace reads'])


def test_l3_reading_along_mended() -> None:
    body = (
        f'Dag {PSEUDONYM},\n'
        '\n'
        'Je staat er niet alleen voor.\n'
        '\n'
        'Groeten,\n'
        'Geert (Hilde leest mee)\n')
    sender = 'Geert Wouters <geert.wouters@vrijwilligers.example>'
    text, subject, data = _vol(sender, body)
    assert_absent(data, ['Hilde'])


def test_l4_reading_along_guard() -> None:
    body = (
        f'Dag {PSEUDONYM},\n'
        '\n'
        'Je staat er niet alleen voor.\n'
        '\n'
        'Groeten,\n'
        'Geert & Hilde\n')
    sender = 'Geert Wouters <geert.wouters@vrijwilligers.example>'
    text, subject, data = _vol(sender, body)
    assert_absent(data, ['Hilde'])


def test_l5_reading_along_mended() -> None:
    body = (
        f'Dag {PSEUDONYM},\n'
        '\n'
        'Je staat er niet alleen voor.\n'
        '\n'
        'Groeten,\n'
        'Geert (samen met Hilde)\n')
    sender = 'Geert Wouters <geert.wouters@vrijwilligers.example>'
    text, subject, data = _vol(sender, body)
    assert_absent(data, ['Hilde'])


def test_l6_reading_along_mended() -> None:
    body = (
        f'Dag {PSEUDONYM},\n'
        '\n'
        'Je staat er niet alleen voor.\n'
        '\n'
        'Groeten,\n'
        'Geert (en Marie-Jeanne leest mee)\n')
    sender = 'Geert Wouters <geert.wouters@vrijwilligers.example>'
    text, subject, data = _vol(sender, body)
    assert_absent(data, ['Marie-Jeanne'])


def test_l7_reading_along_guard() -> None:
    body = (
        f'Dag {PSEUDONYM},\n'
        '\n'
        'Je staat er niet alleen voor. Mijn moto: met Liefde gaat alles.\n'
        '\n'
        'Groeten,\n'
        'Geert (met Liefde)\n')
    sender = 'Geert Wouters <geert.wouters@vrijwilligers.example>'
    text, subject, data = _vol(sender, body)
    assert 'met Liefde gaat alles' in text


def test_o1_footer_sent_with_mended() -> None:
    body = (
        'hallo\n'
        'ik word gepest op school\n'
        'niemand doet iets\n'
        '\n'
        'Kobe\n'
        '\n'
        'Dit bericht werd verstuurd met het leerlingenaccount van '
        'sint-jozefscollege torhout\n')
    sender = 'Kobe Daems <kobe.daems@mail.example>'
    text, subject, data = _seek(sender, body)
    assert 'niemand doet iets' in text
    assert_absent(data, ['sint-jozefscollege'])


def test_o2_footer_sent_with_mended() -> None:
    body = (
        'hallo\n'
        'ik word gepest\n'
        '\n'
        'Dit bericht is verstuurd met smartschool van het atheneum brugge\n')
    sender = 'Kobe Daems <kobe.daems@mail.example>'
    text, subject, data = _seek(sender, body)
    assert_absent(data, ['atheneum brugge'])


def test_o3_footer_sent_with_guard() -> None:
    body = (
        'hallo\n'
        'ik word gepest\n'
        '\n'
        'Dit bericht is verstuurd met veel moeite\n'
        'kobe\n')
    sender = 'Kobe Daems <kobe.daems@mail.example>'
    text, subject, data = _seek(sender, body)
    assert 'Dit bericht is verstuurd met veel moeite' in text


def test_o4_footer_sent_with_guard() -> None:
    body = (
        'hi\n'
        'im not ok\n'
        '\n'
        'this message was sent with shaking hands\n')
    sender = 'Tyler Brooks <tyler.brooks@home.example>'
    text, subject, data = _seek(sender, body)
    assert 'this message was sent with shaking hands' in text


def test_o5_footer_sent_with_guard() -> None:
    body = (
        'salut\n'
        'ça va pas\n'
        '\n'
        'ce message a été envoyé avec beaucoup de larmes\n')
    sender = 'Manon Lecocq <manon.lecocq@maison.example>'
    text, subject, data = _seek(sender, body)
    assert 'ce message a été envoyé avec beaucoup de larmes' in text


def test_p1_not_a_client_guard() -> None:
    body = (
        'hi\n'
        'im scared to go home\n'
        '\n'
        'sent from my phone in the school toilet cause i cant stop crying\n')
    sender = 'Tyler Brooks <tyler.brooks@home.example>'
    text, subject, data = _seek(sender, body)
    assert 'in the school toilet cause i cant stop crying' in text


def test_p2_not_a_client_guard() -> None:
    body = (
        'hoi\n'
        'ik ben bang\n'
        '\n'
        'Verzonden vanaf mijn gsm op de wc want thuis kijkt mama mee\n')
    sender = 'Jolien Meers <jolien.meers@thuis.example>'
    text, subject, data = _seek(sender, body)
    assert 'op de wc want thuis kijkt mama mee' in text


def test_p3_not_a_client_guard() -> None:
    body = (
        'hi\n'
        'please dont email back after 6\n'
        '\n'
        "sent from my mom's phone so dont reply after 6\n")
    sender = 'Tyler Brooks <tyler.brooks@home.example>'
    text, subject, data = _seek(sender, body)
    assert 'so dont reply after 6' in text


def test_p4_not_a_client_guard() -> None:
    body = (
        'salut\n'
        "j'ai peur\n"
        '\n'
        'envoyé de mon portable en cachette sous la couette\n')
    sender = 'Manon Lecocq <manon.lecocq@maison.example>'
    text, subject, data = _seek(sender, body)
    assert 'en cachette sous la couette' in text


def test_p5_not_a_client_guard() -> None:
    body = (
        'hoi\n'
        'ik ben bang\n'
        '\n'
        'verzonden vanaf mijn gebroken telefoonscherm en gebroken hart\n')
    sender = 'Jolien Meers <jolien.meers@thuis.example>'
    text, subject, data = _seek(sender, body)
    assert 'gebroken hart' in text


def test_p6_not_a_client_mended() -> None:
    body = (
        'hi\n'
        'im scared\n'
        '\n'
        'Sent from my heart that mail cant fix\n')
    sender = 'Tyler Brooks <tyler.brooks@home.example>'
    text, subject, data = _seek(sender, body)
    assert 'Sent from my heart that mail cant fix' in text


def test_p7_not_a_client_guard() -> None:
    body = (
        'hoi\n'
        'ik ben bang\n'
        '\n'
        'verzonden vanaf mijn bed om 3u want ik kan niet slapen\n')
    sender = 'Jolien Meers <jolien.meers@thuis.example>'
    text, subject, data = _seek(sender, body)
    assert 'want ik kan niet slapen' in text


def test_p8_not_a_client_guard() -> None:
    body = (
        'hi\n'
        'im scared\n'
        '\n'
        'sent from my ipad\n')
    sender = 'Tyler Brooks <tyler.brooks@home.example>'
    text, subject, data = _seek(sender, body)
    assert_absent(data, ['ipad'])


def test_q1_shared_device_footer_mended() -> None:
    body = (
        'hallo\n'
        'ik word thuis geslagen\n'
        'niemand weet het\n'
        '\n'
        'verzonden via de computer van de bib\n'
        'thuis kan het niet\n'
        'antwoord niet na 5 uur aub\n')
    sender = 'Kobe Daems <kobe.daems@mail.example>'
    text, subject, data = _seek(sender, body)
    assert 'thuis kan het niet' in text
    assert 'antwoord niet na 5 uur aub' in text


def test_q2_shared_device_footer_guard() -> None:
    body = (
        'hi\n'
        'my stepdad hits me\n'
        '\n'
        'sent from the library computer at school\n'
        'dont reply after 4 they log out\n')
    sender = 'Tyler Brooks <tyler.brooks@home.example>'
    text, subject, data = _seek(sender, body)
    assert 'dont reply after 4' in text


def test_q3_shared_device_footer_mended() -> None:
    body = (
        'hoi\n'
        'ik wil dood\n'
        '\n'
        'verstuurd via de laptop van papa\n'
        'niet terugmailen naar dit adres aub\n')
    sender = 'Jolien Meers <jolien.meers@thuis.example>'
    text, subject, data = _seek(sender, body)
    assert 'niet terugmailen naar dit adres aub' in text


def test_q4_shared_device_footer_mended() -> None:
    body = (
        'salut\n'
        'mon beau-père me frappe\n'
        '\n'
        "envoyé depuis l'ordinateur du cdi\n"
        'ne réponds pas avant lundi stp\n')
    sender = 'Manon Lecocq <manon.lecocq@maison.example>'
    text, subject, data = _seek(sender, body)
    assert 'ne réponds pas avant lundi stp' in text


def test_q5_shared_device_footer_mended() -> None:
    body = (
        'hoi\n'
        'ik ben bang\n'
        '\n'
        'verzonden via de tablet van het ziekenhuis\n'
        'kamer 214\n'
        'help\n')
    sender = 'Jolien Meers <jolien.meers@thuis.example>'
    text, subject, data = _seek(sender, body)
    assert 'help' in text


def test_q6_shared_device_footer_guard() -> None:
    body = (
        'hoi\n'
        'ik ben bang\n'
        '\n'
        'Verzonden via de patiëntentablet van AZ Sint-Jan – kamer 214\n'
        'Deze tablet is niet bedoeld voor medische vragen.\n')
    sender = 'Jolien Meers <jolien.meers@thuis.example>'
    text, subject, data = _seek(sender, body)
    assert_absent(data, ['AZ Sint-Jan', '214'])


def test_q7_shared_device_footer_mended() -> None:
    body = (
        'hoi\n'
        'ik ben bang\n'
        '\n'
        'Verzonden via de patiëntentablet van AZ Sint-Jan – kamer 214\n'
        'Deze tablet is niet bedoeld voor medische vragen.\n'
        'Meld je af na gebruik.\n'
        'Wifi: AZSJ-gast\n')
    sender = 'Jolien Meers <jolien.meers@thuis.example>'
    text, subject, data = _seek(sender, body)
    assert_absent(data, ['AZ Sint-Jan'])


def test_q8_shared_device_footer_guard() -> None:
    body = (
        'hoi\n'
        'ik ben bang\n'
        '\n'
        'Verzonden met de tablet van AZ Sint-Jan\n')
    sender = 'Jolien Meers <jolien.meers@thuis.example>'
    text, subject, data = _seek(sender, body)
    assert_absent(data, ['AZ Sint-Jan'])


def test_q9_shared_device_footer_guard() -> None:
    body = (
        'hoi\n'
        'ik ben bang\n'
        '\n'
        'Verzonden vanop de pc in de leefgroep van De Vlinder Oostende\n')
    sender = 'Jolien Meers <jolien.meers@thuis.example>'
    text, subject, data = _seek(sender, body)
    assert_absent(data, ['De Vlinder Oostende'])


def test_r1_shows_own_mended() -> None:
    body = (
        'hoi\n'
        'dit is mijn leerlingenkaart\n'
        '\n'
        'Lotte Verbist\n'
        'Klas 4B\n'
        'Sint-Jozefscollege Torhout\n'
        'Stamnummer 204417\n'
        '\n'
        'is dat genoeg\n')
    sender = 'Jolien Meers <jolien.meers@thuis.example>'
    text, subject, data = _seek(sender, body)
    assert 'is dat genoeg' in text
    assert_absent(data, ['204417', 'Sint-Jozefscollege Torhout', 'Verbist'])


def test_r2_shows_own_guard() -> None:
    body = (
        'hoi\n'
        'hier is mijn rooster\n'
        '\n'
        'ma 8u20 wiskunde\n'
        'di 8u20 frans\n'
        '\n'
        'ik kan niet meer\n')
    sender = 'Jolien Meers <jolien.meers@thuis.example>'
    text, subject, data = _seek(sender, body)
    assert 'ma 8u20 wiskunde' in text
    assert 'ik kan niet meer' in text


def test_t1_brevity_apology_guard() -> None:
    body = (
        f'Dag {PSEUDONYM},\n'
        '\n'
        'Ik moet nu naar een vergadering. Excuses voor mijn korte antwoord.\n'
        '\n'
        'Sofie\n'
        '\n'
        'Op ma 2 mrt 2026 om 10:00 schreef Lumi '
        '<c.abcdefghij234567abcd@lumi.example>:\n'
        '> ik weet niet hoe ik het aan mijn ouders moet zeggen\n')
    sender = 'Sofie Dierckx <sofie.dierckx@vrijwilligers.example>'
    text, subject, data = _vol(sender, body)
    assert 'Excuses voor mijn korte antwoord.' in text


def test_t2_brevity_apology_guard() -> None:
    body = (
        'hoi\n'
        'ik weet niet wat ik moet zeggen. sorry voor de typfouten\n'
        'ik ben dyslectisch\n')
    sender = 'Jolien Meers <jolien.meers@thuis.example>'
    text, subject, data = _seek(sender, body)
    assert 'sorry voor de typfouten' in text


def test_t3_brevity_apology_guard() -> None:
    body = (
        'hoi\n'
        'ik ben 14 en ik word gepest. Excuses voor de typfouten.\n')
    sender = 'Jolien Meers <jolien.meers@thuis.example>'
    text, subject, data = _seek(sender, body)
    assert 'Excuses voor de typfouten.' in text


def test_t4_brevity_apology_guard() -> None:
    body = (
        'hoi\n'
        'ik ben 14 en ik word gepest.\n'
        'Verzonden vanaf mijn gsm. Excuses voor de typfouten, ik ben '
        'dyslectisch en niemand helpt me daarmee.\n')
    sender = 'Jolien Meers <jolien.meers@thuis.example>'
    text, subject, data = _seek(sender, body)
    assert 'ik ben dyslectisch en niemand helpt me daarmee' in text


def test_t5_brevity_apology_guard() -> None:
    body = (
        'hoi\n'
        'ik word gepest.\n'
        '\n'
        'Verzonden vanaf mijn gsm. Excuses voor de korte mail, ik mag maar 10 '
        'min op mijn gsm.\n')
    sender = 'Jolien Meers <jolien.meers@thuis.example>'
    text, subject, data = _seek(sender, body)
    assert 'ik mag maar 10 min op mijn gsm' in text


def test_v1_trade_words_guard() -> None:
    body = (
        'hoi\n'
        'ik ben Student\n')
    sender = 'noor.vos.student@school.example'
    text, subject, data = _seek(sender, body)
    assert 'ik ben Student' in text


def test_v2_trade_words_mended() -> None:
    body = (
        'hallo ik ben Lien\n'
        'ik ben tolk\n')
    sender = 'lien.tolk@werk.example'
    text, subject, data = _seek(sender, body)
    assert 'ik ben tolk' in text
    assert_absent(data, ['Lien'])


def test_v3_trade_words_guard() -> None:
    body = (
        'hoi ik ben sam bakker\n')
    sender = 'sam.bakker.kapper@werk.example'
    text, subject, data = _seek(sender, body)
    assert_absent(data, ['bakker'])
