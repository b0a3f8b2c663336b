"""A twelfth adversary of content loss and leaks against the relay rules added since cef93ec
(issue 12): birth dates under more labels, file and waiting-list numbers, school and pupil
lines, the young person someone writes for, first names before the writer's surname, the
street where the writer lives, a messenger key, national numbers, "Huize", the surname from
the address, "Thuis (town)", a room beside a street, volunteer cards and "Name – role" lines,
provider adverts, a P.S. under an address block. Hand-written mails in nl/fr/en run through
the relay's public entry points as tests/test_relay_text.py does. Each probe names the words
that must stay (`keep`: the writer's own) and the strings that must not cross (`gone`:
identity). A strict xfail is a harm found now; a plain probe passes and guards. Names, words
and mails are invented; .example/.test domains only."""

from __future__ import annotations

import email
import email.policy
from email.message import EmailMessage

import pytest

from tests.conftest import assert_absent
from tests.test_relay_text import PSEUDONYM, _answer, _forward

SEEK, VOL = "seek", "vol"


def _raw(sender: str, body: str, subject: str) -> EmailMessage:
    """A plain mail whose body is sent exactly as written (no re-wrapping)."""
    raw = (f"From: {sender}\nTo: c.abcdefghij234567abcd@lumi.example\nSubject: {subject}\n"
           "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
           f"Content-Transfer-Encoding: 8bit\n\n{body}")
    return email.message_from_bytes(raw.encode("utf-8"), policy=email.policy.default)  # type: ignore[return-value]


def _run(who: str, sender: str, body: str) -> tuple[str, bytes]:
    """The relayed text and the bytes sent, for a help-seeker's mail or a volunteer's answer."""
    if who == SEEK:
        relayed, data = _forward(_raw(sender, body, "vraag"))
    else:
        address = sender.split("<")[1].rstrip(">")
        relayed, data = _answer(_raw(sender, body, f"Re: [{PSEUDONYM}]"), address,
                                sender.split()[0])
    return relayed.text, data


# (id, who, sender, body, keep: the writer's words that must stay, gone: identity)
PROBES: list[tuple[str, str, str, str, list[str], list[str]]] = [
    # ---- birth dates under more labels
    ("dob_lower", SEEK, "Jonas Wuyts <jonas.wuyts@thuis.example>",
     "hoi\ndob: 14/02/2011\nik ben bang om naar school te gaan\n",
     ["ik ben bang om naar school te gaan"], ["14/02/2011"]),
    ("dob_is_sentence_nl", SEEK, "Jonas Wuyts <jonas.wuyts@thuis.example>",
     "mijn geboortedatum is 14 februari 2011 als jullie dat moeten weten\nik ben op\n",
     ["als jullie dat moeten weten"], ["14 februari 2011"]),
    ("dob_en_sentence", SEEK, "Tyler Brooks <tyler.brooks@home.example>",
     "my date of birth is 14/02/2011 so im 15\nmy dad shouts every night\n",
     ["my dad shouts every night"], ["14/02/2011"]),
    ("born_fr_inline", SEEK, "Lina Dubois <lina.dubois@maison.example>",
     "je suis née le 14 février 2011 à Liège\net j'ai peur de rentrer chez moi\n",
     ["et j'ai peur de rentrer chez moi"], ["14 février 2011"]),
    ("birthday_no_year_guard", SEEK, "Jonas Wuyts <jonas.wuyts@thuis.example>",
     "Verjaardag: 14 februari\nniemand heeft iets gezegd, zelfs mijn mama niet\n",
     ["Verjaardag: 14 februari", "niemand heeft iets gezegd"], []),
    ("born_line_someone_else", SEEK, "Jonas Wuyts <jonas.wuyts@thuis.example>",
     "Geboren op een dinsdag, zegt mijn oma altijd\nen dat dat ongeluk brengt\n",
     ["Geboren op een dinsdag, zegt mijn oma altijd"], []),
    ("dob_on_next_line_guard", SEEK, "Jonas Wuyts <jonas.wuyts@thuis.example>",
     "Geboortedatum\n14-02-2011\nik moest dat invullen op het formulier van de dokter\n",
     ["ik moest dat invullen op het formulier van de dokter"], ["14-02-2011"]),
    ("dob_dotted_d_o_b", SEEK, "Tyler Brooks <tyler.brooks@home.example>",
     "D.O.B. 14.02.2011\nthats me. i need help\n",
     ["i need help"], ["14.02.2011"]),
    # ---- file and waiting-list numbers
    ("code_discount_loss", SEEK, "Lotte Claes <lotte.claes@thuis.example>",
     "mijn vriendin stuurde me de code BTS 2024 voor korting op merch\nen nu is ze boos\n",
     ["BTS 2024", "en nu is ze boos"], []),
    ("code_wifi_loss", SEEK, "Lotte Claes <lotte.claes@thuis.example>",
     "op kamp was de code van de wifi KAMP 2025 en iedereen zat op zijn gsm behalve ik\n",
     ["KAMP 2025", "iedereen zat op zijn gsm behalve ik"], []),
    ("met_nummer_shirt_guard", SEEK, "Lotte Claes <lotte.claes@thuis.example>",
     "ik speel in de ploeg met nummer 10 maar de trainer zet me altijd op de bank\n",
     ["met nummer 10"], []),
    ("wachtlijstnummer_leak", SEEK, "Lotte Claes <lotte.claes@thuis.example>",
     "mijn wachtlijstnummer is WL-2026-0847 en ik wacht al 5 maanden\n",
     ["ik wacht al 5 maanden"], ["WL-2026-0847"]),
    ("dossiernr_abbrev_leak", SEEK, "Lotte Claes <lotte.claes@thuis.example>",
     "dossiernr. bij het JAC: JAC-OVL-2025-00417\nze bellen nooit terug\n",
     ["ze bellen nooit terug"], ["JAC-OVL-2025-00417"]),
    ("mon_dossier_fr", SEEK, "Lina Dubois <lina.dubois@maison.example>",
     "mon dossier au SAJ c'est SAJ-NAM-2025-00417 et personne ne répond\n",
     ["personne ne répond"], ["SAJ-NAM-2025-00417"]),
    ("my_case_en", SEEK, "Tyler Brooks <tyler.brooks@home.example>",
     "my case at cafcass is ref CAF 00417 22 but nobody calls me back\n",
     ["nobody calls me back"], ["00417"]),
    ("code_sentence_guard", SEEK, "Lotte Claes <lotte.claes@thuis.example>",
     "we hebben op school een code rood gehad omdat iemand een mes bijhad\n",
     ["code rood", "iemand een mes bijhad"], []),
    # ---- school line beside a class line, a pupil line
    ("class_then_capitalised_sentence", SEEK, "Lotte Claes <lotte.claes@thuis.example>",
     "Klas 3A\nNiemand Praat Nog Met Mij\nook niet in de pauze\n",
     ["Niemand Praat Nog Met Mij", "ook niet in de pauze"], []),
    ("school_card_leak_fr", SEEK, "Lina Dubois <lina.dubois@maison.example>",
     "Classe 3C\nInstitut Sainte-Marie Namur\nj'ai collé ça de mon journal de classe\n",
     ["j'ai collé ça de mon journal de classe"], ["Sainte-Marie"]),
    ("school_in_sentence_guard", SEEK, "Lotte Claes <lotte.claes@thuis.example>",
     "ik zit in klas 4B\nop het Sint-Jozefscollege word ik gepest\n",
     ["op het Sint-Jozefscollege word ik gepest"], []),
    ("pupil_line_nl", SEEK, "Oksana Melnyk <oksana.melnyk@thuis.example>",
     "Leerling: MELNYK Oksana - klas 1B3 - nr. 17\ndit is mijn rapport, kijk naar wiskunde\n",
     ["kijk naar wiskunde"], ["MELNYK", "1B3"]),
    ("student_line_own_words", SEEK, "Tyler Brooks <tyler.brooks@home.example>",
     "Student: thats what they call me at home, like i am nothing else\nno1 sees me\n",
     ["thats what they call me at home, like i am nothing else"], []),
    ("pupil_line_class_in_sentence", SEEK, "Lina Dubois <lina.dubois@maison.example>",
     "Élève : c'est tout ce que je suis pour eux, le numéro 12 de la classe 2C\n",
     ["c'est tout ce que je suis pour eux"], []),
    # ---- the young person someone writes for
    ("for_daughter_no_stop_nl", SEEK, "Kristel Vos <kristel.vos@thuis.example>",
     "Ik schrijf voor mijn dochter Sinds januari eet ze bijna niets meer.\n",
     ["Sinds januari eet ze bijna niets meer"], []),
    ("for_son_no_stop_fr", SEEK, "Nadia Amrani <nadia.amrani@maison.example>",
     "Je vous écris pour mon fils Depuis la rentrée il ne dort plus.\n",
     ["Depuis la rentrée il ne dort plus"], []),
    ("for_daughter_no_stop_en", SEEK, "Karen Hill <karen.hill@home.example>",
     "I'm writing for my daughter Today she told me she wants to die.\n",
     ["Today she told me she wants to die"], []),
    ("for_son_named_guard", SEEK, "Kristel Vos <kristel.vos@thuis.example>",
     "Ik schrijf voor mijn zoon Wout, hij is 14 en wordt gepest.\n",
     ["hij is 14 en wordt gepest"], ["Wout"]),
    ("mother_of_the_little_fr", SEEK, "Nadia Amrani <nadia.amrani@maison.example>",
     "Je suis la mère de la petite Inès, 9 ans. Elle pleure tous les soirs.\n",
     ["Elle pleure tous les soirs"], ["Inès"]),
    ("mother_of_a_teen_nl", SEEK, "Kristel Vos <kristel.vos@thuis.example>",
     "Ik ben de mama van een tiener en ik maak me zorgen.\n",
     ["Ik ben de mama van een tiener en ik maak me zorgen"], []),
    ("mother_of_three_en", SEEK, "Karen Hill <karen.hill@home.example>",
     "I'm the mother of three and the middle one, Kai, stopped talking to us.\n",
     ["I'm the mother of three and the middle one"], ["Kai"]),
    ("flemish_possessive_mama", SEEK, "Kristel Vos <kristel.vos@thuis.example>",
     "Ik ben Lieze haar mama. Ze is 13 en snijdt zichzelf.\n",
     ["Ze is 13 en snijdt zichzelf"], ["Lieze"]),
    ("my_daughter_named_en", SEEK, "Karen Hill <karen.hill@home.example>",
     "My daughter Poppy is 12 and she won't go to school.\n",
     ["is 12 and she won't go to school"], ["Poppy"]),
    ("kid_about_brother_guard", SEEK, "Lotte Claes <lotte.claes@thuis.example>",
     "ik schrijf over mijn broer Senne, hij slaat mij als mama weg is\n",
     ["hij slaat mij als mama weg is", "Senne"], []),
    # ---- first names before the writer's surname, the surname from the address
    ("surname_from_address_word_nl", SEEK, "Lisa <lisa.dans@thuis.example>",
     "Dans is het enige dat nog helpt.\nals ik dans denk ik aan niets\n",
     ["Dans is het enige dat nog helpt"], []),
    ("surname_from_address_word_en", SEEK, "Amy <amy.hope@home.example>",
     "Hope is all I have left right now.\n",
     ["Hope is all I have left right now"], []),
    ("surname_from_address_underscore", SEEK, "Thibo <thibo_vermeulen@thuis.example>",
     "hallo ik ben Thibo Vermeulen en ik weet het niet meer\n",
     ["ik weet het niet meer"], ["Vermeulen"]),
    ("surname_from_address_reversed", SEEK, "Thibo <vermeulen.thibo@thuis.example>",
     "groetjes Thibo Vermeulen\n",
     [], ["Vermeulen"]),
    ("first_before_surname_footballer", SEEK, "Lien Hazard <lien.hazard@thuis.example>",
     "ik heb dezelfde achternaam als Eden Hazard en iedereen lacht met mij\n",
     ["iedereen lacht met mij", "Eden"], ["Hazard"]),
    ("family_name_capitals_inline", SEEK, "Sofie Baert <sofie.baert@thuis.example>",
     "de juf schreef in mijn agenda: handtekening ouder: Griet BAERT\n"
     "maar ik heb het zelf gedaan\n",
     ["maar ik heb het zelf gedaan"], ["Griet"]),
    # ---- a street where the writer lives
    ("live_street_no_article", SEEK, "Lotte Claes <lotte.claes@thuis.example>",
     "ik woon in Molenstraat, dat is naast de school\n",
     ["dat is naast de school"], ["Molenstraat"]),
    ("live_street_years", SEEK, "Lotte Claes <lotte.claes@thuis.example>",
     "ik woon al 3 jaar in de Molenstraat en de buren horen alles\n",
     ["de buren horen alles"], ["Molenstraat"]),
    ("live_two_word_square", SEEK, "Lotte Claes <lotte.claes@thuis.example>",
     "wij wonen op de Grote Markt boven de bakker\n",
     ["boven de bakker"], ["Grote Markt"]),
    ("live_street_fr", SEEK, "Lina Dubois <lina.dubois@maison.example>",
     "j'habite rue des Lilas, juste à côté du parc\n",
     ["juste à côté du parc"], ["Lilas"]),
    ("live_street_en_st", SEEK, "Tyler Brooks <tyler.brooks@home.example>",
     "we live on Elm St and my dad's mates are always round\n",
     ["my dad's mates are always round"], ["Elm St"]),
    ("grandma_street_guard", SEEK, "Lotte Claes <lotte.claes@thuis.example>",
     "mijn oma woonde in de Kapelstraat, daar was ik gelukkig\n",
     ["mijn oma woonde in de Kapelstraat, daar was ik gelukkig"], []),
    ("live_in_town_guard", SEEK, "Lotte Claes <lotte.claes@thuis.example>",
     "ik woon in de Kempen en hier is niets te doen\n",
     ["ik woon in de Kempen en hier is niets te doen"], []),
    # ---- messenger key, national numbers
    ("session_key_wrapped", SEEK, "Tyler Brooks <tyler.brooks@home.example>",
     "add me on Session:\n05a3f9c1e2d4b6a8f0e1d2c3b4a5968778695a4b3c2d1e0f\n"
     "1a2b3c4d5e6f708192\nits safer\n",
     ["its safer"], ["05a3f9c1e2d4b6a8f0e1d2c3b4a5968778695a4b3c2d1e0f"]),
    ("session_key_guard", SEEK, "Tyler Brooks <tyler.brooks@home.example>",
     "my Session id is 05a3f9c1e2d4b6a8f0e1d2c3b4a5968778695a4b3c2d1e0f1a2b3c4d5e6f708192ab\n",
     [], ["05a3f9c1e2d4b6a8f0e1d2c3b4a59687"]),
    ("national_number_spaced", SEEK, "Lotte Claes <lotte.claes@thuis.example>",
     "op mijn kaart van het ziekenfonds staat 11.02.14 287 51, is dat erg dat ik dat stuurde\n",
     ["is dat erg dat ik dat stuurde"], ["287 51"]),
    ("national_number_plain_labelled", SEEK, "Lina Dubois <lina.dubois@maison.example>",
     "mon numéro national : 11021428751 il faut le donner?\n",
     ["il faut le donner?"], ["11021428751"]),
    ("national_number_guard", SEEK, "Lotte Claes <lotte.claes@thuis.example>",
     "de toets was op 11.02.14 en ik had 12/20\n",
     ["de toets was op 11.02.14 en ik had 12/20"], []),
    # ---- Huize, Thuis (town), room beside a street
    ("huize_tv_loss", SEEK, "Lotte Claes <lotte.claes@thuis.example>",
     "ik kijk elke avond Huize Kakelbont om niet te moeten denken\n",
     ["om niet te moeten denken"], []),
    ("thuis_postcode_bracket", SEEK, "Lotte Claes <lotte.claes@thuis.example>",
     "Check In: Lotte is aangekomen bij Thuis (2950 Kapellen)\nik wil daar niet zijn\n",
     ["ik wil daar niet zijn"], ["Kapellen"]),
    ("thuis_word_bracket_guard", SEEK, "Lotte Claes <lotte.claes@thuis.example>",
     "eindelijk Thuis (Eindelijk Rust) na dat weekend bij papa\n",
     ["na dat weekend bij papa"], []),
    ("room_kot_leak", SEEK, "Femke Peeters <femke.peeters@thuis.example>",
     "Huurder: Femke Peeters, kot 14, Overpoortstraat 77, 9000 Gent\n"
     "de huisbaas komt zomaar binnen\n",
     ["de huisbaas komt zomaar binnen"], ["Overpoortstraat", "Peeters", "9000"]),
    # ---- volunteer cards, Name – role lines, own lines under a card
    ("vol_card_then_ps", VOL, "Vera Janssens <vera.janssens@vrijwilligers.example>",
     "Hoi,\n\nDank je om te schrijven. Je bent niet alleen.\n\nVera Janssens\nVrijwilliger Lumi\n"
     "\nPS: ik ben er morgen vanaf 16 uur weer.\n",
     ["Je bent niet alleen", "ik ben er morgen vanaf 16 uur weer"], ["Janssens"]),
    ("vol_book_dash_author", VOL, "Vera Janssens <vera.janssens@vrijwilligers.example>",
     "Hoi,\n\nMisschien helpt lezen je. Twee tips:\nAnne Frank – Het Achterhuis\n"
     "Marc de Bel – Blinker\n\nGroetjes,\nVera\n",
     ["Anne Frank", "Het Achterhuis", "Blinker"], []),
    ("vol_helpline_dash_guard", VOL, "Vera Janssens <vera.janssens@vrijwilligers.example>",
     "Hoi,\n\nAls het dringend is:\nZelfmoordlijn – 1813, dag en nacht\n\nGroetjes,\nVera\n",
     ["Zelfmoordlijn – 1813, dag en nacht"], []),
    ("vol_name_role_en", VOL, "Vera Janssens <vera.janssens@vrijwilligers.example>",
     "Hi,\n\nThank you for trusting us.\n\nVera Janssens – volunteer at Lumi\n",
     ["Thank you for trusting us"], ["Janssens"]),
    ("vol_quote_full_name", VOL, "Vera Janssens <vera.janssens@vrijwilligers.example>",
     "Hoi,\n\nIk denk aan je.\n\nVera\n\n"
     "Maya Angelou schreef: \"You may not control all the events "
     "that happen to you, but you can decide not to be reduced by them.\"\n",
     ["You may not control all the events"], []),
    # ---- provider adverts, thank-you words, P.S. under an address block
    ("advert_own_words_link", SEEK, "Lotte Claes <lotte.claes@thuis.example>",
     "het gaat niet\n"
     "Verstuurd vanaf mijn iPhone – kijk zelf op www.awel.example, daar vond ik jullie\n",
     ["daar vond ik jullie"], []),
    ("thanks_other_lang_then_words", SEEK, "Amina Haddad <amina.haddad@thuis.example>",
     "jullie hebben me echt geholpen\nShukran\nik ga morgen met de juf praten\n",
     ["ik ga morgen met de juf praten"], []),
    ("thanks_gracias_name", SEEK, "Lucía Gómez <lucia.gomez@home.example>",
     "you helped me a lot\nGracias,\nLucía Gómez\n",
     ["you helped me a lot"], ["Gómez"]),
    ("pps_under_address", SEEK, "Anke Verbeke <anke.verbeke@thuis.example>",
     "Beste,\n\nIk heb niemand om mee te praten.\n\n"
     "Anke Verbeke\nStationsstraat 12\n8730 Beernem\n\n"
     "PPS sorry voor de lange mail\n",
     ["Ik heb niemand om mee te praten", "sorry voor de lange mail"],
     ["Stationsstraat", "Verbeke"]),
    ("ps_lower_under_address", SEEK, "Anke Verbeke <anke.verbeke@thuis.example>",
     "Beste,\n\nIk heb niemand om mee te praten.\n\n"
     "Anke Verbeke\nStationsstraat 12\n8730 Beernem\n\n"
     "ps mijn mama mag dit niet weten\n",
     ["mijn mama mag dit niet weten"], ["Stationsstraat", "Beernem"]),
    # ---- more look-alikes of the new shapes
    ("for_friend_no_stop_nl", SEEK, "Kristel Vos <kristel.vos@thuis.example>",
     "ik schrijf voor mijn vriendin Omdat ze het zelf niet durft\n",
     ["Omdat ze het zelf niet durft"], []),
    ("for_friend_no_stop_en", SEEK, "Tyler Brooks <tyler.brooks@home.example>",
     "im writing for my best friend Because she is too scared to\n",
     ["Because she is too scared to"], []),
    ("family_dash_list", SEEK, "Lotte Claes <lotte.claes@thuis.example>",
     "mijn familie:\nMama – altijd boos\nPapa – nooit thuis\nOma Rita – de enige die luistert\n",
     ["altijd boos", "nooit thuis", "de enige die luistert"], []),
    ("vol_steps_dash_guard", VOL, "Vera Janssens <vera.janssens@vrijwilligers.example>",
     "Hoi,\n\nProbeer dit eens:\nStap 1 – adem vier tellen in\nStap 2 – hou even vast\n\nVera\n",
     ["Stap 1 – adem vier tellen in", "Stap 2 – hou even vast"], []),
    ("thanks_polish_then_words", SEEK, "Kasia Nowak <kasia.nowak@thuis.example>",
     "bedankt voor het antwoord\nDziękuję\nik ga het proberen met mijn mentor\n",
     ["ik ga het proberen met mijn mentor"], []),
    ("thanks_turkish_then_words", SEEK, "Elif Yilmaz <elif.yilmaz@thuis.example>",
     "Teşekkürler\nmorgen praat ik met de CLB-mevrouw\n",
     ["morgen praat ik met de CLB-mevrouw"], []),
    ("merci_then_words_fr", SEEK, "Lina Dubois <lina.dubois@maison.example>",
     "Merci beaucoup\nje vais essayer d'en parler à ma prof\n",
     ["je vais essayer d'en parler à ma prof"], []),
    ("grandma_surname_inline", SEEK, "Emma Goossens <emma.goossens@thuis.example>",
     "mama zei dat Oma Goossens ziek is en nu moet ik bij haar slapen\n",
     ["mama zei dat Oma", "nu moet ik bij haar slapen"], ["Goossens"]),
    ("thuis_town_in_sentence_guard", SEEK, "Lotte Claes <lotte.claes@thuis.example>",
     "eindelijk Thuis (Gent was veel te druk)\n",
     ["Gent was veel te druk"], []),
    ("room_in_sentence_guard", SEEK, "Femke Peeters <femke.peeters@thuis.example>",
     "ik zat in kamer 14, dat is naast de keuken, en hij kwam gewoon binnen\n",
     ["ik zat in kamer 14", "hij kwam gewoon binnen"], []),
    ("waiting_list_small_number_guard", SEEK, "Lotte Claes <lotte.claes@thuis.example>",
     "ik sta op de wachtlijst met nummer 12 en het duurt zo lang\n",
     ["met nummer 12", "het duurt zo lang"], []),
    ("huize_camp_sentence", SEEK, "Lotte Claes <lotte.claes@thuis.example>",
     "op kamp in Huize Zonnewende is het gebeurd, ik was 12\n",
     ["is het gebeurd, ik was 12"], []),
    ("born_en_first_person", SEEK, "Tyler Brooks <tyler.brooks@home.example>",
     "i was born on 14 feb 2011 so im only 15 and i feel 50\n",
     ["so im only 15 and i feel 50"], ["14 feb 2011"]),
    ("dob_geboren_capital_line_guard", SEEK, "Jonas Wuyts <jonas.wuyts@thuis.example>",
     "Geboren: 14 februari 2011\ndat staat op het blad dat ik moest invullen\n",
     ["dat staat op het blad dat ik moest invullen"], ["14 februari 2011"]),
    # ---- third batch
    ("first_before_surname_harry", SEEK, "Tim Potter <tim.potter@thuis.example>",
     "ik lees Harry Potter voor de derde keer omdat ik dan even weg ben\n",
     ["Harry", "omdat ik dan even weg ben"], ["Potter"]),
    ("first_before_surname_bond", SEEK, "Emily Bond <emily.bond@home.example>",
     "everyone at school calls me James Bond and hums the music when i walk past\n",
     ["everyone at school calls me James", "hums the music when i walk past"], ["Bond"]),
    ("birthday_party_date", SEEK, "Tyler Brooks <tyler.brooks@home.example>",
     "Birthday: 14/02/2026 and nobody came to my party\n",
     ["nobody came to my party"], []),
    ("pupil_line_number_one", SEEK, "Jonas Wuyts <jonas.wuyts@thuis.example>",
     "Leerling: nummer 1 van de klas, en toch voel ik me waardeloos\n",
     ["nummer 1 van de klas", "en toch voel ik me waardeloos"], []),
    ("pupil_line_n1_fr", SEEK, "Lina Dubois <lina.dubois@maison.example>",
     "Élève : n°1 en maths mais je me sens nulle\n",
     ["n°1 en maths", "je me sens nulle"], []),
    ("class_then_school_sucks", SEEK, "Tyler Brooks <tyler.brooks@home.example>",
     "Class 10A\nSchool Sucks And So Does Everyone In It\n",
     ["School Sucks And So Does Everyone In It"], []),
    ("class_then_atheneum_is_hell", SEEK, "Lotte Claes <lotte.claes@thuis.example>",
     "Klas 5C\nHet Atheneum Is Een Hel\n",
     ["Het Atheneum Is Een Hel"], []),
    ("mother_of_two_named", SEEK, "Kristel Vos <kristel.vos@thuis.example>",
     "Ik ben de mama van Lotte en Jens. Jens wil niet meer naar school.\n",
     ["wil niet meer naar school"], ["Jens"]),
    ("seeker_name_role_lines", SEEK, "Lotte Claes <lotte.claes@thuis.example>",
     "de mensen die het weten:\nJan Peeters – mijn voetbaltrainer\nAnn Wouters – de juf\n"
     "en ze doen niets\n",
     ["mijn voetbaltrainer", "de juf", "en ze doen niets"], []),
    ("vol_referral_full_name", VOL, "Vera Janssens <vera.janssens@vrijwilligers.example>",
     "Hoi,\n\nJe mag altijd naar het CLB gaan.\n\nVera\n\nTine Maes\nCLB-medewerker, ze verwacht "
     "je telefoontje deze week\n",
     ["ze verwacht je telefoontje deze week"], ["Janssens"]),
    ("huize_particles_leak", SEEK, "Lotte <lotte2011@thuis.example>",
     "op onze deurbel staat Huize Van den Broeck en iedereen lacht daarmee\n",
     ["iedereen lacht daarmee"], ["Broeck"]),
    ("dob_dash_nl", SEEK, "Jonas Wuyts <jonas.wuyts@thuis.example>",
     "geboortedatum - 14/02/2011\nik mag dit niet zeggen aan mijn mama\n",
     ["ik mag dit niet zeggen aan mijn mama"], ["14/02/2011"]),
    ("for_son_via_mail_word_order", SEEK, "Kristel Vos <kristel.vos@thuis.example>",
     "Namens onze zoon Milan (15) stuur ik deze mail.\n",
     ["stuur ik deze mail"], ["Milan"]),
    ("writing_for_nephew_fr", SEEK, "Nadia Amrani <nadia.amrani@maison.example>",
     "Je vous écris de la part de mon neveu, Ilyas, qui n'ose pas.\n",
     ["qui n'ose pas"], ["Ilyas"]),
    ("street_live_en_lane_guard", SEEK, "Tyler Brooks <tyler.brooks@home.example>",
     "I live on Mill Lane, my nan lives on Church Road\n",
     ["my nan lives on Church Road"], ["Mill Lane"]),
    # ---- fourth batch
    ("class_then_my_school_prison", SEEK, "Lotte Claes <lotte.claes@thuis.example>",
     "Klas 4B\nMijn School Is Een Gevangenis\nik wil weg\n",
     ["Mijn School Is Een Gevangenis", "ik wil weg"], []),
    ("classe_then_lycee_fr", SEEK, "Lina Dubois <lina.dubois@maison.example>",
     "Classe 3C\nLe Lycée Me Tue\net personne ne le voit\n",
     ["Le Lycée Me Tue", "et personne ne le voit"], []),
    ("first_before_surname_sherlock", SEEK, "Amy Holmes <amy.holmes@home.example>",
     "i watch Sherlock Holmes every night because it makes me feel less alone\n",
     ["Sherlock", "because it makes me feel less alone"], ["Holmes"]),
    ("first_before_surname_bart", SEEK, "Lisa Simpson <lisa.simpson@thuis.example>",
     "mijn broer zegt dat ik op Bart Simpson lijk en dan lacht de hele klas\n",
     ["Bart", "en dan lacht de hele klas"], ["Simpson"]),
    ("pupil_line_class_only_guard", SEEK, "Jonas Wuyts <jonas.wuyts@thuis.example>",
     "Leerling: Jonas Wuyts, klas 3B\nik plak dit van mijn toets, kijk wat de leraar schreef\n",
     ["kijk wat de leraar schreef"], ["Wuyts", "3B"]),
    ("pupil_line_nr_words_en", SEEK, "Tyler Brooks <tyler.brooks@home.example>",
     "Student: no 1 ever asks me how i am\n",
     ["no 1 ever asks me how i am"], []),
]

# id -> "<rule>: <the harm in one line>" for the probes that show a harm now.
HARMS: dict[str, str] = {
}


@pytest.mark.parametrize(
    ("who", "sender", "body", "keep", "gone"),
    [pytest.param(*p[1:], id=p[0], marks=[pytest.mark.xfail(strict=True, reason=HARMS[p[0]])]
                  if p[0] in HARMS else []) for p in PROBES])
def test_probe(who: str, sender: str, body: str, keep: list[str], gone: list[str]) -> None:
    text, data = _run(who, sender, body)
    for words in keep:
        assert words in text, f"{words!r} lost"
    assert_absent(data, gone)
