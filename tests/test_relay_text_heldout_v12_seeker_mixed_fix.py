"""Behaviour tests for the rules that closed dev/heldout-v12/seeker-mixed's misses (help-seekers
in French, English and Dutch mixing in a family language): a youth team's carpool schedule whose
passengers are teammates, a phone bill's line number above its call list, a postcard dressed as
a header block, the name on one's papers in brackets beside the one used. Names, words and
mails are invented, not the corpus's."""

from __future__ import annotations

from tests.test_relay_text import _forward, _mail

# --------------------------------------------------------------------------- a team's carpool


def test_the_teammates_in_a_youth_teams_carpool_schedule_stay() -> None:
    body = ("Dag,\nIk ben de mama van Noor, 11 jaar. Dit is het schema van de ouders:\n\n"
            "VERVOER U11 JONGENS – APRIL\n"
            "zo 6/4 uit: fam. Peeters (3 pl.) – fam. Aydin (4 pl.: Noor, Lars, Mats, Wout)\n"
            "zo 13/4 thuis: geen vervoer\n\n"
            "In de auto lachen ze Noor uit.\nGroeten,\nSevgi\n")
    relayed, _ = _forward(_mail("Sevgi Aydin <sevgi.aydin@mail.example>", body))
    assert "Noor" not in relayed.text
    assert ", Lars, Mats, Wout)" in relayed.text


def test_a_familys_card_listing_the_children_still_loses_them() -> None:
    body = ("Hallo,\nDit stond op de kaart van mijn oma:\n\n"
            "Met liefde, de kleinkinderen Noor, Lars, Mats\n\n"
            "Ik mis haar.\nNoor\n")
    relayed, _ = _forward(_mail("Noor Aydin <noor.aydin@mail.example>", body))
    assert "Lars" not in relayed.text
    assert "Ik mis haar." in relayed.text


# --------------------------------------------------------------------------- a phone bill


def test_a_bills_own_line_number_goes_and_its_call_list_stays() -> None:
    body = ("Hoi,\nIk kopieer mijn factuur:\n"
            "Lijn: 0472 18 44 90\n"
            "12/04 21:05 – 0499 xx xx 17 – 0u 48min\n"
            "14/04 23:40 – 0499 xx xx 17 – 1u 12min\n"
            "Dat is mijn lief.\nDries\n")
    relayed, _ = _forward(_mail("Dries Maes <dries.maes@mail.example>", body))
    assert "0472 18 44 90" not in relayed.text
    assert "12/04 21:05 – 0499 xx xx 17 – 0u 48min" in relayed.text
    assert "14/04 23:40 – 0499 xx xx 17 – 1u 12min" in relayed.text


def test_a_masked_number_on_file_outside_a_call_list_is_still_replaced() -> None:
    body = ("Hoi,\nDe bevestiging zegt: we sturen een sms naar 0472 XX XX 90.\n"
            "Maar dat is mijn gsm niet meer.\nDries\n")
    relayed, _ = _forward(_mail("Dries Maes <dries.maes@mail.example>", body))
    assert "0472 XX XX 90" not in relayed.text
    assert "Maar dat is mijn gsm niet meer." in relayed.text


# --------------------------------------------------------------------------- a postcard


def test_a_postcards_from_line_keeps_the_writers_description() -> None:
    body = ("📮 POSTCARD 📮\nTO: Lumi, far away\n"
            "FROM: Bo, 13, a room with a blue door in Etterbeek\n\n"
            "Dear Lumi,\nI think I like boys and girls.\nbye, Bo\n")
    relayed, _ = _forward(_mail("Bo Lindqvist <bo.lindqvist@mail.example>", body))
    assert ", 13, a room with a blue door in Etterbeek" in relayed.text
    assert "TO: Lumi, far away" in relayed.text
    assert "Lindqvist" not in relayed.text


def test_a_forwarded_block_with_a_plain_name_is_still_rewritten() -> None:
    body = ("Hoi,\nDit kreeg ik:\n\nFrom: Gert Claessens\nSent: Monday 3 March 2025 10:02\n"
            "To: Bo\nSubject: training\n\nJe bent niet welkom.\n")
    relayed, _ = _forward(_mail("Bo Lindqvist <bo.lindqvist@mail.example>", body))
    assert "Claessens" not in relayed.text


# --------------------------------------------------------------------------- the real name


def test_the_name_on_ones_papers_beside_the_one_used_is_replaced() -> None:
    body = ("salut\nmoi c'est Gosia (en vrai Małgorzata mais personne m'appelle comme ça).\n"
            "j'ai 14 ans et j'ai peur de rentrer.\n")
    relayed, _ = _forward(_mail("Gosia Wójcik <gosia.wojcik@mail.example>", body))
    assert "Małgorzata" not in relayed.text
    assert "j'ai 14 ans et j'ai peur de rentrer." in relayed.text


def test_a_friend_in_brackets_beside_the_writers_name_stays() -> None:
    body = ("salut\nmoi c'est Gosia (Lucie et moi on est en 3e).\nLucie me protège.\n")
    relayed, _ = _forward(_mail("Gosia Wójcik <gosia.wojcik@mail.example>", body))
    assert "Lucie me protège." in relayed.text


# --------------------------------------------------------------------------- written for


def test_a_pupil_a_guidance_centre_worker_writes_for_is_replaced() -> None:
    body = ("Goedemiddag,\nIk ben CLB-medewerker en ik begeleid een leerling van 16 jaar, Idris, "
            "die niet meer naar huis durft.\nIdris heeft het nagelezen.\n"
            "Met vriendelijke groeten,\nSofie Claes\n")
    relayed, _ = _forward(_mail("Sofie Claes <sofie.claes@clb.example>", body))
    assert "Idris" not in relayed.text
    assert "die niet meer naar huis durft." in relayed.text


def test_the_girl_an_interpreter_translates_for_is_replaced_though_she_tells_her_age() -> None:
    body = ("Dear Sir or Madam,\nI am an interpreter and I work in a reception centre. "
            "A 14-year-old girl there, Roya, asked me to write to you.\n"
            "\"I am fourteen. I want to stay in school.\"\nRoya has no phone.\nKind regards,\n"
            "Omid Karimi\n")
    relayed, _ = _forward(_mail("Omid Karimi <omid.karimi@tolk.example>", body))
    assert "Roya" not in relayed.text
    assert "I want to stay in school." in relayed.text


def test_a_young_writer_quoting_a_girl_of_their_age_keeps_her() -> None:
    body = ("hoi\nik ben 14 en een meisje van 14, Roya, zegt dat ik lelijk ben.\n"
            "Roya lacht altijd.\n")
    relayed, _ = _forward(_mail("sam2011@mail.example", body))
    assert "Roya lacht altijd." in relayed.text


def test_the_brother_a_big_sister_with_her_age_writes_for_is_replaced() -> None:
    body = ("Hallo,\nIk ben de grote zus (20) van Anouar, hij is 14. Ik schrijf voor hem.\n"
            "Anouar komt zijn kamer niet meer uit.\nSalma\n")
    relayed, _ = _forward(_mail("Salma Bakkali <salma.bakkali@mail.example>", body))
    assert "Anouar" not in relayed.text
    assert "komt zijn kamer niet meer uit." in relayed.text


def test_a_brother_in_a_young_writers_story_stays() -> None:
    body = ("hoi\nmijn grote broer (17) pest mij elke dag.\nik ben 12\n")
    relayed, _ = _forward(_mail("salma2014@mail.example", body))
    assert "mijn grote broer (17) pest mij elke dag." in relayed.text


# --------------------------------------------------------------------------- the subject


def test_the_writers_name_in_a_bracketed_subject_is_replaced() -> None:
    message = _mail("Dimitri Ivanov <d.ivanov@mail.example>", "Hallo,\nnog een vraag.\n",
                    Subject="Re: vraag (van Andrei)")
    _, data = _forward(message)
    assert b"Andrei" not in data


# --------------------------------------------------------------------------- pasted forms


def test_a_forms_class_under_the_name_and_another_field_is_replaced() -> None:
    body = ("hoi\nik plak mijn blad:\n\nVRIENDENBOEK\nNaam: Wout\nLeeftijd: 13\nKlas: 1C\n"
            "Hobby: tekenen\n\nik durf niks te zeggen.\nWout\n")
    relayed, _ = _forward(_mail("Wout Peeters <wout.peeters@mail.example>", body))
    assert "1C" not in relayed.text
    assert "Leeftijd: 13" in relayed.text
    assert "Hobby: tekenen" in relayed.text


def test_a_class_named_in_the_story_stays() -> None:
    body = ("hoi\nLeeftijd: 13\nKlas: 1C is de ergste klas van de school.\nWout\n")
    relayed, _ = _forward(_mail("Wout Peeters <wout.peeters@mail.example>", body))
    assert "Klas: 1C is de ergste klas van de school." in relayed.text


def test_a_member_cards_number_is_replaced_and_the_club_kept() -> None:
    body = ("Bonjour,\nJe recopie ma carte :\nMaison de jeunes Le Phare\nCarte membre : LP-2291\n"
            "Ils savent tout de moi là-bas.\nYanis\n")
    relayed, _ = _forward(_mail("Yanis Belkadi <yanis.belkadi@mail.example>", body))
    assert "2291" not in relayed.text
    assert "Maison de jeunes Le Phare" in relayed.text


def test_a_member_card_talked_about_stays() -> None:
    body = ("Bonjour,\nma carte membre est perdue et j'ai peur de le dire.\nYanis\n")
    relayed, _ = _forward(_mail("Yanis Belkadi <yanis.belkadi@mail.example>", body))
    assert "ma carte membre est perdue et j'ai peur de le dire." in relayed.text


# --------------------------------------------------------------------------- a pasted receipt


def test_a_receipts_french_postcode_and_tracking_number_are_replaced() -> None:
    body = ("Bonsoir,\nle reçu :\n---\nExpéditeur : Karim Benali\n"
            "Adresse : 8 rue des Lilas, 69007 LYON\nMontant : 120,00 EUR\n"
            "Numéro de suivi (MTCN) : 731 204 5586\n---\nJe paie tout pour ma famille.\nKarim\n")
    relayed, _ = _forward(_mail("Karim Benali <karim.benali@mail.example>", body))
    assert "69007" not in relayed.text
    assert "731 204 5586" not in relayed.text
    assert "Montant : 120,00 EUR" in relayed.text


def test_a_town_with_its_postcode_in_the_writers_sentence_stays() -> None:
    body = ("Bonsoir,\nj'habite à Lyon, le 69007, et personne ne sait.\nKarim\n")
    relayed, _ = _forward(_mail("Karim Benali <karim.benali@mail.example>", body))
    assert "j'habite à Lyon, le 69007, et personne ne sait." in relayed.text


def test_the_grandchild_a_grandmother_names_after_her_familys_word_is_replaced() -> None:
    body = ("Bonjour,\nJe suis une grand-mère, la nonna comme on dit chez nous, de Mariel, "
            "12 ans.\nMariel pleure. Elle veut qu'on l'appelle Kai. Alors je dis Kai.\n"
            "Je veux bien faire.\n"
            "Rosa\n")
    relayed, _ = _forward(_mail("Rosa Bellini <rosa.bellini@mail.example>", body))
    assert "Mariel" not in relayed.text
    assert "Kai" not in relayed.text
    assert "Je veux bien faire." in relayed.text


def test_a_mother_of_children_without_a_name_keeps_her_words() -> None:
    body = ("Bonjour,\nJe suis une mère, la plus fatiguée du monde, de trois enfants.\n"
            "Mon fils ne parle plus.\nRosa\n")
    relayed, _ = _forward(_mail("Rosa Bellini <rosa.bellini@mail.example>", body))
    assert "Je suis une mère, la plus fatiguée du monde, de trois enfants." in relayed.text


# --------------------------------------------------------------------------- a family's roster


def test_the_other_members_on_a_familys_chore_chart_are_replaced() -> None:
    body = ("hoi\nik ben Ines en ik ben 12. dit hangt in de keuken:\n\n"
            "TAKEN FAMILIE PEETERS\nInes: strijken + afwas\nThomas: vuilbak\nLucas: -\n"
            "mama: koken\n\nmijn broers doen niks. is dat eerlijk?\n")
    relayed, _ = _forward(_mail("Ines Peeters <ines.peeters@mail.example>", body))
    assert "Thomas" not in relayed.text
    assert "Lucas" not in relayed.text
    assert "mama: koken" in relayed.text
    assert ": vuilbak" in relayed.text


def test_a_teams_duty_list_with_the_writer_keeps_the_teammates() -> None:
    body = ("hoi\nik ben Ines. dit is het schema van de ploeg, familie van mij zit er niet in:\n\n"
            "CORVEE PLOEG U12\nInes: ballen\nThomas: truitjes\n\nThomas pest mij.\n")
    relayed, _ = _forward(_mail("Ines Peeters <ines.peeters@mail.example>", body))
    assert "Thomas: truitjes" in relayed.text
