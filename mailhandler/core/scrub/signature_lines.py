"""What kind of line a line is: a phone number, a street, a disclaimer, a mail client's line,
a closing, a card's line, a name.

The patterns and line tests shared by the delimited and the undelimited signature rules, and
by the rules that learn names from sign-offs. Separate so that those modules can share them
without importing each other.
"""

from __future__ import annotations

import re

from mailhandler.core.redact import gazetteer
from mailhandler.core.scrub.attributions import (
    _ANY_ADDRESS,
)
from mailhandler.core.scrub.identity import (
    _MAX_NAME_PARTS,
    _MAX_NAME_WORDS,
    _MIN_PART_LETTERS,
    _NOT_NAME_PARTS,
    Identity,
    _clean_names,
    _name_parts,
    _word_regex,
)

_MOBILE_SIGNATURE = re.compile(
    r"""
    (?:sent|verzonden|verstuurd|gestuurd|envoy[ée]|gesendet)\s+
    (?:from|with|using|via|vanaf|vanuit|vanop|van|met|de|depuis|à\s+partir\s+de|avec|von|mit)\s+
    (?:my|mijn|mon|ma|mein|meinem|outlook|yahoo|gmail|mail|proton\s*mail|samsung)\b.{0,60}
    | (?:get|download)\s+outlook\s+for\s+(?:ios|android)\b.{0,60}
    | outlook\s+voor\s+(?:ios|android)\s+(?:downloaden|ophalen)\b.{0,60}
    | (?:obtenir|t[ée]l[ée]charger)\s+outlook\s+pour\s+(?:ios|android)\b.{0,60}
    """,
    re.IGNORECASE | re.VERBOSE,
)

# --------------------------------------------------------------------------- undelimited signatures

# Personal phone numbers as people write them: +32 470 12 34 56, 0470/12.34.56, 09 123 45 67,
# 06 12 34 56 78. Short service numbers (1712, 112) are not matched: volunteers refer to them;
# nor are dates (03.11.2026 has eight digits, a phone number at least nine).
# "(+32) 472 …": the country code is written in brackets too.
_PHONE = re.compile(
    r"(?<![\w+])(?:\(?(?:\+|00)\d{1,3}\)?[\s./-]?(?:\(0\))?[\s./-]?\d{1,4}|0\d{1,3})"
    r"(?:[\s./-]?\d{2,4}){2,4}(?!\w)"
)
_MIN_PHONE_DIGITS = 9
# "+1 (512) 555-0147", "+44 (20) 7946 0018", "(512) 555-0147": an area code in brackets.
_BRACKETED_AREA_PHONE = re.compile(
    r"(?<![\w+])(?:(?:\+|00)\d{1,3}[ \t.-]?)?\(\d{2,4}\)[ \t.-]?\d{2,4}"
    r"(?:[ \t.-]?\d{2,4}){1,3}(?!\w)"
)
# "02/12/2026 21:14", "03.11.2026 9u": a full date (day, month, year of this or the last
# century, one separator) with an hour after it is no phone number; a date followed by four
# digits or more could be one written oddly, and is replaced.
_DATE_FIRST = re.compile(r"(?:0?[1-9]|[12]\d|3[01])([./-])(?:0?[1-9]|1[0-2])\1(?:19|20)\d\d(?!\d)")
_MIN_TAIL_DIGITS = 4
# Free and shared-cost service numbers (0800 32 123, 070 245 245): a helpline a writer
# points to, not a person.
_SERVICE_PREFIXES = ("0800", "0900", "0902", "0903", "0905", "070", "077", "078", "0808")
# Belgian 070/077/078 numbers have nine digits; a longer one is a British mobile ("07700 900123").
_SHORT_SERVICE_PREFIXES = ("070", "077", "078")
_SHORT_SERVICE_DIGITS = 9
# British 03 numbers ("0300 330 0630", "0345 …") are given only to organisations (0300 to
# charities and public bodies): eleven digits. A Belgian 03 number (Antwerp) has nine, a
# French or Dutch one ten: those stay personal.
_ORGANISATION_PREFIXES = ("030", "033", "034", "037")
_ORGANISATION_DIGITS = 11


def _is_service_number(digits: str) -> bool:
    if digits.startswith(_ORGANISATION_PREFIXES):
        return len(digits) == _ORGANISATION_DIGITS
    if digits.startswith(_SHORT_SERVICE_PREFIXES):
        return len(digits) <= _SHORT_SERVICE_DIGITS
    return digits.startswith(_SERVICE_PREFIXES)
_STREET = re.compile(
    r"(?i)(?:\b[\w'-]*(?:straat|laan|weg|plein|dreef|lei|steenweg|kaai|markt|baan|hof|singel"
    r"|plaats|gracht|kade|steeg)"
    r"|\b(?:rue|avenue|boulevard|chauss[ée]e|place|all[ée]e|impasse)\s[\w' -]+?"
    r"|\b[\w'-]+\s(?:street|road|lane|avenue|square|drive))\s*,?\s*\d+\w?\b"
    r"|\b\d+\w?,?\s+(?:rue|avenue|boulevard)\b"
    r"|\b\d{1,4}\w?,?\s+(?:[A-Z][\w'-]+\s+){1,3}(?:Street|Road|Lane|Avenue|Close|Drive|Way|Square"
    r"|Place|Crescent|Gardens|Terrace|Court|Row|Hill|Walk)\b"
)
# The same in running text, stricter: a street name of its own ("Kerkstraat 12", "Kerkstraat
# nr. 12", not "weg 2" in "al weg 2 dagen"), or a French street with its number.
_STREET_IN_TEXT = re.compile(
    r"\b[A-ZÀ-Ý][\w'-]{1,40}(?:straat|str\.|laan|weg|plein|dreef|lei|steenweg|kaai|singel|dijk"
    r"|markt|baan|vest|plaats|gracht|kade|steeg|vaart)"
    r"\s*,?\s*(?:(?:nr|no|n°|nummer)\.?\s*)?\d{1,4}(?:\s?[a-zA-Z](?!\w)|(?!\w))"
    r"(?:\s*(?:bus|b)\s*\d{1,4}\b)?"
    # "Grote Markt 3", "Oude Baan 12": a street named in two words, both capitalised.
    r"|\b[A-ZÀ-Ý][\w'-]{1,40}\s(?:Markt|Plein|Straat|Laan|Weg|Dreef|Steenweg|Baan|Kaai|Vest"
    r"|Dijk|Lei)\s*,?\s*\d{1,4}(?:\s?[a-zA-Z](?!\w)|(?!\w))"
    # "Weg naar Zwartberg 27", "Steenweg op Mol 112": a Flemish street named for the town it
    # leads to, capitalised, the town's name capitalised too.
    r"|\b(?:Weg|Steenweg|Baan|Oude\s+Baan|Heirbaan)\s(?:naar|op|van)\s[A-ZÀ-Ý][\w'-]{1,40}"
    r"\s*,?\s*\d{1,4}(?:\s?[a-zA-Z](?!\w)|(?!\w))(?:\s*(?:bus|b)\s*\d{1,4}\b)?"
    # "14 Mill Lane", "3 St John's Road": a British address, number first.
    r"|\b\d{1,4}[a-zA-Z]?,?\s(?:[A-Z][\w'’-]+\s){1,3}(?:Street|Road|Lane|Avenue|Close|Drive"
    r"|Way|Square|Crescent|Gardens|Terrace|Court|Row|Walk|(?:Rd|St|Ave|Ln|Dr|Cres|Gdns|Sq)\b\.?)"
    r"(?!\w)"
    r"|\b\d{1,4},?\s+(?:rue|avenue|boulevard|chauss[ée]e)\s+(?:d[eu']\s*|de\s+la\s+|des\s+)?"
    r"[A-ZÀ-Ý][\w'-]{1,40}"
    r"|\b(?:rue|avenue|boulevard|chauss[ée]e)\s+(?:d[eu']\s*|de\s+la\s+|des\s+)?[A-ZÀ-Ý][\w'-]{1,40}"
    r"\s*,?\s*\d{1,4}\b"
    # "Rua das Laranjeiras 210", "Calle de Alcalá 12", "Piazza Garibaldi 3": a street of a
    # family's other country, its word capitalised, its name, its number.
    r"|\b(?:Rua|Avenida|Travessa|Calle|Carrer|Piazza|Ulica)\s+(?:(?:das|dos|da|do|de|del|dei"
    r"|della|di|de\s+la)\s+)?[A-ZÀ-Ý][\w'-]{1,40}(?:\s[A-ZÀ-Ý][\w'-]{1,40})?\s*,?\s*\d{1,4}\b"
)
# The same written in lower case, as young people write ("woon in de kerkstraat 12", "op de
# grote markt 3"): a street word of its own (not "snelweg", "zijstraat") or two words, an
# adjective before a street noun, and a house number that is no count of something ("de
# ringweg 2 keer", "de markt 3 jaar").
_STREET_SUFFIXES = (r"(?:straat|laan|weg|plein|dreef|lei|steenweg|kaai|singel|dijk|markt|baan|vest"
                    r"|plaats|gracht|kade|steeg)")
_HOUSE_NUMBER = (
    r"\s*,?\s*(?:(?:nr|no|n°|nummer)\.?\s*)?\d{1,4}(?:\s?[a-z](?!\w)|(?!\w))(?:\s*(?:bus|b)\s*\d{1,4}\b)?"
    r"(?!\s*(?:jaar|jaren|j|jr|ans?|years?|keer|x|uur|u|h|min|minuten|sec|dagen|dag|weken|week"
    r"|maanden|maand|km|m|meter|cm|kg|kilo|euro|eur|€|%|procent|personen|mensen|kinderen"
    r"|leerlingen|huizen|keer)\b|\s*[%€:/.,]\d)"
)
# French and English streets written in lower case ("j'habite 14 rue des lilas", "rue des
# lilas 14", "22 kingsley rd"): the street word is the cue; a count after the number ("la
# place des fêtes 3 fois") or a word of counting before the street ("2 times on the way") is
# no address.
_FRENCH_STREET_WORDS = (r"(?:rue|avenue|av\.|boulevard|bd|chauss[ée]e|place|chemin|clos|all[ée]e"
                        r"|impasse|dr[èe]ve|square|quai)")
_FRENCH_OF = r"(?:(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*)?"
_LOWER_WORD = r"[a-zà-ÿ][\w'’-]{1,40}"
_NOT_A_HOUSE_NUMBER = (
    r"(?!\s*(?:ans?|fois|minutes?|min|heures?|h|km|m|mètres?|euros?|€|%|jours?|semaines?|mois"
    r"|personnes|élèves|years?|times|minutes?|hours?|miles?|days?|weeks?|months?|people)\b)")
_ENGLISH_COUNT_WORDS = (r"(?:the|a|an|my|his|her|their|our|your|this|that|on|in|to|of|at|for|and"
                        r"|more|times|days|minutes|hours|hour|weeks|months|years|miles|people|kids"
                        r"|friends|other|or|best|few|little|big|whole)")
# A street in lower case in running text is written on one line: "the right place / im 12"
# on two lines of a young person's mail is a place and an age, not "Place Im 12".
_LINE_GAP = r"[ \t]"
# "the right place but im 13": an English sentence's words after "place" are no street's name
# (French street names are never these words), and the number after them is an age.
_ENGLISH_CLAUSE_WORDS = (r"(?:but|im|i|i['’]m|and|is|if|so|or|when|cause|cuz|coz|because|tho"
                         r"|though|it|its|it['’]s|was|to|for|with|lol|like|idk)")
_STREET_NAME_WORD = rf"(?!{_ENGLISH_CLAUSE_WORDS}(?![\w'’-])){_LOWER_WORD}"
_LOWER_FOREIGN_STREET = re.compile(
    rf"(?i)\b\d{{1,4}}(?:{_LINE_GAP}?(?:bis|ter|[a-z]))?,?{_LINE_GAP}+{_FRENCH_STREET_WORDS}"
    rf"{_LINE_GAP}+{_FRENCH_OF}{_LOWER_WORD}"
    rf"(?:{_LINE_GAP}+(?!(?:à|a|en|au|avec|et|dans|chez|pour)\b){_LOWER_WORD})?"
    rf"|\b{_FRENCH_STREET_WORDS}{_LINE_GAP}+{_FRENCH_OF}{_STREET_NAME_WORD}"
    rf"(?:{_LINE_GAP}+{_STREET_NAME_WORD})?{_LINE_GAP}*,?{_LINE_GAP}*"
    rf"\d{{1,4}}(?:{_LINE_GAP}?(?:bis|ter|[a-z])(?!\w))?(?!\w){_NOT_A_HOUSE_NUMBER}"
    rf"|\b\d{{1,4}}[a-z]?,?{_LINE_GAP}(?:(?!{_ENGLISH_COUNT_WORDS}\b)[a-z][\w'’-]+{_LINE_GAP}){{1,2}}"
    r"(?:street|road|rd|lane|avenue|ave|crescent|gardens|terrace|grove)\b"
)
_LOWER_STREET_IN_TEXT = re.compile(
    rf"\b(?P<street>[a-zà-ÿ][\w'-]{{1,40}}{_STREET_SUFFIXES}"
    r"|(?!(?:deze|onze|welke|elke|iedere|andere|zelfde|volgende|vorige|eerste|tweede|derde"
    r"|laatste|halve|hele)\b)[a-zà-ÿ]{3,20}e\s(?:markt|plein|straat|laan|weg"
    rf"|dreef|steenweg|baan|kaai|vest|dijk|lei)){_HOUSE_NUMBER}"
)
# Compound nouns that end like a street and are not one ("loopbaan", "ijsbaan").
_NOT_STREETS = frozenset((
    "loopbaan", "ijsbaan", "rijbaan", "renbaan", "atletiekbaan", "startbaan", "kegelbaan",
    "zwembaan", "wielerbaan", "bowlingbaan", "glijbaan", "tennisbaan", "speelweg", "omweg",
    "terugweg", "heenweg", "thuisweg", "zijweg", "tussenweg", "middenweg", "uitweg",
    "jaarmarkt", "kerstmarkt", "rommelmarkt", "vlooienmarkt", "boekenmarkt", "arbeidsmarkt",
    "woningmarkt", "huurmarkt", "parkeerplaats", "zitplaats", "werkplaats", "slaapplaats",
    "standplaats", "staanplaats", "woonplaats", "geboorteplaats", "speelplaats", "verblijfplaats",
    "eerste plaats", "tweede plaats", "derde plaats", "laatste plaats", "slotgracht",
))
# "OX2 6QR", "LS6 2AB": a British unit postcode, outward and inward code, a handful of
# addresses on one street (where a Belgian "2000 Antwerpen" is a whole town).
_UNIT_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b")
_POSTCODE_CITY = re.compile(r"\b(?:[A-Z]-)?\d{4,5}\s+[A-ZÀ-Ý][\w'-]+"
                            rf"|{_UNIT_POSTCODE.pattern}")
_SIGNATURE_WORDS = re.compile(
    r"(?i)^(?:vrijwillig(?:st)?er|volunteer|b[ée]n[ée]vole|co[öo]rdinat(?:or|eur|rice)|"
    r"medewerker|consulent|hulpverlener|teamleider|directeur|director|manager|psycholo|"
    r"assistant[e]?\s+social|maatschappelijk\s+werk|[ée]ducat(?:eur|rice)|animat(?:eur|rice)|"
    r"begeleider|jeugdwerker|social\s+worker|counsel+or|therapeut|th[ée]rapeute|stagiair|"
    r"(?:tel|t[ée]l|gsm|mobiel|mobile?|phone|fax|[tmfe])\b\.?\s*[:.]?\s*[+\d(]|"
    # "Tél. : pas de forfait" under a joke signature: a phone label with no number after it
    # labels nothing, and the line is the writer's own words.
    r"(?:tel|t[ée]l|gsm|mobiel|fax)\s*[:.](?=[^\n]{0,80}\d)|(?:e-?mail|web|site)\s*[:.]"
    r"|www\.|https?://|"
    r"\[(?:cid:|logo|image|afbeelding|signature|handtekening)[^\]]*\]$)"
)
# "Ext. 4471 | Bleep 2093", "toestel 231", "poste 4412 – bip 118": a card's line of internal
# numbers (an extension, a pager), each a label and a few digits, and nothing else.
_INTERNAL_NUMBER = (r"(?i:ext|extn|extension|toestel|tst|poste|bleep|pager|bip|pieper|dect)"
                    r"\.?[ \t]{0,2}:?[ \t]{0,2}\d{2,6}")
_CARD_INTERNAL_NUMBERS = re.compile(
    rf"{_INTERNAL_NUMBER}(?:[ \t]{{0,3}}[|·•/,–-]?[ \t]{{0,3}}{_INTERNAL_NUMBER}){{0,3}}")
# Disclaimers under a signature: the walk up from the end does not stop at them, they are
# part of the signature block. One such word anywhere in a paragraph makes it a disclaimer.
_DISCLAIMER = re.compile(
    r"(?i)vertrouwelijk|uitsluitend|bestemd\s+voor|geadresseerde|per\s+vergissing|afzender"
    r"|verwijder|disclaimer|confidential|intended\s+(?:solely|only|exclusively|for)|recipient"
    r"|addressee|in\s+error|notify\s+the\s+sender|delete\s+(?:it|this)|confidentiel"
    r"|destinataire|par\s+erreur|supprimer|strictement|exp[ée]diteur|bijlagen|attachments"
    r"|annexes|e-?mail\s+(?:en|and)|courriel"
    # A data-protection notice: "données personnelles … traitées conformément au RGPD".
    r"|\b(?-i:RGPD|GDPR|AVG)\b|donn[ée]es\s+(?:[àa]\s+caract[èe]re\s+)?personnelles|personal\s+data"
    r"|persoonsgegevens"
    # German, Spanish, Italian: an employer's footer in a neighbour's language.
    r"|vertraulich|empf[äa]nger|adressat|irrt[üu]mlich|absender|l[öo]schen|vernichten"
    r"|ausschlie(?:ß|ss)lich|confidencial|destinatari[oa]|remitente|por\s+error|elim[ií]n"
    r"|riservat|mittente|per\s+errore|cancellat|esclusivamente"
)
_ENVIRONMENT_LINE = re.compile(
    r"(?i).{0,40}(?:denk\s+aan\s+het\s+milieu|think\s+before\s+(?:you\s+)?print"
    r"|pensez\s+[àa]\s+l.environnement|niet\s+afdrukken|please\s+consider\s+the\s+environment)"
    r".{0,80}"
)
_DISCLAIMER_MARKS = 2  # one word ("confidential") is a sentence; a disclaimer has several
# "Dit bericht is vertrouwelijk.", "Ce courriel est confidentiel.": one disclaimer word is
# enough when the paragraph speaks of the mail itself, which a writer's own words to the
# reader never do this way.
# "De inhoud van dit bericht is vertrouwelijk.", "Le contenu de ce message …", "The contents of
# this e-mail …": the same sentence about the mail, through what it holds.
_ABOUT_THIS_MAIL = re.compile(
    r"(?i)(?:^|[.!?]\s)\W*(?:(?:de\s+)?inhoud\s+van\s+|(?:le\s+)?contenu\s+de\s+"
    r"|(?:the\s+)?contents?\s+of\s+)?(?:dit\s+(?:e-?mail)?bericht|deze\s+(?:e-?)?mail|this\s+(?:e-?mail|message)"
    r"|ce\s+(?:message|courriel|mail|e-?mail)|avis\s+de\s+confidentialit[ée]"
    r"|diese(?:r|s)?\s+(?:e-?mail|nachricht)|(?:este|esta)\s+(?:mensaje|correo)"
    r"|quest[oa]\s+(?:messaggio|e-?mail)"
    r"|confidentiality\s+notice|vertrouwelijkheidsclausule)\b"
)
_MAX_SHORT_DISCLAIMER_CHARS = 200
# "Disclaimer: de inhoud van dit bericht bindt de organisatie niet.": a line that calls
# itself a disclaimer and speaks of the mail it closes. A volunteer's own "Disclaimer: ik
# ben geen arts" does not speak of the mail, and stays.
_DISCLAIMER_LABEL = re.compile(
    r"(?i)^\W{0,3}(?:disclaimer|confidentiality(?:\s+notice)?|legal\s+notice"
    r"|vertrouwelijkheid(?:sclausule)?|avis\s+de\s+confidentialit[ée]|avertissement"
    r"|clause\s+de\s+non-responsabilit[ée]|aviso\s+legal|haftungsausschluss"
    r"|rechtlicher\s+hinweis|vertraulichkeitshinweis|avviso\s+di\s+riservatezza)\s*[:\-–—]"
)
# What a disclaimer says of the mail and nobody's own words to a young person do: "Deze e-mail
# bindt de universiteit niet", "n'engage pas", "accepts no liability".
_LEGAL = re.compile(
    r"(?i)\b(?:aansprakelijk\w*|liab(?:le|ility)|rechten\s+(?:worden\s+|kunnen\s+)?ontleend"
    r"|(?:legally|juridisch|juridiquement)\s+(?:binding|bindend|contraignant)"
    r"|n['’]engage|bindt\b.{0,60}\bniet|tenue?s?\s+(?:pour\s+)?responsables?"
    r"|(?:views|opinions?)(?:\s+(?:or|and)\s+opinions)?\s+expressed|views\s+(?:or|and)\s+opinions"
    r"|sole\s+responsibility\s+of\s+the\s+(?:sender|author)|not\s+necessarily\s+reflect"
    r"|ne\s+refl[eè]te\s+pas\s+n[ée]cessairement|(?:seule|sous\s+la)\s+responsabilit[ée]"
    r"\s+de\s+(?:son|l['’])\s*(?:auteur|exp[ée]diteur)|weerspiegel\w*\s+niet\s+noodzakelijk"
    r"|niet\s+noodzakelijk\w*\s+(?:het\s+standpunt|de\s+mening))"
)
_THIS_MAIL = re.compile(
    r"(?i)\b(?:dit|deze|this|ce|cet|cette|diese[rs]?|dieser|este|esta|quest[oa])\s+"
    r"(?:e-?mail|mail|bericht|e-?mailbericht|message|courriel|communication|correspondentie"
    r"|nachricht|mensaje|correo|messaggio)\b"
)


# A client's own line, whatever the device: "Verzonden met BlackBerry Work", "Sent from Mail
# for Windows", "Envoyé depuis Yahoo Mail sur Android", "Envoyé à partir de Courrier pour
# Windows" (Windows Mail in French).
_CLIENT_LINE = re.compile(
    r"(?i)(?:sent|verzonden|verstuurd|gestuurd|envoy[ée]|gesendet)\s+"
    r"(?:from|with|using|via|vanaf|vanuit|vanop|van|met|de|depuis|avec|von|mit|par"
    r"|[àa]\s+partir\s+de)\s+"
    # It names a device or an app ("my iPhone", "avec la messagerie sécurisée Proton Mail");
    # "Verzonden vanuit de les (wiskunde, saai)", a place in lower case after an article with
    # no brand's capital anywhere after it, is the writer's joke.
    r"(?!(?:de|het|een|the|a|an|la|le|les|l['’]|un|une|der|die|das)\s+(?-i:[a-zà-ÿ][^A-ZÀ-Ý\n]*$))"
    r"\S.{0,60}"
)
# An organisation's footer: "Dit bericht werd verstuurd via het leerlingenaccount van …".
# Sent "met"/"with" something in lower case only ("Dit bericht is verstuurd met veel moeite",
# "sent with love") is how the writer sent it, not what: a tool or platform has a name, or is
# one ("met smartschool van het atheneum brugge", "het leerlingenaccount van …", typed small).
_SENDING_TOOL_WORD = (
    r"account|compte|platform|plateforme|portaal|portail|app\b|smartschool|schoolmail|mailbox"
    r"|messagerie|systeem|syst[eè]me|software|logiciel|tablet|computer|ordinateur|laptop|\bpc\b"
    r"|gsm|telefoon|phone|t[ée]l[ée]phone|device|appareil|school|[ée]cole|coll[eè]ge|atheneum"
    r"|ath[ée]n[ée]e|lyceum|lyc[ée]e|instituut|institut|universit|hogeschool|ziekenhuis|h[oô]pital"
)
_FOOTER_LINE = re.compile(
    r"(?i)(?:dit\s+bericht|deze\s+e-?mail|deze\s+mail|this\s+(?:message|e-?mail)"
    r"|ce\s+(?:message|courriel|mail|e-?mail))\s+(?:werd|is|was|a\s+[ée]t[ée]|has\s+been)\s+"
    r"(?:verstuurd|verzonden|gescand|gecontroleerd|sent|scanned|checked|envoy[ée]|analys[ée]|"
    r"v[ée]rifi[ée])\b(?!\s+(?:met|with|avec|mit)\s+(?![^\n]*(?:" + _SENDING_TOOL_WORD + r"))"
    r"(?-i:[^A-ZÀ-Ý\d\n]*)$).{0,160}"
)
# A mailing list's footer: "You received this message because you are subscribed to the Google
# Groups …", "To unsubscribe from this group …": the list's name leads back to the writer's group.
_LIST_FOOTER = re.compile(
    r"(?i)\W{0,3}(?:you\s+received\s+this\s+message\s+because\s+you\s+are\s+subscribed"
    r"|to\s+unsubscribe\s+from\s+this\s+group|to\s+view\s+this\s+discussion"
    r"|je\s+hebt\s+dit\s+bericht\s+ontvangen\s+omdat\s+je\s+(?:bent\s+)?(?:geabonneerd|lid)"
    r"|(?:om\s+je\s+af\s+te\s+melden|als\s+je\s+je\s+wilt\s+afmelden)\s+(?:voor|van)\s+deze\s+groep"
    r"|vous\s+recevez\s+ce\s+message\s+car\s+vous\s+[êe]tes\s+abonn[ée]"
    r"|pour\s+vous\s+d[ée]sabonner\s+de\s+ce\s+groupe)\b.{0,240}"
)
# "Van 23/12 tot 5/1 ben ik afwezig. Voor dringende vragen: balie@…": an absence notice the
# mail client adds under the signature; with a contact detail in it, nobody's own words.
_ABSENCE = re.compile(
    r"(?i)\b(?:ben\s+ik\s+(?:afwezig|niet\s+bereikbaar|met\s+verlof)|afwezig\s+(?:van|tot|tussen)"
    r"|out\s+of\s+(?:the\s+)?office|i\s+am\s+away|je\s+suis\s+absente?|absente?\s+du"
    r"|bin\s+ich\s+abwesend)"
)


# "Mijn digitale visitekaartje: https://card.…/toon (scan of tik met je gsm)", "My digital
# business card: https://…", "Ma carte de visite numérique : https://…": the link to the
# writer's own card (their name, employer and numbers behind it), labelled as that, with at
# most the card service's hint in brackets after it. Nobody's running text is a label and a link.
_CARD_LINK_LINE = re.compile(
    # Said as the writer's own ("mijn", "my") or as a digital card: a bare "Contactkaart: …" is
    # as often a card of helplines a volunteer sends the reader to.
    r"(?i)\W{0,3}(?=(?:mijn|my|ma|mon|digitale?|digital|elektronische|electronic|virtuele"
    r"|virtual|online)[ \t]|[^\n:]{0,60}(?:num[ée]rique|digitale|[ée]lectronique|virtuelle"
    r"|en[ \t]+ligne)[ \t]*[:\-–])"
    r"(?:(?:mijn|my|ma|mon)[ \t]+)?(?:(?:digitale?|digital|elektronische|electronic"
    r"|virtuele|virtual|online)[ \t]+)?(?:visitekaart(?:je)?|naamkaart(?:je)?|contactkaart(?:je)?"
    r"|business[ \t]+card|contact[ \t]+card|v-?card|carte[ \t]+de[ \t]+visite)"
    r"(?:[ \t]+(?:num[ée]rique|digitale|[ée]lectronique|virtuelle|en[ \t]+ligne))?"
    r"[ \t]*[:\-–][ \t]*(?:https?://|www\.)\S{3,200}(?:[ \t]+\([^()\n]{1,60}\))?[ \t]*")
# "Hoe tevreden ben je over ons contact? Vul onze korte enquête in (2 minuten).", "How did we
# do? Take our short survey", "Votre avis compte : répondez à notre questionnaire de
# satisfaction": the satisfaction survey an employer's mail tool puts under every mail. "Our"
# survey and how content the reader was, together: a writer's own survey at school is not
# theirs to call "onze", nor about how satisfied anyone is with a contact. And the tool's
# shape: a question put to every reader, a link or the minutes it takes ("Hoe tevreden ben je
# over ons contact? … (2 minuten)"); a volunteer's own "Vul gerust onze korte enquête in, dan
# weten we of je tevreden bent over Lumi" under their name has none of them.
_SURVEY_LINE = re.compile(
    r"(?i)(?=[^\n]{0,200}\b(?:tevreden\w*|satisf\w*|feedback|avis|how\s+did\s+we\s+do"
    r"|beoordeel|[ée]valuez|rate\s+us)\b)"
    r"(?=[^\n]{0,300}(?:\?|https?://|www\.|\([ \t]*\d{1,2}[ \t]*(?:min|')"
    r"|votre\s+avis\s+compte|how\s+did\s+we\s+do))"
    r"[^\n]{0,160}\b(?:onze|our|notre|nos)[ \t]+"
    r"(?:(?:korte|short|quick|petite?|courte?|brief)[ \t]+)?"
    r"(?:\w*enqu[êe]te|vragenlijst|survey|questionnaire|sondage)\b[^\n]{0,120}"
    # "Hoe scoren wij? Laat het ons weten via een korte bevraging (2 minuten).": the tool's
    # question about the organisation opening the line, then its survey and the minutes.
    r"|(?:hoe[ \t]+scoren[ \t]+(?:wij|we)|hoe[ \t]+doen[ \t]+(?:wij|we)[ \t]+het"
    r"|how[ \t]+are[ \t]+we[ \t]+doing|how[ \t]+did[ \t]+we[ \t]+do)[ \t]*\?"
    r"(?=[^\n]{0,160}(?:bevraging|enqu[êe]te|vragenlijst|survey|questionnaire|sondage))"
    r"(?=[^\n]{0,200}(?:https?://|www\.|\([ \t]*\d{1,2}[ \t]*(?:min|')))[^\n]{0,200}")


# "Ik werk niet op woensdag. Je mail wordt dan donderdag beantwoord.", "I don't work on
# Fridays; emails will be answered on Monday.": a part-timer's template line under their
# card, the day they are off and when mail is answered then; no word to one reader.
_WEEKDAY = (r"(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|monday|tuesday"
            r"|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi"
            r"|samedi|dimanche)s?")
_PART_TIME_LINE = re.compile(
    r"(?i)(?:ik[ \t]+werk[ \t]+niet[ \t]+op|ik[ \t]+ben[ \t]+niet[ \t]+(?:aanwezig|bereikbaar)"
    r"[ \t]+op|i[ \t]+(?:don['’]t|do[ \t]+not)[ \t]+work[ \t]+on|i['’]m[ \t]+not[ \t]+in[ \t]+on"
    r"|je[ \t]+ne[ \t]+travaille[ \t]+pas[ \t]+le)[ \t]+"
    rf"{_WEEKDAY}(?:[ \t]*(?:,|en|and|et)[ \t]*{_WEEKDAY})?[ \t]*[.;,][ \t]*"
    r"[^\n]{0,40}?(?:e-?mails?|mails?|berichten|bericht|messages?|courriels?)"
    r"[^\n]{0,60}?(?:beantwoord|answered|dealt[ \t]+with|trait[ée]s?|r[ée]pondu)[^\n]{0,40}")


def _is_footer(content: str) -> bool:
    """An organisation's, a mailing list's or an absence footer: a line of no one's own."""
    return bool(_FOOTER_LINE.fullmatch(content) or _LIST_FOOTER.fullmatch(content)
                or _ACCOUNT_NOTICE.fullmatch(content)
                or _is_account_notice_sentence(content)
                or (_ABSENCE.search(content) and _contact_details(content) > 0)
                or _CARD_LINK_LINE.fullmatch(content.strip())
                or _SURVEY_LINE.fullmatch(content.strip())
                or _PART_TIME_LINE.fullmatch(content.strip())
                or _TICKET_STATUS_LINE.fullmatch(content.strip()))


# "Messagerie académique - ne pas utiliser à des fins personnelles", "Leerlingenaccount –
# enkel voor schoolgebruik": a school's or employer's label for the account, then what it is
# for. The label and the dash together: a young person's sentence about their school mail
# does not start so.
_ACCOUNT_NOTICE = re.compile(
    r"(?i)\W{0,3}(?:(?:messagerie|adresse|compte|bo[îi]te)\s+(?:acad[ée]mique|scolaire"
    r"|professionnelle|institutionnelle|[ée]l[èe]ves?)"
    r"|(?:leerlingen|school|personeels|studenten)[\s-]?(?:account|mail|e-?mail|adres)"
    r"|(?:student|school|staff|pupil)\s+(?:account|e-?mail|mailbox))\s+[-–—:]\s+[^\n]{3,120}"
)
# "Dit is een leerlingenaccount van Sint-Jozef. Gebruik is onderworpen aan het ICT-reglement.",
# "This is a student account of Ashfield School.", "Ceci est un compte élève de l'Athénée …":
# the school's or employer's notice of whose account it is, in a sentence the platform adds
# under every mail. With no "ik", "je", "my", "you", "mon" in it: a young person's own sentence
# about their school mail speaks of themselves ("dit is een schoolaccount van mijn broer").
_ACCOUNT_SENTENCE = re.compile(
    r"(?i)\W{0,3}(?:dit|this|ceci)\s+(?:e-?mail(?:adres|account)?\s+|mailadres\s+|account\s+)?"
    r"(?:is|est)\s+(?:een|a|an|un)\s+"
    r"(?:(?:leerlingen|school|personeels|studenten|student|pupil|staff)[\s-]?"
    r"(?:account|mailbox|e-?mail(?:adres|account)?|mailadres|adres)"
    r"|compte\s+(?:[ée]l[èe]ve|scolaire|[ée]tudiant|professionnel|acad[ée]mique)"
    r"|(?:messagerie|adresse)\s+(?:scolaire|acad[ée]mique|professionnelle))"
    r"\s+(?:van|of|from|de|du|des|d['’]|bij|at)\s*[^\n]{2,200}"
)
_PERSONAL_WORD = re.compile(
    r"(?i)(?<![\w'’])(?:ik|mij|mijn|m['’]n|je|jij|jou|jouw|i|me|my|you|your|moi|mon|ma|mes|tu"
    r"|toi|ton|ta|tes)(?![\w'’])|(?<![\w'’])[jmt]['’](?=\w)"
)
# What a platform's notice never holds and a young person's sentence about their school mail
# does: a link that goes on to a warning, a reason or a question ("…, antwoord niet na 16u
# want dan kijkt papa mee", "… so can the teachers see this", "…, est-ce que le directeur peut
# lire ça"), or their family.
_KIDS_ACCOUNT_WORD = re.compile(
    r"(?i)(?<![\w'’])(?:want|dus|maar|omdat|so|but|because|cause|coz|cuz|car|donc|mais"
    r"|alors|parce|pcq|est-ce|mama|mam|papa|pap|mum|mom|dad|maman|ouders|parents|aub|pls"
    r"|svp|stp)(?![\w'’])"
)


def _is_account_notice_sentence(content: str) -> bool:
    """ "Dit is een leerlingenaccount van Atheneum X. Gebruik valt onder het reglement.": the
    platform's impersonal, formal notice: a capital to open it, no question or exclamation
    mark, no first- or second-person word, no link to a warning or a question, no family."""
    if _ACCOUNT_SENTENCE.fullmatch(content) is None:
        return False
    opening = content.lstrip(" \t>*-–—•")
    return (opening[:1].isupper() and "?" not in content and "!" not in content
            and _PERSONAL_WORD.search(content) is None
            and _KIDS_ACCOUNT_WORD.search(content) is None)


# "Élève 4B - Athénée Royal de Jambes", "Terminale G3 - Lycée Jean Moulin, Lille", "Leerling
# 5A – Sint-Jozefcollege": a pupil's class, a dash and the school's name, as a school account
# signs. A sentence never has a class code, a dash and then a school word.
_SCHOOL_LINE = re.compile(
    r"(?i)\W{0,3}(?:[ée]l[èe]ve|leerling|student|pupil|terminale|premi[èe]re|seconde|rh[ée]to"
    r"|year|grade|klas|classe)\s+(?:de\s+)?[\w-]{1,4}\s*[-–—|·,]\s*"
    r"(?:[^\n]{0,40}?)(?<!\w)(?:ath[ée]n[ée]e|atheneum|lyc[ée]e|coll[èe]ge|[ée]cole|institut"
    r"|college|school|academy|gymnasium|lyceum|instituut|campus|sint|saint|ecole)(?!\w)[^\n]{0,60}"
)


# "5ème D – Athénée Royal de Waterloo", "3B | Sint-Jozefscollege", "Year 10 - Ashfield School":
# a class code, a separator and a school's name make a signature line (_SCHOOL_LINE wants a word
# for the class before it).
_CLASS_CODE_SCHOOL_LINE = re.compile(
    r"(?i)\W{0,3}\d{1,2}\s?(?:e|è|ème|eme|de|ste|th|nd|rd|st|h)?\s?[a-z]{0,2}\d?\s*[-–—|·,]\s*"
    r"(?:[^\n]{0,40}?)(?<!\w)(?:ath[ée]n[ée]e|atheneum|lyc[ée]e|coll[èe]ge|[ée]cole|institut"
    r"|college|school|academy|gymnasium|lyceum|instituut|campus|ecole)(?!\w)[^\n]{0,60}"
)
_MOBILE_LINE = re.compile(r"(?:get|download|obtenir|t[ée]l[ée]charger)\s+outlook\b.{0,60}", re.I)
# Closing greetings: the writer's own words; the walk up stops at them.
_CLOSING = re.compile(
    r"(?i)^(?:groet|groeten|groetjes|gr(?:tz|oetn?)?\b|mvg\b|met\s+(?:vriendelijke\s+)?groet|"
    r"vriendelijke\s+groet|hartelijke\s+groet|liefs|lieve\s+groet|kusjes|knuffel|dikke\s+knuffel|"
    r"tot\s+(?:snel|later|ziens|morgen|gauw|binnenkort)|doei"
    # "dag en nacht", "dag na dag", "dag in dag uit": a time, not the goodbye "Dag!".
    r"|dag\b(?![ \t]+(?:(?:en|of)[ \t]+nacht|(?:na|in|per|voor|op)[ \t]+dag)\b)"
    r"|daag|bedankt|dank\s+je|"
    r"alvast\s+bedankt|veel\s+groet|warme\s+groet|regards|kind\s+regards|best\b|cheers|"
    r"thanks|thank\s+you|love\b|take\s+care|bye|xx+|cordialement|bien\s+[àa]\s+(?:toi|vous)|"
    r"bisous|bises|[àa]\s+bient[ôo]t|merci|amiti[ée]s|salutations|bonne\s+(?:journ[ée]e|soir[ée]e)"
    r"|courage|hou\s+vol|sterkte"
    # "Hoogachtend,", "Met de meeste hoogachting,": a formal letter's closing, as pupils learn it.
    r"|hoogachtend|met\s+(?:de\s+meeste\s+)?hoogachting"
    # "Stevige linker," (scouts), "Chirogroeten,", "KSA-groetjes": a youth movement's own.
    r"|(?:een\s+)?stevige\s+linker|[^\W\d_]{3,}-?groet(?:en|jes)?\b"
    r"|all\s+the\s+best|warm(?:ly|est)?\b|with\s+love|(?:much|lots\s+of)\s+love|speak\s+soon"
    r"|talk\s+soon|hugs|yours\b|sincerely|stay\s+(?:safe|strong)|fijne\s+(?:dag|avond|week)|hou\s+je\s+goed"
    # "Met sportieve groet(en),": a sports club's "met vriendelijke groet", with its "met".
    r"|veel\s+liefs|(?:(?:met\s+)?sportieve|vele|een\s+warme)\s+groet|een\s+dikke\s+knuffel"
    r"|belle\s+(?:journ[ée]e|soir[ée]e)|bonne\s+(?:continuation|nuit)|prends\s+soin\s+de\s+toi"
    r"|gros\s+bisous|je\s+t['’]embrasse|chaleureusement"
    # "Amicalement," alone, as French teachers and colleagues close ("Bien amicalement,").
    r"|(?:bien\s+|tr[èe]s\s+)?amicalement"
    r"|mit\s+freundlichen\s+gr[üu](?:ß|ss)en|(?:viele|liebe|beste|herzliche|sch[öo]ne)\s+gr[üu](?:ß|ss)e"
    r"|mfg\b|lg\b|gru(?:ß|ss)\b|bis\s+bald|tsch[üu]ss|(?:un\s+)?saludos?|atentamente"
    r"|un\s+abrazo|cordiali\s+saluti|distinti\s+saluti|un\s+saluto"
    # Their "thanks", beside "thanks", "merci" and "bedankt": "Gracias, / Vale".
    r"|(?:muchas\s+)?gracias|grazie|danke\b"
    # Polish: "Dzięki, / Wiki", "Pozdrawiam, / Kasia".
    r"|dzi[ęe]ki\b|dzi[ęe]kuj[ęe]\b|pozdrawiam\b|pozdrowienia\b"
    # Regional and religious goodbyes volunteers sign with: "Houdoe," (Brabant), "Hou u goe,"
    # and "Salukes," (West Flanders), "Met hartelijke groet,", "Every blessing,", "Mind how you
    # go," (Scotland, the north of England), "A+" (French chat for "à plus").
    r"|houdoe\b|hou\s+u\s+goe\b|salukes\b|met\s+hartelijke\s+groet"
    r"|(?:every\s+)?blessings?\b(?=\W*$)|mind\s+how\s+you\s+go\b|a\+(?!\S))"
)
_MAX_CLIENT_LINE_WORDS = 8
_SIGNATURE_WINDOW = 14  # a signature is the last few lines of a text
# Four words or more ending like a sentence: the sender's own words, whatever it mentions.
_SENTENCE = re.compile(r"(?:\S+\s+){3,}\S*[.!?]")
# Words of one person writing to another: "je", "jij", "ik", "tu", "moi", "you", "my". An
# organisation's notice or a card says "u", "wij", "nous", "we", or nobody at all.
_CONVERSATION = re.compile(
    r"(?i)(?<![\w'’])(?:ik|mij|me|mijn|je|jij|jou|jouw|ge|gij|i|my|you|your|tu|te|toi|ton"
    r"|ta|tes|moi|mon|ma|mes)(?![\w'’])|(?<![\w'’])[jmt]['’](?=\w)")
_SIGNATURE_LINE_CHARS = 90  # and its lines are short (an address line can be long)
_MAX_DISCLAIMER_LINES = 20  # a legal text hard-wrapped at 70 characters (BlackBerry, Lotus)
_MAX_DISCLAIMER_CHARS = 1600
_SHORT_LINE_WORDS = 8  # "Assistante sociale – Service Jeunesse de Schaerbeek"
_NAME_ONLY_BLOCK_LINES = 2  # "Groetjes, / Veer": the name is replaced, not the line removed
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_ORGANISATION = re.compile(r"(?:[A-Z0-9][\w&'’.-]*[\s,|/-]*){1,6}")

_CLOSING_THEN_CARD = re.compile(r"(?P<closing>[^,!]{2,40}[,!])\s+(?P<card>\S.*)")

_MAX_LONG_CARD_CHARS = 240

_MAX_ROLE_WORDS = 4
_SIGNATURE_OFFICE_WORDS = 12  # "Voorzitter oudercomité Basisschool De Boomgaard, Kessel-Lo"
_MAX_SHORT_ROLE_WORDS = 7
# A role or trade named anywhere in a short line: "Lumi volunteer and retired teacher".
_ROLE_WORD = re.compile(
    r"(?i)\b(?:vrijwillig(?:st)?er|volunteer|b[ée]n[ée]vole|\w*medewerker|\w*consulent"
    r"|\w*co[öo]rdinat(?:or|eur|rice)|teacher|leerkracht|leraar|lerares|docent|nurse"
    r"|verpleegkundige|infirmi[eè]re?|psycholo\w+|therapist|\w*therapeut|counsel+or|coach"
    r"|social\s+worker|\w*begeleider|opvoeder|[ée]ducat(?:eur|rice)|officer|advis[eo]r"
    r"|adviseur|student|[ée]tudiant|stagiair|intern|manager|director|directeur|trainer"
    r"|\w*werker|\w*worker|animat(?:eur|rice)|[ée]ducat(?:eur|rice)|assistant[e]?)\b"
)


# "host of Out Loud in Leuven – a podcast …", "oprichter van Kleurrijk Kempen", "coordinatrice
# chez Arc-en-Ciel": a role at a named organisation opening a line, as cards put it; "coach van
# mijn team is gemeen" names none (the organisation is written with a capital).
_ROLE_LINE_AT_ORGANISATION = re.compile(
    r"(?i:(?:co-?)?(?:host|presenter|presentator|presentatrice|founder|oprichter|oprichtster"
    r"|fondat(?:eur|rice)|podcaster|creator|maker|author|auteur|editor|redacteur|voorzitter"
    r"|president|pr[ée]sident(?:e)?|chair|secretaris|secr[ée]taire|board\s+member|bestuurslid"
    r"|co[öo]rdinat(?:or|eur|rice)|coordinator))"
    r"[ \t]+(?i:of|at|bij|van|voor|for|de|du|des|chez|@)[ \t]+"
    r"(?:(?i:the|de|het|la|le|les|l['’])[ \t]*)?(?:[\"“„«‘][ \t]?)?[A-ZÀ-Ý0-9]"
)

# "Treasurer, LGBTQ+ Society, VUB Brussels", "Penningmeester – Jeugdhuis De Kelder", "Leiding
# Aspi's – Chiro Sint-Jan", "Voorzitter oudercomité Basisschool De Boomgaard, Kessel-Lo": an
# office in a club, a committee or a youth movement opening a line, a few words saying which,
# then a comma, dash or bar and the organisation written with a capital. The office word
# comes first and the line ends without a sentence's end: "Leiding geven, dat leer je." is a
# sentence.
_OFFICE_LINE_THEN_ORGANISATION = re.compile(
    r"(?i:(?:vice-?|onder|co-?)?(?:voorzitter|voorzitster|penningmeester|secretaris"
    r"|treasurer|secretary|chair(?:person|woman|man)?|president|tr[ée]sori(?:er|[eè]re)"
    r"|secr[ée]taire|pr[ée]sident(?:e)?|hoofdleid(?:ing|ster|er)|leiding|leidster|leider"
    r"|kapitein|captain|capitaine|animat(?:eur|rice)|chef[ \t]+scout))"
    r"(?:[ \t]+[^\s,–—|·]{1,30}){0,4}[ \t]*(?:,|[ \t][–—|·-])[ \t]*[A-ZÀ-Ý0-9]"
)

# "🎙️ « Entre deux chaises » – le podcast des enfants de la diaspora", "“Nachtpraat” - elke
# week een nieuwe aflevering": a show of the writer's own, its title in quotes, a dash and what
# it is, with the medium named; a plug no running text is written as.
_SHOW_PLUG = re.compile(
    r"[^\w\n]{0,6}[\"“„«‘][^\"“”„«»‘’\n]{1,60}[\"”»’][ \t]*[–—-][ \t]*[^\n]{1,160}"
)
_SHOW_MEDIUM = re.compile(
    r"(?i)\b(?:podcasts?|vodcast|episodes?|[ée]pisodes?|afleveringen|aflevering|vlog|blog"
    r"|youtube|kanaal|cha[iî]ne|channel|radio|[ée]mission|newsletter|nieuwsbrief)\b"
)


# "Autrice de « Les saisons de la Lesse » (Éditions du Gué, 2019)", "Author of “Low Tide”",
# "Auteur van „Het lange gras“ (Uitgeverij Kiezel)": the writer's own book under their name,
# its title in quotes, perhaps its publisher and year in brackets; a plug as a show's is.
_BOOK_CREDIT = re.compile(
    r"(?i:auteure?|autrice|author|schrijver|schrijfster|[ée]crivaine?|illustrat(?:or|rice|eur))"
    r"[ \t]+(?i:de|d['’]|du|van|of|from)[ \t]*[\"“„«‘][^\"“”„«»‘’\n]{1,80}[\"”»’]"
    r"(?:[ \t]*\([^()\n]{1,80}\))?[ \t]*")


def _is_show_plug(content: str) -> bool:
    """A quoted title, a dash and a medium (podcast, episode, channel …), no sentence end; a
    plug for a gig, a book or a shop cut into dashed fields ending in its link
    (_is_promotion_line); or the credit for the writer's own book (_BOOK_CREDIT)."""
    content = content.strip()
    return (_SHOW_PLUG.fullmatch(content) is not None
            and _SHOW_MEDIUM.search(content) is not None
            and re.search(r"[.!?]\s*$", content) is None) or _is_promotion_line(content) \
        or _BOOK_CREDIT.fullmatch(content) is not None


def _name_then_role(content: str, name_words: re.Pattern[str] | None,
                    max_words: int = _MAX_ROLE_WORDS) -> bool:
    """ "Yente Busschaert, verpleegkundige": a name, a comma, a few words, no digits (which
    would make it a kid's "Lotte, 13, Geel"), no sentence."""
    if name_words is None or len(content) > _SIGNATURE_LINE_CHARS:
        return False
    name, comma, role = content.strip().partition(",")
    return (bool(comma) and _only_names(name, name_words) and 0 < len(role.split())
            <= max_words and not re.search(r"\d|[.!?]\s*$", role))


# "Hendrik Wouters – trainer U18 dames", "Ruth Adeyemi – Head of Year 11, St Columba
# International School", "Jonas Maes | 3de bach Hogeschool West": a name, then a dash or a bar
# with a blank on each side, then what the person is. The one reader of that line: split at its
# first such separator; _full_name_then_role and _is_name_and_office_line each judge the parts.
_NAME_DASH_ROLE = re.compile(
    r"(?P<name>[^–—|\n]{3,60}?)[ \t]+(?P<dash>[–—|-])[ \t]+(?P<role>[^\n]{1,120})")


def _name_dash_role(content: str) -> re.Match[str] | None:
    """The name, separator and role of a "Name – role" line (_NAME_DASH_ROLE), or None."""
    return _NAME_DASH_ROLE.fullmatch(content.strip())


# "Hendrik Wouters – trainer U18 dames", "Callum Reid – U16 head coach": a full name (a known
# first name, a capitalised surname, perhaps with particles), a dash and a role, as one signs
# under a closing from an account that is not their own (a club's, a team's). Without a role
# word ("Lotte Peeters – 4de jaar", "Mila Claes - liefs") it is no card's line.
_FULL_NAME = re.compile(
    r"(?P<first>[A-ZÀ-Ý][a-zà-ÿ'’]+(?:-[A-ZÀ-Ý][a-zà-ÿ'’]+)?)[ \t]+"
    r"(?:(?:van|de|der|den|le|la|du|von|di|da)[ \t]+){0,2}[A-ZÀ-Ý][\w'’]+(?:-[\w'’]+)?")
_MAX_ROLE_CHARS = 60

# "Emma Janssens – de trainer van mijn zus": a line in the writer's voice, not a role.
_OWN_WORD_IN_ROLE = re.compile(r"(?i)(?<![\w'’])(?:ik|mijn|me|mij|my|i|je|mon|ma|mes)(?![\w'’])")


def _full_name_then_role(content: str) -> bool:
    """Whether `content` is a full name (_FULL_NAME), a dash and a role (_name_dash_role)."""
    match = _name_dash_role(content)
    if match is None or match["dash"] == "|" or len(content) > _SIGNATURE_LINE_CHARS:
        return False
    name = _FULL_NAME.fullmatch(match["name"])
    role = match["role"]
    return name is not None and len(role) <= _MAX_ROLE_CHARS and re.search(r"[.!?]", role) is None \
        and name["first"].casefold() in gazetteer.load().first_names \
        and _ROLE_WORD.search(role) is not None \
        and _OWN_WORD_IN_ROLE.search(role) is None


_TITLE_PARTICLES = frozenset((
    "de", "du", "des", "la", "le", "les", "l", "d", "van", "der", "den", "het", "voor", "en",
    "et", "and", "of", "the", "for", "à", "a", "au", "aux", "in", "op", "te", "für",
))


def _contact_details(content: str) -> int:
    """How many kinds of contact detail a line holds: phone, street, postcode + town, address."""
    return (int(_has_phone(content)) + int(_STREET.search(content) is not None)
            + int(_POSTCODE_CITY.search(content) is not None)
            + int(_ANY_ADDRESS.search(content) is not None))


def _line_kind(content: str, name_words: re.Pattern[str] | None) -> str:
    """"sure" (unmistakably signature), "name" (only a name), "short" (a short line that is
    not a sentence: signature only between sure lines) or "text"."""
    if _signature_line(content, name_words):
        return "sure"
    if name_words is not None and _only_names(content, name_words):
        return "name"
    if name_words is not None and (code := _CLASS_AFTER_NAME.fullmatch(content.strip())) \
            and _only_names(code["name"], name_words):
        # "Wout De Backer 5B": the writer's name and their class, which is theirs to tell
        # like an age: the name is replaced where it stands, the line stays.
        return "name"
    words = content.split()
    if _AGE.search(content):
        return "text"  # "15 jaar, Mechelen" under a kid's name: their words, not a role
    if len(words) <= _SHORT_LINE_WORDS and not re.search(r"[.!?]\s*$", content):
        return "short"
    return "text"


# An age as young people give it: "15 jaar", "14 ans", "16 years old", "15yo", "(15)".
_AGE = re.compile(
    r"(?i)(?<![\w+])\d{1,2}\s*(?:jaar|jr|j|ans?|years?(?:\s+old)?|yrs?|yo|y/o)(?!\w)"
    r"|\(\s*\d{1,2}\s*\)"
)


def _signature_line(content: str, name_words: re.Pattern[str] | None) -> bool:
    """A line no one writes in their running text: contact details, a role, a client line."""
    return bool(
        (_has_phone(content) and not _phone_in_own_sentence(content))
        or _STREET.search(content)
        or _POSTCODE_CITY.search(content)
        or _ANY_ADDRESS.search(content)
        or _SIGNATURE_WORDS.match(content)
        or _is_client_line(content)
        or _is_footer(content)
        or _SCHOOL_LINE.fullmatch(content) is not None
        or _CLASS_CODE_SCHOOL_LINE.fullmatch(content) is not None
        or _is_field_line(content)
        or _APP_CONTACT_LINE.fullmatch(content) is not None
        or _KEY_FINGERPRINT_LINE.fullmatch(content.strip()) is not None
        or (
            name_words is not None
            and name_words.search(content) is not None
            and _ORGANISATION.fullmatch(content) is not None
            and any(sep in content for sep in "|,/")  # "Veerle Peeters | CAW Antwerpen"
            and not _closing_then_name(content, name_words)  # "Groetjes, Jef C.": their words
        )
        or _is_card_line(content, name_words)
        or _is_name_and_office_line(content, name_words)
        or _assigned_to_writer(content, name_words)
        or _is_school_card_line(content)
        or _is_show_plug(content)
        or ((_ROLE_LINE_AT_ORGANISATION.match(content) is not None
             or (_OFFICE_LINE_THEN_ORGANISATION.match(content.strip()) is not None
                 and len(content.split()) <= _SIGNATURE_OFFICE_WORDS))
            and re.search(r"[.!?]\s*$", content) is None)
        or (_name_then_role(content, name_words, _MAX_SHORT_ROLE_WORDS)
            and _ROLE_WORD.search(content.partition(",")[2]) is not None)
        or (
            # "Ward Peeters · Vrijwilliger Holebihuis", "Adam Martin – 5e B": the writer's
            # name and a role or class, set apart by a separator no sentence uses this way.
            name_words is not None
            and name_words.search(content) is not None
            and (re.search(r"\s[–—·•|]\s", content) is not None or _role_in_brackets(content))
            and not _CLOSING.match(content)  # "Groetjes van Lotte (vrijwilliger)": their words
            and len(content.split()) <= _SHORT_LINE_WORDS
            and not re.search(r"[.!?]\s*$", content)
        )
    )


# Besides bars, dashes and dots, the typographic bars and squares some cards are set with:
# "Els Wauters ‖ huisarts ‖ Praktijk Ter Heide", "… ⎮ leerkracht ⎮ …", "… ▪ …".
_CARD_SEPARATOR = re.compile(r"\s[|–—·•‖⎮│¦▪]\s|\s?\|\s?|\t+")
_MIN_CARD_FIELDS = 3
_MAX_CARD_FIELD_WORDS = 6


_FIELD_SEPARATOR = re.compile(r"\s[|·•]\s")


# "Instagram: @marie_vlinder", "snap - lotte.vdb": an account given on a line of its own.
_APP_CONTACT_LINE = re.compile(
    r"(?i)\W{0,3}(?:insta(?:gram)?|snap(?:chat)?|tik\s?tok|discord|twitter|x|threads|bereal"
    r"|telegram|signal|whatsapp|facebook|fb|linkedin)\s*[:\-–]\s*@?[\w.-]{2,40}\s*"
)


# "OpenPGP: 7B1E 0D55 3F2A 91C4 A8E0  22D1 6F0B 4C3A 9E17 5D28", "GPG key: 0x6F0B4C3A9E175D28",
# "Key fingerprint = 7B1E …": the writer's OpenPGP key under their name. A key names its owner
# (its user id) as surely as an address does, and it is no one's sentence. Only with its label:
# bare groups of four digits are a phone, a year or a code. Between 2 and 10 groups of four
# hex digits (a short id to a whole fingerprint), or the same run unbroken.
_KEY_FINGERPRINT_LINE = re.compile(
    r"(?i)(?:(?:(?:open)?pgp|gpg|gnupg)(?:[ \t-]+(?:key|sleutel|cl[ée]))?"
    r"(?:[ \t-]+(?:fingerprint|vingerafdruk|empreinte|id))?"
    r"|(?:key[ \t]+)?fingerprint|vingerafdruk|empreinte|key[ \t]+id)"
    r"[ \t]*[:=][ \t]*(?:0x)?[0-9a-f]{4}(?:[ \t]{0,2}[0-9a-f]{4}){1,9}")


def _short_fields(content: str, separator: re.Pattern[str]) -> list[str]:
    """The fields of a line cut by `separator` (empty ones too), or [] when one of them is
    longer than a card's field or ends a sentence."""
    fields = [field.strip() for field in separator.split(content.strip())]
    if any(len(field.split()) > _MAX_CARD_FIELD_WORDS or re.search(r"[.!?]$", field)
           for field in fields):
        return []
    return fields


def _is_field_line(content: str) -> bool:
    """ "Youth Counsellor | MSc Clinical Psychology | Mental Health Advocate": three or more
    short fields set apart by bars or dots, none a sentence; a headline, not running text."""
    fields = _short_fields(content, _FIELD_SEPARATOR)
    return len(fields) >= _MIN_CARD_FIELDS and all(fields)


def _is_card_line(content: str, name_words: re.Pattern[str] | None) -> bool:
    """ "Nathalie Huybrechts | Notarieel medewerker | Notariaat Huybrechts & Partners",
    "Fiona McAllister | Head of Year 9 | Brightwater School", "Kurt Maes<TAB>Zaakvoerder":
    the writer's name as one field of a line cut into short fields by pipes, dashes, dots
    or tabs, however many words the fields hold together. No sentence is written so."""
    if name_words is None or len(content) > _MAX_LONG_CARD_CHARS or _CLOSING.match(content.strip()):
        return False
    fields = [field for field in _short_fields(content, _CARD_SEPARATOR) if field]
    if len(fields) < 2 or (len(fields) < _MIN_CARD_FIELDS and "\t" not in content):
        return False
    return any(_only_names(field, name_words) for field in fields)


# A ticket system's footer under a mail answered from it: "Melding #GNK-2025-00917 –
# toegewezen aan: Kobe Peeters (Sociale Dienst Genk)", "Ticket 4411 – assigned to: Jo Smith"
# (the writer named as who handles the case, after the cue and its colon), and "U kunt de
# status van uw melding volgen via het e-loket", "You can track the status of your request
# online" (_TICKET_STATUS_LINE, a footer line).
_ASSIGNED_TO = re.compile(
    r"(?i)(?<!\w)(?:toegewezen[ \t]+aan|behandeld[ \t]+door|assigned[ \t]+to|handled[ \t]+by"
    r"|attribu[ée]e?[ \t]+[àa]|trait[ée]e?[ \t]+par)[ \t]*:[ \t]*")
_TICKET_STATUS_LINE = re.compile(
    # The system's formal "u"/"uw" and "vous"/"votre" (and English "your"): "je kan de status
    # van je aanvraag volgen via je ouders" is a volunteer's own advice.
    r"(?i)(?:u[ \t]+kunt|you[ \t]+can|vous[ \t]+pouvez)[ \t]+(?:de[ \t]+|the[ \t]+"
    r"|l['’][ \t]*)?(?:status|stand[ \t]+van[ \t]+zaken|[ée]tat|suivi)[ \t]+(?:van|of|de)[ \t]+"
    r"(?:uw|your|votre)[ \t]+(?:melding|ticket|aanvraag|dossier|request|case|demande)"
    r"[ \t]+(?:volgen|opvolgen|raadplegen|track|follow|check|view|suivre)[^\n]{0,80}")


def _assigned_to_writer(content: str, name_words: re.Pattern[str] | None) -> bool:
    """Whether `content` is a ticket system's line assigning the case to the writer: the cue
    with its colon, then one of the writer's names right after it."""
    if name_words is None:
        return False
    cue = _ASSIGNED_TO.search(content)
    return cue is not None and name_words.match(content, cue.end()) is not None


_MIN_NAME_LINE_WORDS = 2
_MIN_OFFICE_CHARS = 3


def _is_name_and_office_line(content: str, name_words: re.Pattern[str] | None) -> bool:
    """A card line of two fields, too long for _is_card_line's: one of the writer's full names
    (two words or more) and, after a dash, an office written as organisations write it: a
    comma between role and organisation, every word capitalised but a particle or two, a
    number perhaps ("Year 11"), no sentence's end. Or a year of study at a school or university
    named with capitals ("Jonas Maes – 3de bach Hogeschool West"): a student's card line.
    "Lotte Peeters – 4 ASO b" (a class) and "Jan – ik ben er voor je" (a sentence) are no
    office, nor is "Jan Maes – mijn school was ook zo" (the writer's own voice)."""
    if name_words is None:
        return False
    # "Ruth Adeyemi – Head of Year 11, St Columba International School": the writer's full
    # name, one dash or bar (no hyphen), then their office, with no second dash or bar.
    match = _name_dash_role(content)
    if match is None or match["dash"] == "-" or _CLOSING.match(match["name"]) \
            or len(match["role"]) < _MIN_OFFICE_CHARS or re.search(r"[–—|]", match["role"]):
        return False
    name, office = match["name"].strip(), match["role"].strip()
    if len(_WORD.findall(name)) < _MIN_NAME_LINE_WORDS or not _only_names(name, name_words):
        return False
    words = office.replace(",", " ").split()
    if len(words) > _SIGNATURE_OFFICE_WORDS or re.search(r"[.!?:;]$", office):
        return False
    if _SCHOOL_NAME_WORD.search(office) is not None and _OWN_WORD_IN_ROLE.search(office) is None \
            and sum(word[:1].isupper() for word in words) >= _MIN_CARD_FIELDS - 1:
        return True
    if "," not in office:
        return False
    lower = [word for word in words if not word[:1].isupper() and not word[:1].isdigit()]
    return all(word.casefold() in _TITLE_PARTICLES for word in lower) \
        and sum(word[:1].isupper() for word in words) >= _MIN_CARD_FIELDS


# The word that makes a name of capitalised words a school's or a club's.
_SCHOOL_NAME_WORD = re.compile(
    r"(?i)(?:ath[ée]n[ée]e|atheneum|lyc[ée]e|coll[èe]ge|college|[ée]cole|ecole|institut|instituut"
    r"|school|academy|gymnasium|lyceum|campus|university|universit[ée]it|universit[ée])")


def _is_school_card_line(content: str) -> bool:
    """ "St Aldric International School of Brussels · Student Account", "Sint-Jozefscollege |
    Leerlingenaccount": a school's name, all capitalised words (particles aside) with a school
    word among them, as one short field of a line cut by " · " or " | "; a school's platform
    writes it so, no young person writes their story so."""
    if _CLOSING.match(content.strip()):
        return False
    fields = [field for field in _short_fields(content, _FIELD_SEPARATOR) if field]
    if len(fields) < 2:
        return False
    return any(
        _SCHOOL_NAME_WORD.search(field) is not None and len(field.split()) >= 2
        and all(word[:1].isupper() or word.casefold() in _TITLE_PARTICLES
                for word in field.split())
        for field in fields)


# "Klas 3H2", "class 9B", "classe 4A", "Year 10": a school class on a line of its own.
_CLASS_LINE = re.compile(
    r"(?i)(?:klas|class|classe|groep|year|form)\s?[:.]?\s?\d{1,2}\s?[^\W\d_]{0,4}\d{0,2}")
# "Lotte Peeters – 4 ASO b – Sint-Jozef Geel", "Wout – 5TW": a pupil signing with their class
# (and school) after a dash, like an age: their own line, the name in it replaced in place.
_NAME_DASH_CLASS = re.compile(
    r"(?:[^\W\d_][\w'’.-]{0,30}[ \t]){0,3}[^\W\d_][\w'’.-]{0,30}[ \t]{0,3}[–—-][ \t]{0,3}"
    r"\d{1,2}[ \t]?(?:e|de|ste|è?me)?[ \t]?(?:ASO|TSO|BSO|KSO|[A-Za-z]{1,3})(?:[ \t][a-z])?"
    r"(?:[ \t]{0,3}[–—-][ \t]{0,3}[^\W\d_][\w'’.-]{0,30}(?:[ \t][^\W\d_][\w'’.-]{0,30}){0,5})?")
_CLASS_AFTER_NAME = re.compile(r"(?P<name>[^\W\d_][\w'’ .-]{1,60}?)\s+\d{1,2}\s?[A-Za-z]{1,2}")


def _role_in_brackets(content: str) -> bool:
    """ "Peter (volunteer, Leuven team)", "Lien (vrijwilliger)": a role or team in brackets
    after a name; "(they/them)" or "(15)" is not one. Nor is a bracket that opens with the
    writer's pronouns and says more of them after a comma ("(die/hen als dat mag, of
    they/them)"): how they want to be called is theirs to tell, like an age, whatever
    follows the comma."""
    inner = re.search(r"\(([^()]{3,80})\)\s*$", content)
    return inner is not None and (
        _SIGNATURE_WORDS.match(inner[1].strip()) is not None
        or ("," in inner[1] and _OPENS_WITH_PRONOUNS.match(inner[1]) is None
            and _BRACKET_SPEAKS_AS_WRITER.search(inner[1]) is None
            and not _tells_a_name(inner[1].strip())))


def _tells_a_name(inner: str) -> bool:
    """ "eigenlijk Charlotte, maar …": a bracket's cue that tells a name (_BRACKET_TELLS_NAME)
    with a capitalised name after it. "eigenlijk stagiair, team Hasselt" is a role."""
    cue = _BRACKET_TELLS_NAME.match(inner)
    return cue is not None and re.match(r"[ \t]*:?[ \t]+[A-ZÀ-Ý]", inner[cue.end():]) is not None


# "Lotte (eigenlijk Charlotte, maar niemand zegt dat)", "Max (officially Maximilian, but only on
# forms)", "Fred (en fait Frédéric, mais bon)": a bracket that tells what the name is short for
# or really is, the writer's aside about their name; a role and a team never open so.
_BRACKET_TELLS_NAME = re.compile(
    r"(?i)(?:eigenlijk|eig\.|voluit|officieel|offici[eë]le\s+naam|officially|actually|really"
    r"|short\s+for|kort\s+voor|en\s+fait|en\s+vrai|de\s+(?:mon|son)\s+vrai\s+nom"
    r"|pour\s+l['’][ée]tat\s+civil)"
    r"(?![\w'’])")


# "ⴰⵎⴰⵣⵉⵖ (Amazigh, c'est mon prénom, oui je sais)", "Noor (Noortje, ik weet het, mijn oma koos
# hem)": a bracket after the name in which the writer speaks of it in the first person is their
# aside, not a role and a team ("Peter (volunteer, Leuven team)"): a card names a role, it never
# says "je", "ik" or "I".
_BRACKET_SPEAKS_AS_WRITER = re.compile(
    r"(?<![\w'’])(?:(?i:je|ik|mijn|mon|moi|my|mij)(?![\w'’])|I(?:['’]m)?(?![\w'’])"
    r"|(?i:[jm])['’](?=\w))")


# "Sent from my phone. Please excuse my brevity." (K-9 Mail, BlackBerry): the apology a client
# adds to its own line is part of that line.
_BREVITY_APOLOGY = re.compile(
    r"(?i)(?<=[.!])\s+(?:please\s+)?(?:excuse|forgive|pardon)\s+(?:my|the)\s+"
    r"(?:brevity|typos?|spelling)(?:\s+and\s+(?:typos?|brevity|spelling))?\s*[.!]?\s*$"
    r"|(?<=[.!])\s+(?:excusez|pardonnez)\s+(?:la|ma)\s+bri[èe]vet[ée]\s*[.!]?\s*$"
    # Dutch, in every wording K-9 Mail's translations and its users give it: "… met K-9 Mail.
    # Excuseer mijn beknoptheid.", "Excuses voor mijn beknoptheid.", "Excuses voor de typfouten."
    r"|(?<=[.!])\s+(?:excuses?\s+voor|excuseer|sorry\s+voor|vergeef)\s+(?:(?:mijn|de|me\s+de)\s+)?"
    r"(?:beknoptheid|kortheid|korte\S*|typfouten|tikfouten)\s*[.!]?\s*$")


_MAX_APOLOGY_WORDS = 6
# "Sent from Mailspring, the best free email app for work": the app's own praise after its name
# is part of its line.
_CLIENT_TAGLINE = re.compile(
    r"(?i)(?<=\w),\s+(?:the|a|an|le|la|l['’]|de|het|een|die|der|das)\s?[^,.!?\n]{0,40}?"
    r"\b(?:e-?mail\s+app|mail\s+app|e-?mail\s+client|mail\s+client|messagerie|mailapp|e-?mailapp"
    r"|e-?mail-app)\b[^,.!?\n]{0,30}[.!]?\s*$")
# "Envoyé à partir d'Outlook pour Android", "Envoyé d'un iPhone", "Expédié d'iPad":
# the French article or preposition elided before the app's or device's name.
_FRENCH_ELIDED_CLIENT_LINE = re.compile(
    r"(?i:envoy[ée]|exp[ée]di[ée])\s+(?:(?i:[àa]\s+partir|depuis)\s+)?(?i:d|l)['’]\s?"
    r"(?:(?i:un|une)\s+)?i?[A-Z]\S*(?:\s+\S+){0,6}\s*"
)


# "Nagekeken met LanguageTool – schrijf foutloos in 30 talen", "Checked with Grammarly",
# "Corrigé avec Antidote": the line a spelling or grammar checker adds under every mail, with
# its slogan after a dash; like a client line it names the writer's tool, not their words. A
# tool is used "met"/"with"/"avec" and spelled as a brand (a capital, no article): "nagekeken
# door mijn mentor", "proofread by Anna" (a person) and a poem's "Geschreven door …" stay.
_WRITING_TOOL_LINE = re.compile(
    r"(?i:nagekeken|gecontroleerd|gecorrigeerd|verbeterd|taalgecontroleerd|checked|spell-?checked"
    r"|grammar-?checked|proofread|corrected|polished|v[ée]rifi[ée]|corrig[ée]|relu)"
    r"\s+(?i:met|with|using|avec|via)\s+(?!(?i:de|het|een|the|a|an|la|le|les|un|une|mijn|my|mon|ma)\s)"
    r"(?P<tool>[A-ZÀ-Ý][\w.-]{1,30})(?:\s+[A-ZÀ-Ý][\w.-]{1,30})?"
    r"(?:\s+[–—|-]\s+(?P<slogan>[^.!?\n]{1,60})[.!]?)?\s*"
)
# What a tool's line never holds, and a writer's own line in its shape does: a person checked
# it ("nagekeken met Mama", "checked with Mum"; a first name, kin or a teacher), or the words
# after the dash speak of someone or give a reason ("– zij vond hem goed", "– parce que je suis
# dyslexique", "- english is my third language", "– de rest is helemaal van jou!"). A slogan
# speaks to every reader ("schrijf foutloos in al je mails") of no one in particular.
_NOT_A_TOOL = frozenset((
    "mama", "mam", "mams", "mum", "mom", "mummy", "mommy", "papa", "pap", "dad", "daddy",
    "maman", "mamie", "papy", "oma", "opa", "juf", "juffrouw", "meester", "meneer", "mevrouw",
    "mentor", "madame", "monsieur", "mr", "mrs", "ms", "miss", "sir", "prof", "coach",
))
_PERSONAL_SLOGAN = re.compile(
    r"(?i)(?<![\w'’])(?:ik|mijn|me|mij|zij|ze|hij|haar|hem|jou|jouw|omdat|want|is|was|ben|bent"
    r"|vond|vindt|i|i['’]m|my|she|he|her|him|his|because|since|am|are"
    r"|moi|mon|ma|mes|elle|il|lui|parce|car|suis|est|était|trouve)(?![\w'’])")


def _writing_tool_line(content: str) -> bool:
    """Whether `content` is a spelling or grammar checker's line (_WRITING_TOOL_LINE), not
    the writer's own line in that shape (_NOT_A_TOOL, _PERSONAL_SLOGAN)."""
    match = _WRITING_TOOL_LINE.fullmatch(content)
    if match is None:
        return False
    tool = match["tool"].casefold().rstrip(".")
    if tool in _NOT_A_TOOL or tool in gazetteer.load().first_names:
        return False
    return not (match["slogan"] and _PERSONAL_SLOGAN.search(match["slogan"]))


# A device or an app in lower case, as a client line or a young person names it.
_DEVICE_WORD = (r"(?:[\w-]*(?:telefoon|phone|foon|gsm|gsmke|gsmpje|tablet|tablette|apparaat"
                r"|appareil|device|computer|laptop|ordi|ordinateur|portable|mobiel|mobieltje|mobile"
                r"|handy|toestel|chromebook|pc|mac|macbook|ipad|ipod|android|galaxy|samsung|huawei"
                r"|xiaomi|pixel|nokia|oppo|watch|mail|app|outlook|gmail|yahoo|cell|oneplus|sony"
                r"|xperia|motorola|redmi|blackberry|montre|horloge|kindle|windows|bo[îi]te"
                r"|messagerie|adres|adresse|address|account|compte))")
# "sent from my bed at 3am", "Envoyé de mon lit à 3h du mat": a client line names a device or
# an app; the writer's own line in that shape says where they lie or what time it is.
# "Verzonden vanaf mijn hoofd", "sent from my heart", "envoyé de mon cœur": no device is a
# part of the body, the line is the writer's joke on a client line.
_NOT_A_CLIENT = re.compile(
    r"(?i)(?<!\w)(?:\d{1,2}\s?(?:h|u|uur|am|pm|a\.m\.|p\.m\.)(?!\w)|\d{1,2}[:h]\d{2}(?!\w)"
    r"|(?:my|mijn|m['’]n|mon|ma|mein|meinem)\s+(?:bed|bedroom|room|couch|sofa|toilet|bathroom"
    r"|lit|chambre|canap[ée]|salle|kamer|slaapkamer|zetel|wc|badkamer|bett|zimmer"
    r"|head|heart|brain|mind|soul|hoofd|kop|hart|hartje|hersenen|ziel|t[êe]te|c(?:œ|oe)ur"
    r"|cerveau|[âa]me|kopf|herz|gehirn|seele)(?!\w))")


_MIN_INTRODUCING_WORDS = 3  # "Tel:", "E-mail adres:" label a detail; a sentence introduces one


def _introduces(content: str) -> bool:
    """ "Here is the page I mentioned:", "chaque mail se termine par une ligne automatique,
    celle-ci :": a sentence of the writer's that introduces what stands under it (a link, a
    line they quote, an organisation's details), not a card's label ("Tel:")."""
    content = content.strip()
    return content.endswith(":") and len(content.split()) >= _MIN_INTRODUCING_WORDS


# "mijn gegevens:", "je kan me bereiken op:", "nos coordonnées :", "ik werk hier:": an
# introduction that speaks of the writer's own details or workplace.
_OWN_DETAILS = re.compile(
    r"(?i)(?<![\w'’])(?:mijn|m['’]n|mn|ons|onze|my|our|me|mij|moi|mon|ma|mes|notre|nos|werk"
    r"|work|travaille|kantoor|office|bureau)(?![\w'’])|(?<![\w'’])m['’](?=[^\W\d_])")


def _introduces_others(content: str) -> bool:
    """ "is dit een plek waar ze blij waren dat ze het deden:", "PS : leurs coordonnées, pour
    que tu les aies sous la main :": the writer introduces a place or an organisation, not
    themselves: what stands under it is their advice, its address and number too."""
    return _introduces(content) and _OWN_DETAILS.search(content) is None


# "Verzonden vanaf mijn gebroken hart 💔", "Envoyé de mon cœur cassé lol", "sent from my hiding
# place": after "my" a client names a device or an app, by its brand (a capital: "my iPhone",
# "mon Galaxy S21") or by a device's common noun ("my phone", "mijn gsm", "mon téléphone":
# _DEVICE_WORD). A line in that shape whose words after "my" are lower case and name no device
# is the writer's own line, dressed as a client's (after an apology for brevity too).
_OWN_LINE_AS_CLIENT = re.compile(
    r"(?i:sent|verzonden|verstuurd|gestuurd|envoy[ée]|exp[ée]di[ée]|gesendet)\s+"
    r"(?i:from|with|using|via|vanaf|vanuit|vanop|van|met|de|depuis|avec|von|mit|par)\s+"
    r"(?i:my|mijn|m['’]n|mon|ma|mes|mein|meinem|meiner)\s+"
    # The device is named in the first word or two ("mijn oude gsm", "my phone's browser");
    # "sent from my heart that mail cant fix" names none.
    rf"(?!(?:[\w'’-]+[ \t]+)?(?i:{_DEVICE_WORD})(?:['’]?s)?(?![\w'’]))[a-zà-ÿœæ][^A-ZÀ-Ý\n]*")


# "Verstuurd via PinguMail – gratis mailbox met 5 GB opslag. Ook jij? www.pingumail.example",
# "Sent with FooMail | Get your free inbox at foomail.example": a free mail provider's advert
# after its client line, with the link to sign up. The writer's own words after a client line
# ("– sorry voor de typfouten, ik zit op de bus") hold no link, or speak of someone.
_CLIENT_ADVERT = re.compile(
    r"(?P<head>\S.{4,60}?)[ \t]+[–—|-][ \t]+(?P<ad>\S.{0,120})")
_ADVERT_LINK = re.compile(r"(?i)(?:https?://|www\.)\S+|(?<![\w@.-])[\w-]{2,40}\.[a-z]{2,12}(?:/\S*)?$")


# "🎶 Live met De Nachtuilen – vr 14/03 in JC Het Anker, Lier – tickets via nachtuilen.example",
# "gig alert: Paper Lanterns at The Crypt, Hull – Sat 5 April – paperlanterns.example": a
# signature's advert for the writer's band, book or shop, three short fields or more cut by
# dashes, the last ending in its link. No sentence is written so.
_PROMOTION_SEPARATOR = re.compile(r"[ \t][–—|][ \t]")
_MIN_PROMOTION_FIELDS = 3
_MAX_PROMOTION_FIELD_WORDS = 10
_MAX_PROMOTION_CHARS = 240
_MAX_PROMOTION_LINK_WORDS = 3


def _is_promotion_line(content: str) -> bool:
    """Whether `content` is a signature's advert line (see _PROMOTION_SEPARATOR)."""
    content = content.strip()
    if len(content) > _MAX_PROMOTION_CHARS:
        return False
    fields = [field.strip() for field in _PROMOTION_SEPARATOR.split(content)]
    if len(fields) < _MIN_PROMOTION_FIELDS or any(
            not field or len(field.split()) > _MAX_PROMOTION_FIELD_WORDS
            or re.search(r"[.!?]$", field) for field in fields[:-1]):
        return False
    # The last field is the link, perhaps with a word or two before it ("tickets via …");
    # "… – maar lees dit eens: awel.example", "… – lees: awel.example" give one to the reader.
    last = fields[-1].split()
    return len(last) <= _MAX_PROMOTION_LINK_WORDS and _ADVERT_LINK.search(last[-1]) is not None \
        and not any(word.endswith(":") for word in last)


def _client_advert(content: str) -> bool:
    """Whether `content` is a client line with its provider's advert (_CLIENT_ADVERT)."""
    match = _CLIENT_ADVERT.fullmatch(content)
    return match is not None and _ADVERT_LINK.search(match["ad"]) is not None \
        and _CLIENT_LINE.fullmatch(match["head"]) is not None \
        and _NOT_A_CLIENT.search(match["head"]) is None \
        and _PERSONAL_SLOGAN.search(match["ad"]) is None


def _is_client_line(content: str) -> bool:
    """ "Sent from my iPhone", "Verzonden met BlackBerry Work", "Envoyé avec la messagerie
    sécurisée Proton Mail.": a few words, not "sent from my bedroom at 3am because …"; and
    a free provider's line with its advert (_client_advert)."""
    if _client_advert(content):
        return True
    if len(content.split()) > _MAX_CLIENT_LINE_WORDS + _MAX_APOLOGY_WORDS:
        return False  # too long even with "Please excuse my brevity and typos." after it
    if _NOT_A_CLIENT.search(content):
        return False
    bare = _BREVITY_APOLOGY.sub("", content) or content
    bare = _CLIENT_TAGLINE.sub("", bare) or bare
    if _OWN_LINE_AS_CLIENT.fullmatch(bare.strip()):
        return False
    if _writing_tool_line(content):
        return True  # its slogan makes it longer than a client line
    content = bare
    if len(content.split()) > _MAX_CLIENT_LINE_WORDS:
        return False
    if _FRENCH_ELIDED_CLIENT_LINE.fullmatch(content):
        return True
    return bool(_CLIENT_LINE.fullmatch(content) or _MOBILE_LINE.fullmatch(content)
                or _MOBILE_SIGNATURE.fullmatch(content))


# "0471 23 45 67 als ge mij wilt bellen (enkel na 16u …)", "07700 900123 call me after school":
# a number opening a sentence of the writer's own, who asks to be called on it. A card's phone line
# is a label and a number, at most a few words of hours ("GSM 0471 … (na 18u)"), never the
# writer's "me", "mij", "moi": such a line is their words, kept, the number replaced in place.
_CALL_ME_WORD = re.compile(
    r"(?<![\w'’])(?:(?i:me|my|mij|mijn|ik|moi|mon)(?![\w'’])|I(?!\w)|(?i:[jm])['’](?=\w))")
_MIN_SENTENCE_WORDS = 4


def _phone_in_own_sentence(content: str) -> bool:
    """Whether the line opens with a phone number that the writer's own sentence goes on
    from. Only there: "Je kan mij ook bellen tijdens de week: 03 555 12 34" ends a
    volunteer's card, its number after the words as a card gives it, and goes with the card."""
    first = _PHONE.search(content)
    if first is None or content[:first.start()].strip():
        return False
    rest = _PHONE.sub(" ", content)
    return (len(re.findall(r"[^\W\d_]{2,}", rest)) >= _MIN_SENTENCE_WORDS
            and _CALL_ME_WORD.search(rest) is not None)


def _has_phone(content: str) -> bool:
    return any(
        sum(char.isdigit() for char in match.group()) >= _MIN_PHONE_DIGITS
        for match in _PHONE.finditer(content)
    )


_PRONOUNS = re.compile(r"\s*[(\[]\s*[^\W\d_]{2,6}(?:\s*/\s*[^\W\d_]{2,6}){1,2}\s*[)\]]\s*$")


_INITIALS_AT_END = re.compile(r"(?:\s+[A-Z]\.?(?:-?[A-Z]\.?)?)+\s*$")
# "Ruben Jacobs ir.", "dr. Ann Claes", "Sofie Wouters, MSc": degrees and titles around a name
# on its card line belong to the name line.
_DEGREES = r"(?:ir|ing|dr|drs|lic|prof|mr|msc|bsc|ma|ba|phd|mba|md)"
_TITLES_AROUND_NAME = re.compile(
    rf"(?i)^\s*(?:{_DEGREES}\.?\s+)+|(?:\s*,?\s+{_DEGREES}\.?(?![\w'’-]))+\s*$")


def _closing_then_name(content: str, name_words: re.Pattern[str]) -> bool:
    """ "Groetjes, Jef C.", "Cheers, Tom": a closing greeting and the writer's name on one
    line, which stays (the name is replaced in place), unlike "Groetjes, Jef | OCMW Leuven"."""
    match = _CLOSING_THEN_CARD.fullmatch(content.strip())
    if match is None or not _CLOSING.match(match["closing"]):
        return False
    name = _INITIALS_AT_END.sub("", match["card"]) or match["card"]
    words = _WORD.findall(name)
    return not re.search(r"[,|/–—·•]", name) and 0 < len(words) <= _MAX_SIGNED_NAME_WORDS \
        and all(name_words.fullmatch(word.strip(".'’-"))
                or word.casefold() in _TITLE_PARTICLES for word in words)


def _only_names(content: str, name_words: re.Pattern[str]) -> bool:
    """The line is a name and nothing else: "Sam", "Veer", "Jan Peeters", "- Vera", or a few
    capitalised words one of which is a name ("Luc De Smedt", "Gezin Peeters-Janssens").
    Pronouns after it belong to the name line: "Hannah Smith (she/her)", and so do degrees:
    "Ruben Jacobs ir."."""
    content = _TITLES_AROUND_NAME.sub("", _PRONOUNS.sub("", content)) or content
    words = _WORD.findall(content)
    if not words or len(words) > _MAX_NAME_WORDS:
        return False
    if len(words) <= _MAX_NAME_WORDS - 1 and not re.search(r"[.!?,:;]\s*$", content) \
            and all(word[0].isupper() or word.casefold() in _NOT_NAME_PARTS
                    or word.casefold() in _TITLE_PARTICLES for word in words) \
            and name_words.search(content):
        return True
    # "Maëlle D.", "Thomas C.": a surname's initial after the name is part of the name line.
    return all(
        name_words.fullmatch(word.strip(".'’-")) or word.casefold() in _NOT_NAME_PARTS
        or (index > 0 and len(word.rstrip(".")) == 1 and word[0].isupper())
        for index, word in enumerate(words)
    ) and any(name_words.fullmatch(word.strip(".'’-")) for word in words)



def _signature_name_words(who: Identity) -> re.Pattern[str] | None:
    words = [part for name in _clean_names(who.names) for part in _name_parts(name.split())]
    words += [name for name in _clean_names(who.names) if " " not in name.strip()]
    words = [w for w in dict.fromkeys(words) if len(w) >= _MIN_PART_LETTERS][:_MAX_NAME_PARTS]
    if not words:
        return None
    return re.compile("|".join(rf"(?<!\w){_word_regex(w)}(?!\w)" for w in words), re.IGNORECASE)


_MAX_SIGNED_NAME_WORDS = 3


_PRONOUN_WORDS = (r"(?:il|elle|iel|ielle|ael|he|she|they|hij|zij|ze|hen|die|him|her|them|lui"
                  r"|hem|haar|xe|xem|ze|zir|any|all|hun|diens|zijn|his|their|eux)")
# "die/hen als dat mag", "she/they, …": a bracket's words opening with a pair of pronouns.
_OPENS_WITH_PRONOUNS = re.compile(
    rf"[ \t]*(?i:{_PRONOUN_WORDS}[ \t]*/[ \t]*{_PRONOUN_WORDS})(?![\w'’-])")
# A relative writing for a young person says who they are to them: "(haar broer, 19)",
# "(his sister)", "(sa cousine, 17 ans)".
_KIN_WORDS = (r"(?:broer|broertje|zus|zusje|zuster|neef|nicht|nichtje|moeder|vader|mama|papa"
              r"|pleegmoeder|pleegvader|oma|opa|tante|oom|brother|sister|cousin|mum|mom|dad"
              r"|mother|father|foster[ \t]+(?:mum|mom|dad|parent|carer)|aunt|uncle|gran|grandma"
              r"|grandad|fr[èe]re|s[œo]e?ur|cousine?|m[èe]re|p[èe]re|maman|tata|tatie|tonton"
              r"|grand-m[èe]re|grand-p[èe]re)")
# "Zoë / (zij/haar)", "Lander / (4de jaar)", "Ale / iel / they", "Bram / (haar broer, 19)": a
# line of its own under the signed name, holding only their pronouns (bracketed or not), their
# school year, or who they are to the young person they write for (and their age), which
# volunteers need like an age; the name above is replaced where it stands.
_OWN_ASIDE = re.compile(
    rf"[ \t]*(?:[(\[][ \t]*(?:(?i:{_PRONOUN_WORDS}(?:[ \t]*/[ \t]*{_PRONOUN_WORDS}){{1,2}})"
    r"|(?i:\d{1,2}[ \t]?(?:ste|de|e|è?me|th|nd|rd|st)?[ \t]+(?:jaar|middelbaar|secundair|graad"
    r"|leerjaar|ann[ée]e|secondaire|primaire|grade|year|form))"
    r"|(?i:klas|class|classe|groep|year|form|grade)[ \t]?\d{1,2}[ \t]?[^\W\d_]{0,4}"
    r"|(?i:(?:haar|zijn|hun|her|his|their|sa|son|leur|[sm]y)[ \t]+)?"
    rf"(?i:(?:grande?|petite?|big|little|older|younger|kleine|grote|oudere|jongere)[ \t]+)?"
    rf"(?i:{_KIN_WORDS})(?:[ \t]*,[ \t]*\d{{1,2}}(?:[ \t]*(?i:jaar|ans|years?(?:[ \t]+old)?))?)?)"
    r"[ \t]*[)\]]"
    rf"|(?i:{_PRONOUN_WORDS}(?:[ \t]*/[ \t]*{_PRONOUN_WORDS}){{1,2}}))[ \t]*"
)

# "[Signature]", "[Handtekening]", "[Your name]", "[Votre nom]": a letter template's field for
# the signature or the name, in square brackets, left in by the writer who filled the template
# in. Their words, not a name, and no card's line: a logo's alt text in brackets names the
# organisation ("[Bakkerij Verhoeven]", "[cid:image001.png]"), never the field.
_TEMPLATE_FIELD = re.compile(
    r"\[[ \t]*(?i:(?:your|my|uw|je|jouw|mijn|votre|ton|ta|mon)[ \t]+)?"
    r"(?i:signature|handtekening|naam|volledige[ \t]+naam|voornaam|name|full[ \t]+name"
    r"|first[ \t]+name|nom|nom[ \t]+complet|pr[ée]nom)[ \t]*\]")
