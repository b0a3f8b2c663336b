"""Contact details in the text: app handles, phone numbers (also spelled or mixed), streets.

`replace_handles` and `replace_contact_details`. Separate because these are found by shape,
whoever they belong to.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from urllib.parse import unquote_plus

from mailhandler.core.redact import gazetteer
from mailhandler.core.scrub.contacts_more import (
    replace_cloud_link_owners,
    replace_coordinates,
    replace_file_numbers,
    replace_friend_codes,
    replace_logins,
    replace_other_digit_phones,
    replace_plus_codes,
    replace_what3words,
)
from mailhandler.core.scrub.identity import (
    _INVISIBLE,
    _MIN_NAME_CHARS,
    _MIN_PART_LETTERS,
)
from mailhandler.core.scrub.names_words import (
    _FUNCTION_WORDS,
    _NOT_INTRODUCED,
)
from mailhandler.core.scrub.phones_text_speak import (
    replace_text_speak_phones,
)
from mailhandler.core.scrub.signature_lines import (
    _BRACKETED_AREA_PHONE,
    _CLASS_LINE,
    _CLOSING,
    _DATE_FIRST,
    _LOWER_FOREIGN_STREET,
    _LOWER_STREET_IN_TEXT,
    _MAX_SIGNED_NAME_WORDS,
    _MIN_PHONE_DIGITS,
    _MIN_TAIL_DIGITS,
    _NOT_STREETS,
    _PHONE,
    _SCHOOL_NAME_WORD,
    _STREET_IN_TEXT,
    _STREET_SUFFIXES,
    _UNIT_POSTCODE,
    _contact_details,
    _introduces_others,
    _is_service_number,
)

# --------------------------------------------------------------------------- contact details

# "mijn insta is @blauwe_vlinder.11", "snap warreeh", "discord maxou_lry", "tiktok: @x": the
# account a writer names after its app reaches them as surely as their address, whether or
# not it holds their name.
_APPS = (r"insta(?:gram)?|ig|snap(?:chat)?|sc|tik\s?tok|discord|twitter|threads|bereal|twitch"
         r"|telegram|steam|psn|xbox|roblox|fortnite|minecraft|gamertag|pseudo|username"
         r"|gebruikersnaam")
_APP_HANDLE = re.compile(
    rf"(?i)(?<![\w@.#-])(?:{_APPS})(?:\s+(?:naam|name|account|username|handle|id|tag|pseudo))?"
    # "snap me jay.mkd10", "insta moi @x": the app as a verb, the account after "me".
    r"(?P<link>[ \t]*[:=][ \t]*|[ \t]+(?:is|c['’]est|est|heet|=|me|mij|moi)[ \t]*:?[ \t]*"
    r"|[ \t]*[?!][ \t]+|[ \t]+"
    # "find me on discord (tomi_hz)": the account in a bracket of its own after the app.
    r"|[ \t]*\([ \t]*)"
    r"(?P<handle>@?(?:(?<=@)_+)?[^\W_](?:[\w.#-]*\w)?)"  # "@_mae.lle__": after "@", "_" too
)
# Discord's "name#1234", and an "@" account with a digit, "_" or "." in it, wherever written.
# "Geplaatst door u/stil_vogeltje", "my reddit is U/QuietFox07": a Reddit account, written as
# Reddit prints it ("u/" and the name) and marked as an account by a digit, "_", "-" or a
# capital inside it, or written "/u/…" as in Reddit's links; "u/jou", "u/jullie", "love u/miss
# u" are the writer's "you" and stay, as does "r/belgium", the forum.
_TAGGED_HANDLE = re.compile(
    r"(?<![\w@.#-])(?:[^\W_][\w.]{1,31}#\d{4}|@_*[^\W_][\w.]*[\d_.][\w.]*"
    r"|(?<=/)u/[\w-]{3,20}|[uU]/(?=[\w-]{0,19}?(?:[\d_-]|(?<=\w)[A-Z]))[\w-]{3,20})"
    r"(?<![.])(?![\w@#-])")
_HANDLE_MARKS = re.compile(r"[\d_.#]")
_COUNT = re.compile(r"\d+[^\W\d_]{0,3}")  # "2", "3x", "10min": how often or how long
_WHAT_FOLLOWS_AN_ACCOUNT = re.compile(r"[ \t]*(?:$|[,.!?;)\]]|(?:of|or|ou|en|and|et)\b)",
                                      re.IGNORECASE | re.MULTILINE)
# French words that follow an app's name ("sur insta aussi"); the word lists know no French.
# fmt: off
_FRENCH_AFTER_AN_APP = frozenset((
    "aussi", "mieux", "plutôt", "plutot", "souvent", "encore", "surtout", "seulement",
    "toujours", "jamais", "maintenant", "depuis", "avec", "sans", "mais", "donc", "alors",
    "puis", "ensuite", "parce", "pour", "sur", "dans", "chez", "tous", "tout", "toute", "rien",
    "quand", "comme", "très", "trop", "moins", "beaucoup", "ça", "cela", "là", "svp", "stp",
    "non", "oui", "ouais", "merci", "hier", "demain", "ce", "cette", "ces", "mes", "tes", "ses",
))
# fmt: on


# What may stand before an app's name when a bare word after it is taken for an account:
# nothing (a contact line, "snap warreeh"), "mijn"/"my"/"mon", or "volg me op"/"add me on".
# After any other word ("sur snap wesh", "op snap ofso", "via insta khebbe") the word is
# the writer's own slang far more often than an account, and a lost word is as bad as a
# leaked one.
_CONTACT_CUE = re.compile(
    r"(?i)(?:^|(?<![\w'’])(?:mijn|m['’]n|mn|my|mon|ma|add\s+me\s+on|follow\s+me\s+on"
    r"|volg\s+me\s+op|voeg\s+me\s+toe\s+op|ajoute[- ]moi\s+sur|suis[- ]moi\s+sur)[ \t]+)$")


_CLOSES_A_BRACKET = re.compile(r"[ \t]*\)")


def _after_a_contact_cue(match: re.Match[str]) -> bool:
    line_start = match.string.rfind("\n", 0, match.start()) + 1
    return _CONTACT_CUE.search(match.string[line_start:match.start()]) is not None


def _is_app_handle(match: re.Match[str]) -> bool:
    handle = match["handle"]
    folded = handle.casefold()
    # "find me on discord (tomi_hz)": one word alone in a bracket after the app, with an
    # account's marks ("@", a digit, "_", "."); "op discord (met mijn klas)", "tiktok
    # (dansvideo)", "snap (lol)" are words about the app.
    bracketed = match["link"].strip() == "("
    if bracketed and not _CLOSES_A_BRACKET.match(match.string, match.end()):
        return False
    if handle.startswith("@"):
        return len(handle) > _MIN_NAME_CHARS
    if _HANDLE_MARKS.search(handle):
        return not _COUNT.fullmatch(handle) and sum(char.isalpha() for char in handle) >= 2
    if len(folded) < _MIN_PART_LETTERS or folded in gazetteer.load().ordinary \
            or folded in _FUNCTION_WORDS or folded in _NOT_INTRODUCED \
            or folded in _FRENCH_AFTER_AN_APP or folded in gazetteer.ACCOUNT_WORDS:
        return False
    # "snap: warreeh", "mijn snap is warreeh"; after a bare space only where the word ends
    # the phrase ("snap warreeh", not "snap streaks met haar") and the app opens a contact
    # line or follows "mijn"/"add me on" (_CONTACT_CUE).
    link = match["link"].strip().rstrip(":").strip()
    if bracketed:
        return False
    if link in ("?", "!") or link.casefold() in ("me", "mij", "moi"):
        # "on parle sur snap ? adm.chrk", "snap me jay.mkd10": only with an account's marks
        # (above); "snap me back" names none.
        return False
    if link:
        return True
    return _after_a_contact_cue(match) and _WHAT_FOLLOWS_AN_ACCOUNT.match(
        match.string, match.end()) is not None


# "https://open.spotify.example/user/jolien_beats", "linkedin.example/in/veerle-peeters",
# "forum.example/u/nachtuil_3": a link to one person's profile ends in the account it shows,
# which reaches them as surely as a handle after its app. The site and the path stay, so the
# reader still sees what kind of link it was.
# Also written without "https://" or "www." ("vinted.example/member/48213077-lottie_xo", as
# an app's "copy link" gives it), and a marketplace's or a forum's "member" page.
_PROFILE_LINK = re.compile(
    r"(?i)(?P<lead>(?<![\w.@/-])(?:(?:https?://|www\.)[\w.-]{1,100}|[^\W_][\w-]{0,62}"
    r"(?:\.[^\W_][\w-]{0,62}){1,4})(?:/[\w.~%-]{1,60}){0,3}?"
    r"/(?:user|users|u|profile|profiles|people|in|member|members|membre|membres)/)"
    r"(?P<handle>[\w.~%-]{2,60})")


def replace_handles(text: str, placeholder: str) -> str:
    """Accounts the writer names (after the app they belong to, or a Discord tag, or an "@"
    account with a digit or "_" in it, or at the end of a link to a profile), replaced by
    `placeholder`; the app's name and the link's site stay."""

    def app(match: re.Match[str]) -> str:
        if not _is_app_handle(match):
            return match.group()
        return match.group()[: match.start("handle") - match.start()] + placeholder

    def tagged(match: re.Match[str]) -> str:
        line_start = match.string.rfind("\n", 0, match.start()) + 1
        if match.group().startswith("@") and _ANOTHER_ACCOUNT_CUE.search(
                match.string[line_start:match.start()]):
            return match.group()
        if match.group()[:2] in ("u/", "U/"):
            return match.group()[:2] + placeholder  # the reader still sees it was Reddit's
        return placeholder

    text = _PROFILE_LINK.sub(lambda match: match["lead"] + placeholder, text)
    text = _HANDLE_LINE.sub(_handle_line(placeholder), text)
    return _TAGGED_HANDLE.sub(tagged, _APP_HANDLE.sub(app, text))


# "lotje.vintage.2010", "nachtuil_03" on a line of their own, as a pasted profile of the
# writer's (a shop's, a game's, a forum's) shows the account under the site's name: a run of
# lower-case words and digits joined by "." or "_", no space, marked as an account by a digit
# or an underscore. A web
# address or a file ends in two to four letters after its last dot ("site.be", "foto.jpeg") and
# stays; so do "ok.bye" and "hoi.hoe.gaat.het" (no mark of an account: the writer's words).
# Only under a line that says the profile is the writer's own ("dit is mijn profiel", "my
# account:"), a few lines above: in a chat they paste, the accounts of those who wrote to them
# name the others in their story ("jade_k.x" over each of her messages) and stay.
_HANDLE_LINE = re.compile(
    r"(?m)^(?P<lead>[ \t]*@?)(?P<handle>[A-Za-z][A-Za-z0-9]{1,30}(?:[._][A-Za-z0-9]{1,30}){1,4})"
    # "lotje.vintage.2010 🌸": an emoji or a mark the profile shows after the account.
    r"(?P<tail>[ \t]*[^\w\s]{1,4})?[ \t]*$")
_ADDRESS_END = re.compile(r"\.[a-z]{2,4}$")
# The line that presents the writer's own profile closes on it or on a comma: "dit is mijn
# profiel:", "mijn tiktok:", "mijn shop op vinted", "my account name changed to", "dit is mijn
# profiel, misschien kan je zien …" (the profile pasted under it). A sentence that goes on after
# "mijn account" ("mijn account werkt niet meer sinds de update naar / ios17.4", "op mijn
# profiel staat als bio / niet_ok", "mijn account is al weg sinds / jan.2025") goes on in the
# line under it: the writer's words, not an account.
_OWN_PROFILE = re.compile(
    r"(?i)(?<![\w'’])(?:mijn|m['’]n|mn|my|mon|ma)[ \t]+(?:eigen[ \t]+|own[ \t]+)?"
    r"(?:profiel|profile|profil|account|compte|pagina|page|shop|winkel|kanaal|channel"
    # "… and now my password is / help_me_123": a login is as much theirs.
    r"|password|wachtwoord|paswoord|mot[ \t]+de[ \t]+passe|login|gebruikersnaam"
    rf"|{_APPS})"
    r"(?:[ \t]+(?:naam|name|handle|id))?(?:[ \t]+(?:op|on|sur|bij|at|in)[ \t]+[\w.-]{1,30})?"
    r"(?:[ \t]*[:=,]|[ \t\r]*$|[ \t]+(?:is|heet|est|c['’]est|changed[ \t]+to"
    r"|veranderd[ \t]+naar|is[ \t]+nu|is[ \t]+now)[ \t\r]*$)")
_PROFILE_REACH_LINES = 4  # the site's name and a line or two of the card between
_PROFILE_REACH_CHARS = 400


def _handle_line(placeholder: str) -> Callable[[re.Match[str]], str]:
    def replace(match: re.Match[str]) -> str:
        handle = match["handle"]
        marked = any(char.isdigit() or char == "_" for char in handle)
        if not marked or _ADDRESS_END.search(handle) or handle.startswith("www."):
            return match.group()
        above = match.string[max(0, match.start() - _PROFILE_REACH_CHARS):match.start()]
        lines = above.split("\n")[-_PROFILE_REACH_LINES - 1:]
        if not any(_OWN_PROFILE.search(line) for line in lines):
            return match.group()
        return match["lead"] + placeholder
    return replace


# "a mod called @nova_exe", "a message from @tomshater2010", "een account genaamd @x_y": an
# account the text gives someone else is the writer's story (an account holding the writer's
# name is replaced with their name wherever it stands).
_ANOTHER_ACCOUNT_CUE = re.compile(
    r"(?i)(?<![\w'’])(?:called|named|genaamd|genoemd|nomm[ée]e?|appel[ée]e?|s['’]appelle"
    # "a message on insta from @x", "een dm van @x": not "love from @x" under the text.
    r"|(?:message|dm|text|comment|request|reply|threat|bericht|reactie|commentaire)s?"
    r"(?![\w'’])[^\n]{0,30}?(?<![\w'’])(?:from|van|de))[ \t]+$")



# "wa.me/32478123456", "tel:+32…", "t.me/+32…": a phone number inside a link.
_PHONE_LINK = re.compile(
    r"(?i)(?P<lead>\b(?:wa\.me/|t\.me/|tel:|sms:|signal\.me/#p/)|[?&]phone=)\+?\d[\d\s.-]{6,16}\d")
# "monzo.me/janedoe", "paypal.me/jdoe07", "revolut.me/jdoe", "discord.gg/jdoe-corner": a
# payment or invite link whose path is the account itself (often the writer's name); whoever
# follows it lands on them. The host stays (the writer's words about paying or a server).
_ACCOUNT_LINK = re.compile(
    r"(?i)(?P<lead>(?<![\w.-])(?:https?://)?(?:www\.)?"
    r"(?:monzo\.me|paypal\.me|revolut\.me|discord\.gg|discord\.com/invite|lydia-app\.com/r"
    r"|ko-fi\.com|cash\.app/\$?)/?)(?<=/|\$)[\w.-]{2,40}\w")


# "mijn leerling-ID is 20231187", "studentennummer: r0123456", "matricule 2023-118": the number a
# school or university knows them by. Also the number of a card or a membership
# ("Carte n° 2300456781" in a library's reminder, "lidnummer 88123", "kaartnummer: 6001 2345"):
# the library, club or shop that issued it knows whose it is, as a school knows a pupil's.
# A Flemish school's pupil card gives the "stamboeknummer" ("Stamboeknr: 20341187"); a club's
# card a code with the club's letters before the number ("Lidnr. ZDT-1187"), as much the
# member's as the digits alone. A payslip's "Personeelsnummer: 200148" ("employee number",
# "numéro d'employé"): the employer knows whose it is. So do a health service its patient's
# ("NHS number 943 476 5919", "Patiëntnr. 20411", "numéro de patient"), a sports federation
# its player's licence ("numéro de licence 20411", "licentienummer") and an office its file's
# ("dossiernummer"), an app's membership card its member's ("Member #0038812") and the police a
# crime's ("Crime reference: 42/77193/26", "incident number"). The label may say whose card it
# is before the number ("lidnummer bij het ziekenfonds is 1234 5678", "numéro de licence à la
# fédé c'est 20411").
_NUMBER_AFTER_ID = re.compile(
    r"(?i)(?P<lead>\b(?:leerling(?:en)?[\s-]?(?:id|nummer|nr)|studenten?[\s-]?(?:id|nummer|number|nr|no)"
    r"|stamboek[\s-]?(?:nummer|nr)|rijksregister(?:nummer|nr)"
    # "BSN: 240188517" on a Dutch contract or letter: the burgerservicenummer is the
    # Netherlands' national number, as the rijksregisternummer is Belgium's.
    r"|bsn|burger[\s-]?service[\s-]?(?:nummer|nr)"
    r"|stamnummer|rijksregisternummer|matricule|num[ée]ro\s+d['’][ée]l[èe]ve|student\s+id"
    r"|pupil\s+number|(?:exam\s+)?candidate\s+number|num[ée]ro\s+de\s+candidat|kandidaatnummer"
    r"|(?:personeels|werknemers)[\s-]?(?:nummer|nr)|employee[\s-]+(?:number|no|id)"
    r"|num[ée]ro\s+d['’]employ[ée]|(?:lid|leden|klanten|bib|pas)(?:kaart)?[\s-]?(?:nummer|nr)|kaart[\s-]?(?:nummer|nr)"
    r"|(?:library|member(?:ship)?|loyalty)[\s-]+(?:card[\s-]+)?(?:number|no)|card[\s-]+(?:number|no)"
    r"|member(?=[ \t]?#)|(?:crime|incident)[\s-]+ref(?:erence)?(?:[\s-]+(?:number|no))?"
    r"|incident[\s-]+(?:number|no)"
    r"|carte(?:[\s-]+(?:de[\s-]+)?(?:lecteur|lectrice|membre|biblioth[èe]que|fid[ée]lit[ée]"
    r"|[ée]tudiante?|d['’][ée]tudiant))?"
    r"[\s-]+\(?(?:n°|no|num[ée]ro)|num[ée]ro\s+de\s+(?:carte|membre|lecteur|lectrice)"
    # "Carte membre : MJ-0412", "Member card: 20411": the card's own field, its number after
    # the colon (no "n°" written).
    r"|(?:carte[\s-]+(?:de[\s-]+)?membre|member(?:ship)?[\s-]+card)(?=[ \t]*:)"
    r"|n°\s+de\s+(?:carte|membre|lecteur|lectrice)"
    r"|nhs[\s-]+(?:number|no)|pati[eë]nt(?:en)?[\s-]?(?:nummer|nr|number|no|id)"
    r"|(?:licentie|aansluitings|dossier)[\s-]?(?:nummer|nr)|licen[cs]e[\s-]+(?:number|no)"
    r"|num[ée]ro\s+de\s+(?:licence|patient|dossier)|n°\s+de\s+(?:licence|patient|dossier))"
    r"(?:[ \t]+(?i:bij|at|with|chez|[àa]|au|van|of|du|de|op)(?:[ \t]+[^\W\d][\w'’-]*){1,3}"
    r"(?=[ \t]+(?:is|est|c['’]?est)[ \t]))?"
    r"\W{0,3}(?:is|est|c['’]?est|:|=)?\s*[:#]?\s*)(?:[a-z]?\d[\d\s./-]{2,20}\d|[a-z]{2,4}[-./]?\d{3,12}(?!\w))")
# "0 4 9 1 2 3 4 5 6 7": a phone number typed a digit at a time.
# One separator all through: "0-2 3-1 2-2 1-0 4-1" (scores) mixes them and is no number.
_SPACED_PHONE = re.compile(
    r"(?<![\w+])(?:\+\s?\d|0)(?:(?:\s\d){8,11}|(?:\.\d){8,11}|(?:-\d){8,11})(?![\w])")
# "00 33 6 12 34 56 78" (00 for the + a keyboard lacks), "04 77 12 3 4 56", a number typed in
# two goes over two lines ("04 77" / "12 3 4 56") so that the phone makes no link of it: groups
# of any length, one space, dot or dash (or one line break) between them. Counted after the
# match: 9 or 10 digits from a 0, 10 to 15 from 00 or +, at most one line break, and one kind of
# separator all through (a line break counts as a space): "om 07.05 7.35 8.05", "045.5 46.2 47"
# mix dots and spaces and are a time table and weights, no number.
_LOOSE_PHONE = re.compile(
    r"(?<![\w+])(?:(?:\+|00)[ \t]?\d{1,3}|0\d{1,3})"
    r"(?:(?:[ \t./-]|[ \t]?\r?\n[ \t]?)\d{1,4}){2,8}(?![\w])")
_LOOSE_PHONE_DIGITS = (9, 10)
_LOOSE_INTERNATIONAL_DIGITS = (10, 15)
_BETWEEN_DIGITS = re.compile(r"(?<=\d)\D+(?=\d)")


def _separator_kinds(value: str) -> set[str]:
    return {" " if between.isspace() else between
            for between in _BETWEEN_DIGITS.findall(value)}


def _loose_phone(match: re.Match[str], placeholder: str) -> str:
    value = match.group()
    digits = "".join(char for char in value if char.isdigit())
    low, high = _LOOSE_INTERNATIONAL_DIGITS if value.startswith(("+", "00")) \
        else _LOOSE_PHONE_DIGITS
    if not low <= len(digits) <= high or value.count("\n") > 1 or _is_service_number(digits) \
            or len(_separator_kinds(value)) > 1 or _DATE_FIRST.match(value) or _named_number(match):
        return value
    return placeholder


# A phone pattern may run on over a line end (a number wrapped in two); where its last group
# goes on as a date or an hour ("0479 63 18 25\n05/03 23:14", a bill's line number above its
# call list), that group opens the next line's date, and the number ends with its line.
_GOES_ON_AS_DATE = re.compile(r"[/.:hu]\d")
# "O486/7O.11.22": the letter O typed for a zero in a phone number.
_PHONE_WITH_LETTER_OS = re.compile(r"(?<![\w+])[0O](?=[\dO]*\d)[\dO](?:[\s./-]?[\dO]){7,12}(?!\w)")
_MIN_REAL_DIGITS = 6
# "06 •• •• 45 78", "+32 4** *** 378", "0478 XX XX 12": a phone number with digits masked, as a
# booking service, a bank or a delivery app shows the number it has on file. The digits left
# (four at least) and the number's length still point to one person. Groups of digits or of
# mask signs (bullets, stars, x), one separator kind, at least one group masked; counted as a
# phone is, the masks as digits.
_MASK = "•●∙*xX"
_MASKED_PHONE = re.compile(
    rf"(?<![\w+{_MASK}])(?:\+\d{{1,3}}|0\d?)(?:[ \t./-]?(?:\d{{1,4}}|[{_MASK}]{{1,4}})){{2,8}}"
    rf"(?![\w{_MASK}])")
_MIN_UNMASKED_DIGITS = 4


# "05/03 23:14 – 0487 xx xx 41 – 1u 42min": a row of a phone bill's call list (date and hour
# first, a call's length after the number). Operators mask the number called on it, and it is
# the person called, not the writer, whose own number heads the bill; the row stays.
_CALL_ROW_START = re.compile(
    r"[ \t]*\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?[ \t,]+\d{1,2}[:hu]\d{2}(?!\d)[^\n]*$")
_CALL_LENGTH = re.compile(
    r"[^\n]*?(?<![\w:])(?:\d{1,2}[ \t]?(?:u|h|uur|hr?s?)[ \t]?\d{1,2}[ \t]?(?:min|m)\b"
    r"|\d{1,3}[ \t]?(?:min|mn|sec|s)\b|\d{1,2}:\d{2}:\d{2}\b)", re.IGNORECASE)


def _called_on_a_bill(match: re.Match[str]) -> bool:
    start = match.string.rfind("\n", 0, match.start()) + 1
    return _CALL_ROW_START.match(match.string[start:match.start()]) is not None \
        and _CALL_LENGTH.match(match.string, match.end()) is not None


def _masked_phone(match: re.Match[str], placeholder: str) -> str:
    value = match.group()
    if _called_on_a_bill(match):
        return value
    masks = sum(char in _MASK for char in value)
    digits = sum(char.isdigit() for char in value)
    low, high = _LOOSE_INTERNATIONAL_DIGITS if value.startswith("+") else _LOOSE_PHONE_DIGITS
    if not masks or digits < _MIN_UNMASKED_DIGITS or not low <= masks + digits <= high \
            or len(_separator_kinds(re.sub(f"[{_MASK}]", "0", value))) > 1:
        return value
    return placeholder
# "0️⃣4️⃣8️⃣6️⃣ 7️⃣8️⃣ 1️⃣2️⃣": a phone number in keycap emoji (a digit, an optional
# variation selector, the enclosing keycap), in groups like one typed in digits.
_KEYCAP_DIGIT = "\\d\ufe0f?\u20e3"
_KEYCAP_PHONE = re.compile(rf"{_KEYCAP_DIGIT}(?:[ \t./-]?{_KEYCAP_DIGIT}){{5,14}}")
# "nul vier negen zeven twaalf vierendertig …", "zéro quatre septante-deux, onze …", "plus
# three two four …": a number said the way one reads it out, starting as a phone number starts.
_UNITS = (r"nul|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien"
          r"|vijftien|zestien|zeventien|achttien|negentien"
          r"|z[ée]ro|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize"
          r"|quatorze|quinze|seize|dix-sept|dix-huit|dix-neuf"
          r"|zero|oh|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
          r"|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen")
_TENS = (r"twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig"
         r"|vingt|trente|quarante|cinquante|soixante|septante|huitante|octante|nonante"
         r"|quatre-vingts?|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety")
# Tens and units joined only by a hyphen ("vingt-deux"): with a space too, "vingt deux" could
# be read as one word or two, and a long hostile run of them every way before failing.
_NUMBER_WORD = (rf"(?:(?:een|één|twee|drie|vier|vijf|zes|zeven|acht|negen)[eë]n(?:{_TENS})"
                rf"|(?:{_TENS})(?:-(?:et-)?(?:{_UNITS}))?|{_UNITS})")
# "oh seven seven double oh": a digit said twice or three times in one word, as the British
# read a number out.
_SAID_TWICE = r"(?:(?:double|triple)\s+)?"
_SPOKEN_PHONE = re.compile(
    rf"(?i)(?<!\w)(?:nul|z[ée]ro|zero|oh|plus|\+)(?:[\s,.-]+{_SAID_TWICE}{_NUMBER_WORD}){{5,14}}(?!\w)"
    # "zero quatre sept six / 12 34 56": the prefix said in words, the rest in digits.
    rf"|(?<!\w)(?:nul|z[ée]ro|zero)(?:[\s,.-]+{_NUMBER_WORD}){{2,5}}(?:[\s,./-]+\d{{2,4}}){{2,4}}"
    r"(?![\w/.-]?\d)")


# "nul vier zeven negen / 23 . 81 . 06", "0 4 9 2 14 55 83": a number partly said and partly
# typed, or typed in groups of one to four digits, starting as a phone number starts.
# Separators and elements never share a character, so a long run is read once.
_MIXED_PHONE = re.compile(
    rf"(?i)(?<![\w+])(?:nul|z[ée]ro|zero|0(?=[\s,./-]))"
    rf"(?:[\s./-]+(?:{_NUMBER_WORD}|\d{{1,4}})(?!\w)){{4,14}}")
_ONE_DIGIT_WORDS = frozenset((
    "nul", "een", "één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "zéro",
    "zero", "un", "une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "oh",
    "one", "two", "three", "four", "five", "seven", "eight", "nine",
))
_MAX_PHONE_DIGITS = 11
_MIN_SINGLE_DIGIT_GROUPS = 3


def _mixed_phone(match: re.Match[str], placeholder: str) -> str:
    """The placeholder when the match holds as many digits as a phone number and is one
    written in an odd way: words and digits mixed, or digits typed in small groups."""
    elements = [element for element in re.split(r"[\s./-]+", match.group()) if element]
    digit_groups = [element for element in elements if element.isdigit()]
    words = len(elements) - len(digit_groups)
    digits = sum(len(group) for group in digit_groups) + sum(
        1 if element.casefold() in _ONE_DIGIT_WORDS else 2
        for element in elements if not element.isdigit())
    # Typed in small groups: spaces only ("0-2 3-1 2-2 1-0 4-1" is a list of scores).
    odd = (words and digit_groups) or (
        not words and re.fullmatch(r"[\d\s]+", match.group()) is not None
        and sum(len(group) == 1 for group in digit_groups) >= _MIN_SINGLE_DIGIT_GROUPS)
    if odd and _MIN_PHONE_DIGITS <= digits <= _MAX_PHONE_DIGITS \
            and not _is_service_number("".join(digit_groups) if not words else ""):
        return placeholder
    return match.group()


def _phone_with_letter_os(match: re.Match[str], placeholder: str) -> str:
    """The placeholder when the match is a phone number once its letter Os are read as 0s."""
    value = match.group()
    digits = "".join("0" if char == "O" else char for char in value
                     if char.isdigit() or char == "O")
    if "O" not in value or sum(c.isdigit() for c in value) < _MIN_REAL_DIGITS \
            or len(digits) < _MIN_PHONE_DIGITS or _is_service_number(digits):
        return value
    return placeholder


# "Mon cell c'est le 514-555-0148", "438 555-0172" on a Montréal CV: a North American number,
# three digits (no 0 or 1 first) for the area and three for the exchange, then four after a
# dash or a dot ("250 300 4000" in spaces only may be amounts, and stays).
_NORTH_AMERICAN_PHONE = re.compile(
    r"(?<![\w+/.,-])(?:\+?1[ \t.-]?)?(?:[2-9]\d{2}[ \t.-])[2-9]\d{2}[.-]\d{4}(?![\w/-]|[.,]\d)")


# "bestelnummer 0478 2231 90", "(code 4471 9921)", "order #0499 123 456": a number named as an
# order, a parcel or a code is no phone number, whatever its digits.
_NUMBER_NAMED = re.compile(
    r"(?i)(?:\b(?:bestel|order|tracking|track|verzend|zending|pakket|colis|suivi|commande|referentie"
    r"|r[ée]f[ée]rence)[\s-]?(?:nummer|nr|number|no|num[ée]ro|n°|code|id)?"
    r"|\b(?:n°|num[ée]ro)\s+de\s+(?:commande|suivi|colis)|\b(?:locker|pin|pak|kluis)?code)"
    r"\s*[:#.]?\s*$")
_NUMBER_NAMED_REACH = 40


def _named_number(match: re.Match[str]) -> bool:
    before = match.string[max(0, match.start() - _NUMBER_NAMED_REACH):match.start()]
    return _NUMBER_NAMED.search(before) is not None


# "een liedje dat Kerkstraat 12 heet", "my song called Mill Road 4": a title, not an address.
_TITLE_BEFORE = re.compile(
    r"(?i)\b(?:liedje|lied|song|nummer|titel|title|titre|chanson|album|film|boek|book|gedicht|poem"
    r"|po[èe]me)\b[^.!?\n]{0,30}$")
_TITLE_AFTER = re.compile(
    r"(?i)\s*[\"'”»]?\s*(?:heet|heette|hete|noemt|called|s['’]appelle|is\s+called)\b")
_TITLE_REACH = 40


def _a_title(match: re.Match[str]) -> bool:
    before = match.string[max(0, match.start() - _TITLE_REACH):match.start()]
    return _TITLE_BEFORE.search(before) is not None and _TITLE_AFTER.match(
        match.string, match.end()) is not None


# "devant le snack de la rue Haute 12", "bij de frituur in de Kerkstraat 3", "at the pub on 4 Mill
# Road": a street named as where a shop, a stop or a school stands is where something happened,
# the writer's story, not where they live; unless anything in its sentence ties it to the writer
# ("ik woon boven de bakker in de Kerkstraat 3", "ons huis staat naast de bakker in de …").
# The kinds of place (a shop, a stop, a school, a service young people are sent to) whose
# street is where something is, not where someone lives: one list for _PLACE_BEFORE ("bij de
# frituur in de Kerkstraat 3") and _a_located_service ("het JAC zit in de Brugsestraat 40").
_PLACE_KINDS = (
    r"snack|friterie|frituur|frietkot|caf[ée]|bar|boulangerie|bakker|bakkerij|magasin"
    r"|winkel|shop|pub|restaurant|resto|kebab|supermarch[ée]|supermarkt|pharmacie|apotheek"
    r"|station|gare|arr[êe]t|halte|bushalte|stop|parc|park|[ée]cole|school|discoth[èe]que|disco"
    r"|kerk|[ée]glise|church|biblioth[èe]que|bibliotheek|library|sporthal|jeugdhuis|mosqu[ée]e"
    # "le Planning familial du 12 rue …", "het CAW in de Stationsstraat 4", "the clinic on 3 Mill
    # Road": a service young people are sent to, asked about at its address.
    r"|planning(?:\s{1,3}familial)?|centre\s{1,3}de\s{1,3}planning|maison\s{1,3}m[ée]dicale"
    r"|h[ôo]pital|ziekenhuis|hospital|clinique|kliniek|clinic|commissariat|politiekantoor"
    r"|police\s{1,3}station|mairie|gemeentehuis|stadhuis|maison\s{1,3}communale|cpms|pms|clb|caw"
    r"|amo|jac|cpas|ocmw"
    r"|moskee"
)
_PLACE_KIND = re.compile(rf"(?i)(?<![\w'’])(?:{_PLACE_KINDS})(?![\w'’])")
_PLACE_BEFORE = re.compile(
    rf"(?i)\b(?:{_PLACE_KINDS})"
    r"\s{1,3}(?:de\s{1,3}la|du|des|de\s{1,3}l['’]|in\s{1,3}de|op\s{1,3}de|aan\s{1,3}de"
    r"|van\s{1,3}de|in\s{1,3}het|on|in|at|of)\s{1,3}$"
    # "Waar: Jeugdhuis De Kroon, Statiestraat 4", "Café Den Hoek, Markt 3", "Maison de
    # jeunes Le Phare, rue Haute 12": a place named by its kind and its own name, a comma,
    # then its street, as a poster or a newsletter gives where something is held.
    r"|\b(?:jeugdhuis|jeugdcentrum|jongerencentrum|ontmoetingscentrum|cultuurcentrum|jeugdhuizen"
    r"|maison\s{1,3}de(?:s)?\s{1,3}jeunes|maison\s{1,3}de\s{1,3}quartier|centre\s{1,3}culturel"
    r"|youth\s{1,3}(?:centre|center|club)|community\s{1,3}(?:centre|center)|caf[ée]|bar|pub"
    r"|restaurant|sporthal|zaal|salle|hall|theater|th[ée][âa]tre|theatre|bibliotheek|biblioth[èe]que"
    r"|library|kerk|[ée]glise|church|mosqu[ée]e|moskee)"
    r"(?:\s{1,3}(?:de|den|het|le|la|les|the|du|l['’]))?"
    r"(?:\s{1,3}(?-i:[A-ZÀ-Ý0-9])[\w'’&.-]{0,30}){1,4}\s{0,3}[,–—-]\s{1,3}$"
    # "Mme Claire Verhaegen, psychologue / 12 rue des Postes, 59000 Lille" in a confirmation the
    # writer pastes: the street opening the line under a practitioner's role is where they
    # receive, as a place's street is; the writer's own ties to it still make it theirs.
    r"|\b(?:psycholog(?:ue|e|ist)|psycholoog|psychiatre|psychiater|psychiatrist|m[ée]decin"
    r"|g[ée]n[ée]raliste|huisarts|dokter|doctor|gp|p[ée]diatre|kinderarts|gyn[ée]cologue"
    r"|gynaecoloog|gynecoloog|dentiste|tandarts|dentist|kin[ée]sith[ée]rapeute|kinesist"
    r"|logop[èe]de|logopedist|th[ée]rapeute|therapeut|therapist|counsel(?:l)?or|avocate?"
    r"|advocaat|lawyer|solicitor|notaire|notaris)[ \t]*\r?\n[ \t]*$")
# Whatever in the street's sentence ties it to the writer: their family ("mijn ouders", "mon
# père", "my mum"), their home ("ons huis", "mijn kamer", "on dort au-dessus", "we stay
# upstairs", "voor onze deur"), being picked up there ("kom je me halen"); then the street is
# theirs and is replaced as any other. Pronouns alone ("ze wachtten me op", "avec mon copain,
# devant le snack") are the story told and do not tie it.
_TIES_TO_WRITER = re.compile(
    r"(?i)(?<![\w'’])(?:thuis|huis|kamer|slaap|slapen|slaapt|sliep|sliepen"
    r"|woon|wonen|woont|adres|boven|bovenop|halen|ophalen|oppikken|deur|ouders|vader|moeder|papa"
    r"|mama|oom|tante|opa|oma|broer|zus|chez|dors|dort"
    r"|dormons|dorment|dormir|loge|logeons|logent|loger|habite|habitons|habitent|vis|vit|vivons"
    r"|maison|appartement|appart|chambre|au-dessus|dessus|porte|chercher|p[èe]re|m[èe]re|parents"
    r"|maman|oncle|fr[èe]re|s(?:œ|oe)ur|adresse|home|house|room|flat"
    r"|apartment|sleep|sleeps|slept|sleeping|stay|stays|stayed|staying|live|lives|lived|living"
    r"|upstairs|above|door|pick|address|mum|mom|dad|father|mother|uncle|aunt|brother|sister)"
    r"(?![\w'’-])")
# "ik woon in de Molenstraat in Wetteren", "wij wonen op de Kapelweg", "I live on Mill Road":
# a street named as where the writer lives (in the first person), without a house number,
# finds their home as the street with its number does; the town after it is content. Where
# someone else lives ("mijn oma woonde in de Kapelstraat", "hij woont in de …") is their story.
_LIVES_IN_STREET = re.compile(
    r"(?P<lead>(?<![\w'’])(?i:(?:ik|k|'k|we|wij)[ \t]+(?:woon|wonen)|woon[ \t]+ik|wonen[ \t]+we)"
    # ("ik woon zelf in de Kalkstraat", "wij wonen ook op de Kapelweg": still the writer's.)
    r"(?:[ \t]+(?i:nu|al|nog|zelf|ook|sinds[ \t]+\w+|\d{1,2}[ \t]+(?:jaar|maanden|maand|weken)"
    r"|een[ \t]+(?:paar[ \t]+)?(?:jaar|maanden|tijdje))){0,3}"
    r"[ \t]+(?i:in|op|aan)[ \t]+(?P<article>(?i:de|het)[ \t]+)?)"
    rf"(?P<street>[A-ZÀ-Ý][\w'-]{{1,40}}[ \t](?i:{_STREET_SUFFIXES})"
    rf"|[A-ZÀ-Ý][\w'-]{{1,40}}{_STREET_SUFFIXES})(?![\w'’-]|[ \t]*,?[ \t]*\d)"
    r"|(?P<lead_en>(?<![\w'’])(?i:(?:i|we)[ \t]+live|i['’]m[ \t]+living)(?:[ \t]+(?i:now|still))?"
    r"[ \t]+(?i:on|in|at)[ \t]+)"
    r"(?P<road>[A-ZÀ-Ý][\w'’-]{1,40}[ \t](?:Street|Road|Lane|Avenue|Close|Drive|Crescent"
    # "Bury St Edmunds": a "St" with a capitalised word after it is a town's (a saint's) name.
    r"|Gardens|Terrace|St(?!\.?[ \t]+[A-ZÀ-Ý])|Rd|Ave|Ln|Dr)\.?)(?![\w'’-]|[ \t]*,?[ \t]*\d)"
    r"|(?P<lead_fr>(?<![\w'’])(?i:j['’]habite|on[ \t]+habite|nous[ \t]+habitons|je[ \t]+vis"
    r"|on[ \t]+vit|nous[ \t]+vivons)(?:[ \t]+(?i:maintenant|toujours|encore))?[ \t]+"
    r"(?:(?i:dans[ \t]+la|à[ \t]+la|au|sur[ \t]+la)[ \t]+)?)"
    r"(?P<rue>(?i:rue|avenue|boulevard|chauss[ée]e|place|chemin|clos|all[ée]e|impasse|dr[èe]ve"
    r"|square|quai)[ \t]+(?:(?i:de[ \t]+la|du|des|de)[ \t]+|(?i:de[ \t]+l|d)['’])?"
    r"[A-ZÀ-Ý][\w'’-]{1,40}(?:[ \t]+[A-ZÀ-Ý][\w'’-]{1,40})?)(?![\w'’-]|[ \t]*,?[ \t]*\d)")
_PLACE_SENTENCE_END = re.compile(r"[.!?\n]")
_PLACE_REACH = 40
_TIES_REACH = 120


def _a_place(match: re.Match[str]) -> bool:
    """A street where a shop or a stop stands, in a sentence with nothing that ties it to the
    writer (`_TIES_TO_WRITER`): the sentence reaches back and on to its end, at most
    `_TIES_REACH` characters either side."""
    start, end = match.start(), match.end()
    before = match.string[max(0, start - _PLACE_REACH):start]
    if (place := _PLACE_BEFORE.search(before)) is None:
        return False
    # The words naming the place are not the writer's tie to it ("Maison de jeunes Le Phare").
    back = match.string[max(0, start - _TIES_REACH):max(0, start - _PLACE_REACH) + place.start()]
    back = back[max((found.end() for found in _PLACE_SENTENCE_END.finditer(back)), default=0):]
    on = match.string[end:end + _TIES_REACH]
    on = on[:next((found.start() for found in _PLACE_SENTENCE_END.finditer(on)), len(on))]
    return _TIES_TO_WRITER.search(back) is None and _TIES_TO_WRITER.search(on) is None


# "het JAC zit in de Brugsestraat 40", "le planning se trouve rue Haute 12", "the clinic is
# based at 4 Mill Road": in a volunteer's answer, a street where a service is said to sit is
# advice the reader is meant to use, like an introduced address (_introduced_details). The
# clause that places it must not be the volunteer's own: "ik zit op de Kerkstraat 3", "mijn
# praktijk ligt aan …", "notre maison se trouve …" have a first person before the verb and
# are replaced as any street.
_LOCATED_BEFORE = re.compile(
    r"(?i)(?<![\w'’])(?:zit|zitten|ligt|liggen|is[ \t]{1,3}gevestigd|zijn[ \t]{1,3}gevestigd"
    r"|bevindt[ \t]{1,3}zich|vind[ \t]{1,3}je[ \t]{1,3}(?:ze|het|hen|hem)|zit[ \t]{1,3}ze"
    r"|se[ \t]{1,3}trouv(?:e|ent)|est[ \t]{1,3}situ[ée]e?|sont[ \t]{1,3}situ[ée]e?s"
    r"|is[ \t]{1,3}(?:located|based)|are[ \t]{1,3}(?:located|based))"
    r"[ \t]{1,3}(?:(?:op|in|aan|bij|au|à|a|dans|at|on|in)[ \t]{1,3})?"
    r"(?:(?:de|het|den|la|le|l['’]|the)[ \t]{0,3})?$")
_SPEAKERS_OWN_WORD = re.compile(
    r"(?i)(?<![\w'’])(?:ik|mijn|m['’]n|mn|ons|onze|wij|we|me|mij|moi|mon|ma|mes|nous|notre|nos"
    r"|i|my|our|us|j['’])(?![\w'’])|(?<![\w'’])j['’]")
_CLAUSE_START = re.compile(r"[,:;.!?\n(]")


def _a_located_service(match: re.Match[str]) -> bool:
    """Whether a street in a volunteer's answer is where a service sits (_LOCATED_BEFORE), in
    a clause without the volunteer's first person before it."""
    before = match.string[max(0, match.start() - _PLACE_REACH):match.start()]
    located = _LOCATED_BEFORE.search(before)
    if located is None:
        return False
    clause = match.string[max(0, match.start() - _TIES_REACH):match.start()]
    clause = clause[max((found.end() for found in _CLAUSE_START.finditer(clause)), default=0):]
    # The clause names the service that sits there ("het JAC zit in …"): "Dat zit in de …",
    # "Het huis ligt in de …", "The office is based at …" may be the volunteer's own work or
    # home, and are replaced as any street.
    return _SPEAKERS_OWN_WORD.search(clause) is None and _PLACE_KIND.search(clause) is not None


_MAX_INTRODUCED_LINES = 8  # an organisation's name, what it does, street, town, hours, site
_MAX_INTRODUCED_LINE_CHARS = 90


def _introduced_details(text: str, writer: str) -> list[tuple[int, int]]:
    """(start, end) in `text` of each paragraph the writer introduces as a place's or an
    organisation's ("is dit een plek waar …:" / blank line / "Wel Jong Leuven / Diestsestraat
    11 / 3000 Leuven"): short lines, at most one blank line under the introduction, and not
    naming the writer (`writer`, what stands for their name by now: then it is their card).
    The writer may have signed in between ("… voici deux lieux que je connais :" / "Bien à
    toi," / "Hugo" / the places), and may go on under the short lines in longer ones of their
    own ("(les horaires changent parfois, …)") that give no contact detail."""
    named = re.compile(rf"(?<!\w){re.escape(writer)}(?!\w)") if writer else None
    lines = text.splitlines(keepends=True)
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line))
    spans: list[tuple[int, int]] = []
    for index, line in enumerate(lines):
        if line.startswith(">") or not _introduces_others(line):
            continue
        first = index + 1
        if first < len(lines) and not lines[first].strip():
            first += 1
        first = _below_sign_off(lines, first)
        last = first
        while last < len(lines) and last <= first + _MAX_INTRODUCED_LINES \
                and lines[last].strip() and not lines[last].startswith(">") \
                and len(lines[last].strip()) <= _MAX_INTRODUCED_LINE_CHARS:
            last += 1
        rest = last
        while rest < len(lines) and rest <= first + _MAX_INTRODUCED_LINES \
                and lines[rest].strip() and not lines[rest].startswith(">") \
                and _contact_details(lines[rest]) == 0:
            rest += 1
        if first < last <= first + _MAX_INTRODUCED_LINES \
                and (rest == len(lines) or not lines[rest].strip()) \
                and not (named and any(named.search(line) for line in lines[first:rest])):
            if rest == last:
                last = _more_introduced_items(lines, last, named)
            spans.append((offsets[first], offsets[last]))
    return spans


_MAX_INTRODUCED_ITEMS = 6


def _more_introduced_items(lines: list[str], end: int, named: re.Pattern[str] | None) -> int:
    """Where a list of places or organisations ends whose first item ends at `end` ("Hier zijn
    mensen die je kunnen helpen:" / "CLB" / "clbchat.test – ma tot vr" // "Wel Jong" /
    "wel-jong.test | 09 223 69 29"): each item a paragraph of its own, one blank line apart,
    of short lines headed by a name (no contact detail, no closing greeting, no sentence's
    end), and not naming the writer. A closing ("Groetjes"), the writer's "Veel moed!", a
    longer line or a paragraph opening with a bare number ends the list: what follows may be
    the writer's own card."""
    for _ in range(_MAX_INTRODUCED_ITEMS):
        if end + 1 >= len(lines) or lines[end].strip():
            break
        start = end + 1
        stop = start
        while stop < len(lines) and stop < start + _MAX_INTRODUCED_LINES \
                and lines[stop].strip() and not lines[stop].startswith(">") \
                and len(lines[stop].strip()) <= _MAX_INTRODUCED_LINE_CHARS:
            stop += 1
        head = lines[start].strip()
        if stop == start or (stop < len(lines) and lines[stop].strip()) \
                or _contact_details(head) or _CLOSING.match(head) or re.search(r"[.!?:]$", head) \
                or (named and any(named.search(line) for line in lines[start:stop])):
            break
        end = stop
    return end


def _below_sign_off(lines: list[str], first: int) -> int:
    """Where the introduced lines start when a closing greeting and the name signed under it
    ("Bien à toi," / "Hugo") stand at `first`, a blank line under them: the line below that;
    else `first`."""
    if first >= len(lines) or not _CLOSING.match(lines[first].strip()):
        return first
    below = first + 1
    if below < len(lines) and lines[below].strip():
        signed = lines[below].strip()
        if len(signed.split()) > _MAX_SIGNED_NAME_WORDS or re.search(r"[.!?:]$", signed):
            return first
        below += 1
    if below + 1 < len(lines) and not lines[below].strip() and lines[below + 1].strip() \
            and not lines[below + 1].startswith(">"):
        return below + 1
    return first


# "Concerne : Alix Fournier, né(e) le 03/05/2010", "Jan Peeters (° 3/5/2010)", "Sam Claes,
# geboren op 12.04.2011": a birth date written right after the writer's name (a copied letter's,
# form's or card's heading) is theirs, and with the name it identifies them as a number would.
# Anyone else's ("mijn broer is geboren op …") and an age stay: only the writer's name before it
# (by now what stands for it) makes it theirs. A police or council form abbreviates it ("Klager:
# Sam Claes, geb. 03/04/2010").
# A hospital's wristband sets it after a dash ("CLAES SAM – °03/04/2010").
_BIRTH_DATE_AFTER = (
    r"(?<!\w){writer}[ \t]{{0,3}}[,(–—-]?[ \t]{{0,3}}"
    r"(?i:(?:n[ée]e?(?:[ \t]?\(e\))?|geboren|geb\.|born|°)[ \t]{{0,3}}"
    r"(?:(?:le|op|on|the)[ \t]{{1,3}})?)"
)
_BIRTH_DATE = re.compile(
    r"\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})(?!\d)"
    r"|\d{1,2}(?:er|e|st|nd|rd|th)?[ \t]{1,3}[^\W\d_]{3,10}\.?[ \t]{1,3}\d{4}(?!\d)")
# "Ria (°1948)", "Jan Peeters °1962": the sign for "born" before a year alone, as a card or a
# signature writes it after a name; said with the name, the year is theirs like the date
# ("°" is no one's way to give an age in a sentence: "ik ben 15", "geboren in 2010" stay).
_BIRTH_YEAR = re.compile(r"(?:19|20)\d{2}(?![\d./-])")


# "DOB: 14/02/2008", "Date of birth: 3 May 2009", "Date de naissance : 03/05/2010",
# "Geboortedatum: 12.04.2011": a form's, a card's or a health app's field for a birth date,
# pasted; the full date with the name or the record beside it points to one person, as a
# number would. The field's name stays; "born in 2009", "ik ben 15" and a date without the
# field's name ("my birthday was on 3 May") stay.
# "Birthday: 14/02/2013", "verjaardag: 14.02.2013", "Geboren: 14 februari 2013", "Née le 14
# février 2013": a birthday with its year, or "born", as a field at the start of a line is the
# same field (a birthday without the year, "Verjaardag: 14 februari", says no more than an age).
# The field's value may stand after a dash ("DOB - 14/02/2013") or on the next line, as a form
# pastes it ("Geboortedatum / 14-02-2013"); "geboren op 3 mei 2012" inside a sentence, someone
# else's, stays. A birth card's line gives the hour with the date ("geboren op 3 maart 2026 om
# 04u12", "née le 2 mai 2026 à 6h40", "born on 3 May 2026 at 4:12"): a baby's announcement,
# pasted by a brother or a sister, not a form's field of the writer's own, and it stays.
_LABELLED_BIRTH_DATE = re.compile(
    r"(?P<lead>(?:(?<![\w.])(?:(?-i:DOB|D\.O\.B\.?)|(?i:dob(?=[ \t]{0,3}[:=])|date[ \t]+of"
    r"[ \t]+birth|date[ \t]+de[ \t]+naissance|geboortedatum|geb\.?[ \t]?datum)"
    r"(?:[ \t]{1,3}(?i:is|was|est|c['’]est))?)"
    r"|(?<![\w'’])(?i:i[ \t]+was|i['’]?m|ik[ \t]+ben|ik[ \t]+werd|je[ \t]+suis|j['’]suis)"
    r"[ \t]+(?i:born|geboren|n[ée]e?(?:[ \t]?\(e\))?)(?:[ \t]+(?i:on|op|le|the))?"
    r"|(?<![^\n])[ \t]{0,3}(?i:birthday|verjaardag|anniversaire|geboren(?:[ \t]+op)?"
    r"|born(?:[ \t]+on)?|n[ée]e?(?:[ \t]?\(e\))?[ \t]+le))"
    r"[ \t]{0,3}(?:[:=]|[-–—](?=[ \t]))?[ \t]{0,3}(?:\n[ \t]{0,3})?)"
    r"(?=\d)(?:" + _BIRTH_DATE.pattern + ")"
    r"(?![ \t]{1,3}(?i:om|à|a|at)[ \t]{1,3}\d{1,2}[:.hu]\d{2}(?!\d))")


_TOWN_WORDS_AHEAD = re.compile(r"[A-ZÀ-Ý][\w'’-]{1,40}(?:[ \t]{1,3}[A-ZÀ-Ý][\w'’-]{1,40}){0,2}")


def _known_town(text: str, start: int) -> int | None:
    """Where a town the place lists know ends that starts at `start` in `text` (one to three
    capitalised words, the longest that is a town), or None."""
    words = _TOWN_WORDS_AHEAD.match(text, start)
    if words is None:
        return None
    places = gazetteer.load().places
    parts = re.split(r"[ \t]{1,3}", words.group())
    for count in range(len(parts), 0, -1):
        name = " ".join(parts[:count])
        if name.casefold() in places:
            return text.index(parts[count - 1], start) + len(parts[count - 1])
    return None


# "<name> · F · 12/04/2009 · …" on a hospital wristband or a badge, "<name>, 22 juin 2010" as a
# medical ID's line: a card gives the holder's birth date as the field right after the name
# (perhaps after the sex), without the word "born". Only where the name opens the line and the
# fields are joined by "·", or the line is the name and the date alone: a letter's "Gent, 3
# maart" or a date inside a sentence stays.
_CARD_BIRTH_DATE_AFTER = (
    r"(?<![^\n])[ \t]{{0,3}}{writer}(?:[ \t]{{1,3}}·[ \t]{{1,3}}(?:[FMXVH]|[FMXVH]/[FMXVH])"
    r"[ \t]{{1,3}}·[ \t]{{1,3}}|[ \t]{{1,3}}·[ \t]{{1,3}}|(?P<comma>,)[ \t]{{1,3}})"
)


def _replace_writers_birth_date(text: str, placeholder: str, writer: str) -> str:
    cue = re.compile(_BIRTH_DATE_AFTER.format(writer=re.escape(writer)) + "|"
                     + _CARD_BIRTH_DATE_AFTER.format(writer=re.escape(writer)))
    pieces: list[str] = []
    done = 0
    for match in cue.finditer(text):
        date = _BIRTH_DATE.match(text, match.end()) or (
            _BIRTH_YEAR.match(text, match.end()) if "°" in match.group() else None)
        if date is None or date.start() < done:
            continue
        if match.groupdict().get("comma") and text[date.end():].split("\n", 1)[0].strip():
            continue  # "<name>, 3 mars 2026 à Gent": more than the date on the line
        pieces.append(text[done:date.start()] + placeholder)
        done = date.end()
    return "".join(pieces) + text[done:] if pieces else text


# "Groeten van Jozef, kamer 14", "Lotte – chambre 212", "Sam (room 3B)": the room right after
# the writer's name (by now what stands for it) in a care home, a hospital or a boarding school
# is where they are found, as a street and its number are; the word "kamer" stays. A room
# said in a sentence ("mijn zus sliep in kamer 14") is not after the writer's name, and stays.
_ROOM_AFTER = (
    r"(?P<lead>(?<!\w){writer}[ \t]{{0,3}}[,(–—-]?[ \t]{{0,3}}"
    r"(?i:kamer|chambre|room|kamernummer)[ \t]{{0,3}}(?:(?i:nr\.?|n°|no\.?|#)[ \t]{{0,3}})?)"
    r"\d{{1,4}}[A-Za-z]?(?![\w/.,-]?\w)"
)


def _replace_writers_room(text: str, placeholder: str, writer: str) -> str:
    cue = re.compile(_ROOM_AFTER.format(writer=re.escape(writer)))
    return cue.sub(lambda match: match["lead"] + placeholder, text)


# "vanaf IP 198.51.100.23", "mijn ip is 203.0.113.5": an IPv4 address (four numbers of 0 to 255,
# without leading zeros, joined by dots) points at the line the writer sends from, as surely as
# a phone number; a web form's footer adds it under what they typed. Dates ("04.03.2025") have
# three parts and a phone number typed with dots ("03.123.45.67") a leading zero.
_OCTET = r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]\d|\d)"
_IPV4 = re.compile(rf"(?<![\w.]){_OCTET}(?:\.{_OCTET}){{3}}(?![\w]|\.\d)")
# Addresses that are the same for everyone and point at no one: a home network's and this
# machine's ("mijn router is 192.168.1.1", "127.0.0.1"), and the public name servers a young
# person sets to get round a filter ("ik heb de dns op 1.1.1.1 gezet", "8.8.8.8"). Their words.
_EVERYONES_IPV4 = re.compile(
    r"(?:10|127)\.\d+\.\d+\.\d+|192\.168\.\d+\.\d+|172\.(?:1[6-9]|2\d|3[01])\.\d+\.\d+"
    r"|169\.254\.\d+\.\d+|0\.0\.0\.0|255\.255\.255\.255|1\.1\.1\.1|1\.0\.0\.1|8\.8\.8\.8"
    r"|8\.8\.4\.4|9\.9\.9\.9|149\.112\.112\.112|208\.67\.222\.222|208\.67\.220\.220")


def _ipv4(match: re.Match[str], placeholder: str) -> str:
    return match.group() if _EVERYONES_IPV4.fullmatch(match.group()) else placeholder


# "\u200f+32\u200e 485 12 77 90\u200f": a number copied from a right-to-left text (an Arabic
# contact card, a WhatsApp chat) keeps the direction marks its app put inside it. They are
# not seen, but they part the country code from the rest as no space does, so no phone
# pattern reads the number. A run of a number's characters with such a mark inside is read
# without its marks when, so read, it is a phone number (nine digits at least, the shape of
# _PHONE or _LOOSE_PHONE); the phone rules then replace it as any other, with the words
# around it as context. A run that is no phone keeps its marks, and marks at a number's
# edges (outside the run) stay as written. Bounded: a run is at most 40 characters.
_INVISIBLE_CLASS = "".join(sorted(_INVISIBLE))
_MARKED_NUMBER = re.compile(
    rf"(?<![\w+])(?:\+|00)?\d[\d \t./()\-{_INVISIBLE_CLASS}]{{6,40}}(?<=\d)")


def _unmarked_phone(match: re.Match[str]) -> str:
    value = match.group()
    if not any(char in _INVISIBLE for char in value):
        return value
    bare = "".join(char for char in value if char not in _INVISIBLE)
    digits = sum(char.isdigit() for char in bare)
    if digits >= _MIN_PHONE_DIGITS and (_PHONE.fullmatch(bare) or _LOOSE_PHONE.fullmatch(bare)):
        return bare
    return value


# "https://maps.example/?q=Lindenlaan+8,+2400+Mol", ".../place/Kerkstraat%2012/": a
# shared location's link spells the street the way a link must ("+" or "%20" for a space).
# A part of the link (between "/", "?", "&", "=" and "#") that reads as a street with its
# house number once decoded is replaced, as the same street in the running text is; the rest
# of the link stays. Linear: each link is read once, each part of it once.
_SHARED_LINK = re.compile(r"(?i)(?<![\w@])(?:https?://|www\.)[^\s<>\"']{1,2000}")
_SHARED_LINK_PART = re.compile(r"[^/?&=#;]+")


def _replace_streets_in_links(text: str, placeholder: str) -> str:
    def part(match: re.Match[str]) -> str:
        value = match.group()
        if not re.search(r"\d", value):
            return value
        decoded = unquote_plus(value)
        if _STREET_IN_TEXT.search(decoded) or _LOWER_FOREIGN_STREET.search(decoded) or any(
                found["street"].casefold() not in gazetteer.GENERIC_STREETS
                and found["street"].casefold() not in _NOT_STREETS
                for found in _LOWER_STREET_IN_TEXT.finditer(decoded)):
            return placeholder
        return value

    return _SHARED_LINK.sub(lambda link: _SHARED_LINK_PART.sub(part, link.group()), text)


# "Klas 4B / Sint-Jozefscollege Torhout", "Athénée Royal de Namur / Classe 3C": a school's name
# alone on its line right above or under a class line is a pupil's card (a school card, a
# letter's heading, a form), and together they find the pupil as a number would. The school's
# line is replaced where it stands; the class stays. A school named in a sentence ("ik zit op
# het Sint-Jozefscollege") is the writer's story and stays.
_SCHOOL_NAME_LINE = re.compile(
    r"(?:[A-ZÀ-Ý][\w'’.-]*|(?i:de|het|van|der|den|du|de la|des|la|le|les|of|the|royal|d['’]))"
    r"(?:[ \t]+(?:[A-ZÀ-Ý][\w'’.-]*|(?i:de|het|van|der|den|du|la|le|les|des|of|the|d['’])))+")


# "Het Atheneum Is Een Hel", "Le Lycée Me Tue" under "Klas 5C": a sentence in Title Case is
# the writer's, not a school's name: a name holds no verb or pronoun, only the particles above.
_SCHOOL_NAME_PARTICLES = frozenset(("de", "het", "van", "der", "den", "du", "la", "le", "les",
                                    "des", "of", "the", "d'", "d’"))
_PERSON_WORDS = frozenset(("me", "mij", "mijn", "my", "mon", "ma", "mes", "je", "tu", "i",
                           "you", "jij", "ik", "we", "wij", "nous", "on"))


def _a_schools_name(line: str) -> bool:
    if _SCHOOL_NAME_LINE.fullmatch(line) is None or _SCHOOL_NAME_WORD.search(line) is None:
        return False
    return not any((folded := word.casefold()) in _PERSON_WORDS
                   or (folded in _FUNCTION_WORDS and folded not in _SCHOOL_NAME_PARTICLES)
                   for word in line.split())


def _replace_school_beside_class(text: str, placeholder: str) -> str:
    if _SCHOOL_NAME_WORD.search(text) is None:
        return text
    rows = text.split("\n")
    classes = {index for index, row in enumerate(rows) if _CLASS_LINE.fullmatch(row.strip())}
    if not classes:
        return text
    for index, row in enumerate(rows):
        school = row.strip()
        if (index - 1 in classes or index + 1 in classes) and _a_schools_name(school):
            rows[index] = row.replace(school, placeholder, 1)
    return "\n".join(rows)


_TOWN_LIKE_STREET_END = re.compile(r"(?:weg|dijk|markt|baan|vest|plaats|gracht|kade|steeg|kaai"
                                   r"|singel)$")


def _lived_in_street(match: re.Match[str], placeholder: str) -> str:
    if match["lead_en"] is not None:
        return match["lead_en"] + placeholder
    if match["lead_fr"] is not None:
        return match["lead_fr"] + placeholder
    street = match["street"].casefold()
    if street in gazetteer.GENERIC_STREETS or street in _NOT_STREETS \
            or street in gazetteer.load().places:  # "ik woon in Kinderdijk": a town
        return match.group()
    # Without "de" ("ik woon in Molenstraat") only a street word no town's name ends in.
    if match["article"] is None and _TOWN_LIKE_STREET_END.search(street):
        return match.group()
    return match["lead"] + placeholder


def replace_contact_details(text: str, placeholder: str, *, keep_introduced: bool = False,
                            writer: str = "", keep_located: bool = False) -> str:
    """Phone numbers and street addresses in running text, replaced by `placeholder`.

    Whoever writes them, they identify someone; the sentence around them stays. Service
    numbers (1712, 112) and dates are too short to be taken for phone numbers. With
    `keep_introduced` (a volunteer's answer), the details of a place or an organisation the
    writer introduces as advice stay (`_introduced_details`): the reader is meant to use them,
    and so do the streets where they say a service sits (`keep_located`, _a_located_service).
    """
    if keep_introduced and (spans := _introduced_details(text, writer)):
        pieces: list[str] = []
        done = 0
        for start, end in spans:
            pieces.append(replace_contact_details(text[done:start], placeholder,
                                                  keep_located=True))
            pieces.append(text[start:end])
            done = end
        pieces.append(replace_contact_details(text[done:], placeholder, keep_located=True))
        return "".join(pieces)
    keep_located = keep_located or keep_introduced

    def a_place(match: re.Match[str]) -> bool:
        return _a_place(match) or (keep_located and _a_located_service(match))

    if writer:
        text = _replace_writers_birth_date(text, placeholder, writer)
        text = _replace_writers_room(text, placeholder, writer)
    text = _LABELLED_BIRTH_DATE.sub(lambda match: match["lead"] + placeholder, text)
    text = _replace_school_beside_class(text, placeholder)

    def phone(match: re.Match[str]) -> str:
        first, line_end, _ = match.group().partition("\n")
        if line_end and _GOES_ON_AS_DATE.match(match.string, match.end()):
            # "Lijn: 0479 63 18 25" over "05/03 23:14 – …": the next line's date is no part
            # of the number above it; only the first line's digits are looked at.
            number = first.rstrip()
            digits = "".join(char for char in number if char.isdigit())
            if len(digits) < _MIN_PHONE_DIGITS or _is_service_number(digits):
                return match.group()
            return placeholder + match.group()[len(number):]
        digits = "".join(char for char in match.group() if char.isdigit())
        if len(digits) < _MIN_PHONE_DIGITS or _is_service_number(digits) or _named_number(match):
            return match.group()
        date = _DATE_FIRST.match(match.group())
        if date and sum(char.isdigit() for char in match.group()[date.end():]) < _MIN_TAIL_DIGITS:
            return match.group()  # "[02/12/2026 21:14]": a chat's date and hour
        return placeholder

    def lower_street(match: re.Match[str]) -> str:
        street = match["street"].casefold()
        if street in gazetteer.GENERIC_STREETS or street in _NOT_STREETS or a_place(match):
            return match.group()
        return placeholder

    if any(char in _INVISIBLE for char in text):
        text = _MARKED_NUMBER.sub(_unmarked_phone, text)
    text = _IPV4.sub(lambda match: _ipv4(match, placeholder), text)
    text = _replace_streets_in_links(text, placeholder)
    text = replace_cloud_link_owners(text, placeholder)
    # Before the phone patterns: a file's number or a login with digits is no phone's.
    text = replace_what3words(replace_coordinates(text, placeholder), placeholder)
    text = replace_friend_codes(replace_plus_codes(text, placeholder), placeholder)
    text = replace_logins(replace_file_numbers(text, placeholder), placeholder)
    text = _KEYCAP_PHONE.sub(phone, text)
    text = _PHONE_LINK.sub(lambda match: match["lead"] + placeholder, text)
    text = _ACCOUNT_LINK.sub(lambda match: match["lead"] + placeholder, text)
    text = _NUMBER_AFTER_ID.sub(lambda match: match["lead"] + placeholder, text)
    text = replace_text_speak_phones(text, placeholder)
    text = _MIXED_PHONE.sub(lambda match: _mixed_phone(match, placeholder), text)
    text = _SPOKEN_PHONE.sub(placeholder, _SPACED_PHONE.sub(placeholder, text))
    text = _LOOSE_PHONE.sub(lambda match: _loose_phone(match, placeholder), text)
    text = _PHONE_WITH_LETTER_OS.sub(lambda match: _phone_with_letter_os(match, placeholder), text)
    if any(char in text for char in _MASK):
        text = _MASKED_PHONE.sub(lambda match: _masked_phone(match, placeholder), text)
    text = _BRACKETED_AREA_PHONE.sub(phone, text)
    text = _NORTH_AMERICAN_PHONE.sub(phone, text)
    text = _STREET_IN_TEXT.sub(
        lambda match: match.group() if _a_title(match) or a_place(match) else placeholder,
        _PHONE.sub(phone, replace_handles(text, placeholder)))
    text = _LOWER_FOREIGN_STREET.sub(
        lambda match: match.group() if a_place(match) else placeholder, text)
    text = _LIVES_IN_STREET.sub(lambda match: _lived_in_street(match, placeholder), text)
    text = _replace_postcode_under_street(_LOWER_STREET_IN_TEXT.sub(lower_street, text),
                                          placeholder)
    if writer:
        text = _replace_room_beside_street(text, placeholder, writer)
    text = _replace_home_place_town(text, placeholder)
    # "٠٤٨٧ ٣٢ ٥٦ ٧١": the same rules, for a number typed in another script's digits.
    return replace_other_digit_phones(
        text, lambda ascii_text: replace_contact_details(ascii_text, placeholder))


# "14 Elm Grove / Leeds LS6 2AB" pasted from a parcel label: a British unit postcode on the
# line right under a street line (replaced above) narrows the address to a handful of doors
# on that street, as the street itself does; it is replaced, and the town beside it, content
# like any town the writer names, stays. A Belgian or French "1050 Ixelles" names a whole
# commune and stays too. Only under a line that is the placeholder alone, and only on a line
# of the postcode and a few capitalised town words: "LS6 2AB is where my nan lives" is a
# sentence of the writer's and is left as written.
_MAX_POSTAL_LINE = 60
_TOWN_WORDS = re.compile(r"[ \t,]*(?:[A-ZÀ-Ý][\w'’-]+[ \t,]*){0,3}")


def _replace_postcode_under_street(text: str, placeholder: str) -> str:
    if placeholder not in text:
        return text
    lines = text.splitlines(keepends=True)
    for index in range(1, len(lines)):
        content = lines[index].rstrip("\r\n")
        if lines[index - 1].strip() != placeholder or len(content) > _MAX_POSTAL_LINE:
            continue
        found = _UNIT_POSTCODE.search(content)
        if found and _TOWN_WORDS.fullmatch(content[:found.start()] + " " + content[found.end():]):
            lines[index] = content[:found.start()] + placeholder + lines[index][found.end():]
    return "".join(lines)


# "Huurder: Femke Peeters, kamer 14, Overpoortstraat 77", as a lease or a booking prints its
# tenant: the room or flat number between the writer's name (by now what stands for it) and
# their street (replaced above) is part of that address. A room in the writer's sentence ("ik
# zat in kamer 14, …", "my address is flat 2b, …") stays, as the corpus labels it.
_ROOM_BESIDE_STREET = (
    r"(?<!\w)(?P<lead>{writer}[ \t]{{0,3}},[ \t]{{0,3}}"
    r"(?i:kamer|kot|studentenkamer|room|chambre|studio|appartement|app\.|apt\.?|flat|unit)"
    r"[ \t]{{0,3}})"
    r"\d{{1,4}}[a-zA-Z]?(?=[ \t]{{0,3}},[ \t]{{0,3}}{placeholder})"
)


def _replace_room_beside_street(text: str, placeholder: str, writer: str) -> str:
    if placeholder not in text:
        return text
    pattern = _ROOM_BESIDE_STREET.format(writer=re.escape(writer),
                                         placeholder=re.escape(placeholder))
    return re.sub(pattern, lambda match: match["lead"] + placeholder, text)


# "Check In: Lotte is aangekomen bij Thuis (Kapellen)", "Sam arrived at Home (Hasselt)",
# "Localisation : Maison (Ciney)": a phone's or a map app's saved place "Home", capitalised as
# its label, with the town the app adds in brackets: where the writer lives. The label stays;
# a known town in the bracket goes. "thuis (eindelijk)" is the writer's word and stays.
_HOME_PLACE_TOWN = re.compile(
    r"(?<![\w'’])(?P<lead>(?:Thuis|Home|Maison|Domicile)[ \t]{0,3}\([ \t]{0,3})"
    r"(?:\d{4}[ \t]{1,3})?(?=[A-ZÀ-Ý])")  # "Thuis (2950 Kapellen)": the postcode goes too


def _replace_home_place_town(text: str, placeholder: str) -> str:
    pieces: list[str] = []
    done = 0
    for match in _HOME_PLACE_TOWN.finditer(text):
        end = _known_town(text, match.end())
        if end is None or match.start() < done or not re.match(r"[ \t]{0,3}\)", text[end:]):
            continue
        pieces.append(text[done:match.end("lead")] + placeholder)
        done = end
    return "".join(pieces) + text[done:] if pieces else text
