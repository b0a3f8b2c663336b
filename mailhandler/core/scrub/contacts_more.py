"""Where the writer is and what a file or a platform knows them by, in shapes the phone and
street patterns of `contacts` do not read.

`replace_coordinates` ("50.46012, 4.85537" copied from a map app), `replace_what3words`
("///lamp.orbit.crane"), `replace_plus_codes` ("9F26+XG Jambes"), `replace_friend_codes` (a
game console's "SW-4821-7730-1956"), `replace_file_numbers` (an asylum file's "SP 8.723.451",
a number the Office des Étrangers or a register knows them by), `replace_logins` ("mon
identifiant pronote c yasmine.ouali7") and `replace_other_digit_phones` (a phone number typed
in Arabic-Indic or Persian digits, "٠٤٨٧ ٣٢ ٥٦ ٧١"). Each replaces only the identifying
value: the words around it are the writer's and stay.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

# --------------------------------------------------------------------------- map positions

# "je l'ai pris sur maps : 50.46012, 4.85537", "51.0543N 3.7174E", "lat 50.8467 lon 4.3525":
# a position copied from a map app points at one house, as a street and number do. Both
# numbers with four decimals or more (a map gives five to seven; prices, marks and times have
# two), the first a latitude (at most 90), the second a longitude (at most 180).
_DECIMAL_DEGREES = r"-?\d{1,3}\.\d{4,10}"
_COORDINATES = re.compile(
    rf"(?<![\w.,-])(?P<lat>{_DECIMAL_DEGREES})[ \t]?°?[ \t]?(?P<ns>[NSns](?![\w]))?"
    r"(?:[ \t]{0,3}[,;/][ \t]{0,3}|[ \t]{1,3})"
    rf"(?:(?i:lon|lng|long)[ \t]*[:=]?[ \t]*)?"
    rf"(?P<lon>{_DECIMAL_DEGREES})[ \t]?°?[ \t]?(?P<ew>[EeWwOo](?![\w]))?(?![\w]|[.,]\d)")
# "50°27'36.4"N 4°51'19.3"E": degrees, minutes and seconds, as a map app also shares them.
_DMS = r"\d{1,3}°[ \t]?\d{1,2}['’′][ \t]?\d{1,2}(?:[.,]\d{1,4})?(?:\"|''|”|″)?[ \t]?"
_DMS_COORDINATES = re.compile(
    rf"(?<![\w.])(?:{_DMS}[NSns])[ \t]{{0,3}}[,;/]?[ \t]{{0,3}}(?:{_DMS}[EeWwOo])(?!\w)")
_MAX_LATITUDE = 90
_MAX_LONGITUDE = 180
# "pi en e: 3.14159, 2.71828", "x = 0.5236 / 1.0472": a maths answer's two numbers under ten
# read as a position off the coast of Ghana. Such a pair is a position only when its line says
# so: a compass letter, a degree sign, or a word of maps and places.
_SMALL_DEGREES = 10
_MAP_WORDS = re.compile(
    r"(?i)(?<!\w)(?:maps?|gps|pin|locati[eo]n?|localisation|locatie|position|positie|co[öo]?rd\w*"
    r"|lat|lng|lon|long|waar|where|o[ùu]|hier|here|ici|woon\w*|live|habit\w*|adres\w*"
    r"|address|adresse|google|waze|plus\s+code)(?!\w)")


def _coordinates(match: re.Match[str], placeholder: str, text: str) -> str:
    lat, lon = abs(float(match["lat"])), abs(float(match["lon"]))
    if lat > _MAX_LATITUDE or lon > _MAX_LONGITUDE:
        return match.group()
    if lat < _SMALL_DEGREES and lon < _SMALL_DEGREES and not (
            match["ns"] or match["ew"] or "°" in match.group()):
        start = text.rfind("\n", 0, match.start()) + 1
        end = text.find("\n", match.end())
        if not _MAP_WORDS.search(text[start:end if end >= 0 else len(text)]):
            return match.group()
    return placeholder


def replace_coordinates(text: str, placeholder: str) -> str:
    """A map position (decimal degrees or degrees, minutes and seconds), replaced."""
    text = _COORDINATES.sub(lambda match: _coordinates(match, placeholder, text), text)
    return _DMS_COORDINATES.sub(placeholder, text)


# "the house is at ///lamp.orbit.crane", "w3w: lamp.orbit.crane", "what3words.com/lamp.orbit.crane":
# three words joined by dots name a square of three metres, a door as surely as a street and
# number. After the app's own "///" mark, or right after its name; the mark and the name stay
# (they tell the reader what was there).
_W3W_WORD = r"[^\W\d_]{1,24}"
_WHAT3WORDS = re.compile(
    rf"(?P<lead>(?<![:/\w])///|(?i:(?<![\w.])(?:what[ \t]?3[ \t]?words|w3w)(?:\.com|\.co)?"
    r"(?:/|[ \t]{0,3}(?:[:=]|(?:is|c['’]est|est|=)(?![\w'’]))?[ \t]{0,3})(?:///)?))"
    # Not closed by another slash or a backslash: "\\\///nee.nee.nee///" is a drawing.
    rf"(?P<words>{_W3W_WORD}\.{_W3W_WORD}\.{_W3W_WORD})(?![\w/\\]|\.\w)")


def replace_what3words(text: str, placeholder: str) -> str:
    """A what3words address, replaced; its "///" or the app's name before it stays."""
    return _WHAT3WORDS.sub(lambda match: match["lead"] + placeholder, text)


# "c'est ici : 9F26+XG Jambes (c'est le code sur google maps)", "9F3G7XQ4+C2": a Plus Code
# (Open Location Code), which Google Maps shows for a place without a street address, names a
# square of some fourteen metres, a door as surely as a street and number. Written in its own
# alphabet (digits 2-9 and twenty letters, no vowels), an even number of them before the "+"
# (four to eight; a short code leaves the first ones to the town written beside it) and two or
# three after; with at least one digit and one letter. The town beside it is the writer's word
# like any town they name, and stays.
_PLUS_CODE_CHAR = "[2-9CFGHJMPQRVWXcfghjmpqrvwx]"
_PLUS_CODE = re.compile(
    rf"(?<![\w+])(?:{_PLUS_CODE_CHAR}{{2}}){{2,4}}\+{_PLUS_CODE_CHAR}{{2,3}}(?![\w+])")


def _plus_code(match: re.Match[str], placeholder: str) -> str:
    code = match.group()
    if not any(char.isdigit() for char in code) or not any(char.isalpha() for char in code) \
            or not (code.isupper() or code.islower()):
        return code
    return placeholder


def replace_plus_codes(text: str, placeholder: str) -> str:
    """A Plus Code, replaced; the town written beside it stays."""
    return _PLUS_CODE.sub(lambda match: _plus_code(match, placeholder), text) \
        if "+" in text else text


# --------------------------------------------------------------------------- friend codes

# "mijn vriendcode is SW-4821-7730-1956", "my friend code: 1234-5678-9012", "code ami
# SW 4821 7730 1956": a game console's friend code lets whoever has it add the writer and write
# to them, as a handle does. A Nintendo Switch code by its own shape ("SW-" and three groups of
# four digits) wherever it stands; any other run of digit groups only after the word for a
# friend code. "Tom Nook wil nog 98.000 bellen" and a score stay. Steam's friend code is one
# run of eight to ten digits ("my steam friend code is 1048836921"), also only after the word.
_FRIEND_CODE_WORD = (r"vriend(?:en)?code|friend[ \t-]?code|code[ \t-]+(?:d['’][ \t]?)?amis?"
                     r"|fc|switch[ \t-]?code|3ds[ \t-]?code")
_FRIEND_CODE = re.compile(
    rf"(?i)(?P<lead>(?<![\w-])(?:{_FRIEND_CODE_WORD})(?![\w'’])[ \t]{{0,3}}"
    r"(?:(?:is|est|c['’]est|=|:)(?![\w'’])[ \t]{0,3}:?[ \t]{0,3})?)"
    r"(?P<code>(?:SW[ \t-]?)?\d{4}(?:[ \t-]?\d{4}){2}|\d{8,10})(?![\w]|[-.]\d)"
    r"|(?<![\w-])(?-i:SW)[ \t-]?\d{4}-\d{4}-\d{4}(?![\w]|[-.]\d)")


# "contact me on Session, my ID is: 05a3f9…" (66 hex digits), a Tox ID (76): a messenger that
# knows no phone number or name gives its account as a public key in hex; whoever has it can
# write to the writer, as with a handle. Sixty-four hex digits or more, digits and letters
# both, in one run: no word of anyone's, whatever stands around it.
# A key a mail client wrapped over lines ("05a3f9…1e0f / 1a2b3c…8192") is the same key: runs
# of hex digits, each with a digit in it, one per line, sixty-four together.
_MESSENGER_KEY = re.compile(
    r"(?<![\w])(?=[0-9a-fA-F]*[a-fA-F])(?=[0-9a-fA-F]*\d)[0-9a-fA-F]{64,}(?!\w)"
    r"|(?<![\w])(?=[0-9a-fA-F]*\d)[0-9a-fA-F]{16,}"
    r"(?:[ \t]*\r?\n[ \t]*(?=[0-9a-fA-F]*\d)[0-9a-fA-F]{8,}(?![\w])){1,3}(?!\w)")
_MIN_KEY_DIGITS = 64


def _messenger_key(match: re.Match[str], placeholder: str) -> str:
    key = re.sub(r"\s", "", match.group())
    if len(key) < _MIN_KEY_DIGITS or key.isdigit() or not any(char.isdigit() for char in key):
        return match.group()
    return placeholder


# "7A3F 91C2 0B4E 66D1 8F29  C3A0 55E1 B7D4 0C98 2E61" under "pub ed25519" in a public key's
# details the writer pastes: an OpenPGP fingerprint (forty hex digits in ten groups of four,
# two spaces in the middle as gpg prints them). A key server gives the name and the address it
# was made for. Hex letters among the digits, or it is a row of numbers.
_KEY_FINGERPRINT = re.compile(r"(?<![\w])[0-9A-Fa-f]{4}(?:[ \t]{1,2}[0-9A-Fa-f]{4}){9}(?!\w)")


def _fingerprint(match: re.Match[str], placeholder: str) -> str:
    return placeholder if re.search(r"[A-Fa-f]", match.group()) else match.group()


def replace_friend_codes(text: str, placeholder: str) -> str:
    """A game console's friend code, a messenger's account key and a public key's fingerprint,
    replaced; the words naming them stay."""
    text = _FRIEND_CODE.sub(lambda match: (match["lead"] or "") + placeholder, text)
    text = _KEY_FINGERPRINT.sub(lambda match: _fingerprint(match, placeholder), text)
    return _MESSENGER_KEY.sub(lambda match: _messenger_key(match, placeholder), text)


# --------------------------------------------------------------------------- file numbers

# "SAJ-BXL/2024/1187", "SPJ/BXL/2023/04417": a service's file reference, its letters (the
# service, the town) and its year and number parted by slashes or dashes; the shape of no
# word, date or price. Used after a file's or a reference's cue only (_FILE_NUMBER, _KEYED_ID).
# (Its last groups up to eight digits: "GV-2025-0391846", a lost-property office's key.)
_REFERENCE = r"[A-Z]{2,6}(?:[-/][A-Z]{2,6})*[-/]\d{2,6}(?:[-/]\d{1,8})+"
# "mon numéro office des étrangers est SP 8.723.451", "mijn dossiernummer bij DVZ: 8723451",
# "my asylum case number is OE 1234567": the number of the writer's file with the Office des
# Étrangers / Dienst Vreemdelingenzaken, Fedasil, the CGRA or a register finds them as surely
# as their name. The cue names the file (a word for "number" and, within a few words, the
# office or the file), then "est"/"is"/":", then the number with up to three letters before it.
_OFFICE = (r"office\s+des\s+[ée]trangers|(?-i:OE|DVZ|CGRA|CGVS)|dienst\s+vreemdelingenzaken"
           r"|vreemdelingenzaken|immigration\s+office|fedasil|registre\s+national|rijksregister"
           r"|national\s+register|asile|asiel|asylum")
_FILE_NUMBER_WORD = r"num[ée]ro|n°|no|nummer|nr|number"
_FILE_NUMBER = re.compile(
    # "numéro office des étrangers", "numéro de dossier", "nummer bij DVZ", "number at the
    # immigration office": the word for a number, at most three words, the office or file.
    rf"(?i)(?P<lead>(?<!\w)(?:(?:{_FILE_NUMBER_WORD})\.?(?!\w)(?:[^\S\n]{{1,3}}[^\W\d][\w'’]*){{0,3}}?"
    rf"[^\S\n]{{0,3}}(?:[ld]['’])?(?:{_OFFICE}|dossier)"
    # "dossiernummer", "case number", "asylum number", "DVZ-nummer", "OE n°".
    rf"|(?:{_OFFICE}|dossier|case|file)[\s-]?(?:{_FILE_NUMBER_WORD})\.?)(?!\w)"
    # "dossiernummer bij DVZ", "numéro de dossier à l'OE", "case number with the immigration
    # office": the office the file is kept at, named after it.
    rf"(?:[^\S\n]{{1,3}}(?:bij|van|voor|at|with|of|from|for|[àa]|de|du|aupr[èe]s\s+de|chez)"
    rf"[^\S\n]{{1,3}}(?:(?:de|het|the|la|le)[^\S\n]{{1,3}}|[ld]['’])?(?:{_OFFICE})(?!\w))?"
    r"[^\S\n]{0,3}(?:(?:is|est|c['’]est|=|:)(?!\w)[^\S\n]{0,3}:?[^\S\n]{0,3})?"
    # "c'est le SPJ/BXL/2023/04417", "is het DVZ/2024/118": an article before a reference.
    r"(?:(?:le|la|het|the)[^\S\n]{1,3}(?=(?-i:[A-Z]{2,6}[-/])))?)"
    # "Dossiernummer: R-2025-0488172": up to three letters before the number, a dash between.
    rf"(?P<number>(?:[A-Z]{{1,3}}[ \t]?[:.-]?[ \t]?)?\d(?:[ \t./-]?\d){{4,11}}|(?-i:{_REFERENCE}))"
    r"(?![\w]|[./-]\d)")
# "SP 8.723.451", "SP: 8723451": the Office des Étrangers' own file reference, whatever stands
# before it; "OV 9.214.376", the same file as the Dienst Vreemdelingenzaken writes it. Written
# with capitals only (its letters are the office's abbreviation).
# "mon numéro SP c'est 9.876.543", "mijn OV is 9214376": the reference and its number joined by
# the word a sentence puts between them; then the words stay and the number goes.
_SP_NUMBER = re.compile(
    r"(?<![\w.])(?P<said>(?:SP|OV)[ \t]?(?i:c['’]est|est|is)(?![\w'’])[ \t]?)?"
    r"(?(said)|(?:SP|OV)[ \t]?[:.-]?[ \t]?)"
    r"\d(?:\.?\d{3}){2}(?![\w]|[./-]\d)")
# "ik woon in opvangcentrum in Sint-Niklaas kamer 14", "je dors au centre Fedasil, chambre 8":
# the room where they sleep in a reception centre, a boarding school or a home finds them there
# (the centre is content: volunteers need to know where they live). Only with the residence
# named on the same line: "kleedkamer 2" or "room 4 at camp" are the writer's story.
_RESIDENCE = (r"(?:opvang|asiel)centrum|opvang|centre\s+(?:d['’]accueil|fedasil|croix[\s-]rouge)"
              r"|fedasil|rode\s+kruis|croix[\s-]rouge|asylum\s+centre|reception\s+centre"
              r"|internaat|internat|boarding\s+school|foyer|tehuis|leefgroep"
              # "je suis au Home Lucie Dejardin, chambre 3.14": a student residence or a care
              # home ("un home", "het home" in Belgium), a "résidence universitaire", a hall.
              r"|r[ée]sidence(?:\s+universitaire)?|studentenhome|studentenhuis"
              r"|student\s+(?:residence|housing|hall)|halls?\s+of\s+residence"
              r"|(?:(?<=\bau\s)|(?<=\bun\s)|(?<=\ble\s)|(?<=\bdu\s)|(?<=\bmon\s)|(?<=\bce\s)"
              r"|(?<=\been\s)|(?<=\bhet\s)|(?<=\bons\s))home")
# A room's number, perhaps with its wing's letter before it ("B14", "B-14") or after it ("14b"),
# or its floor ("3.14", the third floor's room 14).
_ROOM = r"(?-i:[A-Z][ \t.-]?)?(?:\d{1,2}\.\d{2,3}|\d{1,4}[a-zA-Z]?)"
# "mijn kamer 2 keer opgeruimd", "ma chambre 3 fois": a count, not a room's number.
_ROOM_END = (
    r"(?![\w]|[.,]\d)"
    r"(?![ \t]+(?:keer|maal|fois|times|x|jaar|ans?|years?|uur|heures?|hours?|min|minuten"
    r"|minutes?|dagen|jours?|days?|weken|semaines?|weeks?|euros?|m|meter|meters|m[èe]tres?"
    r"|m²)(?!\w))")
_ROOM_NUMBER = re.compile(
    rf"(?i)(?P<lead>(?<!\w)(?:{_RESIDENCE})(?!\w)[^\n.!?]{{0,60}}?(?<!\w)(?:kamer|chambre|room)"
    r"(?:[ \t]+(?:nummer|nr\.?|n°|num[ée]ro|number|no\.?))?[ \t]*:?[ \t]*)"
    rf"(?P<number>{_ROOM}){_ROOM_END}")
# "je suis au centre croix rouge / … / ma chambre B14": the room named with "my" further on, the
# residence in an earlier sentence of the same text. The residence must have been named before
# (_RESIDENCE_NAMED), or "mijn kamer 2 keer opgeruimd" would lose its words.
_RESIDENCE_NAMED = re.compile(rf"(?i)(?<!\w)(?:{_RESIDENCE})(?!\w)")
# "un de nos élèves, Wesley (15 ans, chambre 214)": the room given in brackets beside someone,
# as their age is, is theirs as surely as "my room" is the writer's.
_OWN_ROOM_NUMBER = re.compile(
    r"(?i)(?P<lead>(?:(?<![\w'’])(?:ma|mon|mijn|m['’]n|my)[ \t]+"
    r"|(?<=\()(?:[^()\n]{1,40}?,[ \t]*)?)(?:kamer|chambre|room)"
    r"(?:[ \t]+(?:nummer|nr\.?|n°|num[ée]ro|number|no\.?))?[ \t]*:?[ \t]*"
    r"(?:(?:is|est|c['’]est)[ \t]+)?)"
    rf"(?P<number>{_ROOM}){_ROOM_END}")


# "chave: 123.456.789-09 (CPF)", "CPF 12345678909": a Brazilian's national number (the CPF),
# which Brazilians give as their Pix key to be paid. Written with its dots and dash it has a
# shape no other number has; eleven digits in a row only beside the word "CPF". Either way its
# two check digits must be right: "123.456.789-10" is a reference of some other kind.
_CPF = re.compile(r"(?:(?<![\w.-])\d{3}\.\d{3}\.\d{3}-\d{2}"
                  r"|(?<=CPF)[ \t]?[:=]?[ \t]?\d{11}"
                  r"|(?<![\w.-])\d{11}(?=[ \t]?\(?CPF\b))(?![\w]|[.-]\d)")
_CPF_DIGITS = 11
# "09.03.14-287.51": the Belgian national number as the eID, a sticker or a payslip prints it
# (birth date, dot, dash, sequence, dot, check digits); no other number is written so.
_NATIONAL_NUMBER = re.compile(
    r"(?<![\w.-])\d{2}\.(?:0\d|1[0-2]|[2-5]\d)\.[0-3]\d-\d{3}\.\d{2}(?![\w]|[.-]\d)")
# "een grijze ford met 1-KDW-482", "la Clio AB-123-CD": a car's number plate in the shape the
# Belgian (a digit, three capitals, three digits) and the French (two capitals, three digits,
# two capitals) registers give it, dashes between; the register knows whose car it is, and the
# car is the family's. Capitals and dashes just so: "1-0", "groep 3-B" or a code "AB-123" stay.
_NUMBER_PLATE = re.compile(r"(?<![\w-])(?:[1-9]-[A-Z]{3}-\d{3}|[A-Z]{2}-\d{3}-[A-Z]{2})(?![\w-])")
# "er is een man die mij volgt … een witte bestelwagen, nummerplaat 1-ABC-123": the plate of a
# stranger's car the writer noted is their story (what they would tell the police), no one of
# theirs; a stranger named shortly before the plate keeps it.
_STRANGER = re.compile(
    r"(?i)(?<!\w)(?:een\s+(?:man|vrouw|vent|gast)|iemand|vreemde|onbekende|a\s+(?:man|woman|guy)"
    r"|someone|somebody|stranger|unknown|un\s+(?:homme|mec|inconnu)|une\s+(?:femme|inconnue)"
    r"|quelqu['’]un|inconnue?)(?!\w)")
_STRANGER_REACH = 200  # characters before the plate: its sentence and the one before


def _number_plate(match: re.Match[str], placeholder: str) -> str:
    before = match.string[max(0, match.start() - _STRANGER_REACH):match.start()]
    return match.group() if _STRANGER.search(before) else placeholder


def _cpf_check_digits_right(value: str) -> bool:
    digits = [int(char) for char in value if char.isdigit()]
    if len(digits) != _CPF_DIGITS or len(set(digits)) == 1:
        return False
    for count in (9, 10):
        weights = range(count + 1, 1, -1)
        total = sum(digit * weight for digit, weight in zip(digits[:count], weights, strict=True))
        if (total * 10) % 11 % 10 != digits[count]:
            return False
    return True


def _cpf(match: re.Match[str], placeholder: str) -> str:
    value = match.group()
    if not _cpf_check_digits_right(value):
        return value
    lead = value[:len(value) - len(value.lstrip(" \t:="))]
    return lead + placeholder


# "Katrien / vrijwilliger nr. 214", "volunteer no. 37", "bénévole n° 12", "vrijwilligersnummer:
# 214": the number a helpline or an organisation gives one volunteer names them to anyone who
# reads several of their answers, as their name does. The number is replaced, the words
# before it stay ("vrijwilliger nr. […]"). Only after a volunteer's
# word: "kamer 14", "lid nr. 3 van de ploeg" or "nummer 7 op mijn shirt" are a story's.
_VOLUNTEER_NUMBER = re.compile(
    r"(?i)(?P<lead>(?<!\w)(?:vrijwillig(?:st)?ers?|volunteer|b[ée]n[ée]vole)[ \t]*"
    r"(?:nr\.?|nummer|no\.|n°|num[ée]ro|number|#)[ \t]*:?[ \t]*)"
    r"(?P<number>\d{1,6})(?![\w]|[.,]\d)")
_VOLUNTEER_NUMBER_WORD = re.compile(
    r"(?i)(?<!\w)(?:vrijwillig(?:st)?ers?|volunteer|b[ée]n[ée]vole)")


# "Code permanent : TREG 5311 0812" (a Québec pupil's number), "UniApply ID 274-118-3390",
# "N° INAMI 3-21456-32-001" (a parent's practitioner number), "réf. SAJ-BXL/2024/1187" (a
# youth service's file): a number a school, an admissions platform, a health insurer or a
# service files one person under, as its key names it. The value must look like one: digits
# in groups (at least six), perhaps after a few capitals; "ID" in capitals after a platform's
# capitalised name only, and a reference only with capitals, a slash or dash and digits ("réf.
# 12" stays), so a puzzle's number ("Puzzle #560") or a price is no one's. "my student number
# is 2025-2026-0412" is the writer's own sentence, content as dev/round29 labels it.
_KEYED_ID = re.compile(
    r"(?P<lead>(?<![\w-])(?:(?i:code[ \t]+permanent|matricule|leerlingnummer|stamboeknummer"
    r"|rijksregisternummer|riziv(?:-?nummer)?|inami|num[ée]ro[ \t]+de[ \t]+matricule|identifiant"
    # "INSZ 09.03.14-287.51" on a health insurer's sticker, "NISS : …", "numéro national": the
    # Belgian national number under the names social security and the register give it.
    r"|insz|niss|rijksregister|(?:num[ée]ro|n°)[ \t]+(?:de[ \t]+registre[ \t]+)?national"
    r"|n°[ \t]+(?:inami|riziv)"
    # "your passport no. LY4471903" in a consulate's text, "paspoortnummer: EM1234567": the
    # document's number names its holder; "Réf. intérimaire : 448812" in a temp agency's
    # message, "réf. client 2231845": the number a firm files its worker or client under.
    r"|passport(?:[ \t]+number)?|passeport|paspoort(?:nummer)?"
    r"|num[ée]ro[ \t]+de[ \t]+passeport"
    r"|r[ée]f\.?[ \t]{1,3}(?:int[ée]rimaire|client|cliente|klant|customer|candidat|candidate"
    r"|adh[ée]rent|adh[ée]rente|membre|lid|member)"
    # "IPP 0048213" on a hospital wristband (a French hospital's patient number; "PID 40028113"
    # on a Flemish one, its patient identifier, as on the labels of the same ward); "Convocation
    # n° 69-2025-118734", "Facture Proximus n° 2025-03-118822", "Factuur nr. 2025/0412877": a
    # summons's or a bill's number, sent to one person or household (the label policy P6).
    r"|ipp|pid|(?:convocation|facture|factuur|invoice)(?:[ \t]+[^\W\d_][\w-]{1,30})?"
    r"(?=[ \t]{1,3}(?:n°|nr\.?|no\.?|\#)))"
    r"|[A-Z][\w-]{1,30}[ \t]ID)(?![\w'’])"
    r"[ \t]{0,3}(?:(?i:n°|nr\.?|no\.?)[ \t]{0,3})?[:#]?[ \t]{0,3}"
    r"(?:(?i:is|est|c['’]est)[ \t]{1,3})?)"
    r"(?P<number>(?:[A-Z]{1,5}[ \t-]?)?\d(?:[ \t./-]?\d){5,14})(?![\w]|[./-]\d)"
    # "placement reference is NLC/FC/20417", "dossiernummer bij Jeugdzorg is JZ-ANT-11873": a
    # care or youth service's file, the service perhaps named after the key, "is" before the
    # value; a value of two groups of capitals and one of digits is as much a file's key.
    # "mijn dossier bij het JAC is JAC-OVL-2025-00417", "my case at cafcass is ref CAF 00417
    # 22", "dossiernummer bij de jeugdrechter: JR/2025/00417", "mijn dossier bij het CLB,
    # nummer CLB-2025-417": the writer's own file, the service after "bij"/"at" (an article,
    # a name in any case), then a comma, "is", "nummer" or "ref" before the value.
    r"|(?P<ref_lead>(?<![\w-])(?i:r[ée]f|ref|r[ée]f[ée]rence|reference|referentie|kenmerk"
    r"|dossiernummer|dossier[ \t]+number|case[ \t]+number|file[ \t]+number"
    r"|num[ée]ro[ \t]+de[ \t]+dossier"
    # "Dossier: GAS/2024/08812" at the head of an official letter: the field's label alone
    # (with its colon) keys the file as "dossiernummer" does; the value must still have a
    # reference's shape, so "dossier: ik heb …" in a sentence is left alone.
    r"|dossier(?=[ \t]*:)"
    # "dossiernr. bij het JAC: …", "mijn wachtlijstnummer is WL-2026-0847", "my waiting list
    # number is …": the same keys abbreviated, or a waiting list's number for the writer.
    r"|dossier[ \t]?nr|wachtlijst[ \t-]?(?:nummer|nr)|waiting[ \t]+list[ \t]+(?:number|no)"
    r"|num[ée]ro[ \t]+(?:sur[ \t]+la[ \t]+)?liste[ \t]+d['’]attente"
    # "Je staat op onze wachtlijst met nummer WL-2026-0847", "– code SF-88213" in a school-photo
    # order: a list's or an order's number given to one person, in a reference's shape.
    r"|met[ \t]+(?:het[ \t]+)?nummer|with[ \t]+(?:the[ \t]+)?(?:number|reference)"
    r"|sous[ \t]+(?:le[ \t]+)?(?:num[ée]ro|n°)|code"
    r"|(?:mijn|m['’]n|mn|ons|my|our|mon|notre)[ \t]{1,3}(?:dossier|case|file))\.?"
    r"(?:[ \t]{1,3}(?i:bij|at|with|chez|aupr[èe]s[ \t]+de)[ \t]{1,3}"
    r"(?:(?i:de|het|the|la|le)[ \t]{1,3}|(?i:l)['’])?[^\W\d_][\w-]{1,30}"
    r"(?:[ \t]{1,3}[^\W\d_][\w-]{1,30}){0,2})?"
    r"(?:[ \t]{0,3}(?:[,:]|(?i:is|est|c['’]est|nummer|number|num[ée]ro|nr|n°|r[ée]f|ref)\.?"
    r"(?![\w'’]))){0,3}[ \t]{0,3})"
    rf"(?P<ref>{_REFERENCE}|[A-Z]{{2,6}}(?:[-/][A-Z]{{2,6}})+[-/]\d{{4,8}}"
    rf"|[A-Z]{{2,6}}[-/]\d{{5,8}}"
    # "CAF 00417 22": capitals and digits in groups (five at least) after such a key.
    r"|[A-Z]{2,6}[ \t]\d{3,8}(?:[ \t]\d{1,6}){0,3})(?![\w]|[./-]\d)")
_MIN_KEYED_DIGITS = 5


def _keyed_id(match: re.Match[str], placeholder: str) -> str:
    if match["ref"] is not None \
            and sum(char.isdigit() for char in match["ref"]) < _MIN_KEYED_DIGITS:
        return match.group()  # "ref AB 12 3": too few digits to file anyone under
    return (match["lead"] if match["lead"] is not None else match["ref_lead"]) + placeholder


# "Leerling: MELNYK Oksana – klas 1B3 – nr. 17", "Élève : Dupont Léa, classe 2C, n° 12": the
# pupil's line at the top of a report card or a school paper they paste. Beside the name, the
# class and the pupil's number in it point to one child; on a line the pupil's label opens,
# both go and the words naming them stay. "klas 3 is moeilijk" in running text stays.
_PUPIL_LINE = re.compile(
    r"(?im)^[ \t]*(?:leerling|[ée]l[èe]ve|pupil|student|[ée]tudiante?|naam[ \t]+leerling"
    r"|nom[ \t]+de[ \t]+l['’][ée]l[èe]ve)[ \t]*:[^\n]*")
_CLASS_ON_PUPIL_LINE = re.compile(
    r"(?i)(?P<lead>(?<![\w'’])(?:klas|classe|class|groep|form)[ \t]*:?[ \t]*)"
    r"(?P<code>\d{1,2}[A-Za-z][A-Za-z0-9]{0,3}|[A-Za-z]{1,2}\d[A-Za-z0-9]{0,3})(?![\w])")
_NUMBER_ON_PUPIL_LINE = re.compile(
    r"(?i)(?P<lead>(?<![\w'’])(?:nr|n°|no|nummer|num[ée]ro|number|#)\.?[ \t]*:?[ \t]*)"
    # The number ends its part of the line ("nr. 17", "n° 12 –"): "nummer 1 van de klas", "n°1
    # en maths" and "no 1 ever asks me" are the writer's sentence after the label.
    r"(?P<code>\d{1,3})(?=[ \t]*(?:$|[,;)|–—-]))")


def _pupil_line(match: re.Match[str], placeholder: str) -> str:
    line = _CLASS_ON_PUPIL_LINE.sub(lambda found: found["lead"] + placeholder, match.group())
    return _NUMBER_ON_PUPIL_LINE.sub(lambda found: found["lead"] + placeholder, line)


def replace_file_numbers(text: str, placeholder: str) -> str:
    """An immigration or register file's number, the room of a residence, a number a school,
    platform or service files one person under, a volunteer's number, a national number by
    its shape (the CPF) and a car's number plate by its shape, replaced; the words naming them
    stay."""
    text = _FILE_NUMBER.sub(lambda match: match["lead"] + placeholder, text)
    text = _KEYED_ID.sub(lambda match: _keyed_id(match, placeholder), text)
    if _VOLUNTEER_NUMBER_WORD.search(text):
        text = _VOLUNTEER_NUMBER.sub(lambda match: match["lead"] + placeholder, text)
    text = _ROOM_NUMBER.sub(lambda match: match["lead"] + placeholder, text)
    text = _PUPIL_LINE.sub(lambda match: _pupil_line(match, placeholder), text)
    if (named := _RESIDENCE_NAMED.search(text)) is not None:
        text = text[:named.end()] + _OWN_ROOM_NUMBER.sub(
            lambda match: match["lead"] + placeholder, text[named.end():])
    if "-" in text or "CPF" in text:
        text = _CPF.sub(lambda match: _cpf(match, placeholder), text)
        text = _NATIONAL_NUMBER.sub(placeholder, text)
        text = _NUMBER_PLATE.sub(lambda found: _number_plate(found, placeholder), text)
    return _SP_NUMBER.sub(lambda match: (match["said"] or "") + placeholder, text)


# --------------------------------------------------------------------------- logins

# "sinon mon identifiant pronote c yasmine.ouali7", "mijn smartschool login is jan.peeters7",
# "my school username: j_peeters12": the account a platform knows them by (often their name,
# always a way to find them). The word for a login, perhaps a platform's name beside it, a
# link ("est", "c", "is", ":"), then a value with an account's marks (a dot, "_" or a digit
# between letters): "mon identifiant est bloqué" names no account, and stays.
_LOGIN_WORD = (r"identifiant|login|log-in|loginnaam|gebruikersnaam|username|user\s?name"
               r"|user\s?id|nom\s+d['’]utilisateur"
               # "ik verkoop op Vinted (mijn naam daar is kat_geo_aalst)", "my name on there is
               # lil_sam09": their own name on a platform, given with an account's marks.
               r"|(?:mijn|m['’]n|my|mon)\s+(?:naam|name|nom|pseudo)")
_LOGIN = re.compile(
    rf"(?i)(?P<lead>(?<![\w@.])(?:{_LOGIN_WORD})(?![\w'’])"
    r"(?:[ \t]{1,3}(?!(?:is|est|c|cest|c['’]est)(?![\w'’]))[^\W\d][\w'’-]{0,24}){0,2}?"
    r"[ \t]{0,3}(?:[:=]|(?:is|est|c['’]est|cest|c|heet)(?![\w'’]))[ \t]{0,3}:?[ \t]{0,3})"
    r"(?P<handle>[^\W_][\w.-]{0,40}[^\W_])(?![\w@-]|\.\w)")
_ACCOUNT_MARK = re.compile(r"[^\W_][._\d-]|[._\d-][^\W_]")
# "mijn login is kapot.ik kan niet meer in", "mon identifiant c nul.je peux plus", "my login
# is gone.i cant": a full stop typed without its space, the next sentence opening with a
# pronoun or a little word; "mijn login is 2de keer geblokkeerd": a count. No account.
_RUN_ON = re.compile(
    r"(?i)[^\W\d_]+\.(?:ik|'k|je|j|jij|ge|gij|we|wij|ze|zij|hij|het|dat|dus|en|maar|want|nu"
    r"|toen|i|you|we|it|my|so|and|but|now|the|tu|il|elle|on|nous|vous|ils|elles|ça|ca|mais"
    r"|donc|et|jsp|jpp|mdr|lol)")
# "je gebruikersnaam is voornaam.achternaam", "ton identifiant c prenom.nom": how a login is
# made, a volunteer's help, no one's account.
_TEMPLATE_WORDS = frozenset((
    "voornaam", "achternaam", "familienaam", "naam", "jouwnaam", "prenom", "prénom", "nom",
    "firstname", "lastname", "surname", "name", "first", "last", "yourname", "jaar", "year",
    "annee", "année", "geboortejaar", "xxx", "xx", "x", "123", "1234"))
_ORDINAL_COUNT = re.compile(
    r"(?i)\d{1,3}(?:ste|de|e|me|ème|eme|er|ère|re|nd|rd|th|st|x|keer|fois|times)")


def _login(match: re.Match[str], placeholder: str) -> str:
    handle = match["handle"]
    if not (_ACCOUNT_MARK.search(handle) and re.search(r"[._\d]", handle)) \
            or sum(char.isalpha() for char in handle) < 2 or handle.isdigit() \
            or _RUN_ON.fullmatch(handle) or _ORDINAL_COUNT.fullmatch(handle) \
            or all(piece.casefold() in _TEMPLATE_WORDS for piece in re.split(r"[._-]", handle)):
        return match.group()
    return match["lead"] + placeholder


# "haar gsm hangt nu op ons wifi WiFi-Peeters", "our wifi is called TheKhans5G", "notre réseau
# s'appelle Livebox-Dupont": the name of the family's home network, which neighbours and
# every guest's phone see, often the family's name. After "our/my wifi" (a link perhaps), a
# network's name has a network's marks: a capital, a digit, a dash or "_", and a letter ("ons
# wifi werkt niet", "our wifi is slow", "ons wifi 100 keer" name none, and stay).
_HOME_NETWORK = re.compile(
    r"(?i)(?P<lead>(?<![\w'’])(?:ons|onze|our|notre|nos|mijn|my|m['’]n|mon|thuis)[ \t]+"
    r"(?:wifi|wi-fi|wlan|wifi-?netwerk|netwerk|network|r[ée]seau)"
    r"(?:[ \t]+(?:heet|noemt|is|called|named|s['’]appelle|c['’]est|genaamd)){0,2}[ \t]*:?[ \t]*"
    r"[\"“„'‘«]?[ \t]?)"
    r"(?P<ssid>[^\W_][\w.-]{1,30}[^\W_])(?![\w@-])")
_NETWORK_MARK = re.compile(r"[A-Z\d_-]")


def _home_network(match: re.Match[str], placeholder: str) -> str:
    ssid = match["ssid"]
    if not _NETWORK_MARK.search(ssid) or not any(char.isalpha() for char in ssid):
        return match.group()
    return match["lead"] + placeholder


def replace_logins(text: str, placeholder: str) -> str:
    """An account named after the word for a login, and the family's home network named
    after "our wifi", replaced; the words stay."""
    text = _HOME_NETWORK.sub(lambda match: _home_network(match, placeholder), text)
    return _LOGIN.sub(lambda match: _login(match, placeholder), text)


# --------------------------------------------------------------------------- other digits

# "son numéro c le mien : ٠٤٨٧ ٣٢ ٥٦ ٧١", "Mijn telefoon: ۰۴۸۴ ۵۵ ۶۰ ۱۲": a number typed on a
# keyboard of Arabic, Persian, Devanagari or any other script's digits is the same number.
# A run of digits holding one of another script, read as ASCII digits (one for one, so every
# position stays), is put to the same rules as one typed in ASCII, with the words before it
# on its line for the cues ("bestelnummer …"); when they replace it, it is replaced. Runs of
# ASCII digits alone were seen by those rules already.
_DIGIT_RUN = re.compile(r"(?<![\w+])(?:\+|00)?\d(?:[ \t./()-]{0,3}\d){3,19}(?!\w)")
_DIGITS_CUE_REACH = 40


def _ascii_digits(text: str) -> str:
    return "".join(str(unicodedata.decimal(char)) if char.isdecimal() and not char.isascii()
                   else char for char in text)


def replace_other_digit_phones(text: str, replace: Callable[[str], str]) -> str:
    """Each run of digits of another script that `replace` (the rules for ASCII digits)
    changes once read as ASCII, changed as `replace` changes it; any other stays as typed."""
    if text.isascii():
        return text

    def run(match: re.Match[str]) -> str:
        value = match.group()
        if value.isascii():
            return value
        ascii_value = _ascii_digits(value)
        line_start = text.rfind("\n", 0, match.start()) + 1
        cue_start = max(line_start, match.start() - _DIGITS_CUE_REACH)
        before = _ascii_digits(text[cue_start:match.start()])
        replaced = replace(before + ascii_value)
        if not replaced.startswith(before):
            # The words before changed with it ("+32" cut off at the reach): read it alone.
            before, replaced = "", replace(ascii_value)
        return value if replaced[len(before):] == ascii_value else replaced[len(before):]

    return _DIGIT_RUN.sub(run, text)


# --------------------------------------------------------------------------- cloud links

# "https://sintjan-my.sharepoint.example/:w:/g/personal/lars_claes_leerling_sintjan_example/EQx…":
# a OneDrive for Business share link ("<tenant>-my.sharepoint.<tld>", with or without the
# ":w:/g/"-style kind of file) carries its owner's account in the folder after "/personal/": the
# school or work address with "@" and "." written as "_". It names whoever shared the file, as
# an address does; the rest of the link (tenant, file's key) stays, so the reader can still
# see what was shared.
_ONEDRIVE_OWNER = re.compile(
    r"(?i)(?P<lead>\bhttps?://[\w-]{1,63}-my\.sharepoint\.[a-z.]{2,30}"
    r"(?:/:[a-z]{1,2}:/[a-z])?/personal/)(?P<owner>[\w.-]{3,200}?)(?=[/?#]|[^\w.-]|$)")


def replace_cloud_link_owners(text: str, placeholder: str) -> str:
    """The account in a cloud drive's personal share link, replaced; the link's rest stays."""
    if "sharepoint" not in text.casefold():
        return text  # the one scan for an all but absent shape
    return _ONEDRIVE_OWNER.sub(lambda match: match["lead"] + placeholder, text)
