"""A fourteenth adversary of content loss and leaks against the relay rules added in the last two
sessions (71b97c3..HEAD): places on a pasted card with the writer's name (scrub/places_pasted,
P2), a class code beside the signed name (names.without_class_beside_name, P4), a volunteer's
relatives in more shapes (names_more.learn_partner_names: _PARTNER, _OF_OURS, _OWN_PARENT_OF,
_GREETS_ALONG, P3), the young person written for in more shapes (names_introduced: _OWN_CHILD
"kind", "dit is de mama van", _WORKS_WITH_NAMED's players and members, _CARER_ROLE with
_YOUNG_ONE_THEN_CALLED, a relative with an age whom the writer asks how to help), a closing and
a first name on one line over a P.S. (names.learn_names), a name field on a pasted form
(names_labelled), a card's organisation notes and a name signed alone over a card
(undelimited), a survey footer and a club's office line (signature_lines), a lived-in street
without an article (contacts) and a work mailbox's Subject tags (scrub/subject_tags).

Hand-written mails as a young person, a parent, a volunteer and an attacker would write them
(nl and Flemish tussentaal, fr, en; no punctuation, one phrase a line), run through the relay's
public entry points as tests/test_relay_text.py does. Each probe names the words that must stay
(`keep`: the writer's own) and the strings that must not cross (`gone`: identity). A strict
xfail is a harm found now, its reason naming the rule that causes it; a plain probe passes and
guards. Names, words and mails are invented; .example/.test domains only."""

from __future__ import annotations

import pytest

from tests.conftest import assert_absent
from tests.test_relay_text import PSEUDONYM

# The adversaries' shared means: the quoted forwards, the mail as written, the relay run both
# ways, and the senders both probe sets write as.
from tests.test_relay_text_adversary13_probes import (
    AMY,
    GRIET,
    JULIEN,
    KAAT,
    KRISTEL,
    LINA,
    LOTTE,
    QUOTE,
    QUOTE_EN,
    QUOTE_FR,
    SEEK,
    TYLER,
    VOL,
    _run,
)

BERT = "Bert Jans <bert.jans@post.example>"
PS = PSEUDONYM
# A volunteer's answer whose words are not what is probed (the Subject is).
ANSWER = f"Dag {PS}\n\nje bent niet alleen\n\nGroetjes,\nKaat\n\n" + QUOTE

# (id, who, sender, body, keep: the writer's words that must stay, gone: identity)
PROBES: list[tuple[str, str, str, str, list[str], list[str]]] = [
    # ---- places_pasted: a line with "family"/"gezin"/"famille" and no pronoun taken for a card
    ("pp_foster_fr_nee_a", SEEK, LINA,
     "salut\nfamille d'accueil depuis 3 ans\nnée à Charleroi\nj'ai 15 ans et je me sens seule\n",
     ["née à Charleroi"], ["Dubois"]),
    ("pp_pleeggezin_geboren_in", SEEK, LOTTE,
     "hoi\npleeggezin sinds 2022\ngeboren in Antwerpen\nik ben 14 en ik mis mijn mama\n",
     ["geboren in Antwerpen"], ["Claes"]),
    ("pp_family_court_year_dad", SEEK, TYLER,
     "hi\nmum took dad to family court\nin 2023 Dad moved out\nnow i only see him on sundays\n",
     ["in 2023 Dad moved out"], ["Brooks"]),
    ("pp_familie_train_route", SEEK, LOTTE,
     "weekend bij de familie van papa\nelke vrijdag de trein Gent -> Oostende\nik haat dat\n",
     ["de trein Gent -> Oostende"], ["Claes"]),
    ("pp_family_everyone_in_year", SEEK, TYLER,
     "family comes first says mum\neveryone in Year 9 knows about it\nand i want to disappear\n",
     ["everyone in Year 9 knows about it"], ["Brooks"]),
    ("pp_familie_country_alone_guard", SEEK, LOTTE,
     "zomer bij de familie van papa\nMarokko\n3 weken zonder wifi 😭\n",
     ["Marokko", "3 weken zonder wifi"], ["Claes"]),
    ("pp_gezin_line_with_pronoun_guard", SEEK, LOTTE,
     "het gezin Verbeke is heel lief voor mij\nmama is geboren in Marokko\npapa in Turkije\n",
     ["mama is geboren in Marokko"], ["Claes"]),
    # ---- places_pasted: a card's places in near shapes
    ("pp_report_school_field_leak", SEEK, LOTTE,
     "dit kreeg ik vandaag mee\nLeerling: Lotte Claes\nKlas: 3B\n"
     "School: Sint-Jozefscollege Aalst\nik durf het niet aan mama te tonen\n",
     ["ik durf het niet aan mama te tonen"], ["Claes", "Sint-Jozefscollege", "Aalst"]),
    ("pp_pass_valid_route_field_leak", SEEK, LOTTE,
     "mijn abonnement\nHouder: Lotte Claes\nGeldig: Geel - Herentals\nik wil weglopen\n",
     ["ik wil weglopen"], ["Claes", "Geel", "Herentals"]),
    ("pp_naam_leerling_label_leak", SEEK, LOTTE,
     "mijn rapport\nNaam leerling: Lotte Claes\nSint-Jozefscollege Aalst\nik ben bang voor papa\n",
     ["ik ben bang voor papa"], ["Claes", "Aalst"]),
    ("pp_ticket_name_alone_leak", SEEK, TYLER,
     "this is my ticket\nTyler Brooks\nManchester Piccadilly → Leeds\ni am running away tomorrow\n",
     ["i am running away tomorrow"], ["Brooks", "Piccadilly", "Leeds"]),
    ("pp_invitation_wordt_13_leak", SEEK, "Mila Vervaet <mila.vervaet@thuis.example>",
     "kijk wat ik maakte voor mijn feestje\n\nMILA WORDT 13!\nZaterdag 14 maart\n"
     "Bij mij thuis in Wevelgem\n\nmaar niemand heeft geantwoord\n",
     ["maar niemand heeft geantwoord"], ["Vervaet", "Wevelgem"]),
    ("pp_diploma_award_guard", SEEK, LOTTE,
     "kijk wat ik vond in de kast\nDiploma zwemmen\nuitgereikt aan Lotte Claes\n"
     "Stedelijk Zwembad Lier\nmama heeft het nooit opgehangen\n",
     ["mama heeft het nooit opgehangen"], ["Claes", "Lier"]),
    ("pp_funeral_card_guard", SEEK, LOTTE,
     "mijn opa is dood\nop de kaart staat\nGeboren te Mol op 3 mei 1950\noverleden te Geel\n"
     "De kleinkinderen: Lotte, Jens\nik mis hem\n",
     ["ik mis hem"], ["Claes", "Mol", "Geel"]),
    ("pp_eleve_ecole_guard", SEEK, LINA,
     "voilà ce que j'ai reçu\nÉlève : Lina Dubois\nClasse : 2C\nÉcole communale de Jambes\n"
     "j'ai honte\n",
     ["j'ai honte"], ["Dubois", "Jambes"]),
    # ---- a class beside the signed name: an age and a short word after it
    ("cls_name_age_town", SEEK, LOTTE,
     "hoi\nik word gepest op de bus\n\nLotte 13 Gent\n", ["13 Gent"], ["Claes"]),
    ("cls_name_dash_age_town", SEEK, "Noor Peeters <noor.peeters@thuis.example>",
     "hallo\nmijn papa drinkt\n\nNoor - 12 Mol\n", ["12 Mol"], ["Peeters"]),
    ("cls_name_age_town_en", SEEK, "Amy Hill <amy.hill@home.example>",
     "hi\nmy dad shouts all the time\n\nAmy 11 York\n", ["11 York"], ["Hill"]),
    ("cls_name_age_nb", SEEK, "Sam Reid <sam.reid@home.example>",
     "hi\nmy parents wont use my name\n\nSam 13 NB\n", ["13 NB"], ["Reid"]),
    ("cls_name_age_ftm", SEEK, "Kai Reid <kai.reid@home.example>",
     "hi\nmy mum keeps saying its a phase\n\nKai 12 FtM\n", ["12 FtM"], ["Reid"]),
    ("cls_name_age_14_guard", SEEK, TYLER,
     "hi\nsomeone at school is sending my pics around\n\nTyler 14 M\n", ["14 M"], ["Brooks"]),
    ("cls_klas_after_comma_leak", SEEK, LOTTE,
     "hoi\nik word gepest\n\nLotte, klas 4B\n", ["ik word gepest"], ["Claes", "4B"]),
    ("cls_lower_case_leak", SEEK, LOTTE,
     "hoi\nik word gepest\n\nlotte 4b\n", ["ik word gepest"], ["Claes", "4b"]),
    ("cls_uit_class_leak", SEEK, LOTTE,
     "hoi\nik word gepest\n\nLotte uit 4B\n", ["ik word gepest"], ["Claes", "4B"]),
    ("cls_year_then_form_leak", SEEK, TYLER,
     "hi\nim being bullied\n\nTyler Y10 10RB\n", ["im being bullied"], ["Brooks", "10RB"]),
    # ---- a relative with an age, and a question about them: the writer's own story
    ("rel_brother_hits_what_to_say", SEEK, LOTTE,
     "mijn broer Jens is 17 en hij slaat mij\nwat moet ik tegen hem zeggen\nik ben 13\n",
     ["mijn broer Jens is 17"], ["Claes"]),
    ("rel_friend_laughs_what_to_say", SEEK, LOTTE,
     "mijn vriendin Lisa is 15 en ze lacht me uit voor iedereen\nwat moet ik tegen haar zeggen\n",
     ["mijn vriendin Lisa is 15"], ["Claes"]),
    ("rel_boyfriend_wants_pics", SEEK, LOTTE,
     "mijn vriend Noah is 17 en hij wil foto's van mij\nwat moet ik tegen hem zeggen\nik ben 14\n",
     ["mijn vriend Noah is 17"], ["Claes"]),
    ("rel_brother_hits_what_to_tell_en", SEEK, TYLER,
     "my brother Jay is 19 and he hits me when mum is out\nwhat do i tell him\n",
     ["my brother Jay is 19"], ["Brooks"]),
    ("rel_sister_other_friend_guard", SEEK, LOTTE,
     "mijn zus Britt is 16 en mag alles\nmijn vriendin snijdt zichzelf, hoe help ik haar\n",
     ["mijn zus Britt is 16"], ["Claes"]),
    ("rel_cousin_how_to_stop_guard", SEEK, LOTTE,
     "mijn neef Arne is 19 en hij komt altijd in mijn kamer\nik weet niet hoe ik hem moet stoppen\n"
     "hoe zeg ik het tegen hem\n",
     ["mijn neef Arne is 19"], ["Claes"]),
    ("rel_sister_ask_two_lines_down_leak", SEEK, LOTTE,
     "mijn zus Britt is 16\nze eet bijna niks meer\nhoe help ik haar\n",
     ["ze eet bijna niks meer"], ["Britt"]),
    # ---- a young leader's or mentor's story: the one who harms them is no one written for
    ("wk_leader_16j_member", SEEK, LOTTE,
     "ik ben 16j en leiding bij de chiro\neen van onze leden, Bram, stuurt me rare berichten\n",
     ["een van onze leden, Bram, stuurt me"], ["Claes"]),
    ("wk_leader_19_member", SEEK, LOTTE,
     "ik ben 19 en leiding bij de scouts\neen van onze leden, Bram, stuurt me de hele tijd "
     "berichten\nik durf het niet te zeggen\n",
     ["een van onze leden, Bram, stuurt me"], ["Claes"]),
    ("wk_captain_member_en", SEEK, TYLER,
     "im team captain this year\none of our members, Connor, keeps sending me stuff\n",
     ["one of our members, Connor, keeps"], ["Brooks"]),
    ("wk_mentor_age_in_words", SEEK, TYLER,
     "i'm a mentor for year 7s and i'm fifteen\na boy of 16, he is called Connor, keeps "
     "following me home\n",
     ["he is called Connor, keeps following me"], ["Brooks"]),
    ("wk_animatrice_age_in_words", SEEK, LINA,
     "je suis animatrice au patro, j'ai seize ans\nun garçon de 17 ans, il s'appelle Théo, "
     "me touche\n",
     ["il s'appelle Théo, me touche"], ["Dubois"]),
    ("wk_monitor_18_guard", SEEK, LOTTE,
     "ik ben 18 en monitor op de speelpleinwerking\neen jongen van 17, hij heet Dries, zit de "
     "hele tijd aan mij\n",
     ["hij heet Dries, zit de hele tijd aan mij"], ["Claes"]),
    # ---- "dit is de mama van …" opening a line that describes a screenshot
    ("intro_screenshot_mama_van", SEEK, LOTTE,
     "hoi\nik stuur een screenshot\ndit is de mama van Jens, ze stuurt mij berichten\n"
     "ze zegt dat ik slecht ben voor hem\nik ben 15\n",
     ["dit is de mama van Jens"], ["Claes"]),
    # ---- the young person a parent writes for, in near shapes
    ("wf_mijn_meisje_leak", SEEK, KRISTEL,
     "Goeiedag\n\nMijn meisje Yara is 12 en wil niet meer naar school.\nWat kunnen we doen?\n",
     ["wil niet meer naar school"], ["Yara"]),
    ("wf_onze_jongste_leak", SEEK, KRISTEL,
     "Goeiedag\n\nOnze jongste, Tuur, is 11 en eet niet meer.\nWaar kunnen we terecht?\n",
     ["eet niet meer"], ["Tuur"]),
    ("wf_my_lad_leak", SEEK, "Karen Hill <karen.hill@home.example>",
     "Hi\n\nMy lad Kieran is 14 and hasn't left his room in weeks.\nWho can help?\n",
     ["hasn't left his room"], ["Kieran"]),
    ("wf_mon_garcon_leak", SEEK, "Nadia Amrani <nadia.amrani@maison.example>",
     "Bonjour\n\nMon garçon Ilyes a 13 ans et il se fait frapper à l'école.\nQue faire ?\n",
     ["il se fait frapper"], ["Ilyes"]),
    ("wf_mijn_kind_guard", SEEK, KRISTEL,
     "Goeiedag\n\nMijn kind Robin is 14 en zegt dat hij een jongen is.\nWaar kunnen we terecht?\n",
     ["zegt dat hij een jongen is"], ["Robin"]),
    # ---- who writes, and how their name is said
    ("me_ik_ben_het_age_guard", SEEK, LOTTE,
     "hoi\nik ben het, Roos, 14 jaar\nik heb geen zin meer\n",
     ["ik heb geen zin meer"], ["Claes", "Roos"]),
    ("me_qui_ecris_guard", SEEK, "Famille Renard <famille.renard@maison.example>",
     "bonsoir\nc'est moi qui écris, Chloé 13 ans\nj'ai peur de rentrer\n",
     ["j'ai peur de rentrer"], ["Chloé"]),
    ("me_pronounced_guard", SEEK, "Niamh Byrne <niamh.byrne@home.example>",
     "hi\nim Niamh (its pronounced Neeve) and im 15\nmy dad drinks\n",
     ["my dad drinks"], ["Byrne", "Neeve"]),
    ("me_son_fils_other_guard", SEEK, LINA,
     "au parc il y avait un homme avec son fils, Enzo, qui me suivait\nj'ai 12 ans\n",
     ["son fils, Enzo, qui me suivait"], ["Dubois"]),
    # ---- a closing and a first name on one line
    ("sign_pasted_message_blank_under", SEEK, LOTTE,
     "ze stuurde dit in de groep\njij hoort er niet bij\ngroetjes Sofie\n\n"
     "en iedereen heeft het geliket\n",
     ["groetjes Sofie", "en iedereen heeft het geliket"], ["Claes"]),
    ("sign_card_blank_under_guard", SEEK, LOTTE,
     "op mijn verjaardagskaart stond\nveel liefs Merel\n\n"
     "en dat was alles terwijl ze mijn beste vriendin is\n",
     ["veel liefs Merel"], ["Claes"]),
    # ---- a pasted form's name field
    ("field_scammer_profile", SEEK, LOTTE,
     "ik heb iets gekocht op het internet en nooit gekregen\ndit stond op zijn profiel:\n"
     "Naam: Kevin Maes\nLid sinds 2021\nmijn mama weet het niet\n",
     ["Kevin Maes"], ["Claes"]),
    ("field_teacher_note_en", SEEK, TYLER,
     "got this from my teacher today\nName: Daniel Hale\nRoom 14\ncome see me after school\n"
     "im scared\n",
     ["Daniel Hale"], ["Brooks"]),
    # ---- a survey, an office line: the writer's own questions
    ("survey_question_nl_guard", SEEK, LOTTE,
     "hoi\nmoet ik onze enquête over hoe tevreden we zijn over de leerkrachten eerlijk invullen?\n"
     "ik ben bang dat ze weten dat ik het ben\n",
     ["moet ik onze enquête over hoe tevreden we zijn over de leerkrachten eerlijk invullen?"],
     ["Claes"]),
    ("survey_question_volunteer_guard", VOL, KAAT,
     f"Dag {PS}\n\nwat vond je van onze vragenlijst, was je tevreden met het gesprek?\n"
     "laat het gerust weten\n\nGroetjes,\nKaat\n\n" + QUOTE,
     ["wat vond je van onze vragenlijst, was je tevreden met het gesprek?"], ["Stevens"]),
    ("office_seeker_last_line_guard", SEEK, TYLER,
     "hi\nim 16 and i cant sleep\ncaptain of the football team - Everyone expects me to be fine\n",
     ["captain of the football team - Everyone expects me to be fine"], ["Brooks"]),
    # ---- a lived-in street
    ("street_bury_st_edmunds", SEEK, TYLER,
     "hi\ni live in Bury St Edmunds with my nan\nim 13\n", ["Bury St Edmunds"], ["Brooks"]),
    ("street_woon_town_no_article_guard", SEEK, LOTTE,
     "hoi\nik woon al een paar jaar in Heist-op-den-Berg\nik ben 14\n",
     ["Heist-op-den-Berg"], ["Claes"]),
    # ---- a volunteer's household: words that are not theirs, and shapes missed
    ("vol_mama_van_friend_line", VOL, KAAT,
     f"Dag {PS}\n\nmisschien kan je bij iemand terecht\nje juf\nde CLB\nMama van Lien misschien?\n"
     "zij kent je al lang\n\nGroetjes,\nKaat\n\n" + QUOTE,
     ["Mama van Lien misschien?"], ["Stevens"]),
    ("vol_ook_van_other_sender", VOL, KAAT,
     f"Dag {PS}\n\nkrijg je die berichten alleen van Jana\nook van Kobe?\nschrijf het eens op\n\n"
     "Groetjes,\nKaat\n\n" + QUOTE,
     ["ook van Kobe?"], ["Stevens"]),
    ("vol_de_name_van_ons_gesprek", VOL, KAAT,
     f"Dag {PS}\n\nbedoel je de Kobe van ons vorige gesprek?\ndie van de bus?\n\n"
     "Groetjes,\nKaat\n\n" + QUOTE,
     ["bedoel je de Kobe van ons vorige gesprek?"], ["Stevens"]),
    ("vol_our_son_same_name_as_bully", VOL, AMY,
     f"Hi {PS}\n\nwhat Ruben did is not ok\nour son Ruben is the same age and i would be "
     "furious\n\nTake care,\nAmy\n\n" + QUOTE_EN,
     ["what Ruben did is not ok"], ["Carter"]),
    ("vol_als_oma_van_guard", VOL, KAAT,
     f"Dag {PS}\n\nik weet hoe dat voelt\nals oma van Lina en Vic zie ik dat ook\n\n"
     "Groetjes,\nKaat\n\n" + QUOTE,
     ["ik weet hoe dat voelt"], ["Stevens", "Lina", "Vic"]),
    ("vol_mijn_jongste_comma_leak", VOL, KAAT,
     f"Dag {PS}\n\nmijn jongste, Lore, had dat ook in het middelbaar\nhet ging over\n\n"
     "Groetjes,\nKaat\n\n" + QUOTE,
     ["het ging over"], ["Stevens", "Lore"]),
    ("vol_ons_name_flemish_leak", VOL, KAAT,
     f"Dag {PS}\n\nons Lore had dat ook in het middelbaar\nhet ging over\n\n"
     "Groetjes,\nKaat\n\n" + QUOTE,
     ["het ging over"], ["Stevens", "Lore"]),
    ("vol_my_eldest_comma_leak", VOL, AMY,
     f"Hi {PS}\n\nmy eldest, Grace, went through the same at 14\nit got better\n\n"
     "Take care,\nAmy\n\n" + QUOTE_EN,
     ["it got better"], ["Carter", "Grace"]),
    ("vol_mn_vent_leak", VOL, KAAT,
     f"Dag {PS}\n\nm'n vent Wim zegt altijd: praat erover\nhij heeft gelijk\n\n"
     "Groetjes,\nKaat\n\n" + QUOTE,
     ["hij heeft gelijk"], ["Stevens", "Wim"]),
    ("vol_kleinzoon_heet_ook_leak", VOL, KAAT,
     f"Dag {PS}\n\nmijn kleinzoon heet ook Mathis en die had dat ook\nhet gaat over\n\n"
     "Groetjes,\nKaat\n\n" + QUOTE,
     ["het gaat over"], ["Stevens", "Mathis"]),
    ("vol_mon_grand_comma_leak", VOL, JULIEN,
     f"Salut {PS},\n\nmon grand, Hugo, a vécu la même chose\nça passe\n\n"
     "Amicalement,\nJulien\n\n" + QUOTE_FR,
     ["ça passe"], ["Masson", "Hugo"]),
    ("vol_household_envoie_courage_leak", VOL, JULIEN,
     f"Salut {PS},\n\ntu n'es pas seule\n\nAmicalement,\nJulien\n"
     "Camille t'envoie plein de courage\n\n" + QUOTE_FR,
     ["tu n'es pas seule"], ["Masson", "Camille"]),
    # ---- a card under the signed name
    ("vol_card_then_chat_hours", VOL, KAAT,
     f"Dag {PS}\n\nje bent niet alleen\n\nGroetjes,\nKaat\n\nKaat Stevens\nVrijwilliger\n\n"
     "Onze chat is elke avond open van 19 tot 22 uur.\n\n" + QUOTE,
     ["Onze chat is elke avond open van 19 tot 22 uur."], ["Stevens"]),
    ("vol_card_part_time_line_leak", VOL, KAAT,
     f"Dag {PS}\n\nje bent niet alleen\n\nGroetjes,\nKaat\n\nKaat Stevens\n"
     "Maatschappelijk werker OCMW Lebbeke\n"
     "Ik werk niet op woensdag. Je mail wordt dan donderdag beantwoord.\n\n" + QUOTE,
     ["je bent niet alleen"], ["Stevens", "OCMW Lebbeke"]),
    ("vol_card_sent_from_two_sentences_guard", VOL, AMY,
     f"Hi {PS}\n\nyou did nothing wrong\n\nTake care,\nAmy\n\nAmy Carter\n"
     "Family Support Worker, Northwind Council\nSent from my phone. Please excuse my typos.\n\n"
     + QUOTE_EN,
     ["you did nothing wrong"], ["Carter", "Northwind Council"]),
    ("vol_signed_alone_name_opens_paragraph_guard", VOL, GRIET,
     f"Dag {PS}\n\nje mag dat voelen\n\nGriet\n\nGriet is trouwens ook de naam van mijn oma\n"
     "Hulp vragen is moedig\n\n" + QUOTE,
     ["Hulp vragen is moedig"], ["Van Acker"]),
    # ---- a work mailbox's Subject tags (the body is ANSWER; the Subject is in SUBJECTS)
    ("subj_org_before_ticket_leak", VOL, KAAT, ANSWER, ["je bent niet alleen"], ["OCMW Lebbeke"]),
    ("subj_confidentiel_leak", VOL, KAAT, ANSWER, ["je bent niet alleen"], ["CSH Ciney"]),
    ("subj_gateway_product_leak", VOL, KAAT, ANSWER, ["je bent niet alleen"], ["OCMW Lebbeke"]),
    ("subj_own_secure_mail_tip", VOL, KAAT, ANSWER, ["beveiligde mail"], ["Stevens"]),
    ("subj_own_melding_1712", VOL, KAAT, ANSWER, ["melding 1712"], ["Stevens"]),
    ("subj_own_dossier_year_guard", VOL, KAAT, ANSWER, ["dossier 2026"], ["Stevens"]),
    ("subj_own_secure_apps_guard", VOL, KAAT, ANSWER, ["secure messaging apps"], ["Stevens"]),
]

SUBJECTS: dict[str, str] = {
    "subj_org_before_ticket_leak": f"RE: [{PS}] [OCMW Lebbeke #40712]",
    "subj_confidentiel_leak": f"RE: [{PS}] [Confidentiel – CSH Ciney]",
    "subj_gateway_product_leak": f"RE: [{PS}] [Zivver – OCMW Lebbeke]",
    "subj_own_secure_mail_tip": f"Re: [{PS}] [beveiligde mail: zo stel je het in]",
    "subj_own_melding_1712": f"Re: [{PS}] [melding 1712]",
    "subj_own_dossier_year_guard": f"Re: [{PS}] (jouw dossier 2026 bij de jeugdrechter)",
    "subj_own_secure_apps_guard": f"Re: [{PS}] (sent you a list of secure messaging apps)",
}

_FAMILY_CARD = ("places_pasted._card_name_line: the (?i) of its family check lets _CAP match any "
                "word, so a line with 'family'/'gezin'/'famille' and no pronoun is a card")

# id -> "<rule>: <the harm in one line>" for the probes that show a harm now.
HARMS: dict[str, str] = {
    # ---- content lost: new with the last two sessions' rules (all pass at 71b97c3)
    "vol_our_son_same_name_as_bully": (
        "names_more._PARTNER ('our son Ruben', P3): the son's name is replaced everywhere, also "
        "where the volunteer speaks of the bully 'Ruben'. Left: a learned name is replaced "
        "wherever it stands, and which 'Ruben' is the son and which the bully is a reading of "
        "reference, not of shape; keeping the word elsewhere would let the son's name cross "
        "wherever the volunteer speaks of him again"),
    # ---- content lost: older than 71b97c3, still there
    "field_teacher_note_en": (
        "names.learn_names (older than 71b97c3): a teacher's note's 'Name: Daniel Hale' taken "
        "for the writer's name; names_labelled._FIELD_NAME_LINE learns it too. Left: a "
        "teacher's note's name field names the pupil (the writer) as often as the teacher, and "
        "nothing in the shape tells which; only 'his/her profile' above it is mended"),
}
assert set(HARMS) <= {p[0] for p in PROBES}, set(HARMS) - {p[0] for p in PROBES}
assert set(SUBJECTS) <= {p[0] for p in PROBES}


@pytest.mark.parametrize(
    ("probe", "who", "sender", "body", "keep", "gone"),
    [pytest.param(*p, id=p[0], marks=[pytest.mark.xfail(strict=True, reason=HARMS[p[0]])]
                  if p[0] in HARMS else []) for p in PROBES])
def test_probe(probe: str, who: str, sender: str, body: str, keep: list[str],
               gone: list[str]) -> None:
    text, data = _run(who, sender, body, SUBJECTS.get(probe))
    for words in keep:
        assert words in text, f"{words!r} lost"
    assert_absent(data, gone)
