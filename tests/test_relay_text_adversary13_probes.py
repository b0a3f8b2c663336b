"""A thirteenth adversary of content loss and leaks against the relay rules added since dab8e76
(the i12-v9-vol-fix and i12-v9-snl-fix merges): a volunteer's card under a name signed alone
or under a closing wish ("Hou vol!"), an organisation's notice under a card, "Amicalement,",
the link to a digital business card, an employer's survey line, the name a signed short name
stands for in brackets, a secure mail gateway's Subject tag; and for help-seekers "groetjes X"
above a P.S., a word beside a phone number, "mijn kind", "(vroeger …)", a coach's player, a
youth worker's young person, a sibling with an age and a worry, an ordinal under the name.
Hand-written mails in nl/fr/en run through the relay's public entry points as
tests/test_relay_text.py does. Each probe names the words that must stay (`keep`: the writer's
own) and the strings that must not cross (`gone`: identity). A strict xfail is a harm found
now; a plain probe passes and guards. Names, words and mails are invented; .example/.test
domains only."""

from __future__ import annotations

import email
import email.policy
from email.message import EmailMessage

import pytest

from tests.conftest import assert_absent
from tests.test_relay_text import PSEUDONYM, _answer, _forward

SEEK, VOL = "seek", "vol"
QUOTE = ("Op ma 2 mrt 2026 om 10:00 schreef Lumi <c.abcdefghij234567abcd@lumi.example>:\n"
         "> ik weet niet hoe ik het aan mijn ouders moet zeggen\n")
QUOTE_FR = ("Le lun. 2 mars 2026 à 10:00, Lumi <c.abcdefghij234567abcd@lumi.example> a écrit :\n"
            "> je sais pas comment le dire à mes parents\n")
QUOTE_EN = ("On Mon, 2 Mar 2026 at 10:00, Lumi <c.abcdefghij234567abcd@lumi.example> wrote:\n"
            "> i dont know how to tell my parents\n")


def _raw(sender: str, body: str, subject: str) -> EmailMessage:
    """A plain mail whose body is sent exactly as written (no re-wrapping)."""
    raw = (f"From: {sender}\nTo: c.abcdefghij234567abcd@lumi.example\nSubject: {subject}\n"
           "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
           f"Content-Transfer-Encoding: 8bit\n\n{body}")
    return email.message_from_bytes(raw.encode("utf-8"), policy=email.policy.default)  # type: ignore[return-value]


def _run(who: str, sender: str, body: str, subject: str | None = None) -> tuple[str, bytes]:
    """The relayed text (with the relayed Subject under it) and the bytes sent, for a
    help-seeker's mail or a volunteer's answer."""
    if who == SEEK:
        relayed, data = _forward(_raw(sender, body, subject or "vraag"))
    else:
        address = sender.split("<")[1].rstrip(">")
        relayed, data = _answer(_raw(sender, body, subject or f"Re: [{PSEUDONYM}]"), address,
                                sender.split()[0])
    sent = email.message_from_bytes(data, policy=email.policy.default)
    return f"{relayed.text}\n{sent['Subject']}", data


KAAT = "Kaat Stevens <kaat.stevens@ocmw-lebbeke.example>"
WARD = "Ward De Clercq <ward.declercq@zwalm.example>"
JULIEN = "Julien Masson <julien.masson@csh-ciney.example>"
JONAS = "Jonas Lemmens <jonas.lemmens@stad-lier.example>"
GRIET = "Griet Van Acker <griet.vanacker@caw-oost.example>"
NELE = "Nele Van Hove <nele.vanhove@zf-waasland.example>"
AMY = "Amy Carter <amy.carter@northwind.example>"
LOTTE = "Lotte Claes <lotte.claes@thuis.example>"
LINA = "Lina Dubois <lina.dubois@maison.example>"
TYLER = "Tyler Brooks <tyler.brooks@home.example>"
KRISTEL = "Kristel Vos <kristel.vos@thuis.example>"
NADIA = "Nadia Amrani <nadia.amrani@maison.example>"
KAREN = "Karen Hill <karen.hill@home.example>"
FAM = "Familie Wouters <fam.wouters@mail.example>"

# (id, who, sender, body, keep: the writer's words that must stay, gone: identity)
PROBES: list[tuple[str, str, str, str, list[str], list[str]]] = [
    # ---- a card under the signed name, notes in the organisation's voice
    ("vol_card_then_onze_advice_with_bang", VOL, KAAT,
     f"Dag {PSEUDONYM}\n\nwat naar dat je vrienden je negeren\n\nGroetjes,\nKaat\n\n"
     "Kaat Stevens\nMaatschappelijk werker\n\n"
     "Onze jongeren in het jeugdhuis zeggen altijd dat praten helpt, probeer het eens!\n\n"
     + QUOTE,
     ["Onze jongeren in het jeugdhuis zeggen altijd dat praten helpt, probeer het eens!"],
     ["Stevens"]),
    ("vol_card_then_ons_kantoor_leak", VOL, KAAT,
     f"Dag {PSEUDONYM}\n\nwat naar dat je vrienden je negeren\n\nGroetjes,\nKaat\n\n"
     "Kaat Stevens\nMaatschappelijk werker\nOCMW Lebbeke\n\n"
     "Ons kantoor is gesloten van 24/12 tot en met 2/1.\n\n" + QUOTE,
     ["wat naar dat je vrienden je negeren"], ["Stevens", "OCMW Lebbeke"]),
    ("vol_card_then_secretariaat_leak", VOL, KAAT,
     f"Dag {PSEUDONYM}\n\nwat naar dat je vrienden je negeren\n\nGroetjes,\nKaat\n\n"
     "Kaat Stevens\nMaatschappelijk werker\nOCMW Lebbeke\n\n"
     "Het secretariaat is gesloten op 11 november.\n\n" + QUOTE,
     ["wat naar dat je vrienden je negeren"], ["Stevens", "OCMW Lebbeke"]),
    ("vol_card_then_we_are_closed_en_leak", VOL, AMY,
     f"Hi {PSEUDONYM}\n\nyou did nothing wrong by telling her\n\nTake care,\nAmy\n\n"
     "Amy Carter\nFamily Support Worker\nNorthwind Council\n\n"
     "Please note we are closed on bank holidays.\n\n" + QUOTE_EN,
     ["you did nothing wrong by telling her"], ["Carter", "Northwind Council"]),
    ("vol_card_then_cpas_ferme_fr_leak", VOL, JULIEN,
     f"Salut {PSEUDONYM},\n\nce que tu ressens n'a rien de bizarre\n\nBien à toi,\nJulien\n\n"
     "Julien Masson\nÉducateur\nCPAS de Ciney\n\n"
     "Le CPAS sera fermé le 11 novembre.\n\n" + QUOTE_FR,
     ["ce que tu ressens n'a rien de bizarre"], ["Masson", "CPAS de Ciney"]),
    ("vol_card_then_own_news_guard", VOL, KAAT,
     f"Dag {PSEUDONYM}\n\nje bent niet alleen\n\nGroetjes,\nKaat\n\n"
     "Kaat Stevens\nMaatschappelijk werker\n\n"
     "Onze hond heeft puppy's gekregen, daarom ben ik wat laat!\n\n" + QUOTE,
     ["Onze hond heeft puppy's gekregen, daarom ben ik wat laat!"], ["Stevens"]),
    # ---- a closing wish over the signed name
    ("vol_hou_vol_then_ps_guard", VOL, JONAS,
     f"Hey {PSEUDONYM}\n\nje mag boos zijn, echt\n\nHou vol!\nJonas\n\n"
     "ps schrijf het op in een schriftje, dat helpt mij ook\n\n" + QUOTE,
     ["ps schrijf het op in een schriftje, dat helpt mij ook"], ["Lemmens"]),
    ("vol_hou_vol_then_own_lines", VOL, JONAS,
     f"Hey {PSEUDONYM}\n\nje mag boos zijn, echt\n\nHou vol!\nJonas\n\n"
     "Jonas Lemmens\nzo heet ik voluit maar zeg gewoon Jonas hoor\n"
     "ik lees alles wat je stuurt\n\nOnze chat is ook open op zondag!\n\n" + QUOTE,
     ["ik lees alles wat je stuurt", "Onze chat is ook open op zondag!"], ["Lemmens"]),
    ("vol_hou_vol_emoji_card_leak", VOL, JONAS,
     f"Hey {PSEUDONYM}\n\nje mag boos zijn, echt\n\nHou vol 💪\nJonas\n\n"
     "Jonas Lemmens – Jeugddienst\nStad Lier\n\n"
     "Onze diensten zijn gesloten op 11 juli.\n\n" + QUOTE,
     ["je mag boos zijn, echt"], ["Lemmens", "Stad Lier"]),
    ("vol_stay_strong_card_leak", VOL, AMY,
     f"Hi {PSEUDONYM}\n\nyou did nothing wrong\n\nStay strong x\nAmy\n\n"
     "Amy Carter – Family Support Worker\nNorthwind Council\n\n"
     "Our offices are closed on bank holidays.\n\n" + QUOTE_EN,
     ["you did nothing wrong"], ["Carter", "Northwind Council"]),
    ("vol_courage_space_bang_card_guard", VOL, JULIEN,
     f"Salut {PSEUDONYM},\n\nce que tu ressens n'a rien de bizarre\n\nCourage !\nJulien\n\n"
     "Julien Masson – éducateur\nAMO Le Pont\n\n"
     "Nos bureaux seront fermés le 11 novembre.\n\n" + QUOTE_FR,
     ["ce que tu ressens n'a rien de bizarre"], ["Masson", "AMO Le Pont"]),
    # ---- a name signed alone over a card that opens with it
    ("vol_signed_lowercase_over_card_leak", VOL, GRIET,
     f"Dag {PSEUDONYM}\n\nmorgen schrijf ik meer\n\ngriet\n\n"
     "Griet Van Acker\nHulpverlener CAW Oost\n\n"
     "Onze diensten zijn gesloten op 11 november.\n\n" + QUOTE,
     ["morgen schrijf ik meer"], ["Van Acker", "CAW Oost"]),
    ("vol_signed_initial_over_card_leak", VOL, GRIET,
     f"Dag {PSEUDONYM}\n\nmorgen schrijf ik meer\n\nGriet V.\n\n"
     "Griet Van Acker\nHulpverlener CAW Oost\n\n"
     "Onze diensten zijn gesloten op 11 november.\n\n" + QUOTE,
     ["morgen schrijf ik meer"], ["Van Acker", "CAW Oost"]),
    ("vol_signed_alone_own_line_guard", VOL, GRIET,
     f"Dag {PSEUDONYM}\n\nje mag dat voelen\n\nGriet\n\n"
     "Griet zou vroeger ook nooit gedacht hebben dat het beter wordt.\n\n" + QUOTE,
     ["zou vroeger ook nooit gedacht hebben dat het beter wordt"], ["Van Acker"]),
    # ---- "Amicalement,"
    ("vol_amicalement_opens_sentence_line", VOL, JULIEN,
     f"Salut {PSEUDONYM},\n\ntu peux lui dire non\n"
     "Amicalement, c'est ce que je ferais à ta place\n"
     "et si ça ne va pas reviens vers nous\n\nJulien\n\n" + QUOTE_FR,
     ["Amicalement, c'est ce que je ferais à ta place", "et si ça ne va pas reviens vers nous"],
     ["Masson"]),
    ("seek_amicalement_in_story_line", SEEK, LINA,
     "il m'a parlé\namicalement, comme un grand frère\net après il m'a demandé des photos\n"
     "j'ai 13 ans\n",
     ["amicalement, comme un grand frère", "et après il m'a demandé des photos"], ["Dubois"]),
    ("seek_amicalement_bully_message", SEEK, LINA,
     "elle m'a envoyé ça hier soir\ntu es moche et personne t'aime\nAmicalement,\nOcéane\n"
     "et toute la classe a ri\n",
     ["Océane", "et toute la classe a ri"], ["Dubois"]),
    ("vol_amicalement_lowercase_card_leak", VOL, JULIEN,
     f"Salut {PSEUDONYM},\n\nce que tu ressens n'a rien de bizarre\n\namicalement\nJulien\n\n"
     "Julien Masson – professeur de sciences\nCollège Saint-Hubert\n"
     "En raison de la grève du 3 février, le collège sera fermé.\n\n" + QUOTE_FR,
     ["ce que tu ressens n'a rien de bizarre"], ["Masson", "Saint-Hubert"]),
    # ---- card links and surveys
    ("vol_contactkaart_link_advice", VOL, KAAT,
     f"Dag {PSEUDONYM}\n\nbewaar dit goed\nContactkaart: https://www.awel.example/kaart "
     "(print hem uit)\ndaar staan alle nummers op die je gratis kan bellen\n\nGroetjes,\nKaat\n\n"
     + QUOTE,
     ["Contactkaart: https://www.awel.example/kaart", "daar staan alle nummers op"],
     ["Stevens"]),
    ("vol_my_business_card_arrow_leak", VOL, AMY,
     f"Hi {PSEUDONYM}\n\nyou did nothing wrong\n\nAmy\n\nAmy Carter · Family Support\n"
     "My digital business card 👉 https://card.northwind.example/amy.carter\n\n" + QUOTE_EN,
     ["you did nothing wrong"], ["Carter", "card.northwind.example"]),
    ("vol_visitekaartje_no_colon_leak", VOL, GRIET,
     f"Dag {PSEUDONYM}\n\nhet is helemaal niet raar\n\nGriet\n\nGriet Van Acker · hulpverlener\n"
     "Bekijk mijn digitale visitekaartje op https://kaart.caw-oost.example/griet\n\n" + QUOTE,
     ["het is helemaal niet raar"], ["Van Acker", "kaart.caw-oost.example"]),
    ("seek_school_survey_onze_enquete", SEEK, LOTTE,
     "we moeten op school onze enquête invullen over hoe tevreden we zijn over de leerkrachten\n"
     "en ik durf niet eerlijk zijn want dan weten ze dat ik het ben\n",
     ["onze enquête invullen over hoe tevreden we zijn over de leerkrachten",
      "en ik durf niet eerlijk zijn"], ["Claes"]),
    ("seek_our_survey_satisfied_en", SEEK, TYLER,
     "our survey in form time asked how satisfied we are with teachers\n"
     "i wrote the truth about mr hale and now he knows it was me\n",
     ["our survey in form time asked how satisfied we are with teachers",
      "i wrote the truth about mr hale"], ["Brooks"]),
    ("seek_notre_questionnaire_fr", SEEK, LINA,
     "en classe on a rempli notre questionnaire de satisfaction sur les profs\n"
     "j'ai écrit que le prof de gym me touche et maintenant j'ai peur\n",
     ["on a rempli notre questionnaire de satisfaction sur les profs",
      "j'ai écrit que le prof de gym me touche"], ["Dubois"]),
    ("seek_gip_feedback_vragenlijst", SEEK, LOTTE,
     "voor mijn gip moet ik feedback vragen via onze vragenlijst\n"
     "maar niemand vult hem in en ik voel me zo onzichtbaar\n",
     ["feedback vragen via onze vragenlijst", "ik voel me zo onzichtbaar"], ["Claes"]),
    ("vol_lumi_survey_sentence", VOL, NELE,
     f"Dag {PSEUDONYM}\n\nfijn dat je terugschrijft\n"
     "Als je wil mag je onze korte enquête invullen, dan weten we of je tevreden bent over Lumi.\n"
     "\nGroet,\nNele\n\n" + QUOTE,
     ["Als je wil mag je onze korte enquête invullen"], ["Van Hove"]),
    ("vol_bevraging_footer_leak", VOL, NELE,
     f"Dag {PSEUDONYM}\n\nfijn dat je terugschrijft, je stoort echt niet\n\nGroet,\nNele\n\n"
     "Nele Van Hove\nConsulent Sociale Dienst\nZiekenfonds Waasland\n\n"
     "Hoe scoren wij? Laat het ons weten via een korte bevraging (2 minuten).\n\n"
     "Dit bericht is enkel bestemd voor de geadresseerde.\n\n" + QUOTE,
     ["fijn dat je terugschrijft, je stoort echt niet"], ["Van Hove", "Ziekenfonds Waasland"]),
    ("seek_survey_line_under_name", SEEK, LOTTE,
     "hoi\nik ben 15 en ik word gepest door mijn leerkracht\n\nLotte\n"
     "onze enquête op school vroeg hoe tevreden we zijn over de leerkrachten en ik heb gelogen\n",
     ["onze enquête op school vroeg hoe tevreden we zijn over de leerkrachten en ik heb gelogen"],
     ["Claes"]),
    ("vol_survey_line_under_name", VOL, NELE,
     f"Dag {PSEUDONYM}\n\nfijn dat je terugschrijft\n\nGroet,\nNele\n\n"
     "Vul gerust onze korte enquête in, dan weten we of je tevreden bent over Lumi\n\n" + QUOTE,
     ["Vul gerust onze korte enquête in, dan weten we of je tevreden bent over Lumi"],
     ["Van Hove"]),
    ("vol_contactkaart_line_under_name", VOL, KAAT,
     f"Dag {PSEUDONYM}\n\nbewaar dit goed\n\nGroetjes,\nKaat\n\n"
     "Contactkaart: https://www.awel.example/kaart (print hem uit)\n\n" + QUOTE,
     ["Contactkaart: https://www.awel.example/kaart"], ["Stevens"]),
    # ---- the name a short name stands for, in brackets
    ("vol_bracket_eigenlijk_role_leak", VOL, "Bert Jans <bert.jans@post.example>",
     f"Dag {PSEUDONYM},\n\nzoek er samen een volwassene bij\n\nGroetjes,\n\n"
     "Bert Jans (eigenlijk stagiair, team Hasselt)\nStationsplein 3, 3500 Hasselt\n\n"
     + QUOTE,
     ["zoek er samen een volwassene bij"], ["Jans", "team Hasselt"]),
    ("vol_bracket_eig_abbrev_leak", VOL, "KSA Sint-Lutgart <leiding@ksa-hasselt.example>",
     f"Dag {PSEUDONYM},\n\nzoek er samen een volwassene bij\n\nGroetjes,\n"
     "Bert (eig. Albert, maar dat zegt alleen de dokter)\n\n" + QUOTE,
     ["zoek er samen een volwassene bij"], ["Albert"]),
    ("vol_bracket_reversed_leak", VOL, "KSA Sint-Lutgart <leiding@ksa-hasselt.example>",
     f"Dag {PSEUDONYM},\n\nzoek er samen een volwassene bij\n\nGroetjes,\n"
     "Bert (Albert eigenlijk, maar zo noemt niemand me)\n\n" + QUOTE,
     ["zoek er samen een volwassene bij"], ["Albert"]),
    ("vol_bracket_de_son_vrai_nom_leak", VOL, "Équipe AMO <equipe@amo-lepont.example>",
     f"Salut {PSEUDONYM},\n\ntu n'es pas seule\n\nBises,\n"
     "Fred (de son vrai nom Frédéric, mais bon)\n\n" + QUOTE_FR,
     ["tu n'es pas seule"], ["Frédéric"]),
    ("seek_bracket_actually_capital_aside", SEEK, "Sam Reid <sam.reid@home.example>",
     "hi\nim 14 and i hate sundays at my dads\n\nSam (actually Sunday is the worst day "
     "of the week)\n",
     ["i hate sundays at my dads", "Sunday is the worst day"], ["Reid"]),
    # ---- a gateway's Subject tag
    ("vol_subject_own_tag_beveiligd", VOL, KAAT,
     f"Dag {PSEUDONYM}\n\nverander je wachtwoord en zet tweestapsverificatie aan\n\nKaat\n",
     ["[tip: maak je account beveiligd]"], ["Stevens"]),
    ("vol_subject_own_tag_encrypted_en", VOL, AMY,
     f"Hi {PSEUDONYM}\n\nsignal is a good app for that\n\nAmy\n",
     ["[encrypted apps]"], ["Carter"]),
    ("vol_subject_sent_securely_leak", VOL, AMY,
     f"Hi {PSEUDONYM}\n\nyou did nothing wrong\n\nAmy\n",
     ["you did nothing wrong"], ["Northwind Council"]),
    ("vol_subject_encryptie_leak", VOL, KAAT,
     f"Dag {PSEUDONYM}\n\nwat naar dat je vrienden je negeren\n\nKaat\n",
     ["wat naar dat je vrienden je negeren"], ["OCMW Lebbeke"]),
    ("vol_subject_round_brackets_leak", VOL, KAAT,
     f"Dag {PSEUDONYM}\n\nwat naar dat je vrienden je negeren\n\nKaat\n",
     ["wat naar dat je vrienden je negeren"], ["AZ Sint-Remi"]),
    ("vol_subject_vertrouwelijk_leak", VOL, KAAT,
     f"Dag {PSEUDONYM}\n\nwat naar dat je vrienden je negeren\n\nKaat\n",
     ["wat naar dat je vrienden je negeren"], ["AZ Sint-Remi"]),
    ("vol_subject_chiffre_guard", VOL, JULIEN,
     f"Salut {PSEUDONYM},\n\ntu n'es pas seule\n\nJulien\n",
     ["tu n'es pas seule"], ["CHU Sainte-Élise"]),
    # ---- "groetjes X" above more lines
    ("seek_pasted_bully_groetjes", SEEK, LOTTE,
     "ze stuurde dit in de groepschat\njij hoort er niet bij\ngroetjes Sofie\n"
     "en iedereen heeft het geliket\n",
     ["groetjes Sofie", "en iedereen heeft het geliket"], ["Claes"]),
    ("seek_card_from_friend_liefs", SEEK, LOTTE,
     "op mijn verjaardagskaart stond alleen\nveel liefs Merel\n"
     "en verder niks terwijl ze mijn beste vriendin is\n",
     ["veel liefs Merel", "terwijl ze mijn beste vriendin is"], ["Claes"]),
    ("seek_liefs_lowercase_ps_leak", SEEK, FAM,
     "hallo\nik zit in een instelling sinds mei\nik ben 15\nliefs femke\n"
     "ps niemand hier leest dit\n",
     ["ps niemand hier leest dit"], ["femke"]),
    ("seek_bisous_fr_ps_leak", SEEK, "Famille Renard <famille.renard@maison.example>",
     "coucou\nje suis en foyer depuis mai\nj'ai 15 ans\nbisous Chloé\n"
     "ps personne ici lit ça\n",
     ["ps personne ici lit ça"], ["Chloé"]),
    ("seek_love_en_ps_leak", SEEK, "The Hills <the.hills@home.example>",
     "hi\nim in a care home since may\nim 15\nlove Amber xx\nps no one here reads this\n",
     ["ps no one here reads this"], ["Amber"]),
    ("seek_x_name_emoji_ps_leak", SEEK, FAM,
     "hallo\nik zit in een instelling sinds mei\nik ben 15\nx Femke 💜\n"
     "ps niemand hier leest dit\n",
     ["ps niemand hier leest dit"], ["Femke"]),
    # ---- a word beside a phone number
    ("seek_nickname_beside_phone_leak", SEEK, "Gezin Claes <gezin.claes@mail.example>",
     "hoi\n\nik ben 14 en ik wil praten. bel me maar\n\nLolo 0472 11 22 33\n",
     ["ik ben 14 en ik wil praten"], ["Lolo", "0472 11 22 33"]),
    # ---- "mijn kind", the young person written for
    ("seek_teen_mum_kind_other_names_guard", SEEK, "Jana Peeters <jana.peeters@thuis.example>",
     "ik ben 17 en ik heb een kind\nmijn kind Sem is 1\nmijn mama Ria wil niet meer oppassen\n",
     ["mijn mama Ria wil niet meer oppassen"], ["Peeters"]),
    ("seek_mijn_kindje_leak", SEEK, KRISTEL,
     "Goeiemiddag\n\nMijn kindje Robin (vroeger Robine) is 14 en zegt dat hij een jongen is.\n"
     "Waar kunnen we terecht?\n",
     ["is 14 en zegt dat hij een jongen is"], ["Robin", "Robine"]),
    ("seek_mon_ado_leak", SEEK, NADIA,
     "Bonjour\n\nMon ado Lucas ne sort plus de sa chambre depuis la rentrée.\n"
     "Je ne sais plus quoi faire.\n",
     ["ne sort plus de sa chambre depuis la rentrée"], ["Lucas"]),
    ("seek_my_kid_leak", SEEK, KAREN,
     "Hi\n\nMy kid Jayden is 13 and he told me he wants to die.\nWho can we talk to?\n",
     ["he told me he wants to die"], ["Jayden"]),
    ("seek_mijn_puber_leak", SEEK, KRISTEL,
     "Hallo\n\nMijn puber Kobe zit de hele nacht op zijn gsm en eet niet meer.\n"
     "Hoe spreek ik hem aan?\n",
     ["zit de hele nacht op zijn gsm en eet niet meer"], ["Kobe"]),
    # ---- "(vroeger …)"
    ("seek_vroeger_game_character", SEEK, "Robin Maes <robin.maes@thuis.example>",
     "mijn personage in de game heet ook Robin (vroeger Raven)\n"
     "en nu weet de hele klas dat ik dat ben\n",
     ["(vroeger Raven)", "en nu weet de hele klas dat ik dat ben"], ["Maes"]),
    ("seek_eerst_deadname_leak", SEEK, KRISTEL,
     "Goeiemiddag\n\nIk schrijf als mama. Mijn kind Noa (eerst Noor) is 15 en zegt dat hij "
     "een jongen is.\nWaar kunnen we terecht?\n",
     ["is 15 en zegt dat hij een jongen is"], ["Noa", "Noor"]),
    ("seek_avant_deadname_fr_leak", SEEK, NADIA,
     "Bonjour\n\nMon enfant Noa (avant Noémie) a 15 ans et dit être un garçon.\n"
     "Où pouvons-nous aller ?\n",
     ["a 15 ans et dit être un garçon"], ["Noa", "Noémie"]),
    ("seek_born_deadname_en_leak", SEEK, KAREN,
     "Hi\n\nMy child Kai (born Kaia) is 15 and says he is a boy.\nWhere can we go?\n",
     ["is 15 and says he is a boy"], ["Kaia"]),
    # ---- a coach's or leader's group
    ("seek_teen_leader_member_is_perpetrator", SEEK, LOTTE,
     "ik ben 16 en leiding bij de chiro\neen van onze leden, Bram, heeft foto's van mij "
     "doorgestuurd\nik durf niet meer naar de chiro\n",
     ["Bram, heeft foto's van mij doorgestuurd"], ["Claes"]),
    ("seek_coach_een_accent_leak", SEEK, "Dirk Smet <dirk.smet@thuis.example>",
     "Dag\n\nIk ben trainer van de U13. Eén van mijn spelers, Senne, eet bijna niets meer.\n"
     "Ik maak me zorgen.\n",
     ["eet bijna niets meer"], ["Senne"]),
    ("seek_coach_no_comma_leak", SEEK, "Dirk Smet <dirk.smet@thuis.example>",
     "Dag\n\nIk ben trainer van de U13. Een van mijn spelers Senne eet bijna niets meer.\n"
     "Ik maak me zorgen.\n",
     ["eet bijna niets meer"], ["Senne"]),
    # ---- a youth worker's young person
    ("seek_teen_monitor_harasser", SEEK, LOTTE,
     "ik ben monitor op de speelpleinwerking en ik ben 16\n"
     "een jongen van 17, hij heet Dries, stuurt me de hele tijd berichten\n"
     "ik weet niet of ik het moet zeggen\n",
     ["hij heet Dries, stuurt me de hele tijd berichten"], ["Claes"]),
    ("seek_teen_coach_en_harasser", SEEK, TYLER,
     "im 16 and im a coach for the under 8s at my club\n"
     "a boy of 17 from the first team, he is called Connor, keeps touching me in the changing "
     "rooms\n",
     ["he is called Connor, keeps touching me"], ["Brooks"]),
    ("seek_teen_coach_apostrophe_harasser", SEEK, TYLER,
     "i'm a coach for the under 8s at my club and i'm 16\n"
     "a boy of 17 from the first team, he is called Connor, keeps touching me\n",
     ["he is called Connor, keeps touching me"], ["Brooks"]),
    ("seek_teen_animatrice_fr_harasser", SEEK, LINA,
     "je suis animatrice au camp d'été et j'ai 16 ans\n"
     "une fille de 17 ans, elle s'appelle Jade, me harcèle sur snap\n",
     ["elle s'appelle Jade, me harcèle sur snap"], ["Dubois"]),
    ("seek_jeugdwerkster_leak", SEEK, "An Goris <an.goris@jh-genk.example>",
     "Hallo\n\nIk ben jeugdwerkster in Genk. Een meisje van 16 komt hier vaak, ze heet Ilse, "
     "en ze durft niet meer naar huis.\n",
     ["en ze durft niet meer naar huis"], ["Ilse"]),
    ("seek_youth_worker_noemt_leak", SEEK, "Mo Haddou <mo.haddou@jh-genk.example>",
     "Hallo\n\nIk ben jeugdwerker. Een gast van 17 komt hier elke dag, hij noemt Mehdi, en hij "
     "slaapt op straat.\n",
     ["en hij slaapt op straat"], ["Mehdi"]),
    ("seek_educateur_qui_sappelle_leak", SEEK, "Marc Lenoir <marc.lenoir@amo.example>",
     "Bonjour\n\nJe suis éducateur en AMO. Un jeune de 17 ans qui s'appelle Mehdi dort dehors "
     "depuis une semaine.\n",
     ["dort dehors depuis une semaine"], ["Mehdi"]),
    ("seek_youth_worker_his_name_is_leak", SEEK, "Dan Moss <dan.moss@youth.example>",
     "Hi\n\nI'm a youth worker. A lad of 15 comes in every day, his name is Callum, and he "
     "sleeps in a tent.\n",
     ["and he sleeps in a tent"], ["Callum"]),
    # ---- a relative with an age and a worry
    ("seek_brother_hits_worry_about_him", SEEK, LOTTE,
     "mijn broer Jens (17) slaat mij als mama weg is\nik ben 13\n"
     "en toch maak ik me zorgen om hem want hij drinkt\n",
     ["mijn broer Jens (17) slaat mij"], ["Claes"]),
    ("seek_sister_with_age_other_friend_asked", SEEK, LOTTE,
     "mijn zus Britt is 16 en mag alles, ik niks\n"
     "mijn vriendin snijdt zichzelf, hoe help ik haar\n",
     ["mijn zus Britt is 16 en mag alles"], ["Claes"]),
    ("seek_brother_age_friend_asked_en", SEEK, TYLER,
     "my brother Jay is 19 and hes never home\n"
     "my friend told me she wants to die, how do i help her\n",
     ["my brother Jay is 19"], ["Brooks"]),
    ("seek_soeur_age_copain_fr", SEEK, LINA,
     "ma sœur Léa a 17 ans et elle s'en fiche de tout\n"
     "mon copain se scarifie, j'ai peur pour lui\n",
     ["ma sœur Léa a 17 ans"], ["Dubois"]),
    ("seek_other_sister_named", SEEK, LOTTE,
     "Mijn zus Salma is 13 en ze eet niet meer. Hoe help ik haar?\n"
     "Mijn oudste zus Noor weet van niks.\n",
     ["Noor weet van niks"], ["Salma"]),
    ("seek_sister_age_before_name_leak", SEEK, LOTTE,
     "Mijn zusje van 13, Salma, eet niet meer.\nHoe kan ik haar helpen?\n",
     ["eet niet meer"], ["Salma"]),
    ("seek_sister_van_age_leak", SEEK, LOTTE,
     "Mijn zus Salma van 13 eet niet meer.\nHoe kan ik haar helpen?\n",
     ["eet niet meer"], ["Salma"]),
    ("seek_sister_wat_voor_haar_leak", SEEK, LOTTE,
     "Mijn zus Salma is 13 en eet niet meer.\nWat kan ik voor haar doen?\n",
     ["en eet niet meer"], ["Salma"]),
    ("seek_frere_comment_aider_leak", SEEK, LINA,
     "Mon petit frère Timéo a 13 ans et il ne va plus à l'école.\n"
     "Comment je peux aider mon frère ?\n",
     ["et il ne va plus à l'école"], ["Timéo"]),
    ("seek_sister_be_there_en_leak", SEEK, TYLER,
     "My little sister Maisie is 12 and stopped eating.\nHow can I be there for her?\n",
     ["and stopped eating"], ["Maisie"]),
    ("seek_sister_asked_guard", SEEK, LOTTE,
     "Mijn zus Salma is 13 en eet niet meer.\nHoe kan ik haar helpen?\n",
     ["en eet niet meer"], ["Salma"]),
    # ---- an ordinal in a line under the name
    ("seek_ordinal_card_line_bachelor_leak", SEEK, "Saar Peeters <saar.peeters@mail.example>",
     "Hallo,\n\nIk ben 19 en ik slaap slecht sinds de examens.\n\nSaar Peeters\n"
     "2de bachelor verpleegkunde hogent\n",
     ["ik slaap slecht sinds de examens"], ["Peeters", "hogent"]),
    ("seek_ordinal_fr_secondaire_leak", SEEK, LINA,
     "Bonjour,\n\nJ'ai 14 ans et je dors mal.\n\nLina Dubois\n3e secondaire athénée de ciney\n",
     ["je dors mal"], ["Dubois", "athénée de ciney"]),
    ("seek_ordinal_own_line_en_guard", SEEK, "Sam Reid <sam.reid@home.example>",
     "Hi,\n\nMy hamster died and I'm 12.\n\nSam\n3rd time i start this mail, sorry\n",
     ["3rd time i start this mail, sorry"], ["Reid"]),
    ("seek_ordinal_own_line_fr_guard", SEEK, LINA,
     "Salut,\n\nmon hamster est mort et j'ai 12 ans\n\nLina\n2e fois que j'écris ce mail\n",
     ["2e fois que j'écris ce mail"], ["Dubois"]),
]

SUBJECTS: dict[str, str] = {
    "vol_subject_own_tag_beveiligd": f"Re: [{PSEUDONYM}] [tip: maak je account beveiligd]",
    "vol_subject_own_tag_encrypted_en": f"Re: [{PSEUDONYM}] [encrypted apps]",
    "vol_subject_sent_securely_leak": f"RE: [{PSEUDONYM}] [Sent securely by Northwind Council]",
    "vol_subject_encryptie_leak": f"RE: [{PSEUDONYM}] [Verstuurd met encryptie – OCMW Lebbeke]",
    "vol_subject_round_brackets_leak":
        f"RE: [{PSEUDONYM}] (Verzonden via beveiligde mail AZ Sint-Remi)",
    "vol_subject_vertrouwelijk_leak": f"RE: [{PSEUDONYM}] [Vertrouwelijk – AZ Sint-Remi]",
    "vol_subject_chiffre_guard": f"RE: [{PSEUDONYM}] [Message chiffré – CHU Sainte-Élise]",
}

# id -> "<rule>: <the harm in one line>" for the probes that show a harm now.
HARMS: dict[str, str] = {
    # ---- content lost (18 of the 19 losses first found here were mended by narrowing the rules)
    "vol_contactkaart_line_under_name": (
        "signature block under the name (older than dab8e76; _CARD_LINK_LINE now reads it as a "
        "footer too): a referral 'Contactkaart: https://www.awel.example/kaart' is cut. Left: "
        "under a name signed alone, a labelled link to a helpline's card and one to the "
        "employer's site or the writer's own card have the same shape; only the sender's "
        "domain would tell them apart, and the walk does not read it"),
}


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
